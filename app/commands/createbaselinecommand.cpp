#include "createbaselinecommand.h"

#include "document/roadmapdocument.h"

namespace jcr {

CreateBaselineCommand::CreateBaselineCommand(RoadmapDocument *document, const QString &name,
                                             QDate takenOn, const QString &note,
                                             QUndoCommand *parent)
    : QUndoCommand(tr("Create baseline “%1”").arg(name), parent)
    , m_document(document)
{
    m_baseline.name = name;
    m_baseline.takenOn = takenOn;
    m_baseline.note = note;
}

void CreateBaselineCommand::redo()
{
    if (!m_taken) {
        auto whole = m_document->applyCaptureBaseline(m_baseline.name, m_baseline.takenOn,
                                                      m_baseline.note);
        if (!whole) {
            m_document->reportError(whole.errorMessage());
            setObsolete(true);
            return;
        }
        m_baseline = whole.value();
        m_taken = true;
        return;
    }
    if (auto r = m_document->applyInsertBaseline(m_baseline); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

void CreateBaselineCommand::undo()
{
    if (auto r = m_document->applyDeleteBaseline(m_baseline.id, m_baseline.name); !r) {
        m_document->reportError(r.errorMessage());
        setObsolete(true);
    }
}

} // namespace jcr
