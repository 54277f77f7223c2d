#pragma once

// Internal to app/storage: what both backends share when they write a seed roadmap.

#include "domain/documentsettings.h"
#include "domain/result.h"
#include "snapshot.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace jcr {

struct SeedRoadmap;
struct StatusUpdate;

namespace seedwriting {

/// The document's properties as the (key, value) rows of the setting table.
QList<std::pair<QString, QString>> settingRows(const DocumentSettings &settings);

/// How one backend stores each part of a seed; each returns the stored row's id.
struct Writers
{
    std::function<Result<void>(const DocumentSettings &)> settings;
    std::function<Result<qint64>(const PriorityArea &)> area;
    std::function<Result<qint64>(const SourceDocument &)> source;
    std::function<Result<qint64>(const Organisation &)> organisation;
    std::function<Result<qint64>(const Item &)> item;
    std::function<Result<void>(const StatusUpdate &)> update;
    std::function<Result<void>(const Dependency &)> dependency;
};

/// Writes \a seed through \a writers in an order that satisfies every reference, turning the
/// seed's own keys (area numbers, organisation short names, source positions, item keys) into
/// the stored ids. Runs inside the caller's transaction.
Result<void> write(const SeedRoadmap &seed, const Writers &writers);

} // namespace seedwriting

} // namespace jcr
