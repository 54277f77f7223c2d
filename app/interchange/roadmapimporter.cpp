#include "roadmapimporter.h"

#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "importplanner.h"
#include "importreader.h"

#include <QFileInfo>

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
    // Through the edit service, as every edit: one transaction and one undo step.
    return EditService(&document).importItems(plan, stepName(path));
}

QString RoadmapImporter::stepName(const QString &path)
{
    //: the undo step of an import; %1 is a file name
    return tr("Import %1").arg(QFileInfo(path).fileName());
}

} // namespace jcr
