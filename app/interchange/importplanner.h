#pragma once

#include "domain/result.h"
#include "importplan.h"

#include <QCoreApplication>

namespace jcr {

class ItemTable;

/**
 * Turns a table read from a file into an ImportPlan against the roadmap as it is: a row with an
 * id updates that item (only the columns the file has), a row without one adds an item. Every
 * cell is checked (areas, kinds, statuses, dates, organisations, dependencies, duplicate ids)
 * and each refused row gets its reason. Problems with the file as a whole (an unknown or
 * repeated column) are an error instead.
 */
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ImportPlanner)

public:
    static Result<ImportPlan> plan(const TableData &table, const Snapshot &roadmap);

    /// True when the user-editable fields of \a a and \a b are equal.
    static bool sameFields(const Item &a, const Item &b);
};

} // namespace jcr
