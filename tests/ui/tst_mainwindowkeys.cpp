#include "board/boardview.h"
#include "board/cardlistview.h"
#include "commands/edititemcommand.h"
#include "document/roadmapdocument.h"
#include "document/useridentity.h"
#include "editor/itemeditor.h"
#include "mainwindow/itemsview.h"
#include "mainwindow/mainwindow.h"
#include "models/itemfiltermodel.h"
#include "models/roles.h"
#include "seed/seedparser.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace jcr;

namespace {

/// The access key of a menu or label text ("Save a Cop&y" → 'Y'), or a null QChar.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    }
    return {};
}

} // namespace

/// The planner window under the keyboard: menu access keys and F10, standard shortcuts, undo
/// texts, the editor's focus (scrolled into view, Esc back to the view), what the editor shows
/// with nothing selected, and the Preferences (the user's name). Real keys on real widgets.
class TestMainWindowKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menuAccessKeysOpenMenus();
    void noAccessKeyTwiceInAMenu();
    void f10OpensTheMenuBar();
    void undoTextsAreShort();
    void standardShortcuts();
    void focusedFieldIsInViewAndEscGoesBack();
    void escReturnsToTheBoardCard();
    void editorFollowsTheSelection();
    void preferencesChangeTheUserName();

private:
    void selectRow(int row);
    QAction *findAction(const QString &objectName) const;
    bool isInView(QWidget *field) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    qputenv("JCR_TODAY", "2026-11-26");
}

void TestMainWindowKeys::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("roadmap.jcroadmap"));
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    auto created = RoadmapDocument::create(m_path, seed.value());
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_window = std::make_unique<MainWindow>();
    m_window->setDocument(std::move(created.value()));
    // The laptop.
    m_window->resize(1366, 740);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindowKeys::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_window.reset();
    m_dir.reset();
}

void TestMainWindowKeys::selectRow(int row)
{
    ItemsView *view = m_window->itemsView();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->viewTabs()->setCurrentWidget(view);
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->selectionModel()->currentIndex().row(), row);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
}

QAction *TestMainWindowKeys::findAction(const QString &objectName) const
{
    return m_window->findChild<QAction *>(objectName);
}

bool TestMainWindowKeys::isInView(QWidget *field) const
{
    auto *scroll = m_window->itemEditor()->findChild<QScrollArea *>(QStringLiteral("editorScroll"));
    QWidget *viewport = scroll->viewport();
    const QRect r(field->mapTo(viewport, QPoint(0, 0)), field->size());
    return field->isVisible() && viewport->rect().contains(r);
}

void TestMainWindowKeys::menuAccessKeysOpenMenus()
{
    selectRow(3);
    const qint64 id = m_window->currentItemId();
    RoadmapDocument *doc = m_window->document();
    const Health health = doc->item(id)->health;
    QCOMPARE(m_window->itemEditor()->itemId(), id);

    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (const char *title : {"&Help", "&Edit", "&File", "&View"}) {
        QAction *menuAction = nullptr;
        for (QAction *a : menus) {
            if (a->text() == QLatin1String(title))
                menuAction = a;
        }
        QVERIFY2(menuAction, title);
        m_window->itemsView()->setFocus();
        QTRY_VERIFY(m_window->itemsView()->hasFocus());
        QTest::keyClick(m_window->itemsView(), accessKey(menuAction->text()).toLower().unicode(),
                        Qt::AltModifier);
        QTRY_COMPARE(QApplication::activePopupWidget(), menuAction->menu());
        // Nothing in the item changed (the Alt+H had set Health to "At risk").
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(doc->item(id)->health, health);
    }
    QCOMPARE(doc->undoStack()->count(), 0);

    // No label or button in the window answers to a menu's access key.
    QSet<QChar> menuKeys;
    for (QAction *a : menus)
        menuKeys << accessKey(a->text());
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        const QChar key = accessKey(label->text());
        QVERIFY2(key.isNull() || !menuKeys.contains(key), qPrintable(label->text()));
    }
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        const QChar key = accessKey(button->text());
        QVERIFY2(key.isNull() || !menuKeys.contains(key), qPrintable(button->text()));
    }
}

void TestMainWindowKeys::noAccessKeyTwiceInAMenu()
{
    QList<QMenu *> menus;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu())
            menus << a->menu();
    }
    QVERIFY(menus.size() >= 4);
    for (int i = 0; i < menus.size(); ++i) {
        QMenu *menu = menus.at(i);
        QHash<QChar, QString> seen;
        for (QAction *a : menu->actions()) {
            if (a->menu())
                menus << a->menu();
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QChar key = accessKey(a->text());
            if (key.isNull())
                continue;
            QVERIFY2(!seen.contains(key),
                     qPrintable(QStringLiteral("%1: “%2” and “%3” share %4")
                                        .arg(menu->title(), seen.value(key), a->text(), key)));
            seen.insert(key, a->text());
        }
    }
}

void TestMainWindowKeys::f10OpensTheMenuBar()
{
    selectRow(0);
    QTest::keyClick(m_window->itemsView(), Qt::Key_F10);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QCOMPARE(QApplication::activePopupWidget(), m_window->menuBar()->actions().first()->menu());
    // The keyboard goes on from there: Right opens the next menu.
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Right);
    QTRY_COMPARE(QApplication::activePopupWidget(), m_window->menuBar()->actions().at(1)->menu());
}

void TestMainWindowKeys::undoTextsAreShort()
{
    RoadmapDocument *doc = m_window->document();
    const Item before = doc->itemAt(0);
    Item after = before;
    after.title = QStringLiteral("R&D: a very long item title that goes on about the Security of "
                                 "Information Agreement and its entry into force in both "
                                 "countries after the parliamentary procedures are complete");
    doc->undoStack()->push(new EditItemCommand(doc, before, after));
    QAction *undo = findAction(QStringLiteral("undoAction"));
    QAction *redo = findAction(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    const QString shown = undo->text().remove(QLatin1Char('&'));
    QVERIFY2(shown.size() <= 50, qPrintable(shown));
    QVERIFY2(shown.endsWith(QStringLiteral("…")), qPrintable(shown));
    // The whole text is still there for whoever wants it.
    QVERIFY(undo->toolTip().contains(after.title));
    doc->undoStack()->undo();
    QVERIFY(redo->isEnabled());
    QVERIFY2(redo->text().remove(QLatin1Char('&')).size() <= 50, qPrintable(redo->text()));
    // The Edit menu stays a menu, not a banner across the screen.
    QMenu *edit = undo->associatedObjects().isEmpty()
            ? nullptr
            : qobject_cast<QMenu *>(undo->associatedObjects().constLast());
    QVERIFY(edit);
    QVERIFY2(edit->sizeHint().width() < 500, qPrintable(QString::number(edit->sizeHint().width())));
    // A title's ampersand shows as such, not as an access key.
    doc->undoStack()->redo();
    QVERIFY2(undo->text().contains(QLatin1String("&&")), qPrintable(undo->text()));
}

void TestMainWindowKeys::standardShortcuts()
{
    RoadmapDocument *doc = m_window->document();
    QAction *saveCopy = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Save a Copy")))
            saveCopy = a;
    }
    QVERIFY(saveCopy);
    // Shown in the menu…
    QCOMPARE(saveCopy->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    // …and it works: the save dialog opens.
    selectRow(0);
    bool dialogShown = false;
    QTimer::singleShot(200, this, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            dialogShown = true;
            dialog->reject();
        }
    });
    QTest::keyClick(m_window->itemsView(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dialogShown);

    // Redo by both common keys.
    const Item before = doc->itemAt(0);
    Item after = before;
    after.title = QStringLiteral("Renamed");
    doc->undoStack()->push(new EditItemCommand(doc, before, after));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->itemsView()->setFocus();
    QTRY_VERIFY(m_window->itemsView()->hasFocus());
    for (const QKeySequence &redo :
         {QKeySequence(QStringLiteral("Ctrl+Y")), QKeySequence(QStringLiteral("Ctrl+Shift+Z"))}) {
        QTest::keyClick(m_window->itemsView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->item(before.id)->title, before.title);
        QTest::keySequence(m_window->itemsView(), redo);
        QCOMPARE(doc->item(before.id)->title, after.title);
    }
}

void TestMainWindowKeys::focusedFieldIsInViewAndEscGoesBack()
{
    selectRow(5);
    ItemEditor *editor = m_window->itemEditor();
    auto *scroll = editor->findChild<QScrollArea *>(QStringLiteral("editorScroll"));
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));

    // The form scrolled to its end, then Ctrl+E from the table: the title is in view.
    for (const auto &open :
         {QKeySequence(QStringLiteral("Ctrl+E")), QKeySequence(Qt::Key_Return)}) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(!isInView(title));
        QTest::keySequence(m_window->itemsView(), open);
        QTRY_VERIFY(title->hasFocus());
        QTRY_VERIFY2(isInView(title), qPrintable(open.toString()));

        // Every field reached with Tab is in view when it has focus.
        for (int i = 0; i < 25; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            if (!editor->isAncestorOf(focused))
                break;
            QTRY_VERIFY2(isInView(focused),
                         qPrintable(QStringLiteral("%1 %2 at %3,%4 %5x%6")
                                            .arg(QLatin1String(focused->metaObject()->className()),
                                                 focused->objectName())
                                            .arg(focused->mapTo(editor, QPoint()).x())
                                            .arg(focused->mapTo(editor, QPoint()).y())
                                            .arg(focused->width())
                                            .arg(focused->height())));
        }
        // Esc: back to the table, on the same row.
        if (!editor->isAncestorOf(QApplication::focusWidget()))
            title->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(m_window->itemsView()->hasFocus());
        QCOMPARE(m_window->selectionModel()->currentIndex().row(), 5);
    }

    // Ctrl+N too: the new item's title is in view.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QTest::keyClick(m_window->itemsView(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(title->hasFocus());
    QTRY_VERIFY(isInView(title));
}

void TestMainWindowKeys::escReturnsToTheBoardCard()
{
    selectRow(2);
    const qint64 id = m_window->currentItemId();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *board = qobject_cast<BoardView *>(m_window->viewTabs()->currentWidget());
    QVERIFY(board);
    QTRY_COMPARE(board->currentItemId(), id);
    CardListView *cards = qobject_cast<CardListView *>(QApplication::focusWidget());
    if (!cards) {
        board->setCurrentItem(id);
        cards = qobject_cast<CardListView *>(QApplication::focusWidget());
    }
    QVERIFY(cards);
    QTest::keyClick(cards, Qt::Key_Return);
    auto *title = m_window->itemEditor()->findChild<QLineEdit *>(QStringLiteral("title"));
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClick(title, Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(cards));
    QCOMPARE(board->currentItemId(), id);
}

void TestMainWindowKeys::editorFollowsTheSelection()
{
    selectRow(4);
    ItemEditor *editor = m_window->itemEditor();
    const qint64 id = m_window->currentItemId();
    QCOMPARE(editor->itemId(), id);
    const QString title = m_window->document()->item(id)->title;

    // A filter that hides the item: the editor no longer shows it.
    auto *filterText = m_window->findChild<QLineEdit *>();
    for (QLineEdit *e : m_window->findChildren<QLineEdit *>()) {
        if (e->accessibleName() == QLatin1String("Filter text"))
            filterText = e;
    }
    QVERIFY(filterText);
    filterText->setFocus();
    QTest::keyClicks(filterText, QStringLiteral("zzz-nothing-matches"));
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 0);
    QCOMPARE(editor->itemId(), 0);
    QVERIFY2(editor->headerText().contains(QLatin1String("No item selected")),
             qPrintable(editor->headerText()));
    QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("title"))->isVisible());
    QVERIFY(!editor->headerText().contains(title));

    // Close: nothing of the roadmap is left in the editor.
    filterText->clear();
    selectRow(4);
    QCOMPARE(editor->itemId(), id);
    m_window->setDocument(nullptr);
    QVERIFY(editor->headerText().contains(QLatin1String("No roadmap is open")));
    QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("title"))->isVisible());
}

void TestMainWindowKeys::preferencesChangeTheUserName()
{
    QAction *preferences = findAction(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    const QString name = QStringLiteral("Jean-Francois Tremblay-Nakamura, Senior Policy Advisor");
    bool filled = false;
    QTimer::singleShot(100, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("userName"));
        if (!field)
            return;
        // The whole name fits in the field.
        filled = field->width() > field->fontMetrics().horizontalAdvance(name);
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, name);
        QTest::keyClick(field, Qt::Key_Return);
    });
    preferences->trigger();
    QVERIFY(filled);
    QCOMPARE(UserIdentity::name(), name);
    selectRow(1);
    auto *signedBy = m_window->itemEditor()->findChild<QLabel *>(QStringLiteral("updateAuthor"));
    QVERIFY(signedBy);
    QCOMPARE(signedBy->text(), name);
}

QTEST_MAIN(TestMainWindowKeys)
#include "tst_mainwindowkeys.moc"
