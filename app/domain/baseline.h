#pragma once

#include "enums.h"
#include "fuzzydate.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace jcr {

/// Largest baseline name accepted, in characters.
inline constexpr int MaxBaselineNameLength = 200;
/// Largest baseline note accepted, in characters.
inline constexpr int MaxBaselineNoteLength = 10000;

/// One item as a baseline recorded it: its dates with their precision, status, health and
/// progress, and its title (the item may have been deleted since).
struct BaselineItem
{
    qint64 itemId = 0;
    QString title;
    Status status = Status::Planned;
    Health health = Health::OnTrack;
    FuzzyDate start;
    FuzzyDate end;
    int progress = 0;

    friend bool operator==(const BaselineItem &, const BaselineItem &) = default;
};

/**
 * A named snapshot of the roadmap ("Leaders' meeting March 2026", "Q3 review"): the day it was
 * taken, a note, and every item's dates, status, health and progress at that moment. Compared
 * with the roadmap as it is now to show what slipped (see BaselineComparison).
 */
struct Baseline
{
    qint64 id = 0;
    QString name;
    QDate takenOn;
    QString note;
    /// By item id; empty in the list of baselines (see RoadmapDocument::baselines()), filled
    /// when one baseline is read whole.
    QList<BaselineItem> items;

    friend bool operator==(const Baseline &, const Baseline &) = default;
};

} // namespace jcr
