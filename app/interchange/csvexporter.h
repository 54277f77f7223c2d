#pragma once

#include "roadmapdata.h"

#include <QByteArray>

namespace jcr {

/// The roadmap's items as CSV (UTF-8 with a byte-order mark, RFC 4180, one row per item).
class CsvExporter
{
public:
    static QByteArray toCsv(const RoadmapData &data);
};

} // namespace jcr
