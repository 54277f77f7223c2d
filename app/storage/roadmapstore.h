#pragma once

#include "domain/baseline.h"
#include "domain/changerecord.h"
#include "domain/organisation.h"
#include "domain/result.h"
#include "domain/statusupdate.h"
#include "snapshot.h"
#include "storetypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

class QObject;

namespace jcr {

class BackgroundIntegrityCheck;
class ChangeFeed;
struct SeedRoadmap;

/**
 * Where a roadmap lives, as the document sees it: the seam between the document and a storage
 * backend. The document, the edit service, models, views, reports and the command line reach
 * the data only through this interface; all of a backend's SQL lives in its implementation
 * (SqliteStore for roadmap files, in storage/).
 *
 * Writes happen inside a write transaction that the document opens with beginWrite() or
 * tryBeginWrite() and ends with commit() or rollback(); the write methods below never open one
 * themselves. Updates are optimistic: they match the row's version and answer
 * Error::Code::Conflict when someone else changed it meanwhile. Reads outside a write
 * transaction see one consistent state each.
 */
class RoadmapStore
{
public:
    virtual ~RoadmapStore();

    // What is open.
    /// The file's path (or, for a server, its address): what the window and messages name.
    virtual QString location() const = 0;
    /// True for a file on this computer: the document then watches it for being moved, replaced
    /// or deleted, and can save copies and backups of it.
    virtual bool isLocalFile() const = 0;
    virtual int schemaVersion() const = 0;
    /// Findings of the opening checks that did not prevent opening.
    virtual QStringList warnings() const = 0;

    // Whether it may be written.
    virtual bool isReadOnly() const = 0;
    /// Why it is read-only (empty when writable).
    virtual QString readOnlyReason() const = 0;
    /// Stops all writes from now on.
    virtual void setReadOnly(const QString &reason) = 0;
    /// True while the roadmap waits for a check that opening deferred: read-only until then.
    virtual bool isAwaitingCheck() const = 0;
    /// The deferred check passed: a roadmap read-only only for it becomes writable.
    virtual void checkPassed() = 0;
    /// Starts the check that opening deferred (a large file's page scans), in the background;
    /// nullptr when none is due. Its finished() signal tells the result.
    virtual BackgroundIntegrityCheck *startDeferredCheck(QObject *parent) = 0;
    /// Damage and broken rules: what makes the roadmap unsound.
    virtual QStringList damage(Thoroughness thoroughness) = 0;
    /// Damage, broken rules and broken references. Empty when the roadmap is healthy.
    virtual QStringList integrityProblems(Thoroughness thoroughness) = 0;

    // Changes made by others.
    /// A number that changes whenever someone else commits (compare two readings).
    virtual qint64 changeCounter() = 0;
    /// Checks the schema again after someone else may have changed it; an error when it is no
    /// longer one this version trusts.
    virtual Result<void> revalidateSchema() = 0;
    /// Starts telling of others' commits as they happen, and of the connection to a server
    /// being lost and restored; nullptr for a backend that has no such feed (a file: the
    /// document watches it and polls changeCounter()).
    virtual ChangeFeed *startChangeFeed(QObject *parent);
    /// After a lost connection came back: connects again (a no-op for a file).
    virtual Result<void> reconnect();
    /// The change feed found the server silent: until reconnect(), every statement fails at
    /// once as a lost connection instead of waiting for it (a no-op for a file).
    virtual void setServerSilent();
    /// Called (with how many seconds it waited) when a statement finds the server silent
    /// itself, having waited out its deadline; the store is then silent as after
    /// setServerSilent(). Without it, the next statement connects again instead (a
    /// command-line run).
    void setSilenceHandler(std::function<void(int waitedSeconds)> handler)
    {
        m_silenceHandler = std::move(handler);
    }

    // Transactions.
    /// Starts a write transaction, waiting up to the busy timeout for another writer.
    virtual Result<void> beginWrite() = 0;
    /// Starts a write transaction, waiting at most \a waitMs for another writer, once: Busy when
    /// it still holds its lock.
    virtual Result<void> tryBeginWrite(int waitMs) = 0;
    /// How long beginWrite() waits for another writer (default 5000 ms; tests shorten it).
    virtual void setBusyTimeout(int ms) = 0;
    /// Commits; on failure the transaction is rolled back and the error returned.
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    /// Inside a write transaction: the changes that follow are recorded as made by \a name.
    virtual Result<void> setActor(const QString &name) = 0;
    /// Before commit: the name is forgotten, so that other programs' changes are theirs.
    virtual Result<void> clearActor() = 0;

    // Items, their updates, links and dependencies.
    /// Reads everything the views show, as one consistent state.
    virtual Result<Snapshot> loadSnapshot() = 0;
    /// Inserts \a item; uses item.id when non-zero (undo of a delete). Returns it as stored.
    virtual Result<Item> insertItem(const Item &item) = 0;
    /// Inserts many items at once (imports): ids used when non-zero; returns the ids in order.
    virtual Result<QList<qint64>> insertItemsBulk(const QList<Item> &items) = 0;
    /// Writes \a after over the row, provided it still has before.version.
    virtual Result<Item> updateItem(const Item &before, const Item &after) = 0;
    /// Deletes the item, provided it still has \a version. Its updates and links go with it.
    virtual Result<void> deleteItem(qint64 id, qint64 version) = 0;
    virtual Result<QList<StatusUpdate>> statusUpdates(qint64 itemId) = 0;
    /// All updates dated on or after \a since.
    virtual Result<QList<StatusUpdate>> statusUpdatesSince(QDate since) = 0;
    virtual Result<StatusUpdate> insertStatusUpdate(const StatusUpdate &update) = 0;
    virtual Result<void> deleteStatusUpdate(qint64 id) = 0;
    virtual Result<void> insertDependency(const Dependency &dependency) = 0;
    virtual Result<void> deleteDependency(const Dependency &dependency) = 0;

    // Organisations.
    /// Inserts \a organisation; uses its id when non-zero (undo of a removal).
    virtual Result<Organisation> insertOrganisation(const Organisation &organisation) = 0;
    /// Writes \a after over the organisation, provided it still reads as \a before.
    virtual Result<void> updateOrganisation(const Organisation &before, const Organisation &after)
            = 0;
    /// Deletes the organisation, provided it still reads as \a organisation.
    virtual Result<void> deleteOrganisation(const Organisation &organisation) = 0;
    /// The items linked to organisation \a id as stored, by item.
    virtual Result<QList<ItemOrgLink>> organisationLinks(qint64 id) = 0;

    // The board and the document's properties.
    /// Sets the work-in-progress limit of \a status; 0 removes it.
    virtual Result<void> setWipLimit(Status status, int limit) = 0;
    virtual Result<QString> setting(const QString &key) = 0;
    virtual Result<void> setSetting(const QString &key, const QString &value) = 0;
    virtual Result<void> writeSettings(const DocumentSettings &settings) = 0;
    /// Writes a whole seed roadmap into an empty roadmap.
    virtual Result<void> importSeed(const SeedRoadmap &seed) = 0;

    // Sources.
    /// Adds a source document; its text is never changed afterwards.
    virtual Result<SourceDocument> insertSource(const SourceDocument &source) = 0;

    // Baselines.
    /// Reads baseline \a id whole, with every item it recorded.
    virtual Result<Baseline> baseline(qint64 id) = 0;
    /// Takes a new baseline of every item as stored; returns it whole.
    virtual Result<Baseline> captureBaseline(const QString &name, QDate takenOn,
                                             const QString &note)
            = 0;
    /// Puts a whole baseline back under its id.
    virtual Result<void> insertBaseline(const Baseline &whole) = 0;
    /// Renames baseline \a id, provided it is still called \a before.
    virtual Result<void> renameBaseline(qint64 id, const QString &before, const QString &after) = 0;
    /// Deletes baseline \a id, provided it is still called \a name; returns it whole.
    virtual Result<Baseline> removeBaseline(qint64 id, const QString &name) = 0;

    // The record of change.
    /// Every recorded change of item \a itemId, newest first.
    virtual Result<QList<ChangeRecord>> itemChanges(qint64 itemId) = 0;
    /// The changes with from <= at < until (UTC; an invalid bound is open), newest first; at
    /// most \a limit of them (-1: all).
    virtual Result<QList<ChangeRecord>> changesBetween(const QDateTime &from,
                                                       const QDateTime &until, int limit)
            = 0;
    /// How many changes changesBetween() would return without a limit.
    virtual Result<qint64> countChangesBetween(const QDateTime &from, const QDateTime &until) = 0;

    // Copies.
    /// The document title and the number of items (for a backup's manifest).
    virtual Result<std::pair<QString, int>> titleAndItemCount() = 0;
    /// A consistent copy of the whole roadmap as a new roadmap file at \a targetPath.
    virtual Result<void> backupTo(const QString &targetPath) = 0;
    /// Replaces the whole content by \a source's (checked, of the same schema version) in one
    /// transaction: others see an ordinary commit.
    virtual Result<void> copyFrom(RoadmapStore &source) = 0;

protected:
    RoadmapStore() = default;
    RoadmapStore(const RoadmapStore &) = delete;
    RoadmapStore &operator=(const RoadmapStore &) = delete;

    std::function<void(int waitedSeconds)> m_silenceHandler;
};

/// Opens the roadmap at \a location with the backend it names: a file path, or a server
/// address (postgresql://…, see ServerAddress).
Result<std::unique_ptr<RoadmapStore>> openStore(const QString &location, OpenMode mode);

/// The SQL script that sets up an empty PostgreSQL database as a team roadmap (for an IT team
/// to run with psql; `jcroadmap server-init --sql` prints it).
QString serverSetupScript();

} // namespace jcr
