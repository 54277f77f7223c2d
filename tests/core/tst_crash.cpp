#include "documenttestutil.h"
#include "storage/database.h"
#include "storage/roadmapstore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;
using namespace jcr::testutil;

namespace {

qint64 editNumber(const QString &text, const QString &prefix)
{
    return text.startsWith(prefix) ? text.mid(prefix.size()).toLongLong() : -1;
}

} // namespace

/**
 * Durability: a writer killed with SIGKILL at random moments, over and over, never loses an
 * edit it had confirmed and never leaves half of one; the file stays healthy throughout.
 */
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLosesNothing();

private:
    QTemporaryDir m_dir;
};

void TestCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCrash::killedWriterLosesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("crash.jcroadmap"));
    QVERIFY(makeRoadmap(path));
    const QString writer = QStringLiteral(JCR_BINARY_DIR "/tests/core/jcr_crashwriter");
    QVERIFY(QFileInfo::exists(writer));

    const int kills = qEnvironmentVariableIntValue("JCR_CRASH_KILLS") > 0
            ? qEnvironmentVariableIntValue("JCR_CRASH_KILLS")
            : 120;
    const quint32 seed = qEnvironmentVariableIntValue("JCR_CRASH_SEED") > 0
            ? quint32(qEnvironmentVariableIntValue("JCR_CRASH_SEED"))
            : 20261126;
    QRandomGenerator rng(seed);
    QHash<qint64, qint64> confirmed; // item id -> last confirmed edit number
    int confirmedEdits = 0, hotJournals = 0, killsAfterAnEdit = 0;
    QElapsedTimer total;
    total.start();

    for (int run = 0; run < kills; ++run) {
        QProcess child;
        child.start(writer,
                    {path, QString::number(qint64(run + 1) * 1000000),
                     QString::number(rng.generate())});
        QVERIFY(child.waitForStarted());
        // A random moment: one run in four during start-up (opening, rolling back the last
        // run's journal), the others after the first confirmed edit, between edits or in the
        // middle of a commit.
        if (rng.bounded(4) != 0)
            child.waitForReadyRead(5000);
        QTest::qSleep(int(rng.bounded(1, 120)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QString::fromUtf8(child.readAllStandardError())));
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput())
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int edits = 0;
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() != 3)
                continue; // the last line may be cut by the kill
            confirmed.insert(f.at(1).toLongLong(), f.at(2).toLongLong());
            ++edits;
        }
        confirmedEdits += edits;
        killsAfterAnEdit += edits > 0 ? 1 : 0;
        if (QFileInfo::exists(path + QStringLiteral("-journal")))
            ++hotJournals;

        // Opening rolls back a half-done transaction from its journal.
        auto opened = RoadmapDocument::open(path);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        RoadmapDocument &doc = *opened.value();
        const QStringList problems = doc.store().integrityProblems(Thoroughness::Full);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it) {
            const Item *item = doc.item(it.key());
            QVERIFY2(item, qPrintable(QStringLiteral("confirmed item %1 lost").arg(it.key())));
            const qint64 inItem = editNumber(item->description, QStringLiteral("crash edit "));
            // Later unconfirmed edits may have committed just before the kill; never fewer.
            QVERIFY2(inItem >= it.value(),
                     qPrintable(QStringLiteral("item %1 has edit %2, %3 was confirmed")
                                        .arg(it.key())
                                        .arg(inItem)
                                        .arg(it.value())));
            // Both halves of the item's last edit are there: its status update too.
            auto updates = doc.statusUpdates(it.key());
            QVERIFY(updates);
            qint64 newest = -1;
            for (const StatusUpdate &u : updates.value())
                newest = std::max(newest, editNumber(u.text, QStringLiteral("edit ")));
            QCOMPARE(newest, inItem);
        }
    }
    // Once more with the sqlite3 shell, independent of the application's code.
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA integrity_check")).out, QStringLiteral("ok"));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA foreign_key_check")).out, QString());
    QVERIFY(confirmedEdits > kills);
    qInfo("FIGURE %d SIGKILLs (%d after at least one confirmed edit, %d left a hot journal) "
          "in %lld ms; %d confirmed edits, none lost, none half-applied; integrity_check ok, "
          "foreign_key_check empty after each",
          kills, killsAfterAnEdit, hotJournals, total.elapsed(), confirmedEdits);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
