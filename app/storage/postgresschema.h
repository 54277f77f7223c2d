#pragma once

#include <QString>
#include <QStringList>

/// The schema of a team roadmap on a PostgreSQL server. Internal to app/storage.
namespace jcr::pgschema {

/// The whole SQL script that makes an empty database a team roadmap (what `jcroadmap
/// server-init` runs, and prints with --sql for an IT team to run with psql).
QString script();
/// The statement-level triggers that count and announce every committed change.
QString changedTriggers();
/// The roadmap's tables, referenced ones first (the order of a copy).
QStringList tables();
/// The schema version the script creates; the same number as the roadmap file's schema.
int version();

} // namespace jcr::pgschema
