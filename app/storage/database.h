#pragma once

#include "domain/result.h"
#include "storetypes.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

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
    /// Create: a new file that must not exist yet (or be empty).
    using Mode = OpenMode;

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
    /// True when the file was larger than deferredIntegrityThreshold(): quick_check and
    /// foreign_key_check were not run while opening and must run in the background.
    bool integrityDeferred() const { return m_integrityDeferred; }
    /// Files above this size (default 4 MiB, about 6,000 items) are checked in the background.
    static qint64 deferredIntegrityThreshold();
    /// Test hook: changes the threshold (0: every file is checked in the background).
    static void setDeferredIntegrityThreshold(qint64 bytes);

    /// PRAGMA data_version: changes whenever another connection commits to the file.
    qint64 dataVersion();
    /// PRAGMA schema_version: changes whenever the file's schema changes (read from the header).
    qint64 schemaCookie();
    /// Re-reads sqlite_schema and compares it with the schema this connection was validated
    /// against; called when schemaCookie() moved because another program changed the schema.
    Result<void> revalidateSchema();
    /// True while a large file waits for its background check: it is read-only until then.
    bool isAwaitingCheck() const;
    /// The background check passed: a file that was read-only only for it becomes writable.
    void checkPassed();
    /// Stops all writes from now on (e.g. after the schema was changed by another program).
    void setReadOnly(const QString &reason);

    /// Starts a write transaction with BEGIN IMMEDIATE, retrying while the file is busy.
    Result<void> beginWrite();
    /// Starts a write transaction with BEGIN IMMEDIATE, waiting at most \a waitMs for another
    /// program's lock, once: a Busy error when it is still held (the GUI then keeps the edit
    /// pending instead of freezing for the full timeout).
    Result<void> tryBeginWrite(int waitMs);
    /// How long each attempt to get the lock waits for another program (default 5000 ms;
    /// tests shorten it).
    void setBusyTimeout(int ms);
    /// Commits; on failure the transaction is rolled back and the error returned.
    Result<void> commit();
    void rollback();

    /// The document title and the number of items, for the backup manifest.
    Result<std::pair<QString, int>> titleAndItemCount();

    /// A consistent copy of the whole file through SQLite's backup API.
    Result<void> backupTo(const QString &targetPath);
    /// Replaces this file's whole content by \a source's (which must have been validated and
    /// have the same schema version), in one transaction through the backup API: other
    /// programs see an ordinary commit, a crash leaves the old or the new content.
    Result<void> copyFrom(Database &source);

    /// Error for the last failed statement of \a query-like objects, in user terms.
    static Error errorFrom(const class QSqlError &error, const QString &what);

    using Thoroughness = jcr::Thoroughness;
    /// Damage and broken rules (no references): what makes a file unsound.
    QStringList damage(Thoroughness thoroughness);
    /// Damage, broken rules and broken references in this open file: quick_check or
    /// integrity_check, then every CHECK and NOT NULL rule run as a query (ConstraintCheck),
    /// then foreign_key_check. Empty when the file is healthy.
    QStringList integrityProblems(Thoroughness thoroughness = Thoroughness::Quick);

    /// Test hook: called with the SQL of every statement any Database connection runs from
    /// the moment it is configured (nullptr: none). Lets tests prove that a hostile file is
    /// refused before a single application query reaches it.
    using StatementObserver = std::function<void(const QString &sql)>;
    static void setStatementObserver(StatementObserver observer);

private:
    // Copies between a team roadmap and a file run their transactions on the file's connection.
    friend class PostgresStore;

    Database() = default;
    Result<void> configure();
    Result<void> validateAndMigrate(bool creating);
    Result<void> migrate(int from);
    Result<void> exec(const QString &sql);
    QStringList foreignKeyProblems();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    qint64 m_schemaCookie = -1;
    QStringList m_warnings;
    bool m_integrityDeferred = false;
    bool m_awaitingCheck = false;
    int m_busyTimeoutMs = 5000; ///< what setBusyTimeout() set (BusyTimeoutMs by default)
};

} // namespace jcr
