#include "timeline/lanelayout.h"

#include <QRandomGenerator>
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

TimelineEntry milestone(qint64 id, qint64 areaId, const FuzzyDate &date)
{
    TimelineEntry e;
    e.id = id;
    e.areaId = areaId;
    e.title = QStringLiteral("Milestone %1").arg(id);
    e.kind = ItemKind::Milestone;
    e.start = date;
    return e;
}

/// A random roadmap: bars and milestones, fuzzy and exact, over 2026–2028 in three areas.
TimelineData randomData(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    TimelineData data;
    data.areas = {area(1, 1), area(2, 2), area(3, 3)};
    for (int i = 0; i < count; ++i) {
        const qint64 areaId = 1 + rng.bounded(3);
        const QDate start = QDate(2026, 1, 1).addDays(rng.bounded(1000));
        if (rng.bounded(5) == 0) {
            data.entries.append(milestone(i + 1, areaId,
                                          rng.bounded(2)
                                                  ? FuzzyDate(start, DatePrecision::Day)
                                                  : FuzzyDate(start, DatePrecision::Quarter)));
        } else {
            TimelineEntry e = bar(i + 1, areaId, start, start.addDays(rng.bounded(300)));
            if (rng.bounded(3) == 0)
                e.end = FuzzyDate(e.end.date(), DatePrecision::Quarter);
            data.entries.append(e);
        }
    }
    return data;
}

/// randomData() plus, in the first lane, what makes packing without labels depend on the zoom:
/// one-day bars on consecutive days and milestones of a month on every day.
TimelineData crowdedData(int count, quint32 seed)
{
    TimelineData data = randomData(count, seed);
    for (int i = 0; i < 60; ++i) {
        const QDate day = QDate(2027, 3, 1).addDays(i);
        data.entries.append(bar(5000 + i, 1, day, day));
        data.entries.append(milestone(6000 + i, 1, FuzzyDate(day, DatePrecision::Month)));
    }
    return data;
}

QList<double> widthsOf(const TimelineData &data, QRandomGenerator &rng)
{
    QList<double> widths;
    for (int i = 0; i < data.entries.size(); ++i)
        widths.append(40 + rng.bounded(200));
    return widths;
}

/// The space an entry takes: its bar or diamond plus its label.
QRectF footprint(const LaneLayout &layout, int p)
{
    return layout.barRect(p).united(layout.labelRect(p));
}

} // namespace

/// The timeline's row packing: bars and labels of a lane never overlap, rows are reused, the
/// visible-rect query finds exactly what is there.
class TestLaneLayout : public QObject
{
    Q_OBJECT

private slots:
    void noOverlaps_data();
    void noOverlaps();
    void sharesRowsWhenFree();
    void labelsCountAsOccupied();
    void neighboursKeepTheItemGap();
    void milestonesAndFuzzyDates();
    void collapsedLane();
    void areaAndRangeFilter();
    void crowdedLaneDropsLabels();
    void visibleQueryMatchesBruteForce();
    void hitTest();
    void zoomStepReusesSortingSafely();
    void bareRowsKeepApart_data();
    void bareRowsKeepApart();
    void bareZoomStepsMatchFreshBuilds();
    void prepareZoomChangesNothingVisible();
};

void TestLaneLayout::noOverlaps_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<int>("count");
    QTest::newRow("years, 300") << 0.45 << 300;
    QTest::newRow("quarters, 300") << 1.0 << 300;
    QTest::newRow("months, 300") << 4.0 << 300;
    QTest::newRow("weeks, 300") << 16.0 << 300;
    QTest::newRow("months, 40") << 4.0 << 40;
}

void TestLaneLayout::noOverlaps()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(int, count);
    const TimelineData data = randomData(count, 42);
    QRandomGenerator rng(7);
    LaneLayout layout;
    TimelineMetrics metrics;
    metrics.maxLabelledRows = 10000; // keep labels, whatever the height
    layout.setMetrics(metrics);
    layout.build(data, widthsOf(data, rng), DateScale(QDate(2026, 1, 1), pixelsPerDay), {});

    QCOMPARE(layout.placements().size(), count);
    const auto &placements = layout.placements();
    for (int a = 0; a < placements.size(); ++a) {
        QVERIFY(placements.at(a).labelX1 > placements.at(a).labelX0);
        for (int b = a + 1; b < placements.size(); ++b) {
            if (placements.at(a).lane != placements.at(b).lane)
                continue;
            const QRectF ra = footprint(layout, a);
            const QRectF rb = footprint(layout, b);
            QVERIFY2(!ra.intersects(rb),
                     qPrintable(QStringLiteral("items %1 and %2 overlap")
                                        .arg(data.entries.at(placements.at(a).entry).id)
                                        .arg(data.entries.at(placements.at(b).entry).id)));
        }
    }
    // Lanes are stacked without gaps, in area order.
    double y = 0;
    for (const LaneLayout::Lane &lane : layout.lanes()) {
        QCOMPARE(lane.top, y);
        y += lane.height;
    }
    QCOMPARE(layout.height(), y);
}

void TestLaneLayout::sharesRowsWhenFree()
{
    TimelineData data;
    data.areas = {area(1, 1)};
    data.entries = {bar(1, 1, QDate(2026, 1, 1), QDate(2026, 1, 31)),
                    bar(2, 1, QDate(2026, 6, 1), QDate(2026, 6, 30)),
                    bar(3, 1, QDate(2026, 1, 15), QDate(2026, 2, 15))};
    LaneLayout layout;
    layout.build(data, {20, 20, 20}, DateScale(QDate(2026, 1, 1), 4.0), {});
    QCOMPARE(layout.placements().at(layout.placementOf(0)).row, 0);
    QCOMPARE(layout.placements().at(layout.placementOf(1)).row, 0);
    QCOMPARE(layout.placements().at(layout.placementOf(2)).row, 1);
    QCOMPARE(layout.lanes().constFirst().rowCount(), 2);
    // Short labels fit inside a long bar.
    QVERIFY(layout.placements().at(layout.placementOf(0)).labelInside);
}

void TestLaneLayout::neighboursKeepTheItemGap()
{
    // Bar 1 covers x 0..50 (ten days at 5 px, its short label inside). Bar 2 starts 5 px after
    // it (half the gap: a new row), bar 3 starts 15 px after it (more than the gap: same row).
    TimelineData data;
    data.areas = {area(1, 1)};
    data.entries = {bar(1, 1, QDate(2026, 1, 1), QDate(2026, 1, 10)),
                    bar(2, 1, QDate(2026, 1, 12), QDate(2026, 1, 20))};
    const DateScale scale(QDate(2026, 1, 1), 5.0);
    LaneLayout layout;
    QCOMPARE(layout.metrics().itemGap, 10.0);
    layout.build(data, {0, 0}, scale, {});
    QVERIFY(layout.placements().at(layout.placementOf(0)).labelInside);
    QCOMPARE(layout.placements().at(layout.placementOf(0)).x1, 50.0);
    QCOMPARE(layout.placements().at(layout.placementOf(1)).x0, 55.0);
    QCOMPARE(layout.placements().at(layout.placementOf(1)).row, 1);

    data.entries[1] = bar(2, 1, QDate(2026, 1, 14), QDate(2026, 1, 20));
    layout.build(data, {0, 0}, scale, {});
    QCOMPARE(layout.placements().at(layout.placementOf(1)).x0, 65.0);
    QCOMPARE(layout.placements().at(layout.placementOf(1)).row, 0);

    // The gap is the metric's: at 20 px the same bars no longer share a row.
    TimelineMetrics wide = layout.metrics();
    wide.itemGap = 20;
    layout.setMetrics(wide);
    layout.build(data, {0, 0}, scale, {});
    QCOMPARE(layout.placements().at(layout.placementOf(1)).row, 1);
}

void TestLaneLayout::labelsCountAsOccupied()
{
    // Two bars that do not touch, but the first one's long label reaches over the second.
    TimelineData data;
    data.areas = {area(1, 1)};
    data.entries = {bar(1, 1, QDate(2026, 1, 1), QDate(2026, 1, 5)),
                    bar(2, 1, QDate(2026, 1, 20), QDate(2026, 1, 25))};
    LaneLayout layout;
    layout.build(data, {300, 20}, DateScale(QDate(2026, 1, 1), 4.0), {});
    const auto &first = layout.placements().at(layout.placementOf(0));
    QVERIFY(!first.labelInside);
    QCOMPARE(first.labelX0, first.x1 + layout.metrics().labelGap);
    QCOMPARE(layout.placements().at(layout.placementOf(1)).row, 1);
}

void TestLaneLayout::milestonesAndFuzzyDates()
{
    TimelineData data;
    data.areas = {area(1, 1)};
    data.entries = {milestone(1, 1, FuzzyDate::day(2026, 3, 6)),
                    milestone(2, 1, FuzzyDate::quarter(2026, 3))};
    TimelineEntry fuzzy = bar(3, 1, QDate(2026, 1, 1), QDate(2026, 1, 1));
    fuzzy.start = FuzzyDate::month(2026, 4);
    fuzzy.end = FuzzyDate::year(2027);
    data.entries.append(fuzzy);
    const DateScale scale(QDate(2026, 1, 1), 2.0);
    LaneLayout layout;
    layout.build(data, {10, 10, 10}, scale, {});
    const auto &day = layout.placements().at(layout.placementOf(0));
    QVERIFY(day.milestone);
    QCOMPARE((day.x0 + day.x1) / 2, scale.x(QDate(2026, 3, 6)) + 1.0);
    // A "Q3 2026" milestone sits in the middle of the quarter and claims the whole quarter.
    const auto &quarter = layout.placements().at(layout.placementOf(1));
    QCOMPARE((quarter.x0 + quarter.x1) / 2,
             (scale.x(QDate(2026, 7, 1)) + scale.xAfter(QDate(2026, 9, 30))) / 2);
    QCOMPARE(quarter.left, scale.x(QDate(2026, 7, 1)));
    // A bar from "Apr 2026" to "2027" covers both whole periods.
    const auto &span = layout.placements().at(layout.placementOf(2));
    QCOMPARE(span.x0, scale.x(QDate(2026, 4, 1)));
    QCOMPARE(span.x1, scale.xAfter(QDate(2027, 12, 31)));
}

void TestLaneLayout::collapsedLane()
{
    const TimelineData data = randomData(50, 3);
    LaneLayout::Filter filter;
    filter.collapsedAreaIds = {2};
    LaneLayout layout;
    layout.build(data, QList<double>(50, 30.0), DateScale(QDate(2026, 1, 1), 1.0), filter);
    QCOMPARE(layout.lanes().size(), 3);
    const LaneLayout::Lane &lane = layout.lanes().at(1);
    QVERIFY(lane.collapsed);
    QCOMPARE(lane.height, layout.metrics().collapsedLaneHeight);
    QVERIFY(lane.itemCount > 0);
    for (const auto &p : layout.placements())
        QVERIFY(p.lane != 1);
}

void TestLaneLayout::areaAndRangeFilter()
{
    const TimelineData data = randomData(200, 5);
    LaneLayout::Filter filter;
    filter.areaIds = {3};
    filter.from = QDate(2027, 1, 1);
    filter.to = QDate(2027, 6, 30);
    LaneLayout layout;
    layout.build(data, QList<double>(200, 30.0), DateScale(QDate(2026, 1, 1), 1.0), filter);
    QCOMPARE(layout.lanes().size(), 1);
    QCOMPARE(layout.lanes().constFirst().areaId, qint64(3));
    int expected = 0;
    for (const TimelineEntry &e : data.entries) {
        if (e.areaId == 3 && e.lastDay() >= filter.from && e.firstDay() <= filter.to)
            ++expected;
    }
    QVERIFY(expected > 0);
    QCOMPARE(layout.placements().size(), expected);
}

void TestLaneLayout::crowdedLaneDropsLabels()
{
    TimelineData data;
    data.areas = {area(1, 1)};
    for (int i = 0; i < 100; ++i)
        data.entries.append(bar(i + 1, 1, QDate(2026, 1, 1), QDate(2026, 12, 31)));
    TimelineMetrics metrics;
    metrics.maxLabelledRows = 20;
    LaneLayout layout;
    layout.setMetrics(metrics);
    layout.build(data, QList<double>(100, 30.0), DateScale(QDate(2026, 1, 1), 1.0), {});
    const LaneLayout::Lane &lane = layout.lanes().constFirst();
    QVERIFY(lane.compact);
    QCOMPARE(lane.rowCount(), 100);
    QCOMPARE(lane.rowHeight, metrics.compactRowHeight);
    for (const auto &p : layout.placements())
        QCOMPARE(p.labelX1, p.labelX0);
}

void TestLaneLayout::visibleQueryMatchesBruteForce()
{
    const TimelineData data = randomData(600, 11);
    QRandomGenerator rng(13);
    LaneLayout layout;
    layout.build(data, widthsOf(data, rng), DateScale(QDate(2026, 1, 1), 2.0), {});
    for (int k = 0; k < 50; ++k) {
        const QRectF rect(rng.bounded(2200) - 100, rng.bounded(int(layout.height())),
                          50 + rng.bounded(800), 20 + rng.bounded(400));
        QSet<int> fast;
        layout.forEachIn(rect, [&](int p) { fast.insert(p); });
        QSet<int> slow;
        for (int p = 0; p < layout.placements().size(); ++p) {
            const auto &pl = layout.placements().at(p);
            const LaneLayout::Lane &lane = layout.lanes().at(pl.lane);
            const QRectF row(pl.left, lane.rowsTop + pl.row * lane.rowHeight, pl.right - pl.left,
                             lane.rowHeight);
            if (pl.right >= rect.left() && pl.left <= rect.right() && row.bottom() > rect.top()
                && row.top() <= rect.bottom())
                slow.insert(p);
        }
        // The fast query may include a neighbour touching the rect's border, never miss one.
        QVERIFY(fast.contains(slow));
        QVERIFY(fast.size() <= slow.size() + 4);
    }
}

void TestLaneLayout::hitTest()
{
    TimelineData data;
    data.areas = {area(1, 1)};
    data.entries = {bar(1, 1, QDate(2026, 2, 1), QDate(2026, 2, 28))};
    LaneLayout layout;
    layout.build(data, {20}, DateScale(QDate(2026, 1, 1), 4.0), {});
    const QRectF bar = layout.barRect(0);
    QCOMPARE(layout.hitTest(bar.center()), 0);
    QCOMPARE(layout.hitTest(bar.center() + QPointF(400, 0)), -1);
    QCOMPARE(layout.hitTest(QPointF(bar.center().x(), -5)), -1);
}

void TestLaneLayout::zoomStepReusesSortingSafely()
{
    TimelineData data = randomData(400, 17);
    QRandomGenerator rng(19);
    const QList<double> widths = widthsOf(data, rng);
    LaneLayout cached;
    cached.build(data, widths, DateScale(QDate(2026, 1, 1), 1.0), {}, 1);
    // A zoom step: same data and generation, another scale.
    cached.build(data, widths, DateScale(QDate(2026, 1, 1), 4.0), {}, 1);
    LaneLayout fresh;
    fresh.build(data, widths, DateScale(QDate(2026, 1, 1), 4.0), {});
    QCOMPARE(cached.placements().size(), fresh.placements().size());
    for (int p = 0; p < fresh.placements().size(); ++p) {
        QCOMPARE(cached.placements().at(p).entry, fresh.placements().at(p).entry);
        QCOMPARE(cached.placements().at(p).row, fresh.placements().at(p).row);
        QCOMPARE(cached.placements().at(p).x0, fresh.placements().at(p).x0);
    }
    // New data under a new generation is sorted again.
    data.entries[0].start = FuzzyDate::day(2028, 6, 1);
    data.entries[0].end = FuzzyDate::day(2028, 7, 1);
    data.entries[0].kind = ItemKind::Initiative;
    cached.build(data, widths, DateScale(QDate(2026, 1, 1), 4.0), {}, 2);
    fresh.build(data, widths, DateScale(QDate(2026, 1, 1), 4.0), {});
    QCOMPARE(cached.barRect(cached.placementOf(0)), fresh.barRect(fresh.placementOf(0)));
    // A different area filter is not served from the cache.
    LaneLayout::Filter oneArea;
    oneArea.areaIds = {2};
    cached.build(data, widths, DateScale(QDate(2026, 1, 1), 4.0), oneArea, 2);
    QCOMPARE(cached.lanes().size(), 1);
    for (const auto &p : cached.placements())
        QCOMPARE(data.entries.at(p.entry).areaId, qint64(2));
}

void TestLaneLayout::bareRowsKeepApart_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    for (const double ppd : {60.0, 16.0, 4.0, 3.0, 2.99, 1.5, 1.0, 0.75, 0.45, 0.2, 0.05})
        QTest::addRow("%g px/day", ppd) << ppd;
}

void TestLaneLayout::bareRowsKeepApart()
{
    // Lanes too crowded for labels: within a row, every bar or mark is at least two pixels
    // wide and at least one pixel from its neighbour, at any zoom, whatever band it falls in.
    QFETCH(double, pixelsPerDay);
    const TimelineData data = crowdedData(1500, 23);
    QRandomGenerator rng(29);
    TimelineMetrics metrics;
    metrics.maxLabelledRows = 3;
    LaneLayout layout;
    layout.setMetrics(metrics);
    layout.build(data, widthsOf(data, rng), DateScale(QDate(2026, 1, 1), pixelsPerDay), {}, 1);
    QCOMPARE(layout.placements().size(), data.entries.size());
    for (const LaneLayout::Lane &lane : layout.lanes()) {
        QVERIFY(lane.compact);
        QCOMPARE(lane.rowStart.constLast(), lane.itemCount);
        for (int r = 0; r < lane.rowCount(); ++r) {
            const LaneLayout::Placement *previous = nullptr;
            for (int i = lane.rowStart.at(r); i < lane.rowStart.at(r + 1); ++i) {
                const LaneLayout::Placement &p
                        = layout.placements().at(lane.firstPlacement + lane.rowItems.at(i));
                QCOMPARE(p.row, r);
                QVERIFY(p.x1 - p.x0 >= 2 - 1e-9);
                QCOMPARE(p.labelX1, p.labelX0); // no label
                if (previous) {
                    QVERIFY2(p.x0 - previous->x1 >= 1 - 1e-9,
                             qPrintable(QStringLiteral("items %1 and %2 are %3 px apart")
                                                .arg(data.entries.at(previous->entry).id)
                                                .arg(data.entries.at(p.entry).id)
                                                .arg(p.x0 - previous->x1)));
                }
                previous = &p;
            }
        }
    }
    // A milestone is marked on the middle day of its period.
    const int placement = layout.placementOf(int(data.entries.size()) - 1);
    const FuzzyDate march = data.entries.constLast().start;
    const qint64 middle = (march.first().toJulianDay() + march.last().toJulianDay()) / 2;
    QCOMPARE(layout.placements().at(placement).x0,
             DateScale(QDate(2026, 1, 1), pixelsPerDay).x(QDate::fromJulianDay(middle)));
}

void TestLaneLayout::bareZoomStepsMatchFreshBuilds()
{
    // A zoom sequence served from the kept packings gives, at every step, exactly what a build
    // from scratch at that zoom gives.
    const TimelineData data = crowdedData(3000, 31);
    QRandomGenerator rng(37);
    const QList<double> widths = widthsOf(data, rng);
    TimelineMetrics metrics;
    metrics.maxLabelledRows = 8;
    LaneLayout zoomed;
    zoomed.setMetrics(metrics);
    double ppd = 4.0;
    const double factors[] = {0.8, 0.8,  0.8, 0.8, 0.8, 0.8, 1.25, 1.25, 1.25, 0.8,
                              0.8, 1.25, 0.5, 0.5, 0.5, 2.0, 2.0,  2.0,  2.0,  2.0};
    for (const double factor : factors) {
        ppd *= factor;
        const DateScale scale(QDate(2026, 1, 1), ppd);
        zoomed.build(data, widths, scale, {}, 7);
        LaneLayout fresh;
        fresh.setMetrics(metrics);
        fresh.build(data, widths, scale, {});
        QCOMPARE(zoomed.lanes().size(), fresh.lanes().size());
        for (int l = 0; l < fresh.lanes().size(); ++l) {
            QCOMPARE(zoomed.lanes().at(l).compact, fresh.lanes().at(l).compact);
            QCOMPARE(zoomed.lanes().at(l).rowStart, fresh.lanes().at(l).rowStart);
            QCOMPARE(zoomed.lanes().at(l).rowItems, fresh.lanes().at(l).rowItems);
            QCOMPARE(zoomed.lanes().at(l).height, fresh.lanes().at(l).height);
        }
        QCOMPARE(zoomed.placements().size(), fresh.placements().size());
        for (int p = 0; p < fresh.placements().size(); ++p) {
            QCOMPARE(zoomed.placements().at(p).entry, fresh.placements().at(p).entry);
            QCOMPARE(zoomed.placements().at(p).row, fresh.placements().at(p).row);
            QCOMPARE(zoomed.barRect(p), fresh.barRect(p));
        }
    }
}

void TestLaneLayout::prepareZoomChangesNothingVisible()
{
    const TimelineData data = randomData(2000, 41);
    QRandomGenerator rng(43);
    const QList<double> widths = widthsOf(data, rng);
    TimelineMetrics metrics;
    metrics.maxLabelledRows = 8;
    LaneLayout layout;
    layout.setMetrics(metrics);
    const DateScale scale(QDate(2026, 1, 1), 2.0);
    layout.build(data, widths, scale, {}, 3);
    const QList<LaneLayout::Placement> before = layout.placements();
    const double height = layout.height();
    QVERIFY(layout.prepareZoom(0.5)); // a new band: something to pack
    QVERIFY(!layout.prepareZoom(0.6)); // the same band: nothing left
    QCOMPARE(layout.height(), height);
    QCOMPARE(layout.placements().size(), before.size());
    for (int p = 0; p < before.size(); ++p) {
        QCOMPARE(layout.placements().at(p).row, before.at(p).row);
        QCOMPARE(layout.placements().at(p).x0, before.at(p).x0);
    }
    // The prepared packing is the one a build from scratch makes.
    const DateScale out(QDate(2026, 1, 1), 0.5);
    layout.build(data, widths, out, {}, 3);
    LaneLayout fresh;
    fresh.setMetrics(metrics);
    fresh.build(data, widths, out, {});
    for (int l = 0; l < fresh.lanes().size(); ++l)
        QCOMPARE(layout.lanes().at(l).rowItems, fresh.lanes().at(l).rowItems);
}

QTEST_GUILESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
