#include "removeorganisationcommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

RemoveOrganisationCommand::RemoveOrganisationCommand(RoadmapDocument *document,
                                                     const Organisation &organisation,
                                                     QUndoCommand *parent)
    : QUndoCommand(tr("Remove organisation “%1”").arg(organisation.name), parent)
    , m_document(document)
    , m_organisation(organisation)
{ }

void RemoveOrganisationCommand::redo()
{
    auto removed = m_document->applyRemoveOrganisation(m_organisation.id);
    if (!removed) {
        m_document->reportError(removed.errorMessage());
        setObsolete(true);
        return;
    }
    m_links = removed.value();
}

void RemoveOrganisationCommand::undo()
{
    if (auto r = m_document->applyRestoreOrganisation(m_organisation, m_links); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
