#pragma once

#include "domain/result.h"
#include "seedroadmap.h"

#include <QStringView>

namespace jcr::seed {

/// Parses the text of a seed file (format described at the top of seeds/roadmap.seed).
/// Errors name the line number and what is wrong.
Result<SeedRoadmap> parse(QStringView text);

/// The seed roadmap compiled into the application (":/seeds/roadmap.seed").
Result<SeedRoadmap> loadDefault();

/// The Joint Statement exactly as published
/// (":/seeds/japan-canada-joint-statement-2026-03-06.txt").
QString statementText();

} // namespace jcr::seed
