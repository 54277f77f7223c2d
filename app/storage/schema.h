#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jcr::schema {

/// PRAGMA application_id of every roadmap file: "JCRM".
inline constexpr qint32 ApplicationId = 0x4A43524D;

/// One step from user_version toVersion-1 to toVersion.
struct Migration
{
    int toVersion = 0;
    QStringList statements;
};

/// All migrations in order, from an empty file (version 0) up to currentVersion().
const QList<Migration> &migrations();

/// The schema version this build writes.
int currentVersion();

} // namespace jcr::schema
