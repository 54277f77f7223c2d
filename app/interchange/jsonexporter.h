#pragma once

#include "roadmapdata.h"

#include <QDateTime>

namespace jcr {

/**
 * The whole roadmap as JSON for scripts: settings, areas, organisations, items (with their
 * organisations, tags, predecessors and status-update history), dependencies and board limits.
 * The schema ("format": "jcroadmap", "formatVersion": 1) is documented in the README.
 */
class JsonExporter
{
public:
    static constexpr int FormatVersion = 1;
    static QByteArray toJson(const RoadmapData &data, const QDateTime &now);
};

} // namespace jcr
