#include "roadmapdata.h"

#include "document/roadmapdocument.h"
#include "storage/roadmapstore.h"

namespace jcr {

Result<RoadmapData> RoadmapData::fromDocument(RoadmapDocument &document, bool withHistory)
{
    RoadmapData data;
    data.snapshot.settings = document.settings();
    data.snapshot.areas = document.areas();
    data.snapshot.organisations = document.organisations();
    data.snapshot.items = document.items();
    data.snapshot.dependencies = document.dependencies();
    data.snapshot.sources = document.sources();
    for (Status s : enums::allStatuses()) {
        if (const int limit = document.wipLimit(s))
            data.snapshot.wipLimits.insert(s, limit);
    }
    if (!withHistory)
        return data;
    // Every update has a date (the file's CHECK constraint): the first day of year 1 is before all.
    auto updates = document.store().statusUpdatesSince(QDate(1, 1, 1));
    if (!updates)
        return updates.error();
    data.updates = std::move(updates.value());
    return data;
}

} // namespace jcr
