#pragma once

#include "icsexporter.h"
#include "interchangeformat.h"

#include <QCoreApplication>

namespace jcr {

class RoadmapDocument;

/**
 * Writes a roadmap to a CSV, Excel, iCalendar or JSON file (the format from the extension),
 * as File ▸ Export and `jcroadmap export` do. The output is checked by OutputGuard first and
 * written atomically: it is the old file or the new one, never half of one.
 */
class RoadmapExporter
{
    Q_DECLARE_TR_FUNCTIONS(jcr::RoadmapExporter)

public:
    static Result<void> exportTo(RoadmapDocument &document, const QString &output,
                                 const CalendarFilter &filter = {});
    static Result<void> exportTo(RoadmapDocument &document, const QString &output,
                                 InterchangeFormat::Format format,
                                 const CalendarFilter &filter = {});
};

} // namespace jcr
