#pragma once

#include "enums.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace jcr {

/**
 * A date that is only as exact as what is known: a day, a month, a quarter or a year.
 *
 * The date is kept as any day inside the period; first() and last() give the period's bounds.
 * The canonical text forms are "2026-12-12", "2026-12", "2026-Q4" and "2026".
 */
class FuzzyDate
{
public:
    FuzzyDate() = default;
    FuzzyDate(QDate date, DatePrecision precision);

    static FuzzyDate day(int y, int m, int d) { return {QDate(y, m, d), DatePrecision::Day}; }
    static FuzzyDate month(int y, int m) { return {QDate(y, m, 1), DatePrecision::Month}; }
    static FuzzyDate quarter(int y, int q)
    {
        return {QDate(y, (q - 1) * 3 + 1, 1), DatePrecision::Quarter};
    }
    static FuzzyDate year(int y) { return {QDate(y, 1, 1), DatePrecision::Year}; }

    /// Parses the canonical text forms; returns an invalid date for anything else.
    static FuzzyDate fromText(QStringView text);
    /// Parses what a user typed for a date of \a precision: the display form ("15 Aug 2027",
    /// "Aug 2027", "Q3 2027", "2027", month names in \a locale or English), the canonical form,
    /// or numbers ("15/8/2027", "8/2027", "2027/8/15"). A more exact date than the precision
    /// gives its period; anything else, or a year outside 1900–2199, is invalid. With a valid
    /// \a shown date, what the user left out comes from it: "15" is the 15th of the shown
    /// month, "15 Aug" and "Q3" are in the shown year.
    static FuzzyDate fromUserText(QStringView text, DatePrecision precision,
                                  const QLocale &locale = QLocale(), QDate shown = {});

    bool isValid() const { return m_date.isValid(); }
    bool isNull() const { return !m_date.isValid(); }
    QDate date() const { return m_date; }
    DatePrecision precision() const { return m_precision; }

    /// First day of the period.
    QDate first() const;
    /// Last day of the period.
    QDate last() const;
    /// True if \a d falls inside the period.
    bool contains(QDate d) const { return isValid() && d >= first() && d <= last(); }

    /// Canonical text, e.g. "2026-Q3"; empty for an invalid date.
    QString toText() const;
    /// Human form in the given locale: "12 Dec 2026", "Dec 2026", "Q3 2026", "2026".
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    /// Periods compare equal when they denote the same span.
    friend bool operator==(const FuzzyDate &a, const FuzzyDate &b)
    {
        if (a.isNull() || b.isNull())
            return a.isNull() == b.isNull();
        return a.m_precision == b.m_precision && a.first() == b.first();
    }

private:
    QDate m_date;
    DatePrecision m_precision = DatePrecision::Day;
};

} // namespace jcr
