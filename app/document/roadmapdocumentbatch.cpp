// RoadmapDocument, imports: a whole batch of inserts, updates and deletes in one transaction.

#include "roadmapdocument.h"
#include "writetransaction.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace jcr {

Result<QList<Item>> RoadmapDocument::applyItemBatch(const ItemBatch &batch)
{
    QList<Item> befores;
    befores.reserve(batch.updates.size());
    for (const Item &after : batch.updates) {
        const Item *before = item(after.id);
        if (!before)
            return Error {Error::Code::Conflict, tr("\"%1\" no longer exists.").arg(after.title)};
        befores << *before;
        if (auto r = checkNewCitations(before, after); !r)
            return Error {r.error().code,
                          QStringLiteral("\"%1\": %2").arg(after.title, r.errorMessage())};
    }
    for (const Item &it : batch.inserts) {
        if (auto r = checkNewCitations(nullptr, it); !r)
            return Error {r.error().code,
                          QStringLiteral("\"%1\": %2").arg(it.title, r.errorMessage())};
    }
    for (qint64 id : batch.deletes) {
        if (!item(id))
            return Error {Error::Code::Conflict, tr("The item no longer exists.")};
    }
    QList<Item> updated, inserted;
    QList<qint64> insertedIds;
    updated.reserve(batch.updates.size());
    inserted.reserve(batch.inserts.size());
    // Many new rows (a large import): one prepared statement without read-back, then one
    // re-read of the file instead of a read-back per row.
    const bool bulk = batch.inserts.size() > MaxIncrementalRowChanges / 10;
    auto done = writeTransaction([&]() -> Result<QList<Item>> {
        for (const Dependency &d : batch.removeDependencies) {
            if (auto r = m_store->deleteDependency(d); !r)
                return r.error();
        }
        for (qsizetype i = 0; i < batch.deletes.size(); ++i) {
            if (auto r
                = m_store->deleteItem(batch.deletes.at(i), item(batch.deletes.at(i))->version);
                !r)
                return r.error();
        }
        for (qsizetype i = 0; i < batch.updates.size(); ++i) {
            auto stored = m_store->updateItem(befores.at(i), batch.updates.at(i));
            if (!stored)
                return stored.error();
            updated << stored.value();
        }
        if (bulk) {
            auto ids = m_store->insertItemsBulk(batch.inserts);
            if (!ids)
                return ids.error();
            insertedIds = ids.value();
            // One re-read of the file, in this transaction, gives the new rows as stored.
            auto fresh = m_store->loadSnapshot();
            if (!fresh)
                return fresh.error();
            QHash<qint64, qsizetype> at;
            at.reserve(fresh->items.size());
            for (qsizetype i = 0; i < fresh->items.size(); ++i)
                at.insert(fresh->items.at(i).id, i);
            for (qint64 id : std::as_const(insertedIds)) {
                const qsizetype i = at.value(id, -1);
                if (i < 0)
                    return Error {Error::Code::Conflict,
                                  tr("The imported items could not be read back.")};
                inserted << fresh->items.at(i);
            }
        } else {
            for (const Item &it : batch.inserts) {
                auto stored = m_store->insertItem(it);
                if (!stored)
                    return stored.error();
                inserted << stored.value();
                insertedIds << stored.value().id;
            }
        }
        for (qsizetype i = 0; i < insertedIds.size(); ++i) {
            for (qint64 p : batch.insertPredecessors.value(i)) {
                if (auto r = m_store->insertDependency({p, insertedIds.at(i)}); !r)
                    return r.error();
            }
        }
        for (const Dependency &d : batch.addDependencies) {
            if (auto r = m_store->insertDependency(d); !r)
                return r.error();
        }
        return inserted;
    });
    if (!done) {
        if (done.error().code == Error::Code::Conflict)
            refreshAfterConflict();
        return done;
    }

    // The picture, through the typed change events: row signals for a few rows, one reset
    // for many (a big import or its undo).
    const qsizetype depsBefore = m_snapshot.dependencies.size();
    bool depsChanged = false;
    for (const Dependency &d : batch.removeDependencies)
        depsChanged |= m_snapshot.dependencies.removeAll(d) > 0;
    const bool reset = batch.inserts.size() + batch.deletes.size() > MaxIncrementalRowChanges;
    if (reset) {
        Q_EMIT aboutToReset();
        const QSet<qint64> gone(batch.deletes.cbegin(), batch.deletes.cend());
        m_snapshot.items.removeIf([&](const Item &it) { return gone.contains(it.id); });
        m_snapshot.dependencies.removeIf([&](const Dependency &d) {
            return gone.contains(d.predecessorId) || gone.contains(d.successorId);
        });
        rebuildIndex(0);
        for (const Item &it : std::as_const(updated))
            m_snapshot.items[rowOf(it.id)] = it;
        m_snapshot.items.append(inserted);
        rebuildIndex(0);
        Q_EMIT resetDone();
    } else {
        QList<int> rows;
        rows.reserve(batch.deletes.size());
        for (qint64 id : batch.deletes)
            rows << rowOf(id);
        removeRows(rows); // emits dependenciesChanged itself when links went with the rows
        replaceItems(updated);
        appendItems(inserted);
    }
    for (qsizetype i = 0; i < inserted.size(); ++i) {
        for (qint64 p : batch.insertPredecessors.value(i)) {
            m_snapshot.dependencies.append({p, inserted.at(i).id});
            depsChanged = true;
        }
    }
    for (const Dependency &d : batch.addDependencies) {
        if (!m_snapshot.dependencies.contains(d)) {
            m_snapshot.dependencies.append(d);
            depsChanged = true;
        }
    }
    if (depsChanged || (reset && m_snapshot.dependencies.size() != depsBefore))
        Q_EMIT dependenciesChanged();
    return inserted;
}

} // namespace jcr
