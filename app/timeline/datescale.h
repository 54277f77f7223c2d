#pragma once

#include "domain/fuzzydate.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace jcr {

/// Calendar units of the time header and of snapping.
enum class TimeUnit { Day, Week, Month, Quarter, Year };

/**
 * Maps dates to horizontal positions and back at a zoom level given in pixels per day.
 *
 * Day d covers [x(d), x(d + 1)): a bar from \a first to \a last spans x(first)..xAfter(last).
 * The scale also chooses the two-tier time header (years over quarters, quarters over months,
 * months over weeks) and the unit drags snap to, both from the zoom alone, so the view, the
 * image export and the reports agree.
 */
class DateScale
{
public:
    /// The zoom presets of the view's menu and shortcuts.
    enum class Zoom { Weeks, Months, Quarters, Years };

    static constexpr double MinPixelsPerDay = 0.05;
    static constexpr double MaxPixelsPerDay = 60.0;

    DateScale() = default;
    DateScale(QDate origin, double pixelsPerDay);

    /// The day at x = 0.
    QDate origin() const { return m_origin; }
    void setOrigin(QDate origin) { m_origin = origin; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    /// Sets the zoom, clamped to [MinPixelsPerDay, MaxPixelsPerDay].
    void setPixelsPerDay(double pixelsPerDay);
    static double pixelsPerDay(Zoom zoom);

    /// Left edge of day \a date.
    double x(QDate date) const;
    /// Right edge of day \a date (the left edge of the next day).
    double xAfter(QDate date) const { return x(date) + m_pixelsPerDay; }
    /// The day under \a x.
    QDate dateAt(double x) const;
    /// The day boundary nearest to \a x, as the day that starts there.
    QDate nearestBoundary(double x) const;

    /// Upper header tier: Year, Quarter or Month.
    TimeUnit majorUnit() const;
    /// Lower header tier: Quarter, Month or Week.
    TimeUnit minorUnit() const;
    /// The unit drags snap to and Shift+arrow moves by: Day, Week, Month or Quarter.
    TimeUnit snapUnit() const;

    /// One period of a header tier.
    struct Tick
    {
        QDate first; ///< first day of the period
        QDate last; ///< last day of the period
        double x0 = 0;
        double x1 = 0;
    };
    /// The periods of \a unit overlapping [from, to], in order.
    QList<Tick> ticks(TimeUnit unit, QDate from, QDate to) const;

    /// The start of the \a unit period containing \a date (weeks start on Monday).
    static QDate unitStart(QDate date, TimeUnit unit);
    /// \a date moved by \a n whole units.
    static QDate addUnits(QDate date, TimeUnit unit, int n);
    /// The unit boundary of this scale's snap unit nearest to \a date.
    QDate snap(QDate date) const;
    /// The unit boundary of \a unit nearest to \a date.
    static QDate snap(QDate date, TimeUnit unit);
    /// Header text for the \a unit period starting at \a first: "2026", "Q3 2026", "Mar 2026"…
    /// \a compact gives the short forms of the lower tier ("Q3", "Mar", "9 Mar").
    static QString label(QDate first, TimeUnit unit, bool compact, const QLocale &locale = {});

    /// The unit a date of \a precision moves by.
    static TimeUnit unitOf(DatePrecision precision);
    /// The coarser of the snap unit and \a precision: a drag never makes a date finer or coarser.
    TimeUnit stepUnit(DatePrecision precision) const;
    /// \a date moved by \a n steps of \a unit, keeping its precision: a day-precise date moves
    /// by the units; a month, quarter or year moves to the period holding its shifted middle.
    static FuzzyDate shifted(const FuzzyDate &date, TimeUnit unit, int n);
    /// \a date moved by \a days days, keeping its precision (the period holding its shifted
    /// middle for a month, quarter or year).
    static FuzzyDate shiftedByDays(const FuzzyDate &date, int days);
    /// The period of \a precision containing \a day.
    static FuzzyDate periodContaining(QDate day, DatePrecision precision);

private:
    QDate m_origin = QDate(2026, 1, 1);
    double m_pixelsPerDay = 2.0;
};

} // namespace jcr
