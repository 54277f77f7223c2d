#pragma once

// Makes files whose rows break the roadmap schema's rules while its SQL is word for word the
// roadmap schema: the rules are neutralised through writable_schema, the rows changed, the
// rules put back. SQLite never re-checks existing rows, so only a check that runs the rules as
// queries can see it.

#include <QFile>
#include <QString>
#include <QtGlobal>

#include <sqlite3.h>

namespace jcr::testutil {

inline bool rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                              nullptr)
            == SQLITE_OK;
    char *message = nullptr;
    if (ok && sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qWarning("%s: %s", sql, message);
        ok = false;
    }
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

/// Runs \a sql on \a path with every CHECK and NOT NULL rule switched off, then restores the
/// schema's SQL exactly.
inline bool breakRules(const QString &path, const char *sql)
{
    // Each step on its own connection: a connection keeps the schema it read.
    return rawSql(path,
                  "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                  "replace(replace(sql, 'CHECK (', 'CHECK (1 OR '), ' NOT NULL', ' /*nn*/') "
                  "WHERE type = 'table'; PRAGMA writable_schema = OFF;")
            && rawSql(path, sql)
            && rawSql(path,
                      "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                      "replace(replace(sql, 'CHECK (1 OR ', 'CHECK ('), ' /*nn*/', ' NOT NULL') "
                      "WHERE type = 'table'; PRAGMA writable_schema = OFF;");
}

} // namespace jcr::testutil
