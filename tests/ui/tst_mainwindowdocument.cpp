#include "../core/documenttestutil.h"
#include "document/backupmanager.h"
#include "editor/itemeditor.h"
#include "mainwindow/itemsview.h"
#include "mainwindow/mainwindow.h"
#include "models/itemfiltermodel.h"
#include "models/roles.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace jcr;
using namespace jcr::testutil;

/**
 * The main window and the document's state: the read-only banner and the editing actions
 * follow RoadmapDocument::isReadOnly() (also when it changes while open), the daily backup is
 * taken on opening, and File ▸ Restore from Backup restores one.
 */
class TestMainWindowDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writableDocument();
    void readOnlyDocument();
    void outsideEditsKeepSelectionAndScroll();
    void schemaChangedOutsideTurnsReadOnly();
    void restoreFromBackupMenu();

private:
    QLabel *banner() const;
    QAction *action(const QString &text) const;
    bool editorEditable() const;

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_dialogs;
    QStringList m_messages;
};

void TestMainWindowDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Modal dialogs are answered here: message boxes are recorded and closed (a "Restore"
    // button is pressed), input dialogs take their first choice.
    m_dialogs.setInterval(50);
    connect(&m_dialogs, &QTimer::timeout, this, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            m_messages << box->text() + QLatin1Char(' ') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == QStringLiteral("&Restore")) {
                    b->click();
                    return;
                }
            }
            box->close();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            input->accept();
        }
    });
    m_dialogs.start();
}

void TestMainWindowDocument::init()
{
    m_path = m_dir.filePath(QStringLiteral("window-%1.jcroadmap").arg(++m_n));
    QVERIFY(makeRoadmap(m_path));
    QDir(BackupManager(m_path).directory()).removeRecursively();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_messages.clear();
}

void TestMainWindowDocument::cleanup()
{
    m_window.reset();
}

QLabel *TestMainWindowDocument::banner() const
{
    for (QLabel *l : m_window->findChildren<QLabel *>()) {
        if (l->text().contains(QStringLiteral("Read-only")))
            return l;
    }
    return nullptr;
}

QAction *TestMainWindowDocument::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

bool TestMainWindowDocument::editorEditable() const
{
    const auto edits = m_window->itemEditor()->findChildren<QLineEdit *>();
    return !edits.isEmpty() && edits.constFirst()->isEnabled();
}

void TestMainWindowDocument::writableDocument()
{
    QVERIFY(m_window->openDocument(m_path));
    QVERIFY(!m_window->document()->isReadOnly());
    QVERIFY(!banner() || !banner()->isVisible());
    QVERIFY(action(QStringLiteral("&New Item"))->isEnabled());
    QVERIFY(action(QStringLiteral("Restore from &Backup…"))->isEnabled());
    m_window->openItemEditor(m_window->document()->itemAt(0).id);
    QVERIFY(editorEditable());
    // Opening took today's backup.
    QCOMPARE(BackupManager(m_path).backups().size(), 1);
    QCOMPARE(QFileInfo(BackupManager(m_path).backups().constFirst().path).fileName(),
             QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".jcroadmap"));
}

void TestMainWindowDocument::readOnlyDocument()
{
    // Tests run as root in CI, where file permissions do not stop writes: the read-only state
    // is injected with the explicit mode, and the window must follow isReadOnly().
    auto opened = RoadmapDocument::open(m_path, true);
    QVERIFY(opened);
    m_window->setDocument(std::move(opened.value()));
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY(banner());
    QVERIFY(banner()->isVisible());
    QVERIFY(banner()->text().contains(QStringLiteral("opened read-only")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!action(QStringLiteral("&New Item"))->isEnabled());
    QVERIFY(!action(QStringLiteral("&Delete Item"))->isEnabled());
    QVERIFY(!action(QStringLiteral("Restore from &Backup…"))->isEnabled());
    m_window->openItemEditor(m_window->document()->itemAt(0).id);
    QVERIFY(!editorEditable());
    // No backup of a file that cannot change through this window.
    QVERIFY(BackupManager(m_path).backups().isEmpty());
}

void TestMainWindowDocument::outsideEditsKeepSelectionAndScroll()
{
    QVERIFY(m_window->openDocument(m_path));
    m_window->resize(1000, 420); // fewer rows than items: the view scrolls
    ItemsView *view = m_window->itemsView();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QScrollBar *bar = view->verticalScrollBar();
    QVERIFY(bar->maximum() > 3);
    bar->setValue(bar->maximum() / 2);
    const int scrolled = bar->value();
    const QModelIndex chosen = view->indexAt(view->viewport()->rect().center());
    QVERIFY(chosen.isValid());
    m_window->selectionModel()->setCurrentIndex(
            chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 id = chosen.data(IdRole).toLongLong();
    m_window->openItemEditor(id);
    view->setFocus();

    // Another program renames the chosen item, changes another and adds one.
    const qint64 other = m_window->document()->itemAt(0).id;
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("UPDATE item SET title = title || ' (renamed)' WHERE id = "
                                       "%1; UPDATE item SET progress = 77 WHERE id = %2; "
                                       "INSERT INTO item (area_id, title) SELECT area_id, "
                                       "'Added outside' FROM item WHERE id = %2")
                                .arg(id)
                                .arg(other))
                     .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(
            m_window->document()->item(id)->title.endsWith(QStringLiteral("(renamed)")), 1000);
    QTRY_COMPARE(m_window->filterModel()->rowCount(), m_window->document()->itemCount());
    QCOMPARE(m_window->currentItemId(), id);
    QCOMPARE(m_window->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_window->selectionModel()->selectedRows().constFirst().data(IdRole).toLongLong(), id);
    QCOMPARE(bar->value(), scrolled);
    // The editor shows the new title.
    bool editorShows = false;
    for (QLineEdit *e : m_window->itemEditor()->findChildren<QLineEdit *>())
        editorShows = editorShows || e->text().endsWith(QStringLiteral("(renamed)"));
    QVERIFY(editorShows);
}

void TestMainWindowDocument::schemaChangedOutsideTurnsReadOnly()
{
    QVERIFY(m_window->openDocument(m_path));
    m_window->openItemEditor(m_window->document()->itemAt(0).id);
    QVERIFY(editorEditable());
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON item BEGIN "
                                       "DELETE FROM item; END"))
                     .exitCode,
             0);
    // Noticed by the document's poll, within a second.
    QTRY_VERIFY_WITH_TIMEOUT(banner() && banner()->isVisible(), 1500);
    QVERIFY(banner()->text().contains(QStringLiteral("changed the structure")));
    QVERIFY(!action(QStringLiteral("&New Item"))->isEnabled());
    QVERIFY(!editorEditable());
    QTRY_VERIFY(!m_messages.isEmpty());
    QVERIFY(m_messages.constLast().contains(QStringLiteral("unexpected trigger")));
}

void TestMainWindowDocument::restoreFromBackupMenu()
{
    QVERIFY(m_window->openDocument(m_path));
    RoadmapDocument *doc = m_window->document();
    const Item first = doc->itemAt(0);
    // Edit after today's backup, then restore it through the menu.
    Item changed = first;
    changed.title = QStringLiteral("Changed after the backup");
    QVERIFY(doc->applyUpdateItem(changed));
    QCOMPARE(BackupManager(m_path).backups().size(), 1);
    action(QStringLiteral("Restore from &Backup…"))->trigger();
    QCOMPARE(doc->item(first.id)->title, first.title);
    QCOMPARE(
            sqlite3Cli(m_path, QStringLiteral("SELECT title FROM item WHERE id = %1").arg(first.id))
                    .out,
            first.title);
    // The replaced content was kept as a backup too.
    QCOMPARE(BackupManager(m_path).backups().size(), 2);
    QVERIFY(m_messages.constLast().contains(QStringLiteral("Replace the whole roadmap")));
}

QTEST_MAIN(TestMainWindowDocument)
#include "tst_mainwindowdocument.moc"
