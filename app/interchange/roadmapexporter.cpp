#include "roadmapexporter.h"

#include "csvexporter.h"
#include "document/roadmapdocument.h"
#include "jsonexporter.h"
#include "storage/outputguard.h"
#include "xlsxexporter.h"

#include <QDir>

namespace jcr {

Result<void> RoadmapExporter::exportTo(RoadmapDocument &document, const QString &output,
                                       const CalendarFilter &filter)
{
    const auto format = InterchangeFormat::fromPath(output);
    if (!format)
        return Error {Error::Code::Invalid,
                      tr("%1: the file name must end in .csv, .xlsx, .ics or .json.")
                              .arg(QDir::toNativeSeparators(output))};
    return exportTo(document, output, *format, filter);
}

Result<void> RoadmapExporter::exportTo(RoadmapDocument &document, const QString &output,
                                       InterchangeFormat::Format format,
                                       const CalendarFilter &filter)
{
    // The one output guard of every writer: checked before the work and again (by writeFile)
    // just before the file is replaced.
    const QStringList inputs {document.filePath()};
    if (auto ok = OutputGuard::check(output, inputs); !ok)
        return ok;
    // CSV and calendars hold no history: reading 200,000 updates for them would be wasted.
    const bool withHistory = format == InterchangeFormat::Xlsx || format == InterchangeFormat::Json;
    auto data = RoadmapData::fromDocument(document, withHistory);
    if (!data)
        return data.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray bytes;
    switch (format) {
    case InterchangeFormat::Csv:
        bytes = CsvExporter::toCsv(data.value());
        break;
    case InterchangeFormat::ICalendar:
        bytes = IcsExporter::toIcs(data.value(), filter, now);
        break;
    case InterchangeFormat::Json:
        bytes = JsonExporter::toJson(data.value(), now);
        break;
    case InterchangeFormat::Xlsx: {
        auto workbook = XlsxExporter::toXlsx(data.value());
        if (!workbook)
            return workbook.error();
        bytes = std::move(workbook.value());
        break;
    }
    }
    return OutputGuard::writeFile(output, bytes, inputs);
}

} // namespace jcr
