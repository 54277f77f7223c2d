#include "cardlistaccessible.h"

#include "cardaccessible.h"
#include "cardlistview.h"
#include "models/boardmodel.h"

#include <QItemSelectionModel>

namespace jcr {

CardListAccessible::CardListAccessible(CardListView *view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

CardListAccessible::~CardListAccessible()
{
    for (QAccessible::Id id : std::as_const(m_cards))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *CardListAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("jcr::CardListView") && object && object->isWidgetType())
        return new CardListAccessible(static_cast<CardListView *>(object));
    return nullptr;
}

CardListView *CardListAccessible::view() const
{
    return static_cast<CardListView *>(widget());
}

int CardListAccessible::childCount() const
{
    const CardListView *v = view();
    return v && v->model() ? v->model()->rowCount(v->rootIndex()) : 0;
}

QAccessibleInterface *CardListAccessible::cardAt(const QModelIndex &index) const
{
    const auto *board = qobject_cast<const BoardModel *>(view()->model());
    const qint64 id = board ? board->idAt(index) : 0;
    if (!id)
        return nullptr;
    if (const auto it = m_cards.constFind(id); it != m_cards.cend()) {
        if (QAccessibleInterface *card = QAccessible::accessibleInterface(*it))
            return card;
    }
    auto *card = new CardAccessible(view(), id);
    m_cards.insert(id, QAccessible::registerAccessibleInterface(card));
    return card;
}

QAccessibleInterface *CardListAccessible::child(int index) const
{
    const CardListView *v = view();
    if (!v || !v->model() || index < 0 || index >= childCount())
        return nullptr;
    return cardAt(v->model()->index(index, 0, v->rootIndex()));
}

int CardListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    // Only cards of this list are its children; a card knows its row.
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child) {
            const QModelIndex index = static_cast<const CardAccessible *>(child)->index();
            return index.isValid() && index.parent() == view()->rootIndex() ? index.row() : -1;
        }
    }
    return -1;
}

QAccessibleInterface *CardListAccessible::childAt(int x, int y) const
{
    const CardListView *v = view();
    const QPoint pos = v->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = v->indexAt(pos);
    return index.isValid() ? cardAt(index) : nullptr;
}

QAccessibleInterface *CardListAccessible::focusChild() const
{
    const CardListView *v = view();
    if (!v->hasFocus() || !v->selectionModel())
        return nullptr;
    const QModelIndex current = v->selectionModel()->currentIndex();
    return current.isValid() && current.parent() == v->rootIndex() ? cardAt(current) : nullptr;
}

} // namespace jcr
