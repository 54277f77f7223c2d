#include "accessiblenames.h"

#include <QAccessible>
#include <QLineEdit>
#include <QToolButton>

namespace jcr::accessiblenames {

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

void forgetCachedInterface(QObject *object)
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
}

} // namespace jcr::accessiblenames
