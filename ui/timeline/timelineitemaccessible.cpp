#include "timelineitemaccessible.h"

#include "models/itemsummary.h"
#include "timeline/timelinechart.h"
#include "timelineaccessible.h"
#include "timelinechartview.h"

#include <QAbstractItemModel>
#include <QWindow>

namespace jcr {

TimelineItemAccessible::TimelineItemAccessible(TimelineChartView *view, qint64 itemId)
    : m_view(view)
    , m_id(itemId)
{ }

QString TimelineItemAccessible::moveEarlierAction()
{
    return QStringLiteral("moveEarlier");
}

QString TimelineItemAccessible::moveLaterAction()
{
    return QStringLiteral("moveLater");
}

bool TimelineItemAccessible::isValid() const
{
    if (!m_view || !m_view->model())
        return false;
    const int index = m_view->chart().entryIndexOf(m_id);
    return index >= 0 && m_view->chart().layout().placementOf(index) >= 0;
}

QWindow *TimelineItemAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TimelineItemAccessible::parent() const
{
    if (!isValid())
        return nullptr;
    const TimelineChart &chart = m_view->chart();
    const int placement = chart.layout().placementOf(chart.entryIndexOf(m_id));
    const int lane = chart.layout().placements().at(placement).lane;
    return TimelineAccessible::of(m_view)->lane(chart.layout().lanes().at(lane).areaId);
}

QString TimelineItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    // Rows of the model are the chart's entries, in the same order.
    const QModelIndex row = m_view->model()->index(m_view->chart().entryIndexOf(m_id), 0);
    switch (t) {
    case QAccessible::Name:
        return ItemSummary::name(row);
    case QAccessible::Description:
        return ItemSummary::description(row);
    default:
        return {};
    }
}

QRect TimelineItemAccessible::rect() const
{
    if (!m_view)
        return {};
    const QRect r = m_view->itemRect(m_id);
    return r.isEmpty() ? QRect() : QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State TimelineItemAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    s.selectable = true;
    s.multiSelectable = true;
    s.focusable = true;
    s.selected = m_view->paintState().selectedIds.contains(m_id);
    s.focused = m_view->hasFocus() && m_view->currentItemId() == m_id;
    s.active = s.focused;
    s.offscreen = !m_view->viewport()->rect().intersects(m_view->itemRect(m_id));
    s.invisible = !m_view->isVisible();
    return s;
}

QStringList TimelineItemAccessible::actionNames() const
{
    return {pressAction(), setFocusAction(), moveEarlierAction(), moveLaterAction()};
}

QString TimelineItemAccessible::localizedActionName(const QString &name) const
{
    if (name == pressAction())
        return tr("Open");
    if (name == moveEarlierAction())
        return tr("Move earlier by one step");
    if (name == moveLaterAction())
        return tr("Move later by one step");
    return QAccessibleActionInterface::localizedActionName(name);
}

QString TimelineItemAccessible::localizedActionDescription(const QString &name) const
{
    if (name == pressAction())
        return tr("Opens the item in the editor");
    if (name == moveEarlierAction() || name == moveLaterAction())
        return tr("Moves the item's dates by one step of the zoom or of its own precision");
    return QAccessibleActionInterface::localizedActionDescription(name);
}

QStringList TimelineItemAccessible::keyBindingsForAction(const QString &name) const
{
    if (name == pressAction())
        return {QStringLiteral("Return")};
    if (name == moveEarlierAction())
        return {QStringLiteral("Shift+Left")};
    if (name == moveLaterAction())
        return {QStringLiteral("Shift+Right")};
    return {};
}

void TimelineItemAccessible::doAction(const QString &name)
{
    if (!isValid())
        return;
    m_view->setCurrentItem(m_id);
    if (name == setFocusAction())
        m_view->setFocus(Qt::OtherFocusReason);
    else if (name == pressAction())
        m_view->activateItem(m_id);
    else if (name == moveEarlierAction())
        m_view->moveCurrentItem(-1);
    else if (name == moveLaterAction())
        m_view->moveCurrentItem(1);
}

} // namespace jcr
