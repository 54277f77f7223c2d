#pragma once

#include <QAccessibleWidget>
#include <QHash>

class QModelIndex;

namespace jcr {

class CardListView;

/**
 * What a screen reader sees of one board cell: a list (named after its column, and its lane
 * with swimlanes) whose children are the cards (CardAccessible), in the cell's order.
 *
 * Qt's own interface for list views counts the rows of the model's root instead of the view's
 * root index, so a cell of the board model showed as many children as the board has cells; this
 * one counts the cards of its cell. Child i is the card in row i, as QAbstractItemView's focus and
 * selection events number them.
 */
class CardListAccessible : public QAccessibleWidget
{
public:
    explicit CardListAccessible(CardListView *view);
    ~CardListAccessible() override;

    /// For QAccessible::installFactory(): an interface for jcr::CardListView, else null.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    CardListView *view() const;

private:
    QAccessibleInterface *cardAt(const QModelIndex &index) const;

    /// Card interfaces by item id, registered with QAccessible; deleted with this one.
    mutable QHash<qint64, QAccessible::Id> m_cards;
};

} // namespace jcr
