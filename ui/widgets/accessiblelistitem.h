#pragma once

#include <QAccessibleInterface>

namespace jcr {

/**
 * What the screen-reader views of the planner's drawn items (a board card, a timeline bar)
 * have in common: a list item with no widget and no children of its own, whose text is not
 * edited through the reader, and which offers actions. A subclass gives the item's name,
 * place, state, parent and actions.
 */
class AccessibleListItem : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override { }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                ? static_cast<QAccessibleActionInterface *>(this)
                : nullptr;
    }
};

} // namespace jcr
