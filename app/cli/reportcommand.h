#pragma once

#include <QStringList>

namespace jcr::cli {

/// `jcroadmap report FILE -o OUT.pdf [...]`: writes a report as PDF, headless. Returns the
/// process exit code (see cli.h).
int runReport(const QStringList &args);

} // namespace jcr::cli
