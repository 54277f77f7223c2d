// Issue 12, points 8 and 9 in the window: another program's lock, and the file deleted, moved
// or replaced while open. The banner says what happened, the user's typing is kept (it waits),
// and Reopen / Save a Copy As continue with it.
#include "../core/documenttestutil.h"
#include "../support/sqlitelockholder.h"
#include "document/backupmanager.h"
#include "edit/pendingwrites.h"
#include "editor/itemeditor.h"
#include "mainwindow/filestatebanner.h"
#include "mainwindow/itemsview.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace jcr;
using namespace jcr::testutil;

class TestFileStateBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_dialogs;
    QStringList m_messages;
    QString m_saveAs; ///< what a file dialog is answered with

    FileStateBanner *banner() const { return m_window->fileStateBanner(); }
    QString titleIn(const QString &path, qint64 id)
    {
        return sqlite3Cli(path, QStringLiteral("SELECT title FROM item WHERE id = %1").arg(id)).out;
    }
    /// Types \a text into the item editor's title field and presses Return, as a user would.
    void typeTitle(const QString &text)
    {
        auto *title = m_window->itemEditor()->findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        QVERIFY(title->isEnabled());
        title->setFocus();
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(title, text);
        QTest::keyClick(title, Qt::Key_Return);
    }
    qint64 currentId() const { return m_window->currentItemId(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_dialogs.setInterval(50);
        connect(&m_dialogs, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                m_messages << box->text() + QLatin1Char(' ') + box->informativeText();
                box->close();
            } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                // Typed into the name field, as a user would: selectFile() leaves the field
                // alone once it has focus, which under load it sometimes already has.
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(m_saveAs);
                static_cast<QDialog *>(files)->accept(); // QFileDialog hides it
            }
        });
        m_dialogs.start();
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("banner-%1.jcroadmap").arg(++m_n));
        QVERIFY(makeRoadmap(m_path));
        QDir(BackupManager(m_path).directory()).removeRecursively();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openDocument(m_path));
        QVERIFY(currentId() > 0);
        m_window->openItemEditor(currentId());
        m_messages.clear();
        QVERIFY(!banner()->isVisible());
    }

    void cleanup()
    {
        // Nothing may wait at the end (closing would ask).
        if (m_window && m_window->document())
            m_window->document()->pendingWrites()->discardAll();
        m_window.reset();
    }

    void lockedFileKeepsTheEditWaiting()
    {
        const qint64 id = currentId();
        const QString before = titleIn(m_path, id);
        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_path));

        typeTitle(QStringLiteral("Typed while DB Browser holds the file"));
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(
                         QStringLiteral("Waiting for another program to release the file")),
                 qPrintable(banner()->text()));
        QVERIFY(banner()->text().contains(QStringLiteral("1 change")));
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
        QCOMPARE(titleIn(m_path, id), before);
        // The typed title stays on screen and the edit can be undone.
        auto *title = m_window->itemEditor()->findChild<QLineEdit *>(QStringLiteral("title"));
        QCOMPARE(title->text(), QStringLiteral("Typed while DB Browser holds the file"));
        QVERIFY(m_window->document()->undoStack()->canUndo());

        QVERIFY(holder.release());
        QTRY_VERIFY(!banner()->isVisible());
        QCOMPARE(titleIn(m_path, id), QStringLiteral("Typed while DB Browser holds the file"));
        QVERIFY(m_messages.isEmpty());
    }

    void undoWhileWaitingTakesTheEditBack()
    {
        const qint64 id = currentId();
        const QString before = titleIn(m_path, id);
        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_path));
        typeTitle(QStringLiteral("Not wanted after all"));
        QTRY_VERIFY(banner()->isVisible());
        // Edit ▸ Undo through the keyboard, from the board/list (not the line edit's own undo).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->viewTabs()->setCurrentWidget(m_window->itemsView());
        m_window->itemsView()->setFocus();
        QTest::keyClick(m_window->itemsView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!banner()->isVisible());
        QVERIFY(holder.release());
        QTest::qWait(300);
        QCOMPARE(titleIn(m_path, id), before);
        QCOMPARE(m_window->document()->item(id)->title, before);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    }

    void movedFileShowsWhereAndReopens()
    {
        const qint64 id = currentId();
        const QString moved = m_dir.filePath(QStringLiteral("moved-%1.jcroadmap").arg(m_n));
        QVERIFY(QFile::rename(m_path, moved));
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(QStringLiteral("renamed or moved to")),
                 qPrintable(banner()->text()));
        QVERIFY(banner()->text().contains(QDir::toNativeSeparators(moved)));
        QVERIFY(banner()->reopenButton()->isVisible());
        QVERIFY(banner()->saveCopyButton()->isVisible());

        // Typing goes on: the edit waits instead of failing with "readonly database".
        typeTitle(QStringLiteral("Typed after the move"));
        QTRY_VERIFY(banner()->text().contains(QStringLiteral("1 change")));
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));

        QTest::mouseClick(banner()->reopenButton(), Qt::LeftButton);
        QTRY_VERIFY(!banner()->isVisible());
        QCOMPARE(m_window->document()->filePath(), QFileInfo(moved).absoluteFilePath());
        QVERIFY(m_window->windowTitle().contains(QDir::toNativeSeparators(moved)));
        QTRY_COMPARE(titleIn(moved, id), QStringLiteral("Typed after the move"));
        QVERIFY(!QFileInfo::exists(m_path)); // nothing recreated at the old place
        QVERIFY(m_messages.isEmpty());
    }

    void deletedFileIsSavedAsACopyWithTheTyping()
    {
        const qint64 id = currentId();
        QVERIFY(QFile::remove(m_path));
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(QStringLiteral("was deleted")),
                 qPrintable(banner()->text()));
        QVERIFY(!banner()->reopenButton()->isVisible());
        typeTitle(QStringLiteral("Typed after the deletion"));
        QTRY_VERIFY(banner()->text().contains(QStringLiteral("1 change")));

        m_saveAs = m_dir.filePath(QStringLiteral("rescued-%1.jcroadmap").arg(m_n));
        QTest::mouseClick(banner()->saveCopyButton(), Qt::LeftButton);
        QTRY_VERIFY(!banner()->isVisible());
        QCOMPARE(m_window->document()->filePath(), QFileInfo(m_saveAs).absoluteFilePath());
        QTRY_COMPARE(titleIn(m_saveAs, id), QStringLiteral("Typed after the deletion"));
        QCOMPARE(sqlite3Cli(m_saveAs, QStringLiteral("PRAGMA quick_check")).out,
                 QStringLiteral("ok"));
        QVERIFY(!QFileInfo::exists(m_path));
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    }

    void replacedFileIsNoticedAndReopenShowsTheNewOne()
    {
        const qint64 id = currentId();
        const QString other = m_dir.filePath(QStringLiteral("other-%1.jcroadmap").arg(m_n));
        QVERIFY(makeRoadmap(other));
        QCOMPARE(sqlite3Cli(other,
                            QStringLiteral("UPDATE item SET title = 'From the other file' "
                                           "WHERE id = %1")
                                    .arg(id))
                         .exitCode,
                 0);
        // `mv other.jcroadmap roadmap.jcroadmap`: another file now has the path.
        QVERIFY(::rename(QFile::encodeName(other).constData(),
                         QFile::encodeName(m_path).constData())
                == 0);
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(QStringLiteral("replaced by another file")),
                 qPrintable(banner()->text()));
        QVERIFY(banner()->reopenButton()->isVisible());
        QCOMPARE_NE(m_window->document()->item(id)->title, QStringLiteral("From the other file"));

        QTest::mouseClick(banner()->reopenButton(), Qt::LeftButton);
        QTRY_VERIFY(!banner()->isVisible());
        QCOMPARE(m_window->document()->item(id)->title, QStringLiteral("From the other file"));
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    }
};

QTEST_MAIN(TestFileStateBanner)
#include "tst_filestatebanner.moc"
