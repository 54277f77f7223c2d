#include "timelinelaneaccessible.h"
#include "i18n/language.h"

#include "timelineaccessible.h"
#include "timelinechartview.h"

#include <QAbstractItemModel>

#include <QWindow>

namespace jcr {

TimelineLaneAccessible::TimelineLaneAccessible(TimelineChartView *view, qint64 areaId)
    : m_view(view)
    , m_areaId(areaId)
{ }

int TimelineLaneAccessible::laneIndex() const
{
    if (!m_view)
        return -1;
    const auto &lanes = m_view->chart().layout().lanes();
    for (int i = 0; i < lanes.size(); ++i) {
        if (lanes.at(i).areaId == m_areaId)
            return i;
    }
    return -1;
}

bool TimelineLaneAccessible::isValid() const
{
    return laneIndex() >= 0;
}

QWindow *TimelineLaneAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TimelineLaneAccessible::parent() const
{
    return m_view ? TimelineAccessible::of(m_view) : nullptr;
}

int TimelineLaneAccessible::childCount() const
{
    const int lane = laneIndex();
    return lane < 0 ? 0 : int(m_view->visibleItemIds(lane).size());
}

QAccessibleInterface *TimelineLaneAccessible::child(int index) const
{
    const int lane = laneIndex();
    if (lane < 0)
        return nullptr;
    const QList<qint64> ids = m_view->visibleItemIds(lane);
    if (index < 0 || index >= ids.size())
        return nullptr;
    return TimelineAccessible::of(m_view)->item(ids.at(index));
}

int TimelineLaneAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const int lane = laneIndex();
    if (lane < 0 || !child || child->role() != QAccessible::ListItem)
        return -1;
    const auto *item = static_cast<const QAccessibleInterface *>(child);
    const QList<qint64> ids = m_view->visibleItemIds(lane);
    for (int i = 0; i < ids.size(); ++i) {
        if (TimelineAccessible::of(m_view)->item(ids.at(i)) == item)
            return i;
    }
    return -1;
}

QAccessibleInterface *TimelineLaneAccessible::childAt(int x, int y) const
{
    if (!m_view)
        return nullptr;
    const qint64 id = m_view->itemAt(m_view->viewport()->mapFromGlobal(QPoint(x, y)));
    const int lane = laneIndex();
    if (!id || lane < 0 || !m_view->visibleItemIds(lane).contains(id))
        return nullptr;
    return TimelineAccessible::of(m_view)->item(id);
}

QString TimelineLaneAccessible::text(QAccessible::Text t) const
{
    const int lane = laneIndex();
    if (lane < 0)
        return {};
    const LaneLayout::Lane &l = m_view->chart().layout().lanes().at(lane);
    const PriorityArea &area = m_view->chart().data().areas.at(l.areaIndex);
    switch (t) {
    case QAccessible::Name:
        //: A timeline lane for a screen reader: "1 Security & Defence, 5 items"
        return tr("%1 %2, %n item(s)", nullptr, l.itemCount)
                .arg(area.number)
                .arg(area.nameIn(Language::current()));
    case QAccessible::Description:
        return l.collapsed ? tr("Folded lane of the timeline") : tr("Lane of the timeline");
    default:
        return {};
    }
}

QRect TimelineLaneAccessible::rect() const
{
    const int lane = laneIndex();
    if (lane < 0)
        return {};
    const QRect r = m_view->laneRect(lane);
    return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State TimelineLaneAccessible::state() const
{
    QAccessible::State s;
    const int lane = laneIndex();
    if (lane < 0) {
        s.invalid = true;
        return s;
    }
    s.expandable = true;
    const bool collapsed = m_view->chart().layout().lanes().at(lane).collapsed;
    s.expanded = !collapsed;
    s.collapsed = collapsed;
    s.offscreen = !m_view->viewport()->rect().intersects(m_view->laneRect(lane));
    return s;
}

void *TimelineLaneAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList TimelineLaneAccessible::actionNames() const
{
    return {toggleAction()};
}

void TimelineLaneAccessible::doAction(const QString &name)
{
    const int lane = laneIndex();
    if (lane < 0 || name != toggleAction())
        return;
    m_view->setLaneCollapsed(m_areaId, !m_view->chart().layout().lanes().at(lane).collapsed);
}

} // namespace jcr
