#pragma once

#include "domain/organisation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Adds an organisation; undo removes it again, redo brings it back under the same id.
class AddOrganisationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::AddOrganisationCommand)

public:
    AddOrganisationCommand(RoadmapDocument *document, const Organisation &organisation,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoadmapDocument *m_document;
    Organisation m_organisation;
};

} // namespace jcr
