#pragma once

#include <QGraphicsItem>

namespace jcr {

class TimelineChart;
struct TimelinePaintState;

/// The dependency arrows, above the lanes: finish → start, red when the successor starts first.
class TimelineDependencyItem : public QGraphicsItem
{
public:
    TimelineDependencyItem(const TimelineChart *chart, const TimelinePaintState *state);

    void setRect(const QRectF &rect);
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const TimelineChart *m_chart;
    const TimelinePaintState *m_state;
    QRectF m_rect;
};

} // namespace jcr
