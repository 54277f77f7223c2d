#pragma once

#include "domain/item.h"

#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Adds one item. Redo after undo puts it back under the same id.
class CreateItemCommand : public QUndoCommand
{
public:
    CreateItemCommand(RoadmapDocument *document, const Item &item, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// Id of the created item (0 until the first successful redo()).
    qint64 itemId() const { return m_item.id; }

private:
    RoadmapDocument *m_document;
    Item m_item;
};

} // namespace jcr
