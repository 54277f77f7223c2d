#include "editdependenciescommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

EditDependenciesCommand::EditDependenciesCommand(RoadmapDocument *document,
                                                 const QList<Dependency> &added,
                                                 const QList<Dependency> &removed,
                                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_added(added)
    , m_removed(removed)
{ }

void EditDependenciesCommand::redo()
{
    apply(m_added, m_removed);
}

void EditDependenciesCommand::undo()
{
    apply(m_removed, m_added);
}

void EditDependenciesCommand::apply(const QList<Dependency> &added,
                                    const QList<Dependency> &removed)
{
    if (auto r = m_document->applyChangeDependencies(added, removed); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
