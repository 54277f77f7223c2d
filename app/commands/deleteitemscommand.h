#pragma once

#include "document/roadmapdocument.h"

#include <QUndoCommand>

namespace jcr {

/// Deletes items with their history and dependencies; undo restores them under the same ids.
class DeleteItemsCommand : public QUndoCommand
{
public:
    DeleteItemsCommand(RoadmapDocument *document, const QList<qint64> &ids,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoadmapDocument *m_document;
    QList<qint64> m_ids;
    QList<ItemRecord> m_records;
};

} // namespace jcr
