#pragma once

#include <QByteArray>
#include <QStringList>

namespace jcr {

/**
 * Writes RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote, a line break or leading/trailing space, quotes doubled. Every field goes through
 * FormulaGuard so that a spreadsheet never runs one as a formula.
 */
class CsvWriter
{
public:
    /// The UTF-8 byte-order mark that makes Excel read the file as UTF-8.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    /// Appends one record (with its CRLF) to \a out.
    static void appendRecord(QByteArray &out, const QStringList &fields);
    /// One field as written, quoted if it needs to be.
    static QString encodeField(const QString &field);
};

} // namespace jcr
