#include "deletebaselinecommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

DeleteBaselineCommand::DeleteBaselineCommand(RoadmapDocument *document, qint64 id,
                                             const QString &name, QUndoCommand *parent)
    : QUndoCommand(tr("Delete baseline “%1”").arg(name), parent)
    , m_document(document)
    , m_id(id)
    , m_name(name)
{ }

void DeleteBaselineCommand::redo()
{
    auto whole = m_document->applyDeleteBaseline(m_id, m_name);
    if (!whole) {
        m_document->reportError(whole.errorMessage());
        setObsolete(true);
        return;
    }
    m_deleted = whole.value();
}

void DeleteBaselineCommand::undo()
{
    if (auto r = m_document->applyInsertBaseline(m_deleted); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
