#include "../support/sqliteprobe.h"
#include "document/roadmapdocument.h"
#include "editor/dependencyeditor.h"
#include "editor/itemeditor.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "seed/seedparser.h"
#include "timeline/timelinechartview.h"
#include "timeline/timelineview.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace jcr;

/// Issue 13, point 12: dependencies are made and removed in the GUI — in the item editor with a
/// searchable picker of predecessors, and on the timeline by dragging from the handle past a
/// bar's end onto another bar. Loops and self-links are refused with a message; every change
/// is one undo step, checked in the document and in the file.
class TestDependencyEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editorPicksAPredecessorBySearching();
    void editorAddsTheOneMatchOnEnter();
    void editorRemovesAPredecessor();
    void editorRefusesALoop();
    void timelineDragLinksTwoBars();
    void timelineDragRefusesALoop();
    void timelineDragOntoNothingLinksNothing();
    void timelineHandleCoversNoLabel_data();
    void timelineHandleCoversNoLabel();

private:
    qint64 insert(const QString &title, const FuzzyDate &start, const FuzzyDate &end);
    /// The dependencies in the file, "pred>succ" sorted, read by the sqlite3 shell.
    QString fileLinks() const;
    QString link(qint64 from, qint64 to) const { return QStringLiteral("%1>%2").arg(from).arg(to); }
    void showEditorOn(qint64 id);
    void showTimeline();
    void dragOnChart(const QPoint &from, const QPoint &to);

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<RoadmapDocument> m_doc;
    std::unique_ptr<ItemEditor> m_editor;
    std::unique_ptr<TimelineView> m_timeline;
    ItemModel *m_itemModel = nullptr;
    ItemFilterModel *m_filter = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    qint64 m_cyber = 0;
    qint64 m_minerals = 0;
    qint64 m_summit = 0;
};

void TestDependencyEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("JCR_TODAY", "2026-11-26");
    QVERIFY(m_dir.isValid());
}

qint64 TestDependencyEditing::insert(const QString &title, const FuzzyDate &start,
                                     const FuzzyDate &end)
{
    Item it;
    it.title = title;
    it.areaId = m_doc->areas().constFirst().id;
    it.start = start;
    it.end = end;
    it.description = QStringLiteral("");
    const auto stored = m_doc->applyInsertItem(it);
    return stored ? stored.value().id : 0;
}

void TestDependencyEditing::init()
{
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    SeedRoadmap content = seed.value();
    content.items.clear();
    content.organisations.clear();
    auto doc = RoadmapDocument::create(
            m_dir.filePath(QStringLiteral("d%1.jcroadmap").arg(++m_counter)), content);
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    m_doc = std::move(doc.value());
    m_cyber = insert(QStringLiteral("Cyber Policy Dialogue"), FuzzyDate::day(2026, 3, 2),
                     FuzzyDate::day(2026, 3, 31));
    m_minerals = insert(QStringLiteral("Critical minerals cooperation"), FuzzyDate::day(2026, 6, 1),
                        FuzzyDate::day(2026, 7, 31));
    m_summit = insert(QStringLiteral("Leaders' summit preparations"), FuzzyDate::day(2026, 9, 1),
                      FuzzyDate::day(2026, 10, 15));
    QVERIFY(m_cyber && m_minerals && m_summit);
    QCOMPARE(fileLinks(), QString());
}

void TestDependencyEditing::cleanup()
{
    m_editor.reset();
    m_timeline.reset();
    delete m_selection;
    delete m_filter;
    delete m_itemModel;
    m_selection = nullptr;
    m_filter = nullptr;
    m_itemModel = nullptr;
    m_doc.reset();
}

QString TestDependencyEditing::fileLinks() const
{
    return test::sqliteQuery(m_doc->filePath(),
                             QStringLiteral("SELECT group_concat(l, ',') FROM (SELECT "
                                            "predecessor_id || '>' || successor_id AS l FROM "
                                            "dependency ORDER BY l)"));
}

void TestDependencyEditing::showEditorOn(qint64 id)
{
    m_editor = std::make_unique<ItemEditor>();
    m_editor->setDocument(m_doc.get());
    m_editor->setItemId(id);
    m_editor->resize(480, 900);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
}

void TestDependencyEditing::editorPicksAPredecessorBySearching()
{
    showEditorOn(m_minerals);
    auto *picker = m_editor->findChild<DependencyEditor *>();
    QVERIFY(picker);
    QLineEdit *search = picker->searchField();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    // Any part of the title, in any case: "policy" finds "Cyber Policy Dialogue".
    QTest::keyClicks(search, QStringLiteral("policy"));
    QAbstractItemView *popup = picker->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(m_doc->dependencies() == (QList<Dependency> {{m_cyber, m_minerals}}));
    QCOMPARE(fileLinks(), link(m_cyber, m_minerals));
    QTRY_COMPARE(picker->list()->count(), 1);
    QCOMPARE(picker->list()->item(0)->text(), QStringLiteral("Cyber Policy Dialogue"));
    QTRY_COMPARE(search->text(), QString());
    QCOMPARE(m_editor->problem(), QString());

    // One undo step: undo, redo, in the picture, the picker and the file.
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->dependencies().isEmpty());
    QCOMPARE(fileLinks(), QString());
    QCOMPARE(picker->list()->count(), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(fileLinks(), link(m_cyber, m_minerals));
    QCOMPARE(picker->list()->count(), 1);
    // A predecessor is no longer offered; the item itself never is.
    QStringList offered;
    for (int row = 0; row < picker->completer()->model()->rowCount(); ++row)
        offered << picker->completer()->model()->index(row, 0).data().toString();
    QCOMPARE(offered, QStringList {QStringLiteral("Leaders' summit preparations")});
}

void TestDependencyEditing::editorAddsTheOneMatchOnEnter()
{
    showEditorOn(m_summit);
    auto *picker = m_editor->findChild<DependencyEditor *>();
    QLineEdit *search = picker->searchField();
    search->setFocus();
    // "al" is in two titles: Enter says so and adds nothing.
    QTest::keyClicks(search, QStringLiteral("al"));
    picker->completer()->popup()->hide();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY2(m_editor->problem().contains(QStringLiteral("2 items match")),
             qPrintable(m_editor->problem()));
    QVERIFY(m_doc->dependencies().isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // "minerals" is in one: Enter adds it.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("minerals"));
    picker->completer()->popup()->hide();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(fileLinks(), link(m_minerals, m_summit));
    QCOMPARE(m_editor->problem(), QString());
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestDependencyEditing::editorRemovesAPredecessor()
{
    QVERIFY(m_doc->applyChangeDependencies({{m_cyber, m_summit}, {m_minerals, m_summit}}, {}).ok());
    showEditorOn(m_summit);
    auto *picker = m_editor->findChild<DependencyEditor *>();
    QCOMPARE(picker->list()->count(), 2);
    auto *remove = picker->findChild<QPushButton *>(QStringLiteral("removePredecessor"));
    QVERIFY(remove && remove->isVisible());
    QVERIFY(!remove->isEnabled()); // nothing chosen yet
    // Sorted by title: "Critical minerals…" first.
    const QRect second = picker->list()->visualItemRect(picker->list()->item(1));
    QTest::mouseClick(picker->list()->viewport(), Qt::LeftButton, {}, second.center());
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(fileLinks(), link(m_minerals, m_summit));
    QCOMPARE(picker->list()->count(), 1);
    // Delete on the list removes the current one too.
    picker->list()->setFocus();
    picker->list()->setCurrentRow(0);
    QTest::keyClick(picker->list(), Qt::Key_Delete);
    QCOMPARE(fileLinks(), QString());
    m_doc->undoStack()->undo();
    QCOMPARE(fileLinks(), link(m_minerals, m_summit));
    m_doc->undoStack()->undo();
    QCOMPARE(fileLinks(), link(m_cyber, m_summit) + QLatin1Char(',') + link(m_minerals, m_summit));
}

void TestDependencyEditing::editorRefusesALoop()
{
    // The summit waits for the minerals work, which waits for the cyber dialogue.
    QVERIFY(m_doc->applyChangeDependencies({{m_minerals, m_summit}, {m_cyber, m_minerals}}, {})
                    .ok());
    showEditorOn(m_cyber);
    auto *picker = m_editor->findChild<DependencyEditor *>();
    picker->searchField()->setFocus();
    QTest::keyClicks(picker->searchField(), QStringLiteral("summit"));
    picker->completer()->popup()->hide();
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    QVERIFY2(m_editor->problem().contains(QStringLiteral("loop")), qPrintable(m_editor->problem()));
    QCOMPARE(m_doc->dependencies().size(), 2);
    QCOMPARE(fileLinks(),
             link(m_cyber, m_minerals) + QLatin1Char(',') + link(m_minerals, m_summit));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestDependencyEditing::showTimeline()
{
    m_itemModel = new ItemModel(m_doc.get());
    m_filter = new ItemFilterModel;
    m_filter->setSourceModel(m_itemModel);
    m_selection = new QItemSelectionModel(m_filter);
    m_timeline = std::make_unique<TimelineView>();
    m_timeline->setModels(m_doc.get(), m_filter, m_selection);
    m_timeline->resize(1600, 1000);
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
    TimelineChartView *chart = m_timeline->chartView();
    // The first show fits the Roadmap's span: wait for it, then every bar is on screen.
    QTRY_VERIFY(!chart->itemRect(m_summit).isEmpty());
    QTest::qWait(50);
}

void TestDependencyEditing::dragOnChart(const QPoint &from, const QPoint &to)
{
    QWidget *vp = m_timeline->chartView()->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i) {
        const QPoint pos = from + (to - from) * i / 4;
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(vp->mapToGlobal(pos)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &move);
    }
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
}

void TestDependencyEditing::timelineDragLinksTwoBars()
{
    showTimeline();
    TimelineChartView *chart = m_timeline->chartView();
    QWidget *vp = chart->viewport();
    // Select the cyber dialogue: its handle shows past the end of its bar.
    QTest::mouseClick(vp, Qt::LeftButton, {}, chart->itemRect(m_cyber).center());
    const QRect handle = chart->linkHandleRect(m_cyber);
    QVERIFY(!handle.isEmpty());
    QVERIFY(handle.left() > chart->itemRect(m_cyber).right()); // past the end: no resize lost
    const QRect minerals = chart->itemRect(m_minerals);
    const FuzzyDate mineralsStart = m_doc->item(m_minerals)->start;
    dragOnChart(handle.center(), minerals.center());
    QVERIFY(m_doc->dependencies() == (QList<Dependency> {{m_cyber, m_minerals}}));
    QCOMPARE(fileLinks(), link(m_cyber, m_minerals));
    // Linking moved no date and started no drag of the target.
    QCOMPARE(m_doc->item(m_minerals)->start, mineralsStart);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_timeline->messageLabel()->isHidden());
    m_doc->undoStack()->undo();
    QCOMPARE(fileLinks(), QString());
    m_doc->undoStack()->redo();
    QCOMPARE(fileLinks(), link(m_cyber, m_minerals));
}

void TestDependencyEditing::timelineDragRefusesALoop()
{
    QVERIFY(m_doc->applyChangeDependencies({{m_minerals, m_summit}}, {}).ok());
    showTimeline();
    TimelineChartView *chart = m_timeline->chartView();
    QWidget *vp = chart->viewport();
    QTest::mouseClick(vp, Qt::LeftButton, {}, chart->itemRect(m_summit).center());
    dragOnChart(chart->linkHandleRect(m_summit).center(), chart->itemRect(m_minerals).center());
    QVERIFY(m_doc->dependencies() == (QList<Dependency> {{m_minerals, m_summit}}));
    QCOMPARE(fileLinks(), link(m_minerals, m_summit));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_timeline->messageLabel()->isVisible());
    QVERIFY2(m_timeline->messageLabel()->text().contains(QStringLiteral("loop")),
             qPrintable(m_timeline->messageLabel()->text()));
}

void TestDependencyEditing::timelineDragOntoNothingLinksNothing()
{
    showTimeline();
    TimelineChartView *chart = m_timeline->chartView();
    QWidget *vp = chart->viewport();
    QTest::mouseClick(vp, Qt::LeftButton, {}, chart->itemRect(m_cyber).center());
    const QRect handle = chart->linkHandleRect(m_cyber);
    // Back onto its own bar, then onto empty space below every lane: nothing.
    dragOnChart(handle.center(), chart->itemRect(m_cyber).center());
    dragOnChart(chart->linkHandleRect(m_cyber).center(),
                QPoint(handle.center().x() + 200, vp->height() - 20));
    QVERIFY(m_doc->dependencies().isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(fileLinks(), QString());
}

void TestDependencyEditing::timelineHandleCoversNoLabel_data()
{
    QTest::addColumn<int>("zoom"); // -1: the first show's fit of the whole roadmap
    QTest::addRow("whole roadmap") << -1;
    QTest::addRow("weeks") << int(DateScale::Zoom::Weeks);
    QTest::addRow("months") << int(DateScale::Zoom::Months);
    QTest::addRow("quarters") << int(DateScale::Zoom::Quarters);
    QTest::addRow("years") << int(DateScale::Zoom::Years);
}

void TestDependencyEditing::timelineHandleCoversNoLabel()
{
    QFETCH(int, zoom);
    // The whole seeded roadmap: short bars with their labels beside them, crowded rows.
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    auto doc = RoadmapDocument::create(
            m_dir.filePath(QStringLiteral("d%1.jcroadmap").arg(++m_counter)), seed.value());
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    m_doc = std::move(doc.value());
    // showTimeline() waits for this one to be drawn: any item with dates.
    for (const Item &item : m_doc->items()) {
        if (item.start.isValid() && item.end.isValid())
            m_summit = item.id;
    }
    showTimeline();
    TimelineChartView *chart = m_timeline->chartView();
    if (zoom >= 0) {
        chart->setZoom(DateScale::Zoom(zoom));
        chart->scrollToDate(QDate(2026, 2, 20)); // the Joint Statement's milestones

        QTest::qWait(50);
    }
    const QRect visible = chart->viewport()->rect();
    QList<qint64> shown;
    for (const Item &item : m_doc->items()) {
        if (chart->itemRect(item.id).intersects(visible))
            shown << item.id;
    }
    QVERIFY2(shown.size() >= 3, qPrintable(QString::number(shown.size())));
    int labelsBeside = 0;
    for (qint64 id : std::as_const(shown)) {
        const QRect handle = chart->linkHandleRect(id);
        QVERIFY(!handle.isEmpty());
        const QRect label = chart->labelRect(id);
        if (!label.isEmpty() && label.left() > chart->itemRect(id).right())
            ++labelsBeside;
        for (qint64 other : std::as_const(shown)) {
            const QString what = QStringLiteral("handle of \"%1\" at x %2–%3 over %4 of \"%5\"")
                                         .arg(m_doc->item(id)->title)
                                         .arg(handle.left())
                                         .arg(handle.right());
            QVERIFY2(!handle.intersects(chart->labelRect(other)),
                     qPrintable(what.arg(QStringLiteral("the label"), m_doc->item(other)->title)));
            if (other != id)
                QVERIFY2(
                        !handle.intersects(chart->itemRect(other)),
                        qPrintable(what.arg(QStringLiteral("the bar"), m_doc->item(other)->title)));
        }
    }
    // The case of the defect is there: labels beside their bars, where the handle goes.
    QVERIFY(labelsBeside > 0);
}

QTEST_MAIN(TestDependencyEditing)
#include "tst_dependencyediting.moc"
