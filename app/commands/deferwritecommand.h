#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace jcr {

class RoadmapDocument;

/**
 * Wraps the undo command of one user gesture so that it can wait for another program's write
 * lock (see PendingWrites) instead of failing.
 *
 * The wrapper tracks what the user wants (the change done or undone) and what the file has.
 * redo() and undo() try to bring the file there at once; when another program holds the lock,
 * the write waits in the document's PendingWrites, in order behind any other waiting write, and
 * the command stays on the undo stack. Undo of a change that is still waiting only takes it out
 * of the queue: nothing was written, nothing needs writing back. If the stack deletes the
 * command while its undo still waits (a new edit after Undo), the queue keeps the wrapped
 * command and makes that undo later, so the file ends as the user left it.
 *
 * A waiting change of item fields is shown in the picture meanwhile (so what was typed stays on
 * screen, and a second edit of the same field builds on the first); cancelling it shows the
 * fields as they were.
 */
class DeferWriteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::DeferWriteCommand)

public:
    /// Takes ownership of \a inner.
    DeferWriteCommand(RoadmapDocument *document, QUndoCommand *inner);
    ~DeferWriteCommand() override;

    void redo() override;
    void undo() override;

    QUndoCommand *inner() const { return m_inner.get(); }
    /// True while a write of this command waits for the lock.
    bool isPending() const { return m_queued; }
    /// True when the file holds this command's change.
    bool isInFile() const { return m_inFile; }

    /// For PendingWrites: tries to write what is wanted now, waiting at most \a waitMs for the
    /// lock. False when the lock is still held (nothing written, nothing reported); true when
    /// settled: written, or refused for another reason (already reported to the user).
    bool attempt(int waitMs);
    /// For PendingWrites: shows the waiting change in the document's picture where the command
    /// knows how (item edits: what the user typed stays on screen while it waits).
    void showWaiting() const;
    /// Takes that change off the picture again (before the waiting writes are made in order).
    void hideWaiting() const;

private:
    friend class PendingWrites;
    void sync();

    RoadmapDocument *m_document;
    std::unique_ptr<QUndoCommand> m_inner;
    QString m_text;
    bool m_wanted = false; ///< the user wants the change done
    bool m_inFile = false; ///< the file has the change
    bool m_queued = false;
};

} // namespace jcr
