// Issue 12, point 8: the file deleted, renamed, replaced or its folder made read-only while
// open is noticed (device and inode, the planner's own descriptor), edits wait instead of being
// lost, and the document continues on the file where it now is.
#include "document/filestatus.h"
#include "documenttestutil.h"
#include "edit/editservice.h"
#include "edit/pendingwrites.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/stat.h>
#include <unistd.h>

using namespace jcr;
using namespace jcr::testutil;

class TestFileStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<RoadmapDocument> m_doc;
    QStringList m_errors;

    QString titleIn(const QString &path, qint64 id)
    {
        return sqlite3Cli(path, QStringLiteral("SELECT title FROM item WHERE id = %1").arg(id)).out;
    }
    Result<void> retitle(qint64 id, const QString &title)
    {
        return EditService(m_doc.get()).editItem(id, [&](Item &it) { it.title = title; });
    }
    void openDocument()
    {
        auto doc = RoadmapDocument::open(m_path);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        m_doc = std::move(doc.value());
        m_doc->pendingWrites()->setEnabled(true);
        m_doc->pendingWrites()->setRetryInterval(50);
        connect(m_doc.get(), &RoadmapDocument::errorOccurred, this,
                [this](const QString &m) { m_errors << m; });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("status-%1.jcroadmap").arg(++m_n));
        QVERIFY(makeRoadmap(m_path));
        m_errors.clear();
        openDocument();
    }
    void cleanup() { m_doc.reset(); }

    void untouchedFileIsOk()
    {
        QVERIFY(m_doc->checkFileStatus().isOk());
        QVERIFY(retitle(m_doc->itemAt(0).id, QStringLiteral("Plain edit")));
        QVERIFY(m_doc->checkFileStatus().isOk()); // its own journal comes and goes
    }

    void identityIsDeviceAndInode()
    {
        const FileIdentity a = FileIdentity::of(m_path);
        QVERIFY(!a.isNull());
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
        QCOMPARE(a.inode, quint64(st.st_ino));
        QVERIFY(FileIdentity::of(m_path + QStringLiteral(".none")).isNull());
        // Same content, another file: not the same identity.
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1").arg(m_n));
        QVERIFY(QFile::copy(m_path, copy));
        QVERIFY(!(FileIdentity::of(copy) == a));
    }

    void renamedFileIsFoundWhereItWent()
    {
        const QString moved = m_dir.filePath(QStringLiteral("renamed-%1.jcroadmap").arg(m_n));
        QSignalSpy changed(m_doc.get(), &RoadmapDocument::fileStatusChanged);
        QVERIFY(QFile::rename(m_path, moved));
        const FileStatus &s = m_doc->checkFileStatus();
        QCOMPARE(s.problem(), FileStatus::Problem::Moved);
        QCOMPARE(s.movedTo(), QFileInfo(moved).absoluteFilePath());
        QCOMPARE(changed.size(), 1);
        m_doc->checkFileStatus();
        QCOMPARE(changed.size(), 1); // said once
        QVERIFY(s.describe(m_path).contains(moved));
    }

    void deletedFileIsDeleted()
    {
        QVERIFY(QFile::remove(m_path));
        QCOMPARE(m_doc->checkFileStatus().problem(), FileStatus::Problem::Deleted);
    }

    void replacedFileIsReplaced()
    {
        const QString other = m_dir.filePath(QStringLiteral("other-%1.jcroadmap").arg(m_n));
        QVERIFY(makeRoadmap(other));
        QCOMPARE(::rename(QFile::encodeName(other).constData(),
                          QFile::encodeName(m_path).constData()),
                 0);
        QCOMPARE(m_doc->checkFileStatus().problem(), FileStatus::Problem::Replaced);
    }

    void watcherNoticesAtOnce()
    {
        m_doc->setPollInterval(60000); // the poll would be too late: the watcher must do it
        QSignalSpy changed(m_doc.get(), &RoadmapDocument::fileStatusChanged);
        QVERIFY(QFile::rename(m_path, m_path + QStringLiteral(".moved")));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 2000);
        QCOMPARE(m_doc->fileStatus().problem(), FileStatus::Problem::Moved);
    }

    void editAfterAMoveWaitsAndLandsWhereTheFileWent()
    {
        const qint64 id = m_doc->itemAt(0).id;
        const QString moved = m_dir.filePath(QStringLiteral("went-%1.jcroadmap").arg(m_n));
        QVERIFY(QFile::rename(m_path, moved));
        // Not yet noticed by the poll: the failing write itself finds out.
        QVERIFY(retitle(id, QStringLiteral("Typed after the move")));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(m_doc->pendingWrites()->count(), 1);
        QCOMPARE(m_doc->fileStatus().problem(), FileStatus::Problem::Moved);
        QCOMPARE(m_doc->item(id)->title, QStringLiteral("Typed after the move"));
        QTest::qWait(200);
        QCOMPARE(m_doc->pendingWrites()->count(), 1); // waits, never written to a moved file
        QVERIFY(titleIn(moved, id) != QStringLiteral("Typed after the move"));

        QVERIFY(m_doc->reattach(m_doc->fileStatus().movedTo()));
        QTRY_COMPARE(m_doc->pendingWrites()->count(), 0);
        QCOMPARE(titleIn(moved, id), QStringLiteral("Typed after the move"));
        QVERIFY(m_doc->fileStatus().isOk());
        QCOMPARE(m_doc->filePath(), QFileInfo(moved).absoluteFilePath());
        QVERIFY(m_errors.isEmpty());
        // An ordinary document from there on: undo reaches the moved file too.
        m_doc->undoStack()->undo();
        QVERIFY(titleIn(moved, id) != QStringLiteral("Typed after the move"));
    }

    void deletedFileSavedAsCopyKeepsTheWaitingEdit()
    {
        const qint64 id = m_doc->itemAt(0).id;
        QVERIFY(QFile::remove(m_path));
        QVERIFY(retitle(id, QStringLiteral("Rescued")));
        QCOMPARE(m_doc->pendingWrites()->count(), 1);
        const QString copy = m_dir.filePath(QStringLiteral("rescued-%1.jcroadmap").arg(m_n));
        QVERIFY(m_doc->saveCopyAs(copy));
        QVERIFY(m_doc->reattach(copy));
        QTRY_COMPARE(m_doc->pendingWrites()->count(), 0);
        QCOMPARE(titleIn(copy, id), QStringLiteral("Rescued"));
        QVERIFY(!QFileInfo::exists(m_path));
        QVERIFY(m_errors.isEmpty());
    }

    void withoutWaitingTheReasonIsTold()
    {
        // The command line cannot wait: the edit is refused with what happened, not with
        // SQLite's "attempt to write a readonly database".
        m_doc->pendingWrites()->setEnabled(false);
        QVERIFY(QFile::rename(m_path, m_path + QStringLiteral(".gone")));
        m_doc->checkFileStatus();
        const auto r = retitle(m_doc->itemAt(0).id, QStringLiteral("Refused"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("renamed or moved")),
                 qPrintable(r.errorMessage()));
    }

    void reattachRefusesWhatIsNotARoadmap()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk-%1.jcroadmap").arg(m_n));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a roadmap");
        f.close();
        QVERIFY(!m_doc->reattach(junk));
        QCOMPARE(m_doc->filePath(), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(retitle(m_doc->itemAt(0).id, QStringLiteral("Still here")));
        QCOMPARE(titleIn(m_path, m_doc->itemAt(0).id), QStringLiteral("Still here"));
    }

    void folderTurnedReadOnly()
    {
        // Root writes into read-only folders: the case does not exist for it. Run this case
        // again as an ordinary user (nobody), where it does.
        if (::geteuid() == 0) {
            QTemporaryDir home(QStringLiteral("/tmp/jcr-nobody-XXXXXX"));
            QVERIFY(home.isValid());
            QVERIFY(QFile::setPermissions(home.path(),
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther
                                                  | QFileDevice::ExeOther));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("TMPDIR"), home.path());
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QStringLiteral("setpriv"),
                        {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                         QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                         QStringLiteral("folderTurnedReadOnly")});
            QVERIFY(child.waitForFinished(120000));
            const QString out = QString::fromLocal8Bit(child.readAll());
            QVERIFY2(child.exitCode() == 0, qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("PASS   : TestFileStatus::folderTurnedReadOnly")),
                     qPrintable(out));
            return;
        }
        const qint64 id = m_doc->itemAt(0).id;
        const QString folder = QFileInfo(m_path).absolutePath();
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        QCOMPARE(m_doc->checkFileStatus().problem(), FileStatus::Problem::FolderReadOnly);
        QVERIFY(retitle(id, QStringLiteral("Typed in a read-only folder")));
        QCOMPARE(m_doc->pendingWrites()->count(), 1);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QTest::qWait(200);
        QCOMPARE(m_doc->pendingWrites()->count(), 1);
        // Writable again: the poll notices and the edit is written by itself.
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        m_doc->setPollInterval(50);
        QTRY_VERIFY(m_doc->fileStatus().isOk());
        QTRY_COMPARE(m_doc->pendingWrites()->count(), 0);
        QCOMPARE(titleIn(m_path, id), QStringLiteral("Typed in a read-only folder"));
    }
};

QTEST_GUILESS_MAIN(TestFileStatus)
#include "tst_filestatus.moc"
