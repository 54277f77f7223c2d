#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/// Renames a baseline; undo gives it its old name back.
class RenameBaselineCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::RenameBaselineCommand)

public:
    RenameBaselineCommand(RoadmapDocument *document, qint64 id, const QString &before,
                          const QString &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QString &from, const QString &to);

    RoadmapDocument *m_document;
    qint64 m_id;
    QString m_before;
    QString m_after;
};

} // namespace jcr
