#include "editorganisationcommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

EditOrganisationCommand::EditOrganisationCommand(RoadmapDocument *document,
                                                 const Organisation &before,
                                                 const Organisation &after, QUndoCommand *parent)
    : QUndoCommand(before.name == after.name
                           ? tr("Change organisation “%1”").arg(before.name)
                           : tr("Rename organisation “%1” to “%2”").arg(before.name, after.name),
                   parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{ }

void EditOrganisationCommand::redo()
{
    apply(m_before, m_after);
}

void EditOrganisationCommand::undo()
{
    apply(m_after, m_before);
}

void EditOrganisationCommand::apply(const Organisation &from, const Organisation &to)
{
    if (auto r = m_document->applyUpdateOrganisation(from, to); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
