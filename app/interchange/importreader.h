#pragma once

#include "domain/result.h"
#include "tabledata.h"

#include <QCoreApplication>

namespace jcr {

/**
 * Reads an import file (CSV, Excel workbook or JSON, by its extension) into a table, refusing
 * what is too large or not what its name says, before any row is looked at.
 */
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ImportReader)

public:
    /// Largest file imported, in bytes (a roadmap of 100,000 items is about 30 MB of CSV).
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    static Result<TableData> read(const QString &path);
};

} // namespace jcr
