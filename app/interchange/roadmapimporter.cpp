#include "roadmapimporter.h"

#include "document/roadmapdocument.h"
#include "importitemscommand.h"
#include "importplanner.h"
#include "importreader.h"

#include <QUndoStack>

namespace jcr {

Result<ImportPlan> RoadmapImporter::plan(const RoadmapDocument &document, const QString &path)
{
    auto table = ImportReader::read(path);
    if (!table)
        return table.error();
    Snapshot roadmap;
    roadmap.settings = document.settings();
    roadmap.areas = document.areas();
    roadmap.organisations = document.organisations();
    roadmap.items = document.items();
    roadmap.dependencies = document.dependencies();
    roadmap.sources = document.sources();
    return ImportPlanner::plan(table.value(), roadmap);
}

Result<void> RoadmapImporter::apply(RoadmapDocument &document, const ImportPlan &plan,
                                    const QString &path)
{
    if (document.isReadOnly())
        return Error {Error::Code::ReadOnly, document.readOnlyReason()};
    if (!plan.rejected.isEmpty())
        return Error {Error::Code::Invalid,
                      tr("%n row(s) were rejected; nothing was imported.", nullptr,
                         plan.rejectedCount())};
    if (!plan.hasChanges())
        return {};
    auto *command = new ImportItemsCommand(&document, plan, path);
    // The stack runs redo() and drops the command again if it failed (it marks itself obsolete).
    bool succeeded = false;
    QString error;
    QObject guard;
    QObject::connect(&document, &RoadmapDocument::errorOccurred, &guard,
                     [&error](const QString &message) { error = message; });
    document.undoStack()->push(command);
    succeeded = error.isEmpty();
    if (!succeeded)
        return Error {Error::Code::Conflict, error};
    return {};
}

} // namespace jcr
