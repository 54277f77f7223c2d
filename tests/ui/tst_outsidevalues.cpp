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
 * Issue 12, point 6: the window survives any value another program writes while it is open
 * (a 17 MB document title written with sqlite3): what is drawn is capped.
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

    void hugeTitleWrittenOutside()
    {
        // 17 MB written by sqlite3 while the window is open.
        const CliResult r = sqlite3Cli(
                m_path,
                QStringLiteral("UPDATE setting SET value = hex(zeroblob(8500000)) WHERE key = "
                               "'title'"));
        if (r.exitCode == 0) {
            QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->settings().title.size() > 1000000, 5000);
        } else {
            // A schema with length limits refuses the value outright.
            QVERIFY2(r.err.contains(QLatin1String("CHECK constraint failed")), qPrintable(r.err));
        }
        // What is drawn is capped: the window title stays short.
        QVERIFY2(m_window->windowTitle().size() <= 200,
                 qPrintable(QString::number(m_window->windowTitle().size())));
        m_window->grab();
        QVERIFY(m_window->isVisible());
    }
};

QTEST_MAIN(TestOutsideValues)
#include "tst_outsidevalues.moc"
