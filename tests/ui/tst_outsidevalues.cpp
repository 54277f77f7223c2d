#include "../core/documenttestutil.h"
#include "document/backupmanager.h"
#include "editor/itemeditor.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace jcr;
using namespace jcr::testutil;

/**
 * Issue 12, point 6: the window survives any value another program writes (a 17 MB document
 * title written with sqlite3): the file refuses it, and where it cannot, what is drawn is
 * capped.
 */
class TestOutsideValues : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_dialogs;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Message boxes are closed as they appear.
        m_dialogs.setInterval(50);
        connect(&m_dialogs, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->close();
        });
        m_dialogs.start();
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("values-%1.jcroadmap").arg(++m_n));
        QVERIFY(makeRoadmap(m_path));
        QDir(BackupManager(m_path).directory()).removeRecursively();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openDocument(m_path));
    }

    void cleanup() { m_window.reset(); }

    void hugeTitleRefusedByTheFile()
    {
        // 17 MB written by sqlite3 while the window is open: the file's rules (schema 4)
        // refuse it, and the window keeps the title it had.
        const QString before = m_window->windowTitle();
        const CliResult r = sqlite3Cli(
                m_path,
                QStringLiteral("UPDATE setting SET value = hex(zeroblob(8500000)) WHERE key = "
                               "'title'"));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("CHECK constraint failed")), qPrintable(r.err));
        QTest::qWait(300);
        QCOMPARE(m_window->windowTitle(), before);
    }

    void hugeTitleInAFileOfANewerVersion()
    {
        // A file of a newer version opens read-only and is never upgraded, and a file of an
        // older one opened read-only neither: such a file may hold any length. Made here from
        // a current file whose length rules are switched off for the write, then put back, and
        // labelled as written by a newer version. What the window gets is capped (the document
        // reads at most the schema's limits, the window title less).
        const QString path = m_dir.filePath(QStringLiteral("newer-huge.jcroadmap"));
        QVERIFY(makeRoadmap(path));
        const auto swap = [&](const char *from, const char *to) {
            return sqlite3Cli(path,
                              QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema "
                                             "SET sql = replace(replace(sql, 'length(value) %1 "
                                             "10000', 'length(value) %2 10000'), 'length(name) "
                                             "%1 200', 'length(name) %2 200') WHERE name IN "
                                             "('setting', 'priority_area'); UPDATE "
                                             "sqlite_schema SET sql = replace(sql, "
                                             "'length(new_value) %1 100000', "
                                             "'length(new_value) %2 100000') WHERE name = "
                                             "'change_log'; PRAGMA "
                                             "writable_schema = OFF;")
                                      .arg(QLatin1String(from), QLatin1String(to)))
                    .exitCode;
        };
        // The record of change (schema 5) holds the area's new name too: its rule goes as well.
        QCOMPARE(swap("<=", ">="), 0);
        const CliResult r = sqlite3Cli(
                path,
                QStringLiteral("UPDATE setting SET value = hex(zeroblob(8500000)) WHERE key = "
                               "'title'; UPDATE priority_area SET name = "
                               "hex(zeroblob(8500000)) WHERE number = 1; PRAGMA user_version = "
                               "99;"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(swap(">=", "<="), 0);
        QVERIFY(m_window->openDocument(path));
        QVERIFY(m_window->document()->isReadOnly());
        QCOMPARE(m_window->document()->settings().title.size(), MaxSettingLength);
        QCOMPARE(m_window->document()->areas().constFirst().name.size(), MaxNameLength);
        QVERIFY2(m_window->windowTitle().size() <= 200,
                 qPrintable(QString::number(m_window->windowTitle().size())));
        m_window->grab();
        QVERIFY(m_window->isVisible());
    }
};

QTEST_MAIN(TestOutsideValues)
#include "tst_outsidevalues.moc"
