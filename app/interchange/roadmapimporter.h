#pragma once

#include "domain/result.h"
#include "importplan.h"

#include <QCoreApplication>

namespace jcr {

class RoadmapDocument;

/**
 * Imports a CSV, Excel or JSON file into a roadmap in two steps, as File ▸ Import… and
 * `jcroadmap import` do: plan() reads and checks everything and writes nothing (the preview,
 * `--dry-run`); apply() writes a plan without refused rows as one transaction and one undo step.
 */
class RoadmapImporter
{
    Q_DECLARE_TR_FUNCTIONS(jcr::RoadmapImporter)

public:
    static Result<ImportPlan> plan(const RoadmapDocument &document, const QString &path);
    /// Writes \a plan through the edit service (EditService::importItems()); refused when it
    /// has rejected rows.
    static Result<void> apply(RoadmapDocument &document, const ImportPlan &plan,
                              const QString &path);
    /// The name of the undo step of importing \a path: "Import tracker.csv".
    static QString stepName(const QString &path);
};

} // namespace jcr
