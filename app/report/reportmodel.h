#pragma once

#include "reportoptions.h"

#include "domain/changerecord.h"
#include "domain/documentsettings.h"
#include "domain/item.h"
#include "domain/priorityarea.h"
#include "domain/result.h"
#include "domain/slip.h"
#include "domain/statusupdate.h"
#include "sources/emphasismarkup.h"

#include <QColor>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace jcr {

class RoadmapDocument;

/// One item as a report shows it: everything resolved to text-ready values.
struct ReportItem
{
    qint64 id = 0;
    QString title;
    QString description;
    ItemKind kind = ItemKind::Initiative;
    Status status = Status::Planned;
    Health health = Health::OnTrack;
    LeadSide lead = LeadSide::Joint;
    QString organisations; ///< "MOFA, GAC" — lead organisations' short names
    FuzzyDate start;
    FuzzyDate end;
    int progress = 0;
    double rank = 0; ///< position in its board column
    int areaNumber = 0;
    QString areaShortName;
    QColor areaColour;
    /// Active and late: its end has passed, or (without an end) the start of a milestone or
    /// of an item that has not started yet.
    bool overdue = false;
    bool startOverdue = false; ///< overdue because it has not started by its start date
    int daysOverdue = 0;
    std::optional<StatusUpdate> latestUpdate; ///< the newest update on or before the as-of date
    /// Against the report's baseline (options.baseline): the due date the baseline had and how
    /// far it moved; unset without a baseline or when the baseline did not have the item.
    std::optional<Slip> slip;
    FuzzyDate baselineDue;

    FuzzyDate due() const { return end.isValid() ? end : start; }
    bool isActive() const { return status != Status::Done && status != Status::Cancelled; }
};

/// One commitment sentence of a source with the items tracking it (the traceability annex).
struct TraceabilityRow
{
    QString sourceTitle;
    QList<EmphasisRun> sentence; ///< as read: the emphasis markers turned into bold/italic runs
    QList<QPair<QString, Status>> items; ///< title and status of each item citing it
};

/// One line of the executive summary: a priority area's counts by status and its health.
struct AreaSummary
{
    int number = 0;
    QString name;
    QString shortName;
    QColor colour;
    std::array<int, 6> countByStatus {}; ///< indexed by Status
    int total = 0;
    int atRisk = 0; ///< active items at risk or off track
    int overdue = 0;
    int slipped = 0; ///< items whose due date slipped against the report's baseline
    int progress = 0; ///< mean progress in percent, done items counting 100
    Health health = Health::OnTrack;
};

/// One entry of "changes since": a status note, or a change from the file's record of change
/// (status, health, a date moved, an item added or removed), with the title of its item.
struct ReportChange
{
    StatusUpdate update; ///< the status note (when recorded is empty)
    std::optional<ChangeRecord> recorded; ///< a recorded change
    /// Items added (or removed) on one day by one person, counted instead of listed when there
    /// are more than BulkChanges of them; recorded is the first of them.
    int count = 1;
    QString itemTitle;
    int areaNumber = 0;
    QDate date; ///< the note's date, or the local day of the recorded change
    QString author; ///< who (a recorded change by another program: "another program")
};

/// A priority area's section of the status report.
struct AreaSection
{
    AreaSummary summary;
    QList<ReportItem> items; ///< by due date, undated last
};

/**
 * What goes into a report, computed from a document and the options: the numbers and lists
 * the renderer lays out. Every date-relative choice (overdue, upcoming, since) is made here,
 * against the as-of date, so that the renderer only draws.
 */
struct ReportModel
{
    ReportOptions options;
    QDate asOf;
    QDate since;
    QDate upcomingUntil; ///< as-of + UpcomingDays
    QString title;
    QString office;
    QString author;
    QString classification;
    /// The document's properties, with the briefing note (drafter, approver, file number,
    /// purpose, key messages, next steps).
    DocumentSettings settings;

    QList<AreaSummary> summary; ///< one per selected area, by number
    AreaSummary overall; ///< the totals of summary
    int daysToCentennial = 0;

    QList<ReportItem> upcoming; ///< active items starting or due in (asOf, upcomingUntil]
    QList<ReportItem> overdueOrAtRisk; ///< active items overdue, at risk or off track
    QList<ReportItem> completedSince; ///< items done since the since date, in order of completion
    QList<ReportChange> changesSince; ///< updates dated since..asOf, newest first
    /// The baseline of "Slippage against" (options.baseline): its name and the day it was taken;
    /// an empty name without one.
    QString baselineName;
    QDate baselineDate;
    /// Selected items whose due date slipped against it, most slip first (BaselineComparison).
    QList<ReportItem> slipped;
    QList<AreaSection> sections; ///< one per selected area
    /// Every selected item, for the timeline and the board (by area, then due date).
    QList<ReportItem> allItems;
    /// The traceability annex (with options.includeTraceability): every commitment sentence.
    QList<TraceabilityRow> traceability;
    QString traceabilitySummary; ///< "23 of 25 commitment sentences tracked"

    static constexpr int UpcomingDays = 90;
    /// More items than this added or removed by one person on one day are one counted line.
    static constexpr int BulkChanges = 10;

    /// Computes the report for \a document; reads the status notes, the record of change and
    /// the baseline named in the options (NotFound when there is none of that name) from its
    /// file.
    static Result<ReportModel> build(RoadmapDocument &document, const ReportOptions &options);
    /// Computes the report from plain data (what build() does once it has read the history).
    /// \a recorded: the record of change, at least of the days since..as-of (any order).
    static ReportModel build(const DocumentSettings &settings, const QList<PriorityArea> &areas,
                             const QList<ReportItem> &items, const QList<StatusUpdate> &history,
                             const ReportOptions &options,
                             const QList<ChangeRecord> &recorded = {});

    /// How the summary judges an area: off track when a quarter or more of its active items
    /// are off track, at risk when a quarter or more are at risk, off track or overdue.
    static Health areaHealth(int active, int offTrack, int atRiskOrOverdue);
};

} // namespace jcr
