#include "cardlistview.h"

#include "widgets/accessiblenames.h"

#include "carddelegate.h"
#include "models/boardmodel.h"

#include <QDrag>
#include <QDragMoveEvent>
#include <QMimeData>
#include <QPainter>

namespace jcr {

CardListView::CardListView(int cell, QWidget *parent)
    : QListView(parent)
    , m_cell(cell)
{
    setViewMode(ListMode);
    setFlow(TopToBottom);
    setMovement(Static);
    setUniformItemSizes(true); // every card has one height: layout and scrolling stay O(visible)
    setSpacing(3);
    setSelectionMode(ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(false); // painted below, more visibly than the style's hairline
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAutoScroll(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window).darker(106));
    setPalette(pal);
    setBackgroundRole(QPalette::Base);
    // QListView's constructor may have cached its own interface: use CardListAccessible.
    accessiblenames::forgetCachedInterface(this);
}

void CardListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    // QListView lays the whole list out again after any change of its model's data, even of
    // another list's cards or of a cell's WIP limit; the board's thirty-six lists share one
    // model, so every edit relaid out and repainted all of them. A card's size never depends
    // on its data (uniformItemSizes, one card height): repainting the changed cards of this
    // list is all a change needs, and changes elsewhere need nothing here.
    if (topLeft.parent() != rootIndex())
        return;
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void CardListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // QListView relays out for rows inserted under any parent: only this list's cards count.
    if (parent != rootIndex())
        return;
    QListView::rowsInserted(parent, start, end);
}

int CardListView::contentHeightFor(int rows) const
{
    // Each card has spacing() on every side; neighbours do not share it.
    const int card = CardDelegate::cardHeight(font()) + 2 * spacing();
    return std::max(card / 2, rows * card + 2 * spacing());
}

int CardListView::dropRowAt(const QPoint &pos) const
{
    // Only the height matters: the margins beside the cards belong to the column too.
    const QPoint at(viewport()->width() / 2, pos.y());
    const QModelIndex idx = indexAt(at);
    if (!idx.isValid()) {
        // In the gap between two cards (each has spacing() on every side), or above the first:
        // the card just below or just above decides. Two look-ups, however long the column.
        const int reach = 2 * spacing() + 1;
        const QModelIndex below = indexAt(at + QPoint(0, reach));
        if (below.isValid())
            return below.row();
        const QModelIndex above = indexAt(at - QPoint(0, reach));
        return above.isValid() ? above.row() + 1 : -1;
    }
    const QRect r = visualRect(idx);
    return pos.y() < r.center().y() ? idx.row() : idx.row() + 1;
}

// The board shares the window's selection, so moving on the timeline or in the table moves the
// current card of every list too, and every list hears every change of it. QListView announces
// each to the screen reader (a focus and a selection event), even while the board is not shown
// and even for a card of another list, numbered as if it were in this one. Orca then skipped the
// timeline item's own focus event for those of cards nobody sees. A list takes in only what
// happens to its own cards, and announces it only while it is shown; hidden, it does
// QAbstractItemView's part (its state) alone, and its cards are asked afresh when shown.
namespace {

QItemSelection within(const QItemSelection &selection, const QModelIndex &root)
{
    QItemSelection own;
    for (const QItemSelectionRange &r : selection) {
        if (r.parent() == root)
            own.append(r);
    }
    return own;
}

} // namespace

void CardListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (isVisible() && current.isValid() && current.parent() == rootIndex())
        QListView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous);
}

void CardListView::selectionChanged(const QItemSelection &selected,
                                    const QItemSelection &deselected)
{
    const QItemSelection added = within(selected, rootIndex());
    const QItemSelection removed = within(deselected, rootIndex());
    if (isVisible())
        QListView::selectionChanged(added, removed);
    else
        QAbstractItemView::selectionChanged(added, removed);
}

void CardListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter p(viewport());
    if (model() && model()->rowCount(rootIndex()) == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(6, 10, -6, -6), Qt::AlignHCenter | Qt::AlignTop,
                   tr("No cards"));
    }
    if (!m_dragHover)
        return;
    // Where the card will land: a bar between two cards (or after the last one).
    const int row = dropRowAt(m_dragPos);
    const int rows = model()->rowCount(rootIndex());
    int y = spacing();
    if (rows > 0) {
        if (row >= 0 && row < rows)
            y = visualRect(model()->index(row, 0, rootIndex())).top() - spacing() / 2 - 1;
        else
            y = visualRect(model()->index(rows - 1, 0, rootIndex())).bottom() + spacing() / 2 + 1;
    }
    const int h = std::max(3, fontMetrics().height() / 5);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawRoundedRect(QRectF(4, y - h / 2.0, viewport()->width() - 8, h), h / 2.0, h / 2.0);
}

bool CardListView::isOwnDrag(const QDropEvent *event, const QWidget *target)
{
    const auto *source = qobject_cast<const QWidget *>(event->source());
    return source && source->window() == target->window();
}

void CardListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isOwnDrag(event, this)) {
        event->ignore();
        return;
    }
    QListView::dragEnterEvent(event);
}

void CardListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!isOwnDrag(event, this)) {
        event->ignore();
        return;
    }
    QListView::dragMoveEvent(event);
    m_dragPos = event->position().toPoint();
    m_dragHover = event->isAccepted();
    viewport()->update();
}

void CardListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragHover = false;
    viewport()->update();
    QListView::dragLeaveEvent(event);
}

void CardListView::dropEvent(QDropEvent *event)
{
    m_dragHover = false;
    viewport()->update();
    auto *board = qobject_cast<BoardModel *>(model());
    if (!board || !isOwnDrag(event, this)
        || !board->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, 0, rootIndex())) {
        event->ignore();
        return;
    }
    // Our own drop: the row is decided by the painted indicator, so what the user sees is what
    // happens (QListView would otherwise try to move rows itself within one view).
    board->dropMimeData(event->mimeData(), Qt::MoveAction, dropRowAt(event->position().toPoint()),
                        0, rootIndex());
    // The model has moved the card already; CopyAction keeps the source view from removing it.
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CardListView::startDrag(Qt::DropActions supportedActions)
{
    QListView::startDrag(supportedActions | Qt::CopyAction);
}

} // namespace jcr
