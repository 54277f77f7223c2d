#include "../support/eventloopwatch.h"
#include "../support/modalsteps.h"
#include "../support/ownserver.h"
#include "../support/testserver.h"
#include "document/roadmapdocument.h"
#include "edit/pendingwrites.h"
#include "editor/itemeditor.h"
#include "mainwindow/connectdialog.h"
#include "mainwindow/connectionbanner.h"
#include "mainwindow/filestatebanner.h"
#include "mainwindow/itemsview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "models/itemmodel.h"
#include "seed/seedparser.h"
#include "storage/roadmapstore.h"
#include "storage/serveraddress.h"
#include "storage/serverprobe.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace jcr;

/**
 * Issue 19 in the window: a team roadmap on the tests' PostgreSQL server opened through
 * File ▸ Connect to Team Roadmap… (the same path as File ▸ Open), named by its server in the
 * title and in File ▸ Open Recent, without the file-only parts (file banner, backups), and the
 * banner that says the connection is lost.
 */
class TestMainWindowServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void connectOpensTheTeamRoadmap();
    void openingItAgainKeepsTheDocument();
    void recentFilesReopenIt();
    void theConnectDialogStartsFromTheOpenTeamRoadmap();
    void lostConnectionShowsTheBanner();
    void aSilentServerNeitherFreezesTheWindowNorLosesTheEdit();
    void aHistoryThatCouldNotBeReadIsReadAgain();
    void aRefusedConnectionIsShown();
    void connectingKeepsTheWindowResponsiveAndCanBeCancelled();
    void aServerThatDoesNotAnswerIsShownAndAskedAgain();
    void openingByAddressCanBeCancelledToo();

private:
    QAction *action(const char *objectName) const;
    /// Clicks the title of row \a row in the Items view, as an officer chooses an item.
    void clickRow(int row) const;

    std::unique_ptr<test::TestDatabase> m_database;
    QString m_address;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_messages;
    QTimer m_dialogs;
};

void TestMainWindowServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("jcroadmap-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowserver"));
    QSettings().clear();
    m_database = std::make_unique<test::TestDatabase>();
    m_address = ServerAddress::parse(m_database->url()).value().toString();
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    auto created = RoadmapDocument::create(m_address, seed.value());
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    // Message boxes are recorded and closed.
    m_dialogs.setInterval(50);
    connect(&m_dialogs, &QTimer::timeout, this, [this] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_messages << box->text() + QLatin1Char(' ') + box->informativeText();
            box->close();
        }
    });
    m_dialogs.start();
}

void TestMainWindowServer::cleanupTestCase()
{
    m_window.reset();
    m_database.reset();
}

void TestMainWindowServer::init()
{
    m_messages.clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowServer::cleanup()
{
    m_window.reset();
}

QAction *TestMainWindowServer::action(const char *objectName) const
{
    return m_window->findChild<QAction *>(QLatin1String(objectName));
}

void TestMainWindowServer::clickRow(int row) const
{
    ItemsView *view = m_window->itemsView();
    const QModelIndex index = view->model()->index(row, ItemModel::TitleColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void TestMainWindowServer::connectOpensTheTeamRoadmap()
{
    // File ▸ Connect to Team Roadmap… comes right after Open in New Window….
    QAction *connectAction = action("connectAction");
    QVERIFY(connectAction);
    const QList<QAction *> file = m_window->menuBar()->actions().constFirst()->menu()->actions();
    const qsizetype at = file.indexOf(connectAction);
    QVERIFY(at > 0);
    QCOMPARE(file.at(at - 1), action("openInNewWindowAction"));

    const auto address = ServerAddress::parse(m_address).value();
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->hostField()->setText(address.host);
        dialog->databaseField()->setText(address.database);
        dialog->userField()->setText(address.user);
        QCOMPARE(dialog->addressField()->text(), m_address);
        filled = true;
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    connectAction->trigger();
    QVERIFY(filled);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    RoadmapDocument *doc = m_window->document();
    QVERIFY(doc);
    QCOMPARE(doc->filePath(), m_address);
    QVERIFY(!doc->store().isLocalFile());
    QCOMPARE(QSettings().value(ConnectDialog::settingsKey()).toString(), m_address);

    // Named by its server, not by a "file name" cut out of the address.
    const QString name = address.displayName();
    QVERIFY2(m_window->windowTitle().contains(name), qPrintable(m_window->windowTitle()));
    QVERIFY2(!m_window->windowTitle().contains(QLatin1String("postgresql:")),
             qPrintable(m_window->windowTitle()));
    // Nothing of a file: no file banner, no backup to restore.
    QVERIFY(!m_window->fileStateBanner()->isVisible());
    QVERIFY(!m_window->connectionBanner()->isVisible());
    QAction *restore = nullptr;
    for (QAction *a : file) {
        if (a->text() == QStringLiteral("Restore from &Backup…"))
            restore = a;
    }
    QVERIFY(restore);
    QVERIFY(!restore->isEnabled());
}

void TestMainWindowServer::openingItAgainKeepsTheDocument()
{
    QVERIFY(m_window->openDocument(m_address));
    RoadmapDocument *doc = m_window->document();
    // The address as written in another form names the same roadmap.
    QVERIFY(m_window->openDocument(m_database->url()));
    QCOMPARE(m_window->document(), doc);
}

void TestMainWindowServer::recentFilesReopenIt()
{
    QVERIFY(m_window->openDocument(m_address));
    auto *recent = m_window->findChild<RecentFiles *>();
    QVERIFY(recent);
    QCOMPARE(recent->files().value(0), m_address);
    QMenu *menu = nullptr;
    for (QMenu *m : m_window->findChildren<QMenu *>()) {
        if (m->title() == QLatin1String("Open &Recent"))
            menu = m;
    }
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QAction *entry = menu->actions().value(0);
    QVERIFY(entry);
    QVERIFY2(entry->text().contains(ServerAddress::parse(m_address).value().displayName()),
             qPrintable(entry->text()));
    QVERIFY(entry->isEnabled()); // no file to look for
    m_window->setDocument(nullptr);
    entry->trigger();
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->filePath(), m_address);
}

void TestMainWindowServer::theConnectDialogStartsFromTheOpenTeamRoadmap()
{
    // Opened otherwise than by the dialog (here as from the command line or Open Recent):
    // Connect to Team Roadmap… starts from it, to reach another roadmap on the same server.
    QSettings().remove(ConnectDialog::settingsKey());
    QVERIFY(m_window->openDocument(m_address));
    QString shown;
    test::ModalSteps steps;
    steps.then<ConnectDialog>([&](ConnectDialog *dialog) {
        shown = dialog->address().toString();
        dialog->reject();
    });
    action("connectAction")->trigger();
    QCOMPARE(steps.remaining(), 0);
    QCOMPARE(shown, m_window->document()->filePath());
}

void TestMainWindowServer::lostConnectionShowsTheBanner()
{
    QVERIFY(m_window->openDocument(m_address));
    ConnectionBanner *banner = m_window->connectionBanner();
    QVERIFY(!banner->isVisible());
    QVERIFY(!banner->accessibleName().isEmpty());
    // What the document says when its change feed notices the server gone, and back.
    Q_EMIT m_window->document()->connectionChanged(false, QStringLiteral("no heartbeat for 3 s."));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("(no heartbeat for 3 s)")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("retrying")));
    QVERIFY(banner->y() < m_window->centralWidget()->height() / 2);
    // File troubles are not what this is: the file banner stays away.
    QVERIFY(!m_window->fileStateBanner()->isVisible());
    Q_EMIT m_window->document()->connectionChanged(true, QString());
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Connected again; the roadmap was re-read."));
    // Another document: no banner left over.
    Q_EMIT m_window->document()->connectionChanged(false, QStringLiteral("gone"));
    QVERIFY(banner->isVisible());
    m_window->setDocument(nullptr);
    QVERIFY(!banner->isVisible());
}

void TestMainWindowServer::aSilentServerNeitherFreezesTheWindowNorLosesTheEdit()
{
    // An officer's network goes silent (here the server is paused: nothing is closed, nothing
    // answers) with the roadmap open. The window notices, stays responsive, keeps what is
    // typed meanwhile and saves it when the server answers again.
    test::OwnServer own(QStringLiteral("window"));
    QVERIFY(m_window->openDocument(own.url()));
    RoadmapDocument *doc = m_window->document();
    QTest::qWait(1500); // a heartbeat or two
    QVERIFY(doc->isOnline());
    clickRow(0);
    ItemEditor *editor = m_window->itemEditor();
    const qint64 id = editor->itemId();
    QVERIFY(id > 0);
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problem"));
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
    QVERIFY(problem && title);

    test::EventLoopWatch watch;
    own.control(QStringLiteral("pause"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionBanner()->isVisible(), 5000);

    // Another item and back, then a new title typed: nothing waits for the server, the
    // editor shows no error of its own (the banner says it all), the edit is kept.
    auto *history = editor->findChild<QTreeWidget *>(QStringLiteral("history"));
    QVERIFY(history && history->topLevelItemCount() > 0);
    clickRow(1);
    QVERIFY(editor->itemId() != id);
    QCOMPARE(history->topLevelItemCount(), 0); // not the first item's history under the second
    clickRow(0);
    QCOMPARE(editor->itemId(), id);
    const QString typed = QStringLiteral("Typed while the server is silent");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, typed);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(doc->pendingWrites()->count(), 1);
    QCOMPARE(doc->item(id)->title, typed);
    QTest::qWait(2000);
    const qint64 longestGap = watch.stop();
    QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
    QVERIFY2(problem->isHidden(), qPrintable(problem->text()));

    own.control(QStringLiteral("unpause"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->connectionBanner()->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(doc->pendingWrites()->count(), 0, 5000);
    QVERIFY2(problem->isHidden(), qPrintable(problem->text()));
    QTRY_VERIFY(history->topLevelItemCount() > 0); // read again, with the edit made offline
    m_window->setDocument(nullptr);
    auto saved = RoadmapDocument::open(own.url(), true);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    QCOMPARE(saved.value()->item(id)->title, typed);
}

void TestMainWindowServer::aHistoryThatCouldNotBeReadIsReadAgain()
{
    // The server goes silent just as an item is chosen, before the change feed can notice:
    // reading the item's history waits out the statement limit, fails and says so. Once the
    // server answers again the history is read again, and the message goes with the failure.
    test::OwnServer own(QStringLiteral("history"));
    QVERIFY(m_window->openDocument(own.url()));
    QTest::qWait(1500); // a heartbeat or two
    QVERIFY(m_window->document()->isOnline());
    clickRow(0);
    ItemEditor *editor = m_window->itemEditor();
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem && problem->isHidden());
    own.control(QStringLiteral("pause"));
    QElapsedTimer chosen;
    chosen.start();
    clickRow(1);
    qInfo("choosing an item took %lld ms", chosen.elapsed());
    QVERIFY2(problem->text().startsWith(QLatin1String("Reading the history failed")),
             qPrintable(problem->text()));
    QVERIFY(!problem->isHidden());
    own.control(QStringLiteral("unpause"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->isOnline(), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(problem->isHidden(), qPrintable(problem->text()), 5000);
    m_window->setDocument(nullptr);
}

void TestMainWindowServer::aRefusedConnectionIsShown()
{
    // No such database: the error comes from the server, through the window's error dialog.
    auto address = ServerAddress::parse(m_address).value();
    address.database = QStringLiteral("no_such_roadmap");
    QVERIFY(!m_window->openDocument(address.toString()));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.constFirst().startsWith(address.displayName()),
             qPrintable(m_messages.constFirst()));
    QVERIFY(!m_window->document());
    QVERIFY(!QGuiApplication::overrideCursor());
}

namespace {

/// Takes TCP connections and never answers: a server that hangs (libpq waits for its reply
/// until the connect timeout).
struct SilentServer
{
    SilentServer() { listening = server.listen(QHostAddress::LocalHost); }
    QString address(int connectTimeout) const
    {
        return QStringLiteral("postgresql://officer@127.0.0.1:%1/roadmap?connect_timeout=%2")
                .arg(server.serverPort())
                .arg(connectTimeout);
    }
    /// Closes every connection taken: libpq's wait ends at once.
    void hangUp()
    {
        server.close();
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->abort();
            delete socket;
        }
    }
    QTcpServer server;
    bool listening = false;
};

} // namespace

void TestMainWindowServer::connectingKeepsTheWindowResponsiveAndCanBeCancelled()
{
    SilentServer silent;
    QVERIFY(silent.listening);
    const QString address = silent.address(20);
    // Counts the window's event loop while the server is asked.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    int ticksWhileWaiting = -1;
    QString label;
    QElapsedTimer cancelledAt;
    test::ModalSteps steps;
    steps.then<ConnectDialog>([&](ConnectDialog *dialog) {
             QVERIFY(dialog->setAddressText(address));
             QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
         })
            .then<QProgressDialog>([&](QProgressDialog *progress) {
                label = progress->labelText();
                const int before = ticks;
                QTest::qWait(1000);
                ticksWhileWaiting = ticks - before;
                QVERIFY(progress->isVisible());
                auto *cancel = progress->findChild<QPushButton *>();
                QVERIFY(cancel);
                cancelledAt.start();
                QTest::mouseClick(cancel, Qt::LeftButton);
            })
            .then<ConnectDialog>([&](ConnectDialog *dialog) {
                // At once after Cancel, with the fields as they were.
                QVERIFY2(cancelledAt.elapsed() < 1000,
                         qPrintable(QString::number(cancelledAt.elapsed())));
                QCOMPARE(dialog->address().toString(), address);
                dialog->reject();
            });
    action("connectAction")->trigger();
    QCOMPARE(steps.remaining(), 0);
    QCOMPARE(label, QStringLiteral("Connecting to roadmap on 127.0.0.1…"));
    // A 20 ms timer in one second: about 50 when the window is not blocked; 0 when it is.
    QVERIFY2(ticksWhileWaiting >= 25, qPrintable(QString::number(ticksWhileWaiting)));
    QVERIFY(!m_window->document());
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    // The abandoned attempt ends in the background once the server goes away.
    silent.hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(ServerProbe::runningCount(), 0, 25000);
}

void TestMainWindowServer::aServerThatDoesNotAnswerIsShownAndAskedAgain()
{
    SilentServer silent;
    QVERIFY(silent.listening);
    const QString address = silent.address(2);
    QElapsedTimer clock;
    test::ModalSteps steps;
    steps.then<ConnectDialog>([&](ConnectDialog *dialog) {
             QVERIFY(dialog->setAddressText(address));
             clock.start();
             QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
         }).then<ConnectDialog>([&](ConnectDialog *dialog) {
        // The message box (closed by m_dialogs) came first; then the dialog, as filled.
        QCOMPARE(dialog->address().toString(), address);
        dialog->reject();
    });
    action("connectAction")->trigger();
    QCOMPARE(steps.remaining(), 0);
    QVERIFY2(clock.elapsed() >= 1500 && clock.elapsed() < 15000,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.constFirst().contains(QLatin1String("timeout expired")),
             qPrintable(m_messages.constFirst()));
    QVERIFY(!m_window->document());
}

void TestMainWindowServer::openingByAddressCanBeCancelledToo()
{
    // File ▸ Open Recent and the command line name the server directly: the same wait.
    SilentServer silent;
    QVERIFY(silent.listening);
    QElapsedTimer clock;
    test::ModalSteps steps;
    steps.then<QProgressDialog>([&](QProgressDialog *progress) {
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    clock.start();
    QVERIFY(!m_window->openDocument(silent.address(20)));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(steps.remaining(), 0);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    QVERIFY(!m_window->document());
    silent.hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(ServerProbe::runningCount(), 0, 25000);
}

QTEST_MAIN(TestMainWindowServer)
#include "tst_mainwindowserver.moc"
