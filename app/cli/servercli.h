#pragma once

#include <QStringList>

namespace jcr::cli {

/// `jcroadmap publish FILE URL [--replace]`: copies a roadmap file, with its history and
/// baselines, to a PostgreSQL server in one transaction, setting up the schema on an empty
/// database. Returns the exit code.
int runPublish(const QStringList &args);
/// `jcroadmap copy URL FILE`: takes an offline copy of a team roadmap as a new roadmap file.
int runCopy(const QStringList &args);
/// `jcroadmap server-init URL` sets up an empty database as a team roadmap;
/// `jcroadmap server-init --sql` prints the SQL script that does it, for an IT team.
int runServerInit(const QStringList &args);

} // namespace jcr::cli
