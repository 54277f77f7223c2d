#include "timeline/timelinenavigation.h"

#include <QTest>

using namespace jcr;

namespace {

PriorityArea area(qint64 id, int number)
{
    PriorityArea a;
    a.id = id;
    a.number = number;
    a.name = QStringLiteral("Area %1").arg(number);
    a.colour = Qt::blue;
    return a;
}

TimelineEntry bar(qint64 id, qint64 areaId, QDate start, QDate end)
{
    TimelineEntry e;
    e.id = id;
    e.areaId = areaId;
    e.title = QStringLiteral("Item %1").arg(id);
    e.start = FuzzyDate(start, DatePrecision::Day);
    e.end = FuzzyDate(end, DatePrecision::Day);
    return e;
}

} // namespace

/// Issue 18: the arrow keys' rule on the timeline (TimelineNavigation), on a known layout.
///
/// Area 1:  row 0:  [1 Jan–Mar]   [2 May–Jun]   [3 Sep–Oct]
///          row 1:       [4 Feb–Aug]
/// Area 2:  row 0:            [5 Jul–Dec]
/// Area 3 (folded): 6
class TestTimelineNavigation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void steps_data();
    void steps();
    void nothingCurrentStartsAtTheFirstItem();
    void foldedLanesAreSkipped();
    void everyItemIsReachable();

private:
    /// The item id at placement \a p (0 for -1).
    qint64 idAt(int p) const;
    int placementOf(qint64 id) const;

    TimelineData m_data;
    LaneLayout m_layout;
};

void TestTimelineNavigation::init()
{
    m_data = {};
    m_data.areas = {area(1, 1), area(2, 2), area(3, 3)};
    // Entries deliberately not in date order: the rule must not depend on the model's order.
    m_data.entries = {bar(3, 1, QDate(2026, 9, 1), QDate(2026, 10, 31)),
                      bar(1, 1, QDate(2026, 1, 1), QDate(2026, 3, 31)),
                      bar(4, 1, QDate(2026, 2, 1), QDate(2026, 8, 31)),
                      bar(2, 1, QDate(2026, 5, 1), QDate(2026, 6, 30)),
                      bar(5, 2, QDate(2026, 7, 1), QDate(2026, 12, 31)),
                      bar(6, 3, QDate(2026, 1, 1), QDate(2026, 2, 1))};
    // No labels: bars alone decide the packing, so the rows above are what the layout makes.
    TimelineMetrics metrics;
    metrics.labelsInsideBars = false;
    m_layout.setMetrics(metrics);
    LaneLayout::Filter filter;
    filter.collapsedAreaIds = {3};
    m_layout.build(m_data, QList<double>(m_data.entries.size(), 0.0),
                   DateScale(QDate(2026, 1, 1), 2.0), filter);
    // The layout is as drawn above.
    const auto rowOf = [this](qint64 id) {
        return m_layout.placements().at(placementOf(id)).row;
    };
    QCOMPARE(rowOf(1), 0);
    QCOMPARE(rowOf(2), 0);
    QCOMPARE(rowOf(3), 0);
    QCOMPARE(rowOf(4), 1);
    QCOMPARE(rowOf(5), 0);
    QCOMPARE(placementOf(6), -1);
}

qint64 TestTimelineNavigation::idAt(int p) const
{
    return p < 0 ? 0 : m_data.entries.at(m_layout.placements().at(p).entry).id;
}

int TestTimelineNavigation::placementOf(qint64 id) const
{
    for (int i = 0; i < m_data.entries.size(); ++i) {
        if (m_data.entries.at(i).id == id)
            return m_layout.placementOf(i);
    }
    return -1;
}

void TestTimelineNavigation::steps_data()
{
    using Step = TimelineNavigation::Step;
    QTest::addColumn<qint64>("from");
    QTest::addColumn<Step>("step");
    QTest::addColumn<qint64>("to"); // 0: nowhere
    QTest::addRow("right along the row") << qint64(1) << Step::Right << qint64(2);
    QTest::addRow("right again, date order") << qint64(2) << Step::Right << qint64(3);
    QTest::addRow("right at the row's end") << qint64(3) << Step::Right << qint64(0);
    QTest::addRow("left") << qint64(3) << Step::Left << qint64(2);
    QTest::addRow("left at the row's start") << qint64(1) << Step::Left << qint64(0);
    QTest::addRow("down to the nearest in the next row") << qint64(2) << Step::Down << qint64(4);
    QTest::addRow("down into the next lane") << qint64(4) << Step::Down << qint64(5);
    QTest::addRow("down at the bottom") << qint64(5) << Step::Down << qint64(0);
    QTest::addRow("up into the previous lane") << qint64(5) << Step::Up << qint64(4);
    QTest::addRow("up to the nearest: Feb–Aug is nearest May–Jun")
            << qint64(4) << Step::Up << qint64(2);
    QTest::addRow("up at the top") << qint64(1) << Step::Up << qint64(0);
    QTest::addRow("up from Jul–Dec nearest is the row's middle")
            << qint64(5) << Step::Up << qint64(4);
    QTest::addRow("home") << qint64(3) << Step::RowStart << qint64(1);
    QTest::addRow("end") << qint64(1) << Step::RowEnd << qint64(3);
    QTest::addRow("end of a one-item row") << qint64(4) << Step::RowEnd << qint64(4);
    QTest::addRow("first") << qint64(5) << Step::First << qint64(1);
    QTest::addRow("last") << qint64(1) << Step::Last << qint64(5);
}

void TestTimelineNavigation::steps()
{
    QFETCH(qint64, from);
    QFETCH(TimelineNavigation::Step, step);
    QFETCH(qint64, to);
    QCOMPARE(idAt(TimelineNavigation::next(m_layout, placementOf(from), step)), to);
}

void TestTimelineNavigation::nothingCurrentStartsAtTheFirstItem()
{
    using Step = TimelineNavigation::Step;
    QCOMPARE(idAt(TimelineNavigation::next(m_layout, -1, Step::Right)), qint64(1));
    QCOMPARE(idAt(TimelineNavigation::next(m_layout, -1, Step::Down)), qint64(1));
    QCOMPARE(idAt(TimelineNavigation::next(m_layout, -1, Step::RowEnd)), qint64(5));
    LaneLayout empty;
    QCOMPARE(TimelineNavigation::next(empty, -1, Step::Right), -1);
}

void TestTimelineNavigation::foldedLanesAreSkipped()
{
    // Fold area 2: Down from the bottom row of area 1 has nowhere to go (area 3 is folded too),
    // and the last item is the one of that row.
    LaneLayout::Filter filter;
    filter.collapsedAreaIds = {2, 3};
    m_layout.build(m_data, QList<double>(m_data.entries.size(), 0.0),
                   DateScale(QDate(2026, 1, 1), 2.0), filter);
    using Step = TimelineNavigation::Step;
    QCOMPARE(idAt(TimelineNavigation::next(m_layout, placementOf(4), Step::Down)), qint64(0));
    QCOMPARE(idAt(TimelineNavigation::next(m_layout, placementOf(1), Step::Last)), qint64(4));
}

/// From the first item, Right and Down reach every item on the chart.
void TestTimelineNavigation::everyItemIsReachable()
{
    using Step = TimelineNavigation::Step;
    QSet<qint64> seen;
    int rowStart = TimelineNavigation::next(m_layout, -1, Step::First);
    while (rowStart >= 0) {
        for (int p = rowStart; p >= 0; p = TimelineNavigation::next(m_layout, p, Step::Right))
            seen.insert(idAt(p));
        const int below = TimelineNavigation::next(m_layout, rowStart, Step::Down);
        rowStart = below < 0 ? -1 : TimelineNavigation::next(m_layout, below, Step::RowStart);
    }
    QCOMPARE(seen, (QSet<qint64> {1, 2, 3, 4, 5}));
}

QTEST_GUILESS_MAIN(TestTimelineNavigation)
#include "tst_timelinenavigation.moc"
