#pragma once

#include <QList>
#include <QObject>

class QTimer;
class QUndoCommand;

namespace jcr {

class DeferWriteCommand;
class RoadmapDocument;

/**
 * Edits waiting for another program to release the roadmap file.
 *
 * A program that holds a write transaction (sqlite3 after BEGIN IMMEDIATE, DB Browser for
 * SQLite until "Write Changes") keeps every writer out. Rather than refuse the user's edit, the
 * GUI keeps it here, in order, still on the undo stack (see DeferWriteCommand), retries every
 * retryInterval() and writes it as soon as the lock is released. Undoing an edit that is still
 * waiting takes it out again without touching the file.
 *
 * Off by default: a command-line run has no event loop to wait in and must fail instead.
 */
class PendingWrites : public QObject
{
    Q_OBJECT

public:
    explicit PendingWrites(RoadmapDocument *document);
    ~PendingWrites() override;

    /// Whether edits may wait (the GUI turns it on); when off they fail as before.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    /// Milliseconds between two attempts (500 by default).
    int retryInterval() const;
    void setRetryInterval(int ms);

    /// Number of writes still waiting.
    int count() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// Writes what can be written now, in order; returns true when nothing waits any more.
    bool retryNow();

    // For DeferWriteCommand.
    void enqueue(DeferWriteCommand *command);
    void remove(DeferWriteCommand *command);
    /// The undo stack is deleting \a command while its undo waits here: the queue keeps the
    /// wrapped command \a inner (and owns it) to undo it when the lock is released.
    void adoptUndo(DeferWriteCommand *command, QUndoCommand *inner);
    /// Forgets everything still waiting (the document is closing).
    void discardAll();

Q_SIGNALS:
    /// The number of waiting writes changed (0: everything has been written or dropped).
    void countChanged(int count);
    /// \a count waiting writes were written to the file.
    void written(int count);

private:
    struct Entry
    {
        DeferWriteCommand *command = nullptr; ///< on the undo stack
        QUndoCommand *orphan = nullptr; ///< owned: an undo to make for a command gone from it
    };

    RoadmapDocument *m_document;
    QTimer *m_timer;
    QList<Entry> m_entries;
    bool m_enabled = false;
    bool m_retrying = false;
};

} // namespace jcr
