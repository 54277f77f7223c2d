#pragma once

#include "domain/enums.h"
#include "domain/fuzzydate.h"

#include <QString>

namespace jcr {

/// What the timeline needs of one roadmap item.
struct TimelineEntry
{
    qint64 id = 0;
    qint64 areaId = 0;
    QString title;
    FuzzyDate start;
    FuzzyDate end;
    ItemKind kind = ItemKind::Initiative;
    Status status = Status::Planned;
    Health health = Health::OnTrack;
    bool overdue = false;
    /// The chosen baseline's span of the item (first day of its start, last day of its end,
    /// or a milestone's period); null without a baseline or when it did not have the item.
    QDate baselineFirst;
    QDate baselineLast;
    /// Its due date slipped to a later period than the baseline's (BaselineComparison).
    bool slipped = false;

    /// True when the item has a date and so a place on the chart.
    bool isScheduled() const { return start.isValid() || end.isValid(); }
    /// Milestones, and items with only one date, are drawn as a diamond.
    bool isMilestone() const
    {
        return kind == ItemKind::Milestone || !start.isValid() || !end.isValid();
    }
    /// The date of a milestone diamond: the end if any, else the start.
    FuzzyDate milestoneDate() const { return end.isValid() ? end : start; }
    /// First day drawn.
    QDate firstDay() const { return isMilestone() ? milestoneDate().first() : start.first(); }
    /// Last day drawn.
    QDate lastDay() const { return isMilestone() ? milestoneDate().last() : end.last(); }
    /// The date a dependency arrow leaves from: a diamond's date, else the end.
    FuzzyDate dependencyEnd() const { return isMilestone() ? milestoneDate() : end; }
    /// The date a dependency arrow arrives at: a diamond's date, else the start.
    FuzzyDate dependencyStart() const { return isMilestone() ? milestoneDate() : start; }

    /// The rule of a dependency: it is violated when the successor starts (\a successorStart)
    /// before the last day of its predecessor (\a predecessorEnd). Starting on that last day
    /// is allowed. Undated ends violate nothing.
    static bool dependencyViolated(const FuzzyDate &predecessorEnd, const FuzzyDate &successorStart)
    {
        return predecessorEnd.isValid() && successorStart.isValid()
                && successorStart.first() < predecessorEnd.last();
    }
};

} // namespace jcr
