#pragma once

#include "domain/item.h"
#include "domain/result.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace jcr {

class Database;
class Statement;

/**
 * Writes new items with their organisation links, tags and citations: the one item INSERT of
 * the application, for a single item (undo of a delete) and bulk imports alike. Internal to
 * app/storage; runs inside the caller's transaction.
 */
class ItemWriter
{
public:
    /// Gives the id of the tag called \a name, creating it when needed.
    using TagIdFunction = std::function<Result<qint64>(const QString &name)>;

    ItemWriter(Database &db, TagIdFunction tagId);
    ~ItemWriter();
    ItemWriter(const ItemWriter &) = delete;
    ItemWriter &operator=(const ItemWriter &) = delete;

    /// Inserts \a items (an item without an id gets the next free one) and returns their ids
    /// in order. Rows go in many to a statement: each execution of a statement on the item
    /// table builds the lookup tables of its CHECK constraints and runs the record-of-change
    /// triggers' set-up again, which cost five times the insert itself when done per row.
    /// On a refused row, the error names that row's problem.
    Result<QList<qint64>> insert(const QList<Item> &items);

private:
    /// The INSERT of \a rows rows into \a table's \a columns, prepared once and kept.
    Statement &multiRow(const char *table, const char *columns, int columnCount, int rows,
                        const char *verb = "INSERT");
    Result<void> insertItemRows(const QList<Item> &items, const QList<qint64> &ids, qsizetype from,
                                int count);
    Result<void> insertLinks(const QList<Item> &items, const QList<qint64> &ids);
    Result<void> insertTags(const QList<Item> &items, const QList<qint64> &ids);

    Database &m_db;
    TagIdFunction m_tagId;
    QHash<QByteArray, std::shared_ptr<Statement>> m_statements;
    QHash<QString, qint64> m_tagIds;
};

} // namespace jcr
