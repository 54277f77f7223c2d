#pragma once

#include "storage/snapshot.h"

#include <QList>

namespace jcr {

/**
 * Many items' changes written as one transaction (an import and its undo): updates over the
 * items as they are now, new items, deleted items and dependency changes.
 */
struct ItemBatch
{
    QList<Item> updates; ///< new values; each is written provided its version is still current
    QList<Item> inserts; ///< ids are used when non-zero (redo of an import)
    QList<QList<qint64>> insertPredecessors; ///< the items each insert depends on (may be empty)
    QList<qint64> deletes; ///< deleted with their history and links
    QList<Dependency> addDependencies;
    QList<Dependency> removeDependencies;

    bool isEmpty() const
    {
        return updates.isEmpty() && inserts.isEmpty() && deletes.isEmpty()
                && addDependencies.isEmpty() && removeDependencies.isEmpty();
    }
};

} // namespace jcr
