#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jcr {

/// The file formats a roadmap is exported to and imported from, told by the file's extension.
class InterchangeFormat
{
    Q_DECLARE_TR_FUNCTIONS(jcr::InterchangeFormat)

public:
    enum Format { Csv, Xlsx, ICalendar, Json };

    /// The format of \a path by its extension (case-insensitive), or nothing.
    static std::optional<Format> fromPath(const QString &path);
    static QString extension(Format format);
    /// "CSV", "Excel workbook", …
    static QString displayName(Format format);
    /// A file-dialog filter, e.g. "CSV (*.csv)".
    static QString fileFilter(Format format);
    static bool canImport(Format format) { return format != ICalendar; }
};

} // namespace jcr
