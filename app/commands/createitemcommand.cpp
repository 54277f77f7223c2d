#include "createitemcommand.h"

#include "document/roadmapdocument.h"

#include <QCoreApplication>

namespace jcr {

CreateItemCommand::CreateItemCommand(RoadmapDocument *document, const Item &item,
                                     QUndoCommand *parent)
    : QUndoCommand(
            QCoreApplication::translate("jcr::CreateItemCommand", "Add “%1”").arg(item.title),
            parent)
    , m_document(document)
    , m_item(item)
{ }

void CreateItemCommand::redo()
{
    auto stored = m_document->applyInsertItem(m_item);
    if (!stored) {
        Q_EMIT m_document->errorOccurred(stored.errorMessage());
        setObsolete(true);
        return;
    }
    m_item.id = stored->id;
}

void CreateItemCommand::undo()
{
    auto done = m_document->applyDeleteItems({m_item.id});
    if (!done) {
        Q_EMIT m_document->errorOccurred(done.errorMessage());
        setObsolete(true);
        return;
    }
    // Keep what the item had become (edits made after creation were undone first, but other
    // programs may have changed it): redo restores that state.
    const Item &last = done->constFirst().item;
    m_item = last;
}

} // namespace jcr
