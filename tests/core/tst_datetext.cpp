#include "domain/fuzzydate.h"
#include "i18n/datetext.h"

#include <QTest>

using namespace jcr;

namespace {

const QLocale English(QLocale::English, QLocale::Canada);
const QLocale French(QLocale::French, QLocale::Canada);
const QLocale Japanese(QLocale::Japanese, QLocale::Japan);

} // namespace

/// Dates, periods and percentages as English, French and Japanese write them (issue 15), and
/// the fuzzy-date field reads back what it shows in each language.
class TestDateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fuzzyDates_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<FuzzyDate>("date");
        QTest::addColumn<QString>("expected");

        const FuzzyDate day = FuzzyDate::day(2026, 12, 1);
        const FuzzyDate march = FuzzyDate::day(2026, 3, 6);
        const FuzzyDate month = FuzzyDate::month(2026, 3);
        const FuzzyDate quarter = FuzzyDate::quarter(2026, 3);
        const FuzzyDate year = FuzzyDate::year(2028);
        QTest::newRow("en day") << English << day << "1 Dec 2026";
        QTest::newRow("en month") << English << month << "Mar 2026";
        QTest::newRow("en quarter") << English << quarter << "Q3 2026";
        QTest::newRow("en year") << English << year << "2028";
        QTest::newRow("fr day") << French << day << "1 déc. 2026";
        QTest::newRow("fr march") << French << march << "6 mars 2026";
        QTest::newRow("fr month") << French << month << "mars 2026";
        QTest::newRow("fr quarter") << French << quarter << "T3 2026";
        QTest::newRow("fr year") << French << year << "2028";
        QTest::newRow("ja day") << Japanese << day << "2026年12月1日";
        QTest::newRow("ja march") << Japanese << march << "2026年3月6日";
        QTest::newRow("ja month") << Japanese << month << "2026年3月";
        QTest::newRow("ja quarter") << Japanese << quarter << "2026年第3四半期";
        QTest::newRow("ja year") << Japanese << year << "2028年";
    }

    void fuzzyDates()
    {
        QFETCH(QLocale, locale);
        QFETCH(FuzzyDate, date);
        QFETCH(QString, expected);
        QCOMPARE(date.toDisplayString(locale), expected);
        // What the date field shows, it reads back, in the same precision.
        QCOMPARE(FuzzyDate::fromUserText(expected, date.precision(), locale), date);
    }

    void longDays_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << English << "1 December 2026";
        QTest::newRow("fr") << French << "1 décembre 2026";
        QTest::newRow("ja") << Japanese << "2026年12月1日";
    }

    void longDays()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(DateText::day(QDate(2026, 12, 1), locale, DateText::Long), expected);
        QCOMPARE(FuzzyDate::fromUserText(expected, DatePrecision::Day, locale),
                 FuzzyDate::day(2026, 12, 1));
    }

    void others_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("dayMonth");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("longMonth");
        QTest::newRow("en") << English << "1 Dec"
                            << "1 Dec 2026 16:05"
                            << "45%"
                            << "December 2026";
        QTest::newRow("fr") << French << "1 déc."
                            << "1 déc. 2026 16:05"
                            << "45\u00a0%"
                            << "décembre 2026";
        QTest::newRow("ja") << Japanese << "12月1日"
                            << "2026年12月1日 16:05"
                            << "45%"
                            << "2026年12月";
    }

    void others()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, dayMonth);
        QFETCH(QString, dateTime);
        QFETCH(QString, percent);
        QFETCH(QString, longMonth);
        const QDate d(2026, 12, 1);
        QCOMPARE(DateText::dayMonth(d, locale), dayMonth);
        QCOMPARE(DateText::dateTime(QDateTime(d, QTime(16, 5)), locale), dateTime);
        QCOMPARE(DateText::percent(45, locale), percent);
        QCOMPARE(DateText::month(d, locale, DateText::Long), longMonth);
        // A QDateEdit with the day format shows the same text as day().
        QCOMPARE(locale.toString(d, DateText::dayFormat(locale)), DateText::day(d, locale));
    }

    void narrowQuarters()
    {
        QCOMPARE(DateText::quarterNumber(3, English), QStringLiteral("Q3"));
        QCOMPARE(DateText::quarterNumber(3, French), QStringLiteral("T3"));
        QCOMPARE(DateText::quarterNumber(3, Japanese), QStringLiteral("3Q"));
    }

    void typedQuarters_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("typed");
        QTest::newRow("en Q3") << English << "Q3 2026";
        QTest::newRow("fr T3") << French << "T3 2026";
        QTest::newRow("fr t3 lower case") << French << "t3 2026";
        QTest::newRow("ja") << Japanese << "2026年第3四半期";
        QTest::newRow("ja spaced") << Japanese << "2026年 第3 四半期";
        QTest::newRow("ja Latin") << Japanese << "2026 Q3";
    }

    void typedQuarters()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, typed);
        QCOMPARE(FuzzyDate::fromUserText(typed, DatePrecision::Quarter, locale),
                 FuzzyDate::quarter(2026, 3));
    }

    void notAQuarter()
    {
        QVERIFY(!FuzzyDate::fromUserText(u"T5 2026", DatePrecision::Quarter, French).isValid());
        QVERIFY(!FuzzyDate::fromUserText(u"2026年第5四半期", DatePrecision::Quarter, Japanese)
                         .isValid());
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
