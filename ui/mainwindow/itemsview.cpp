#include "itemsview.h"

#include "models/itemmodel.h"
#include "models/roles.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace jcr {

ItemsView::ItemsView(QWidget *parent)
    : QTableView(parent)
{
    // Start in file order (the seed is in area order): sorting 100,000 rows on open would
    // cost more than loading them. A click on a header sorts.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultSectionSize(110);
    setAccessibleName(tr("Items"));
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(IdRole).toLongLong());
    });
}

qint64 ItemsView::currentItemId() const
{
    return currentIndex().data(IdRole).toLongLong();
}

// The table shares the window's selection. QTableView announces every change of it to the screen
// reader, as a focus event on the current cell, even while the table is not shown: with the
// timeline shown, Orca took that hidden cell's focus event, the last of the burst, for the focus
// and read the cell instead of the timeline item. Hidden, the table keeps its state quietly.
void ItemsView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (isVisible())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous);
}

void ItemsView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (isVisible())
        QTableView::selectionChanged(selected, deselected);
    else
        QAbstractItemView::selectionChanged(selected, deselected);
}

void ItemsView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().isValid()) {
        Q_EMIT openRequested(currentItemId());
        return;
    }
    if (event->matches(QKeySequence::Delete) && currentIndex().isValid()) {
        Q_EMIT deleteRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ItemsView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (!index.isValid())
        return;
    QMenu menu(this);
    const qint64 id = index.data(IdRole).toLongLong();
    menu.addAction(tr("&Open"), this, [this, id] { Q_EMIT openRequested(id); });
    menu.addAction(tr("&Delete"), this, [this] { Q_EMIT deleteRequested(); });
    menu.exec(event->globalPos());
}

} // namespace jcr
