#pragma once

#include "domain/item.h"
#include "storage/snapshot.h"

#include <QList>

namespace jcr {

/**
 * The changes an import makes, as the edit service writes them in one step: the items it
 * changes (as they were read and as the import leaves them), the items it adds with the items
 * each depends on, and the dependency links it adds or removes between existing items.
 * Worked out by the interchange's ImportPlanner (ImportPlan extends it with the rejected rows).
 */
struct ItemImport
{
    QList<Item> before; ///< changed items as they are now
    QList<Item> after; ///< the same items as the import leaves them (same order)
    QList<Item> added; ///< new items (id 0)
    QList<QList<qint64>> addedPredecessors; ///< the items each new item depends on
    QList<Dependency> addedDependencies; ///< between existing items
    QList<Dependency> removedDependencies;

    int changedCount() const { return int(before.size()); }
    int addedCount() const { return int(added.size()); }
    bool hasChanges() const { return !before.isEmpty() || !added.isEmpty(); }
};

} // namespace jcr
