#include "document/paths.h"
#include "document/roadmapdocument.h"
#include "editor/itemeditor.h"
#include "mainwindow/itemsview.h"
#include "mainwindow/mainwindow.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "seed/seedparser.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace jcr;

namespace {

/// Number of items in the file, read through a second, read-only connection (-1: unreadable).
int itemsInFile(const QString &path)
{
    auto doc = RoadmapDocument::open(path, true);
    return doc ? doc.value()->itemCount() : -1;
}

bool fileHasItem(const QString &path, qint64 id)
{
    auto doc = RoadmapDocument::open(path, true);
    return doc && doc.value()->item(id) != nullptr;
}

/**
 * Watches for modal message boxes (the window shows errors with exec()), remembers what they
 * say and closes them with OK, so that an unexpected box fails the test instead of hanging it.
 */
class MessageBoxCloser : public QObject
{
public:
    MessageBoxCloser()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++shown;
            text = box->text();
            informativeText = box->informativeText();
            all << text + QLatin1String(": ") + informativeText;
            box->button(QMessageBox::Ok)->click();
        });
        m_timer.start();
    }

    int shown = 0;
    QString text;
    QString informativeText;
    QStringList all;

private:
    QTimer m_timer;
};

} // namespace

/// Proves the planner window's wiring, driven through its real widgets, menus and shortcuts:
/// the items view over the shared filter, the status bar, opening files with errors, new and
/// deleted items with undo, the editor dock, read-only documents and the first launch.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheSeededItems();
    void filterTextReducesRowsAndCount();
    void ctrlNumberSwitchesViews();
    void centennialCountdown();
    void openFailureKeepsDocument_data();
    void openFailureKeepsDocument();
    void newItemIsUndoable();
    void deleteSelectedIsUndoable();
    void doubleClickOpensEditor();
    void readOnlyDocument();
    void firstLaunchCreatesDefaultRoadmap();
    void fitsASmallScreen();

private:
    void showWindow(MainWindow *window);
    QLabel *statusLabel(const QString &text) const;
    QAction *action(const QString &text) const;
    QModelIndex rowIndex(int row, int column = ItemModel::TitleColumn) const;
    void clickRow(int row);

    int m_seedItems = 0;
    std::unique_ptr<MessageBoxCloser> m_boxes;
    int m_expectedBoxes = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("JCR_TODAY", "2026-11-26");
    auto seed = seed::loadDefault();
    QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
    m_seedItems = int(seed->items.size());
    QCOMPARE(m_seedItems, 29);
}

void TestMainWindow::init()
{
    m_boxes = std::make_unique<MessageBoxCloser>();
    m_expectedBoxes = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("roadmap.jcroadmap"));
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    auto created = RoadmapDocument::create(m_path, seed.value());
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_window = std::make_unique<MainWindow>();
    m_window->setDocument(std::move(created.value()));
    new QAbstractItemModelTester(m_window->filterModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window->filterModel());
    showWindow(m_window.get());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
    const int shown = m_boxes->shown;
    const QStringList texts = m_boxes->all;
    m_boxes.reset();
    QVERIFY2(shown == m_expectedBoxes, qPrintable(texts.join(QLatin1Char('\n'))));
}

void TestMainWindow::showWindow(MainWindow *window)
{
    window->resize(1400, 860);
    window->show();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

QLabel *TestMainWindow::statusLabel(const QString &text) const
{
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

QAction *TestMainWindow::action(const QString &text) const
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QModelIndex TestMainWindow::rowIndex(int row, int column) const
{
    return m_window->itemsView()->model()->index(row, column);
}

void TestMainWindow::clickRow(int row)
{
    ItemsView *view = m_window->itemsView();
    const QRect rect = view->visualRect(rowIndex(row));
    QVERIFY(view->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->selectionModel()->currentIndex().row(), row);
}

void TestMainWindow::showsTheSeededItems()
{
    ItemsView *view = m_window->itemsView();
    QVERIFY(view);
    QCOMPARE(view->model(), m_window->filterModel());
    QCOMPARE(view->selectionModel(), m_window->selectionModel());
    QCOMPARE(m_window->viewTabs()->currentWidget(), view);
    QCOMPARE(m_window->viewTabs()->tabText(0), QStringLiteral("Items"));
    QCOMPARE(view->model()->rowCount(), 29);
    QVERIFY(statusLabel(QStringLiteral("29 items")));
    // File order, which for the seed is priority-area order (no sort on open).
    int previous = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const int area = rowIndex(row).data(AreaNumberRole).toInt();
        QVERIFY(area >= previous);
        previous = area;
    }
}

void TestMainWindow::filterTextReducesRowsAndCount()
{
    QLabel *count = statusLabel(QStringLiteral("29 items"));
    QVERIFY(count);
    QLineEdit *filter = nullptr;
    for (QLineEdit *edit : m_window->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Filter text"))
            filter = edit;
    }
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("cyber"));

    QAbstractItemModel *model = m_window->itemsView()->model();
    const int shown = model->rowCount();
    QVERIFY2(shown > 0 && shown < 29, qPrintable(QString::number(shown)));
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = rowIndex(row);
        const QString haystack = QStringList {index.data(TitleRole).toString(),
                                              index.data(DescriptionRole).toString(),
                                              index.data(LeadOrganisationsRole).toString(),
                                              index.data(AreaNameRole).toString(),
                                              index.data(TagsRole).toStringList().join(u' ')}
                                         .join(u' ');
        QVERIFY2(haystack.contains(QLatin1String("cyber"), Qt::CaseInsensitive),
                 qPrintable(index.data(TitleRole).toString()));
    }
    QCOMPARE(count->text(), QStringLiteral("%1 of 29 items shown").arg(shown));

    QTest::keyClicks(filter, QStringLiteral("-no-such-words"));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("0 of 29 items shown"));

    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 29);
    QCOMPARE(count->text(), QStringLiteral("29 items"));
}

void TestMainWindow::ctrlNumberSwitchesViews()
{
    // A second tab, so that Ctrl+1 has something to switch from.
    // (after the views the window creates itself: Items, Timeline, …)
    QTabWidget *tabs = m_window->viewTabs();
    const int views = tabs->count();
    auto *other = new QWidget;
    other->setFocusPolicy(Qt::StrongFocus);
    m_window->addView(other, QStringLiteral("Other"));
    QCOMPARE(tabs->count(), views + 1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Board"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Timeline"));

    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + views), Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), other);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_window->itemsView());
    QTRY_VERIFY(m_window->itemsView()->hasFocus());
}

void TestMainWindow::centennialCountdown()
{
    const QString expected = QStringLiteral("401 days to the 2028 centennial year");
    QCOMPARE(m_window->centennialText(), expected);
    QLabel *label = statusLabel(expected);
    QVERIFY(label);
    QVERIFY(label->isVisible());
}

void TestMainWindow::openFailureKeepsDocument_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // empty: the file is not created
    QTest::addColumn<QString>("reason");
    QTest::newRow("not SQLite") << QStringLiteral("notes.jcroadmap")
                                << QByteArray("These are notes, not a roadmap.\n")
                                << QStringLiteral("not an SQLite database");
    QTest::newRow("missing") << QStringLiteral("missing.jcroadmap") << QByteArray()
                             << QStringLiteral("does not exist");
}

void TestMainWindow::openFailureKeepsDocument()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(fileName);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    RoadmapDocument *before = m_window->document();
    QVERIFY(before);

    m_expectedBoxes = 1;
    const bool opened = m_window->openDocument(path);
    QCOMPARE(m_boxes->shown, 1);
    QCOMPARE(m_boxes->text, QStringLiteral("%1 could not be opened").arg(fileName));
    QVERIFY2(m_boxes->informativeText.contains(reason), qPrintable(m_boxes->informativeText));
    QVERIFY(!opened);
    QCOMPARE(m_window->document(), before);
    QCOMPARE(m_window->document()->filePath(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(m_window->itemsView()->model()->rowCount(), 29);
    // Nothing was written in place of the bad or missing file.
    if (content.isEmpty()) {
        QVERIFY(!QFileInfo::exists(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
}

void TestMainWindow::newItemIsUndoable()
{
    RoadmapDocument *doc = m_window->document();
    QAction *newItem = action(QStringLiteral("&New Item"));
    QVERIFY(newItem);
    QVERIFY(newItem->isEnabled());
    QCOMPARE(newItem->shortcut(), QKeySequence(QKeySequence::New));

    // The new item goes to the area of the current row.
    const int row = 20;
    const qint64 areaId = rowIndex(row).data(AreaIdRole).toLongLong();
    QVERIFY(areaId != doc->areas().constFirst().id);
    clickRow(row);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(doc->itemCount(), 30);
    const Item created = doc->itemAt(doc->itemCount() - 1);
    QCOMPARE(created.title, QStringLiteral("New item"));
    QCOMPARE(created.areaId, areaId);
    QCOMPARE(created.status, Status::Proposed);
    QCOMPARE(m_window->itemsView()->model()->rowCount(), 30);
    QCOMPARE(m_window->currentItemId(), created.id);
    QCOMPARE(m_window->itemEditor()->itemId(), created.id);
    QCOMPARE(itemsInFile(m_path), 30);
    QVERIFY(fileHasItem(m_path, created.id));
    QVERIFY(statusLabel(QStringLiteral("30 items")));

    // Undo from the table (in the editor's title field Ctrl+Z undoes typing).
    m_window->itemsView()->setFocus();
    QTRY_VERIFY(m_window->itemsView()->hasFocus());
    QTest::keyClick(m_window->itemsView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->itemCount(), 29);
    QVERIFY(!doc->item(created.id));
    QCOMPARE(m_window->itemsView()->model()->rowCount(), 29);
    QCOMPARE(itemsInFile(m_path), 29);
    QVERIFY(!fileHasItem(m_path, created.id));

    QTest::keySequence(m_window->itemsView(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(doc->itemCount(), 30);
    QVERIFY(doc->item(created.id));
    QVERIFY(fileHasItem(m_path, created.id));
}

void TestMainWindow::deleteSelectedIsUndoable()
{
    RoadmapDocument *doc = m_window->document();
    ItemsView *view = m_window->itemsView();
    const int row = 3;
    const qint64 id = rowIndex(row).data(IdRole).toLongLong();
    const QString title = rowIndex(row).data(TitleRole).toString();
    QVERIFY(id > 0);
    clickRow(row);
    QTRY_VERIFY(view->hasFocus());

    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(doc->itemCount(), 28);
    QVERIFY(!doc->item(id));
    QCOMPARE(view->model()->rowCount(), 28);
    QCOMPARE(itemsInFile(m_path), 28);
    QVERIFY(!fileHasItem(m_path, id));
    QCOMPARE(doc->undoStack()->count(), 1);

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->itemCount(), 29);
    QVERIFY(doc->item(id));
    QCOMPARE(doc->item(id)->title, title);
    QCOMPARE(view->model()->rowCount(), 29);
    QCOMPARE(itemsInFile(m_path), 29);
    QVERIFY(fileHasItem(m_path, id));
}

void TestMainWindow::doubleClickOpensEditor()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("itemEditorDock"));
    QVERIFY(dock);
    dock->hide();
    QVERIFY(!dock->isVisible());
    ItemsView *view = m_window->itemsView();
    const int row = 5;
    const qint64 id = rowIndex(row).data(IdRole).toLongLong();
    QVERIFY(id > 0);
    QVERIFY(m_window->itemEditor()->itemId() != id);

    // What a double click delivers: press, release, press, double click, release (QTest's
    // mouseDClick alone sends only the double-click event).
    const QPoint pos = view->visualRect(rowIndex(row)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QVERIFY(!dock->isVisible());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, pos);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(m_window->itemEditor()->itemId(), id);
    auto *title = m_window->itemEditor()->findChild<QLineEdit *>(QStringLiteral("title"));
    QVERIFY(title);
    QCOMPARE(title->text(), rowIndex(row).data(TitleRole).toString());
    QTRY_VERIFY(title->hasFocus());
}

void TestMainWindow::readOnlyDocument()
{
    auto opened = RoadmapDocument::open(m_path, true);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_window->setDocument(std::move(opened.value()));
    RoadmapDocument *doc = m_window->document();
    QVERIFY(doc->isReadOnly());
    QCOMPARE(m_window->itemsView()->model()->rowCount(), 29);

    QLabel *banner = nullptr;
    for (QLabel *label : m_window->centralWidget()->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("Read-only.")))
            banner = label;
    }
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(doc->readOnlyReason().toHtmlEscaped()));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("[read-only]")));

    QAction *newItem = action(QStringLiteral("&New Item"));
    QVERIFY(newItem);
    QVERIFY(!newItem->isEnabled());
    QVERIFY(!action(QStringLiteral("&Delete Item"))->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    clickRow(0);
    QTest::keyClick(m_window->itemsView(), Qt::Key_Delete);
    QCOMPARE(doc->itemCount(), 29);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(itemsInFile(m_path), 29);

    // A writable document hides the banner and enables New Item again.
    auto writable = RoadmapDocument::open(m_path);
    QVERIFY2(writable.ok(), qPrintable(writable.errorMessage()));
    m_window->setDocument(std::move(writable.value()));
    QVERIFY(!banner->isVisible());
    QVERIFY(newItem->isEnabled());
}

void TestMainWindow::firstLaunchCreatesDefaultRoadmap()
{
    m_window.reset();
    // Test mode puts the default roadmap under $HOME/.qttest; $HOME is a fresh folder here.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", oldHome); });

    const QString path = paths::defaultRoadmapPath();
    QVERIFY2(path.startsWith(home.path() + QLatin1String("/.qttest/")), qPrintable(path));
    QVERIFY(!QFileInfo::exists(path));

    qint64 addedId = 0;
    {
        MainWindow first;
        first.openInitialDocument(QString());
        QVERIFY(first.document());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(first.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!first.document()->isReadOnly());
        QCOMPARE(first.itemsView()->model()->rowCount(), 29);
        QCOMPARE(itemsInFile(path), 29);
        // A change made now must be there on the next launch.
        Item item;
        item.title = QStringLiteral("Added on first launch");
        item.areaId = first.document()->areas().constFirst().id;
        auto inserted = first.document()->applyInsertItem(item);
        QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));
        addedId = inserted->id;
    }
    // The next launch opens the same file; it does not create it again.
    MainWindow second;
    second.openInitialDocument(QString());
    QVERIFY(second.document());
    QCOMPARE(second.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(second.itemsView()->model()->rowCount(), 30);
    QVERIFY(second.document()->item(addedId));
}

void TestMainWindow::fitsASmallScreen()
{
    // A 1280×720 laptop, editor open, on every tab: nothing forces the window past the screen.
    for (int tab = 1; tab <= 3; ++tab) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + tab), Qt::ControlModifier);
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        qInfo("tab %d: minimum %dx%d", tab, minimum.width(), minimum.height());
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 680,
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
