#pragma once

#include "domain/baseline.h"
#include "domain/documentsettings.h"
#include "domain/item.h"
#include "domain/organisation.h"
#include "domain/priorityarea.h"
#include "domain/sourcedocument.h"

#include <QList>
#include <QMap>
#include <QPair>

namespace jcr {

/// A dependency: the successor should not start before the predecessor ends.
struct Dependency
{
    qint64 predecessorId = 0;
    qint64 successorId = 0;
    friend bool operator==(const Dependency &, const Dependency &) = default;
};

/// Everything a document shows, read in one read transaction.
struct Snapshot
{
    DocumentSettings settings;
    QList<PriorityArea> areas;
    QList<Organisation> organisations;
    QList<Item> items; ///< ordered by id
    QList<Dependency> dependencies;
    QMap<Status, int> wipLimits; ///< board column limits; absent means no limit
    QList<SourceDocument> sources; ///< ordered by id
    QList<Baseline> baselines; ///< without their items, oldest first
};

} // namespace jcr
