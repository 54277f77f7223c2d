#include "edititemcommand.h"

namespace jcr {

EditItemCommand::EditItemCommand(RoadmapDocument *document, const Item &before, const Item &after,
                                 const QString &text, QUndoCommand *parent)
    : EditItemsCommand(document, {{before, after}}, text.isEmpty() ? describe(before, after) : text,
                       parent)
{ }

} // namespace jcr
