#pragma once

#include "domain/changerecord.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>

namespace jcr {

class Database;

/**
 * The SQL of the record of change (schema 5). The file's triggers write change_log; this class
 * only names the planner's user for the triggers of its own transaction and reads the record.
 * Like RoadmapRepository it opens no transactions.
 */
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(Database &db);

    /// Inside a write transaction: the changes that follow are recorded as made by \a name.
    Result<void> setActor(const QString &name);
    /// Before COMMIT: removes the name again, so that no other program ever reads it.
    Result<void> clearActor();

    /// Every recorded change of item \a itemId, newest first.
    Result<QList<ChangeRecord>> itemChanges(qint64 itemId);
    /// The recorded changes with from <= at < until (UTC; an invalid bound is open), newest
    /// first; at most \a limit of them (-1: all).
    Result<QList<ChangeRecord>> changesBetween(const QDateTime &from, const QDateTime &until,
                                               int limit = -1);
    /// How many changes changesBetween() would return without a limit.
    Result<qint64> countBetween(const QDateTime &from, const QDateTime &until);

private:
    Database &m_db;
};

} // namespace jcr
