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
