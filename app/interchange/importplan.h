#pragma once

#include "commands/itemimport.h"
#include "tabledata.h"

#include <QCoreApplication>

namespace jcr {

/// A row an import refuses, with where it is and why.
struct ImportRejection
{
    int line = 0;
    QString reason;
};

/**
 * What an import would do, worked out before anything is written: the changes (ItemImport:
 * the items it changes, as they are and as they would be, and the items it adds) and the rows
 * it refuses. An import with a refused row writes nothing (all or nothing).
 */
struct ImportPlan : ItemImport
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ImportPlan)

public:
    TableData::Unit unit = TableData::Unit::Line;
    QList<ImportRejection> rejected;
    int unchanged = 0;

    int rejectedCount() const { return int(rejected.size()); }
    /// True when the import may be written: nothing refused and something to do.
    bool canApply() const { return rejected.isEmpty() && hasChanges(); }

    /// "12 changed, 3 new, 2 rejected" (and how many are unchanged).
    QString summary() const;
    /// "line 12", "row 12" or "item 12".
    QString where(int line) const;
    /// One line per refused row: "line 12: the end (…) is before the start (…)".
    QStringList rejectionLines() const;
};

} // namespace jcr
