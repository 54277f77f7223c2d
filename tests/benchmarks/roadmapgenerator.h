#pragma once

#include "domain/result.h"

#include <QString>

namespace jcr::bench {

/// What a generated roadmap holds besides its items.
struct GeneratorOptions
{
    int items = 1000;
    int organisations = 40;
    int updatesPerItem = 2; ///< status-update history entries per item
    int dependencyEvery = 10; ///< one dependency per this many items (0: none)
    int firstYear = 2026;
    int lastYear = 2028;
    quint32 seed = 20260306; ///< same seed, same file
};

/**
 * Writes a synthetic roadmap file of \a options.items items spread over the six areas, with
 * organisations, status updates and dependencies, deterministic for a given seed. Used by the
 * benchmarks and by the tests that need a large file. The file must not exist.
 */
Result<void> generateRoadmap(const QString &path, const GeneratorOptions &options);

} // namespace jcr::bench
