#pragma once

#include "domain/baseline.h"
#include "domain/changerecord.h"
#include "domain/item.h"
#include "domain/result.h"
#include "domain/slip.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace jcr {

class RoadmapDocument;

/// How one item now compares with what a baseline recorded of it.
struct ItemComparison
{
    qint64 itemId = 0;
    BaselineItem then;
    Slip start;
    Slip end;
    /// The slip of the date that counts as due (the end, or the start without an end): what
    /// "slipped" means for the views and reports.
    Slip due;
    bool statusChanged = false;
    bool healthChanged = false;
};

/**
 * The roadmap now against a baseline — a stored one, or the state on a past day reconstructed
 * from the record of change (stateOn()). One rule for the timeline, the items table, the board
 * and the reports: an item has slipped when its due date (its end; the start of an item
 * without an end) lies in a later period than the baseline's, counted in the precision of the
 * vaguer of the two dates (see Slip).
 */
class BaselineComparison
{
    Q_DECLARE_TR_FUNCTIONS(jcr::BaselineComparison)

public:
    /// No baseline: nothing compares, nothing slipped.
    BaselineComparison() = default;
    explicit BaselineComparison(Baseline baseline);

    bool isActive() const { return m_active; }
    const Baseline &baseline() const { return m_baseline; }

    /// What the baseline recorded of item \a itemId; nullptr when it did not have it (added
    /// since, or no baseline).
    const BaselineItem *then(qint64 itemId) const;
    /// \a now against the baseline; nothing when the baseline did not have it.
    std::optional<ItemComparison> compare(const Item &now) const;
    /// True when \a now's due date slipped to a later period than the baseline's.
    bool isSlipped(const Item &now) const;

    /// Every item of \a items that slipped, most periods first within each unit (years, then
    /// quarters, months, days), then by id.
    QList<ItemComparison> slipped(const QList<Item> &items) const;
    /// The items the baseline recorded that \a items no longer has (deleted since).
    QList<BaselineItem> removedSince(const QList<Item> &items) const;
    /// The ids of \a items the baseline did not have (added since).
    QList<qint64> addedSince(const QList<Item> &items) const;

    /// The state of every item at the end of the day \a day, reconstructed from \a now by
    /// undoing \a changesAfter (the changes recorded after that day, newest first): an item
    /// created since is left out, a changed field takes its old value. Items deleted since are
    /// left out too: the record keeps only their title. Named "State on DAY".
    static Baseline replay(const QList<Item> &now, const QList<ChangeRecord> &changesAfter,
                           QDate day);
    /// replay() with the document's items and record of change.
    static Result<Baseline> stateOn(RoadmapDocument &document, QDate day);
    /// \a item as a baseline records it.
    static BaselineItem record(const Item &item);

private:
    Baseline m_baseline;
    QHash<qint64, qsizetype> m_rowOf; ///< item id → index in m_baseline.items
    bool m_active = false;
};

} // namespace jcr
