#pragma once

#include <QStringList>

namespace jcr::cli {

/// `jcroadmap timeline FILE -o OUT.(png|svg|pdf) [--from DATE] [--to DATE] [--width PIXELS]`:
/// renders the timeline headless. \a args[0] is the command's name. Returns the exit code.
int runTimeline(const QStringList &args);

} // namespace jcr::cli
