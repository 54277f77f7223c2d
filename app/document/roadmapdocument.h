#pragma once

#include "document/filestatus.h"
#include "document/itembatch.h"
#include "domain/itemfields.h"
#include "domain/result.h"
#include "domain/statusupdate.h"
#include "storage/snapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

#include <limits>
#include <memory>

class QFileSystemWatcher;
class QUndoStack;
class QTimer;

namespace jcr {

class BackgroundIntegrityCheck;
class ChangeFeed;
class PendingWrites;
class RoadmapStore;

/// An item with everything that hangs off it, as needed to delete and restore it.
struct ItemRecord
{
    Item item;
    QList<StatusUpdate> updates;
    QList<Dependency> dependencies;
};

struct SeedRoadmap;

/**
 * An open roadmap and the in-memory picture of it that the views read. The roadmap is reached
 * only through its RoadmapStore (a file: SqliteStore); nothing here knows SQL.
 *
 * Every apply…() mutator writes through the store in one transaction and then updates
 * the picture, emitting typed change events (see Q_SIGNALS) so that models emit begin…/end…
 * pairs and views repaint only what changed. Undo commands call these mutators; views call
 * the EditService (edit/editservice.h), which pushes the commands: they never call a mutator
 * or build a command themselves. The document notices commits made by other programs (the
 * store's change counter) and reloads.
 */
class RoadmapDocument : public QObject
{
    Q_OBJECT

public:
    /// A removal in more blocks of consecutive rows than this is announced as scattered.
    static constexpr qsizetype ScatteredBlocks = 8;

    ~RoadmapDocument() override;

    /// Opens an existing roadmap file.
    static Result<std::unique_ptr<RoadmapDocument>> open(const QString &path,
                                                         bool readOnly = false);
    /// Creates a new file (that must not exist yet) holding \a seed.
    static Result<std::unique_ptr<RoadmapDocument>> create(const QString &path,
                                                           const SeedRoadmap &seed);

    QString filePath() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    QStringList openWarnings() const;
    /// True while the background integrity check of a large file is still running.
    bool integrityCheckRunning() const;
    /// False while the server of a team roadmap cannot be reached (always true for a file):
    /// edits then wait, kept, and are saved when it is back.
    bool isOnline() const { return m_online; }
    /// Where the roadmap lives (a file, through SqliteStore): only the document writes to it.
    RoadmapStore &store() { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Edits waiting for another program to release the file (see PendingWrites).
    PendingWrites *pendingWrites() const { return m_pendingWrites; }

    /// Tells the user about a refused change (emits errorOccurred), except while
    /// attemptDeferrable() runs and the refusal is only another program's lock.
    void reportError(const QString &message);
    /// Runs \a attempt (an undo command's redo or undo) with writes waiting at most \a waitMs
    /// for the file's lock; returns true when a write was blocked by something outside the
    /// planner that may pass — another program's lock, or the file moved, deleted, replaced or
    /// its folder read-only (fileStatus()) — so that nothing was written and the refusal was not
    /// reported: the caller keeps the edit pending.
    bool attemptDeferrable(const std::function<void()> &attempt, int waitMs);

    // The in-memory picture.
    const DocumentSettings &settings() const { return m_snapshot.settings; }
    const QList<PriorityArea> &areas() const { return m_snapshot.areas; }
    const QList<Organisation> &organisations() const { return m_snapshot.organisations; }
    const QList<Item> &items() const { return m_snapshot.items; }
    const QList<Dependency> &dependencies() const { return m_snapshot.dependencies; }
    /// The board's work-in-progress limit of a status column; 0 when there is none.
    int wipLimit(Status status) const { return m_snapshot.wipLimits.value(status, 0); }
    int itemCount() const { return int(m_snapshot.items.size()); }
    const Item &itemAt(int row) const { return m_snapshot.items.at(row); }
    /// Row of the item with \a id, or -1.
    int rowOf(qint64 id) const;
    /// The item with \a id, or nullptr.
    const Item *item(qint64 id) const;
    const PriorityArea *area(qint64 id) const;
    const PriorityArea *areaByNumber(int number) const;
    const Organisation *organisation(qint64 id) const;
    /// "MOFA, GAC" — short names of the lead organisations.
    QString leadOrganisationNames(const Item &item) const;
    QStringList allTags() const;
    /// The source documents (the Joint Statement first in a seeded roadmap), by id.
    const QList<SourceDocument> &sources() const { return m_snapshot.sources; }
    const SourceDocument *source(qint64 id) const;
    /// The baselines (named snapshots), without their items, oldest first.
    const QList<Baseline> &baselines() const { return m_snapshot.baselines; }
    /// The baseline with \a id, or named \a name ignoring case; nullptr when there is none.
    const Baseline *baseline(qint64 id) const;
    const Baseline *baselineNamed(const QString &name) const;
    /// Reads baseline \a id whole, with every item it recorded, from the file.
    Result<Baseline> loadBaseline(qint64 id);

    // Mutators called by undo commands. Each is one transaction.
    Result<Item> applyInsertItem(const Item &item);
    /// Inserts \a items in one transaction (ids used when non-zero); returns them as stored.
    Result<QList<Item>> applyInsertItems(const QList<Item> &items);
    Result<Item> applyUpdateItem(const Item &after);
    /// Writes every item of \a afters over its row in one transaction: all or none. Conflict
    /// when one of them is gone or was changed by someone else since it was read.
    Result<QList<Item>> applyUpdateItems(const QList<Item> &afters);
    /// Deletes items with their history and dependencies; returns what was deleted so that
    /// applyRestoreItems() can put it back with the same ids.
    Result<QList<ItemRecord>> applyDeleteItems(const QList<qint64> &ids);
    Result<void> applyRestoreItems(const QList<ItemRecord> &records);
    Result<StatusUpdate> applyAddStatusUpdate(const StatusUpdate &update, const Item *itemAfter);
    Result<void> applyRemoveStatusUpdate(qint64 itemId, qint64 updateId, const Item *itemAfter);
    Result<void> applyAddDependency(const Dependency &d);
    Result<void> applyRemoveDependency(const Dependency &d);
    /// Removes \a removed, then adds \a added, in one transaction.
    Result<void> applyChangeDependencies(const QList<Dependency> &added,
                                         const QList<Dependency> &removed);
    Result<void> applySetWipLimit(Status status, int limit);
    /// Takes a new baseline of every item as the file has it; returns it whole.
    Result<Baseline> applyCaptureBaseline(const QString &name, QDate takenOn, const QString &note);
    /// Puts a whole baseline back under its id (undo of a deletion, redo of a creation).
    Result<void> applyInsertBaseline(const Baseline &whole);
    /// Renames baseline \a id from \a before (Conflict when it no longer has that name).
    Result<void> applyRenameBaseline(qint64 id, const QString &before, const QString &after);
    /// Deletes baseline \a id, provided it is still called \a name; returns it whole.
    Result<Baseline> applyDeleteBaseline(qint64 id, const QString &name);
    /// Writes a whole batch in one transaction, all or nothing (imports); returns the inserted
    /// items as stored, in the batch's order.
    Result<QList<Item>> applyItemBatch(const ItemBatch &batch);
    /// Adds an organisation (under its id when non-zero: undo of a removal).
    Result<Organisation> addOrganisation(const Organisation &organisation);
    /// Writes \a after over the organisation with its id, provided it still reads as \a before.
    Result<void> applyUpdateOrganisation(const Organisation &before, const Organisation &after);
    /// Removes organisation \a id and, in the same transaction, its links from every item;
    /// returns those links for applyRestoreOrganisation().
    Result<QList<ItemOrgLink>> applyRemoveOrganisation(qint64 id);
    /// Puts a removed organisation back under its id, with its links where they were.
    Result<void> applyRestoreOrganisation(const Organisation &organisation,
                                          const QList<ItemOrgLink> &links);
    /// How many items are linked to organisation \a id.
    int organisationUseCount(qint64 id) const;
    /// Adds a source document (an import; its text is never changed afterwards).
    Result<SourceDocument> importSource(const SourceDocument &source);
    Result<void> setSettings(const DocumentSettings &settings);
    Result<QString> setting(const QString &key);
    Result<void> setSetting(const QString &key, const QString &value);

    Result<QList<StatusUpdate>> statusUpdates(qint64 itemId);

    /// A consistent copy of the file (File ▸ Save a Copy As).
    Result<void> saveCopyAs(const QString &path);
    /// Replaces the whole content of the file by \a source's (File ▸ Restore from Backup),
    /// then re-reads it. The undo history is cleared: it refers to the replaced content.
    Result<void> replaceContentsWith(RoadmapStore &source);

    /// What happened to the file since it was opened (moved, deleted, replaced, folder
    /// read-only), as last checked.
    const FileStatus &fileStatus() const { return m_fileStatus; }
    /// Looks at the file's path again (the poll and the file watcher do it); emits
    /// fileStatusChanged() when the answer changed.
    const FileStatus &checkFileStatus();
    /// Continues on the roadmap file at \a path (File ▸ Reopen after the file was moved or
    /// replaced; or a copy just saved): opens and checks it, re-reads the picture from it
    /// (emitting the usual change events), keeps the undo history and the edits waiting to be
    /// written, which are then written there. On failure the current file stays.
    Result<void> reattach(const QString &path);

    /// Shows \a items (as changed by an edit waiting for the file's lock) in the picture without
    /// writing them, emitting itemsChanged(), so that what the user typed stays on screen. The
    /// edit's write, or a re-read of changed rows, replaces them later.
    void showUnsaved(const QList<Item> &items);

    /// Re-reads the file if another program committed to it; returns true when it did.
    bool checkForOutsideChanges();
    /// Re-reads everything, emitting fine-grained row signals (selection survives).
    Result<void> reload();

    /// Checks for outside changes every \a ms milliseconds (0 stops); the GUI uses 500 ms.
    /// While polling, a file watcher also triggers a check as soon as the file is written
    /// (only a hint: the poll alone is enough, the watcher makes it quicker).
    void setPollInterval(int ms);
    int pollInterval() const;
    /// Turns the file watcher hint off or on (on by default while polling); for tests.
    void setFileWatcherEnabled(bool enabled);

    // Typed change events. Row signals come in begin/end pairs, like a model's; the others
    // are emitted once per transaction, after the picture has changed. Nothing else changes
    // the picture. A reload from disk emits each event whose subject differs.
Q_SIGNALS:
    /// Rows first…last (appended at the end) are about to come / have come.
    void itemsAboutToBeInserted(int first, int last);
    void itemsInserted(int first, int last);
    /// Rows first…last are about to go / have gone. A deletion of a few blocks of consecutive
    /// rows emits one pair per block, from the bottom up.
    void itemsAboutToBeRemoved(int first, int last);
    void itemsRemoved(int first, int last);
    /// Rows in more than ScatteredBlocks blocks go at once, instead of the pairs above: \a rows
    /// ascending, numbered as before the removal (one pass over the list instead of one per
    /// block, which cost 100,000-item roadmaps seconds).
    void itemsAboutToBeRemovedScattered(const QList<int> &rows);
    void itemsRemovedScattered(const QList<int> &rows);
    /// The items \a ids changed in \a fields (the union over them); rows did not move.
    void itemsChanged(const QList<qint64> &ids, jcr::ItemFields fields);
    void aboutToReset();
    void resetDone();
    /// Priority areas (names, colours, numbers) changed.
    void areasChanged();
    /// The list of organisations changed (not the items' links: those are itemsChanged).
    void organisationsChanged();
    /// Dependencies were added or removed (also when items were deleted or restored).
    void dependenciesChanged();
    /// A board column's work-in-progress limit changed.
    void wipLimitsChanged(jcr::Status status);
    /// The document's properties (title, marking, author, office) changed.
    void settingsChanged();
    /// A source document was imported, or the file was re-read.
    void sourcesChanged();
    /// A baseline was taken, renamed or deleted (here or by another program).
    void baselinesChanged();
    void statusUpdatesChanged(qint64 itemId);
    /// Another program changed the file and the picture was refreshed.
    void reloadedFromDisk();
    /// Something went wrong that the user must hear about (a refused undo, a lost lock…).
    void errorOccurred(const QString &message);
    /// The document became read-only while open (the file's schema was changed by another
    /// program, or the background check found damage); readOnlyReason() says why. The user
    /// must be told and editing disabled. \a readOnly is false when a large file, opened
    /// read-only until its background check passed, has become writable.
    void readOnlyChanged(bool readOnly);
    /// fileStatus() changed, or the document now works on another file (reattach()).
    void fileStatusChanged();
    /// The connection to a team roadmap's server was lost (\a online false; \a reason in
    /// words) or is back (the picture was re-read and waiting edits are being saved).
    void connectionChanged(bool online, const QString &reason);

private:
    /// Above this many inserted or removed rows a reload or an import resets the models
    /// instead of emitting row signals one block at a time.
    static constexpr int MaxIncrementalRowChanges = 2000;

    RoadmapDocument();
    Result<void> loadInitial();
    template<typename F> auto writeTransaction(F &&body) -> decltype(body());
    void replaceItems(const QList<Item> &items);
    void sortOrganisations();
    void removeRows(QList<int> rows);
    void appendItems(const QList<Item> &items);
    void rebuildIndex(int fromRow) const;
    void refreshAfterConflict();
    void updateFileWatcher();
    void dropFileWatcher();
    void startIntegrityCheck();
    /// For a team roadmap: listens for others' commits and for the connection's state.
    void startChangeFeed();
    /// The change feed hears the server again: connects again, re-reads everything and saves
    /// what waited; tries again shortly when the roadmap's own connection still fails.
    void resumeOnline();
    /// Refuses citations of \a after that \a before did not have and that do not occur in
    /// their source; an outside edit that broke an existing one is reported, not re-checked.
    Result<void> checkNewCitations(const Item *before, const Item &after) const;

    std::unique_ptr<RoadmapStore> m_store;
    QUndoStack *m_undoStack = nullptr;
    PendingWrites *m_pendingWrites = nullptr;
    bool m_deferring = false; ///< inside attemptDeferrable()
    int m_deferWaitMs = 0;
    bool m_lastWriteBlocked = false; ///< a write inside attemptDeferrable() found the file locked
    QTimer *m_pollTimer = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_watcherEnabled = true;
    /// Set once the file's schema was changed by someone else into something not trusted:
    /// the picture is frozen and nothing is read from or written to the file any more.
    bool m_detached = false;
    BackgroundIntegrityCheck *m_integrityCheck = nullptr;
    ChangeFeed *m_feed = nullptr;
    bool m_online = true;
    QString m_offlineReason;
    QStringList m_lateWarnings; ///< found by the background check
    Snapshot m_snapshot;
    /// id → row. Entries at and after m_indexStaleFrom may be stale (rows removed above them):
    /// rowOf() notices and rebuilds that part once, instead of once per removed row.
    mutable QHash<qint64, int> m_rowById;
    mutable int m_indexStaleFrom = std::numeric_limits<int>::max();
    qint64 m_dataVersion = -1;
    FileIdentity m_identity; ///< the file that was opened at filePath()
    FileStatus m_fileStatus;
};

} // namespace jcr
