#include "schemavalidator.h"

#include "schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <sqlite3.h>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::SchemaValidator)
};

QString columnText(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, col)) : QString();
}

QList<SchemaObject> buildExpected(int version)
{
    sqlite3 *db = nullptr;
    QList<SchemaObject> out;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    for (const auto &m : schema::migrations()) {
        if (m.toVersion > version)
            break;
        for (const QString &statement : m.statements)
            sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr);
    }
    if (auto actual = SchemaValidator::read(db))
        out = actual.value();
    sqlite3_close(db);
    return out;
}

} // namespace

const QList<SchemaObject> &SchemaValidator::expected(int version)
{
    static QHash<int, QList<SchemaObject>> cache;
    auto it = cache.find(version);
    if (it == cache.end())
        it = cache.insert(version, buildExpected(version));
    return *it;
}

Result<QList<SchemaObject>> SchemaValidator::read(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    // sqlite_schema is read directly: no view or trigger of the file can get in between.
    const char *sql
            = "SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY type, name";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return Error {Error::Code::Damaged,
                      Tr::tr("The file's table of contents cannot be read (%1).").arg(message)};
    }
    QList<SchemaObject> out;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        out.append({columnText(stmt, 0), columnText(stmt, 1), columnText(stmt, 2),
                    columnText(stmt, 3)});
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error {Error::Code::Damaged,
                      Tr::tr("The file's table of contents cannot be read (%1).").arg(message)};
    return out;
}

Result<void> SchemaValidator::verify(const QList<SchemaObject> &actual, int version,
                                     bool allowExtra)
{
    const QList<SchemaObject> &want = expected(version);
    QMap<QString, SchemaObject> byName;
    for (const auto &o : actual)
        byName.insert(o.name, o);

    for (const auto &o : want) {
        const auto it = byName.constFind(o.name);
        if (it == byName.constEnd())
            return Error {Error::Code::Damaged,
                          Tr::tr("The %1 \"%2\" is missing from the file.").arg(o.type, o.name)};
        if (it->type != o.type || it->tableName != o.tableName || it->sql != o.sql)
            return Error {
                    Error::Code::Damaged,
                    Tr::tr("The %1 \"%2\" differs from the roadmap schema.").arg(o.type, o.name)};
        byName.erase(it);
    }
    for (const auto &o : std::as_const(byName)) {
        // SQLite's own bookkeeping, created by ANALYZE or AUTOINCREMENT.
        if (o.name.startsWith(QLatin1String("sqlite_stat"))
            || o.name == QLatin1String("sqlite_sequence"))
            continue;
        // A newer version may add plain tables and indexes, which this version never reads.
        // Virtual tables run module code even on reads: never tolerated.
        const bool virtualTable = o.sql.simplified().startsWith(QLatin1String("CREATE VIRTUAL"),
                                                                Qt::CaseInsensitive);
        if (allowExtra && !virtualTable
            && (o.type == QLatin1String("table") || o.type == QLatin1String("index")))
            continue;
        return Error {Error::Code::Damaged,
                      Tr::tr("The file contains an unexpected %1 \"%2\".").arg(o.type, o.name)};
    }
    return {};
}

} // namespace jcr
