#include "interchangeformat.h"

#include <QFileInfo>

namespace jcr {

std::optional<InterchangeFormat::Format> InterchangeFormat::fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Csv;
    if (suffix == QLatin1String("xlsx"))
        return Xlsx;
    if (suffix == QLatin1String("ics"))
        return ICalendar;
    if (suffix == QLatin1String("json"))
        return Json;
    return std::nullopt;
}

QString InterchangeFormat::extension(Format format)
{
    switch (format) {
    case Csv:
        return QStringLiteral("csv");
    case Xlsx:
        return QStringLiteral("xlsx");
    case ICalendar:
        return QStringLiteral("ics");
    case Json:
        return QStringLiteral("json");
    }
    return {};
}

QString InterchangeFormat::displayName(Format format)
{
    switch (format) {
    case Csv:
        return tr("CSV");
    case Xlsx:
        return tr("Excel workbook");
    case ICalendar:
        return tr("iCalendar");
    case Json:
        return tr("JSON");
    }
    return {};
}

QString InterchangeFormat::fileFilter(Format format)
{
    return QStringLiteral("%1 (*.%2)").arg(displayName(format), extension(format));
}

} // namespace jcr
