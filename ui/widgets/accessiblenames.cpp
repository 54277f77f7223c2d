#include "accessiblenames.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QCalendarWidget>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace jcr::accessiblenames {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::accessiblenames)
};
} // namespace

void nameClearButton(QLineEdit *edit, const QString &name)
{
    // The button is a private QToolButton subclass showing the line edit's clear action.
    const auto buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        // Not the action's text: the button would then ask for room for it.
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

void nameCalendar(QCalendarWidget *calendar, const QString &name)
{
    calendar->setAccessibleName(name);
    // QCalendarWidget's own object names for its parts (stable since Qt 4).
    if (auto *days
        = calendar->findChild<QAbstractItemView *>(QStringLiteral("qt_calendar_calendarview")))
        days->setAccessibleName(name);
    if (auto *previous
        = calendar->findChild<QToolButton *>(QStringLiteral("qt_calendar_prevmonth")))
        previous->setAccessibleName(Tr::tr("Previous month"));
    if (auto *next = calendar->findChild<QToolButton *>(QStringLiteral("qt_calendar_nextmonth")))
        next->setAccessibleName(Tr::tr("Next month"));
}

void forgetCachedInterface(QObject *object)
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
}

} // namespace jcr::accessiblenames
