#include "../support/testserver.h"
#include "seed/seedparser.h"
#include "storage/roadmapstore.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace jcr;

/**
 * The contract of RoadmapStore, the seam between the document and a storage backend (issue 11),
 * tested through the interface alone: what the document relies on from any backend. Each test
 * runs for each backend, a row of initTestCase_data(): a roadmap file, and a team roadmap on
 * the tests' PostgreSQL server (issue 19).
 */
class TestRoadmapStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    std::vector<std::unique_ptr<test::TestDatabase>> m_databases;

    static bool onServer()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("postgresql");
    }

    /// A new, empty place for a roadmap of the backend under test.
    QString freshLocation()
    {
        if (onServer()) {
            m_databases.push_back(std::make_unique<test::TestDatabase>());
            return m_databases.back()->url();
        }
        return m_dir.filePath(QStringLiteral("store%1.jcroadmap").arg(++m_next));
    }

    /// A new, seeded roadmap file; returns its path.
    QString seededFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("store%1.jcroadmap").arg(++m_next));
        seed(path);
        return path;
    }

    /// A new, seeded roadmap of the backend under test; returns where it lives.
    QString seededLocation()
    {
        const QString location = freshLocation();
        seed(location);
        return location;
    }

    static void seed(const QString &path)
    {
        auto store = openStore(path, OpenMode::Create);
        if (!store)
            qFatal("create: %s", qPrintable(store.errorMessage()));
        auto seed = seed::loadDefault();
        if (!seed)
            qFatal("seed: %s", qPrintable(seed.errorMessage()));
        if (!store.value()->beginWrite() || !store.value()->importSeed(seed.value())
            || !store.value()->commit())
            qFatal("the seed could not be written");
    }

    static std::unique_ptr<RoadmapStore> open(const QString &location,
                                              OpenMode mode = OpenMode::Open)
    {
        auto store = openStore(location, mode);
        if (!store)
            qFatal("open: %s", qPrintable(store.errorMessage()));
        return std::move(store.value());
    }

    /// Item \a row as \a store has it now.
    static Item itemAt(RoadmapStore &store, int row)
    {
        auto snapshot = store.loadSnapshot();
        if (!snapshot || snapshot->items.size() <= row)
            qFatal("no item %d", row);
        return snapshot->items.at(row);
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("file") << QStringLiteral("file");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanupTestCase() { m_databases.clear(); }

    void createdRoadmapOpensAgain()
    {
        const QString location = seededLocation();
        auto store = open(location);
        QCOMPARE(store->location(), location);
        QCOMPARE(store->isLocalFile(), !onServer());
        QVERIFY(!store->isReadOnly());
        QCOMPARE(store->schemaVersion(), schema::currentVersion());
        auto snapshot = store->loadSnapshot();
        QVERIFY2(snapshot, qPrintable(snapshot.errorMessage()));
        QCOMPARE(snapshot->areas.size(), 6);
        QVERIFY(snapshot->items.size() > 20);
        QCOMPARE(snapshot->settings.title, seed::loadDefault()->settings.title);
        QVERIFY(store->integrityProblems(Thoroughness::Full).isEmpty());
    }

    void rollbackLeavesNothing()
    {
        const QString location = seededLocation();
        auto store = open(location);
        const qsizetype before = store->loadSnapshot()->items.size();
        Item item = itemAt(*store, 0);
        item.id = 0;
        item.title = QStringLiteral("Never written");
        QVERIFY(store->beginWrite());
        auto inserted = store->insertItem(item);
        QVERIFY2(inserted, qPrintable(inserted.errorMessage()));
        QVERIFY(inserted->id > 0);
        store->rollback();
        QCOMPARE(store->loadSnapshot()->items.size(), before);
        auto other = open(location);
        QCOMPARE(other->loadSnapshot()->items.size(), before);
    }

    void committedWriteIsSeenByAnotherConnection()
    {
        const QString location = seededLocation();
        auto mine = open(location);
        auto theirs = open(location);
        const Item before = itemAt(*mine, 3);
        Item after = before;
        after.title = QStringLiteral("Retitled by me");
        QVERIFY(mine->beginWrite());
        auto stored = mine->updateItem(before, after);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->version, before.version + 1);
        QVERIFY(mine->commit());
        QCOMPARE(itemAt(*theirs, 3).title, after.title);
        QCOMPARE(itemAt(*theirs, 3).version, stored->version);
    }

    void staleVersionIsAConflict()
    {
        const QString location = seededLocation();
        auto mine = open(location);
        auto theirs = open(location);
        const Item read = itemAt(*mine, 2);

        Item theirEdit = read;
        theirEdit.title = QStringLiteral("Their title");
        QVERIFY(theirs->beginWrite());
        QVERIFY(theirs->updateItem(read, theirEdit));
        QVERIFY(theirs->commit());

        Item myEdit = read;
        myEdit.title = QStringLiteral("My title");
        QVERIFY(mine->beginWrite());
        auto refused = mine->updateItem(read, myEdit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        mine->rollback();
        QCOMPARE(itemAt(*mine, 2).title, theirEdit.title);

        QVERIFY(mine->beginWrite());
        auto gone = mine->deleteItem(read.id, read.version);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::Conflict);
        mine->rollback();
    }

    void changeCounterMovesWithOthersCommits()
    {
        const QString location = seededLocation();
        auto mine = open(location);
        auto theirs = open(location);
        const qint64 start = mine->changeCounter();
        QCOMPARE(mine->changeCounter(), start);

        const Item before = itemAt(*theirs, 1);
        Item after = before;
        after.title = QStringLiteral("Changed elsewhere");
        QVERIFY(theirs->beginWrite());
        QVERIFY(theirs->updateItem(before, after));
        QVERIFY(theirs->commit());
        const qint64 moved = mine->changeCounter();
        QVERIFY(moved != start);
        QVERIFY(mine->revalidateSchema());
        QCOMPARE(mine->changeCounter(), moved);
    }

    void secondWriterWaitsOrHearsBusy()
    {
        const QString location = seededLocation();
        auto mine = open(location);
        auto theirs = open(location);
        QVERIFY(theirs->beginWrite());
        // A short try gives up soon, not after the five-second busy timeout.
        QElapsedTimer waited;
        waited.start();
        auto busy = mine->tryBeginWrite(50);
        QVERIFY2(waited.elapsed() < 2000, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(!busy);
        QCOMPARE(busy.error().code, Error::Code::Busy);
        theirs->rollback();
        QVERIFY(mine->tryBeginWrite(50));
        mine->rollback();
    }

    void actorIsRecordedWithTheChange()
    {
        const QString location = seededLocation();
        auto store = open(location);
        const Item before = itemAt(*store, 4);
        Item after = before;
        after.title = QStringLiteral("Recorded change");
        QVERIFY(store->beginWrite());
        QVERIFY(store->setActor(QStringLiteral("Officer Tanaka")));
        QVERIFY(store->updateItem(before, after));
        QVERIFY(store->clearActor());
        QVERIFY(store->commit());
        auto changes = store->itemChanges(before.id);
        QVERIFY2(changes, qPrintable(changes.errorMessage()));
        QVERIFY(!changes->isEmpty());
        const ChangeRecord &newest = changes->first();
        QCOMPARE(newest.actor, QStringLiteral("Officer Tanaka"));
        QCOMPARE(newest.field, QStringLiteral("title"));
        QCOMPARE(newest.newValue.value_or(QString()), after.title);
        auto counted = store->countChangesBetween({}, {});
        QVERIFY(counted);
        QVERIFY(counted.value() >= changes->size());
    }

    void readOnlyRefusesWrites()
    {
        const QString location = seededLocation();
        auto store = open(location, OpenMode::OpenReadOnly);
        QVERIFY(store->isReadOnly());
        auto refused = store->beginWrite();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ReadOnly);
    }

    void copyFromReplacesTheContent()
    {
        // A file's content replaces the roadmap's: a restore, or a file published to a server.
        const QString target = seededLocation();
        const QString source = seededFile();
        {
            auto edit = open(source);
            const Item before = itemAt(*edit, 0);
            Item after = before;
            after.title = QStringLiteral("Only in the source");
            QVERIFY(edit->beginWrite());
            QVERIFY(edit->updateItem(before, after));
            QVERIFY(edit->commit());
        }
        auto into = open(target);
        auto from = open(source, OpenMode::OpenReadOnly);
        auto copied = into->copyFrom(*from);
        QVERIFY2(copied, qPrintable(copied.errorMessage()));
        QCOMPARE(itemAt(*into, 0).title, QStringLiteral("Only in the source"));
        const auto outline = [](RoadmapStore &store) {
            QStringList rows;
            const auto snapshot = store.loadSnapshot();
            for (const Item &it : snapshot->items)
                rows << QStringLiteral("%1 v%2 %3").arg(it.id).arg(it.version).arg(it.title);
            return rows;
        };
        QCOMPARE(outline(*into), outline(*from));
    }
};

QTEST_GUILESS_MAIN(TestRoadmapStore)
#include "tst_roadmapstore.moc"
