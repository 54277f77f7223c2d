#include "setwiplimitcommand.h"

#include "document/roadmapdocument.h"

#include <QCoreApplication>

namespace jcr {

SetWipLimitCommand::SetWipLimitCommand(RoadmapDocument *document, Status status, int limit,
                                       QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("jcr::SetWipLimitCommand", "Set limit of “%1”")
                           .arg(enums::displayName(status)),
                   parent)
    , m_document(document)
    , m_status(status)
    , m_before(document->wipLimit(status))
    , m_after(limit)
{ }

void SetWipLimitCommand::redo()
{
    apply(m_after);
}

void SetWipLimitCommand::undo()
{
    apply(m_before);
}

void SetWipLimitCommand::apply(int limit)
{
    if (auto r = m_document->applySetWipLimit(m_status, limit); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
