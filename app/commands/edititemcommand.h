#pragma once

#include "edititemscommand.h"

namespace jcr {

/// Changes some fields of one item: an EditItemsCommand of one item, named after the fields.
class EditItemCommand : public EditItemsCommand
{
public:
    EditItemCommand(RoadmapDocument *document, const Item &before, const Item &after,
                    const QString &text = {}, QUndoCommand *parent = nullptr);
};

} // namespace jcr
