#pragma once

#include "domain/item.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// One item's change: its fields as the user saw them and as the user wants them.
struct ItemChange
{
    Item before;
    Item after;
};

/**
 * Changes some fields of one or many items in one transaction: one undo step, one write.
 * Holds the items' ids and the fields' values before and after, never a pointer. Only the
 * fields that differ are written, on top of each item as it is now, so that edits by other
 * programs to other fields survive undo and redo. Redo and undo are refused as a whole (with a
 * message, nothing written) when one of the items is gone or someone else has meanwhile given
 * one of this command's fields a third value: their change is never overwritten silently.
 */
class EditItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::EditItemsCommand)

public:
    EditItemsCommand(RoadmapDocument *document, const QList<ItemChange> &changes,
                     const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// Shows the change (\a undoing: its undo) in the document's picture without writing it,
    /// for the items where it applies without conflict (see RoadmapDocument::showUnsaved).
    void showUnsaved(bool undoing) const;

    /// True when the last redo() or undo() reached the file.
    bool succeeded() const { return m_succeeded; }
    /// True when the last redo() or undo() was refused because of someone else's change.
    bool conflicted() const { return m_conflicted; }

    /// Copies into \a target the fields in which \a from and \a to differ, taking \a to's values.
    static Item applyDifferences(Item target, const Item &from, const Item &to);
    /// True when \a current still has \a expected's values in every field where \a from and
    /// \a expected differ.
    static bool fieldsUnchanged(const Item &current, const Item &from, const Item &expected);
    /// True when some field in which \a from and \a to differ holds a third value in
    /// \a current: writing \a to would overwrite someone else's change.
    static bool conflicts(const Item &current, const Item &from, const Item &to);
    /// A user-readable name for the change, e.g. "Change status of “Cyber Policy Dialogue”".
    static QString describe(const Item &before, const Item &after);

private:
    void apply(bool undoing);

    RoadmapDocument *m_document;
    QList<ItemChange> m_changes;
    bool m_succeeded = false;
    bool m_conflicted = false;
};

} // namespace jcr
