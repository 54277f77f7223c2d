#include "constraintcheck.h"

#include "schemavalidator.h"

#include <QHash>
#include <QMutex>

#include <sqlite3.h>

namespace jcr {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// The top-level pieces of the text between the outermost parentheses of a CREATE TABLE,
/// split at commas that are not inside parentheses or quotes.
QStringList topLevelParts(const QString &sql)
{
    QStringList parts;
    const qsizetype open = sql.indexOf(QLatin1Char('('));
    if (open < 0)
        return parts;
    int depth = 0;
    QChar quote;
    QString current;
    for (qsizetype i = open + 1; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (depth == 0) {
                parts << current.trimmed();
                return parts;
            }
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    return parts;
}

/// Positions of \a word as a whole word outside quotes and at parenthesis depth 0 of \a text.
QList<qsizetype> keywordPositions(const QString &text, const QString &word)
{
    QList<qsizetype> out;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (depth == 0 && text.mid(i, word.size()).compare(word, Qt::CaseInsensitive) == 0
                   && (i == 0 || !isWordChar(text.at(i - 1)))
                   && (i + word.size() >= text.size() || !isWordChar(text.at(i + word.size())))) {
            out << i;
        }
    }
    return out;
}

/// The balanced parenthesised text starting at the first '(' at or after \a from.
QString parenthesised(const QString &text, qsizetype from)
{
    const qsizetype open = text.indexOf(QLatin1Char('('), from);
    if (open < 0)
        return {};
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        else if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && --depth == 0)
            return text.mid(open + 1, i - open - 1);
    }
    return {};
}

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QList<ConstraintCheck::Rule> ConstraintCheck::parseTable(const QString &table,
                                                         const QString &createSql)
{
    QList<Rule> rules;
    for (const QString &part : topLevelParts(createSql)) {
        const QString first = part.section(QLatin1Char(' '), 0, 0);
        const bool tableConstraint
                = QStringList {QStringLiteral("CONSTRAINT"), QStringLiteral("PRIMARY"),
                               QStringLiteral("UNIQUE"), QStringLiteral("CHECK"),
                               QStringLiteral("FOREIGN")}
                          .contains(first.toUpper())
                || first.startsWith(QLatin1String("CHECK("), Qt::CaseInsensitive);
        if (!tableConstraint) {
            // A column: NOT NULL is a rule too (a neutralised schema may have let NULLs in).
            const QString simplified = part.simplified();
            int depth = 0;
            QChar quote;
            bool found = false;
            for (qsizetype i = 0; i < simplified.size() && !found; ++i) {
                const QChar c = simplified.at(i);
                if (!quote.isNull()) {
                    if (c == quote)
                        quote = QChar();
                } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                    quote = c;
                } else if (c == QLatin1Char('(')) {
                    ++depth;
                } else if (c == QLatin1Char(')')) {
                    --depth;
                } else if (depth == 0
                           && simplified.mid(i, 8).compare(QLatin1String("NOT NULL"),
                                                           Qt::CaseInsensitive)
                                   == 0) {
                    found = true;
                }
            }
            // typeof(), not IS NOT NULL: SQLite's planner takes the column's declared NOT NULL
            // for granted and would answer "no NULLs" without looking.
            if (found)
                rules.append({table, QStringLiteral("typeof(%1) <> 'null'").arg(quoted(first)),
                              first + QStringLiteral(" NOT NULL")});
        }
        for (const qsizetype at : keywordPositions(part, QStringLiteral("CHECK"))) {
            const QString expression = parenthesised(part, at);
            if (!expression.isEmpty())
                rules.append({table, expression,
                              QStringLiteral("CHECK (%1)").arg(expression.simplified())});
        }
    }
    return rules;
}

const QList<ConstraintCheck::Rule> &ConstraintCheck::rules(int version)
{
    static QMutex mutex; // the background check runs on a worker thread
    static QHash<int, QList<Rule>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it == cache.end()) {
        QList<Rule> all;
        for (const SchemaObject &o : SchemaValidator::expected(version)) {
            if (o.type == QLatin1String("table"))
                all += parseTable(o.name, o.sql);
        }
        it = cache.insert(version, all);
    }
    return *it;
}

QStringList ConstraintCheck::violations(sqlite3 *db, int version, int maxFindings)
{
    QStringList findings;
    const QList<Rule> &all = rules(version);
    QHash<QString, QList<const Rule *>> byTable;
    QStringList tables;
    for (const Rule &r : all) {
        if (!byTable.contains(r.table))
            tables << r.table;
        byTable[r.table].append(&r);
    }
    for (const QString &table : std::as_const(tables)) {
        const QList<const Rule *> &tableRules = byTable.value(table);
        // One scan per table: a count of the rows breaking each rule.
        QStringList sums;
        for (const Rule *r : tableRules)
            sums << QStringLiteral("coalesce(sum(CASE WHEN NOT (%1) THEN 1 END), 0)")
                            .arg(r->expression);
        // The leading comment names these statements for tests that watch what runs on a file.
        const QByteArray sql = QStringLiteral("/* rule check */ SELECT %1 FROM main.%2")
                                       .arg(sums.join(QStringLiteral(", ")), quoted(table))
                                       .toUtf8();
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        QList<qint64> counts;
        if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (int i = 0; i < tableRules.size(); ++i)
                counts << sqlite3_column_int64(stmt, i);
            rc = SQLITE_OK;
        }
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_OK) {
            findings << tr("The rules of table %1 could not be checked: %2").arg(table, error);
            if (findings.size() >= maxFindings)
                return findings;
            continue;
        }
        for (int i = 0; i < tableRules.size(); ++i) {
            if (counts.at(i) == 0)
                continue;
            // The first offending row, where the table has row ids.
            qint64 rowid = -1;
            const QByteArray first = QStringLiteral("/* rule check */ SELECT rowid FROM main.%1 "
                                                    "WHERE NOT (%2) LIMIT 1")
                                             .arg(quoted(table), tableRules.at(i)->expression)
                                             .toUtf8();
            if (sqlite3_prepare_v2(db, first.constData(), -1, &stmt, nullptr) == SQLITE_OK
                && sqlite3_step(stmt) == SQLITE_ROW)
                rowid = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
            QString text = counts.at(i) == 1
                    ? tr("1 row of table %1 breaks the rule %2").arg(table, tableRules.at(i)->text)
                    : tr("%1 rows of table %2 break the rule %3")
                              .arg(counts.at(i))
                              .arg(table, tableRules.at(i)->text);
            if (rowid >= 0)
                text += tr(" (row %1)").arg(rowid);
            findings << text;
            if (findings.size() >= maxFindings)
                return findings;
        }
    }
    return findings;
}

} // namespace jcr
