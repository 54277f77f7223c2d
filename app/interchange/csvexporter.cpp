#include "csvexporter.h"

#include "csvwriter.h"
#include "itemtable.h"

namespace jcr {

QByteArray CsvExporter::toCsv(const RoadmapData &data)
{
    const ItemTable table(data.snapshot);
    QByteArray out = CsvWriter::byteOrderMark();
    out.reserve(qsizetype(data.snapshot.items.size()) * 256);
    CsvWriter::appendRecord(out, ItemTable::headers());
    for (const Item &it : data.snapshot.items)
        CsvWriter::appendRecord(out, table.cells(it));
    return out;
}

} // namespace jcr
