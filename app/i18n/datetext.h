#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace jcr {

/**
 * Dates, periods and percentages as each language writes them, from QLocale's month names and
 * the language's own order: "1 Dec 2026" / "1 déc. 2026" / "2026年12月1日", "Q3 2026" /
 * "T3 2026" / "2026年第3四半期". Every date the planner shows or prints goes through here (or
 * FuzzyDate::toDisplayString, which uses it), never through a hand-built "d MMM yyyy" that
 * would put a Japanese month name inside an English order ("1 12月 2026").
 */
class DateText
{
public:
    enum Length {
        Short, ///< abbreviated month: "1 Dec 2026", "1 déc. 2026"
        Long ///< month in full: "1 December 2026", "1 décembre 2026"
    };

    static QString day(QDate date, const QLocale &locale = QLocale(), Length length = Short);
    static QString month(QDate date, const QLocale &locale = QLocale(), Length length = Short);
    /// Quarter \a quarter (1–4) of \a year.
    static QString quarter(int year, int quarter, const QLocale &locale = QLocale());
    /// The quarter alone, for a narrow time header: "Q3", "T3", "3Q".
    static QString quarterNumber(int quarter, const QLocale &locale = QLocale());
    static QString year(int year, const QLocale &locale = QLocale());
    /// Day and month without the year, for the timeline header: "1 Dec", "1 déc.", "12月1日".
    static QString dayMonth(QDate date, const QLocale &locale = QLocale());
    /// A date and time: "1 Dec 2026 16:05", "2026年12月1日 16:05".
    static QString dateTime(const QDateTime &at, const QLocale &locale = QLocale());
    /// The QDateEdit display format for whole days in \a locale ("d MMM yyyy", "yyyy年M月d日").
    static QString dayFormat(const QLocale &locale = QLocale());
    /// A percentage: "45 %" in French (a no-break space), "45%" in English and Japanese.
    static QString percent(int value, const QLocale &locale = QLocale());
    /// The suffix percent() puts after the number (for a spin box).
    static QString percentSuffix(const QLocale &locale = QLocale());
};

} // namespace jcr
