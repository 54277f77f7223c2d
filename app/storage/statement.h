#pragma once

// Internal to app/storage: a raw SQLite statement for the hot paths.

#include "domain/result.h"

#include <QLatin1StringView>
#include <QString>

#include <sqlite3.h>

namespace jcr {

/**
 * A prepared SQLite statement used directly, without QSqlQuery: building a QVariant per cell
 * and per bound value costs five times as much on 100,000 rows. Only app/storage uses it.
 */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool step()
    {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
            return false;
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    /// True when the statement ran to its end without error.
    bool done() const { return m_rc == SQLITE_DONE; }
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int errorCode() const { return m_rc; }

    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
    }
    QLatin1StringView latin1(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? QLatin1StringView(p, sqlite3_column_bytes(m_stmt, col)) : QLatin1StringView();
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindReal(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    void bind(int index, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_rc = SQLITE_OK;
    }

    /// The error of the last step as the application reports it: "WHAT: sqlite's message".
    Error error(const QString &what) const
    {
        const int rc = m_rc & 0xff;
        Error::Code code = Error::Code::Other;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            code = Error::Code::Busy;
        else if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
            code = Error::Code::Damaged;
        return {code, QStringLiteral("%1: %2").arg(what, errorMessage())};
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace jcr
