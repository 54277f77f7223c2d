#include "timelinedata.h"

#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "models/roles.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace jcr {

namespace {

/// The chosen baseline's span and the slipped mark, from the model's roles.
void readBaseline(TimelineEntry &e, const QModelIndex &idx)
{
    e.baselineFirst = idx.data(BaselineStartDateRole).toDate();
    e.baselineLast = idx.data(BaselineEndDateRole).toDate();
    e.slipped = idx.data(SlippedRole).toBool();
}

} // namespace

QList<PriorityArea> TimelineData::sortedAreas(const RoadmapDocument &document)
{
    QList<PriorityArea> areas = document.areas();
    std::stable_sort(areas.begin(), areas.end(), [](const PriorityArea &a, const PriorityArea &b) {
        return a.number < b.number;
    });
    return areas;
}

TimelineData TimelineData::fromDocument(const RoadmapDocument &document)
{
    TimelineData data;
    data.areas = sortedAreas(document);
    data.dependencies = document.dependencies();
    const QDate now = today();
    data.entries.reserve(document.itemCount());
    for (const Item &it : document.items())
        data.entries.append(entryOf(it, now));
    return data;
}

TimelineEntry TimelineData::entryOf(const Item &it, QDate today)
{
    TimelineEntry e;
    e.id = it.id;
    e.areaId = it.areaId;
    e.title = it.title;
    e.start = it.start;
    e.end = it.end;
    e.kind = it.kind;
    e.status = it.status;
    e.health = it.health;
    // The same rule as ItemModel's OverdueRole and the reports.
    e.overdue = it.isOverdue(today);
    return e;
}

TimelineEntry TimelineData::entryFromModel(const QAbstractItemModel &model, int row)
{
    const QModelIndex idx = model.index(row, 0);
    TimelineEntry e;
    e.id = idx.data(IdRole).toLongLong();
    e.areaId = idx.data(AreaIdRole).toLongLong();
    e.title = idx.data(TitleRole).toString();
    const QDate start = idx.data(StartDateRole).toDate();
    if (start.isValid())
        e.start = FuzzyDate(start, DatePrecision(idx.data(StartPrecisionRole).toInt()));
    const QDate end = idx.data(EndDateRole).toDate();
    if (end.isValid())
        e.end = FuzzyDate(end, DatePrecision(idx.data(EndPrecisionRole).toInt()));
    e.kind = ItemKind(idx.data(KindRole).toInt());
    e.status = Status(idx.data(StatusRole).toInt());
    e.health = Health(idx.data(HealthRole).toInt());
    e.overdue = idx.data(OverdueRole).toBool();
    readBaseline(e, idx);
    return e;
}

TimelineData TimelineData::fromModel(const QAbstractItemModel &model,
                                     const RoadmapDocument &document)
{
    TimelineData data;
    data.areas = sortedAreas(document);
    data.dependencies = document.dependencies();
    const int rows = model.rowCount();
    data.entries.reserve(rows);
    // The model decides which items and in what order (the filter); the fields come from the
    // document's picture, which is what the roles return, without eleven virtual calls through
    // the proxy per row (a second instead of a tenth of one for 100,000 items). Single-row
    // updates (dataChanged) read the roles: entryFromModel().
    const QDate now = today();
    // The baseline's roles cost a call through the proxy each: read only while comparing.
    const bool comparing = model.headerData(0, Qt::Horizontal, ComparisonActiveRole).toBool();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex idx = model.index(row, 0);
        const qint64 id = idx.data(IdRole).toLongLong();
        const Item *it = document.item(id);
        if (!it) {
            data.entries.append(entryFromModel(model, row));
            continue;
        }
        data.entries.append(entryOf(*it, now));
        if (comparing)
            readBaseline(data.entries.last(), idx);
    }
    return data;
}

} // namespace jcr
