#include "../support/sqliteprobe.h"
#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "models/boardmodel.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "models/wipstate.h"
#include "seed/seedparser.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace jcr;

/// The board model: grouping by status and lane, rank order, drops and moves that reach the
/// file as one undo step, undo that restores column and position, and the shared filter.
class TestBoardModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupsByStatusInRankOrder();
    void swimlanesGroupByArea();
    void rankBetween_data();
    void rankBetween();
    void mimeRoundTrip();
    void dropChangesStatusAndRankInFile();
    void undoRestoresColumnAndPosition();
    void dropIntoAnotherLaneChangesArea();
    void dropInPlaceIsNoUndoStep();
    void tinyGapsAreRenumberedInOneStep();
    void followsFilters();
    void followsOutsideEdits();
    void wipLimitsAndTotals();
    void wipStateCountsTheTotal();
    void moveToColumnIsOneStepOverLanes();
    void deleteOfScatteredCardsKeepsTheBoardRight();
    void deleteInManyBlocksKeepsEveryModelRight();

private:
    QString fileValue(qint64 id, const QString &column) const;
    QList<qint64> idsIn(int cell) const;
    /// A cell of lane 0 with at least \a minCards cards, other than \a except.
    int cellWithCards(int minCards, int except = -1) const;

    QTemporaryDir m_dir;
    SeedRoadmap m_seed;
    std::unique_ptr<RoadmapDocument> m_doc;
    ItemModel *m_items = nullptr;
    ItemFilterModel *m_filter = nullptr;
    BoardModel *m_board = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    int m_fileNumber = 0;
};

void TestBoardModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto seed = seed::loadDefault();
    QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
    m_seed = seed.value();
}

void TestBoardModel::init()
{
    const QString path = m_dir.filePath(QStringLiteral("board%1.jcroadmap").arg(++m_fileNumber));
    auto doc = RoadmapDocument::create(path, m_seed);
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    m_doc = std::move(doc.value());
    m_items = new ItemModel(m_doc.get());
    m_filter = new ItemFilterModel;
    m_filter->setSourceModel(m_items);
    m_board = new BoardModel(m_doc.get(), m_filter);
    m_tester = new QAbstractItemModelTester(m_board,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBoardModel::cleanup()
{
    delete m_tester;
    delete m_board;
    delete m_filter;
    delete m_items;
    m_doc.reset();
}

QString TestBoardModel::fileValue(qint64 id, const QString &column) const
{
    return test::sqliteQuery(
            m_doc->filePath(),
            QStringLiteral("SELECT %1 FROM item WHERE id = %2").arg(column).arg(id));
}

QList<qint64> TestBoardModel::idsIn(int cell) const
{
    QList<qint64> ids;
    const QModelIndex parent = m_board->index(cell, 0);
    for (int r = 0; r < m_board->rowCount(parent); ++r)
        ids << m_board->index(r, 0, parent).data(IdRole).toLongLong();
    return ids;
}

int TestBoardModel::cellWithCards(int minCards, int except) const
{
    for (int c = 0; c < BoardModel::StatusColumns; ++c) {
        if (c != except && m_board->cardCount(c) >= minCards)
            return c;
    }
    return -1;
}

void TestBoardModel::groupsByStatusInRankOrder()
{
    QCOMPARE(m_board->rowCount(), BoardModel::StatusColumns);
    int total = 0;
    for (int cell = 0; cell < m_board->rowCount(); ++cell) {
        const QModelIndex parent = m_board->index(cell, 0);
        QCOMPARE(parent.data(BoardModel::CellStatusRole).toInt(), cell);
        QCOMPARE(parent.data(Qt::DisplayRole).toString(), enums::displayName(Status(cell)));
        double previous = -1e300;
        for (int r = 0; r < m_board->rowCount(parent); ++r) {
            const QModelIndex card = m_board->index(r, 0, parent);
            QCOMPARE(card.data(StatusRole).toInt(), cell);
            const double rank = card.data(RankRole).toDouble();
            QVERIFY(rank >= previous);
            previous = rank;
            QCOMPARE(m_board->mapFromSource(m_board->mapToSource(card)), card);
        }
        total += m_board->rowCount(parent);
    }
    QCOMPARE(total, m_doc->itemCount());
    QVERIFY(cellWithCards(2) >= 0);
}

void TestBoardModel::swimlanesGroupByArea()
{
    m_board->setSwimlanes(true);
    QCOMPARE(m_board->laneCount(), int(m_doc->areas().size()));
    QCOMPARE(m_board->rowCount(), m_board->laneCount() * BoardModel::StatusColumns);
    int previousNumber = 0;
    for (int lane = 0; lane < m_board->laneCount(); ++lane) {
        const PriorityArea *area = m_doc->area(m_board->laneAreaId(lane));
        QVERIFY(area);
        QVERIFY(area->number > previousNumber); // lanes in the Joint Statement's order
        previousNumber = area->number;
        for (int column = 0; column < BoardModel::StatusColumns; ++column) {
            const QModelIndex cell = m_board->cellIndex(lane, column);
            QCOMPARE(cell.data(BoardModel::LaneAreaIdRole).toLongLong(), area->id);
            for (int r = 0; r < m_board->rowCount(cell); ++r) {
                const QModelIndex card = m_board->index(r, 0, cell);
                QCOMPARE(card.data(AreaIdRole).toLongLong(), area->id);
                QCOMPARE(card.data(StatusRole).toInt(), column);
            }
        }
    }
    m_board->setSwimlanes(false);
    QCOMPARE(m_board->rowCount(), BoardModel::StatusColumns);
}

void TestBoardModel::rankBetween_data()
{
    QTest::addColumn<QVariant>("before");
    QTest::addColumn<QVariant>("after");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<double>("lower"); // exclusive bounds of the result
    QTest::addColumn<double>("upper");
    QTest::newRow("empty column") << QVariant() << QVariant() << true << 0.0 << 2.0;
    QTest::newRow("at the end") << QVariant(7.5) << QVariant() << true << 7.5 << 9.0;
    QTest::newRow("at the top") << QVariant() << QVariant(3.0) << true << 1.0 << 3.0;
    QTest::newRow("between") << QVariant(1.0) << QVariant(2.0) << true << 1.0 << 2.0;
    QTest::newRow("negative") << QVariant(-4.0) << QVariant(-3.0) << true << -4.0 << -3.0;
    QTest::newRow("no room") << QVariant(1.0) << QVariant(1.0 + 1e-12) << false << 0.0 << 0.0;
    QTest::newRow("equal") << QVariant(5.0) << QVariant(5.0) << false << 0.0 << 0.0;
}

void TestBoardModel::rankBetween()
{
    QFETCH(QVariant, before);
    QFETCH(QVariant, after);
    QFETCH(bool, fits);
    QFETCH(double, lower);
    QFETCH(double, upper);
    const auto opt = [](const QVariant &v) {
        return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    const auto r = BoardModel::rankBetween(opt(before), opt(after));
    QCOMPARE(r.has_value(), fits);
    if (fits) {
        QVERIFY2(*r > lower && *r < upper, qPrintable(QString::number(*r)));
    }
}

void TestBoardModel::mimeRoundTrip()
{
    const int from = cellWithCards(2);
    QVERIFY(from >= 0);
    const QModelIndex a = m_board->index(0, 0, m_board->index(from, 0));
    const QModelIndex b = m_board->index(1, 0, m_board->index(from, 0));
    std::unique_ptr<QMimeData> mime(m_board->mimeData({a, b}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-jcroadmap-item-ids")));
    QCOMPARE(m_board->mimeTypes(), QStringList {ItemModel::mimeType()});
    QCOMPARE(ItemModel::idsFromMime(mime.get()),
             (QList<qint64> {a.data(IdRole).toLongLong(), b.data(IdRole).toLongLong()}));
    // Only cells take drops; foreign data is refused.
    const QModelIndex target = m_board->index(from == 0 ? 1 : 0, 0);
    QVERIFY(m_board->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, target));
    QVERIFY(m_board->flags(target) & Qt::ItemIsDropEnabled);
    QVERIFY(!(m_board->flags(a) & Qt::ItemIsDropEnabled));
    QVERIFY(m_board->flags(a) & Qt::ItemIsDragEnabled);
    QMimeData foreign;
    foreign.setText(QStringLiteral("1"));
    QVERIFY(!m_board->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, target));
    QVERIFY(!m_board->dropMimeData(&foreign, Qt::MoveAction, 0, 0, target));
    QVERIFY(!m_board->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex()));
}

void TestBoardModel::dropChangesStatusAndRankInFile()
{
    const int from = cellWithCards(1);
    const int to = cellWithCards(2, from);
    QVERIFY(from >= 0 && to >= 0);
    const QModelIndex card = m_board->index(0, 0, m_board->index(from, 0));
    const qint64 id = card.data(IdRole).toLongLong();
    const QList<qint64> targetBefore = idsIn(to);
    std::unique_ptr<QMimeData> mime(m_board->mimeData({card}));
    const int undoBefore = m_doc->undoStack()->count();

    // Drop between the first and second cards of the target column.
    QVERIFY(m_board->dropMimeData(mime.get(), Qt::MoveAction, 1, 0, m_board->index(to, 0)));

    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1); // one undo step
    QList<qint64> expected = targetBefore;
    expected.insert(1, id);
    QCOMPARE(idsIn(to), expected);
    QVERIFY(!idsIn(from).contains(id));
    const double r0 = m_doc->item(targetBefore.at(0))->rank;
    const double r1 = m_doc->item(targetBefore.at(1))->rank;
    const double rank = m_doc->item(id)->rank;
    QVERIFY(rank > r0 && rank < r1);
    // In the file, through another connection.
    QCOMPARE(fileValue(id, QStringLiteral("status")), enums::key(Status(to)));
    QCOMPARE(fileValue(id, QStringLiteral("rank")).toDouble(), rank);
    QCOMPARE(fileValue(id,
                       QStringLiteral("rank > %1 AND rank < %2")
                               .arg(r0, 0, 'g', 17)
                               .arg(r1, 0, 'g', 17)),
             QStringLiteral("1"));
}

void TestBoardModel::undoRestoresColumnAndPosition()
{
    const int from = cellWithCards(3);
    const int to = cellWithCards(1, from);
    QVERIFY(from >= 0 && to >= 0);
    const QList<qint64> fromBefore = idsIn(from);
    const qint64 id = fromBefore.at(1); // a card in the middle of its column
    const double rankBefore = m_doc->item(id)->rank;
    QVERIFY(m_board->moveCards({id}, to, 0));
    QCOMPARE(idsIn(to).first(), id);
    QCOMPARE(fileValue(id, QStringLiteral("status")), enums::key(Status(to)));

    m_doc->undoStack()->undo();
    QCOMPARE(idsIn(from), fromBefore);
    QCOMPARE(m_board->indexOfId(id).row(), 1);
    QCOMPARE(fileValue(id, QStringLiteral("status")), enums::key(Status(from)));
    QCOMPARE(fileValue(id, QStringLiteral("rank")).toDouble(), rankBefore);

    m_doc->undoStack()->redo();
    QCOMPARE(idsIn(to).first(), id);
    QCOMPARE(fileValue(id, QStringLiteral("status")), enums::key(Status(to)));

    // Within the column: Ctrl+Shift+Down is "before the card after next".
    const QList<qint64> column = idsIn(from);
    QVERIFY(m_board->moveCards({column.at(0)}, from, 2));
    QCOMPARE(idsIn(from).at(1), column.at(0));
    m_doc->undoStack()->undo();
    QCOMPARE(idsIn(from), column);
}

void TestBoardModel::dropIntoAnotherLaneChangesArea()
{
    m_board->setSwimlanes(true);
    QVERIFY(m_board->laneCount() >= 2);
    const QModelIndex source = m_board->cellIndex(0, int(Status::Planned));
    QModelIndex cell = source;
    for (int c = 0; c < BoardModel::StatusColumns && m_board->rowCount(cell) == 0; ++c)
        cell = m_board->cellIndex(0, c);
    QVERIFY(m_board->rowCount(cell) > 0);
    const QModelIndex card = m_board->index(0, 0, cell);
    const qint64 id = card.data(IdRole).toLongLong();
    const qint64 oldArea = m_board->laneAreaId(0);
    const qint64 newArea = m_board->laneAreaId(1);
    const int column = int(Status::InProgress);
    std::unique_ptr<QMimeData> mime(m_board->mimeData({card}));
    QVERIFY(m_board->dropMimeData(mime.get(), Qt::MoveAction, -1, 0,
                                  m_board->cellIndex(1, column)));
    QCOMPARE(idsIn(1 * BoardModel::StatusColumns + column).last(), id);
    QCOMPARE(fileValue(id, QStringLiteral("area_id")).toLongLong(), newArea);
    QCOMPARE(fileValue(id, QStringLiteral("status")), enums::key(Status::InProgress));
    m_doc->undoStack()->undo();
    QCOMPARE(fileValue(id, QStringLiteral("area_id")).toLongLong(), oldArea);
    QCOMPARE(m_board->cellOf(m_board->indexOfId(id)), m_board->cellOf(cell));
}

void TestBoardModel::dropInPlaceIsNoUndoStep()
{
    const int cell = cellWithCards(2);
    const QModelIndex card = m_board->index(1, 0, m_board->index(cell, 0));
    const qint64 id = card.data(IdRole).toLongLong();
    const int before = m_doc->undoStack()->count();
    // Before itself and just after itself are both "where it is".
    QVERIFY(m_board->moveCards({id}, cell, 1));
    QVERIFY(m_board->moveCards({id}, cell, 2));
    QCOMPARE(m_doc->undoStack()->count(), before);
}

void TestBoardModel::tinyGapsAreRenumberedInOneStep()
{
    const int cell = cellWithCards(3);
    QVERIFY(cell >= 0);
    const QList<qint64> ids = idsIn(cell);
    // Squeeze the first two cards' ranks together as hundreds of drops between them would.
    m_items->setData(m_items->indexOfId(ids.at(0)), 1.0, RankRole);
    m_items->setData(m_items->indexOfId(ids.at(1)), 1.0 + 1e-12, RankRole);
    QCOMPARE(idsIn(cell).mid(0, 2), ids.mid(0, 2));
    const qint64 moving = idsIn(cell).last();
    const QList<qint64> before = idsIn(cell);
    const int steps = m_doc->undoStack()->count();

    QVERIFY(m_board->moveCards({moving}, cell, 1));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QList<qint64> expected = before;
    expected.removeAll(moving);
    expected.insert(1, moving);
    QCOMPARE(idsIn(cell), expected);
    // Distinct, increasing ranks in the file.
    const QString ranks = test::sqliteQuery(
            m_doc->filePath(),
            QStringLiteral("SELECT count(DISTINCT rank) FROM item WHERE id IN (%1, %2, %3)")
                    .arg(expected.at(0))
                    .arg(expected.at(1))
                    .arg(expected.at(2)));
    QCOMPARE(ranks, QStringLiteral("3"));
    QVERIFY(m_doc->item(expected.at(0))->rank < m_doc->item(expected.at(1))->rank);
    QVERIFY(m_doc->item(expected.at(1))->rank < m_doc->item(expected.at(2))->rank);

    m_doc->undoStack()->undo();
    QCOMPARE(idsIn(cell), before);
    QCOMPARE(fileValue(ids.at(1), QStringLiteral("rank")).toDouble(), 1.0 + 1e-12);
}

void TestBoardModel::followsFilters()
{
    const int all = m_doc->itemCount();
    m_filter->setStatuses({int(Status::InProgress)});
    int shown = 0;
    for (int cell = 0; cell < m_board->rowCount(); ++cell) {
        shown += m_board->cardCount(cell);
        if (cell != int(Status::InProgress))
            QCOMPARE(m_board->cardCount(cell), 0);
    }
    QCOMPARE(shown, m_filter->rowCount());
    QVERIFY(shown > 0 && shown < all);

    // Moving a card out of the filtered status takes it off the board, undo brings it back.
    const QModelIndex cell = m_board->index(int(Status::InProgress), 0);
    const qint64 id = m_board->index(0, 0, cell).data(IdRole).toLongLong();
    QVERIFY(m_board->moveCards({id}, int(Status::Done), -1));
    QVERIFY(!m_board->indexOfId(id).isValid());
    QCOMPARE(fileValue(id, QStringLiteral("status")), enums::key(Status::Done));
    m_doc->undoStack()->undo();
    QCOMPARE(m_board->indexOfId(id).row(), 0);

    m_filter->setText(m_doc->item(id)->title);
    QVERIFY(m_board->indexOfId(id).isValid());
    QVERIFY(m_board->cardCount(int(Status::InProgress)) >= 1);
    m_filter->clearFilters();
    shown = 0;
    for (int c = 0; c < m_board->rowCount(); ++c)
        shown += m_board->cardCount(c);
    QCOMPARE(shown, all);
}

void TestBoardModel::followsOutsideEdits()
{
    const int from = cellWithCards(1);
    const qint64 id = idsIn(from).first();
    const int to = from == int(Status::Cancelled) ? int(Status::Proposed) : int(Status::Cancelled);
    const QString sql = QStringLiteral("UPDATE item SET status = '%1', rank = -100 WHERE id = %2")
                                .arg(enums::key(Status(to)))
                                .arg(id);
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {m_doc->filePath(), sql});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(m_doc->checkForOutsideChanges());
    QCOMPARE(m_board->cellOf(m_board->indexOfId(id)), to);
    QCOMPARE(m_board->indexOfId(id).row(), 0);
}

void TestBoardModel::wipLimitsAndTotals()
{
    const QModelIndex cell = m_board->index(int(Status::InProgress), 0);
    QCOMPARE(cell.data(BoardModel::WipLimitRole).toInt(), 0);
    QVERIFY(m_doc->applySetWipLimit(Status::InProgress, 3).ok());
    QCOMPARE(cell.data(BoardModel::WipLimitRole).toInt(), 3);
    int total = 0;
    for (const Item &it : m_doc->items())
        total += it.status == Status::InProgress;
    QCOMPARE(cell.data(BoardModel::StatusTotalRole).toInt(), total);
    // The limit counts the document, not the filtered board.
    m_filter->setText(QStringLiteral("no item is called this"));
    QCOMPARE(cell.data(BoardModel::CardCountRole).toInt(), 0);
    QCOMPARE(cell.data(BoardModel::StatusTotalRole).toInt(), total);
}

void TestBoardModel::wipStateCountsTheTotal()
{
    // The README promises the total: a filter that hides cards does not calm the header.
    int total = 0;
    for (const Item &it : m_doc->items())
        total += it.status == Status::Planned;
    QVERIFY(total > 2);
    QVERIFY(EditService(m_doc.get()).setWipLimit(Status::Planned, total));
    QCOMPARE(m_board->wipStateOf(Status::Planned), WipState::AtLimit);
    m_filter->setText(QStringLiteral("no item is called this"));
    QCOMPARE(m_board->columnCardCount(int(Status::Planned)), 0);
    QCOMPARE(m_board->wipStateOf(Status::Planned), WipState::AtLimit);
    QVERIFY(EditService(m_doc.get()).setWipLimit(Status::Planned, total - 1));
    QCOMPARE(m_board->wipStateOf(Status::Planned), WipState::Over);
    QVERIFY(EditService(m_doc.get()).setWipLimit(Status::Planned, total + 1));
    QCOMPARE(m_board->wipStateOf(Status::Planned), WipState::Under);
    // A status change elsewhere moves the total.
    m_filter->setText({});
    qint64 other = 0;
    for (const Item &it : m_doc->items()) {
        if (it.status != Status::Planned)
            other = it.id;
    }
    QVERIFY(other > 0);
    QVERIFY(EditService(m_doc.get()).editItem(other, [](Item &it) {
        it.status = Status::Planned;
    }));
    QCOMPARE(m_board->wipStateOf(Status::Planned), WipState::AtLimit);
    QVERIFY(EditService(m_doc.get()).setWipLimit(Status::Planned, 0));
    QCOMPARE(m_board->wipStateOf(Status::Planned), WipState::NoLimit);
}

void TestBoardModel::moveToColumnIsOneStepOverLanes()
{
    m_board->setSwimlanes(true);
    // Two cards of different lanes.
    QList<qint64> ids;
    QSet<int> lanes;
    for (const Item &it : m_doc->items()) {
        const int lane = m_board->laneOfArea(it.areaId);
        if (it.status != Status::OnHold && !lanes.contains(lane)) {
            lanes.insert(lane);
            ids << it.id;
        }
        if (ids.size() == 2)
            break;
    }
    QCOMPARE(ids.size(), 2);
    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_board->moveCardsToColumn(ids, Status::OnHold));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    for (qint64 id : ids) {
        QCOMPARE(fileValue(id, QStringLiteral("status")), QStringLiteral("on_hold"));
        // Each stays in its lane.
        const int cell = m_board->cellOf(m_board->indexOfId(id));
        QCOMPARE(BoardModel::cellColumn(cell), int(Status::OnHold));
        QCOMPARE(m_board->laneAreaId(BoardModel::cellLane(cell)), m_doc->item(id)->areaId);
    }
    m_doc->undoStack()->undo();
    for (qint64 id : ids)
        QVERIFY(fileValue(id, QStringLiteral("status")) != QStringLiteral("on_hold"));
}

void TestBoardModel::deleteOfScatteredCardsKeepsTheBoardRight()
{
    // Rows 1, 3, 4 and the last: three blocks of rows; the board follows them all.
    const int n = m_doc->itemCount();
    const QList<qint64> ids {m_doc->itemAt(1).id, m_doc->itemAt(3).id, m_doc->itemAt(4).id,
                             m_doc->itemAt(n - 1).id};
    QVERIFY(EditService(m_doc.get()).deleteItems(ids));
    int cards = 0;
    for (int cell = 0; cell < m_board->cellCount(); ++cell)
        cards += m_board->cardCount(cell);
    QCOMPARE(cards, n - 4);
    for (qint64 id : ids)
        QVERIFY(!m_board->indexOfId(id).isValid());
    // Every card still maps to its own item.
    for (const Item &it : m_doc->items()) {
        const QModelIndex card = m_board->indexOfId(it.id);
        QVERIFY(card.isValid());
        QCOMPARE(card.data(IdRole).toLongLong(), it.id);
        QCOMPARE(card.data(TitleRole).toString(), it.title);
    }
    m_doc->undoStack()->undo();
    for (qint64 id : ids)
        QCOMPARE(m_board->indexOfId(id).data(IdRole).toLongLong(), id);
}

void TestBoardModel::deleteInManyBlocksKeepsEveryModelRight()
{
    // Every other row of the first 24: twelve blocks, more than the document announces one by
    // one, so the rows go in one layout change (issue 11: 500 scattered deletions at 100,000
    // items took seconds). The item model, the proxy, a selection and the board follow.
    QAbstractItemModelTester itemsTester(m_items,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(m_filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(m_filter);
    QSignalSpy layouts(m_items, &QAbstractItemModel::layoutChanged);
    QSignalSpy removals(m_items, &QAbstractItemModel::rowsRemoved);
    const int n = m_doc->itemCount();
    QVERIFY(n > 26);
    QList<qint64> ids;
    for (int row = 0; row < 24; row += 2)
        ids << m_doc->itemAt(row).id;
    QVERIFY(ids.size() > RoadmapDocument::ScatteredBlocks);
    const qint64 kept = m_doc->itemAt(25).id;
    const QModelIndex keptIndex = m_filter->mapFromSource(m_items->index(25, 0));
    selection.select(keptIndex, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(m_filter->mapFromSource(m_items->index(2, 0)),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(keptIndex, QItemSelectionModel::NoUpdate);

    QVERIFY(EditService(m_doc.get()).deleteItems(ids));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(removals.count(), 0);
    QCOMPARE(m_items->rowCount(), n - int(ids.size()));
    QCOMPARE(m_filter->rowCount(), n - int(ids.size()));
    for (int row = 0; row < m_items->rowCount(); ++row)
        QCOMPARE(m_items->index(row, 0).data(IdRole).toLongLong(), m_doc->itemAt(row).id);
    // The selection kept the row that stayed, at its new place, and lost the one that went.
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(IdRole).toLongLong(), kept);
    QCOMPARE(selection.currentIndex().data(IdRole).toLongLong(), kept);
    int cards = 0;
    for (int cell = 0; cell < m_board->cellCount(); ++cell)
        cards += m_board->cardCount(cell);
    QCOMPARE(cards, n - int(ids.size()));
    for (qint64 id : ids)
        QVERIFY(!m_board->indexOfId(id).isValid());
    for (const Item &it : m_doc->items())
        QCOMPARE(m_board->indexOfId(it.id).data(TitleRole).toString(), it.title);
    QCOMPARE(m_board->statusTotal(Status::Planned),
             int(std::count_if(m_doc->items().cbegin(), m_doc->items().cend(),
                               [](const Item &it) { return it.status == Status::Planned; })));

    m_doc->undoStack()->undo();
    QCOMPARE(m_items->rowCount(), n);
    for (qint64 id : ids)
        QCOMPARE(m_board->indexOfId(id).data(IdRole).toLongLong(), id);
}

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"
