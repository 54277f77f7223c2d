#pragma once

#include "domain/item.h"
#include "domain/statusupdate.h"

#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/**
 * Adds an entry to an item's history; when the entry reports a new status or health, the item
 * takes it in the same transaction. Undo removes the entry and restores the item's fields.
 */
class AddStatusUpdateCommand : public QUndoCommand
{
public:
    AddStatusUpdateCommand(RoadmapDocument *document, const StatusUpdate &update,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoadmapDocument *m_document;
    StatusUpdate m_update;
    Item m_before; ///< status and health before the update
    Item m_after;
    bool m_changesItem = false;
};

} // namespace jcr
