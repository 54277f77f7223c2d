// The timeline's drag and step rule (issue 11): moved out of the view into DateDrag, where each
// part of it is tested here.
#include "timeline/datedrag.h"

#include <QTest>

using namespace jcr;

class TestDateDrag : public QObject
{
    Q_OBJECT

    /// Weeks zoom: 16 px a day, drags snap to days.
    static DateScale dayScale() { return DateScale(QDate(2026, 1, 1), 16.0); }
    /// Quarters zoom: 1 px a day, drags snap to months.
    static DateScale monthScale() { return DateScale(QDate(2026, 1, 1), 1.0); }

private Q_SLOTS:
    void scalesSnapAsAssumed()
    {
        QCOMPARE(dayScale().snapUnit(), TimeUnit::Day);
        QCOMPARE(monthScale().snapUnit(), TimeUnit::Month);
    }

    void moveKeepsTheLength()
    {
        const DateScale s = dayScale();
        const auto d = DateDrag::moved(FuzzyDate::day(2026, 5, 4), FuzzyDate::day(2026, 5, 10),
                                       false, s, 3.4 * s.pixelsPerDay());
        QCOMPARE(d.start, FuzzyDate::day(2026, 5, 7));
        QCOMPARE(d.end, FuzzyDate::day(2026, 5, 13));
        // Left too, and to the nearest day: 2.6 days is three.
        const auto back = DateDrag::moved(FuzzyDate::day(2026, 5, 4), FuzzyDate::day(2026, 5, 10),
                                          false, s, -2.6 * s.pixelsPerDay());
        QCOMPARE(back.start, FuzzyDate::day(2026, 5, 1));
        QCOMPARE(back.end, FuzzyDate::day(2026, 5, 7));
    }

    void moveSnapsTheLeadToTheStepUnit()
    {
        // At a month snap a day-precise start lands on the first of the nearest month.
        const DateScale s = monthScale();
        const auto d = DateDrag::moved(FuzzyDate::day(2026, 5, 4), FuzzyDate::day(2026, 5, 24),
                                       false, s, 40 * s.pixelsPerDay());
        QCOMPARE(d.start, FuzzyDate::day(2026, 6, 1));
        QCOMPARE(d.end, FuzzyDate::day(2026, 6, 21)); // 28 days later, as the start
    }

    void moveKeepsPrecision()
    {
        // A quarter stays a quarter, and a month-precise end follows as a month.
        const DateScale s = dayScale();
        const auto d = DateDrag::moved(FuzzyDate::quarter(2026, 2), FuzzyDate::month(2026, 9),
                                       false, s, 95 * s.pixelsPerDay());
        QCOMPARE(d.start.precision(), DatePrecision::Quarter);
        QCOMPARE(d.start, FuzzyDate::quarter(2026, 3));
        QCOMPARE(d.end.precision(), DatePrecision::Month);
        QCOMPARE(d.end, FuzzyDate::month(2026, 12));
    }

    void milestoneLeadsWithItsEnd()
    {
        // A milestone with an end moves by its end; its start follows.
        const DateScale s = monthScale();
        const auto d = DateDrag::moved(FuzzyDate::day(2026, 3, 10), FuzzyDate::day(2026, 4, 20),
                                       true, s, 20 * s.pixelsPerDay());
        QCOMPARE(d.end, FuzzyDate::day(2026, 5, 1));
        QCOMPARE(d.start, FuzzyDate::day(2026, 3, 21));
        // The same dates on a bar lead with the start.
        const auto bar = DateDrag::moved(FuzzyDate::day(2026, 3, 10), FuzzyDate::day(2026, 4, 20),
                                         false, s, 20 * s.pixelsPerDay());
        QCOMPARE(bar.start, FuzzyDate::day(2026, 4, 1));
        QVERIFY(DateDrag::leadsWithEnd(FuzzyDate::day(2026, 4, 20), true));
        QVERIFY(!DateDrag::leadsWithEnd(FuzzyDate(), true));
        QVERIFY(!DateDrag::leadsWithEnd(FuzzyDate::day(2026, 4, 20), false));
    }

    void resizeNeverCrossesTheOtherEnd()
    {
        const DateScale s = dayScale();
        const FuzzyDate start = FuzzyDate::day(2026, 5, 4);
        const FuzzyDate end = FuzzyDate::day(2026, 5, 10);
        auto d = DateDrag::startResized(start, end, s, 2 * s.pixelsPerDay());
        QCOMPARE(d.start, FuzzyDate::day(2026, 5, 6));
        QCOMPARE(d.end, end);
        d = DateDrag::startResized(start, end, s, 30 * s.pixelsPerDay());
        QCOMPARE(d.start, end); // one day long, not negative
        d = DateDrag::endResized(start, end, s, 3 * s.pixelsPerDay());
        QCOMPARE(d.end, FuzzyDate::day(2026, 5, 13));
        QCOMPARE(d.start, start);
        d = DateDrag::endResized(start, end, s, -30 * s.pixelsPerDay());
        QCOMPARE(d.end, start);
    }

    void resizeKeepsPrecision()
    {
        const DateScale s = monthScale();
        const auto d = DateDrag::endResized(FuzzyDate::month(2026, 2), FuzzyDate::quarter(2026, 2),
                                            s, 92 * s.pixelsPerDay());
        QCOMPARE(d.end, FuzzyDate::quarter(2026, 3));
    }

    void stepMovesByOneUnit()
    {
        const DateScale s = dayScale();
        auto d = DateDrag::stepped(FuzzyDate::day(2026, 5, 4), FuzzyDate::day(2026, 5, 10), false,
                                   s, 1);
        QCOMPARE(d.start, FuzzyDate::day(2026, 5, 5));
        QCOMPARE(d.end, FuzzyDate::day(2026, 5, 11));
        // A quarter-precise start steps a quarter, whatever the zoom; the end follows.
        d = DateDrag::stepped(FuzzyDate::quarter(2026, 1), FuzzyDate::day(2026, 2, 10), false, s,
                              -1);
        QCOMPARE(d.start, FuzzyDate::quarter(2025, 4));
        QCOMPARE(d.end.precision(), DatePrecision::Day);
        QVERIFY(d.end.first() < FuzzyDate::day(2026, 2, 10).first());
        // A milestone with an end steps by its end.
        d = DateDrag::stepped(FuzzyDate::day(2026, 3, 1), FuzzyDate::day(2026, 3, 20), true,
                              monthScale(), 1);
        QCOMPARE(d.end, FuzzyDate::day(2026, 4, 20));
    }
};

QTEST_GUILESS_MAIN(TestDateDrag)
#include "tst_datedrag.moc"
