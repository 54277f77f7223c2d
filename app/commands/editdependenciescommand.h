#pragma once

#include "storage/snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Adds and removes dependencies in one transaction; undo does the opposite.
class EditDependenciesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::EditDependenciesCommand)

public:
    EditDependenciesCommand(RoadmapDocument *document, const QList<Dependency> &added,
                            const QList<Dependency> &removed, const QString &text,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QList<Dependency> &added, const QList<Dependency> &removed);

    RoadmapDocument *m_document;
    QList<Dependency> m_added;
    QList<Dependency> m_removed;
};

} // namespace jcr
