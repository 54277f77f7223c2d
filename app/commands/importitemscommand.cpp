#include "importitemscommand.h"

#include "edititemcommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

ImportItemsCommand::ImportItemsCommand(RoadmapDocument *document, const ItemImport &changes,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(changes.before)
    , m_after(changes.after)
    , m_added(changes.added)
    , m_addedPredecessors(changes.addedPredecessors)
    , m_addedDependencies(changes.addedDependencies)
    , m_removedDependencies(changes.removedDependencies)
{ }

QList<qint64> ImportItemsCommand::addedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_added.size());
    for (const Item &it : m_added)
        ids << it.id;
    return ids;
}

void ImportItemsCommand::fail(const QString &message)
{
    m_succeeded = false;
    m_error = message;
    Q_EMIT m_document->errorOccurred(message);
    setObsolete(true);
}

void ImportItemsCommand::redo()
{
    m_succeeded = false;
    m_error.clear();
    m_document->checkForOutsideChanges();
    ItemBatch batch;
    batch.updates.reserve(m_after.size());
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        const Item *current = m_document->item(m_after.at(i).id);
        if (!current || EditItemCommand::conflicts(*current, m_before.at(i), m_after.at(i))) {
            fail(tr("“%1” was changed or deleted by someone else in the meantime; nothing was "
                    "imported, so that their change is kept.")
                         .arg(m_before.at(i).title));
            return;
        }
        batch.updates << EditItemCommand::applyDifferences(*current, m_before.at(i), m_after.at(i));
    }
    batch.inserts = m_added;
    batch.insertPredecessors = m_addedPredecessors;
    batch.addDependencies = m_addedDependencies;
    batch.removeDependencies = m_removedDependencies;
    auto inserted = m_document->applyItemBatch(batch);
    if (!inserted) {
        fail(inserted.errorMessage());
        return;
    }
    for (qsizetype i = 0; i < m_added.size() && i < inserted.value().size(); ++i)
        m_added[i] = inserted.value().at(i);
    m_succeeded = true;
}

void ImportItemsCommand::undo()
{
    m_succeeded = false;
    m_error.clear();
    m_document->checkForOutsideChanges();
    ItemBatch batch;
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        const Item *current = m_document->item(m_after.at(i).id);
        if (!current || EditItemCommand::conflicts(*current, m_after.at(i), m_before.at(i))) {
            fail(tr("“%1” was changed or deleted by someone else since the import; the import "
                    "was not undone, so that their change is kept.")
                         .arg(m_after.at(i).title));
            return;
        }
        batch.updates << EditItemCommand::applyDifferences(*current, m_after.at(i), m_before.at(i));
    }
    for (const Item &it : std::as_const(m_added)) {
        if (m_document->item(it.id))
            batch.deletes << it.id;
    }
    // Links to deleted items go with them; the others are put back as they were.
    batch.addDependencies = m_removedDependencies;
    batch.removeDependencies = m_addedDependencies;
    auto done = m_document->applyItemBatch(batch);
    if (!done) {
        fail(done.errorMessage());
        return;
    }
    m_succeeded = true;
}

} // namespace jcr
