#include "../support/sqliteprobe.h"
#include "board/boardcolumnheader.h"
#include "board/boardview.h"
#include "board/carddelegate.h"
#include "board/cardlistview.h"
#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "models/boardmodel.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "models/wipstate.h"
#include "seed/seedparser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace jcr;

/// The board widget: keyboard moves and navigation, WIP colours, header and card context menus,
/// adding and deleting, the shared selection, and following changes while keeping the scroll.
class TestBoardView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wipState_data();
    void wipState();
    void wipColours();
    void countText_data();
    void countText();
    void collapsedByDefault();
    void arrowsMoveSelection();
    void ctrlShiftArrowsMoveCard();
    void enterAndDoubleClickOpenEditor();
    void deleteIsUndoable();
    void ctrlNAddsInCurrentColumn();
    void addButtonAddsAtFootOfColumn();
    void headerMenuSetsWipLimit();
    void changesLeaveOtherListsAlone();
    void cardMenuActions();
    void selectionIsShared();
    void followsChangesKeepingScroll();
    void dropsFromElsewhereAreRefused();
    void cardToolTip();
    void swimlanesAndHiddenLanes();
    void addButtonsInReachWithSwimlanes();

private:
    QString fileValue(qint64 id, const QString &column) const;
    CardListView *list(Status status) const { return m_view->listView(int(status)); }
    QModelIndex card(Status status, int row) const;

    QTemporaryDir m_dir;
    SeedRoadmap m_seed;
    std::unique_ptr<RoadmapDocument> m_doc;
    ItemModel *m_items = nullptr;
    ItemFilterModel *m_filter = nullptr;
    QItemSelectionModel *m_shared = nullptr;
    BoardView *m_view = nullptr;
    int m_fileNumber = 0;
};

void TestBoardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("JCR_TODAY", "2026-11-26");
    QVERIFY(m_dir.isValid());
    auto seed = seed::loadDefault();
    QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
    m_seed = seed.value();
}

void TestBoardView::init()
{
    auto doc = RoadmapDocument::create(
            m_dir.filePath(QStringLiteral("view%1.jcroadmap").arg(++m_fileNumber)), m_seed);
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    m_doc = std::move(doc.value());
    m_items = new ItemModel(m_doc.get());
    m_filter = new ItemFilterModel;
    m_filter->setSourceModel(m_items);
    m_shared = new QItemSelectionModel(m_filter);
    m_view = new BoardView(m_doc.get(), m_filter);
    m_view->setSharedSelectionModel(m_shared);
    connect(m_doc.get(), &RoadmapDocument::errorOccurred, this,
            [](const QString &message) { qWarning("document error: %s", qPrintable(message)); });
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestBoardView::cleanup()
{
    delete m_view;
    delete m_shared;
    delete m_filter;
    delete m_items;
    m_doc.reset();
}

QString TestBoardView::fileValue(qint64 id, const QString &column) const
{
    return test::sqliteQuery(
            m_doc->filePath(),
            QStringLiteral("SELECT %1 FROM item WHERE id = %2").arg(column).arg(id));
}

QModelIndex TestBoardView::card(Status status, int row) const
{
    BoardModel *m = m_view->boardModel();
    return m->index(row, 0, m->index(int(status), 0));
}

void TestBoardView::wipState_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("state");
    QTest::newRow("no limit") << 50 << 0 << int(WipState::NoLimit);
    QTest::newRow("under") << 2 << 3 << int(WipState::Under);
    QTest::newRow("at the limit") << 3 << 3 << int(WipState::AtLimit);
    QTest::newRow("above") << 4 << 3 << int(WipState::Over);
    QTest::newRow("empty") << 0 << 1 << int(WipState::Under);
}

void TestBoardView::wipState()
{
    QFETCH(int, count);
    QFETCH(int, limit);
    QFETCH(int, state);
    QCOMPARE(int(jcr::wipState(count, limit)), state);
}

void TestBoardView::wipColours()
{
    const QPalette pal = QApplication::palette();
    const QColor amber = wipColour(WipState::AtLimit, pal);
    const QColor red = wipColour(WipState::Over, pal);
    QCOMPARE(wipColour(WipState::NoLimit, pal), pal.color(QPalette::WindowText));
    QCOMPARE(wipColour(WipState::Under, pal), pal.color(QPalette::WindowText));
    // Amber: red and green, little blue; red: clearly red.
    QVERIFY(amber.red() > amber.blue() + 80 && amber.green() > amber.blue() + 40);
    QVERIFY(red.red() > 150 && red.green() < 80 && red.blue() < 80);
    QVERIFY(amber != red);
}

void TestBoardView::countText_data()
{
    QTest::addColumn<int>("shown");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << 12 << 12 << 0 << QStringLiteral("12");
    QTest::newRow("filtered") << 5 << 12 << 0 << QStringLiteral("5 of 12");
    QTest::newRow("limit") << 12 << 12 << 10 << QStringLiteral("12/10");
    QTest::newRow("filtered with limit") << 5 << 12 << 10 << QStringLiteral("5 · 12/10");
}

void TestBoardView::countText()
{
    QFETCH(int, shown);
    QFETCH(int, total);
    QFETCH(int, limit);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(BoardColumnHeader::countText(shown, total, limit), text);
}

void TestBoardView::collapsedByDefault()
{
    QVERIFY(m_view->isColumnCollapsed(Status::OnHold));
    QVERIFY(m_view->isColumnCollapsed(Status::Cancelled));
    QVERIFY(!m_view->isColumnCollapsed(Status::Planned));
    QVERIFY(!list(Status::OnHold)->isVisible());
    QVERIFY(list(Status::Planned)->isVisible());
    // Clicking the header expands the column; workflow columns do not collapse.
    QTest::mouseClick(m_view->columnHeader(Status::OnHold), Qt::LeftButton);
    QVERIFY(!m_view->isColumnCollapsed(Status::OnHold));
    QTRY_VERIFY(list(Status::OnHold)->isVisible());
    m_view->setColumnCollapsed(Status::Planned, true);
    QVERIFY(!m_view->isColumnCollapsed(Status::Planned));
}

void TestBoardView::arrowsMoveSelection()
{
    const QModelIndex first = card(Status::Planned, 1);
    QVERIFY(first.isValid());
    m_view->setCurrentItem(first.data(IdRole).toLongLong());
    QCOMPARE(m_view->currentItemId(), first.data(IdRole).toLongLong());

    QTest::keyClick(list(Status::Planned), Qt::Key_Right);
    QCOMPARE(m_view->boardModel()->cellOf(m_view->boardModel()->indexOfId(m_view->currentItemId())),
             int(Status::InProgress));
    QCOMPARE(m_view->boardModel()->indexOfId(m_view->currentItemId()).row(), 1); // same row
    QVERIFY(list(Status::InProgress)->hasFocus() || !QApplication::focusWidget());

    QTest::keyClick(list(Status::InProgress), Qt::Key_Left);
    QTest::keyClick(list(Status::Planned), Qt::Key_Left);
    QCOMPARE(m_view->boardModel()->cellOf(m_view->boardModel()->indexOfId(m_view->currentItemId())),
             int(Status::Proposed));
    // Down within a column is the list's own.
    m_view->setCurrentItem(card(Status::Planned, 0).data(IdRole).toLongLong());
    QTest::keyClick(list(Status::Planned), Qt::Key_Down);
    QCOMPARE(m_view->currentItemId(), card(Status::Planned, 1).data(IdRole).toLongLong());
}

void TestBoardView::ctrlShiftArrowsMoveCard()
{
    const qint64 id = card(Status::Planned, 1).data(IdRole).toLongLong();
    m_view->setCurrentItem(id);
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(list(Status::Planned), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_doc->item(id)->status, Status::InProgress);
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("in_progress"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_view->currentItemId(), id); // the selection follows the card
    QCOMPARE(m_view->boardModel()->indexOfId(id).row(), 1);

    // Up within the column, then undo both.
    QTest::keyClick(list(Status::InProgress), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->boardModel()->indexOfId(id).row(), 0);
    QTest::keyClick(list(Status::InProgress), Qt::Key_Down,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->boardModel()->indexOfId(id).row(), 1);
    QTest::keyClick(list(Status::InProgress), Qt::Key_Left,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("planned"));
    m_doc->undoStack()->setIndex(steps);
    QCOMPARE(m_doc->item(id)->status, Status::Planned);
    QCOMPARE(m_view->boardModel()->indexOfId(id).row(), 1);
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("planned"));
}

void TestBoardView::enterAndDoubleClickOpenEditor()
{
    QSignalSpy spy(m_view, &BoardView::editRequested);
    const QModelIndex c = card(Status::Done, 0);
    m_view->setCurrentItem(c.data(IdRole).toLongLong());
    QTest::keyClick(list(Status::Done), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), c.data(IdRole).toLongLong());

    const QModelIndex other = card(Status::Proposed, 0);
    const QPoint centre = list(Status::Proposed)->visualRect(other).center();
    // A real double-click starts with a press: the view opens what was pressed.
    QTest::mouseClick(list(Status::Proposed)->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list(Status::Proposed)->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), other.data(IdRole).toLongLong());
}

void TestBoardView::deleteIsUndoable()
{
    const qint64 id = card(Status::InProgress, 0).data(IdRole).toLongLong();
    m_view->setCurrentItem(id);
    QTest::keyClick(list(Status::InProgress), Qt::Key_Delete);
    QVERIFY(!m_doc->item(id));
    QCOMPARE(test::sqliteQuery(m_doc->filePath(),
                               QStringLiteral("SELECT count(*) FROM item WHERE id = %1").arg(id)),
             QStringLiteral("0"));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->item(id));
    QCOMPARE(m_view->boardModel()->indexOfId(id).row(), 0);
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("in_progress"));
}

void TestBoardView::ctrlNAddsInCurrentColumn()
{
    QSignalSpy spy(m_view, &BoardView::editRequested);
    m_view->setCurrentItem(card(Status::Proposed, 0).data(IdRole).toLongLong());
    const int before = m_doc->itemCount();
    QTest::keyClick(list(Status::Proposed), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_doc->itemCount(), before + 1);
    QCOMPARE(spy.count(), 1);
    const qint64 id = spy.at(0).at(0).toLongLong();
    QCOMPARE(m_doc->item(id)->status, Status::Proposed);
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("proposed"));
    QCOMPARE(m_view->currentItemId(), id);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->itemCount(), before);
}

void TestBoardView::addButtonAddsAtFootOfColumn()
{
    QSignalSpy spy(m_view, &BoardView::editRequested);
    auto *add = m_view->findChild<QAbstractButton *>(QStringLiteral("addItem_done"));
    QVERIFY(add && add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const qint64 id = spy.at(0).at(0).toLongLong();
    BoardModel *m = m_view->boardModel();
    QCOMPARE(m->indexOfId(id).row(), m->cardCount(int(Status::Done)) - 1);
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("done"));
}

void TestBoardView::headerMenuSetsWipLimit()
{
    BoardColumnHeader *header = m_view->columnHeader(Status::InProgress);
    std::unique_ptr<QMenu> menu(header->createContextMenu());
    auto *set = menu->findChild<QAction *>(QStringLiteral("setWipLimit"));
    auto *remove = menu->findChild<QAction *>(QStringLiteral("removeWipLimit"));
    QVERIFY(set && remove);
    QVERIFY(!remove->isEnabled());
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setIntValue(5);
        dialog->accept();
    });
    set->trigger();
    QCOMPARE(m_doc->wipLimit(Status::InProgress), 5);
    QCOMPARE(test::sqliteQuery(m_doc->filePath(),
                               QStringLiteral("SELECT wip_limit FROM board_column WHERE status = "
                                              "'in_progress'")),
             QStringLiteral("5"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->wipLimit(Status::InProgress), 0);
    m_doc->undoStack()->redo();
    std::unique_ptr<QMenu> again(header->createContextMenu());
    auto *removeNow = again->findChild<QAction *>(QStringLiteral("removeWipLimit"));
    QVERIFY(removeNow->isEnabled());
    removeNow->trigger();
    QCOMPARE(m_doc->wipLimit(Status::InProgress), 0);
    QVERIFY(header->createContextMenu()->findChild<QAction *>(QStringLiteral("toggleCollapsed"))
            == nullptr); // only On hold and Cancelled collapse
}

namespace {

/// Counts what a widget is asked to do: its timers (QListView's delayed relayout) and paints.
class WorkCounter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer)
            ++timers[watched];
        else if (event->type() == QEvent::Paint)
            ++paints[watched];
        return false;
    }
    QHash<QObject *, int> timers;
    QHash<QObject *, int> paints;
};

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(5);
    }
}

} // namespace

void TestBoardView::changesLeaveOtherListsAlone()
{
    // Issue 11: a WIP-limit change repaints its column's header and nothing else; a card's
    // health repaints that card's list only. QListView would lay out and repaint every list of
    // the board after any change of the shared model (a 100,000-card board took 8 ms per WIP
    // change; bench_edits measures it).
    settle();
    QList<CardListView *> lists;
    for (int cell = 0; cell < BoardModel::StatusColumns; ++cell)
        lists << m_view->listView(cell);
    WorkCounter counter;
    for (CardListView *l : std::as_const(lists)) {
        l->installEventFilter(&counter);
        l->viewport()->installEventFilter(&counter);
    }
    BoardColumnHeader *header = m_view->columnHeader(Status::InProgress);
    header->installEventFilter(&counter);

    QVERIFY(EditService(m_doc.get()).setWipLimit(Status::InProgress, 4).ok());
    settle();
    QVERIFY(counter.paints.value(header) > 0); // the change did reach the board
    for (CardListView *l : std::as_const(lists)) {
        QCOMPARE(counter.timers.value(l), 0);
        QCOMPARE(counter.paints.value(l->viewport()), 0);
    }

    counter.timers.clear();
    counter.paints.clear();
    const QModelIndex planned = card(Status::Planned, 0);
    QVERIFY(planned.isValid());
    const qint64 id = planned.data(IdRole).toLongLong();
    QVERIFY(EditService(m_doc.get())
                    .editItem(id,
                              [](Item &it) {
                                  it.health = it.health == Health::OffTrack ? Health::AtRisk
                                                                            : Health::OffTrack;
                              })
                    .ok());
    settle();
    QVERIFY(counter.paints.value(list(Status::Planned)->viewport()) > 0);
    for (CardListView *l : std::as_const(lists)) {
        QCOMPARE(counter.timers.value(l), 0);
        if (l != list(Status::Planned))
            QCOMPARE(counter.paints.value(l->viewport()), 0);
    }
}

void TestBoardView::cardMenuActions()
{
    const qint64 id = card(Status::Planned, 0).data(IdRole).toLongLong();
    m_view->setCurrentItem(id);
    std::unique_ptr<QMenu> menu(m_view->createCardMenu(nullptr));
    auto *moveDone = menu->findChild<QAction *>(QStringLiteral("moveTo_done"));
    auto *moveOnHold = menu->findChild<QAction *>(QStringLiteral("moveTo_on_hold"));
    auto *atRisk = menu->findChild<QAction *>(QStringLiteral("setHealth_at_risk"));
    auto *open = menu->findChild<QAction *>(QStringLiteral("openCard"));
    auto *del = menu->findChild<QAction *>(QStringLiteral("deleteCards"));
    QVERIFY(moveDone && moveOnHold && atRisk && open && del);
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("moveTo_planned"))->isChecked());

    QSignalSpy spy(m_view, &BoardView::editRequested);
    open->trigger();
    QCOMPARE(spy.count(), 1);

    atRisk->trigger();
    QCOMPARE(m_doc->item(id)->health, Health::AtRisk);
    QCOMPARE(fileValue(id, QStringLiteral("health")), QStringLiteral("at_risk"));

    moveOnHold->trigger(); // into a collapsed column: it still moves
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("on_hold"));
    m_doc->undoStack()->undo();
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("planned"));
    QCOMPARE(m_view->boardModel()->indexOfId(id).row(), 0);

    m_view->setCurrentItem(id);
    std::unique_ptr<QMenu> second(m_view->createCardMenu(nullptr));
    second->findChild<QAction *>(QStringLiteral("deleteCards"))->trigger();
    QVERIFY(!m_doc->item(id));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->item(id));
}

void TestBoardView::selectionIsShared()
{
    const qint64 id = card(Status::InProgress, 2).data(IdRole).toLongLong();
    // Board → shared.
    m_view->setCurrentItem(id);
    QCOMPARE(m_shared->selectedRows().size(), 1);
    QCOMPARE(m_shared->selectedRows().first().data(IdRole).toLongLong(), id);
    QCOMPARE(m_shared->currentIndex().data(IdRole).toLongLong(), id);
    // Shared → board (another view selected something).
    const QModelIndex other = m_filter->mapFromSource(
            m_items->indexOfId(card(Status::Done, 1).data(IdRole).toLongLong()));
    m_shared->setCurrentIndex(other,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 otherId = other.data(IdRole).toLongLong();
    QCOMPARE(m_view->currentItemId(), otherId);
    QCOMPARE(m_view->selectedItemIds(), QList<qint64> {otherId});
    // A filter that hides other cards but keeps this one keeps it selected.
    m_filter->setText(m_doc->item(otherId)->title);
    QCOMPARE(m_view->currentItemId(), otherId);
    m_filter->setText(QString());
    QCOMPARE(m_view->currentItemId(), otherId);
}

void TestBoardView::followsChangesKeepingScroll()
{
    m_view->resize(1400, 420); // Planned then needs to scroll
    QTRY_VERIFY(list(Status::Planned)->verticalScrollBar()->maximum() > 0);
    QScrollBar *bar = list(Status::Planned)->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int scrolled = bar->value();
    QVERIFY(scrolled > 0);
    // An edit elsewhere (as from the editor), its undo, and a move out of the column.
    const qint64 other = card(Status::InProgress, 0).data(IdRole).toLongLong();
    m_items->setData(m_items->indexOfId(other), QStringLiteral("Renamed elsewhere"), TitleRole);
    QCOMPARE(card(Status::InProgress, 0).data(TitleRole).toString(),
             QStringLiteral("Renamed elsewhere"));
    m_doc->undoStack()->undo();
    const qint64 last = card(Status::Planned, m_view->boardModel()->cardCount(1) - 1)
                                .data(IdRole)
                                .toLongLong();
    QVERIFY(m_view->boardModel()->moveCards({last}, int(Status::Done), 0));
    QCOMPARE(bar->value(), scrolled);
    m_doc->undoStack()->undo();
    QCOMPARE(bar->value(), scrolled);
    // A reload from disk keeps it too.
    QVERIFY(m_doc->reload().ok());
    QCOMPARE(bar->value(), scrolled);
}

void TestBoardView::dropsFromElsewhereAreRefused()
{
    // Ids from another window (another roadmap) must not move this roadmap's items.
    const QModelIndex c = card(Status::Planned, 0);
    const qint64 id = c.data(IdRole).toLongLong();
    std::unique_ptr<QMimeData> mime(m_view->boardModel()->mimeData({c}));
    QWidget *target = list(Status::Done)->viewport();
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::MoveAction | Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::MoveAction | Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &drop);
    QCOMPARE(m_doc->item(id)->status, Status::Planned);
    QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("planned"));
}

void TestBoardView::cardToolTip()
{
    // The full title (the card elides it) and what the card abbreviates.
    const qint64 id = card(Status::Planned, 0).data(IdRole).toLongLong();
    m_items->setData(m_items->indexOfId(id),
                     QStringLiteral("A very long title that no card could show on two lines, "
                                    "however wide the column, because it goes on and on"),
                     TitleRole);
    const QString tip = CardDelegate::toolTip(m_view->boardModel()->indexOfId(id));
    QVERIFY(tip.startsWith(m_doc->item(id)->title + QLatin1Char('\n')));
    QVERIFY(tip.contains(enums::displayName(m_doc->item(id)->health)));
    QVERIFY(tip.contains(m_doc->leadOrganisationNames(*m_doc->item(id))));
    // Overdue is said in words. JCR_TODAY is 2026-11-26 and the seed has nothing overdue then
    // (issue 16), so one planned item gets a past due date.
    for (const Item &it : m_doc->items()) {
        if (it.status == Status::Planned && !it.end.isValid() && !it.start.isValid()) {
            Item late = it;
            late.end = FuzzyDate::month(2026, 6);
            QVERIFY(m_doc->applyUpdateItem(late));
            break;
        }
    }
    BoardModel *m = m_view->boardModel();
    int overdue = 0;
    int onTime = 0;
    for (int cell = 0; cell < m->cellCount(); ++cell) {
        for (int r = 0; r < m->cardCount(cell); ++r) {
            const QModelIndex c = m->index(r, 0, m->index(cell, 0));
            const bool late = c.data(OverdueRole).toBool();
            (late ? overdue : onTime) += 1;
            QCOMPARE(CardDelegate::toolTip(c).contains(QStringLiteral("overdue")), late);
        }
    }
    QVERIFY(overdue > 0 && onTime > 0);
}

void TestBoardView::swimlanesAndHiddenLanes()
{
    m_view->setSwimlanes(true);
    BoardModel *m = m_view->boardModel();
    QCOMPARE(m->laneCount(), int(m_doc->areas().size()));
    QVERIFY(m_view->listView(m->cellCount() - 1));
    // Down from the last card of a lane goes on to the next lane with cards in that column.
    const int planned = int(Status::Planned);
    const int firstCell = m->cellIndex(0, planned).row();
    QVERIFY(m->cardCount(firstCell) > 0);
    m_view->setCurrentItem(m->index(m->cardCount(firstCell) - 1, 0, m->index(firstCell, 0))
                                   .data(IdRole)
                                   .toLongLong());
    QTest::keyClick(m_view->listView(firstCell), Qt::Key_Down);
    const int nowCell = m->cellOf(m->indexOfId(m_view->currentItemId()));
    QVERIFY(BoardModel::cellLane(nowCell) > 0);
    QCOMPARE(BoardModel::cellColumn(nowCell), planned);
    QCOMPARE(m->indexOfId(m_view->currentItemId()).row(), 0);
    QTest::keyClick(m_view->listView(nowCell), Qt::Key_Up);
    QCOMPARE(m->cellOf(m->indexOfId(m_view->currentItemId())), firstCell);
    // Move every card of the last lane away: with "hide empty lanes" its lists disappear.
    const int lastLane = m->laneCount() - 1;
    QList<qint64> ids;
    for (int c = 0; c < BoardModel::StatusColumns; ++c) {
        const QModelIndex cell = m->cellIndex(lastLane, c);
        for (int r = 0; r < m->rowCount(cell); ++r)
            ids << m->index(r, 0, cell).data(IdRole).toLongLong();
    }
    QVERIFY(!ids.isEmpty());
    m_doc->undoStack()->beginMacro(QStringLiteral("test"));
    for (qint64 id : ids)
        m->moveCards({id}, m->cellIndex(0, int(Status::Planned)).row(), -1);
    m_doc->undoStack()->endMacro();
    QTRY_VERIFY(!m_view->listView(lastLane * BoardModel::StatusColumns + int(Status::Planned))
                         ->isVisible());
    m_view->setHideEmptyLanes(false);
    QTRY_VERIFY(m_view->listView(lastLane * BoardModel::StatusColumns + int(Status::Planned))
                        ->isVisible());
    m_view->setSwimlanes(false);
    QCOMPARE(m->cellCount(), BoardModel::StatusColumns);
    QVERIFY(list(Status::Planned)->isVisible());
}

void TestBoardView::addButtonsInReachWithSwimlanes()
{
    // With lanes the board is taller than the window; "+ Add item" stays on screen, under its
    // column, wherever the board is scrolled.
    m_view->resize(1400, 500);
    m_view->setSwimlanes(true);
    m_view->setHideEmptyLanes(false);
    auto *add = m_view->findChild<QAbstractButton *>(QStringLiteral("addItem_planned"));
    QVERIFY(add);
    BoardColumnHeader *header = m_view->columnHeader(Status::Planned);
    QVERIFY(header);
    auto *scroll = m_view->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    for (const int value :
         {0, scroll->verticalScrollBar()->maximum() / 2, scroll->verticalScrollBar()->maximum()}) {
        scroll->verticalScrollBar()->setValue(value);
        QTRY_VERIFY(add->isVisible());
        const QRect inView(add->mapTo(m_view, QPoint(0, 0)), add->size());
        QVERIFY2(m_view->rect().contains(inView), qPrintable(QString::number(value)));
        const int headerX = header->mapTo(m_view, QPoint(0, 0)).x();
        QCOMPARE(inView.left(), headerX);
    }
    QSignalSpy spy(m_view, &BoardView::editRequested);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(fileValue(spy.at(0).at(0).toLongLong(), QStringLiteral("status")),
             QStringLiteral("planned"));
}

QTEST_MAIN(TestBoardView)
#include "tst_boardview.moc"
