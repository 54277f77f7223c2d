#include "datescale.h"
#include "i18n/datetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace jcr {

namespace {

// Zoom thresholds in pixels per day: a week is ~40 px wide at 6, a month ~37 px at 1.2.
constexpr double WeekTierThreshold = 6.0;
constexpr double MonthTierThreshold = 1.2;
constexpr double MonthSnapThreshold = 0.5;

} // namespace

DateScale::DateScale(QDate origin, double pixelsPerDay)
    : m_origin(origin)
{
    setPixelsPerDay(pixelsPerDay);
}

void DateScale::setPixelsPerDay(double pixelsPerDay)
{
    m_pixelsPerDay = std::clamp(pixelsPerDay, MinPixelsPerDay, MaxPixelsPerDay);
}

double DateScale::pixelsPerDay(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Weeks:
        return 16.0;
    case Zoom::Months:
        return 4.0;
    case Zoom::Quarters:
        return 1.0;
    case Zoom::Years:
        return 0.45;
    }
    return 1.0;
}

double DateScale::x(QDate date) const
{
    return double(m_origin.daysTo(date)) * m_pixelsPerDay;
}

QDate DateScale::dateAt(double x) const
{
    return m_origin.addDays(qint64(std::floor(x / m_pixelsPerDay)));
}

QDate DateScale::nearestBoundary(double x) const
{
    return m_origin.addDays(qint64(std::llround(x / m_pixelsPerDay)));
}

TimeUnit DateScale::majorUnit() const
{
    if (m_pixelsPerDay >= WeekTierThreshold)
        return TimeUnit::Month;
    if (m_pixelsPerDay >= MonthTierThreshold)
        return TimeUnit::Quarter;
    return TimeUnit::Year;
}

TimeUnit DateScale::minorUnit() const
{
    if (m_pixelsPerDay >= WeekTierThreshold)
        return TimeUnit::Week;
    if (m_pixelsPerDay >= MonthTierThreshold)
        return TimeUnit::Month;
    return TimeUnit::Quarter;
}

TimeUnit DateScale::snapUnit() const
{
    if (m_pixelsPerDay >= WeekTierThreshold)
        return TimeUnit::Day;
    if (m_pixelsPerDay >= MonthTierThreshold)
        return TimeUnit::Week;
    if (m_pixelsPerDay >= MonthSnapThreshold)
        return TimeUnit::Month;
    return TimeUnit::Quarter;
}

QList<DateScale::Tick> DateScale::ticks(TimeUnit unit, QDate from, QDate to) const
{
    QList<Tick> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    for (QDate d = unitStart(from, unit); d <= to; d = addUnits(d, unit, 1)) {
        const QDate last = addUnits(d, unit, 1).addDays(-1);
        result.append({d, last, x(d), xAfter(last)});
    }
    return result;
}

QDate DateScale::unitStart(QDate date, TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return date;
    case TimeUnit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TimeUnit::Month:
        return QDate(date.year(), date.month(), 1);
    case TimeUnit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TimeUnit::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate DateScale::addUnits(QDate date, TimeUnit unit, int n)
{
    switch (unit) {
    case TimeUnit::Day:
        return date.addDays(n);
    case TimeUnit::Week:
        return date.addDays(7 * qint64(n));
    case TimeUnit::Month:
        return date.addMonths(n);
    case TimeUnit::Quarter:
        return date.addMonths(3 * n);
    case TimeUnit::Year:
        return date.addYears(n);
    }
    return date;
}

QDate DateScale::snap(QDate date) const
{
    return snap(date, snapUnit());
}

QDate DateScale::snap(QDate date, TimeUnit unit)
{
    const QDate before = unitStart(date, unit);
    if (before == date)
        return date;
    const QDate after = addUnits(before, unit, 1);
    return before.daysTo(date) < date.daysTo(after) ? before : after;
}

QString DateScale::label(QDate first, TimeUnit unit, bool compact, const QLocale &locale)
{
    switch (unit) {
    case TimeUnit::Day:
        // The weekday when there is room: "Tue 1", "mar. 1", "1日(火)".
        if (compact)
            return locale.toString(first, QStringLiteral("d"));
        return locale.toString(first,
                               locale.language() == QLocale::Japanese ? QStringLiteral("d日(ddd)")
                                                                      : QStringLiteral("ddd d"));
    case TimeUnit::Week:
        return DateText::dayMonth(first, locale);
    case TimeUnit::Month:
        if (compact)
            return locale.toString(first, QStringLiteral("MMM"));
        return DateText::month(first, locale, DateText::Long);
    case TimeUnit::Quarter: {
        const int q = (first.month() - 1) / 3 + 1;
        if (compact)
            return DateText::quarterNumber(q, locale);
        return DateText::quarter(first.year(), q, locale);
    }
    case TimeUnit::Year:
        return DateText::year(first.year(), locale);
    }
    return {};
}

TimeUnit DateScale::unitOf(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return TimeUnit::Day;
    case DatePrecision::Month:
        return TimeUnit::Month;
    case DatePrecision::Quarter:
        return TimeUnit::Quarter;
    case DatePrecision::Year:
        return TimeUnit::Year;
    }
    return TimeUnit::Day;
}

TimeUnit DateScale::stepUnit(DatePrecision precision) const
{
    return std::max(snapUnit(), unitOf(precision));
}

FuzzyDate DateScale::periodContaining(QDate day, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return FuzzyDate::day(day.year(), day.month(), day.day());
    case DatePrecision::Month:
        return FuzzyDate::month(day.year(), day.month());
    case DatePrecision::Quarter:
        return FuzzyDate::quarter(day.year(), (day.month() - 1) / 3 + 1);
    case DatePrecision::Year:
        return FuzzyDate::year(day.year());
    }
    return {};
}

FuzzyDate DateScale::shifted(const FuzzyDate &date, TimeUnit unit, int n)
{
    if (!date.isValid() || n == 0)
        return date;
    if (date.precision() == DatePrecision::Day)
        return {addUnits(date.first(), unit, n), DatePrecision::Day};
    // Whole periods move by calendar arithmetic on their first day, so "Q3 2026" + 1 quarter is
    // "Q4 2026" and "Jan 2026" + 1 month is "Feb 2026" whatever the month lengths.
    if (unitOf(date.precision()) == unit)
        return {addUnits(date.first(), unit, n), date.precision()};
    const QDate middle = date.first().addDays(date.first().daysTo(date.last()) / 2);
    return periodContaining(addUnits(middle, unit, n), date.precision());
}

FuzzyDate DateScale::shiftedByDays(const FuzzyDate &date, int days)
{
    if (!date.isValid() || days == 0)
        return date;
    if (date.precision() == DatePrecision::Day)
        return {date.first().addDays(days), DatePrecision::Day};
    const QDate middle = date.first().addDays(date.first().daysTo(date.last()) / 2);
    return periodContaining(middle.addDays(days), date.precision());
}

} // namespace jcr
