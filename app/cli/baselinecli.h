#pragma once

#include <QStringList>

namespace jcr::cli {

/// `jcroadmap baseline FILE list|create NAME [--note TEXT]|rename OLD NEW|delete NAME|compare
/// (NAME|--date DATE)`: the roadmap's baselines, and what slipped against one. Returns the exit
/// code.
int runBaseline(const QStringList &args);

} // namespace jcr::cli
