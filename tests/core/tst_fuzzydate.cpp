#include "domain/fuzzydate.h"

#include <QTest>

using namespace jcr;

/// FuzzyDate: parsing, period bounds and display in each precision.
class TestFuzzyDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("day") << "2026-12-12" << true << QDate(2026, 12, 12) << QDate(2026, 12, 12)
                             << "12 Dec 2026"
                             << "2026-12-12";
        QTest::newRow("month") << "2026-12" << true << QDate(2026, 12, 1) << QDate(2026, 12, 31)
                               << "Dec 2026"
                               << "2026-12";
        QTest::newRow("february leap")
                << "2028-02" << true << QDate(2028, 2, 1) << QDate(2028, 2, 29) << "Feb 2028"
                << "2028-02";
        QTest::newRow("february common")
                << "2026-02" << true << QDate(2026, 2, 1) << QDate(2026, 2, 28) << "Feb 2026"
                << "2026-02";
        QTest::newRow("quarter") << "2026-Q3" << true << QDate(2026, 7, 1) << QDate(2026, 9, 30)
                                 << "Q3 2026"
                                 << "2026-Q3";
        QTest::newRow("q4") << "2027-Q4" << true << QDate(2027, 10, 1) << QDate(2027, 12, 31)
                            << "Q4 2027"
                            << "2027-Q4";
        QTest::newRow("year") << "2028" << true << QDate(2028, 1, 1) << QDate(2028, 12, 31)
                              << "2028"
                              << "2028";
        QTest::newRow("leap day") << "2028-02-29" << true << QDate(2028, 2, 29)
                                  << QDate(2028, 2, 29) << "29 Feb 2028"
                                  << "2028-02-29";
        QTest::newRow("no leap day") << "2026-02-29" << false << QDate() << QDate() << ""
                                     << "";
        QTest::newRow("month 13") << "2026-13" << false << QDate() << QDate() << ""
                                  << "";
        QTest::newRow("quarter 5") << "2026-Q5" << false << QDate() << QDate() << ""
                                   << "";
        QTest::newRow("words") << "this calendar year" << false << QDate() << QDate() << ""
                               << "";
        QTest::newRow("empty") << "" << false << QDate() << QDate() << ""
                               << "";
        QTest::newRow("slashes") << "2026/12/12" << false << QDate() << QDate() << ""
                                 << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QString, display);
        QFETCH(QString, canonical);
        const FuzzyDate d = FuzzyDate::fromText(text);
        QCOMPARE(d.isValid(), valid);
        QCOMPARE(d.first(), first);
        QCOMPARE(d.last(), last);
        QCOMPARE(d.toDisplayString(), display);
        QCOMPARE(d.toText(), canonical);
        if (valid)
            QCOMPARE(FuzzyDate::fromText(d.toText()), d);
    }

    void anyDayIdentifiesItsPeriod()
    {
        // Stored dates are period bounds; reading back the last day must give the same period.
        const FuzzyDate q = FuzzyDate::quarter(2026, 3);
        QCOMPARE(FuzzyDate(q.last(), DatePrecision::Quarter), q);
        QVERIFY(q.contains(QDate(2026, 8, 15)));
        QVERIFY(!q.contains(QDate(2026, 10, 1)));
        QVERIFY(!(FuzzyDate::year(2026) == FuzzyDate::quarter(2026, 1)));
        QCOMPARE(FuzzyDate(), FuzzyDate());
    }

    void userText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("expected"); ///< canonical text; empty: refused
        const int day = int(DatePrecision::Day), month = int(DatePrecision::Month),
                  quarter = int(DatePrecision::Quarter), year = int(DatePrecision::Year);
        QTest::newRow("day written") << "15 Aug 2027" << day << "2027-08-15";
        QTest::newRow("day long month") << "15 August 2027" << day << "2027-08-15";
        QTest::newRow("day month first") << "Aug 15, 2027" << day << "2027-08-15";
        QTest::newRow("day numbers") << "15/8/2027" << day << "2027-08-15";
        QTest::newRow("day iso") << "2027-08-15" << day << "2027-08-15";
        QTest::newRow("day japanese") << "2027年8月15日" << day << "2027-08-15";
        QTest::newRow("day padded") << "  15   Aug 2027 " << day << "2027-08-15";
        QTest::newRow("day lower case") << "15 aug 2027" << day << "2027-08-15";
        QTest::newRow("day of month only") << "Aug 2027" << day << "";
        QTest::newRow("day 30 February") << "30 Feb 2027" << day << "";
        QTest::newRow("day garbage") << "next week" << day << "";
        QTest::newRow("day bare number") << "15" << day << "";
        QTest::newRow("month written") << "Aug 2027" << month << "2027-08";
        QTest::newRow("month long") << "August 2027" << month << "2027-08";
        QTest::newRow("month numbers") << "8/2027" << month << "2027-08";
        QTest::newRow("month iso") << "2027-08" << month << "2027-08";
        QTest::newRow("month from a day") << "15 Aug 2027" << month << "2027-08";
        QTest::newRow("month 13") << "13/2027" << month << "";
        QTest::newRow("month year only") << "2027" << month << "";
        QTest::newRow("quarter display") << "Q3 2027" << quarter << "2027-Q3";
        QTest::newRow("quarter lower") << "q4 2026" << quarter << "2026-Q4";
        QTest::newRow("quarter iso") << "2027-Q1" << quarter << "2027-Q1";
        QTest::newRow("quarter from a month") << "Aug 2027" << quarter << "2027-Q3";
        QTest::newRow("quarter 5") << "Q5 2027" << quarter << "";
        QTest::newRow("quarter year only") << "2027" << quarter << "";
        QTest::newRow("year") << "2027" << year << "2027";
        QTest::newRow("year from a quarter") << "Q2 2028" << year << "2028";
        QTest::newRow("year too early") << "1899" << year << "";
        QTest::newRow("year too late") << "2200" << year << "";
        QTest::newRow("year two digits") << "27" << year << "";
        QTest::newRow("empty") << "" << day << "";
    }

    void userText()
    {
        QFETCH(QString, typed);
        QFETCH(int, precision);
        QFETCH(QString, expected);
        const FuzzyDate d = FuzzyDate::fromUserText(typed, DatePrecision(precision));
        QCOMPARE(d.toText(), expected);
        if (d.isValid()) {
            QCOMPARE(int(d.precision()), precision);
            // What the field shows afterwards reads back as the same date.
            QCOMPARE(FuzzyDate::fromUserText(d.toDisplayString(), DatePrecision(precision)), d);
        }
    }

    void userTextCompletesFromTheShownDate()
    {
        const QDate shown(2026, 3, 1);
        const auto parse = [&](const char *typed, DatePrecision p) {
            return FuzzyDate::fromUserText(QString::fromUtf8(typed), p, QLocale(), shown).toText();
        };
        QCOMPARE(parse("15", DatePrecision::Day), QStringLiteral("2026-03-15"));
        QCOMPARE(parse("31", DatePrecision::Day), QStringLiteral("2026-03-31"));
        QCOMPARE(parse("32", DatePrecision::Day), QString());
        QCOMPARE(parse("15 Aug", DatePrecision::Day), QStringLiteral("2026-08-15"));
        QCOMPARE(parse("Aug", DatePrecision::Month), QStringLiteral("2026-08"));
        QCOMPARE(parse("Q4", DatePrecision::Quarter), QStringLiteral("2026-Q4"));
        QCOMPARE(parse("15 Aug 2027", DatePrecision::Day), QStringLiteral("2027-08-15"));
        // Without a shown date nothing is guessed.
        QCOMPARE(FuzzyDate::fromUserText(u"15", DatePrecision::Day).toText(), QString());
        QCOMPARE(parse("15", DatePrecision::Month), QString());
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
