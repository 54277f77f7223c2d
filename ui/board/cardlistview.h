#pragma once

#include <QListView>

namespace jcr {

/**
 * The cards of one board cell (a status column, or a column within a swimlane): a list view
 * rooted at the cell's index of BoardModel. Cards are dragged and dropped through the model's
 * MIME methods; while a drag hovers, a bold line shows where the card will land.
 */
class CardListView : public QListView
{
    Q_OBJECT

public:
    explicit CardListView(int cell, QWidget *parent = nullptr);

    int cell() const { return m_cell; }
    /// Height that shows all \a rows cards without scrolling (used in swimlanes).
    int contentHeightFor(int rows) const;
    /// The drop row for a drag at \a pos (-1: at the end), as the model will receive it.
    int dropRowAt(const QPoint &pos) const;
    /// Whether \a target may take the drop: only drags started in its own window. Item ids
    /// mean nothing in another roadmap, so a card dragged from another window or program
    /// must not move the item that happens to have the same id here.
    static bool isOwnDrag(const QDropEvent *event, const QWidget *target);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    int m_cell;
    QPoint m_dragPos;
    bool m_dragHover = false;
};

} // namespace jcr
