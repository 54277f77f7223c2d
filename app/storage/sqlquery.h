#pragma once

// Internal to app/storage: the QSqlQuery helpers the repositories share.

#include "database.h"
#include "domain/result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace jcr::sql {

/// \a sql prepared on \a db's connection, forward only.
inline QSqlQuery prepared(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

/// Runs a prepared write; on failure turns Qt's error into an Error for the user.
inline Result<void> run(QSqlQuery &q, const QString &what)
{
    if (!q.exec()) {
        const Error e = Database::errorFrom(q.lastError(), what);
        q.finish();
        return e;
    }
    return {};
}

} // namespace jcr::sql
