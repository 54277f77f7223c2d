// The slip rule (issue 14): counted in the precision the dates are known to.
#include "domain/slip.h"
#include "i18n/englishplurals.h"

#include <QCoreApplication>
#include <QTest>

using namespace jcr;

Q_DECLARE_METATYPE(jcr::FuzzyDate)
Q_DECLARE_METATYPE(jcr::DatePrecision)
Q_DECLARE_METATYPE(jcr::Slip::Kind)

class TestSlip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(new EnglishPlurals(this)); }

    void between_data()
    {
        QTest::addColumn<FuzzyDate>("then");
        QTest::addColumn<FuzzyDate>("now");
        QTest::addColumn<Slip::Kind>("kind");
        QTest::addColumn<int>("periods");
        QTest::addColumn<DatePrecision>("unit");
        QTest::addColumn<QString>("shortText");

        const auto C = Slip::Kind::Compared;
        // Same precision: periods of that precision, never days.
        QTest::newRow("Q3 to Q4 is one quarter, not 92 days")
                << FuzzyDate::quarter(2026, 3) << FuzzyDate::quarter(2026, 4) << C << 1
                << DatePrecision::Quarter << QStringLiteral("+1 quarter");
        QTest::newRow("Q4 2026 to Q1 2027 crosses the year")
                << FuzzyDate::quarter(2026, 4) << FuzzyDate::quarter(2027, 1) << C << 1
                << DatePrecision::Quarter << QStringLiteral("+1 quarter");
        QTest::newRow("Q1 2028 back to Q3 2027")
                << FuzzyDate::quarter(2028, 1) << FuzzyDate::quarter(2027, 3) << C << -2
                << DatePrecision::Quarter << QStringLiteral("\u22122 quarters");
        QTest::newRow("day") << FuzzyDate::day(2026, 6, 30) << FuzzyDate::day(2026, 7, 2) << C << 2
                             << DatePrecision::Day << QStringLiteral("+2 days");
        QTest::newRow("month across a year")
                << FuzzyDate::month(2026, 11) << FuzzyDate::month(2027, 2) << C << 3
                << DatePrecision::Month << QStringLiteral("+3 months");
        QTest::newRow("year") << FuzzyDate::year(2026) << FuzzyDate::year(2028) << C << 2
                              << DatePrecision::Year << QStringLiteral("+2 years");
        QTest::newRow("same quarter") << FuzzyDate::quarter(2026, 3) << FuzzyDate::quarter(2026, 3)
                                      << C << 0 << DatePrecision::Quarter << QStringLiteral("0");
        // Different precisions: compared in the coarser one.
        QTest::newRow("Q3 then a day in October: one quarter")
                << FuzzyDate::quarter(2026, 3) << FuzzyDate::day(2026, 10, 15) << C << 1
                << DatePrecision::Quarter << QStringLiteral("+1 quarter");
        QTest::newRow("year then December of it: no slip")
                << FuzzyDate::year(2026) << FuzzyDate::month(2026, 12) << C << 0
                << DatePrecision::Year << QStringLiteral("0");
        QTest::newRow("a day then its quarter: only vaguer")
                << FuzzyDate::day(2026, 9, 15) << FuzzyDate::quarter(2026, 3) << C << 0
                << DatePrecision::Quarter << QStringLiteral("0");
        QTest::newRow("month then next year")
                << FuzzyDate::month(2026, 12) << FuzzyDate::year(2027) << C << 1
                << DatePrecision::Year << QStringLiteral("+1 year");
        QTest::newRow("last day of a month to the first of the next month, at month precision")
                << FuzzyDate::month(2026, 5) << FuzzyDate::day(2026, 6, 1) << C << 1
                << DatePrecision::Month << QStringLiteral("+1 month");
        // Missing dates.
        QTest::newRow("newly dated") << FuzzyDate() << FuzzyDate::year(2027) << Slip::Kind::Dated
                                     << 0 << DatePrecision::Year << QStringLiteral("new date");
        QTest::newRow("date removed")
                << FuzzyDate::month(2027, 3) << FuzzyDate() << Slip::Kind::DateRemoved << 0
                << DatePrecision::Month << QStringLiteral("no date");
        QTest::newRow("undated both") << FuzzyDate() << FuzzyDate() << Slip::Kind::Undated << 0
                                      << DatePrecision::Day << QString();
    }

    void between()
    {
        QFETCH(FuzzyDate, then);
        QFETCH(FuzzyDate, now);
        QFETCH(Slip::Kind, kind);
        QFETCH(int, periods);
        QFETCH(DatePrecision, unit);
        QFETCH(QString, shortText);
        const Slip s = Slip::between(then, now);
        QCOMPARE(s.kind, kind);
        QCOMPARE(s.periods, periods);
        QCOMPARE(s.unit, unit);
        QCOMPARE(s.shortText(), shortText);
        QCOMPARE(s.isLater(), kind == Slip::Kind::Compared && periods > 0);
        QCOMPARE(s.isEarlier(), kind == Slip::Kind::Compared && periods < 0);
    }

    /// The stored day inside a period does not matter: an end stored as the period's last day
    /// (as the file does) and one stored as its first day give the same slip.
    void storedDayDoesNotMatter()
    {
        const FuzzyDate q3Last(QDate(2026, 9, 30), DatePrecision::Quarter);
        const FuzzyDate q4First(QDate(2026, 10, 1), DatePrecision::Quarter);
        const FuzzyDate q4Last(QDate(2026, 12, 31), DatePrecision::Quarter);
        QCOMPARE(Slip::between(q3Last, q4First).periods, 1);
        QCOMPARE(Slip::between(q3Last, q4Last).periods, 1);
    }

    void text()
    {
        QCOMPARE(Slip::between(FuzzyDate::quarter(2026, 3), FuzzyDate::quarter(2026, 4)).text(),
                 QStringLiteral("1 quarter later"));
        QCOMPARE(Slip::between(FuzzyDate::month(2026, 5), FuzzyDate::month(2026, 3)).text(),
                 QStringLiteral("2 months earlier"));
        QCOMPARE(Slip::between(FuzzyDate::year(2026), FuzzyDate::year(2026)).text(),
                 QStringLiteral("unchanged"));
    }
};

QTEST_GUILESS_MAIN(TestSlip)
#include "tst_slip.moc"
