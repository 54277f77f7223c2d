#include "deferwritecommand.h"

#include "commands/edititemscommand.h"
#include "document/roadmapdocument.h"
#include "edit/pendingwrites.h"

namespace jcr {

namespace {

/// How long an edit waits for the lock before it is kept pending: long enough for another
/// planner's commit (milliseconds), short enough not to freeze the window noticeably.
constexpr int FirstWaitMs = 500;

} // namespace

DeferWriteCommand::DeferWriteCommand(RoadmapDocument *document, QUndoCommand *inner)
    : QUndoCommand(inner->text())
    , m_document(document)
    , m_inner(inner)
    , m_text(inner->text())
{ }

DeferWriteCommand::~DeferWriteCommand()
{
    if (!m_queued)
        return;
    PendingWrites *queue = m_document->pendingWrites();
    // Deleted while its undo waits (the user undid it, then made a new edit): the undo must
    // still reach the file, so the queue keeps the command that knows how.
    if (!m_wanted && m_inFile)
        queue->adoptUndo(this, m_inner.release());
    else
        queue->remove(this);
}

void DeferWriteCommand::redo()
{
    m_wanted = true;
    sync();
}

void DeferWriteCommand::undo()
{
    m_wanted = false;
    sync();
}

void DeferWriteCommand::sync()
{
    PendingWrites *queue = m_document->pendingWrites();
    if (m_queued) {
        // Undo of a change still waiting (or redo of an undo still waiting): the file already
        // is as the user wants it now; take the write out, write nothing.
        if (m_wanted == m_inFile) {
            queue->remove(this);
            showWaiting(); // the picture goes back to what the file has
        }
        return;
    }
    if (m_wanted == m_inFile)
        return; // an earlier write was refused: there is nothing to take back
    if (!queue->isEnabled()) {
        // No waiting (command line): the change is made now or refused, as a plain command.
        m_inner->setObsolete(false);
        if (m_wanted)
            m_inner->redo();
        else
            m_inner->undo();
        if (m_inner->isObsolete())
            setObsolete(true);
        else
            m_inFile = m_wanted;
        return;
    }
    // Behind writes that already wait, in order; otherwise try now.
    if (!queue->isEmpty() || !attempt(FirstWaitMs)) {
        queue->enqueue(this);
        showWaiting();
        return;
    }
    // Refused for another reason (a conflict, a rule): reported; the stack drops the command.
    if (m_inFile != m_wanted)
        setObsolete(true);
}

void DeferWriteCommand::showWaiting() const
{
    if (const auto *edit = dynamic_cast<const EditItemsCommand *>(m_inner.get()))
        edit->showUnsaved(!m_wanted);
}

void DeferWriteCommand::hideWaiting() const
{
    if (const auto *edit = dynamic_cast<const EditItemsCommand *>(m_inner.get()))
        edit->showUnsaved(m_wanted);
}

bool DeferWriteCommand::attempt(int waitMs)
{
    m_inner->setObsolete(false);
    const bool busy = m_document->attemptDeferrable(
            [this] {
                if (m_wanted)
                    m_inner->redo();
                else
                    m_inner->undo();
            },
            waitMs);
    if (busy) {
        m_inner->setObsolete(false);
        return false;
    }
    if (!m_inner->isObsolete()) {
        m_inFile = m_wanted;
        setText(m_text);
    } else {
        //: An undo step whose change another program's edit made impossible
        setText(tr("%1 (not saved)").arg(m_text));
    }
    return true;
}

} // namespace jcr
