#include "importplan.h"

namespace jcr {

QString ImportPlan::summary() const
{
    //: the preview of an import, e.g. "12 changed, 3 new, 2 rejected, 40 unchanged"
    return tr("%1 changed, %2 new, %3 rejected, %4 unchanged")
            .arg(changedCount())
            .arg(addedCount())
            .arg(rejectedCount())
            .arg(unchanged);
}

QString ImportPlan::where(int line) const
{
    switch (unit) {
    case TableData::Unit::Line:
        return tr("line %1").arg(line);
    case TableData::Unit::Row:
        return tr("row %1").arg(line);
    case TableData::Unit::Item:
        return tr("item %1").arg(line);
    }
    return QString::number(line);
}

QStringList ImportPlan::rejectionLines() const
{
    QStringList out;
    out.reserve(rejected.size());
    for (const ImportRejection &r : rejected)
        out << QStringLiteral("%1: %2").arg(where(r.line), r.reason);
    return out;
}

} // namespace jcr
