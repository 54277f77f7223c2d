#pragma once

#include "domain/priorityarea.h"
#include "storage/snapshot.h"
#include "timelineentry.h"

#include <QList>

class QAbstractItemModel;

namespace jcr {

class RoadmapDocument;

/// The roadmap as the timeline draws it: lanes (priority areas), entries and dependencies.
struct TimelineData
{
    QList<PriorityArea> areas; ///< one lane each, in the order of their numbers
    QList<TimelineEntry> entries; ///< scheduled and unscheduled
    QList<Dependency> dependencies;

    /// Every item of \a document.
    static TimelineData fromDocument(const RoadmapDocument &document);
    /// The rows of \a model (the shared filter model or the item model), read through the
    /// roles of roles.h, with the areas and dependencies of \a document.
    static TimelineData fromModel(const QAbstractItemModel &model, const RoadmapDocument &document);
    /// One row of \a model as an entry.
    static TimelineEntry entryFromModel(const QAbstractItemModel &model, int row);
    /// \a item as an entry, overdue as of \a today.
    static TimelineEntry entryOf(const Item &item, QDate today);
    /// The areas of \a document sorted by number.
    static QList<PriorityArea> sortedAreas(const RoadmapDocument &document);
};

} // namespace jcr
