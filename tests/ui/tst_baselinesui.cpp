// Baselines in the window (issue 14): Edit ▸ Baselines… creates, renames and deletes them (one
// undo step each); View ▸ Compare With chooses one (or a past day) and the items table shows
// its columns, the board card its "slipped" badge and the timeline its ghost bar. Real widgets.
#include "board/carddelegate.h"
#include "document/roadmapdocument.h"
#include "document/useridentity.h"
#include "edit/editservice.h"
#include "i18n/englishplurals.h"
#include "mainwindow/baselinechooser.h"
#include "mainwindow/baselinesdialog.h"
#include "mainwindow/itemsview.h"
#include "mainwindow/mainwindow.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "seed/seedparser.h"
#include "timeline/timelinechartview.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace jcr;

class TestBaselinesUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_moved = 0;

    RoadmapDocument *document() const { return m_window->document(); }
    QString sqlite3(const QString &sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), m_path, sql});
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    static QPushButton *button(QWidget *parent, const QString &text)
    {
        for (QPushButton *b : parent->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
    QAction *compareAction(const QString &startsWith) const
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("compareMenu"));
        if (!menu)
            return nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(startsWith))
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As main() does: "%n quarter(s)" reads "1 quarter", "2 quarters".
        QCoreApplication::installTranslator(new EnglishPlurals(this));
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
        // One item due in Q3 2026: the baseline's, then moved to Q4 2026.
        m_moved = created.value()->itemAt(0).id;
        QVERIFY(EditService(created.value().get()).editItem(m_moved, [](Item &it) {
            it.start = FuzzyDate::quarter(2026, 1);
            it.end = FuzzyDate::quarter(2026, 3);
            it.status = Status::InProgress;
        }));
        created.value()->undoStack()->clear();
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

    void dialogCreatesRenamesDeletes()
    {
        QUndoStack *stack = document()->undoStack();
        BaselinesDialog dialog(document(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *create = button(&dialog, QStringLiteral("&Create Baseline"));
        QPushButton *rename = button(&dialog, QStringLiteral("&Rename"));
        QPushButton *remove = button(&dialog, QStringLiteral("&Delete"));
        QVERIFY(create && rename && remove);
        QVERIFY(!rename->isEnabled());

        QTest::keyClicks(dialog.nameField(), QStringLiteral("Leaders' meeting March 2026"));
        QTest::keyClicks(dialog.noteField(), QStringLiteral("Before the summit"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(document()->baselines().size(), 1);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(2), QStringLiteral("Before the summit"));
        QCOMPARE(sqlite3(QStringLiteral("SELECT name || '|' || note FROM baseline")),
                 QStringLiteral("Leaders' meeting March 2026|Before the summit"));
        QCOMPARE(sqlite3(QStringLiteral("SELECT count(*) FROM baseline_item")),
                 QString::number(document()->itemCount()));

        // The same name again (another case): refused in words, nothing written.
        dialog.list()->clearSelection();
        dialog.nameField()->clear();
        QTest::keyClicks(dialog.nameField(), QStringLiteral("LEADERS' MEETING MARCH 2026"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY2(dialog.problem().contains(QStringLiteral("already a baseline")),
                 qPrintable(dialog.problem()));
        QCOMPARE(stack->count(), 1);

        // Rename the selected one: click its row, type, press the button.
        QTreeWidget *list = dialog.list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->topLevelItem(0)).center());
        QVERIFY(rename->isEnabled());
        QCOMPARE(dialog.nameField()->text(), QStringLiteral("Leaders' meeting March 2026"));
        dialog.nameField()->selectAll();
        QTest::keyClicks(dialog.nameField(), QStringLiteral("March summit"));
        QTest::mouseClick(rename, Qt::LeftButton);
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("March summit"));
        QCOMPARE(sqlite3(QStringLiteral("SELECT name FROM baseline")),
                 QStringLiteral("March summit"));
        QCOMPARE(stack->count(), 2);

        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(sqlite3(QStringLiteral("SELECT count(*) FROM baseline")), QStringLiteral("0"));
        QCOMPARE(stack->count(), 3);
        // Edit ▸ Undo brings it back whole, and the list shows it.
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(sqlite3(QStringLiteral("SELECT count(*) FROM baseline_item")),
                 QString::number(document()->itemCount()));
        stack->undo();
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Leaders' meeting March 2026"));
        stack->undo();
        QCOMPARE(list->topLevelItemCount(), 0);
        stack->redo();
        QCOMPARE(list->topLevelItemCount(), 1);
    }

    void compareWithBaselineShowsTheSlip()
    {
        auto id = EditService(document()).createBaseline(QStringLiteral("Q3 review"));
        QVERIFY(id);
        QVERIFY(EditService(document()).editItem(m_moved, [](Item &it) {
            it.end = FuzzyDate::quarter(2026, 4);
        }));
        ItemsView *table = m_window->itemsView();
        QVERIFY(table->isColumnHidden(ItemModel::SlipColumn));
        QVERIFY(table->isColumnHidden(ItemModel::BaselineEndColumn));

        QAction *choose = compareAction(QStringLiteral("Q3 review"));
        QVERIFY(choose);
        choose->trigger();
        QVERIFY(!table->isColumnHidden(ItemModel::SlipColumn));
        QVERIFY(!table->isColumnHidden(ItemModel::BaselineStartColumn));
        const QModelIndex row = m_window->itemModel()->indexOfId(m_moved);
        QCOMPARE(row.siblingAtColumn(ItemModel::SlipColumn).data().toString(),
                 QStringLiteral("+1 quarter"));
        QCOMPARE(row.siblingAtColumn(ItemModel::BaselineEndColumn).data().toString(),
                 FuzzyDate::quarter(2026, 3).toDisplayString());
        QVERIFY(row.data(SlippedRole).toBool());
        // The card says it in words (tooltip and badge text); other cards do not.
        QVERIFY2(CardDelegate::toolTip(row).contains(QStringLiteral("Slipped +1 quarter")),
                 qPrintable(CardDelegate::toolTip(row)));
        const QModelIndex other = m_window->itemModel()->index(row.row() == 0 ? 1 : 0, 0);
        QVERIFY(!other.data(SlippedRole).toBool());
        QVERIFY(!CardDelegate::toolTip(other).contains(QStringLiteral("Slipped")));
        // The timeline has the ghost span and the slipped mark.
        auto *chart = m_window->findChild<TimelineChartView *>();
        QVERIFY(chart);
        const auto entryOf = [chart](qint64 itemId) -> const TimelineEntry * {
            for (const TimelineEntry &e : chart->chart().data().entries) {
                if (e.id == itemId)
                    return &e;
            }
            return nullptr;
        };
        QTRY_VERIFY(entryOf(m_moved) && entryOf(m_moved)->slipped);
        QCOMPARE(entryOf(m_moved)->baselineFirst, QDate(2026, 1, 1));
        QCOMPARE(entryOf(m_moved)->baselineLast, QDate(2026, 9, 30));
        // The menu shows the choice.
        QTRY_VERIFY(compareAction(QStringLiteral("Q3 review"))
                    && compareAction(QStringLiteral("Q3 review"))->isChecked());

        // Deleting the chosen baseline goes back to no comparison.
        QVERIFY(EditService(document()).deleteBaseline(id.value()));
        QVERIFY(!row.data(SlippedRole).toBool());
        QVERIFY(table->isColumnHidden(ItemModel::SlipColumn));
        QTRY_VERIFY(compareAction(QStringLiteral("&No Baseline"))->isChecked());
        QTRY_VERIFY(!entryOf(m_moved)->slipped);
    }

    void compareWithADay()
    {
        // What happened before today is trimmed from the record (an archivist may), so that
        // yesterday is the state before the move below.
        sqlite3(QStringLiteral("DELETE FROM change_log"));
        QVERIFY(EditService(document()).editItem(m_moved, [](Item &it) {
            it.end = FuzzyDate::quarter(2027, 1);
        }));
        m_window->baselineChooser()->setDayAsker(
                [](QWidget *, QDate) { return QDate::currentDate().addDays(-1); });
        QAction *day = compareAction(QStringLiteral("A &Day"));
        QVERIFY(day);
        day->trigger();
        const QModelIndex row = m_window->itemModel()->indexOfId(m_moved);
        QCOMPARE(row.siblingAtColumn(ItemModel::SlipColumn).data().toString(),
                 QStringLiteral("+2 quarters"));
        QTRY_VERIFY(compareAction(QStringLiteral("A &Day:"))
                    && compareAction(QStringLiteral("A &Day:"))->isChecked());
        compareAction(QStringLiteral("&No Baseline"))->trigger();
        QVERIFY(!row.data(SlippedRole).toBool());
        QVERIFY(m_window->itemsView()->isColumnHidden(ItemModel::SlipColumn));
    }
};

QTEST_MAIN(TestBaselinesUi)
#include "tst_baselinesui.moc"
