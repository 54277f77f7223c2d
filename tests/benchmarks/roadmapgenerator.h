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

/**
 * A generated roadmap of \a items items (one status update each) in \a folder, for the
 * benchmarks; exits with a message when it cannot be made. With JCR_BENCH_DIR set, files are
 * kept there between runs and reused (generating takes longer than most benchmarks).
 */
QString benchmarkRoadmap(const QString &folder, int items);

} // namespace jcr::bench
