#include "../support/sqliteprobe.h"
#include "board/boardview.h"
#include "board/cardlistview.h"
#include "document/roadmapdocument.h"
#include "models/boardmodel.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "seed/seedparser.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace jcr;

/**
 * A real drag and drop under a real X server (Xvfb, started by the ctest wrapper): the mouse
 * presses a card, QDrag::exec runs its own event loop, a timer moves the mouse over another
 * column and releases it there. The card must have changed column, in the file.
 */
class TestBoardDrag : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dragCardToAnotherColumn_data();
    void dragCardToAnotherColumn();

private:
    QTemporaryDir m_dir;
};

void TestBoardDrag::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A real drag needs a real X server; ctest runs this under xvfb-run. Elsewhere it fails
    // rather than pass without having dragged anything.
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "needs a real X server: run through ctest, which starts xvfb-run");
    QVERIFY(m_dir.isValid());
}

void TestBoardDrag::dragCardToAnotherColumn_data()
{
    QTest::addColumn<bool>("inTheGap");
    QTest::newRow("on the first card's lower half") << false;
    QTest::newRow("in the gap between two cards") << true;
}

void TestBoardDrag::dragCardToAnotherColumn()
{
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    auto created = RoadmapDocument::create(
            m_dir.filePath(QStringLiteral("drag-%1.jcroadmap")
                                   .arg(QLatin1String(QTest::currentDataTag()).size())),
            seed.value());
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    std::unique_ptr<RoadmapDocument> doc = std::move(created.value());
    ItemModel items(doc.get());
    ItemFilterModel filter;
    filter.setSourceModel(&items);
    BoardView view(doc.get(), &filter);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();

    BoardModel *board = view.boardModel();
    CardListView *from = view.listView(int(Status::Planned));
    CardListView *to = view.listView(int(Status::Done));
    QVERIFY(from && to && board->cardCount(int(Status::Done)) >= 2);
    const QModelIndex card = board->index(0, 0, board->index(int(Status::Planned), 0));
    const qint64 id = card.data(IdRole).toLongLong();
    const qint64 doneFirst
            = board->index(0, 0, board->index(int(Status::Done), 0)).data(IdRole).toLongLong();
    const qint64 doneSecond
            = board->index(1, 0, board->index(int(Status::Done), 0)).data(IdRole).toLongLong();
    const QPoint start = from->visualRect(card).center();
    QFETCH(bool, inTheGap);
    const QRect firstDone = to->visualRect(board->index(0, 0, board->index(int(Status::Done), 0)));
    const QRect secondDone = to->visualRect(board->index(1, 0, board->index(int(Status::Done), 0)));
    // Between the first and second cards of Done: the lower part of the first card, or the
    // gap between the two cards (where the drop indicator shows).
    const QPoint target = inTheGap
            ? QPoint(firstDone.center().x(), (firstDone.bottom() + secondDone.top()) / 2)
            : QPoint(firstDone.center().x(), firstDone.bottom() - firstDone.height() / 6);
    if (inTheGap)
        QVERIFY(!to->indexAt(target).isValid());
    QVERIFY(doc->item(id)->progress < 100);
    const int progressBefore = doc->item(id)->progress;
    const int steps = doc->undoStack()->count();

    // QDrag::exec() does not return until the drop: move and release from inside its loop.
    bool released = false;
    int tick = 0;
    QTimer driver;
    driver.setInterval(30);
    connect(&driver, &QTimer::timeout, this, [&] {
        ++tick;
        if (tick < 8) {
            // Glide over to the target so that enter/move events reach the Done list.
            const QPoint global = from->viewport()->mapToGlobal(start);
            const QPoint end = to->viewport()->mapToGlobal(target);
            const QPoint at = global + (end - global) * tick / 7;
            QTest::mouseMove(to->viewport(), to->viewport()->mapFromGlobal(at));
        } else if (!released) {
            released = true;
            QTest::mouseRelease(to->viewport(), Qt::LeftButton, {}, target);
            driver.stop();
        }
    });

    QTest::mousePress(from->viewport(), Qt::LeftButton, {}, start);
    driver.start();
    // The first move arms the view's drag; leaving the start distance begins it (and its
    // nested loop, from which the timer goes on).
    QTest::mouseMove(from->viewport(), start + QPoint(0, 1));
    QTest::mouseMove(from->viewport(), start + QPoint(0, 3 * QApplication::startDragDistance()));
    QTRY_VERIFY_WITH_TIMEOUT(released, 5000);

    QTRY_COMPARE(doc->item(id)->status, Status::Done);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(board->cellOf(board->indexOfId(id)), int(Status::Done));
    QCOMPARE(board->indexOfId(id).row(), 1);
    QCOMPARE(board->indexOfId(doneFirst).row(), 0);
    QCOMPARE(board->indexOfId(doneSecond).row(), 2);
    QCOMPARE(test::sqliteQuery(doc->filePath(),
                               QStringLiteral("SELECT status FROM item WHERE id = %1").arg(id)),
             QStringLiteral("done"));
    const double rank = doc->item(id)->rank;
    QVERIFY(rank > doc->item(doneFirst)->rank && rank < doc->item(doneSecond)->rank);
    QCOMPARE(test::sqliteQuery(doc->filePath(),
                               QStringLiteral("SELECT rank FROM item WHERE id = %1").arg(id))
                     .toDouble(),
             rank);
    // Done completes the progress, in the same undo step.
    QCOMPARE(doc->item(id)->progress, 100);
    QCOMPARE(test::sqliteQuery(doc->filePath(),
                               QStringLiteral("SELECT progress FROM item WHERE id = %1").arg(id)),
             QStringLiteral("100"));
    doc->undoStack()->undo();
    QCOMPARE(doc->item(id)->status, Status::Planned);
    QCOMPARE(doc->item(id)->progress, progressBefore);
    doc->undoStack()->redo();
    QCOMPARE(doc->item(id)->progress, 100);
    // Leaving Done keeps the value.
    QVERIFY(view.moveCurrentCard(-1, 0) || board->moveCards({id}, int(Status::InProgress), -1));
    QVERIFY(doc->item(id)->status != Status::Done);
    QCOMPARE(doc->item(id)->progress, 100);
}

QTEST_MAIN(TestBoardDrag)
#include "tst_boarddrag.moc"
