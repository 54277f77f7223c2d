#pragma once

#include "querydeadline.h"
#include "roadmapstore.h"
#include "serveraddress.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;
class QSqlError;

namespace jcr {

/**
 * A team roadmap on a PostgreSQL server: the second backend of RoadmapStore. Its SQL is
 * PostgreSQL's own; the server's triggers keep versions, the record of change (with the
 * officer's login) and a change counter, and notify every commit (see ChangeFeed).
 *
 * Writers take the roadmap's one lock row first (roadmap_meta, FOR UPDATE, with a lock
 * timeout): one writer at a time, as in a file, so that a waiting officer hears Busy instead
 * of a frozen window, and updates still match each row's version.
 */
class PostgresStore final : public RoadmapStore
{
public:
    ~PostgresStore() override;

    /// Connects to the roadmap at \a address. OpenMode::Create makes an empty database a
    /// roadmap first (what `jcroadmap server-init` and `publish` do).
    static Result<std::unique_ptr<PostgresStore>> open(const ServerAddress &address, OpenMode mode);
    /// Connects to \a address with the options and password open() would use, then
    /// disconnects: whether the server answers and accepts the login. Blocks for up to the
    /// connect timeout; safe to call from any thread (ServerProbe runs it off the GUI thread).
    static Result<void> probe(const ServerAddress &address);
    /// The password to use for \a address in this process (from the keyring or a dialog);
    /// without one, libpq looks in ~/.pgpass. Never written anywhere.
    static void setPassword(const ServerAddress &address, const QString &password);

    const ServerAddress &address() const { return m_address; }

    QString location() const override;
    bool isLocalFile() const override { return false; }
    int schemaVersion() const override { return m_schemaVersion; }
    QStringList warnings() const override { return m_warnings; }

    bool isReadOnly() const override { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const override { return m_readOnlyReason; }
    void setReadOnly(const QString &reason) override { m_readOnlyReason = reason; }
    bool isAwaitingCheck() const override { return false; }
    void checkPassed() override { }
    BackgroundIntegrityCheck *startDeferredCheck(QObject *) override { return nullptr; }
    QStringList damage(Thoroughness thoroughness) override;
    QStringList integrityProblems(Thoroughness thoroughness) override;

    qint64 changeCounter() override;
    Result<void> revalidateSchema() override;
    ChangeFeed *startChangeFeed(QObject *parent) override;
    Result<void> reconnect() override;
    void setServerSilent() override;

    Result<void> beginWrite() override;
    Result<void> tryBeginWrite(int waitMs) override;
    void setBusyTimeout(int ms) override { m_busyTimeoutMs = ms; }
    Result<void> commit() override;
    void rollback() override;
    Result<void> setActor(const QString &name) override;
    Result<void> clearActor() override;

    Result<Snapshot> loadSnapshot() override;
    Result<Item> insertItem(const Item &item) override;
    Result<QList<qint64>> insertItemsBulk(const QList<Item> &items) override;
    Result<Item> updateItem(const Item &before, const Item &after) override;
    Result<void> deleteItem(qint64 id, qint64 version) override;
    Result<QList<StatusUpdate>> statusUpdates(qint64 itemId) override;
    Result<QList<StatusUpdate>> statusUpdatesSince(QDate since) override;
    Result<StatusUpdate> insertStatusUpdate(const StatusUpdate &update) override;
    Result<void> deleteStatusUpdate(qint64 id) override;
    Result<void> insertDependency(const Dependency &dependency) override;
    Result<void> deleteDependency(const Dependency &dependency) override;

    Result<Organisation> insertOrganisation(const Organisation &organisation) override;
    Result<void> updateOrganisation(const Organisation &before, const Organisation &after) override;
    Result<void> deleteOrganisation(const Organisation &organisation) override;
    Result<QList<ItemOrgLink>> organisationLinks(qint64 id) override;

    Result<void> setWipLimit(Status status, int limit) override;
    Result<QString> setting(const QString &key) override;
    Result<void> setSetting(const QString &key, const QString &value) override;
    Result<void> writeSettings(const DocumentSettings &settings) override;
    Result<void> importSeed(const SeedRoadmap &seed) override;

    Result<SourceDocument> insertSource(const SourceDocument &source) override;

    Result<Baseline> baseline(qint64 id) override;
    Result<Baseline> captureBaseline(const QString &name, QDate takenOn,
                                     const QString &note) override;
    Result<void> insertBaseline(const Baseline &whole) override;
    Result<void> renameBaseline(qint64 id, const QString &before, const QString &after) override;
    Result<Baseline> removeBaseline(qint64 id, const QString &name) override;

    Result<QList<ChangeRecord>> itemChanges(qint64 itemId) override;
    Result<QList<ChangeRecord>> changesBetween(const QDateTime &from, const QDateTime &until,
                                               int limit) override;
    Result<qint64> countChangesBetween(const QDateTime &from, const QDateTime &until) override;

    Result<std::pair<QString, int>> titleAndItemCount() override;
    Result<void> backupTo(const QString &targetPath) override;
    Result<void> copyFrom(RoadmapStore &source) override;

private:
    explicit PostgresStore(const ServerAddress &address);

    /// How long one statement may keep the caller waiting for the server; a full first read of
    /// a large roadmap over a slow link, and a wait for the writer lock, get longer.
    static constexpr int StatementLimitMs = 5000;
    static constexpr int FirstReadLimitMs = 20000;

    Result<void> connectNow();
    Result<void> initialise();
    Result<void> checkSchema(OpenMode mode);
    /// \a sql prepared on the connection, forward only.
    QSqlQuery query(const QString &sql);
    /// Runs \a q; a failure becomes an Error for the user (\a what says what failed).
    Result<void> run(QSqlQuery &q, const QString &what);
    Result<void> exec(const QString &sql, const QString &what);
    Error errorFrom(const QSqlError &error, const QString &what);
    Result<void> writable() const;

    Result<Item> loadItem(qint64 id);
    Result<qint64> insertItemRow(const Item &item);
    Result<void> writeLinks(const Item &before, const Item &after);
    Result<qint64> tagId(const QString &name);
    Result<QList<Baseline>> baselines();
    Result<QList<ChangeRecord>> readChanges(QSqlQuery &q);
    Result<void> syncIds();
    /// The refusal for an edit of an item in \a areaId, when the server gives that area to its
    /// own editors and this login is not one of them; else \a otherwise.
    Error areaRefusal(qint64 areaId, const Error &otherwise) const;

    /// Runs \a q (or \a sql) under the statement deadline; false when it failed, with the
    /// error, a statement cut for passing the deadline reported as a lost connection.
    bool execGuarded(QSqlQuery &q, const QString *sql, QSqlError *error);
    /// Before a statement: a connection cut for passing its deadline is opened again.
    Result<void> reconnectIfCut();
    /// The deadline cut the connection.
    void cutOff();
    QSqlError cutError() const;
    QSqlError silentError() const;

    ServerAddress m_address;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    QStringList m_warnings;
    QString m_readOnlyReason;
    int m_busyTimeoutMs = 5000;
    bool m_inWrite = false;
    qint64 m_counterAtBegin = 0;
    /// How much this connection's own commits moved the change counter (they are not news).
    qint64 m_ownChanges = 0;
    /// The items of the last snapshot, by id: a re-read fetches only the rows that moved.
    QHash<qint64, Item> m_itemCache;
    /// The priority areas this login may not edit (number and name, by id), as of the last read.
    QHash<qint64, std::pair<int, QString>> m_lockedAreas;
    /// Bounds each statement's wait for the server (see QueryDeadline).
    std::unique_ptr<QueryDeadline> m_deadline;
    /// The connection was cut by the deadline: the next statement opens it again first.
    bool m_cut = false;
    /// ... while a statement was being prepared: running it reports the cut.
    bool m_cutWhilePreparing = false;
    /// The server is known not to answer (the change feed said so, or a statement waited out
    /// its deadline): statements fail without asking it, until reconnect().
    bool m_silent = false;
};

} // namespace jcr
