#include "timeline/datescale.h"

#include <QTest>

using namespace jcr;

/// The timeline's date ↔ x mapping, header tiers and snapping, including leap years and the
/// moves of dates with less than day precision.
class TestDateScale : public QObject
{
    Q_OBJECT

private slots:
    void positions_data();
    void positions();
    void roundTrip();
    void tiers_data();
    void tiers();
    void ticks_data();
    void ticks();
    void snap_data();
    void snap();
    void shifted_data();
    void shifted();
    void shiftedByDays_data();
    void shiftedByDays();
    void stepUnit_data();
    void stepUnit();
    void labels_data();
    void labels();
    void clampsZoom();
};

void TestDateScale::positions_data()
{
    QTest::addColumn<QDate>("origin");
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("x");

    QTest::newRow("origin") << QDate(2026, 1, 1) << 2.0 << QDate(2026, 1, 1) << 0.0;
    QTest::newRow("before origin") << QDate(2026, 1, 1) << 2.0 << QDate(2025, 12, 31) << -2.0;
    QTest::newRow("leap year Feb 29 counts")
            << QDate(2028, 2, 28) << 10.0 << QDate(2028, 3, 1) << 20.0;
    QTest::newRow("common year has no Feb 29")
            << QDate(2027, 2, 28) << 10.0 << QDate(2027, 3, 1) << 10.0;
    QTest::newRow("2028 is 366 days") << QDate(2028, 1, 1) << 1.0 << QDate(2029, 1, 1) << 366.0;
    QTest::newRow("2026 is 365 days") << QDate(2026, 1, 1) << 1.0 << QDate(2027, 1, 1) << 365.0;
    QTest::newRow("weeks zoom") << QDate(2026, 3, 6) << 16.0 << QDate(2026, 3, 13) << 112.0;
    QTest::newRow("years zoom") << QDate(2026, 1, 1) << 0.45 << QDate(2028, 1, 1) << 730 * 0.45;
}

void TestDateScale::positions()
{
    QFETCH(QDate, origin);
    QFETCH(double, pixelsPerDay);
    QFETCH(QDate, date);
    QFETCH(double, x);
    const DateScale scale(origin, pixelsPerDay);
    QCOMPARE(scale.x(date), x);
    QCOMPARE(scale.xAfter(date), x + pixelsPerDay);
    QCOMPARE(scale.dateAt(x), date);
    QCOMPARE(scale.dateAt(x + pixelsPerDay * 0.99), date);
    QCOMPARE(scale.nearestBoundary(x + pixelsPerDay * 0.4), date);
}

void TestDateScale::roundTrip()
{
    for (double ppd : {0.05, 0.45, 1.0, 4.0, 16.0, 60.0}) {
        const DateScale scale(QDate(2026, 1, 1), ppd);
        for (QDate d(2025, 11, 1); d <= QDate(2029, 2, 1); d = d.addDays(13))
            QCOMPARE(scale.dateAt(scale.x(d) + ppd / 2), d);
    }
}

void TestDateScale::tiers_data()
{
    QTest::addColumn<DateScale::Zoom>("zoom");
    QTest::addColumn<TimeUnit>("major");
    QTest::addColumn<TimeUnit>("minor");
    QTest::addColumn<TimeUnit>("snapUnit");

    QTest::newRow("weeks") << DateScale::Zoom::Weeks << TimeUnit::Month << TimeUnit::Week
                           << TimeUnit::Day;
    QTest::newRow("months") << DateScale::Zoom::Months << TimeUnit::Quarter << TimeUnit::Month
                            << TimeUnit::Week;
    QTest::newRow("quarters") << DateScale::Zoom::Quarters << TimeUnit::Year << TimeUnit::Quarter
                              << TimeUnit::Month;
    QTest::newRow("years") << DateScale::Zoom::Years << TimeUnit::Year << TimeUnit::Quarter
                           << TimeUnit::Quarter;
}

void TestDateScale::tiers()
{
    QFETCH(DateScale::Zoom, zoom);
    QFETCH(TimeUnit, major);
    QFETCH(TimeUnit, minor);
    QFETCH(TimeUnit, snapUnit);
    const DateScale scale(QDate(2026, 1, 1), DateScale::pixelsPerDay(zoom));
    QCOMPARE(scale.majorUnit(), major);
    QCOMPARE(scale.minorUnit(), minor);
    QCOMPARE(scale.snapUnit(), snapUnit);
    // A lower-tier period is wide enough to read a short label at every preset.
    const auto ticks = scale.ticks(minor, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QVERIFY(!ticks.isEmpty());
    QVERIFY2(ticks.constFirst().x1 - ticks.constFirst().x0 >= 28,
             qPrintable(QString::number(ticks.constFirst().x1 - ticks.constFirst().x0)));
}

void TestDateScale::ticks_data()
{
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("firstStart");
    QTest::addColumn<QDate>("firstLast");

    QTest::newRow("months of leap Feb")
            << TimeUnit::Month << QDate(2028, 2, 10) << QDate(2028, 3, 2) << 2 << QDate(2028, 2, 1)
            << QDate(2028, 2, 29);
    QTest::newRow("months of common Feb")
            << TimeUnit::Month << QDate(2027, 2, 10) << QDate(2027, 2, 11) << 1 << QDate(2027, 2, 1)
            << QDate(2027, 2, 28);
    QTest::newRow("quarters of 2026")
            << TimeUnit::Quarter << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 4
            << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("quarter from mid-period")
            << TimeUnit::Quarter << QDate(2026, 8, 15) << QDate(2026, 8, 16) << 1
            << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("weeks start on Monday")
            << TimeUnit::Week << QDate(2026, 3, 6) << QDate(2026, 3, 20) << 3 << QDate(2026, 3, 2)
            << QDate(2026, 3, 8);
    QTest::newRow("years to the centennial")
            << TimeUnit::Year << QDate(2026, 3, 6) << QDate(2028, 12, 31) << 3 << QDate(2026, 1, 1)
            << QDate(2026, 12, 31);
}

void TestDateScale::ticks()
{
    QFETCH(TimeUnit, unit);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, count);
    QFETCH(QDate, firstStart);
    QFETCH(QDate, firstLast);
    const DateScale scale(QDate(2026, 1, 1), 3.0);
    const auto ticks = scale.ticks(unit, from, to);
    QCOMPARE(ticks.size(), count);
    QCOMPARE(ticks.constFirst().first, firstStart);
    QCOMPARE(ticks.constFirst().last, firstLast);
    QCOMPARE(ticks.constFirst().x1 - ticks.constFirst().x0,
             3.0 * (firstStart.daysTo(firstLast) + 1));
    for (int i = 1; i < ticks.size(); ++i) {
        QCOMPARE(ticks.at(i).first, ticks.at(i - 1).last.addDays(1));
        QCOMPARE(ticks.at(i).x0, ticks.at(i - 1).x1);
    }
}

void TestDateScale::snap_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("day") << QDate(2026, 5, 17) << TimeUnit::Day << QDate(2026, 5, 17);
    QTest::newRow("week back to Monday")
            << QDate(2026, 3, 4) << TimeUnit::Week << QDate(2026, 3, 2);
    QTest::newRow("week on to Monday") << QDate(2026, 3, 6) << TimeUnit::Week << QDate(2026, 3, 9);
    QTest::newRow("month back") << QDate(2026, 3, 10) << TimeUnit::Month << QDate(2026, 3, 1);
    QTest::newRow("month on") << QDate(2026, 3, 20) << TimeUnit::Month << QDate(2026, 4, 1);
    QTest::newRow("leap Feb on") << QDate(2028, 2, 16) << TimeUnit::Month << QDate(2028, 3, 1);
    QTest::newRow("common Feb on") << QDate(2027, 2, 15) << TimeUnit::Month << QDate(2027, 3, 1);
    QTest::newRow("quarter back") << QDate(2026, 8, 1) << TimeUnit::Quarter << QDate(2026, 7, 1);
    QTest::newRow("quarter on") << QDate(2026, 8, 20) << TimeUnit::Quarter << QDate(2026, 10, 1);
    QTest::newRow("boundary stays") << QDate(2027, 1, 1) << TimeUnit::Quarter << QDate(2027, 1, 1);
}

void TestDateScale::snap()
{
    QFETCH(QDate, date);
    QFETCH(TimeUnit, unit);
    QFETCH(QDate, expected);
    QCOMPARE(DateScale::snap(date, unit), expected);
}

void TestDateScale::shifted_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("day by days") << "2026-03-06" << TimeUnit::Day << 3 << "2026-03-09";
    QTest::newRow("day by a week") << "2026-03-06" << TimeUnit::Week << -1 << "2026-02-27";
    QTest::newRow("leap day by a year") << "2028-02-29" << TimeUnit::Year << 1 << "2029-02-28";
    QTest::newRow("month by a month") << "2026-01" << TimeUnit::Month << 1 << "2026-02";
    QTest::newRow("quarter by a quarter") << "2026-Q3" << TimeUnit::Quarter << 1 << "2026-Q4";
    QTest::newRow("quarter by quarters over a year")
            << "2026-Q4" << TimeUnit::Quarter << 2 << "2027-Q2";
    QTest::newRow("quarter by a month stays") << "2026-Q3" << TimeUnit::Month << 1 << "2026-Q3";
    QTest::newRow("quarter by two months") << "2026-Q3" << TimeUnit::Month << 2 << "2026-Q4";
    QTest::newRow("year by a year") << "2027" << TimeUnit::Year << 1 << "2028";
    QTest::newRow("year by quarters") << "2027" << TimeUnit::Quarter << 2 << "2028";
    QTest::newRow("month by weeks") << "2026-12" << TimeUnit::Week << 3 << "2027-01";
}

void TestDateScale::shifted()
{
    QFETCH(QString, date);
    QFETCH(TimeUnit, unit);
    QFETCH(int, n);
    QFETCH(QString, expected);
    const FuzzyDate d = FuzzyDate::fromText(date);
    QVERIFY(d.isValid());
    const FuzzyDate moved = DateScale::shifted(d, unit, n);
    QCOMPARE(moved.toText(), expected);
    QCOMPARE(moved.precision(), d.precision());
}

void TestDateScale::shiftedByDays_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");

    QTest::newRow("day") << "2028-02-28" << 1 << "2028-02-29";
    QTest::newRow("quarter a little") << "2026-Q3" << 30 << "2026-Q3";
    QTest::newRow("quarter past the middle") << "2026-Q3" << 50 << "2026-Q4";
    QTest::newRow("quarter back") << "2026-Q3" << -50 << "2026-Q2";
    QTest::newRow("year") << "2026" << 200 << "2027";
    QTest::newRow("month") << "2026-02" << -20 << "2026-01";
}

void TestDateScale::shiftedByDays()
{
    QFETCH(QString, date);
    QFETCH(int, days);
    QFETCH(QString, expected);
    QCOMPARE(DateScale::shiftedByDays(FuzzyDate::fromText(date), days).toText(), expected);
}

void TestDateScale::stepUnit_data()
{
    QTest::addColumn<DateScale::Zoom>("zoom");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<TimeUnit>("expected");

    QTest::newRow("weeks, day") << DateScale::Zoom::Weeks << DatePrecision::Day << TimeUnit::Day;
    QTest::newRow("weeks, quarter")
            << DateScale::Zoom::Weeks << DatePrecision::Quarter << TimeUnit::Quarter;
    QTest::newRow("months, day") << DateScale::Zoom::Months << DatePrecision::Day << TimeUnit::Week;
    QTest::newRow("months, month")
            << DateScale::Zoom::Months << DatePrecision::Month << TimeUnit::Month;
    QTest::newRow("years, year") << DateScale::Zoom::Years << DatePrecision::Year << TimeUnit::Year;
}

void TestDateScale::stepUnit()
{
    QFETCH(DateScale::Zoom, zoom);
    QFETCH(DatePrecision, precision);
    QFETCH(TimeUnit, expected);
    QCOMPARE(DateScale(QDate(2026, 1, 1), DateScale::pixelsPerDay(zoom)).stepUnit(precision),
             expected);
}

void TestDateScale::labels_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<bool>("compact");
    QTest::addColumn<QString>("expected");

    QTest::newRow("year") << QDate(2028, 1, 1) << TimeUnit::Year << false << "2028";
    QTest::newRow("quarter") << QDate(2026, 7, 1) << TimeUnit::Quarter << false << "Q3 2026";
    QTest::newRow("quarter compact") << QDate(2026, 7, 1) << TimeUnit::Quarter << true << "Q3";
    QTest::newRow("month") << QDate(2026, 3, 1) << TimeUnit::Month << false << "March 2026";
    QTest::newRow("month compact") << QDate(2026, 3, 1) << TimeUnit::Month << true << "Mar";
    QTest::newRow("week") << QDate(2026, 3, 2) << TimeUnit::Week << true << "2 Mar";
}

void TestDateScale::labels()
{
    QFETCH(QDate, first);
    QFETCH(TimeUnit, unit);
    QFETCH(bool, compact);
    QFETCH(QString, expected);
    QCOMPARE(DateScale::label(first, unit, compact,
                              QLocale(QLocale::English, QLocale::UnitedKingdom)),
             expected);
}

void TestDateScale::clampsZoom()
{
    DateScale scale;
    scale.setPixelsPerDay(1e9);
    QCOMPARE(scale.pixelsPerDay(), DateScale::MaxPixelsPerDay);
    scale.setPixelsPerDay(0);
    QCOMPARE(scale.pixelsPerDay(), DateScale::MinPixelsPerDay);
}

QTEST_GUILESS_MAIN(TestDateScale)
#include "tst_datescale.moc"
