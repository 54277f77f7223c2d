#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace jcr {

/**
 * One open roadmap file: a QSqlDatabase connection configured the way GUIDE §4 asks
 * (defensive, rollback journal, synchronous=FULL, foreign keys, busy timeout), validated
 * before any application query, and migrated to the current schema when writable.
 */
class Database
{
public:
    enum class Mode {
        Open, ///< an existing roadmap file; read-only if it cannot be written
        OpenReadOnly, ///< an existing roadmap file, never written
        Create, ///< a new file that must not exist yet (or be empty)
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens \a path; on failure the file is left exactly as it was.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);

    QSqlDatabase &connection() { return m_db; }
    sqlite3 *handle() const { return m_handle; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the file is read-only (empty when writable).
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Findings of the opening checks that did not prevent opening (e.g. foreign key problems).
    QStringList warnings() const { return m_warnings; }

    /// PRAGMA data_version: changes whenever another connection commits to the file.
    qint64 dataVersion();

    /// Starts a write transaction with BEGIN IMMEDIATE, retrying while the file is busy.
    Result<void> beginWrite();
    /// Commits; on failure the transaction is rolled back and the error returned.
    Result<void> commit();
    void rollback();

    /// A consistent copy of the whole file through SQLite's backup API.
    Result<void> backupTo(const QString &targetPath);

    /// Error for the last failed statement of \a query-like objects, in user terms.
    static Error errorFrom(const class QSqlError &error, const QString &what);

    /// Runs the checks of `jcroadmap check` on this open file: quick_check and foreign keys.
    QStringList integrityProblems();

private:
    Database() = default;
    Result<void> configure();
    Result<void> validateAndMigrate(bool creating);
    Result<void> migrate(int from);
    Result<void> exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    QStringList m_warnings;
};

} // namespace jcr
