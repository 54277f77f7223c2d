#include "xlsxreader.h"

#include "itemtable.h"

#include <QDate>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <memory>

namespace jcr {

namespace {

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

/// Reads one part of the package; an empty optional when it is missing.
Result<std::optional<QByteArray>> readPart(zip_t *zip, const char *name)
{
    const zip_int64_t index = zip_name_locate(zip, name, 0);
    if (index < 0)
        return std::optional<QByteArray>();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return Error {Error::Code::Invalid,
                      XlsxReader::tr("The workbook is damaged: %1 cannot be read.")
                              .arg(QString::fromUtf8(name))};
    if (st.size > zip_uint64_t(XlsxReader::MaxPartSize))
        return Error {Error::Code::Invalid,
                      XlsxReader::tr("The workbook's part %1 is too large to import (%2 MB).")
                              .arg(QString::fromUtf8(name))
                              .arg(st.size / (1024 * 1024))};
    zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(index), 0);
    if (!file)
        return Error {Error::Code::Invalid,
                      XlsxReader::tr("The workbook is damaged: %1 cannot be opened (%2).")
                              .arg(QString::fromUtf8(name), QString::fromUtf8(zip_strerror(zip)))};
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    zip_int64_t total = 0;
    while (total < zip_int64_t(st.size)) {
        const zip_int64_t got = zip_fread(file, data.data() + total, st.size - total);
        if (got <= 0)
            break;
        total += got;
    }
    zip_fclose(file);
    if (total != zip_int64_t(st.size))
        return Error {Error::Code::Invalid,
                      XlsxReader::tr("The workbook is damaged: %1 is cut off.")
                              .arg(QString::fromUtf8(name))};
    return std::optional<QByteArray>(std::move(data));
}

/// Excel writes control characters (and "_x" itself) as _xHHHH_: the text they stand for.
QString unescapeExcel(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size()
            && text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok && (code < 0x20 || code == 0x5F)) {
                out += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

/// The text of all <t> elements below the current element, which is read to its end.
QString textBelow(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                continue; // readElementText leaves us on the end element
            }
            // Phonetic runs (furigana) are not part of the cell's value.
            if (xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement();
                continue;
            }
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return unescapeExcel(text);
}

Result<QStringList> sharedStrings(const QByteArray &xmlBytes)
{
    QStringList strings;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings << textBelow(xml);
    }
    if (xml.hasError())
        return Error {Error::Code::Invalid,
                      XlsxReader::tr("The workbook's shared strings are damaged: %1")
                              .arg(xml.errorString())};
    return strings;
}

/// The path of the first sheet inside the package, from the workbook and its relationships.
QByteArray firstSheetPath(const QByteArray &workbook, const QByteArray &relationships)
{
    QString relationId;
    {
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd() && relationId.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("sheet")) {
                for (const auto &a : xml.attributes()) {
                    if (a.name() == QLatin1String("id"))
                        relationId = a.value().toString();
                }
            }
        }
    }
    QXmlStreamReader xml(relationships);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.name() == QLatin1String("Relationship")
            && xml.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = xml.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1).toUtf8();
            return QByteArrayLiteral("xl/") + target.toUtf8();
        }
    }
    return QByteArrayLiteral("xl/worksheets/sheet1.xml");
}

QString numberText(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

} // namespace

std::pair<int, int> XlsxReader::cellPosition(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        column = column * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        ++i;
        if (column > 16384)
            return {-1, 0};
    }
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || row < 1)
        return {-1, 0};
    return {column - 1, row};
}

QDate XlsxReader::dateFromSerial(double serial)
{
    // Day 0 is 1899-12-30 once Excel's fictitious 29 February 1900 (serial 60) is behind.
    return QDate(1899, 12, 30).addDays(qint64(std::floor(serial)));
}

Result<TableData> XlsxReader::parse(const QByteArray &bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
            = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source)
        return Error {Error::Code::Other, QString::fromUtf8(zip_error_strerror(&error))};
    ZipPtr zip(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!zip) {
        zip_source_free(source);
        zip_error_fini(&error);
        return Error {Error::Code::Invalid,
                      tr("The file is not an Excel workbook (.xlsx): it is not a ZIP package.")};
    }
    zip_error_fini(&error);

    auto workbook = readPart(zip.get(), "xl/workbook.xml");
    if (!workbook)
        return workbook.error();
    if (!workbook.value())
        return Error {Error::Code::Invalid,
                      tr("The file is a ZIP package but not an Excel workbook (it has no "
                         "xl/workbook.xml).")};
    auto rels = readPart(zip.get(), "xl/_rels/workbook.xml.rels");
    if (!rels)
        return rels.error();
    const QByteArray sheetPath
            = firstSheetPath(*workbook.value(), rels.value() ? *rels.value() : QByteArray());
    auto shared = readPart(zip.get(), "xl/sharedStrings.xml");
    if (!shared)
        return shared.error();
    QStringList strings;
    if (shared.value()) {
        auto parsed = sharedStrings(*shared.value());
        if (!parsed)
            return parsed.error();
        strings = std::move(parsed.value());
    }
    auto sheet = readPart(zip.get(), sheetPath.constData());
    if (!sheet)
        return sheet.error();
    if (!sheet.value())
        return Error {Error::Code::Invalid,
                      tr("The workbook is damaged: its first sheet (%1) is missing.")
                              .arg(QString::fromUtf8(sheetPath))};

    TableData table;
    table.unit = TableData::Unit::Row;
    QList<int> dateColumns;
    QXmlStreamReader xml(*sheet.value());
    TableRow row;
    bool inRow = false, headerDone = false;
    int nextRow = 1;
    int nextColumn = 0;
    const auto finishRow = [&] {
        if (!headerDone) {
            for (QString &h : row.cells)
                h = h.trimmed();
            while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
                row.cells.removeLast();
            table.header = row.cells;
            for (int c = 0; c < table.header.size(); ++c) {
                const auto col = ItemTable::columnNamed(table.header.at(c));
                if (col == ItemTable::Column::Start || col == ItemTable::Column::End)
                    dateColumns << c;
            }
            headerDone = true;
            return;
        }
        bool empty = row.problem.isEmpty();
        for (const QString &c : std::as_const(row.cells))
            empty = empty && c.isEmpty();
        if (empty)
            return;
        const int width = int(table.header.size());
        for (int c = width; c < row.cells.size(); ++c) {
            if (!row.cells.at(c).isEmpty() && row.problem.isEmpty())
                row.problem = tr("it has a value in column %1, right of the last titled column")
                                      .arg(c + 1);
        }
        row.cells.resize(width);
        for (QString &c : row.cells) {
            if (c.isNull())
                c = emptyCell(); // an empty cell clears its field
        }
        table.rows << row;
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("row")) {
            row = TableRow();
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            row.line = ok && r > 0 ? r : nextRow;
            nextRow = row.line + 1;
            nextColumn = 0;
            inRow = true;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
            finishRow();
            inRow = false;
        } else if (token == QXmlStreamReader::StartElement && inRow
                   && xml.name() == QLatin1String("c")) {
            const auto attrs = xml.attributes();
            const QString ref = attrs.value(QLatin1String("r")).toString();
            const QString type = attrs.value(QLatin1String("t")).toString();
            int column = nextColumn;
            if (!ref.isEmpty()) {
                column = cellPosition(ref).first;
                if (column < 0)
                    return Error {Error::Code::Invalid,
                                  tr("Row %1: “%2” is not a cell reference; the workbook is "
                                     "damaged.")
                                          .arg(row.line)
                                          .arg(ref)};
            }
            nextColumn = column + 1;
            QString value, inlineText, formula;
            bool hasFormula = false, hasInline = false;
            while (!xml.atEnd()) {
                const auto t = xml.readNext();
                if (t == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                    break;
                if (t != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.name() == QLatin1String("f")) {
                    hasFormula = true;
                    formula = xml.readElementText();
                } else if (xml.name() == QLatin1String("is")) {
                    hasInline = true;
                    inlineText = textBelow(xml);
                }
            }
            const QString cellName = ref.isEmpty() ? QString::number(column + 1) : ref;
            QString text;
            if (hasFormula) {
                if (row.problem.isEmpty())
                    row.problem = tr("cell %1 holds a formula (=%2); import takes values only")
                                          .arg(cellName, formula.left(40));
            } else if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size())
                    return Error {Error::Code::Invalid,
                                  tr("Cell %1 refers to a missing shared string; the workbook "
                                     "is damaged.")
                                          .arg(cellName)};
                text = strings.at(index);
            } else if (type == QLatin1String("inlineStr") || hasInline) {
                text = inlineText;
            } else if (type == QLatin1String("str")) {
                text = value;
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? QStringLiteral("TRUE")
                                                   : QStringLiteral("FALSE");
            } else if (type == QLatin1String("e")) {
                if (row.problem.isEmpty())
                    row.problem = tr("cell %1 holds the error %2").arg(cellName, value);
            } else if (!value.isEmpty()) {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (!ok) {
                    if (row.problem.isEmpty())
                        row.problem = tr("cell %1 holds “%2”, which is not a number")
                                              .arg(cellName, value.left(40));
                } else if (headerDone && dateColumns.contains(column)) {
                    const QDate d = dateFromSerial(number);
                    text = d.isValid() ? d.toString(Qt::ISODate) : value;
                } else {
                    text = numberText(number);
                }
            }
            if (column >= 16384)
                return Error {Error::Code::Invalid, tr("The sheet has too many columns.")};
            if (row.cells.size() <= column)
                row.cells.resize(column + 1);
            row.cells[column] = text;
        }
    }
    if (xml.hasError())
        return Error {Error::Code::Invalid,
                      tr("The workbook's first sheet is damaged: %1 (line %2 of its XML).")
                              .arg(xml.errorString())
                              .arg(xml.lineNumber())};
    if (!headerDone || table.header.isEmpty())
        return Error {Error::Code::Invalid,
                      tr("The workbook's first sheet is empty: it has no header row.")};
    return table;
}

} // namespace jcr
