#include "deleteitemscommand.h"

#include <QCoreApplication>

namespace jcr {

DeleteItemsCommand::DeleteItemsCommand(RoadmapDocument *document, const QList<qint64> &ids,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_ids(ids)
{
    const Item *first = ids.size() == 1 ? document->item(ids.constFirst()) : nullptr;
    setText(first ? QCoreApplication::translate("jcr::DeleteItemsCommand", "Delete “%1”")
                            .arg(first->title)
                  : QCoreApplication::translate("jcr::DeleteItemsCommand", "Delete %n item(s)",
                                                nullptr, int(ids.size())));
}

void DeleteItemsCommand::redo()
{
    auto done = m_document->applyDeleteItems(m_ids);
    if (!done) {
        m_document->reportError(done.errorMessage());
        setObsolete(true);
        return;
    }
    m_records = done.value();
}

void DeleteItemsCommand::undo()
{
    if (auto r = m_document->applyRestoreItems(m_records); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
