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
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
