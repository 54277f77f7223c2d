// BoardView: what a user does to cards: add, delete, move, set health; the card menu; drops.
#include "boardview.h"

#include "cardlistview.h"
#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "models/boardmodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"

#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

namespace jcr {

qint64 BoardView::addItem(Status status)
{
    if (m_document->isReadOnly() || m_document->areas().isEmpty())
        return 0;
    // In the current lane's area (else the current card's), at the foot of the column where
    // the "+" is.
    qint64 area = m_model->laneAreaId(currentLane());
    if (area == 0)
        area = m_selection->currentIndex().data(AreaIdRole).toLongLong();
    EditService edits(m_document);
    const auto created = edits.createItem(edits.draftItem(status, area));
    const qint64 id = created ? created.value() : 0;
    if (id > 0) {
        setCurrentItem(id);
        Q_EMIT editRequested(id);
    }
    return id;
}

void BoardView::deleteSelected()
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    (void)EditService(m_document).deleteItems(ids);
}

void BoardView::moveSelectionTo(Status status)
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    // Cards keep their lanes; one undo step for the whole gesture.
    m_model->moveCardsToColumn(ids, status);
}

void BoardView::setHealthOfSelection(Health health)
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    // One item: the step is named after the field ("Change health of …").
    (void)EditService(m_document)
            .editItems(
                    ids, [health](Item &it) { it.health = health; },
                    ids.size() == 1 ? QString()
                                    : tr("Set health of %n item(s)", nullptr, int(ids.size())));
}

QMenu *BoardView::createCardMenu(QWidget *parent)
{
    const QList<qint64> ids = selectedItemIds();
    const bool writable = !m_document->isReadOnly();
    auto *menu = new QMenu(parent);
    QAction *open = menu->addAction(tr("Open"));
    open->setObjectName(QStringLiteral("openCard"));
    open->setShortcut(Qt::Key_Return);
    open->setEnabled(ids.size() == 1);
    menu->setDefaultAction(open);
    const qint64 first = ids.value(0);
    connect(open, &QAction::triggered, this, [this, first] { Q_EMIT editRequested(first); });

    QSet<int> statuses;
    QSet<int> healths;
    for (qint64 id : ids) {
        if (const Item *it = m_document->item(id)) {
            statuses << int(it->status);
            healths << int(it->health);
        }
    }
    QMenu *moveMenu = menu->addMenu(tr("Move to"));
    moveMenu->setObjectName(QStringLiteral("moveToMenu"));
    moveMenu->setEnabled(writable && !ids.isEmpty());
    for (Status s : enums::allStatuses()) {
        QAction *a = moveMenu->addAction(enums::displayName(s));
        a->setObjectName(QStringLiteral("moveTo_%1").arg(enums::key(s)));
        a->setCheckable(true);
        a->setChecked(statuses == QSet<int> {int(s)});
        connect(a, &QAction::triggered, this, [this, s] { moveSelectionTo(s); });
    }
    QMenu *healthMenu = menu->addMenu(tr("Set health"));
    healthMenu->setObjectName(QStringLiteral("setHealthMenu"));
    healthMenu->setEnabled(writable && !ids.isEmpty());
    for (Health h : enums::allHealths()) {
        QAction *a = healthMenu->addAction(enums::displayName(h));
        a->setObjectName(QStringLiteral("setHealth_%1").arg(enums::key(h)));
        a->setCheckable(true);
        a->setChecked(healths == QSet<int> {int(h)});
        connect(a, &QAction::triggered, this, [this, h] { setHealthOfSelection(h); });
    }
    menu->addSeparator();
    QAction *del = menu->addAction(tr("Delete"));
    del->setObjectName(QStringLiteral("deleteCards"));
    del->setShortcut(QKeySequence::Delete);
    del->setEnabled(writable && !ids.isEmpty());
    connect(del, &QAction::triggered, this, &BoardView::deleteSelected);
    return menu;
}

void BoardView::showCardMenu(CardListView *view, const QPoint &pos)
{
    const QModelIndex card = view->indexAt(pos);
    if (!card.isValid())
        return;
    if (!m_selection->isSelected(card))
        selectCard(card);
    QMenu *menu = createCardMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(view->viewport()->mapToGlobal(pos));
}

void BoardView::dropOnColumn(const QMimeData *mime, int column)
{
    const QList<qint64> ids = ItemModel::idsFromMime(mime);
    if (ids.isEmpty())
        return;
    const QModelIndex card = m_model->indexOfId(ids.first());
    const int lane = card.isValid() ? BoardModel::cellLane(m_model->cellOf(card)) : 0;
    m_model->moveCards(ids, lane * BoardModel::StatusColumns + column, -1);
}

} // namespace jcr
