#pragma once

#include "domain/baseline.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Deletes a baseline with everything it recorded; undo puts it back whole under its id.
class DeleteBaselineCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::DeleteBaselineCommand)

public:
    DeleteBaselineCommand(RoadmapDocument *document, qint64 id, const QString &name,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoadmapDocument *m_document;
    qint64 m_id;
    QString m_name;
    Baseline m_deleted; ///< what redo() deleted, for undo()
};

} // namespace jcr
