#include "csvreader.h"

#include "formulaguard.h"

#include <QStringDecoder>

namespace jcr {

namespace {

struct Record
{
    int line = 0;
    QStringList fields;
    QString problem;
};

QChar detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (comma == 0 && semicolon > 0 && semicolon >= tab)
        return QLatin1Char(';');
    if (comma == 0 && tab > 0)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

QString CsvReader::guessLegacyEncoding(const QByteArray &bytes)
{
    // Shift_JIS text is pairs of a lead byte (0x81-0x9F, 0xE0-0xFC) and a trail byte
    // (0x40-0x7E, 0x80-0xFC); kana and most kanji have trail bytes above 0x7F. Western text in
    // Windows-1252 has accented letters followed by ASCII, which breaks or only weakly fits that.
    int pairs = 0, japaneseLike = 0, bad = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes.at(i));
        if (b < 0x80)
            continue;
        if (b >= 0xA1 && b <= 0xDF)
            continue; // half-width katakana, a single byte
        const bool lead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
        const auto t = i + 1 < bytes.size() ? uchar(bytes.at(i + 1)) : 0;
        const bool trail = (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC);
        if (!lead || !trail) {
            ++bad;
            continue;
        }
        ++pairs;
        if (t >= 0x80 || b <= 0x84)
            ++japaneseLike;
        ++i;
    }
    if (bad == 0 && pairs > 0 && japaneseLike * 2 >= pairs)
        return QStringLiteral("Shift_JIS");
    return QStringLiteral("Windows-1252");
}

Result<QString> CsvReader::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(QByteArrayView(bytes).sliced(3));
        if (!utf8.hasError())
            return text;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE);
        QString text = utf16(QByteArrayView(bytes).sliced(2));
        if (!utf16.hasError())
            return text;
        return Error {Error::Code::Invalid, tr("The file is not valid UTF-16 text.")};
    } else {
        if (bytes.contains('\0'))
            return Error {Error::Code::Invalid,
                          tr("The file is not text (it holds zero bytes): it is not a CSV file.")};
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes);
        if (!utf8.hasError())
            return text;
    }
    //: %1 is the name of an encoding such as Shift_JIS or Windows-1252
    return Error {Error::Code::Invalid,
                  tr("The file is not UTF-8 text; it looks like %1. Nothing was imported: in "
                     "Excel, save it as “CSV UTF-8 (Comma delimited)” and import that file.")
                          .arg(guessLegacyEncoding(bytes))};
}

Result<TableData> CsvReader::parse(const QByteArray &bytes)
{
    auto decoded = decode(bytes);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded.value();
    const QChar delimiter = detectDelimiter(text);

    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted
    const qsizetype n = text.size();
    const auto endField = [&] {
        record.fields << (field.isNull() ? emptyCell() : field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is no record.
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()))
            records << record;
        record = Record();
        record.line = nextLine;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < n && text.at(i + 1) != delimiter
                        && text.at(i + 1) != QLatin1Char('\r')
                        && text.at(i + 1) != QLatin1Char('\n') && record.problem.isEmpty())
                        record.problem = tr("a quoted field goes on after its closing quote");
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error {Error::Code::Invalid,
                      tr("Line %1: a quoted field is never closed; the file is cut off or "
                         "not CSV.")
                              .arg(record.line)};
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord(line);

    TableData table;
    table.unit = TableData::Unit::Line;
    if (records.isEmpty())
        return Error {Error::Code::Invalid, tr("The file is empty: it has no header line.")};
    for (const QString &h : records.constFirst().fields)
        table.header << h.trimmed();
    const qsizetype width = table.header.size();
    table.rows.reserve(records.size() - 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        Record &rec = records[r];
        TableRow row;
        row.line = rec.line;
        row.problem = rec.problem;
        if (row.problem.isEmpty() && rec.fields.size() != width)
            row.problem = tr("it has %1 fields where the header has %2")
                                  .arg(rec.fields.size())
                                  .arg(width);
        row.cells.reserve(rec.fields.size());
        for (qsizetype f = 0; f < rec.fields.size(); ++f) {
            const QString &cell = rec.fields.at(f);
            if (row.problem.isEmpty() && FormulaGuard::isFormulaLike(cell)) {
                const QString column = f < width ? table.header.at(f) : QString::number(f + 1);
                row.problem
                        = tr("the “%1” field begins with “%2” and a spreadsheet would run it "
                             "as a formula; put an apostrophe (') in front to keep it as text")
                                  .arg(column,
                                       cell.left(1).trimmed().isEmpty() ? tr("a tab or line break")
                                                                        : cell.left(1));
            }
            row.cells << FormulaGuard::restore(cell);
        }
        table.rows << row;
    }
    return table;
}

} // namespace jcr
