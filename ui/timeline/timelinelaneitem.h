#pragma once

#include <QGraphicsItem>

namespace jcr {

class TimelineChart;
struct TimelinePaintState;

/**
 * One swimlane of the timeline scene. It holds no per-item children: it paints, for the exposed
 * rectangle only, its background, header strip, bars, diamonds and labels from the shared
 * TimelineChart, whose layout finds the visible rows and items by binary search. A roadmap of
 * 100,000 items is six of these, not 200,000 graphics items.
 */
class TimelineLaneItem : public QGraphicsItem
{
public:
    TimelineLaneItem(const TimelineChart *chart, const TimelinePaintState *state, int lane);

    /// Re-reads the lane's geometry after a relayout.
    void updateGeometry(double left, double right);
    int lane() const { return m_lane; }

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const TimelineChart *m_chart;
    const TimelinePaintState *m_state;
    int m_lane;
    QRectF m_rect;
};

} // namespace jcr
