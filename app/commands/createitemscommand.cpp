#include "createitemscommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

CreateItemsCommand::CreateItemsCommand(RoadmapDocument *document, const QList<Item> &items,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_items(items)
{ }

QList<qint64> CreateItemsCommand::itemIds() const
{
    QList<qint64> ids;
    if (!m_created)
        return ids;
    ids.reserve(m_items.size());
    for (const Item &it : m_items)
        ids << it.id;
    return ids;
}

void CreateItemsCommand::redo()
{
    auto stored = m_document->applyInsertItems(m_items);
    if (!stored) {
        m_document->reportError(stored.errorMessage());
        setObsolete(true);
        return;
    }
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_items[i].id = stored->at(i).id;
    m_created = true;
}

void CreateItemsCommand::undo()
{
    auto done = m_document->applyDeleteItems(itemIds());
    if (!done) {
        m_document->reportError(done.errorMessage());
        setObsolete(true);
        return;
    }
    // Keep what the items had become (edits made after creation were undone first, but other
    // programs may have changed them): redo restores that state.
    QHash<qint64, Item> last;
    for (const ItemRecord &rec : std::as_const(done.value()))
        last.insert(rec.item.id, rec.item);
    for (Item &it : m_items)
        it = last.value(it.id, it);
}

} // namespace jcr
