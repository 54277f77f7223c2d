#pragma once

#include "domain/result.h"
#include "tabledata.h"

#include <QCoreApplication>
#include <QHash>

namespace jcr {

/**
 * Reads the first sheet of an Excel workbook (.xlsx, Office Open XML) as a table of text.
 *
 * libzip opens the package and QXmlStreamReader reads its parts (workbook, relationships,
 * shared strings, the sheet): both are maintained, packaged by Debian, and give full control
 * over limits. Only values are read: a cell holding a formula rejects its row. Numbers in the
 * "start" and "end" columns are Excel date serials and come back as "yyyy-mm-dd".
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(jcr::XlsxReader)

public:
    /// Largest uncompressed part read, in bytes: a bigger one is a "zip bomb" or not ours.
    static constexpr qint64 MaxPartSize = 256 * 1024 * 1024;

    static Result<TableData> parse(const QByteArray &bytes);

    /// "B12" → column 1 (0-based), row 12; column -1 when \a ref is not a cell reference.
    static std::pair<int, int> cellPosition(QStringView ref);
    /// Excel's date serial (1900 system) as a date.
    static QDate dateFromSerial(double serial);
};

} // namespace jcr
