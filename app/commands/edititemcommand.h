#pragma once

#include "domain/item.h"

#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/**
 * Changes some fields of one item. Holds the item's id and the fields' values before and after,
 * never a pointer. Only the fields that differ are written, on top of the item as it is now, so
 * that edits by other programs to other fields survive undo and redo. Redo and undo are refused
 * (with a message, nothing written) when someone else has meanwhile given one of this
 * command's fields a third value: their change is never overwritten silently.
 */
class EditItemCommand : public QUndoCommand
{
public:
    EditItemCommand(RoadmapDocument *document, const Item &before, const Item &after,
                    const QString &text = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

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
    void apply(const Item &from, const Item &to, bool undoing);

    RoadmapDocument *m_document;
    qint64 m_id;
    Item m_before;
    Item m_after;
    bool m_succeeded = false;
    bool m_conflicted = false;
};

} // namespace jcr
