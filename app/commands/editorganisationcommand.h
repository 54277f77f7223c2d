#pragma once

#include "domain/organisation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Renames an organisation or changes its short name or country; undo restores them.
class EditOrganisationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::EditOrganisationCommand)

public:
    EditOrganisationCommand(RoadmapDocument *document, const Organisation &before,
                            const Organisation &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const Organisation &from, const Organisation &to);

    RoadmapDocument *m_document;
    Organisation m_before;
    Organisation m_after;
};

} // namespace jcr
