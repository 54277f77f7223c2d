#include "addorganisationcommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

AddOrganisationCommand::AddOrganisationCommand(RoadmapDocument *document,
                                               const Organisation &organisation,
                                               QUndoCommand *parent)
    : QUndoCommand(tr("Add organisation “%1”").arg(organisation.name.trimmed()), parent)
    , m_document(document)
    , m_organisation(organisation)
{ }

void AddOrganisationCommand::redo()
{
    auto stored = m_document->addOrganisation(m_organisation);
    if (!stored) {
        m_document->reportError(stored.errorMessage());
        setObsolete(true);
        return;
    }
    m_organisation = stored.value();
}

void AddOrganisationCommand::undo()
{
    // Nothing links to it any more: the commands that linked it were undone before this one.
    if (auto r = m_document->applyRemoveOrganisation(m_organisation.id); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
