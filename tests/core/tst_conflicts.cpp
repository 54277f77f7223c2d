#include "commands/edititemcommand.h"
#include "documenttestutil.h"
#include "storage/database.h"
#include "storage/roadmapstore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <atomic>

#include <sqlite3.h>

using namespace jcr;
using namespace jcr::testutil;

namespace {

/// One writer: its own document (own connection) on the shared file, incrementing the rank of
/// a few items by read-modify-write with optimistic updates, retrying on conflicts.
class Incrementer : public QThread
{
public:
    Incrementer(QString path, QList<qint64> ids, int rounds, quint32 seed)
        : m_path(std::move(path))
        , m_ids(std::move(ids))
        , m_rounds(rounds)
        , m_seed(seed)
    { }

    QHash<qint64, int> successes;
    int conflicts = 0;
    int busy = 0;
    QString failure;

protected:
    void run() override
    {
        auto opened = RoadmapDocument::open(m_path);
        if (!opened) {
            failure = opened.errorMessage();
            return;
        }
        RoadmapDocument &doc = *opened.value();
        QRandomGenerator rng(m_seed);
        for (int round = 0; round < m_rounds; ++round) {
            const qint64 id = m_ids.at(rng.bounded(int(m_ids.size())));
            for (int attempt = 0;; ++attempt) {
                if (attempt > 1000) {
                    failure = QStringLiteral("no progress");
                    return;
                }
                // Read (the picture, possibly stale), modify, write if unchanged.
                Item after = *doc.item(id);
                after.rank += 1;
                auto r = doc.applyUpdateItem(after);
                if (r) {
                    ++successes[id];
                    // Let the other writer in: otherwise one thread re-takes the lock while
                    // the other's busy handler sleeps, and they hardly ever interleave.
                    QThread::usleep(rng.bounded(300));
                    break;
                }
                if (r.error().code == Error::Code::Conflict) {
                    ++conflicts; // the document has re-read the file: try again
                    continue;
                }
                if (r.error().code == Error::Code::Busy) {
                    ++busy;
                    continue;
                }
                failure = r.errorMessage();
                return;
            }
        }
    }

private:
    QString m_path;
    QList<qint64> m_ids;
    int m_rounds;
    quint32 m_seed;
};

} // namespace

/**
 * No lost updates: two connections doing read-modify-write on the same items, and the undo
 * command's refusal to overwrite or undo over someone else's change.
 */
class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void twoWritersLoseNoUpdate();
    void staleEditOfSameFieldIsRefused();
    void staleEditOfOtherFieldKeepsTheirs();
    void undoOverTheirChangeIsRefused();
    void undoRedoWhenUntouched();
    void lockedFileLosesNothing();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

void TestConflicts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestConflicts::init()
{
    m_path = m_dir.filePath(QStringLiteral("conflicts-%1.jcroadmap").arg(++m_n));
    QVERIFY(makeRoadmap(m_path));
}

void TestConflicts::twoWritersLoseNoUpdate()
{
    // Lost updates are about locking and versions, not the disk: on a RAM disk when there is
    // one, so that thousands of synchronous commits take seconds rather than minutes.
    QTemporaryDir ram(QDir(QStringLiteral("/dev/shm")).exists()
                              ? QStringLiteral("/dev/shm/jcr-conflicts-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/jcr-conflicts-XXXXXX"));
    QVERIFY(ram.isValid());
    m_path = ram.filePath(QStringLiteral("shared.jcroadmap"));
    QVERIFY(makeRoadmap(m_path));
    QList<qint64> ids;
    QHash<qint64, double> initial;
    {
        auto doc = RoadmapDocument::open(m_path);
        QVERIFY(doc);
        for (int row = 0; row < 3; ++row) {
            ids << doc.value()->itemAt(row).id;
            initial.insert(ids.constLast(), doc.value()->itemAt(row).rank);
        }
    }
    const int rounds = qEnvironmentVariableIntValue("JCR_CONFLICT_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("JCR_CONFLICT_ROUNDS")
            : 1500;
    Incrementer a(m_path, ids, rounds, 1), b(m_path, ids, rounds, 2);
    QElapsedTimer t;
    t.start();
    a.start();
    b.start();
    QVERIFY(a.wait(240000));
    QVERIFY(b.wait(240000));
    QVERIFY2(a.failure.isEmpty(), qPrintable(a.failure));
    QVERIFY2(b.failure.isEmpty(), qPrintable(b.failure));

    auto check = RoadmapDocument::open(m_path, true);
    QVERIFY(check);
    int total = 0;
    for (qint64 id : std::as_const(ids)) {
        const int n = a.successes.value(id) + b.successes.value(id);
        total += n;
        QCOMPARE(check.value()->item(id)->rank, initial.value(id) + n);
    }
    QCOMPARE(total, 2 * rounds);
    QVERIFY(check.value()->store().integrityProblems(Thoroughness::Full).isEmpty());
    qInfo("FIGURE two connections, %d read-modify-write rounds on 3 items in %lld ms: %d "
          "conflicts detected and retried, %d busy retries, 0 lost updates",
          2 * rounds, t.elapsed(), a.conflicts + b.conflicts, a.busy + b.busy);
}

void TestConflicts::staleEditOfSameFieldIsRefused()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    QSignalSpy errors(&doc, &RoadmapDocument::errorOccurred);
    const Item shown = doc.itemAt(0); // what an editor shows
    QCOMPARE(sqlite3Cli(
                     m_path,
                     QStringLiteral("UPDATE item SET title = 'Theirs' WHERE id = %1").arg(shown.id))
                     .exitCode,
             0);
    Item mine = shown;
    mine.title = QStringLiteral("Mine");
    auto *cmd = new EditItemCommand(&doc, shown, mine);
    cmd->redo();
    QVERIFY(!cmd->succeeded());
    QVERIFY(cmd->conflicted());
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.constFirst().constFirst().toString().contains(QStringLiteral("not applied")));
    delete cmd;
    QCOMPARE(doc.item(shown.id)->title, QStringLiteral("Theirs"));
    QCOMPARE(
            sqlite3Cli(m_path, QStringLiteral("SELECT title FROM item WHERE id = %1").arg(shown.id))
                    .out,
            QStringLiteral("Theirs"));

    // The document's own optimistic check catches a writer that slips in after the refresh.
    Item stale = *doc.item(shown.id);
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("UPDATE item SET title = 'Theirs again' WHERE id "
                                       "= %1")
                                .arg(shown.id))
                     .exitCode,
             0);
    stale.title = QStringLiteral("Mine again");
    const auto r = doc.applyUpdateItem(stale);
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QCOMPARE(doc.item(shown.id)->title, QStringLiteral("Theirs again"));
}

void TestConflicts::staleEditOfOtherFieldKeepsTheirs()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    const Item shown = doc.itemAt(1);
    QCOMPARE(sqlite3Cli(
                     m_path,
                     QStringLiteral("UPDATE item SET title = 'Theirs' WHERE id = %1").arg(shown.id))
                     .exitCode,
             0);
    Item mine = shown;
    mine.progress = shown.progress == 70 ? 71 : 70;
    doc.undoStack()->push(new EditItemCommand(&doc, shown, mine));
    QCOMPARE(doc.item(shown.id)->progress, mine.progress);
    QCOMPARE(doc.item(shown.id)->title, QStringLiteral("Theirs"));
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("SELECT title || '|' || progress FROM item WHERE id = %1")
                                .arg(shown.id))
                     .out,
             QStringLiteral("Theirs|%1").arg(mine.progress));
}

void TestConflicts::undoOverTheirChangeIsRefused()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    QSignalSpy errors(&doc, &RoadmapDocument::errorOccurred);
    const Item before = doc.itemAt(2);
    Item after = before;
    after.status = before.status == Status::Done ? Status::Planned : Status::Done;
    doc.undoStack()->push(new EditItemCommand(&doc, before, after));
    QCOMPARE(doc.item(before.id)->status, after.status);
    // Someone else moves it on again.
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("UPDATE item SET status = 'on_hold' WHERE id = %1")
                                .arg(before.id))
                     .exitCode,
             0);
    doc.undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.constFirst().constFirst().toString().contains(QStringLiteral("not undone")));
    QCOMPARE(doc.item(before.id)->status, Status::OnHold);
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("SELECT status FROM item WHERE id = %1").arg(before.id))
                     .out,
             QStringLiteral("on_hold"));
    // The refused step is gone from the history rather than waiting to be retried blindly.
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestConflicts::undoRedoWhenUntouched()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    const Item before = doc.itemAt(3);
    Item after = before;
    after.title = QStringLiteral("Renamed");
    doc.undoStack()->push(new EditItemCommand(&doc, before, after));
    const auto fileTitle = [&] {
        return sqlite3Cli(m_path,
                          QStringLiteral("SELECT title FROM item WHERE id = %1").arg(before.id))
                .out;
    };
    QCOMPARE(fileTitle(), QStringLiteral("Renamed"));
    // Another field changed outside does not stop undo, and survives it.
    QCOMPARE(
            sqlite3Cli(m_path,
                       QStringLiteral("UPDATE item SET progress = 33 WHERE id = %1").arg(before.id))
                    .exitCode,
            0);
    doc.undoStack()->undo();
    QCOMPARE(fileTitle(), before.title);
    QCOMPARE(doc.item(before.id)->progress, 33);
    doc.undoStack()->redo();
    QCOMPARE(fileTitle(), QStringLiteral("Renamed"));
    QCOMPARE(doc.item(before.id)->progress, 33);
}

void TestConflicts::lockedFileLosesNothing()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    doc.store().setBusyTimeout(100); // 5 s in real use
    QSignalSpy errors(&doc, &RoadmapDocument::errorOccurred);
    // Another program holds the write lock and does not let go.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_path).constData(), &other, SQLITE_OPEN_READWRITE,
                             nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    const Item before = doc.itemAt(0);
    Item after = before;
    after.title = QStringLiteral("Written once the lock is free");
    const auto r = doc.applyUpdateItem(after);
    QCOMPARE(r.error().code, Error::Code::Busy);
    QVERIFY2(r.errorMessage().contains(QStringLiteral("not saved")), qPrintable(r.errorMessage()));
    QCOMPARE(doc.item(before.id)->title, before.title);
    // Through the undo stack: the user is told, no step is recorded.
    doc.undoStack()->push(new EditItemCommand(&doc, before, after));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.item(before.id)->title, before.title);

    QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    doc.undoStack()->push(new EditItemCommand(&doc, before, after));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("SELECT title FROM item WHERE id = %1").arg(before.id))
                     .out,
             after.title);
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
