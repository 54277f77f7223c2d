#include "commands/edititemcommand.h"
#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "seed/seedparser.h"
#include "timeline/exporttimelinedialog.h"
#include "timeline/timelinechartview.h"
#include "timeline/timelinedata.h"
#include "timeline/timelineview.h"
#include "timeline/unscheduledmodel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QItemSelectionModel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace jcr;

/// The Timeline tab driven like a user: drags move and resize items by whole snapping units in
/// one undo step each (checked in the model and in the file), zoom keeps the date under the
/// mouse, edits keep zoom and scroll, undated items dropped on the chart get dates, export.
class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsScheduledItems();
    void dragMovesBothDates();
    void dragEdgesResize();
    void quarterEndKeepsPrecision();
    void dragMilestone();
    void shiftArrowMovesByOneUnit();
    void clickSelectsInSharedSelection();
    void zoomKeepsDateUnderMouse();
    void ctrlWheelZooms();
    void presetsKeepSelectionOrTodayInView();
    void modelChangesKeepZoomAndScroll();
    void filterApplies();
    void dropSchedulesUnscheduledItem();
    void unscheduledListRelaysOutForTitlesOnly();
    void lookChangesRepaintWithoutRepacking();
    void scatteredDeleteLeavesTheModelsRows();
    void firstShowFitsTheRoadmapFromTheTop();
    void exportImage();
    void exportImageFailsCleanly();
    void exportDialogChecksBeforeWriting();

private:
    qint64 insert(const QString &title, int area, const FuzzyDate &start, const FuzzyDate &end,
                  ItemKind kind = ItemKind::Initiative);
    /// start|start_precision|end|end_precision of item \a id, read from the file by sqlite3.
    QString fileDates(qint64 id) const;
    static QString datesOf(const FuzzyDate &start, const FuzzyDate &end);
    void drag(const QPoint &from, const QPoint &to);
    TimelineChartView *chart() const { return m_view->chartView(); }
    const Item &item(qint64 id) const { return *m_document->item(id); }

    QTemporaryDir m_dir;
    int m_fileCounter = 0;
    std::unique_ptr<RoadmapDocument> m_document;
    ItemModel *m_itemModel = nullptr;
    ItemFilterModel *m_filter = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    TimelineView *m_view = nullptr;
    qint64 m_bar = 0; ///< 2 Mar – 31 Mar 2026, area 1
    qint64 m_fuzzy = 0; ///< 1 Apr 2026 – Q3 2026, area 2
    qint64 m_milestone = 0; ///< 15 Jun 2026, area 3
    qint64 m_undated = 0; ///< no dates, area 1
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("JCR_TODAY", "2026-11-26");
    QVERIFY(m_dir.isValid());
}

qint64 TestTimelineView::insert(const QString &title, int area, const FuzzyDate &start,
                                const FuzzyDate &end, ItemKind kind)
{
    Item it;
    it.title = title;
    it.areaId = m_document->areaByNumber(area)->id;
    it.start = start;
    it.end = end;
    it.kind = kind;
    it.description = QStringLiteral(""); // non-null: the column is NOT NULL
    const auto stored = m_document->applyInsertItem(it);
    if (!stored)
        qWarning("insert failed: %s", qPrintable(stored.errorMessage()));
    return stored ? stored.value().id : 0;
}

void TestTimelineView::init()
{
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    SeedRoadmap content = seed.value();
    content.items.clear();
    content.organisations.clear();
    const QString path = m_dir.filePath(QStringLiteral("t%1.jcroadmap").arg(++m_fileCounter));
    auto doc = RoadmapDocument::create(path, content);
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    m_document = std::move(doc.value());
    m_bar = insert(QStringLiteral("Cyber Policy Dialogue"), 1, FuzzyDate::day(2026, 3, 2),
                   FuzzyDate::day(2026, 3, 31));
    m_fuzzy = insert(QStringLiteral("Critical minerals cooperation"), 2, FuzzyDate::day(2026, 4, 1),
                     FuzzyDate::quarter(2026, 3));
    m_milestone = insert(QStringLiteral("Leaders' meeting"), 3, FuzzyDate::day(2026, 6, 15), {},
                         ItemKind::Milestone);
    m_undated = insert(QStringLiteral("Food security cooperation"), 1, {}, {});
    QVERIFY(m_bar && m_fuzzy && m_milestone && m_undated);

    m_itemModel = new ItemModel(m_document.get());
    m_filter = new ItemFilterModel;
    m_filter->setSourceModel(m_itemModel);
    m_selection = new QItemSelectionModel(m_filter);
    m_view = new TimelineView;
    m_view->setModels(m_document.get(), m_filter, m_selection);
    new QAbstractItemModelTester(m_view->unscheduledView()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_view);
    m_view->resize(1600, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->activateWindow();
    chart()->setFocus();
}

void TestTimelineView::cleanup()
{
    delete m_view;
    delete m_selection;
    delete m_filter;
    delete m_itemModel;
    m_document.reset();
}

QString TestTimelineView::fileDates(qint64 id) const
{
    QProcess sqlite;
    sqlite.start(
            QStringLiteral("sqlite3"),
            {QStringLiteral("-readonly"), m_document->filePath(),
             QStringLiteral("SELECT ifnull(start_date,'') || '|' || start_precision || '|' || "
                            "ifnull(end_date,'') || '|' || end_precision FROM item WHERE id = %1")
                     .arg(id)});
    if (!sqlite.waitForFinished(10000))
        return {};
    const QStringList parts
            = QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().split(QLatin1Char('|'));
    if (parts.size() != 4)
        return {};
    const auto fuzzy = [](const QString &date, const QString &precision) {
        if (date.isEmpty())
            return FuzzyDate();
        return FuzzyDate(QDate::fromString(date, Qt::ISODate),
                         enums::precisionFromKey(precision).value_or(DatePrecision::Day));
    };
    return datesOf(fuzzy(parts.at(0), parts.at(1)), fuzzy(parts.at(2), parts.at(3)));
}

QString TestTimelineView::datesOf(const FuzzyDate &start, const FuzzyDate &end)
{
    return start.toText() + QStringLiteral("..") + end.toText();
}

void TestTimelineView::drag(const QPoint &from, const QPoint &to)
{
    QWidget *vp = chart()->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    // Several steps, like a hand: the preview follows, the file does not change yet.
    const int steps = 4;
    for (int i = 1; i <= steps; ++i) {
        // QTest::mouseMove only moves the cursor on some platforms: send the event itself.
        const QPoint pos = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(vp->mapToGlobal(pos)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &move);
    }
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
}

void TestTimelineView::showsScheduledItems()
{
    QVERIFY(!chart()->itemRect(m_bar).isEmpty());
    QVERIFY(!chart()->itemRect(m_fuzzy).isEmpty());
    QVERIFY(!chart()->itemRect(m_milestone).isEmpty());
    QVERIFY(chart()->itemRect(m_undated).isEmpty());
    QCOMPARE(m_view->unscheduledView()->model()->rowCount(), 1);
    QCOMPARE(m_view->unscheduledView()->model()->index(0, 0).data(IdRole).toLongLong(), m_undated);
    // The first show fits the Roadmap's span: 2026 to the end of 2028.
    const auto [from, to] = chart()->visibleRange();
    QVERIFY2(from <= QDate(2026, 1, 1) && to >= QDate(2028, 12, 1),
             qPrintable(from.toString(Qt::ISODate) + QLatin1Char(' ') + to.toString(Qt::ISODate)));
    // A lane is one graphics item, not one per bar.
    QVERIFY(chart()->scene()->items().size() <= 8);
}

void TestTimelineView::dragMovesBothDates()
{
    chart()->setZoom(DateScale::Zoom::Weeks); // 16 px a day, snapping to days
    chart()->scrollToDate(QDate(2026, 2, 20));
    const QRect bar = chart()->itemRect(m_bar);
    QVERIFY(!bar.isEmpty());
    QUndoStack *undo = m_document->undoStack();
    const int before = undo->count();
    const QPoint start = bar.center();
    drag(start, start + QPoint(7 * 16 + 3, 5)); // a week later; a little vertical wobble
    QCOMPARE(undo->count(), before + 1);
    const QString moved = datesOf(FuzzyDate::day(2026, 3, 9), FuzzyDate::day(2026, 4, 7));
    QCOMPARE(datesOf(item(m_bar).start, item(m_bar).end), moved);
    QCOMPARE(fileDates(m_bar), moved);
    QCOMPARE(m_itemModel->indexOfId(m_bar).data(StartDateRole).toDate(), QDate(2026, 3, 9));

    const QString original = datesOf(FuzzyDate::day(2026, 3, 2), FuzzyDate::day(2026, 3, 31));
    undo->undo();
    QCOMPARE(datesOf(item(m_bar).start, item(m_bar).end), original);
    QCOMPARE(fileDates(m_bar), original);
    undo->redo();
    QCOMPARE(datesOf(item(m_bar).start, item(m_bar).end), moved);
    QCOMPARE(fileDates(m_bar), moved);
    // The chart follows the model: the bar is drawn a week to the right.
    QTRY_COMPARE(chart()->itemRect(m_bar).left(), bar.left() + 7 * 16);
}

void TestTimelineView::dragEdgesResize()
{
    chart()->setZoom(DateScale::Zoom::Weeks);
    chart()->scrollToDate(QDate(2026, 2, 20));
    QUndoStack *undo = m_document->undoStack();
    const int before = undo->count();
    QRect bar = chart()->itemRect(m_bar);
    drag(QPoint(bar.right() - 1, bar.center().y()),
         QPoint(bar.right() - 1 + 3 * 16, bar.center().y()));
    QCOMPARE(undo->count(), before + 1);
    QString expected = datesOf(FuzzyDate::day(2026, 3, 2), FuzzyDate::day(2026, 4, 3));
    QCOMPARE(datesOf(item(m_bar).start, item(m_bar).end), expected);
    QCOMPARE(fileDates(m_bar), expected);

    QTRY_VERIFY(chart()->itemRect(m_bar).width() > bar.width());
    bar = chart()->itemRect(m_bar);
    drag(QPoint(bar.left() + 1, bar.center().y()),
         QPoint(bar.left() + 1 - 2 * 16, bar.center().y()));
    QCOMPARE(undo->count(), before + 2);
    expected = datesOf(FuzzyDate::day(2026, 2, 28), FuzzyDate::day(2026, 4, 3));
    QCOMPARE(datesOf(item(m_bar).start, item(m_bar).end), expected);
    QCOMPARE(fileDates(m_bar), expected);
    undo->undo();
    QCOMPARE(fileDates(m_bar), datesOf(FuzzyDate::day(2026, 3, 2), FuzzyDate::day(2026, 4, 3)));
}

void TestTimelineView::quarterEndKeepsPrecision()
{
    chart()->setZoom(DateScale::Zoom::Months); // 4 px a day, snapping to weeks
    chart()->scrollToDate(QDate(2026, 3, 1));
    const QRect bar = chart()->itemRect(m_fuzzy);
    QVERIFY(!bar.isEmpty());
    // Dragging the "Q3 2026" end about three months on makes it "Q4 2026", still a quarter.
    drag(QPoint(bar.right() - 1, bar.center().y()),
         QPoint(bar.right() - 1 + 95 * 4, bar.center().y()));
    QCOMPARE(item(m_fuzzy).end.precision(), DatePrecision::Quarter);
    QCOMPARE(item(m_fuzzy).end.toText(), QStringLiteral("2026-Q4"));
    QCOMPARE(item(m_fuzzy).start, FuzzyDate::day(2026, 4, 1));
    QCOMPARE(fileDates(m_fuzzy), datesOf(FuzzyDate::day(2026, 4, 1), FuzzyDate::quarter(2026, 4)));
    // A small drag of the same end does not move it out of its quarter: no undo step.
    const int count = m_document->undoStack()->count();
    QTRY_VERIFY(chart()->itemRect(m_fuzzy).right() > bar.right());
    const QRect after = chart()->itemRect(m_fuzzy);
    drag(QPoint(after.right() - 1, after.center().y()),
         QPoint(after.right() - 1 + 20, after.center().y()));
    QCOMPARE(m_document->undoStack()->count(), count);
}

void TestTimelineView::dragMilestone()
{
    chart()->setZoom(DateScale::Zoom::Weeks);
    chart()->scrollToDate(QDate(2026, 6, 1));
    const QRect diamond = chart()->itemRect(m_milestone);
    QVERIFY(!diamond.isEmpty());
    drag(diamond.center(), diamond.center() + QPoint(-3 * 16, 0));
    QCOMPARE(item(m_milestone).start, FuzzyDate::day(2026, 6, 12));
    QVERIFY(!item(m_milestone).end.isValid());
    QCOMPARE(fileDates(m_milestone), datesOf(FuzzyDate::day(2026, 6, 12), {}));
}

void TestTimelineView::shiftArrowMovesByOneUnit()
{
    chart()->setZoom(DateScale::Zoom::Weeks);
    chart()->scrollToDate(QDate(2026, 2, 20));
    QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, chart()->itemRect(m_bar).center());
    QCOMPARE(m_selection->currentIndex().data(IdRole).toLongLong(), m_bar);
    const int before = m_document->undoStack()->count();
    QTest::keyClick(chart(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    QCOMPARE(fileDates(m_bar), datesOf(FuzzyDate::day(2026, 3, 3), FuzzyDate::day(2026, 4, 1)));
    // At the months zoom a step is a week.
    chart()->setZoom(DateScale::Zoom::Months);
    QTest::keyClick(chart(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(fileDates(m_bar), datesOf(FuzzyDate::day(2026, 2, 24), FuzzyDate::day(2026, 3, 25)));
}

void TestTimelineView::clickSelectsInSharedSelection()
{
    chart()->setZoom(DateScale::Zoom::Weeks);
    chart()->scrollToDate(QDate(2026, 5, 20));
    QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {},
                      chart()->itemRect(m_milestone).center());
    QCOMPARE(m_selection->selectedRows().size(), 1);
    QCOMPARE(m_selection->selectedRows().constFirst().data(IdRole).toLongLong(), m_milestone);
    QVERIFY(chart()->paintState().selectedIds.contains(m_milestone));
    // Selecting elsewhere (the items view) shows on the chart.
    m_selection->select(m_filter->mapFromSource(m_itemModel->indexOfId(m_bar)),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(chart()->paintState().selectedIds, QSet<qint64>({m_bar}));
    // Double-click asks for the editor.
    QSignalSpy activated(m_view, &TimelineView::itemActivated);
    QTest::mouseDClick(chart()->viewport(), Qt::LeftButton, {},
                       chart()->itemRect(m_milestone).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), m_milestone);
}

void TestTimelineView::zoomKeepsDateUnderMouse()
{
    chart()->setZoom(DateScale::Zoom::Months);
    chart()->scrollToDate(QDate(2026, 3, 1));
    const QPoint anchor(500, 300);
    const QDate under = chart()->dateAt(anchor.x());
    for (double factor : {2.0, 1.7, 0.3, 0.5, 3.0}) {
        chart()->zoomBy(factor, anchor);
        QCOMPARE(chart()->dateAt(anchor.x()), under);
    }
}

void TestTimelineView::presetsKeepSelectionOrTodayInView()
{
    const auto onScreen = [this](qint64 id) {
        return chart()->viewport()->rect().intersects(chart()->itemRect(id));
    };
    // The milestone (15 Jun 2026) selected and on screen right of the middle: the presets keep
    // it in view (zooming around the middle would push it off at weeks).
    chart()->setZoom(DateScale::Zoom::Months);
    chart()->scrollToDate(QDate(2025, 12, 1));
    m_selection->select(m_filter->mapFromSource(m_itemModel->indexOfId(m_milestone)),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(onScreen(m_milestone));
    QVERIFY(chart()->viewport()->rect().center().x() < chart()->itemRect(m_milestone).left());
    for (auto zoom : {DateScale::Zoom::Weeks, DateScale::Zoom::Quarters, DateScale::Zoom::Months,
                      DateScale::Zoom::Weeks}) {
        chart()->setZoom(zoom);
        QVERIFY2(onScreen(m_milestone), qPrintable(QString::number(int(zoom))));
    }
    // Nothing selected: today's line (26 Nov 2026) stays on screen.
    m_selection->clearSelection();
    m_selection->clearCurrentIndex();
    chart()->setZoom(DateScale::Zoom::Years);
    chart()->scrollToDate(QDate(2025, 6, 1));
    const auto todayVisible = [this] {
        const auto [from, to] = chart()->visibleRange();
        return from <= QDate(2026, 11, 26) && QDate(2026, 11, 26) <= to;
    };
    QVERIFY(todayVisible());
    chart()->setZoom(DateScale::Zoom::Weeks);
    QVERIFY(todayVisible());
}

void TestTimelineView::ctrlWheelZooms()
{
    chart()->setZoom(DateScale::Zoom::Months);
    chart()->scrollToDate(QDate(2026, 3, 1));
    const double before = chart()->pixelsPerDay();
    const QPoint anchor(700, 400);
    const QDate under = chart()->dateAt(anchor.x());
    QWheelEvent wheel(QPointF(anchor), QPointF(chart()->viewport()->mapToGlobal(anchor)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(chart()->viewport(), &wheel);
    QVERIFY(chart()->pixelsPerDay() > before);
    QCOMPARE(chart()->dateAt(anchor.x()), under);
    QTest::keyClick(chart(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(chart()->pixelsPerDay(), before);
}

void TestTimelineView::modelChangesKeepZoomAndScroll()
{
    chart()->setZoom(DateScale::Zoom::Weeks);
    chart()->scrollToDate(QDate(2026, 3, 20));
    const double ppd = chart()->pixelsPerDay();
    const int scroll = chart()->horizontalScrollBar()->value();
    const QDate left = chart()->dateAt(0);
    Item after = item(m_fuzzy);
    after.title = QStringLiteral("Critical minerals and batteries");
    after.end = FuzzyDate::quarter(2027, 1);
    m_document->undoStack()->push(new EditItemCommand(m_document.get(), item(m_fuzzy), after));
    QTRY_COMPARE(chart()->chart().data().entries.at(chart()->chart().entryIndexOf(m_fuzzy)).title,
                 after.title);
    QCOMPARE(chart()->pixelsPerDay(), ppd);
    QCOMPARE(chart()->horizontalScrollBar()->value(), scroll);
    QCOMPARE(chart()->dateAt(0), left);
    // Inserted and removed rows too.
    const qint64 added = insert(QStringLiteral("New"), 4, FuzzyDate::day(2026, 5, 1), {});
    QTRY_VERIFY(chart()->chart().entryIndexOf(added) >= 0);
    m_document->undoStack()->undo();
    QTRY_COMPARE(chart()->chart().data().entries.at(chart()->chart().entryIndexOf(m_fuzzy)).end,
                 FuzzyDate::quarter(2026, 3));
    QCOMPARE(chart()->horizontalScrollBar()->value(), scroll);
    QCOMPARE(chart()->pixelsPerDay(), ppd);
}

void TestTimelineView::filterApplies()
{
    m_filter->setAreaIds({m_document->areaByNumber(1)->id});
    QTRY_VERIFY(chart()->itemRect(m_fuzzy).isEmpty());
    QVERIFY(!chart()->itemRect(m_bar).isEmpty());
    m_filter->clearFilters();
    QTRY_VERIFY(!chart()->itemRect(m_fuzzy).isEmpty());
}

void TestTimelineView::unscheduledListRelaysOutForTitlesOnly()
{
    // Issue 11: the undated items' titles wrap, so a relayout measures every row; thousands
    // of undated items made each card move cost 60 ms. Only a title changes a row's height.
    QListView *list = m_view->unscheduledView();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    struct Timers : QObject
    {
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::Timer ? 1 : 0;
            return false;
        }
    } timers;
    list->installEventFilter(&timers);
    const auto settle = [] {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(5);
        }
    };
    QVERIFY(EditService(m_document.get())
                    .editItem(m_undated, [](Item &it) { it.health = Health::AtRisk; })
                    .ok());
    settle();
    QCOMPARE(timers.count, 0); // repainted, not measured again
    const QRect oneLine = list->visualRect(list->model()->index(0, 0));
    QVERIFY(EditService(m_document.get())
                    .editItem(m_undated,
                              [](Item &it) {
                                  it.title = QStringLiteral(
                                          "Food security cooperation between the two countries, "
                                          "with a title long enough to wrap in the side panel");
                              })
                    .ok());
    settle();
    QVERIFY(timers.count > 0);
    // The longer title wrapped: its row grew.
    QTRY_VERIFY(list->visualRect(list->model()->index(0, 0)).height() > oneLine.height());
    // Rows are measured once per title, width and font: a larger font measures them again.
    const int before = list->visualRect(list->model()->index(0, 0)).height();
    QFont larger = list->font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    list->setFont(larger);
    QTRY_VERIFY(list->visualRect(list->model()->index(0, 0)).height() > before * 3 / 2);
    // And per width: a narrower panel wraps the title into more lines.
    const int wide = list->visualRect(list->model()->index(0, 0)).height();
    list->setFixedWidth(list->width() / 2);
    QTRY_VERIFY(list->visualRect(list->model()->index(0, 0)).height() > wide);
}

void TestTimelineView::lookChangesRepaintWithoutRepacking()
{
    // Issue 11: a card moved to another column changes how its bar looks, not where it is.
    // Packing every row of a 100,000-item chart again cost 40 ms of each card move.
    const qint64 id = insert(QStringLiteral("Future dialogue"), 1, FuzzyDate::day(2027, 3, 1),
                             FuzzyDate::day(2027, 6, 30));
    chart()->setZoom(DateScale::Zoom::Months);
    chart()->scrollToDate(QDate(2027, 4, 1));
    QTRY_VERIFY(chart()->itemRect(id).width() > 20);
    const auto settle = [] {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(5);
        }
    };
    settle();
    // The chart repacks its rows from its timers (a rebuild, then preparing the next zoom).
    struct Counter : QObject
    {
        explicit Counter(QEvent::Type counted)
            : type(counted)
        { }
        QEvent::Type type;
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == type ? 1 : 0;
            return false;
        }
    } timers(QEvent::Timer), paints(QEvent::Paint);
    const QList<QTimer *> chartTimers = chart()->findChildren<QTimer *>();
    QVERIFY(!chartTimers.isEmpty());
    // The idle work after the insertion's own repacking is over first.
    QTRY_VERIFY(std::none_of(chartTimers.begin(), chartTimers.end(),
                             [](const QTimer *timer) { return timer->isActive(); }));
    for (QTimer *timer : chartTimers)
        timer->installEventFilter(&timers);
    const QRect bar = chart()->itemRect(id);
    const QImage before = chart()->viewport()->grab().toImage();
    chart()->viewport()->installEventFilter(&paints);

    QVERIFY(EditService(m_document.get())
                    .editItem(id, [](Item &it) { it.status = Status::Done; })
                    .ok());
    settle();
    QCOMPARE(timers.count, 0); // not repacked
    QCOMPARE(chart()->itemRect(id), bar);
    // Repainted: a done bar is grey.
    QTRY_VERIFY(paints.count > 0);
    QVERIFY(chart()->viewport()->grab().toImage().copy(bar) != before.copy(bar));

    // A new start moves the bar: the rows are packed again.
    QVERIFY(EditService(m_document.get())
                    .editItem(id, [](Item &it) { it.start = FuzzyDate::day(2027, 2, 1); })
                    .ok());
    settle();
    QVERIFY(timers.count > 0);
    QTRY_VERIFY(chart()->itemRect(id).left() < bar.left());
    // A change of status does not look for the chart's span again; a change of dates does.
    const double right = chart()->sceneRect().right();
    QVERIFY(EditService(m_document.get())
                    .editItem(id, [](Item &it) { it.end = FuzzyDate::day(2033, 6, 30); })
                    .ok());
    QTRY_VERIFY(chart()->sceneRect().right() > right);
}

void TestTimelineView::scatteredDeleteLeavesTheModelsRows()
{
    // Issue 11: a multi-delete takes its rows out of the chart instead of building the chart
    // again from 100,000 rows. Every other item must stay, in the model's order, and in view.
    QList<qint64> ids;
    for (int i = 0; i < 24; ++i)
        ids << insert(QStringLiteral("Dialogue %1").arg(i), 1 + i % 3,
                      FuzzyDate::day(2027, 1 + i % 12, 1 + i), FuzzyDate::day(2027, 12, 31));
    QList<qint64> deleted;
    for (int i = 0; i < ids.size(); i += 2)
        deleted << ids.at(i); // twelve blocks: the document's scattered removal
    const auto chartIds = [this] {
        QList<qint64> out;
        for (const TimelineEntry &e : chart()->chart().data().entries)
            out << e.id;
        return out;
    };
    const auto modelIds = [this] {
        QList<qint64> out;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            out << m_filter->index(row, 0).data(IdRole).toLongLong();
        return out;
    };
    QTRY_COMPARE(chartIds(), modelIds());
    // Packed exactly as a chart built afresh from the model: labels kept their widths.
    const auto packedAsAfresh = [this] {
        const TimelineChart &shown = chart()->chart();
        TimelineChart fresh;
        fresh.setFont(shown.font());
        fresh.setData(TimelineData::fromModel(*m_filter, *m_document));
        fresh.scale() = shown.scale();
        fresh.setFilter(shown.filter());
        fresh.layout().setMetrics(shown.layout().metrics());
        fresh.relayout();
        if (fresh.data().entries.size() != shown.data().entries.size())
            return QStringLiteral("%1 entries, %2 afresh")
                    .arg(shown.data().entries.size())
                    .arg(fresh.data().entries.size());
        for (int i = 0; i < shown.data().entries.size(); ++i) {
            const int a = shown.layout().placementOf(i);
            const int b = fresh.layout().placementOf(i);
            if ((a < 0) != (b < 0))
                return QStringLiteral("entry %1 placed differently").arg(i);
            if (a < 0)
                continue;
            const LaneLayout::Placement &pa = shown.layout().placements().at(a);
            const LaneLayout::Placement &pb = fresh.layout().placements().at(b);
            if (pa.row != pb.row || !qFuzzyCompare(pa.labelX1 + 1, pb.labelX1 + 1))
                return QStringLiteral("entry %1 (%2): row %3 label end %4, afresh row %5 end %6")
                        .arg(i)
                        .arg(shown.data().entries.at(i).title)
                        .arg(pa.row)
                        .arg(pa.labelX1)
                        .arg(pb.row)
                        .arg(pb.labelX1);
        }
        return QString();
    };
    QTRY_COMPARE(packedAsAfresh(), QString());
    QVERIFY(EditService(m_document.get()).deleteItems(deleted).ok());
    QTRY_COMPARE(chartIds(), modelIds());
    QTRY_COMPARE(packedAsAfresh(), QString());
    for (qint64 id : std::as_const(ids)) {
        const bool gone = deleted.contains(id);
        QCOMPARE(chart()->chart().entryIndexOf(id) < 0, gone);
        QTRY_COMPARE(chart()->itemRect(id).isValid(), !gone);
    }
    m_document->undoStack()->undo();
    QTRY_COMPARE(chartIds(), modelIds());
    QTRY_VERIFY(chart()->itemRect(deleted.constFirst()).isValid());
}

void TestTimelineView::dropSchedulesUnscheduledItem()
{
    chart()->setZoom(DateScale::Zoom::Weeks);
    chart()->scrollToDate(QDate(2026, 5, 1));
    QListView *list = m_view->unscheduledView();
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->model()->index(0, 0)}));
    QVERIFY(mime);
    // Drop into the third lane's rows, on a day in mid-May.
    const QRect milestone = chart()->itemRect(m_milestone); // lane 3, 15 Jun
    const QPoint pos(milestone.center().x() - 31 * 16 - 4, milestone.center().y());
    const QDate day = chart()->dateAt(pos.x());
    const int before = m_document->undoStack()->count();
    // The events of a drag from the list: enter (makes the chart the drop target), move, drop.
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart()->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart()->viewport(), &drop);
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    QCOMPARE(item(m_undated).areaId, m_document->areaByNumber(3)->id);
    QCOMPARE(item(m_undated).start.precision(), DatePrecision::Day);
    QVERIFY(std::abs(item(m_undated).start.first().daysTo(day)) <= 1);
    QVERIFY(item(m_undated).end.isValid());
    QVERIFY(!fileDates(m_undated).startsWith(QLatin1String("..")));
    QTRY_COMPARE(list->model()->rowCount(), 0);
    m_document->undoStack()->undo();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(fileDates(m_undated), datesOf({}, {}));
}

void TestTimelineView::firstShowFitsTheRoadmapFromTheTop()
{
    // As in the main window: the timeline waits in a hidden tab and is shown later, in a window
    // too low for all six lanes.
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("Items"));
    auto *view = new TimelineView;
    view->setModels(m_document.get(), m_filter, m_selection);
    tabs.addTab(view, QStringLiteral("Timeline"));
    tabs.resize(1300, 320);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    tabs.setCurrentIndex(1);
    TimelineChartView *chart = view->chartView();
    QTRY_VERIFY(chart->visibleRange().second >= QDate(2028, 12, 31));
    const auto [from, to] = chart->visibleRange();
    QVERIFY2(from <= QDate(2026, 1, 1), qPrintable(from.toString(Qt::ISODate)));
    // Fitted, not zoomed far out: the span takes most of the width.
    QVERIFY2(from.daysTo(to) < 1.4 * QDate(2026, 1, 1).daysTo(QDate(2028, 12, 31)),
             qPrintable(from.toString(Qt::ISODate) + QLatin1Char(' ') + to.toString(Qt::ISODate)));
    QVERIFY(chart->verticalScrollBar()->maximum() > 0);
    QCOMPARE(chart->verticalScrollBar()->value(), chart->verticalScrollBar()->minimum());
}

void TestTimelineView::exportImage()
{
    const QString png = m_dir.filePath(QStringLiteral("export.png"));
    QVERIFY(m_view->exportImage(png, QDate(2026, 1, 1), QDate(2026, 12, 31), 1000));
    const QImage image(png);
    QCOMPARE(image.width(), 1000);
    QVERIFY(image.height() > 200);
    const QString svg = m_dir.filePath(QStringLiteral("export.svg"));
    QVERIFY(m_view->exportImage(svg, QDate(2026, 1, 1), QDate(2026, 6, 30), 1000));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<text"));
    QVERIFY(content.contains("Cyber Policy Dialogue"));
    QVERIFY(content.contains("Q2 2026"));
    QVERIFY(!content.contains("Q3 2026")); // the requested range ends with June
}

void TestTimelineView::exportImageFailsCleanly()
{
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/t.png"));
    QVERIFY(!m_view->exportImage(missing, QDate(2026, 1, 1), QDate(2026, 12, 31), 800, &error));
    QVERIFY2(error.contains(QStringLiteral("t.png")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    // Replacing an image leaves no temporary file behind.
    const QString png = m_dir.filePath(QStringLiteral("again.png"));
    QVERIFY(m_view->exportImage(png, QDate(2026, 1, 1), QDate(2026, 12, 31), 800));
    QVERIFY(m_view->exportImage(png, QDate(2026, 1, 1), QDate(2026, 6, 30), 600));
    QCOMPARE(QImage(png).width(), 600);
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("again*")});
    QCOMPARE(left, QStringList {QStringLiteral("again.png")});
    // Never over the open roadmap, even reached through a link that looks like an image.
    const QString roadmap = m_document->filePath();
    QFile before(roadmap);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const QString link = m_dir.filePath(QStringLiteral("roadmap-link.png"));
    QVERIFY(QFile::link(roadmap, link));
    error.clear();
    QVERIFY(!m_view->exportImage(link, QDate(2026, 1, 1), QDate(2026, 12, 31), 800, &error));
    QVERIFY2(error.contains(QStringLiteral("not overwritten")), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QFile after(roadmap);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void TestTimelineView::exportDialogChecksBeforeWriting()
{
    // Message boxes are answered by a timer: the texts are recorded, the answer is set below.
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::No;
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked << box->text();
            if (QAbstractButton *button = box->button(answer))
                button->click();
            else
                box->reject();
        }
    });
    closer.start();
    ExportTimelineDialog dialog(QDate(2026, 1, 1), QDate(2026, 12, 31));
    dialog.show();
    const auto tryAccept = [&] {
        dialog.setResult(QDialog::Rejected);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    };
    dialog.setFileName(m_dir.filePath(QStringLiteral("slide.jpg")));
    QVERIFY(!tryAccept());
    QVERIFY(asked.last().contains(QStringLiteral(".png or .svg")));
    dialog.setFileName(m_dir.filePath(QStringLiteral("missing/slide.png")));
    QVERIFY(!tryAccept());
    QVERIFY(asked.last().contains(QStringLiteral("does not exist")));
    // An existing file: No keeps the dialog open, Yes goes ahead.
    const QString existing = m_dir.filePath(QStringLiteral("existing.png"));
    QVERIFY(m_view->exportImage(existing, QDate(2026, 1, 1), QDate(2026, 12, 31), 500));
    dialog.setFileName(existing);
    QVERIFY(!tryAccept());
    QVERIFY(asked.last().contains(QStringLiteral("already exists")));
    answer = QMessageBox::Yes;
    QVERIFY(tryAccept());
    // Dates the wrong way round.
    auto edits = dialog.findChildren<QDateEdit *>();
    QCOMPARE(edits.size(), 2);
    edits.at(0)->setDate(QDate(2027, 1, 1));
    edits.at(1)->setDate(QDate(2026, 1, 1));
    dialog.setFileName(m_dir.filePath(QStringLiteral("new.svg")));
    QVERIFY(!tryAccept());
    QVERIFY(asked.last().contains(QStringLiteral("before the start")));
    QCOMPARE(asked.size(), 5);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
