#include "timelineaccessible.h"

#include "timelinechartview.h"

#include "timelineitemaccessible.h"
#include "timelinelaneaccessible.h"
#include <QAbstractItemModel>

namespace jcr {

TimelineAccessible::TimelineAccessible(TimelineChartView *view)
    : QAccessibleWidget(view, QAccessible::Grouping)
{ }

TimelineAccessible::~TimelineAccessible()
{
    for (QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
    for (QAccessible::Id id : std::as_const(m_lanes))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *TimelineAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("jcr::TimelineChartView") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineChartView *>(object));
    return nullptr;
}

TimelineAccessible *TimelineAccessible::of(TimelineChartView *view)
{
    return dynamic_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(view));
}

TimelineChartView *TimelineAccessible::view() const
{
    return static_cast<TimelineChartView *>(widget());
}

QAccessibleInterface *TimelineAccessible::lane(qint64 areaId) const
{
    if (const auto it = m_lanes.constFind(areaId); it != m_lanes.cend()) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*it))
            return iface;
    }
    auto *iface = new TimelineLaneAccessible(view(), areaId);
    m_lanes.insert(areaId, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QAccessibleInterface *TimelineAccessible::item(qint64 id) const
{
    if (const auto it = m_items.constFind(id); it != m_items.cend()) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*it))
            return iface;
    }
    auto *iface = new TimelineItemAccessible(view(), id);
    m_items.insert(id, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

int TimelineAccessible::childCount() const
{
    return int(view()->chart().layout().lanes().size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    const auto &lanes = view()->chart().layout().lanes();
    if (index < 0 || index >= lanes.size())
        return nullptr;
    return lane(lanes.at(index).areaId);
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::List)
        return -1;
    for (auto it = m_lanes.cbegin(); it != m_lanes.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return static_cast<const TimelineLaneAccessible *>(child)->laneIndex();
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QPoint pos = view()->viewport()->mapFromGlobal(QPoint(x, y));
    if (const qint64 id = view()->itemAt(pos))
        return item(id);
    for (int i = 0; i < childCount(); ++i) {
        if (view()->laneRect(i).contains(pos))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    const qint64 id = view()->currentItemId();
    return view()->hasFocus() && id ? item(id) : nullptr;
}

} // namespace jcr
