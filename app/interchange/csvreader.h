#pragma once

#include "domain/result.h"
#include "tabledata.h"

#include <QCoreApplication>

namespace jcr {

/**
 * Reads CSV as RFC 4180 describes it, and as Excel writes it: UTF-8 with or without a
 * byte-order mark (UTF-16 with a mark too), comma-separated (a semicolon or tab when the header
 * has no comma, as Excel writes in some locales), quoted fields that may hold line breaks.
 *
 * Text in another encoding is refused, naming what it looks like (Windows-1252, Shift_JIS):
 * guessing wrong would store mangled text. Cells neutralised against formula injection are
 * restored; a cell that would run as a formula in a spreadsheet rejects its row.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(jcr::CsvReader)

public:
    /// Decodes the file's bytes to text, or explains why it cannot be read.
    static Result<QString> decode(const QByteArray &bytes);
    /// Splits \a bytes into a header and rows; a row that cannot be read carries a problem.
    static Result<TableData> parse(const QByteArray &bytes);

    /// Which legacy encoding undecodable bytes most look like: "Shift_JIS" or "Windows-1252".
    static QString guessLegacyEncoding(const QByteArray &bytes);
};

} // namespace jcr
