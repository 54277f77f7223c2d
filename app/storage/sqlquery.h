#pragma once

// Internal to app/storage: the helpers the repositories share (queries, stored values).

#include "database.h"
#include "domain/fuzzydate.h"
#include "domain/item.h"
#include "domain/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

/// The schema wants '' for "no text"; QSqlQuery would bind a null QString as NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// How a date is stored: its period's bounds, so that the CHECK on date order, and any outside
/// tool, compare periods correctly (an end of "2026" is 2026-12-31); null for no date.
inline QString boundDate(const FuzzyDate &d, bool end)
{
    return d.isValid() ? (end ? d.last() : d.first()).toString(Qt::ISODate) : QString();
}

/// boundDate() as a value to bind: SQL NULL for no date.
inline QVariant dateValue(const FuzzyDate &d, bool end)
{
    if (!d.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return boundDate(d, end);
}

/// A refused item is described by its own problems when it has any: clearer than SQLite's.
inline Error invalidItem(const Item &item, const Error &dbError)
{
    const QStringList problems = item.validate();
    if (!problems.isEmpty())
        return {Error::Code::Invalid, problems.join(QLatin1Char(' '))};
    return dbError;
}

} // namespace jcr::sql
