#include "documenttestutil.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace jcr;
using namespace jcr::testutil;

namespace {

/// Milliseconds until \a done() holds while the event loop runs, or -1 after \a limitMs.
template<typename F> qint64 waitUntil(F done, int limitMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > limitMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QTest::qSleep(1);
    }
    return t.elapsed();
}

QString figures(QList<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("median %1 ms, max %2 ms over %3 edits")
            .arg(ms.at(ms.size() / 2))
            .arg(ms.constLast())
            .arg(ms.size());
}

} // namespace

/**
 * Commits by another program (the sqlite3 shell) while a document and its model are live:
 * every edit shows within one second, the selection survives, and an idle document never
 * blocks an outside writer that has no busy timeout.
 */
class TestOutsideEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void hundredOutsideEditsShowWithinOneSecond();
    void pollAloneIsEnough();
    void idleDocumentNeverBlocksWriters();
    void outsideSchemaChangeIsRefused();
    void harmlessSchemaChangeReloads();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_fileNumber = 0;
};

void TestOutsideEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestOutsideEdits::init()
{
    m_path = m_dir.filePath(QStringLiteral("outside-%1.jcroadmap").arg(++m_fileNumber));
    QVERIFY(makeRoadmap(m_path));
}

void TestOutsideEdits::hundredOutsideEditsShowWithinOneSecond()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    ItemModel model(&doc);
    QAbstractItemModelTester tester(&model);
    QItemSelectionModel selection(&model);
    doc.setPollInterval(500); // what the GUI uses

    // The user has selected the last item; outside deletes of earlier rows must not move the
    // selection to another item.
    const qint64 selectedId = doc.itemAt(doc.itemCount() - 1).id;
    selection.select(model.index(doc.itemCount() - 1, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 areaId = doc.areas().constFirst().id;
    const auto titleOf = [&](qint64 id) {
        const int row = doc.rowOf(id);
        return row < 0 ? QString() : model.index(row, 0).data(TitleRole).toString();
    };

    QList<qint64> latencies;
    for (int n = 0; n < 100; ++n) {
        QString sql;
        std::function<bool()> visible;
        qint64 target = doc.itemAt(n % (doc.itemCount() - 2)).id;
        if (target == selectedId)
            target = doc.itemAt(0).id;
        if (n % 10 == 3) {
            // Another program adds an item.
            const QString title = QStringLiteral("Added outside %1").arg(n);
            sql = QStringLiteral("INSERT INTO item (area_id, title) VALUES (%1, '%2')")
                          .arg(areaId)
                          .arg(title);
            visible = [&, title] {
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (model.index(row, 0).data(TitleRole).toString() == title)
                        return true;
                }
                return false;
            };
        } else if (n % 10 == 7) {
            // … or deletes one (with its links: foreign keys are on in this shell session).
            sql = QStringLiteral("PRAGMA foreign_keys = ON; DELETE FROM item WHERE id = %1")
                          .arg(target);
            visible = [&, target] {
                return doc.rowOf(target) < 0;
            };
        } else {
            const QString title = QStringLiteral("Edited outside %1").arg(n);
            sql = QStringLiteral("UPDATE item SET title = '%1' WHERE id = %2")
                          .arg(title)
                          .arg(target);
            visible = [&, target, title] {
                return titleOf(target) == title;
            };
        }
        QElapsedTimer t;
        t.start();
        const auto r = sqlite3Cli(m_path, sql);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 wait = waitUntil(visible, 1000);
        QVERIFY2(wait >= 0, qPrintable(QStringLiteral("edit %1 not visible after 1 s").arg(n)));
        latencies << wait;
    }
    qInfo("FIGURE outside edits visible (poll 500 ms + file watcher), after the sqlite3 "
          "process exited: %s",
          qPrintable(figures(latencies)));
    // The selection still holds the same item.
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().data(IdRole).toLongLong(), selectedId);
}

void TestOutsideEdits::pollAloneIsEnough()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    ItemModel model(&doc);
    doc.setPollInterval(500);
    doc.setFileWatcherEnabled(false);
    QList<qint64> latencies;
    const qint64 id = doc.itemAt(0).id;
    for (int n = 0; n < 10; ++n) {
        const auto r = sqlite3Cli(
                m_path,
                QStringLiteral("UPDATE item SET progress = %1 WHERE id = %2").arg(n * 10).arg(id));
        QCOMPARE(r.exitCode, 0);
        const qint64 wait = waitUntil(
                [&] { return model.index(doc.rowOf(id), 0).data(ProgressRole).toInt() == n * 10; },
                1000);
        QVERIFY2(wait >= 0, "not visible within 1 s by polling alone");
        latencies << wait;
    }
    qInfo("FIGURE outside edits visible by polling alone (500 ms): %s",
          qPrintable(figures(latencies)));
}

void TestOutsideEdits::idleDocumentNeverBlocksWriters()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    ItemModel model(&doc);
    // The document has read everything, written once and re-read after each outside commit;
    // between those it is idle and must hold no lock and no unfinished statement.
    Item first = doc.itemAt(0);
    first.progress = 55;
    QVERIFY(doc.applyUpdateItem(first));
    QVERIFY(doc.statusUpdates(first.id));
    QVERIFY(doc.setting(QStringLiteral("title")));
    const qint64 id = doc.itemAt(1).id;
    QElapsedTimer t;
    t.start();
    for (int n = 0; n < 100; ++n) {
        // The shell's default is no busy timeout: any lock held by the document fails it.
        const auto r = sqlite3Cli(m_path,
                                  QStringLiteral("UPDATE item SET title = 'Lock test %1' WHERE "
                                                 "id = %2")
                                          .arg(n)
                                          .arg(id));
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("write %1: %2").arg(n).arg(r.err)));
        QVERIFY(doc.checkForOutsideChanges());
        QCOMPARE(doc.item(id)->title, QStringLiteral("Lock test %1").arg(n));
    }
    qInfo("FIGURE 100 sqlite3 writes without busy timeout beside an open idle document: all "
          "succeeded in %lld ms",
          t.elapsed());
}

void TestOutsideEdits::outsideSchemaChangeIsRefused()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    ItemModel model(&doc);
    QSignalSpy readOnly(&doc, &RoadmapDocument::readOnlyChanged);
    QSignalSpy errors(&doc, &RoadmapDocument::errorOccurred);
    const int count = doc.itemCount();
    // Someone adds a trigger that would wipe the items at the next update made by the app.
    const auto r = sqlite3Cli(m_path,
                              QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON item BEGIN "
                                             "DELETE FROM item; END"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!doc.checkForOutsideChanges());
    QCOMPARE(readOnly.count(), 1);
    QVERIFY(doc.isReadOnly());
    QVERIFY2(doc.readOnlyReason().contains(QStringLiteral("unexpected trigger")),
             qPrintable(doc.readOnlyReason()));
    QVERIFY2(doc.readOnlyReason().contains(QStringLiteral("changed the structure")),
             qPrintable(doc.readOnlyReason()));
    QCOMPARE(errors.count(), 0); // the state change is the message
    Item it = doc.itemAt(0);
    it.title = QStringLiteral("Would fire the trigger");
    QCOMPARE(doc.applyUpdateItem(it).error().code, Error::Code::ReadOnly);
    QVERIFY(!doc.reload());
    QCOMPARE(doc.itemCount(), count);
    QCOMPARE(sqlite3Cli(m_path, QStringLiteral("SELECT count(*) FROM item")).out,
             QString::number(count));
    // Polling stopped: it would only repeat the refusal.
    QCOMPARE(doc.pollInterval(), 0);
}

void TestOutsideEdits::harmlessSchemaChangeReloads()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    const qint64 id = doc.itemAt(0).id;
    // ANALYZE adds sqlite_stat1, VACUUM rewrites the file: both move the schema cookie.
    const auto r = sqlite3Cli(m_path,
                              QStringLiteral("ANALYZE; VACUUM; UPDATE item SET title = "
                                             "'After vacuum' WHERE id = %1")
                                      .arg(id));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(doc.checkForOutsideChanges());
    QVERIFY(!doc.isReadOnly());
    QCOMPARE(doc.item(id)->title, QStringLiteral("After vacuum"));
    Item it = *doc.item(id);
    it.title = QStringLiteral("Still editable");
    QVERIFY(doc.applyUpdateItem(it));
}

QTEST_GUILESS_MAIN(TestOutsideEdits)
#include "tst_outsideedits.moc"
