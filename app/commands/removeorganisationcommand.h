#pragma once

#include "domain/organisation.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Removes an organisation and its links to items in one transaction; undo puts both back,
/// under the same id and in the same places.
class RemoveOrganisationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::RemoveOrganisationCommand)

public:
    RemoveOrganisationCommand(RoadmapDocument *document, const Organisation &organisation,
                              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoadmapDocument *m_document;
    Organisation m_organisation;
    QList<ItemOrgLink> m_links; ///< as removed by the last redo
};

} // namespace jcr
