#pragma once

#include "itemimport.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace jcr {

class RoadmapDocument;

/**
 * Writes an import: every changed item, every new item and the dependency changes in one
 * transaction, as one undo step. Holds ids and values, never pointers. Changed fields are
 * written over each item as it is now; when someone else has meanwhile given one of them a
 * third value, redo or undo is refused as a whole with a message and nothing is written.
 * Undo deletes the added items and puts the changed ones back; redo adds them again under
 * the same ids.
 */
class ImportItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ImportItemsCommand)

public:
    /// A step named \a text ("Import tracker.csv"). Pushed by EditService::importItems().
    ImportItemsCommand(RoadmapDocument *document, const ItemImport &changes, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// True when the last redo() or undo() reached the file.
    bool succeeded() const { return m_succeeded; }
    /// Why the last redo() or undo() failed; empty when it succeeded.
    QString errorMessage() const { return m_error; }
    /// The ids of the added items (known after the first redo).
    QList<qint64> addedIds() const;

private:
    void fail(const QString &message);

    RoadmapDocument *m_document;
    QList<Item> m_before;
    QList<Item> m_after;
    QList<Item> m_added; ///< with their ids once added
    QList<QList<qint64>> m_addedPredecessors;
    QList<Dependency> m_addedDependencies;
    QList<Dependency> m_removedDependencies;
    bool m_succeeded = false;
    QString m_error;
};

} // namespace jcr
