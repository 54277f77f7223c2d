#pragma once

#include "domain/result.h"
#include "domain/statusupdate.h"
#include "storage/snapshot.h"

namespace jcr {

class RoadmapDocument;

/// Everything an export writes: the document's picture plus the status-update history.
struct RoadmapData
{
    Snapshot snapshot;
    QList<StatusUpdate> updates; ///< all items' updates, newest first

    /// Copies the document's picture and, when \a withHistory, reads the history from its file.
    static Result<RoadmapData> fromDocument(RoadmapDocument &document, bool withHistory = true);
};

} // namespace jcr
