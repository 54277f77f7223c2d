// BoardView: the selection shared with the other views, and the keyboard.
#include "boardview.h"

#include "boardcanvas.h"
#include "cardlistview.h"
#include "document/roadmapdocument.h"
#include "models/boardmodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"

#include <QAccessible>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QScrollArea>

#include <algorithm>

namespace jcr {

qint64 BoardView::currentItemId() const
{
    return m_model->idAt(m_selection->currentIndex());
}

void BoardView::setCurrentItem(qint64 id)
{
    const QModelIndex card = m_model->indexOfId(id);
    if (card.isValid())
        selectCard(card);
}

QList<qint64> BoardView::selectedItemIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &idx : m_selection->selectedIndexes()) {
        if (const qint64 id = m_model->idAt(idx))
            ids << id;
    }
    if (ids.isEmpty() && currentItemId())
        ids << currentItemId();
    return ids;
}

void BoardView::selectCard(const QModelIndex &card)
{
    const int cell = m_model->cellOf(card);
    CardListView *v = m_lists.value(cell);
    m_selection->setCurrentIndex(card, QItemSelectionModel::ClearAndSelect);
    if (!v)
        return;
    v->setFocus(Qt::OtherFocusReason);
    v->scrollTo(card);
    if (m_model->swimlanes()) {
        const QRect r = v->visualRect(card);
        const QPoint c = v->viewport()->mapTo(m_canvas, r.center());
        m_scroll->ensureVisible(c.x(), c.y(), r.width() / 2, r.height() / 2 + 8);
    }
}

void BoardView::syncToShared()
{
    if (m_syncing || !m_shared)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const QModelIndex &idx : m_selection->selectedIndexes()) {
        const QModelIndex src = m_model->mapToSource(idx);
        if (src.isValid())
            selection.select(src, src);
    }
    m_shared->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_model->mapToSource(m_selection->currentIndex());
    if (current.isValid())
        m_shared->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_syncing = false;
}

void BoardView::syncFromShared()
{
    if (m_syncing || !m_shared)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const QModelIndex &src : m_shared->selectedRows()) {
        const QModelIndex card = m_model->mapFromSource(src);
        if (card.isValid())
            selection.select(card, card);
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_model->mapFromSource(m_shared->currentIndex());
    m_selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (CardListView *v = m_lists.value(m_model->cellOf(current)); v && current.isValid())
        v->scrollTo(current);
    m_syncing = false;
}

// ----- keyboard -----

void BoardView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // Switching to the board (Ctrl+2) puts the keyboard on the current card, or the first one.
    const QModelIndex current = m_selection->currentIndex();
    if (CardListView *v = m_lists.value(m_model->cellOf(current)); v && v->isVisible()) {
        v->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (CardListView *v : std::as_const(m_lists)) {
        if (v->isVisible() && m_model->rowCount(v->rootIndex()) > 0) {
            selectCard(m_model->index(0, 0, v->rootIndex()));
            return;
        }
    }
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = qobject_cast<CardListView *>(watched);
    if (!view || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    auto *ke = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = ke->modifiers()
            & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = ke->key();
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up
            || key == Qt::Key_Down;
    const bool moveChord = arrow && mods == (Qt::ControlModifier | Qt::ShiftModifier);
    const bool plainArrow = (key == Qt::Key_Left || key == Qt::Key_Right) && mods == Qt::NoModifier;
    const bool enter = (key == Qt::Key_Return || key == Qt::Key_Enter) && mods == Qt::NoModifier;
    const bool del = key == Qt::Key_Delete && mods == Qt::NoModifier;
    const bool add = key == Qt::Key_N && mods == Qt::ControlModifier;
    const QModelIndex current = m_selection->currentIndex();
    const int rows = m_model->rowCount(view->rootIndex());
    const bool laneStep = m_model->swimlanes() && mods == Qt::NoModifier
            && ((key == Qt::Key_Up && (!current.isValid() || current.row() == 0))
                || (key == Qt::Key_Down && (!current.isValid() || current.row() >= rows - 1)));
    if (!(moveChord || plainArrow || enter || del || add || laneStep))
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // The board's own keys win over window shortcuts while a card list has the focus.
        event->accept();
        return true;
    }
    if (moveChord) {
        moveCurrentCard(key == Qt::Key_Left            ? -1
                                : key == Qt::Key_Right ? 1
                                                       : 0,
                        key == Qt::Key_Up             ? -1
                                : key == Qt::Key_Down ? 1
                                                      : 0);
    } else if (plainArrow) {
        moveFocus(view, key == Qt::Key_Left ? -1 : 1, 0);
    } else if (laneStep) {
        moveFocus(view, 0, key == Qt::Key_Up ? -1 : 1);
    } else if (enter) {
        if (const qint64 id = currentItemId())
            Q_EMIT editRequested(id);
    } else if (del) {
        deleteSelected();
    } else if (add) {
        addItem(Status(BoardModel::cellColumn(view->cell())));
    }
    return true;
}

bool BoardView::moveFocus(CardListView *from, int dx, int dy)
{
    const int column = BoardModel::cellColumn(from->cell());
    const int lane = BoardModel::cellLane(from->cell());
    const QModelIndex current = m_selection->currentIndex();
    const int row = m_model->cellOf(current) == from->cell() ? current.row() : 0;
    if (dx != 0) {
        for (int c = column + dx; c >= 0 && c < BoardModel::StatusColumns; c += dx) {
            const int cell = lane * BoardModel::StatusColumns + c;
            if (m_collapsed.contains(Status(c)) || m_model->cardCount(cell) == 0)
                continue;
            selectCard(m_model->index(std::min(row, m_model->cardCount(cell) - 1), 0,
                                      m_model->index(cell, 0)));
            return true;
        }
        return false;
    }
    for (int l = lane + dy; l >= 0 && l < m_model->laneCount(); l += dy) {
        const int cell = l * BoardModel::StatusColumns + column;
        if (m_model->cardCount(cell) == 0)
            continue;
        selectCard(m_model->index(dy > 0 ? 0 : m_model->cardCount(cell) - 1, 0,
                                  m_model->index(cell, 0)));
        return true;
    }
    return false;
}

bool BoardView::moveCurrentCard(int columns, int rows)
{
    const QModelIndex card = m_selection->currentIndex();
    const qint64 id = m_model->idAt(card);
    if (!id || m_document->isReadOnly())
        return false;
    const int cell = m_model->cellOf(card);
    const int column = BoardModel::cellColumn(cell);
    const int lane = BoardModel::cellLane(cell);
    const int row = card.row();
    bool moved = false;
    if (columns != 0) {
        const int target = column + columns;
        if (target < 0 || target >= BoardModel::StatusColumns)
            return false;
        const int targetCell = lane * BoardModel::StatusColumns + target;
        moved = m_model->moveCards({id}, targetCell, std::min(row, m_model->cardCount(targetCell)));
    } else if (rows < 0) {
        if (row == 0)
            return false;
        moved = m_model->moveCards({id}, cell, row - 1);
    } else if (rows > 0) {
        if (row >= m_model->cardCount(cell) - 1)
            return false;
        moved = m_model->moveCards({id}, cell, row + 2);
    }
    const QModelIndex now = m_model->indexOfId(id);
    if (now.isValid())
        selectCard(now);
    return moved;
}

// ----- actions -----

int BoardView::currentLane() const
{
    const int cell = m_model->cellOf(m_selection->currentIndex());
    if (cell >= 0)
        return BoardModel::cellLane(cell);
    if (auto *v = qobject_cast<CardListView *>(focusWidget()))
        return BoardModel::cellLane(v->cell());
    return 0;
}

} // namespace jcr
