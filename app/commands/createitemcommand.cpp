#include "createitemcommand.h"

namespace jcr {

CreateItemCommand::CreateItemCommand(RoadmapDocument *document, const Item &item,
                                     QUndoCommand *parent)
    : CreateItemsCommand(document, {item}, tr("Add “%1”").arg(item.title), parent)
{ }

} // namespace jcr
