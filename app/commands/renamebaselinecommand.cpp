#include "renamebaselinecommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

RenameBaselineCommand::RenameBaselineCommand(RoadmapDocument *document, qint64 id,
                                             const QString &before, const QString &after,
                                             QUndoCommand *parent)
    : QUndoCommand(tr("Rename baseline “%1”").arg(before), parent)
    , m_document(document)
    , m_id(id)
    , m_before(before)
    , m_after(after)
{ }

void RenameBaselineCommand::redo()
{
    apply(m_before, m_after);
}

void RenameBaselineCommand::undo()
{
    apply(m_after, m_before);
}

void RenameBaselineCommand::apply(const QString &from, const QString &to)
{
    if (auto r = m_document->applyRenameBaseline(m_id, from, to); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
