#pragma once

#include "createitemscommand.h"

namespace jcr {

/// Adds one item: a CreateItemsCommand of one, named after it.
class CreateItemCommand : public CreateItemsCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::CreateItemCommand)

public:
    CreateItemCommand(RoadmapDocument *document, const Item &item, QUndoCommand *parent = nullptr);

    /// Id of the created item (0 until the first successful redo()).
    qint64 itemId() const { return itemIds().value(0, 0); }
};

} // namespace jcr
