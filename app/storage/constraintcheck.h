#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace jcr {

/**
 * Finds rows that break the roadmap schema's CHECK and NOT NULL constraints.
 *
 * SQLite enforces constraints only when a row is written, and a read-only connection never
 * does: a file whose constraints were neutralised through writable_schema, its rows changed and
 * its SQL restored passes integrity_check. This check runs the constraint expressions of the
 * schema this build creates (never the file's own SQL, which is untrusted) as queries, one scan
 * per table.
 */
class ConstraintCheck
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ConstraintCheck)

public:
    /// One rule of one table.
    struct Rule
    {
        QString table;
        QString expression; ///< true (or NULL) for every valid row
        QString text; ///< as shown to the user, e.g. "CHECK (progress BETWEEN 0 AND 100)"
    };

    /// The rules of schema \a version, taken from the SQL its migrations create.
    static const QList<Rule> &rules(int version);

    /// Rows of \a db that break a rule of schema \a version, one finding per broken rule (at
    /// most \a maxFindings). Empty when every row keeps every rule. A query that cannot run
    /// (e.g. interrupted) is a finding too.
    static QStringList violations(sqlite3 *db, int version, int maxFindings = 20);

    /// Splits a CREATE TABLE statement into its rules (exposed for tests).
    static QList<Rule> parseTable(const QString &table, const QString &createSql);
};

} // namespace jcr
