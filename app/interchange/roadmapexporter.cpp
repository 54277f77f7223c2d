#include "roadmapexporter.h"

#include "csvexporter.h"
#include "document/roadmapdocument.h"
#include "exportguard.h"
#include "jsonexporter.h"
#include "xlsxexporter.h"

#include <QDir>
#include <QSaveFile>

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
    if (auto ok = ExportGuard::check(output, document.filePath()); !ok)
        return ok;
    // CSV and calendars hold no history: reading 200,000 updates for them would be wasted.
    const bool withHistory = format == InterchangeFormat::Xlsx || format == InterchangeFormat::Json;
    auto data = RoadmapData::fromDocument(document, withHistory);
    if (!data)
        return data.error();
    if (format == InterchangeFormat::Xlsx)
        return XlsxExporter::write(data.value(), output);

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
    case InterchangeFormat::Xlsx:
        break;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {Error::Code::Other,
                      tr("%1 could not be written: %2")
                              .arg(QDir::toNativeSeparators(output), file.errorString())};
    return {};
}

} // namespace jcr
