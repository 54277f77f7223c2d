#include "documenttestutil.h"
#include "storage/database.h"
#include "storage/journalrecovery.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace jcr;
using namespace jcr::testutil;

namespace {

bool rawExec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qWarning("%s: %s", sql, message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString title(const QString &path)
{
    return jcr::testutil::sqlite3Cli(path,
                                     QStringLiteral("SELECT value FROM setting WHERE key = "
                                                    "'title'"))
            .out.trimmed();
}

} // namespace

/**
 * Issue 12, points 2 and 5: a journal left beside a roadmap by a crash is undone on a copy and
 * verified; a stale or foreign one never touches the file; the command line recovers too, and
 * says what to do when it cannot write.
 */
class TestJournalRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;

    /// Makes \a target the state a crash in the middle of a commit leaves: the file with some
    /// of the new pages written and the hot journal beside it. The transaction changes the
    /// title to "crashed" and rewrites every description.
    bool makeCrashed(const QString &source, const QString &target)
    {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        const QString work = target + QStringLiteral(".work");
        QFile::remove(work);
        if (!QFile::copy(source, work))
            return false;
        QFile::setPermissions(work, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(work).constData(), &db);
        // A one-page cache spills changed pages into the file before the commit.
        bool ok = rawExec(db,
                          "PRAGMA cache_size = 1; BEGIN IMMEDIATE; "
                          "UPDATE setting SET value = 'crashed' WHERE key = 'title'; "
                          "UPDATE item SET description = hex(randomblob(1500));");
        ok = ok && QFileInfo(work + QStringLiteral("-journal")).size() > 0;
        // Copied while the transaction is open: what a power cut would leave.
        ok = ok && QFile::copy(work, target)
                && QFile::copy(work + QStringLiteral("-journal"),
                               target + QStringLiteral("-journal"));
        rawExec(db, "ROLLBACK");
        sqlite3_close(db);
        QFile::remove(work);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("good.jcroadmap"));
        QVERIFY(makeRoadmap(m_good));
        jcr::testutil::sqlite3Cli(m_good,
                                  QStringLiteral("UPDATE setting SET value = 'Before the crash' "
                                                 "WHERE key = 'title'"));
        QCOMPARE(title(m_good), QStringLiteral("Before the crash"));
    }

    void crashStateIsHot()
    {
        const QString p = m_dir.filePath(QStringLiteral("hot.jcroadmap"));
        QVERIFY(makeCrashed(m_good, p));
        QCOMPARE(JournalRecovery::inspect(p), JournalRecovery::State::Hot);
        QCOMPARE(JournalRecovery::inspect(m_good), JournalRecovery::State::None);
        // A transaction running now in another program is not hot.
        sqlite3 *db = nullptr;
        const QString live = m_dir.filePath(QStringLiteral("live.jcroadmap"));
        QVERIFY(QFile::copy(m_good, live));
        QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {live});
        QVERIFY(holder.waitForStarted());
        const QString marker = m_dir.filePath(QStringLiteral("held.marker"));
        holder.write("PRAGMA cache_size = 1; BEGIN IMMEDIATE; UPDATE item SET description = "
                     "hex(randomblob(1500));\n.system touch "
                     + QFile::encodeName(marker) + "\n");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 10000);
        QCOMPARE(JournalRecovery::inspect(live), JournalRecovery::State::Live);
        holder.write("ROLLBACK;\n.quit\n");
        QVERIFY(holder.waitForFinished(10000));
        sqlite3_close(db);
    }

    void genuineCrashIsRecoveredWhenOpened()
    {
        const QString p = m_dir.filePath(QStringLiteral("crash.jcroadmap"));
        QVERIFY(makeCrashed(m_good, p));
        const QByteArray crashedBytes = fileHash(p);
        auto doc = RoadmapDocument::open(p);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        QCOMPARE(doc.value()->settings().title, QStringLiteral("Before the crash"));
        QVERIFY(!QFileInfo::exists(p + QStringLiteral("-journal")));
        QVERIFY(doc.value()
                        ->openWarnings()
                        .join(QLatin1Char(' '))
                        .contains(QLatin1String("unfinished change")));
        doc.value().reset();
        // The originals are kept aside, under names SQLite never takes for a journal.
        const QStringList kept
                = QDir(m_dir.path())
                          .entryList({QStringLiteral("crash.jcroadmap.before-recovery*")},
                                     QDir::Files);
        QCOMPARE(kept.size(), 2);
        QVERIFY(kept.at(0).endsWith(QLatin1String(".journal"))
                || kept.at(1).endsWith(QLatin1String(".journal")));
        for (const QString &k : kept) {
            if (!k.endsWith(QLatin1String(".journal")))
                QCOMPARE(fileHash(m_dir.filePath(k)), crashedBytes);
        }
        QCOMPARE(runJcroadmap({QStringLiteral("check"), p}).exitCode, 0);
        // No private folder is left behind.
        QCOMPARE(QDir(m_dir.path())
                         .entryList({QStringLiteral(".jcroadmap-recovery-*")},
                                    QDir::Dirs | QDir::Hidden)
                         .size(),
                 0);
    }

    void staleJournalBesideAnOlderCopyIsRefused()
    {
        // After the crash someone copies an older roadmap into place; the crash's journal is
        // still there. Rolling it back would write the crashed file's pages into the copy.
        const QString p = m_dir.filePath(QStringLiteral("stale.jcroadmap"));
        QVERIFY(makeCrashed(m_good, p));
        const QString older = m_dir.filePath(QStringLiteral("older.jcroadmap"));
        QVERIFY(makeRoadmap(older));
        jcr::testutil::sqlite3Cli(older,
                                  QStringLiteral("DELETE FROM item WHERE id > 10; "
                                                 "UPDATE setting SET value = 'Older copy' "
                                                 "WHERE key = 'title'; VACUUM"));
        QFile::remove(p);
        QVERIFY(QFile::copy(older, p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray fileBefore = fileHash(p);
        const QByteArray journalBefore = fileHash(p + QStringLiteral("-journal"));
        for (const Database::Mode mode : {Database::Mode::Open, Database::Mode::OpenReadOnly}) {
            auto db = Database::open(p, mode);
            QVERIFY(!db);
            QVERIFY2(db.errorMessage().contains(QLatin1String("does not belong"))
                             || db.errorMessage().contains(QLatin1String("not leave a sound")),
                     qPrintable(db.errorMessage()));
        }
        const CliResult check = runJcroadmap({QStringLiteral("check"), p});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(!check.err.contains(QLatin1Char('\n')));
        QCOMPARE(fileHash(p), fileBefore);
        QCOMPARE(fileHash(p + QStringLiteral("-journal")), journalBefore);
        QCOMPARE(title(QStringLiteral("file:") + p + QStringLiteral("?immutable=1")),
                 QStringLiteral("Older copy"));
    }

    void journalOfAnotherDatabaseIsRefused()
    {
        const QString p = m_dir.filePath(QStringLiteral("foreign-journal.jcroadmap"));
        QFile::remove(p);
        QVERIFY(QFile::copy(m_good, p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        const QString other = m_dir.filePath(QStringLiteral("other-app.db"));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(other).constData(), &db);
        QVERIFY(rawExec(
                db,
                "CREATE TABLE t (x); WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                "FROM c WHERE i < 50) INSERT INTO t SELECT hex(randomblob(900)) FROM c;"));
        sqlite3_close(db);
        const QString crashedOther = m_dir.filePath(QStringLiteral("other-crashed.db"));
        sqlite3_open(QFile::encodeName(other).constData(), &db);
        QVERIFY(rawExec(db,
                        "PRAGMA cache_size = 1; BEGIN IMMEDIATE; UPDATE t SET x = "
                        "hex(randomblob(900));"));
        QVERIFY(QFile::copy(other + QStringLiteral("-journal"), p + QStringLiteral("-journal")));
        rawExec(db, "ROLLBACK");
        sqlite3_close(db);
        Q_UNUSED(crashedOther);
        const QByteArray before = fileHash(p);
        auto opened = Database::open(p, Database::Mode::Open);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("journal")),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(fileHash(p), before);
        QVERIFY(QFileInfo::exists(p + QStringLiteral("-journal")));
    }

    void commandLineRecovers_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("check") << QStringLiteral("check");
        QTest::newRow("list") << QStringLiteral("list");
        QTest::newRow("report") << QStringLiteral("report");
        QTest::newRow("timeline") << QStringLiteral("timeline");
    }

    void commandLineRecovers()
    {
        QFETCH(QString, command);
        const QString p = m_dir.filePath(command + QStringLiteral("-crash.jcroadmap"));
        QVERIFY(makeCrashed(m_good, p));
        QStringList args {command, p};
        if (command == QLatin1String("report"))
            args << QStringLiteral("-o") << m_dir.filePath(QStringLiteral("out.pdf"));
        if (command == QLatin1String("timeline"))
            args << QStringLiteral("-o") << m_dir.filePath(QStringLiteral("out.png"));
        const CliResult r = runJcroadmap(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(p + QStringLiteral("-journal")));
        QCOMPARE(title(p), QStringLiteral("Before the crash"));
        QCOMPARE(runJcroadmap({QStringLiteral("check"), p}).exitCode, 0);
    }

    void commandLineExplainsWhenItCannotWrite()
    {
        // A folder this user cannot write: as root, the command runs as "nobody".
        QTemporaryDir locked(m_dir.filePath(QStringLiteral("locked-XXXXXX")));
        QVERIFY(locked.isValid());
        const QString p = locked.filePath(QStringLiteral("r.jcroadmap"));
        QVERIFY(makeCrashed(m_good, p));
        QFile::setPermissions(
                p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner);
        QFile::setPermissions(p + QStringLiteral("-journal"),
                              QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther
                                      | QFile::WriteOwner);
        const QFile::Permissions folder = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(locked.path(), folder));
        QFile::setPermissions(m_dir.path(), folder | QFile::WriteOwner);
        const QByteArray before = fileHash(p);
        QProcess proc;
        if (::geteuid() == 0)
            proc.start(QStringLiteral("runuser"),
                       {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                        jcroadmapExecutable(), QStringLiteral("check"), p});
        else
            proc.start(jcroadmapExecutable(), {QStringLiteral("check"), p});
        QVERIFY(proc.waitForFinished(60000));
        const QString err = QString::fromUtf8(proc.readAllStandardError());
        QCOMPARE(proc.exitCode(), 1);
        QVERIFY2(err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("unfinished change")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("read-only")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("attempt to write a readonly database")),
                 qPrintable(err));
        QCOMPARE(fileHash(p), before);
        QVERIFY(QFileInfo::exists(p + QStringLiteral("-journal")));
        QFile::setPermissions(locked.path(), folder | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestJournalRecovery)
#include "tst_journalrecovery.moc"
