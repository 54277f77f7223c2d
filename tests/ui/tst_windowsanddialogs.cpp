#include "document/dialogfolders.h"
#include "document/paths.h"
#include "document/roadmapdocument.h"
#include "domain/classificationmarking.h"
#include "edit/editservice.h"
#include "editor/itemeditor.h"
#include "mainwindow/classificationbanner.h"
#include "mainwindow/itemsview.h"
#include "mainwindow/mainwindow.h"
#include "models/itemfiltermodel.h"
#include "seed/seedparser.h"
#include "style/palette.h"
#include "timeline/exporttimelinedialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <functional>
#include <memory>

using namespace jcr;

namespace {

/// Answers the modal dialogs that come up, in order, each with its step.
class ModalScript : public QObject
{
public:
    explicit ModalScript(QList<std::function<void(QWidget *)>> steps)
        : m_steps(std::move(steps))
    {
        m_timer.setInterval(30);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_done >= m_steps.size())
                return;
            m_last = modal;
            m_steps[m_done++](modal);
            // A step that failed left its dialog open: close it, so the test goes on.
            QTimer::singleShot(3000, modal, [modal] {
                if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
                    dialog->reject();
            });
        });
        m_timer.start();
    }
    qsizetype done() const { return m_done; }

private:
    QList<std::function<void(QWidget *)>> m_steps;
    QPointer<QWidget> m_last;
    qsizetype m_done = 0;
    QTimer m_timer;
};

/// Types \a path into a file dialog's name field and presses Enter, as a user would.
void chooseFile(QWidget *modal, const QString &path)
{
    auto *dialog = qobject_cast<QFileDialog *>(modal);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
    QTest::keyClick(name, Qt::Key_Return);
}

} // namespace

/// Receives what the planner asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void openUrl(const QUrl &url) { urls << url; }
};

/// Issue 13, points 14 and 15 and the known defects: each window its own document and undo
/// history; the file dialogs' folders; the PDF notice that opens the file; dialogs that show
/// their values whole and no stray "&"; Ctrl+E from the filter box; a long title's start.
class TestWindowsAndDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newWindowHasItsOwnDocumentAndUndo();
    void openInNewWindowKeepsTheFirst();
    void openDoesNotStartInTheHiddenDataFolder();
    void exportPdfStartsInDocumentsThenTheLastFolder();
    void documentPropertiesShowWholeValues();
    void markingPickedShowsInTheBand();
    void exportImageDialogShowsNoAmpersand();
    void ctrlEInTheFilterBoxEditsTheItem();
    void longTitleShowsItsStart();
    void lastWindowClosedEndsTheApplication();

private:
    QAction *actionNamed(MainWindow *window, const QString &text) const;
    QList<MainWindow *> windows() const;
    QString makeRoadmap(const QString &name);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowsAndDialogs::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A home of this test: its Documents folder, its settings, never the real ones.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Documents")));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_home.filePath(QStringLiteral("settings")));
    qputenv("JCR_TODAY", "2026-11-26");
    // The test decides when the application would end.
    QApplication::setQuitOnLastWindowClosed(false);
}

QString TestWindowsAndDialogs::makeRoadmap(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto seed = seed::loadDefault();
    if (!seed || !RoadmapDocument::create(path, seed.value()))
        return {};
    return path;
}

void TestWindowsAndDialogs::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = makeRoadmap(QStringLiteral("first.jcroadmap"));
    QVERIFY(!path.isEmpty());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDocument(path));
    m_window->resize(1366, 740);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWindowsAndDialogs::cleanup()
{
    for (MainWindow *w : windows()) {
        if (w != m_window.get())
            w->close();
    }
    QTRY_COMPARE(windows().size(), 1);
    m_window.reset();
    m_dir.reset();
}

QList<MainWindow *> TestWindowsAndDialogs::windows() const
{
    QList<MainWindow *> out;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            out << window;
    }
    return out;
}

QAction *TestWindowsAndDialogs::actionNamed(MainWindow *window, const QString &text) const
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

void TestWindowsAndDialogs::newWindowHasItsOwnDocumentAndUndo()
{
    QAction *newWindow = m_window->findChild<QAction *>(QStringLiteral("newWindowAction"));
    QVERIFY(newWindow);
    QCOMPARE(newWindow->text(), QStringLiteral("New &Window"));
    newWindow->trigger();
    QCOMPARE(windows().size(), 2);
    MainWindow *second = nullptr;
    for (MainWindow *w : windows()) {
        if (w != m_window.get())
            second = w;
    }
    QVERIFY(second && second->isVisible());
    QVERIFY(second->testAttribute(Qt::WA_DeleteOnClose));
    QVERIFY(!second->document()); // a fresh window: no roadmap yet
    QVERIFY(second->openDocument(makeRoadmap(QStringLiteral("second.jcroadmap"))));
    QVERIFY(second->document() != m_window->document());

    // An edit in one window is undone there, not in the other.
    EditService edits(m_window->document());
    QVERIFY(edits.createItem(edits.draftItem(Status::Proposed)).ok());
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(second->document()->undoStack()->count(), 0);
    QAction *secondUndo = second->findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *firstUndo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(firstUndo->isEnabled());
    QVERIFY(!secondUndo->isEnabled());

    // Closing one leaves the other with its roadmap (the application ends, as Qt's
    // quitOnLastWindowClosed does, when no window is left).
    QPointer<MainWindow> gone = second;
    second->close();
    QTRY_VERIFY(gone.isNull()); // deleted with its document
    QCOMPARE(windows().size(), 1);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestWindowsAndDialogs::openInNewWindowKeepsTheFirst()
{
    const QString first = m_window->document()->filePath();
    const QString other = makeRoadmap(QStringLiteral("other.jcroadmap"));
    QAction *openInNew = m_window->findChild<QAction *>(QStringLiteral("openInNewWindowAction"));
    QVERIFY(openInNew);
    ModalScript script({[&](QWidget *modal) {
        chooseFile(modal, other);
    }});
    openInNew->trigger();
    QCOMPARE(script.done(), 1);
    QCOMPARE(windows().size(), 2);
    QCOMPARE(m_window->document()->filePath(), first);
    MainWindow *second = nullptr;
    for (MainWindow *w : windows()) {
        if (w != m_window.get())
            second = w;
    }
    QVERIFY(second && second->document());
    QCOMPARE(second->document()->filePath(), QFileInfo(other).absoluteFilePath());
    // The same roadmap again: its window comes forward, no third window opens it twice.
    QCOMPARE(m_window->openInNewWindow(other), second);
    QCOMPARE(windows().size(), 2);
}

void TestWindowsAndDialogs::openDoesNotStartInTheHiddenDataFolder()
{
    // The default roadmap lives in the application's data folder (~/.local/share/…, hidden).
    const QString hidden = paths::defaultRoadmapPath();
    QVERIFY(QDir().mkpath(QFileInfo(hidden).absolutePath()));
    QFile::remove(hidden);
    QVERIFY(QFile::copy(m_window->document()->filePath(), hidden));
    QVERIFY(m_window->openDocument(hidden));
    QVERIFY(DialogFolders::isHidden(QFileInfo(hidden).absolutePath()));
    QString startedIn;
    ModalScript script({[&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        startedIn = dialog->directory().absolutePath();
        dialog->reject();
    }});
    QAction *open = actionNamed(m_window.get(), QStringLiteral("Open…"));
    QVERIFY(open);
    open->trigger();
    QCOMPARE(script.done(), 1);
    QCOMPARE(startedIn, QDir(m_home.filePath(QStringLiteral("Documents"))).absolutePath());
    QVERIFY(!DialogFolders::isHidden(startedIn));
}

void TestWindowsAndDialogs::exportPdfStartsInDocumentsThenTheLastFolder()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "openUrl");
    const QString documents = QDir(m_home.filePath(QStringLiteral("Documents"))).absolutePath();
    const QString briefings = m_dir->filePath(QStringLiteral("briefings"));
    QVERIFY(QDir().mkpath(briefings));
    QAction *exportPdf = actionNamed(m_window.get(), QStringLiteral("Export PDF…"));
    QVERIFY(exportPdf);
    const auto exportTo = [&](const QString &path, QString *startedIn) {
        ModalScript script({[](QWidget *modal) { qobject_cast<QDialog *>(modal)->accept(); },
                            [&](QWidget *modal) {
                                auto *dialog = qobject_cast<QFileDialog *>(modal);
                                QVERIFY(dialog);
                                *startedIn = dialog->directory().absolutePath();
                                chooseFile(modal, path);
                            }});
        exportPdf->trigger();
        QCOMPARE(script.done(), 2);
    };
    QString startedIn;
    const QString first = QDir(briefings).filePath(QStringLiteral("status.pdf"));
    exportTo(first, &startedIn);
    QCOMPARE(startedIn, documents);
    QTRY_VERIFY(QFileInfo(first).size() > 1000);

    // The status bar says so, and a click opens the PDF.
    auto *notice
            = m_window->statusBar()->findChild<QPushButton *>(QStringLiteral("openFileNotice"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("status.pdf")), qPrintable(notice->text()));
    QVERIFY(catcher.urls.isEmpty());
    QTest::mouseClick(notice, Qt::LeftButton);
    QCOMPARE(catcher.urls, QList<QUrl> {QUrl::fromLocalFile(first)});

    // The next export starts where the last one went.
    exportTo(QDir(briefings).filePath(QStringLiteral("second.pdf")), &startedIn);
    QCOMPARE(startedIn, QDir(briefings).absolutePath());
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestWindowsAndDialogs::documentPropertiesShowWholeValues()
{
    DocumentSettings s = m_window->document()->settings();
    s.title = QStringLiteral("Japan–Canada Comprehensive Strategic Roadmap: status for the "
                             "centennial");
    s.office = QStringLiteral("Japan Division, North Asia and Pacific Bureau, Global Affairs");
    QVERIFY(m_window->document()->setSettings(s).ok());
    QAction *properties = actionNamed(m_window.get(), QStringLiteral("Document Properties…"));
    QVERIFY(properties);
    bool checked = false;
    ModalScript script({[&](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        const QRect screen = dialog->screen()->availableGeometry();
        QVERIFY2(dialog->width() <= screen.width(), "the dialog fits the screen");
        for (const char *name : {"title", "classification", "author", "office"}) {
            auto *field = dialog->findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY(field);
            // The whole value shows, from its first character.
            QCOMPARE(field->cursorPosition(), 0);
            const int needed = field->fontMetrics().horizontalAdvance(field->text());
            QVERIFY2(field->width() - 8 >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                                        .arg(QLatin1String(name))
                                        .arg(field->width())
                                        .arg(needed)));
        }
        checked = true;
        dialog->reject();
    }});
    properties->trigger();
    QVERIFY(checked);
}

void TestWindowsAndDialogs::markingPickedShowsInTheBand()
{
    RoadmapDocument *document = m_window->document();
    const DocumentSettings original = document->settings();
    const auto restore = qScopeGuard([&] { QVERIFY(document->setSettings(original).ok()); });
    auto *band = m_window->findChild<ClassificationBanner *>();
    QVERIFY(band);
    QVERIFY(band->isVisible());
    QCOMPARE(band->text(), original.classification);
    QVERIFY(band->accessibleName().contains(original.classification));

    // Picked from the standard markings with the keyboard in Document Properties.
    QAction *properties = actionNamed(m_window.get(), QStringLiteral("Document Properties…"));
    QVERIFY(properties);
    const QString protectedB = QStringLiteral("PROTECTED B / PROTÉGÉ B");
    bool picked = false;
    ModalScript script({[&](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("classification"));
        QVERIFY(field);
        auto *picker = qobject_cast<QComboBox *>(field->parentWidget());
        QVERIFY(picker);
        QVERIFY(picker->findText(protectedB) >= 0);
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Home);
        while (picker->currentText() != protectedB && picker->currentIndex() < picker->count() - 1)
            QTest::keyClick(picker, Qt::Key_Down);
        QCOMPARE(field->text(), protectedB);
        picked = true;
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }});
    properties->trigger();
    QVERIFY(picked);

    // The band says it in words and in the marking's colour, and the file holds it.
    QTRY_COMPARE(band->text(), protectedB);
    QCOMPARE(band->palette().color(QPalette::Window),
             Palette::markingBand(ClassificationMarking::Level::Protected));
    // As drawn on screen, not only as set.
    QCOMPARE(band->grab().toImage().pixelColor(1, 1),
             Palette::markingBand(ClassificationMarking::Level::Protected));
    QVERIFY(band->accessibleName().contains(protectedB));
    QCOMPARE(document->settings().classification, protectedB);
}

void TestWindowsAndDialogs::exportImageDialogShowsNoAmpersand()
{
    ExportTimelineDialog dialog(QDate(2026, 1, 1), QDate(2026, 12, 31));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto labels = dialog.findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (QLabel *label : labels) {
        QString text = label->text();
        // A single "&" is an access key only on a label with a buddy; elsewhere it shows.
        if (text.remove(QStringLiteral("&&")).contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    // And the access key works: Alt+F goes to the file name.
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(dialog.focusWidget() && qobject_cast<QLineEdit *>(dialog.focusWidget()));
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.focusWidget())->text(), dialog.fileName());
}

void TestWindowsAndDialogs::ctrlEInTheFilterBoxEditsTheItem()
{
    ItemsView *view = m_window->itemsView();
    m_window->viewTabs()->setCurrentWidget(view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 0)).center());
    const qint64 id = m_window->currentItemId();
    QVERIFY(id);
    m_window->itemEditor()->setItemId(0);
    // Ctrl+F, then Ctrl+E straight from the filter box.
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QWidget *filter = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(filter));
    QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_window->itemEditor()->itemId(), id);
    QTRY_VERIFY(m_window->itemEditor()->isAncestorOf(QApplication::focusWidget()));
}

void TestWindowsAndDialogs::longTitleShowsItsStart()
{
    const QString title = QStringLiteral("Start of a very long title: the Japan–Canada "
                                         "Economic Security Dialogue on critical minerals, "
                                         "semiconductors, clean energy supply chains and more");
    ItemsView *view = m_window->itemsView();
    m_window->viewTabs()->setCurrentWidget(view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 0)).center());
    const qint64 id = m_window->currentItemId();
    QVERIFY(EditService(m_window->document())
                    .editItem(id, [&](Item &it) { it.title = title; })
                    .ok());
    auto *field = m_window->itemEditor()->findChild<QLineEdit *>(QStringLiteral("title"));
    QVERIFY(field);
    // Shown in the editor, and after Ctrl+E (all selected, for typing over).
    m_window->openItemEditor(0);
    m_window->itemEditor()->setItemId(id);
    QCOMPARE(field->text(), title);
    QCOMPARE(field->cursorPosition(), 0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(field->selectedText(), title);
    QCOMPARE(field->cursorPosition(), 0);
}

void TestWindowsAndDialogs::lastWindowClosedEndsTheApplication()
{
    // As main() runs the planner: Qt's default, which this test case otherwise turns off, and
    // windows made as main() and File ▸ New Window make them. The fixture's window is not one.
    QApplication::setQuitOnLastWindowClosed(true);
    const auto restore = qScopeGuard([] { QApplication::setQuitOnLastWindowClosed(false); });
    m_window->hide();
    QPointer<MainWindow> first = MainWindow::createWindow();
    QVERIFY(first->openDocument(makeRoadmap(QStringLiteral("a.jcroadmap"))));
    first->show();
    QPointer<MainWindow> second = first->newWindow();
    QVERIFY(second->openDocument(makeRoadmap(QStringLiteral("b.jcroadmap"))));
    QVERIFY(QTest::qWaitForWindowExposed(second.data()));

    // Close one window, look a while later, close the other; give up after 10 s.
    QObject timers; // its timers go with it, whatever happens
    bool ranAfterFirstClosed = false;
    int windowsAfterFirstClosed = -1;
    bool gaveUp = false;
    QTimer::singleShot(100, &timers, [&] { first->close(); });
    QTimer::singleShot(700, &timers, [&] {
        ranAfterFirstClosed = true;
        windowsAfterFirstClosed = 0;
        for (MainWindow *w : windows())
            windowsAfterFirstClosed += w->isVisible() ? 1 : 0;
        second->close();
    });
    QTimer::singleShot(10000, &timers, [&] {
        gaveUp = true;
        QCoreApplication::quit();
    });
    QElapsedTimer clock;
    clock.start();
    const int code = QApplication::exec();
    const qint64 elapsed = clock.elapsed();

    // The application went on with one window left, and ended when that one closed.
    QVERIFY2(ranAfterFirstClosed, "the application ended when the first of two windows closed");
    QCOMPARE(windowsAfterFirstClosed, 1);
    QVERIFY2(!gaveUp, "the application went on after its last window closed");
    QCOMPARE(code, 0);
    QVERIFY(elapsed < 5000);
    QTRY_VERIFY(first.isNull() && second.isNull()); // each went with its document
}

QTEST_MAIN(TestWindowsAndDialogs)
#include "tst_windowsanddialogs.moc"
