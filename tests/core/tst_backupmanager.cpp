#include "commands/edititemcommand.h"
#include "document/backupmanager.h"
#include "documenttestutil.h"
#include "storage/database.h"
#include "storage/schema.h"

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
    auto made = backups.takeDailyBackup(doc.value()->database(), first);
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QCOMPARE(QFileInfo(made.value()).fileName(), QStringLiteral("2026-11-01.jcroadmap"));
    // The same day again: nothing new.
    auto again = backups.takeDailyBackup(doc.value()->database(), first);
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
        QVERIFY(backups.takeDailyBackup(doc.value()->database(), first.addDays(day)));
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
    auto backup = backups.takeDailyBackup(doc.database(), QDate(2026, 11, 20));
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
    QCOMPARE(opened.value()->database().schemaVersion(), schema::currentVersion());
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
    auto backup = backups.takeDailyBackup(rw.value()->database(), QDate(2026, 11, 21));
    QVERIFY(backup);
    rw = Error {};
    auto ro = RoadmapDocument::open(m_path, true);
    QVERIFY(ro);
    const QByteArray hash = fileHash(m_path);
    auto r = backups.restore(*ro.value(), backup.value());
    QCOMPARE(r.error().code, Error::Code::ReadOnly);
    QCOMPARE(fileHash(m_path), hash);
}

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
