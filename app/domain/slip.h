#pragma once

#include "fuzzydate.h"

#include <QCoreApplication>
#include <QString>

namespace jcr {

/**
 * How far a date moved between a baseline and now, counted honestly in the periods the dates
 * are known to: an end moved from Q3 2026 to Q4 2026 slipped one quarter, not 92 days.
 *
 * The rule, when the two dates have different precisions: both are compared in the COARSER
 * precision, a finer date standing for the month, quarter or year it falls in (periods nest, so
 * that is unambiguous). A vaguer date cannot say more than its period: "Q3 2026" then
 * "15 Oct 2026" slipped one quarter; "2026" then "Dec 2026" did not slip (still within the year
 * promised); "15 Sep 2026" then "Q3 2026" did not slip either (only became vaguer).
 */
struct Slip
{
    Q_DECLARE_TR_FUNCTIONS(jcr::Slip)

public:
    enum class Kind {
        Undated, ///< no date then and none now
        Compared, ///< both dated: periods and unit say how far it moved
        Dated, ///< no date then, one now
        DateRemoved, ///< a date then, none now
    };

    Kind kind = Kind::Undated;
    /// Periods of \a unit moved: positive later (slipped), negative earlier, 0 the same period.
    int periods = 0;
    DatePrecision unit = DatePrecision::Day;

    /// Compares \a then (the baseline's date) with \a now.
    static Slip between(const FuzzyDate &then, const FuzzyDate &now);
    /// How coarse \a precision is: Day 0, Month 1, Quarter 2, Year 3.
    static int precisionRank(DatePrecision precision);
    /// The coarser of two precisions (Year is the coarsest).
    static DatePrecision coarser(DatePrecision a, DatePrecision b);
    /// The number of the period of \a precision that \a date falls in (consecutive periods have
    /// consecutive numbers).
    static qint64 periodIndex(QDate date, DatePrecision precision);

    /// Moved to a later period.
    bool isLater() const { return kind == Kind::Compared && periods > 0; }
    bool isEarlier() const { return kind == Kind::Compared && periods < 0; }

    /// Short form for a table cell: "+1 quarter", "−2 months", "0", "new date", "no date";
    /// empty when undated both times.
    QString shortText() const;
    /// "1 quarter later", "2 months earlier", "unchanged", "newly dated", "date removed".
    QString text() const;
};

} // namespace jcr
