#pragma once

#include "domain/enums.h"

#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Sets or removes (limit 0) the soft work-in-progress limit of a board column.
class SetWipLimitCommand : public QUndoCommand
{
public:
    SetWipLimitCommand(RoadmapDocument *document, Status status, int limit,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(int limit);

    RoadmapDocument *m_document;
    Status m_status;
    int m_before;
    int m_after;
};

} // namespace jcr
