#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace jcr {

class TimelineChartView;

/**
 * What a screen reader sees of the timeline chart, which is painted rather than made of
 * widgets: a group whose children are the lanes (TimelineLaneAccessible, lists, one per
 * priority area, folded or open) and whose grandchildren are the items on screen in each lane
 * (TimelineItemAccessible), in reading order — rows top to bottom, each in date order.
 *
 * Lane and item interfaces are made on demand, registered with QAccessible so that their ids
 * stay stable, and deleted with this interface (when the chart goes).
 */
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineChartView *view);
    ~TimelineAccessible() override;

    /// For QAccessible::installFactory(): an interface for jcr::TimelineChartView, else null.
    static QAccessibleInterface *factory(const QString &className, QObject *object);
    /// The chart's interface (created if needed), or null.
    static TimelineAccessible *of(TimelineChartView *view);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    TimelineChartView *view() const;
    /// The interface of the lane of priority area \a areaId.
    QAccessibleInterface *lane(qint64 areaId) const;
    /// The interface of item \a id (whether or not it is on screen now).
    QAccessibleInterface *item(qint64 id) const;

private:
    mutable QHash<qint64, QAccessible::Id> m_lanes;
    mutable QHash<qint64, QAccessible::Id> m_items;
};

} // namespace jcr
