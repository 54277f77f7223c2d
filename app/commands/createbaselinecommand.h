#pragma once

#include "domain/baseline.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Takes a baseline of every item; undo deletes it, redo puts the same snapshot back under the
/// same id (it is not taken again: a baseline records one moment).
class CreateBaselineCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::CreateBaselineCommand)

public:
    CreateBaselineCommand(RoadmapDocument *document, const QString &name, QDate takenOn,
                          const QString &note, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The baseline as taken (id 0 until the first redo wrote it).
    const Baseline &baseline() const { return m_baseline; }

private:
    RoadmapDocument *m_document;
    Baseline m_baseline;
    bool m_taken = false;
};

} // namespace jcr
