#pragma once

#include "commands/edititemscommand.h"
#include "commands/itemimport.h"
#include "domain/item.h"
#include "domain/organisation.h"
#include "domain/result.h"
#include "domain/statusupdate.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QUndoCommand;

namespace jcr {

class RoadmapDocument;

/// Where one item goes on the board: its column (status), its lane (area; 0 keeps the item's
/// area) and its place in the column (rank; smaller comes first).
struct ItemMove
{
    qint64 id = 0;
    Status status = Status::Planned;
    qint64 areaId = 0;
    double rank = 0;
};

/**
 * The one road from a user's gesture to the file: every edit of a roadmap's content goes
 * through here. Views, dialogs, the command line and imports call these functions; they never
 * build undo commands or call RoadmapDocument's apply…() mutators themselves.
 *
 * Each call is one QUndoCommand on the document's undo stack and one write transaction, however
 * many items it touches: deleting 500 items, moving 50 cards or importing a file is one undo
 * step and one fsync. Calls that change nothing push nothing and succeed.
 *
 * The service holds no state besides the document: construct one where needed,
 * `EditService(document).deleteItems(ids)`, or keep one.
 *
 * Results: a call refused before anything was written (read-only document, unknown item,
 * invalid value) returns the Error and emits nothing. A call refused while being applied (a
 * conflict with another program's change, a write error) has already been reported through
 * RoadmapDocument::errorOccurred(), which the main window shows; the returned Error carries the
 * same message, for callers that want to react too (an editor keeping its field, say).
 *
 * Waiting: when the document's PendingWrites are enabled (the GUI) and another program holds
 * the file's write lock, a call succeeds with its edit pending: on the undo stack, written as
 * soon as the lock is released (createItem() then returns a Busy error: the id is not known
 * yet). Without it (the command line) such a call fails with a Busy error.
 */
class EditService
{
    Q_DECLARE_TR_FUNCTIONS(jcr::EditService)

public:
    explicit EditService(RoadmapDocument *document);

    RoadmapDocument *document() const { return m_document; }

    // ----- Items -----

    /// Adds \a item (its id is ignored); returns the new item's id.
    Result<qint64> createItem(const Item &item);
    /// Adds \a items in one step named \a text (a default when empty); returns their ids.
    Result<QList<qint64>> createItems(const QList<Item> &items, const QString &text = {});
    /// A valid new item, "New item", in column \a status and area \a areaId (the first area
    /// when 0), placed at the foot of its column. Not stored: pass it to createItem().
    Item draftItem(Status status, qint64 areaId = 0) const;
    /// A rank after every item with \a status: the foot of that board column.
    double rankAtEndOf(Status status) const;

    /// Changes the fields in which \a after differs from \a before, over the item as it is now
    /// (fields changed meanwhile by others are kept; a field both changed is a conflict).
    Result<void> editItem(const Item &before, const Item &after, const QString &text = {});
    /// Applies \a change to the item \a id as it is now.
    Result<void> editItem(qint64 id, const std::function<void(Item &)> &change,
                          const QString &text = {});
    /// Several items in one step named \a text; all or none are changed.
    Result<void> editItems(const QList<ItemChange> &changes, const QString &text);
    /// Applies \a change to each item of \a ids as it is now, in one step named \a text.
    Result<void> editItems(const QList<qint64> &ids, const std::function<void(Item &)> &change,
                           const QString &text);

    /// Deletes items with their history, organisation links and dependencies, in one step;
    /// undo brings all of it back under the same ids.
    Result<void> deleteItems(const QList<qint64> &ids);

    /// Sets status, area and rank of each item in one step (a drop of several cards).
    Result<void> moveItems(const QList<ItemMove> &moves, const QString &text = {});

    /// Writes an import (File ▸ Import…, `jcroadmap import`): changes, new items and links in
    /// one step named \a text ("Import tracker.csv"). Changed fields are written over each item
    /// as it is now; a field someone else changed meanwhile refuses the whole import. Refused
    /// before writing when an item is invalid or names no area of this roadmap.
    Result<void> importItems(const ItemImport &changes, const QString &text);

    // ----- Links -----

    /// \a successor should not start before \a predecessor ends. Refused for an item and
    /// itself, a link that exists already and one that would close a loop.
    Result<void> addDependency(qint64 predecessorId, qint64 successorId);
    Result<void> removeDependency(qint64 predecessorId, qint64 successorId);
    /// Links \a organisationId to the item as lead or supporting (changing the role of an
    /// existing link).
    Result<void> linkOrganisation(qint64 itemId, qint64 organisationId, OrgRole role);
    Result<void> unlinkOrganisation(qint64 itemId, qint64 organisationId);

    // ----- Organisations -----

    /// Adds an organisation (name required and unique, ignoring case); returns its id.
    Result<qint64> addOrganisation(const Organisation &organisation);
    /// Renames the organisation with \a after's id, or changes its short name or country.
    Result<void> editOrganisation(const Organisation &after);
    /// Removes an organisation and its links to items, in one step that undo reverses. The
    /// caller asks the user first when organisationUseCount() is not 0.
    Result<void> removeOrganisation(qint64 id);

    // ----- Board and history -----

    /// Sets (0: removes) the soft work-in-progress limit of the board column \a status.
    Result<void> setWipLimit(Status status, int limit);
    /// Adds an entry to an item's history; a new status or health in it changes the item too.
    Result<void> addStatusUpdate(const StatusUpdate &update);

    // ----- Baselines -----

    /// Takes a baseline named \a name (required, at most 200 characters, unique ignoring case)
    /// of every item, dated today (Clock), with \a note; returns its id.
    Result<qint64> createBaseline(const QString &name, const QString &note = {});
    /// Renames baseline \a id to \a name (same rules as a new name).
    Result<void> renameBaseline(qint64 id, const QString &name);
    /// Deletes baseline \a id and what it recorded; undo brings it back whole.
    Result<void> deleteBaseline(qint64 id);

private:
    Result<void> writable() const;
    /// Refuses an empty, too long or (ignoring case) already used name.
    Result<void> checkOrganisation(const Organisation &organisation) const;
    /// Refuses an empty, too long or (ignoring case) already used baseline name; \a id is the
    /// baseline being renamed (its own name is free to it).
    Result<void> checkBaselineName(const QString &name, qint64 id = 0) const;
    /// Pushes \a command; its error, if it reported one while applied.
    Result<void> push(QUndoCommand *command);

    RoadmapDocument *m_document;
};

} // namespace jcr
