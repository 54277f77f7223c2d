#pragma once

#include "widgets/accessiblelistitem.h"

#include <QCoreApplication>
#include <QPointer>

namespace jcr {

class TimelineChartView;

/**
 * One bar or milestone of the timeline for a screen reader: a list item in its lane, named
 * with the item's whole state (ItemSummary: title, kind, status, health, due date, overdue,
 * lead), described with its dates, area, progress and organisations; selectable and focusable
 * as the chart's current item; with actions to open it and to move it one step earlier or
 * later (the step of Shift+Left/Right).
 */
class TimelineItemAccessible : public AccessibleListItem
{
    Q_DECLARE_TR_FUNCTIONS(jcr::TimelineItemAccessible)

public:
    TimelineItemAccessible(TimelineChartView *view, qint64 itemId);

    qint64 itemId() const { return m_id; }

    bool isValid() const override;
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::State state() const override;

    QStringList actionNames() const override;
    QString localizedActionName(const QString &name) const override;
    QString localizedActionDescription(const QString &name) const override;
    void doAction(const QString &name) override;
    QStringList keyBindingsForAction(const QString &name) const override;

    static QString moveEarlierAction();
    static QString moveLaterAction();

private:
    QPointer<TimelineChartView> m_view;
    qint64 m_id;
};

} // namespace jcr
