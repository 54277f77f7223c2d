#pragma once

#include <QStringList>

namespace jcr::cli {

/// `jcroadmap changes FILE [--since DATE] [--until DATE] [--format tsv|json]`: the file's
/// record of change, newest first. Returns the exit code.
int runChanges(const QStringList &args);

} // namespace jcr::cli
