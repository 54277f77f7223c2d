#include "addstatusupdatecommand.h"

#include "document/roadmapdocument.h"
#include "edititemcommand.h"

#include <QCoreApplication>

namespace jcr {

AddStatusUpdateCommand::AddStatusUpdateCommand(RoadmapDocument *document,
                                               const StatusUpdate &update, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_update(update)
{
    if (const Item *it = document->item(update.itemId)) {
        m_before = *it;
        m_after = *it;
        if (update.newStatus)
            m_after.setStatus(*update.newStatus);
        if (update.newHealth)
            m_after.health = *update.newHealth;
        m_changesItem = m_after.status != m_before.status || m_after.health != m_before.health
                || m_after.progress != m_before.progress;
    }
    setText(QCoreApplication::translate("jcr::AddStatusUpdateCommand", "Add update to “%1”")
                    .arg(m_before.title));
}

void AddStatusUpdateCommand::redo()
{
    const Item *current = m_document->item(m_update.itemId);
    if (!current) {
        Q_EMIT m_document->errorOccurred(QCoreApplication::translate("jcr::AddStatusUpdateCommand",
                                                                     "The item no longer exists."));
        setObsolete(true);
        return;
    }
    const Item target = EditItemCommand::applyDifferences(*current, m_before, m_after);
    auto stored = m_document->applyAddStatusUpdate(m_update, m_changesItem ? &target : nullptr);
    if (!stored) {
        Q_EMIT m_document->errorOccurred(stored.errorMessage());
        setObsolete(true);
        return;
    }
    m_update.id = stored->id;
}

void AddStatusUpdateCommand::undo()
{
    const Item *current = m_document->item(m_update.itemId);
    if (!current
        || (m_changesItem && !EditItemCommand::fieldsUnchanged(*current, m_before, m_after))) {
        Q_EMIT m_document->errorOccurred(QCoreApplication::translate(
                "jcr::AddStatusUpdateCommand",
                "The item was changed again by someone else; the update was not undone."));
        setObsolete(true);
        return;
    }
    const Item target = EditItemCommand::applyDifferences(*current, m_after, m_before);
    auto done = m_document->applyRemoveStatusUpdate(m_update.itemId, m_update.id,
                                                    m_changesItem ? &target : nullptr);
    if (!done) {
        Q_EMIT m_document->errorOccurred(done.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
