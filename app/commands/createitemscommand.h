#pragma once

#include "domain/item.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Adds items in one transaction (one undo step). Redo after undo puts them back under the
/// same ids, as they were when undone.
class CreateItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::CreateItemsCommand)

public:
    CreateItemsCommand(RoadmapDocument *document, const QList<Item> &items, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// Ids of the created items, in the order given (empty until the first successful redo()).
    QList<qint64> itemIds() const;

private:
    RoadmapDocument *m_document;
    QList<Item> m_items;
    bool m_created = false;
};

} // namespace jcr
