#pragma once

#include <QStringList>

namespace jcr::cli {

/// `jcroadmap export FILE -o OUT.(csv|xlsx|ics|json) [--from D] [--to D] [--area A]…`
int runExport(const QStringList &args);
/// `jcroadmap import FILE IN.(csv|xlsx|json) [--dry-run]`
int runImport(const QStringList &args);

} // namespace jcr::cli
