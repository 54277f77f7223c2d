#include "commands/edititemcommand.h"
#include "document/backupmanager.h"
#include "documenttestutil.h"
#include "storage/database.h"
#include "storage/roadmapstore.h"
#include "storage/schema.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace jcr;
using namespace jcr::testutil;

/// Daily backups in their documented place, the newest seven kept, and restoring one.
class TestBackupManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void placeIsPerFile();
    void oneBackupPerDayKeepSeven();
    void restoreReplacesContentAfterSafetyCopy();
    void restoreOlderSchemaBackup();
    void hostileBackupIsRefused();
    void readOnlyDocumentIsNotRestored();
    // Issue 12, points 3 and 7.
    void plantedFutureFilesNeverPushOutBackups();
    void manifestRecordsWhatTheDialogShows();
    void replacedBackupIsNoLongerTrusted();
    void uncheckedFileIsNotBackedUp();
    void fullDiskSkipsTheBackup();
    void restoreChecksEveryRule();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

void TestBackupManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestBackupManager::init()
{
    m_path = m_dir.filePath(QStringLiteral("roadmap-%1.jcroadmap").arg(++m_n));
    QVERIFY(makeRoadmap(m_path));
    QDir(BackupManager(m_path).directory()).removeRecursively();
}

void TestBackupManager::placeIsPerFile()
{
    const BackupManager a(m_path);
    QVERIFY(a.directory().startsWith(BackupManager::rootDirectory()));
    QVERIFY(BackupManager::rootDirectory().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(QFileInfo(a.directory()).fileName().startsWith(QFileInfo(m_path).completeBaseName()));
    // Same name, other folder: other backups.
    QDir(m_dir.path()).mkdir(QStringLiteral("other"));
    const BackupManager b(m_dir.filePath(QStringLiteral("other/") + QFileInfo(m_path).fileName()));
    QVERIFY(a.directory() != b.directory());
    QCOMPARE(BackupManager(m_path).directory(), a.directory());
}

void TestBackupManager::oneBackupPerDayKeepSeven()
{
    auto doc = RoadmapDocument::open(m_path);
    QVERIFY(doc);
    BackupManager backups(m_path);
    const QDate first(2026, 11, 1);
    auto made = backups.takeDailyBackup(doc.value()->store(), first);
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QCOMPARE(QFileInfo(made.value()).fileName(), QStringLiteral("2026-11-01.jcroadmap"));
    // The same day again: nothing new.
    auto again = backups.takeDailyBackup(doc.value()->store(), first);
    QVERIFY(again);
    QVERIFY(again.value().isEmpty());
    QCOMPARE(backups.backups().size(), 1);
    // A backup is a complete roadmap file.
    {
        auto copy = RoadmapDocument::open(made.value(), true);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        QCOMPARE(copy.value()->itemCount(), doc.value()->itemCount());
    }
    for (int day = 1; day < 9; ++day)
        QVERIFY(backups.takeDailyBackup(doc.value()->store(), first.addDays(day)));
    const QList<BackupInfo> kept = backups.backups();
    QCOMPARE(kept.size(), BackupManager::Keep);
    QCOMPARE(QFileInfo(kept.constFirst().path).fileName(), QStringLiteral("2026-11-09.jcroadmap"));
    QCOMPARE(QFileInfo(kept.constLast().path).fileName(), QStringLiteral("2026-11-03.jcroadmap"));
    QVERIFY(sidecars(m_path).isEmpty());
}

void TestBackupManager::restoreReplacesContentAfterSafetyCopy()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    BackupManager backups(m_path);
    const Item original = doc.itemAt(0);
    auto backup = backups.takeDailyBackup(doc.store(), QDate(2026, 11, 20));
    QVERIFY(backup);

    // Work after the backup: an edit and a new item.
    Item edited = original;
    edited.title = QStringLiteral("Edited after the backup");
    doc.undoStack()->push(new EditItemCommand(&doc, original, edited));
    Item fresh = original;
    fresh.id = 0;
    fresh.title = QStringLiteral("New after the backup");
    QVERIFY(doc.applyInsertItem(fresh));
    const int countBefore = doc.itemCount();

    auto restored = backups.restore(doc, backup.value());
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    QCOMPARE(doc.item(original.id)->title, original.title);
    QCOMPARE(doc.itemCount(), countBefore - 1);
    QCOMPARE(doc.undoStack()->count(), 0);
    // Other programs see it as an ordinary commit.
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("SELECT title FROM item WHERE id = %1").arg(original.id))
                     .out,
             original.title);
    QCOMPARE(sqlite3Cli(m_path, QStringLiteral("PRAGMA integrity_check")).out,
             QStringLiteral("ok"));
    // The content replaced is kept as a backup too.
    QString safety;
    for (const BackupInfo &b : backups.backups()) {
        if (b.path.endsWith(QStringLiteral("-before-restore.jcroadmap")))
            safety = b.path;
    }
    QVERIFY(!safety.isEmpty());
    auto saved = RoadmapDocument::open(safety, true);
    QVERIFY(saved);
    QCOMPARE(saved.value()->itemCount(), countBefore);
    QCOMPARE(saved.value()->item(original.id)->title, QStringLiteral("Edited after the backup"));
    // Still a healthy, editable document.
    Item again = *doc.item(original.id);
    again.progress = 12;
    QVERIFY(doc.applyUpdateItem(again));
}

void TestBackupManager::restoreOlderSchemaBackup()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    const QString fixture = m_dir.filePath(QStringLiteral("old-backup.jcroadmap"));
    QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v1.jcroadmap"), fixture));
    QFile::setPermissions(fixture, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray hash = fileHash(fixture);
    BackupManager backups(m_path);
    auto r = backups.restore(*opened.value(), fixture);
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(fileHash(fixture), hash);
    QCOMPARE(opened.value()->store().schemaVersion(), schema::currentVersion());
    QCOMPARE(sqlite3Cli(m_path, QStringLiteral("PRAGMA user_version")).out,
             QString::number(schema::currentVersion()));
    QVERIFY(opened.value()->applySetWipLimit(Status::Planned, 9));
}

void TestBackupManager::hostileBackupIsRefused()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    const QString bad = m_dir.filePath(QStringLiteral("bad-backup.jcroadmap"));
    QVERIFY(QFile::copy(m_path, bad));
    QCOMPARE(sqlite3Cli(bad,
                        QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON item BEGIN DELETE "
                                       "FROM item; END"))
                     .exitCode,
             0);
    const QByteArray hash = fileHash(m_path);
    auto r = BackupManager(m_path).restore(*opened.value(), bad);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QStringLiteral("unexpected trigger")),
             qPrintable(r.errorMessage()));
    QCOMPARE(fileHash(m_path), hash);
}

void TestBackupManager::readOnlyDocumentIsNotRestored()
{
    auto rw = RoadmapDocument::open(m_path);
    QVERIFY(rw);
    BackupManager backups(m_path);
    auto backup = backups.takeDailyBackup(rw.value()->store(), QDate(2026, 11, 21));
    QVERIFY(backup);
    rw = Error {};
    auto ro = RoadmapDocument::open(m_path, true);
    QVERIFY(ro);
    const QByteArray hash = fileHash(m_path);
    auto r = backups.restore(*ro.value(), backup.value());
    QCOMPARE(r.error().code, Error::Code::ReadOnly);
    QCOMPARE(fileHash(m_path), hash);
}

namespace {

/// A file put into the backup folder by someone else, dated \a days into the future.
void plant(const QString &path, const QString &source, int days)
{
    QFile::remove(path);
    QVERIFY(QFile::copy(source, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(days),
                          QFileDevice::FileModificationTime));
}

} // namespace

void TestBackupManager::plantedFutureFilesNeverPushOutBackups()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    BackupManager backups(m_path);
    QVERIFY(QDir().mkpath(backups.directory()));
    QStringList planted;
    for (int i = 0; i < 7; ++i) {
        planted << QDir(backups.directory())
                           .filePath(QStringLiteral("2099-01-0%1.jcroadmap").arg(i + 1));
        plant(planted.last(), m_path, 3650 + i);
    }
    auto made = backups.takeDailyBackup(doc.store(), QDate(2026, 11, 1));
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QVERIFY(QFileInfo::exists(made.value()));
    for (const QString &p : std::as_const(planted))
        QVERIFY(QFileInfo::exists(p));
    // The planner's newest backup is the first offered, the planted files last and marked.
    QList<BackupInfo> list = backups.backups();
    QCOMPARE(list.size(), 8);
    QCOMPARE(list.constFirst().path, made.value());
    QVERIFY(list.constFirst().madeByPlanner);
    for (int i = 1; i < list.size(); ++i)
        QVERIFY(!list.at(i).madeByPlanner);

    // Restoring keeps the before-restore copy, however many planted files there are.
    auto restored = backups.restore(doc, made.value());
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    list = backups.backups();
    QVERIFY(list.constFirst().madeByPlanner);
    QVERIFY(list.constFirst().beforeRestore);
    QVERIFY(QFileInfo::exists(list.constFirst().path));
    QVERIFY(QFileInfo::exists(made.value()));
    // Many more days: seven daily backups stay, and the before-restore copy and the planted
    // files are never pruned.
    for (int day = 2; day < 12; ++day)
        QVERIFY(backups.takeDailyBackup(doc.store(), QDate(2026, 11, day)));
    list = backups.backups();
    int daily = 0;
    int beforeRestore = 0;
    for (const BackupInfo &b : list) {
        if (b.madeByPlanner)
            (b.beforeRestore ? beforeRestore : daily)++;
    }
    QCOMPARE(daily, BackupManager::Keep);
    QCOMPARE(beforeRestore, 1);
    for (const QString &p : std::as_const(planted))
        QVERIFY(QFileInfo::exists(p));
    QCOMPARE(QFileInfo(list.constFirst().path).fileName(), QStringLiteral("2026-11-11.jcroadmap"));
}

void TestBackupManager::manifestRecordsWhatTheDialogShows()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    DocumentSettings settings = opened.value()->settings();
    settings.title = QStringLiteral("Roadmap for the ministers");
    QVERIFY(opened.value()->setSettings(settings));
    BackupManager backups(m_path);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto made = backups.takeDailyBackup(opened.value()->store(), QDate(2026, 11, 5));
    QVERIFY(made);
    const BackupInfo info = backups.backups().constFirst();
    QCOMPARE(info.title, settings.title);
    QCOMPARE(info.itemCount, opened.value()->itemCount());
    QVERIFY(info.recordedAt >= before);
    QVERIFY(info.recordedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    // The manifest is ordinary JSON beside the backups.
    QFile manifest(QDir(backups.directory()).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray json = manifest.readAll();
    QVERIFY(json.contains("\"sha256\""));
    QVERIFY(json.contains("2026-11-05.jcroadmap"));
    // A file with today's name that the planner did not make is not replaced.
    const QString taken
            = QDir(backups.directory()).filePath(QStringLiteral("2026-11-06.jcroadmap"));
    plant(taken, m_path, 0);
    const QByteArray takenHash = fileHash(taken);
    auto second = backups.takeDailyBackup(opened.value()->store(), QDate(2026, 11, 6));
    QVERIFY(second);
    QVERIFY(second.value() != taken);
    QCOMPARE(fileHash(taken), takenHash);
}

void TestBackupManager::replacedBackupIsNoLongerTrusted()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    BackupManager backups(m_path);
    auto made = backups.takeDailyBackup(opened.value()->store(), QDate(2026, 11, 7));
    QVERIFY(made);
    QVERIFY(backups.backups().constFirst().madeByPlanner);
    QCOMPARE(sqlite3Cli(made.value(),
                        QStringLiteral("UPDATE item SET title = 'swapped' WHERE id "
                                       "= 1"))
                     .exitCode,
             0);
    QVERIFY(!backups.backups().constFirst().madeByPlanner);
}

void TestBackupManager::uncheckedFileIsNotBackedUp()
{
    // Every file is "large": its check runs in the background, and until it has passed the
    // file is neither written nor backed up.
    Database::setDeferredIntegrityThreshold(0);
    auto opened = RoadmapDocument::open(m_path);
    Database::setDeferredIntegrityThreshold(4 * 1024 * 1024);
    QVERIFY(opened);
    RoadmapDocument &doc = *opened.value();
    QVERIFY(doc.store().isAwaitingCheck());
    QVERIFY(doc.isReadOnly());
    BackupManager backups(m_path);
    auto made = backups.takeDailyBackup(doc.store(), QDate(2026, 11, 8));
    QVERIFY(!made);
    QVERIFY(backups.backups().isEmpty());
    QSignalSpy writable(&doc, &RoadmapDocument::readOnlyChanged);
    QTRY_COMPARE_WITH_TIMEOUT(writable.size(), 1, 20000);
    QCOMPARE(writable.first().first().toBool(), false);
    QVERIFY(!doc.isReadOnly());
    QVERIFY(backups.takeDailyBackup(doc.store(), QDate(2026, 11, 8)));
}

void TestBackupManager::fullDiskSkipsTheBackup()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    BackupManager backups(m_path);
    const qint64 size = QFileInfo(m_path).size();
    BackupManager::setFreeSpaceForTesting(size + BackupManager::freeSpaceMargin(size) - 1);
    auto made = backups.takeDailyBackup(opened.value()->store(), QDate(2026, 11, 9));
    BackupManager::setFreeSpaceForTesting(-1);
    QVERIFY(!made);
    QVERIFY2(made.errorMessage().contains(QLatin1String("skipped")),
             qPrintable(made.errorMessage()));
    QVERIFY(backups.backups().isEmpty());
    BackupManager::setFreeSpaceForTesting(size + BackupManager::freeSpaceMargin(size));
    made = backups.takeDailyBackup(opened.value()->store(), QDate(2026, 11, 9));
    BackupManager::setFreeSpaceForTesting(-1);
    QVERIFY2(made, qPrintable(made.errorMessage()));
}

void TestBackupManager::restoreChecksEveryRule()
{
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    const QString bad = m_dir.filePath(QStringLiteral("rule-breaking-backup.jcroadmap"));
    QFile::remove(bad);
    QVERIFY(QFile::copy(m_path, bad));
    QFile::setPermissions(bad, QFile::ReadOwner | QFile::WriteOwner);
    // The rules neutralised, a row broken, the rules put back: the SQL is word for word the
    // roadmap schema again.
    QCOMPARE(sqlite3Cli(bad,
                        QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema "
                                       "SET sql = replace(sql, 'CHECK (progress', 'CHECK "
                                       "(1 OR progress') WHERE name = 'item';"))
                     .exitCode,
             0);
    QCOMPARE(sqlite3Cli(bad, QStringLiteral("UPDATE item SET progress = -5 WHERE id = 1")).exitCode,
             0);
    QCOMPARE(sqlite3Cli(bad,
                        QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema "
                                       "SET sql = replace(sql, 'CHECK (1 OR progress', "
                                       "'CHECK (progress') WHERE name = 'item';"))
                     .exitCode,
             0);
    // Even a large backup, whose opening defers the page and rule checks.
    Database::setDeferredIntegrityThreshold(0);
    const QByteArray hash = fileHash(m_path);
    auto r = BackupManager(m_path).restore(*opened.value(), bad);
    Database::setDeferredIntegrityThreshold(4 * 1024 * 1024);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("progress BETWEEN 0 AND 100")),
             qPrintable(r.errorMessage()));
    QCOMPARE(fileHash(m_path), hash);
}

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
