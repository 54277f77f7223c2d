#include "xlsxexporter.h"

#include "itemtable.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>

namespace jcr {

namespace {

/// Display width of text in Excel's character units: wide (CJK) characters count twice.
int textWidth(QStringView text)
{
    int width = 0, lineWidth = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('\n')) {
            width = std::max(width, lineWidth);
            lineWidth = 0;
            continue;
        }
        lineWidth += c.unicode() >= 0x1100 ? 2 : 1;
        if (lineWidth > 200)
            break;
    }
    return std::max(width, lineWidth);
}

lxw_datetime toExcel(QDate d)
{
    return lxw_datetime {d.year(), d.month(), d.day(), 0, 0, 0.0};
}

uint32_t rgb(const QColor &c)
{
    return (uint32_t(c.red()) << 16) | (uint32_t(c.green()) << 8) | uint32_t(c.blue());
}

class Widths
{
public:
    explicit Widths(int columns)
        : m_widths(columns, 0)
    { }
    void note(int column, QStringView text)
    {
        m_widths[column] = std::max(m_widths[column], textWidth(text));
    }
    void noteWidth(int column, int width) { m_widths[column] = std::max(m_widths[column], width); }
    void apply(lxw_worksheet *sheet, const QList<int> &caps) const
    {
        for (int c = 0; c < m_widths.size(); ++c) {
            const int width = std::clamp(m_widths.at(c) + 2, 6, caps.value(c, 50));
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
    }

private:
    QList<int> m_widths;
};

} // namespace

Result<QByteArray> XlsxExporter::toXlsx(const RoadmapData &data)
{
    const ItemTable table(data.snapshot);
    const auto &items = data.snapshot.items;
    // Check every cell first: a refused export writes nothing.
    for (const Item &it : items) {
        if (it.description.size() > MaxCellLength || it.descriptions.fr.size() > MaxCellLength
            || it.descriptions.ja.size() > MaxCellLength
            || ItemTable::citationsText(it).size() > MaxCellLength)
            return Error {Error::Code::Invalid,
                          tr("Item %1 (“%2”) has a text longer than Excel's %3 characters per "
                             "cell; export it as CSV or JSON instead.")
                                  .arg(it.id)
                                  .arg(it.title)
                                  .arg(MaxCellLength)};
    }
    for (const StatusUpdate &u : data.updates) {
        if (u.text.size() > MaxCellLength)
            return Error {Error::Code::Invalid,
                          tr("A status update of item %1 is longer than Excel's %2 characters "
                             "per cell; export it as CSV or JSON instead.")
                                  .arg(u.itemId)
                                  .arg(MaxCellLength)};
    }

    // Never beside the output: that may be a device (/dev/stdout) or a folder not ours.
    const QTemporaryDir folder;
    if (!folder.isValid())
        return Error {Error::Code::Other,
                      tr("Cannot create a temporary folder for the workbook: %1")
                              .arg(folder.errorString())};
    const QString tempPath = folder.filePath(QStringLiteral("workbook.xlsx"));
    const QByteArray tempName = QFile::encodeName(tempPath);
    QByteArray tmpdir = QFile::encodeName(folder.path());

    // Constant-memory mode streams rows to disk: 100,000 items need little memory and no
    // shared-string table (cells are inline strings, which every reader understands).
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir.data();
    lxw_workbook *book = workbook_new_opt(tempName.constData(), &options);
    if (!book)
        return Error {Error::Code::Other, tr("The workbook could not be created.")};

    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9D9D9);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    QHash<qint64, lxw_format *> areaFormats;
    for (const PriorityArea &a : data.snapshot.areas) {
        lxw_format *f = workbook_add_format(book);
        const QColor colour = a.colour.isValid() ? a.colour : QColor(Qt::white);
        format_set_bg_color(f, rgb(colour));
        format_set_font_color(f, colour.lightnessF() < 0.55 ? 0xFFFFFF : 0x000000);
        format_set_align(f, LXW_ALIGN_CENTER);
        areaFormats.insert(a.id, f);
    }

    lxw_worksheet *sheet = workbook_add_worksheet(book, tr("Items").toUtf8().constData());
    const QStringList headers = ItemTable::headers();
    using C = ItemTable::Column;
    Widths widths(ItemTable::ColumnCount);
    for (int c = 0; c < headers.size(); ++c) {
        widths.note(c, headers.at(c));
        widths.noteWidth(c, headers.at(c).size() + 3); // room for the autofilter button
    }
    // Widths first: they are written before the rows. The cells are made once for both, kept
    // as one UTF-8 block per item (each cell ends in a NUL), which libxlsxwriter reads as is:
    // two million separate strings cost a tenth of the export.
    QList<QByteArray> rowText;
    QList<std::array<int, ItemTable::ColumnCount>> cellAt;
    rowText.reserve(items.size());
    cellAt.reserve(items.size());
    for (const Item &it : items) {
        const QStringList cells = table.cells(it);
        QByteArray text(1, '\0'); // offset 0: an empty cell
        std::array<int, ItemTable::ColumnCount> offsets {};
        for (int c = 0; c < cells.size() && c < ItemTable::ColumnCount; ++c) {
            if (c == int(C::Start) || c == int(C::End))
                widths.noteWidth(c, 10);
            else
                widths.note(c, cells.at(c));
            offsets[size_t(c)] = int(text.size());
            text += cells.at(c).toUtf8();
            text += '\0';
        }
        rowText << text;
        cellAt << offsets;
    }
    widths.apply(sheet,
                 {8, 6, 12, 12, 10, 8, 60, 12, 16, 12, 14, 9, 40, 30, 16, 80, 80, 60, 60, 80, 80});
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_error status = LXW_NO_ERROR;
    const auto check = [&status](lxw_error e) {
        if (e != LXW_NO_ERROR && status == LXW_NO_ERROR)
            status = e;
    };
    for (int c = 0; c < headers.size(); ++c)
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(),
                                     header));
    lxw_row_t row = 1;
    for (const Item &it : items) {
        const char *text = rowText.at(row - 1).constData();
        const auto &offsets = cellAt.at(row - 1);
        for (int c = 0; c < ItemTable::ColumnCount; ++c) {
            const char *cell = text + offsets[size_t(c)];
            const auto col = lxw_col_t(c);
            if (c == int(C::Id)) {
                check(worksheet_write_number(sheet, row, col, double(it.id), nullptr));
            } else if (c == int(C::Area)) {
                const PriorityArea *a = table.area(it.areaId);
                if (a)
                    check(worksheet_write_number(sheet, row, col, a->number,
                                                 areaFormats.value(a->id)));
            } else if (c == int(C::Progress)) {
                check(worksheet_write_number(sheet, row, col, it.progress, nullptr));
            } else if (c == int(C::Start) || c == int(C::End)) {
                const FuzzyDate &d = c == int(C::Start) ? it.start : it.end;
                if (d.isValid()) {
                    lxw_datetime dt = toExcel(d.first());
                    check(worksheet_write_datetime(sheet, row, col, &dt, date));
                }
            } else if (*cell != '\0') {
                check(worksheet_write_string(sheet, row, col, cell, nullptr));
            }
        }
        ++row;
    }
    worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 1, lxw_col_t(ItemTable::ColumnCount - 1));

    // The history: one row per status update, newest first as in the item's history.
    lxw_worksheet *history
            = workbook_add_worksheet(book, tr("Status updates").toUtf8().constData());
    const QStringList historyHeaders {QStringLiteral("item_id"),    QStringLiteral("item_title"),
                                      QStringLiteral("date"),       QStringLiteral("author"),
                                      QStringLiteral("new_status"), QStringLiteral("new_health"),
                                      QStringLiteral("text")};
    QHash<qint64, const Item *> itemsById;
    itemsById.reserve(items.size());
    for (const Item &it : items)
        itemsById.insert(it.id, &it);
    Widths historyWidths(int(historyHeaders.size()));
    for (int c = 0; c < historyHeaders.size(); ++c)
        historyWidths.noteWidth(c, historyHeaders.at(c).size() + 3);
    historyWidths.noteWidth(2, 10);
    for (const StatusUpdate &u : data.updates) {
        const Item *it = itemsById.value(u.itemId);
        historyWidths.note(1, it ? it->title : QString());
        historyWidths.note(3, u.author);
        historyWidths.note(6, u.text);
    }
    historyWidths.apply(history, {8, 50, 12, 20, 12, 12, 90});
    worksheet_freeze_panes(history, 1, 0);
    for (int c = 0; c < historyHeaders.size(); ++c)
        check(worksheet_write_string(history, 0, lxw_col_t(c),
                                     historyHeaders.at(c).toUtf8().constData(), header));
    lxw_row_t hrow = 1;
    qint64 lastItemId = -1;
    const Item *it = nullptr;
    for (const StatusUpdate &u : data.updates) {
        if (u.itemId != lastItemId) { // an item's updates come together
            it = itemsById.value(u.itemId);
            lastItemId = u.itemId;
        }
        check(worksheet_write_number(history, hrow, 0, double(u.itemId), nullptr));
        if (it)
            check(worksheet_write_string(history, hrow, 1, it->title.toUtf8().constData(),
                                         nullptr));
        lxw_datetime dt = toExcel(u.date);
        check(worksheet_write_datetime(history, hrow, 2, &dt, date));
        if (!u.author.isEmpty())
            check(worksheet_write_string(history, hrow, 3, u.author.toUtf8().constData(), nullptr));
        if (u.newStatus)
            check(worksheet_write_string(history, hrow, 4,
                                         enums::key(*u.newStatus).toUtf8().constData(), nullptr));
        if (u.newHealth)
            check(worksheet_write_string(history, hrow, 5,
                                         enums::key(*u.newHealth).toUtf8().constData(), nullptr));
        if (!u.text.isEmpty())
            check(worksheet_write_string(history, hrow, 6, u.text.toUtf8().constData(), nullptr));
        ++hrow;
    }
    worksheet_autofilter(history, 0, 0, hrow > 1 ? hrow - 1 : 1,
                         lxw_col_t(historyHeaders.size() - 1));

    const lxw_error closed = workbook_close(book);
    if (status == LXW_NO_ERROR)
        status = closed;
    if (status != LXW_NO_ERROR)
        return Error {Error::Code::Other,
                      tr("The workbook could not be written: %1")
                              .arg(QString::fromUtf8(lxw_strerror(status)))};
    QFile workbook(tempPath);
    if (!workbook.open(QIODevice::ReadOnly))
        return Error {Error::Code::Other,
                      tr("The workbook could not be read back: %1").arg(workbook.errorString())};
    QByteArray bytes = workbook.readAll();
    if (workbook.error() != QFileDevice::NoError)
        return Error {Error::Code::Other,
                      tr("The workbook could not be read back: %1").arg(workbook.errorString())};
    return bytes;
}

} // namespace jcr
