#pragma once

#include "datescale.h"

namespace jcr {

/**
 * The dates an item gets when it is dragged or stepped on the timeline: the one rule behind
 * the view's mouse drags, their live preview and the Shift+arrow keys.
 *
 * A move keeps the item's length: its leading date (the start; a milestone's end when it has
 * one) lands on the step unit boundary nearest to where it was dropped and the other date
 * follows by the same number of days. A resize moves one end to the nearest step boundary and
 * never past the other end. The step unit is the coarser of the zoom's snap unit and the
 * date's precision; every date keeps its precision (a quarter stays a quarter).
 */
class DateDrag
{
public:
    struct Dates
    {
        FuzzyDate start;
        FuzzyDate end;
        friend bool operator==(const Dates &, const Dates &) = default;
    };

    /// The whole item dragged by \a dx pixels on \a scale.
    static Dates moved(const FuzzyDate &start, const FuzzyDate &end, bool milestone,
                       const DateScale &scale, double dx);
    /// The start edge dragged by \a dx pixels.
    static Dates startResized(const FuzzyDate &start, const FuzzyDate &end, const DateScale &scale,
                              double dx);
    /// The end edge dragged by \a dx pixels.
    static Dates endResized(const FuzzyDate &start, const FuzzyDate &end, const DateScale &scale,
                            double dx);
    /// The whole item moved by \a steps step units (Shift+Left/Right: -1, +1).
    static Dates stepped(const FuzzyDate &start, const FuzzyDate &end, bool milestone,
                         const DateScale &scale, int steps);

    /// True when a move leads with the end date: a milestone that has one.
    static bool leadsWithEnd(const FuzzyDate &end, bool milestone)
    {
        return milestone && end.isValid();
    }

private:
    /// \a start and \a end with the leading one replaced by \a newLead, the other shifted by as
    /// many days as the lead moved.
    static Dates withLead(const FuzzyDate &start, const FuzzyDate &end, bool milestone,
                          const FuzzyDate &newLead);
};

} // namespace jcr
