#include "accessiblenames.h"

#include <QAccessible>
#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace jcr::accessiblenames {

void nameClearButton(QLineEdit *edit, const QString &name)
{
    // The button is a private QToolButton subclass showing the line edit's clear action.
    const auto buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
    const auto actions = edit->findChildren<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    for (QAction *action : actions)
        action->setText(name);
}

void forgetCachedInterface(QObject *object)
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
}

} // namespace jcr::accessiblenames
