#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace jcr {

/// One row of sqlite_schema.
struct SchemaObject
{
    QString type;
    QString name;
    QString tableName;
    QString sql;
    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

/**
 * Compares a file's schema with the one this build creates, object by object and SQL by SQL,
 * before any other query touches the file's tables: a roadmap file is untrusted input.
 */
class SchemaValidator
{
public:
    /// The schema objects that the migrations produce at \a version, built in a private
    /// in-memory database (cached).
    static const QList<SchemaObject> &expected(int version);

    /// Reads sqlite_schema of \a db (nothing else).
    static Result<QList<SchemaObject>> read(sqlite3 *db);

    /// Checks \a actual against the schema of \a version. With \a allowExtra (files from a
    /// newer version) extra tables and indexes are tolerated, never extra triggers or views.
    static Result<void> verify(const QList<SchemaObject> &actual, int version, bool allowExtra);
};

} // namespace jcr
