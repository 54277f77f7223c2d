// The record of change in the window (issue 14): the item editor's History merges recorded
// changes with the status notes and filters them; View ▸ Changes lists the roadmap's changes
// and a row leads to its item. Real widgets, real keys.
#include "document/roadmapdocument.h"
#include "document/useridentity.h"
#include "editor/itemeditor.h"
#include "mainwindow/changesview.h"
#include "mainwindow/mainwindow.h"
#include "seed/seedparser.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace jcr;

class TestChangesDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    RoadmapDocument *document() const { return m_window->document(); }
    bool sqlite3(const QString &sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), m_path, sql});
        return p.waitForFinished(20000) && p.exitCode() == 0;
    }
    /// Rows of \a tree whose column \a column contains \a text.
    static int rowsWith(QTreeWidget *tree, int column, const QString &text)
    {
        int n = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            n += tree->topLevelItem(i)->text(column).contains(text) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        UserIdentity::setName(QStringLiteral("Marie Tremblay"));
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("roadmap.jcroadmap"));
        auto seed = seed::loadDefault();
        QVERIFY(seed.ok());
        auto created = RoadmapDocument::create(m_path, seed.value());
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        m_window = std::make_unique<MainWindow>();
        m_window->setDocument(std::move(created.value()));
        m_window->resize(1366, 740);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void editorHistoryMergesAndFilters()
    {
        const qint64 id = m_window->currentItemId();
        QVERIFY(id > 0);
        ItemEditor *editor = m_window->itemEditor();
        auto *history = editor->findChild<QTreeWidget *>(QStringLiteral("history"));
        auto *filter = editor->findChild<QComboBox *>(QStringLiteral("historyFilter"));
        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(history && filter && title);
        // Another program changes the item; the window re-reads the file and the History says
        // who.
        QVERIFY(sqlite3(
                QStringLiteral("UPDATE item SET health = 'off_track' WHERE id = %1").arg(id)));
        QTRY_VERIFY_WITH_TIMEOUT(rowsWith(history, 1, QStringLiteral("another program")) == 1,
                                 3000);
        QCOMPARE(rowsWith(history, 2, QStringLiteral("Health")), 1);
        // The user retitles the item in the editor, with the keyboard.
        m_window->openItemEditor(id);
        QTRY_VERIFY(title->hasFocus());
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Retitled by Marie"));
        QTest::keyClick(title, Qt::Key_Tab);
        QCOMPARE(document()->item(id)->title, QStringLiteral("Retitled by Marie"));
        QTRY_COMPARE(history->topLevelItem(0)->text(1), QStringLiteral("Marie Tremblay"));
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("Title"));
        QVERIFY2(history->topLevelItem(0)->text(3).endsWith(QStringLiteral("→ Retitled by Marie")),
                 qPrintable(history->topLevelItem(0)->text(3)));
        const int all = history->topLevelItemCount();
        // Notes only: the recorded changes go, the seeded notes stay.
        const int notes = int(document()->statusUpdates(id).value().size());
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(filter->currentIndex(), 1);
        QCOMPARE(history->topLevelItemCount(), notes);
        QVERIFY(all > notes);
        QCOMPARE(rowsWith(history, 1, QStringLiteral("another program")), 0);
    }

    void changesDockLeadsToTheItem()
    {
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("changesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
        QVERIFY(!m_window->changesDock()->isVisible());
        qint64 target = 0;
        Status was = Status::Planned;
        for (int row = 5; row < document()->itemCount() && !target; ++row) {
            if (document()->itemAt(row).status != Status::OnHold) {
                target = document()->itemAt(row).id;
                was = document()->itemAt(row).status;
            }
        }
        QVERIFY(target);
        QVERIFY(sqlite3(
                QStringLiteral("UPDATE item SET status = 'on_hold' WHERE id = %1").arg(target)));
        QTRY_COMPARE_WITH_TIMEOUT(document()->item(target)->status, Status::OnHold, 3000);

        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_window->changesDock()->isVisible());
        QTreeWidget *list = m_window->changesView()->list();
        QTRY_VERIFY(list->hasFocus());
        // The outside change is the newest; the seeded items' creation is there too.
        QTRY_VERIFY(list->topLevelItemCount() > 1);
        QTreeWidgetItem *newest = list->topLevelItem(0);
        QCOMPARE(newest->text(ChangesView::WhoColumn), QStringLiteral("another program"));
        QCOMPARE(newest->text(ChangesView::ItemColumn), document()->item(target)->title);
        QCOMPARE(newest->text(ChangesView::WhatColumn),
                 QStringLiteral("Status: %1 → On hold").arg(enums::displayName(was)));
        QVERIFY(rowsWith(list, ChangesView::WhatColumn, QStringLiteral("Item created: ")) > 10);

        // Down to the first row, Enter: the item becomes the current one of every view.
        QVERIFY(m_window->currentItemId() != target);
        list->setCurrentItem(nullptr);
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(list->currentItem(), newest);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_window->currentItemId(), target);

        // A change made in the window appears in the open dock.
        QVERIFY(m_window->itemEditor());
        const int before = list->topLevelItemCount();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(list->topLevelItemCount(), before + 1);
        QCOMPARE(list->topLevelItem(0)->text(ChangesView::WhoColumn),
                 QStringLiteral("Marie Tremblay"));
        // Outside the chosen dates: nothing.
        m_window->changesView()->setRange(QDate(2001, 1, 1), QDate(2001, 12, 31));
        QCOMPARE(list->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestChangesDock)
#include "tst_changesdock.moc"
