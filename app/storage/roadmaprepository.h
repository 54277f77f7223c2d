#pragma once

#include "domain/result.h"
#include "domain/statusupdate.h"
#include "snapshot.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

namespace jcr {

class Database;
class ItemWriter;
struct SeedRoadmap;

/**
 * All SQL of the application. Methods are single statements or small groups of them and do not
 * open transactions: the caller (RoadmapDocument) wraps each user edit in one write transaction.
 * Updates are optimistic: they match the row's version and report Error::Code::Conflict when
 * someone else changed the row since it was read.
 */
class RoadmapRepository
{
public:
    explicit RoadmapRepository(Database &db);

    /// Reads everything the views show, in one read transaction that is closed again at once.
    Result<Snapshot> loadSnapshot();
    /// Reads one item (with organisations and tags); NotFound if it is gone.
    Result<Item> loadItem(qint64 id);

    /// Inserts \a item; uses item.id when non-zero (undo of a delete). Returns it as stored.
    Result<Item> insertItem(const Item &item);
    /// Inserts many items at once (imports, generated test roadmaps): one prepared statement,
    /// no read-back. Ids of the items are used when non-zero. Returns the ids, in order.
    Result<QList<qint64>> insertItemsBulk(const QList<Item> &items);
    /// Writes \a after over the row, provided it still has before.version.
    Result<Item> updateItem(const Item &before, const Item &after);
    /// Deletes the item, provided it still has \a version. Its updates and links go with it.
    Result<void> deleteItem(qint64 id, qint64 version);

    Result<QList<StatusUpdate>> statusUpdates(qint64 itemId);
    /// All updates dated on or after \a since (for "changes since" in reports).
    Result<QList<StatusUpdate>> statusUpdatesSince(QDate since);
    Result<StatusUpdate> insertStatusUpdate(const StatusUpdate &update);
    Result<void> deleteStatusUpdate(qint64 id);

    /// Inserts \a organisation; uses its id when non-zero (undo of a removal).
    Result<Organisation> insertOrganisation(const Organisation &organisation);
    /// Writes \a after over the organisation, provided it still reads as \a before.
    Result<void> updateOrganisation(const Organisation &before, const Organisation &after);
    /// Deletes the organisation, provided it still reads as \a organisation. Links that remain
    /// go with it (the caller removes them through the items first).
    Result<void> deleteOrganisation(const Organisation &organisation);
    /// The items linked to organisation \a id as the file has them, by item.
    Result<QList<ItemOrgLink>> organisationLinks(qint64 id);
    Result<void> insertDependency(const Dependency &dependency);
    Result<void> deleteDependency(const Dependency &dependency);

    /// Sets the board's work-in-progress limit for \a status; 0 removes it.
    Result<void> setWipLimit(Status status, int limit);

    Result<QString> setting(const QString &key);
    Result<void> setSetting(const QString &key, const QString &value);
    Result<void> writeSettings(const DocumentSettings &settings);

    /// Writes a whole seed roadmap into an empty document.
    Result<void> importSeed(const SeedRoadmap &seed);

private:
    /// The prepared statement \a sql from m_statements (prepared on first use), finished.
    QSqlQuery reused(const QString &sql);
    /// The writer of new items, which asks this repository for tag ids.
    ItemWriter itemWriter();
    /// Writes the organisation links, tags and citations in which \a after differs from
    /// \a before (the item as the file has it).
    Result<void> writeLinks(const Item &before, const Item &after);
    Result<qint64> tagId(const QString &name);

    Database &m_db;
    /// Statements of the hot paths of gestures on many items, prepared once (parsing a
    /// DELETE with its triggers cost more than running it). Always finished after use.
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace jcr
