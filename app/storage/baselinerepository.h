#pragma once

#include "domain/baseline.h"
#include "domain/result.h"

namespace jcr {

class Database;

/**
 * The SQL of baselines (schema 6): named snapshots of every item's dates, status, health and
 * progress. Like RoadmapRepository it opens no transactions: RoadmapDocument wraps each edit in
 * one write transaction.
 */
class BaselineRepository
{
public:
    explicit BaselineRepository(Database &db);

    /// Every baseline without its items, oldest first (by the day taken, then by id). Empty for
    /// a file older than schema 6.
    Result<QList<Baseline>> baselines();
    /// Baseline \a id with all its items (by item id); NotFound when it is gone.
    Result<Baseline> baseline(qint64 id);

    /// Takes a new baseline named \a name, dated \a takenOn, of every item as the file has it
    /// now (inside the caller's transaction, so it is exactly the committed state). Returns it
    /// whole, as stored.
    Result<Baseline> capture(const QString &name, QDate takenOn, const QString &note);
    /// Writes \a whole back, with its id and items (undo of a deletion, redo of a creation).
    Result<void> insert(const Baseline &whole);
    /// Renames baseline \a id, provided it is still called \a before (Conflict otherwise).
    Result<void> rename(qint64 id, const QString &before, const QString &after);
    /// Deletes baseline \a id with its items, provided it is still called \a name; returns
    /// what was deleted, whole, for insert().
    Result<Baseline> remove(qint64 id, const QString &name);

private:
    Database &m_db;
};

} // namespace jcr
