#pragma once

#include <QString>

namespace jcr::paths {

/// File name extension of roadmap files (SQLite inside).
inline constexpr const char *Extension = "jcroadmap";

/// Where the default roadmap lives: <AppDataLocation>/roadmap.jcroadmap, e.g.
/// ~/.local/share/jcroadmap/jcroadmap/roadmap.jcroadmap on Linux (Qt joins the organisation
/// and application names, both "jcroadmap").
QString defaultRoadmapPath();

/// The file dialog filter for roadmap files.
QString fileDialogFilter();

} // namespace jcr::paths
