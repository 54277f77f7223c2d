#include "datedrag.h"

#include <algorithm>
#include <cmath>

namespace jcr {

namespace {

/// The period of \a precision holding \a day; a day-precise date is the day itself.
FuzzyDate inPrecision(QDate day, DatePrecision precision)
{
    return precision == DatePrecision::Day ? FuzzyDate(day, DatePrecision::Day)
                                           : DateScale::periodContaining(day, precision);
}

} // namespace

DateDrag::Dates DateDrag::withLead(const FuzzyDate &start, const FuzzyDate &end, bool milestone,
                                   const FuzzyDate &newLead)
{
    const bool leadIsEnd = leadsWithEnd(end, milestone);
    const FuzzyDate &lead = leadIsEnd ? end : start;
    const int delta = int(lead.first().daysTo(newLead.first()));
    if (leadIsEnd)
        return {DateScale::shiftedByDays(start, delta), newLead};
    return {newLead, DateScale::shiftedByDays(end, delta)};
}

DateDrag::Dates DateDrag::moved(const FuzzyDate &start, const FuzzyDate &end, bool milestone,
                                const DateScale &scale, double dx)
{
    const FuzzyDate &lead = leadsWithEnd(end, milestone) ? end : start;
    const TimeUnit unit = scale.stepUnit(lead.precision());
    const double days = dx / scale.pixelsPerDay();
    const QDate target = lead.first().addDays(qint64(std::lround(days)));
    const QDate snapped = DateScale::snap(target, unit);
    return withLead(start, end, milestone, inPrecision(snapped, lead.precision()));
}

DateDrag::Dates DateDrag::startResized(const FuzzyDate &start, const FuzzyDate &end,
                                       const DateScale &scale, double dx)
{
    const TimeUnit unit = scale.stepUnit(start.precision());
    const QDate boundary
            = DateScale::snap(scale.nearestBoundary(scale.x(start.first()) + dx), unit);
    // Never past the end.
    const QDate first = end.isValid() ? std::min(boundary, end.last()) : boundary;
    return {inPrecision(first, start.precision()), end};
}

DateDrag::Dates DateDrag::endResized(const FuzzyDate &start, const FuzzyDate &end,
                                     const DateScale &scale, double dx)
{
    const TimeUnit unit = scale.stepUnit(end.precision());
    // The boundary after the last day moves; the new last day is the day before it.
    const QDate boundary
            = DateScale::snap(scale.nearestBoundary(scale.xAfter(end.last()) + dx), unit);
    const QDate last = start.isValid() ? std::max(boundary.addDays(-1), start.first())
                                       : boundary.addDays(-1);
    return {start, inPrecision(last, end.precision())};
}

DateDrag::Dates DateDrag::stepped(const FuzzyDate &start, const FuzzyDate &end, bool milestone,
                                  const DateScale &scale, int steps)
{
    const FuzzyDate &lead = leadsWithEnd(end, milestone) ? end : start;
    const TimeUnit unit = scale.stepUnit(lead.precision());
    return withLead(start, end, milestone, DateScale::shifted(lead, unit, steps));
}

} // namespace jcr
