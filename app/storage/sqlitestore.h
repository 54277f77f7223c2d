#pragma once

#include "roadmapstore.h"

#include <memory>

namespace jcr {

class Database;
class RoadmapRepository;

/**
 * A roadmap file: the SQLite backend of RoadmapStore. It owns the configured, validated
 * connection (Database) and gives the document the SQL of the repositories in storage/
 * (RoadmapRepository, SourceRepository, BaselineRepository, ChangeLogRepository), which only it
 * constructs.
 */
class SqliteStore final : public RoadmapStore
{
public:
    ~SqliteStore() override;

    /// Opens (or creates) the roadmap file at \a path; on failure it is left exactly as it was.
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path, OpenMode mode);

    /// The connection, for what only a file has (tests, benchmarks, the file checks).
    Database &database() { return *m_db; }
    /// The repository, for what only a file offers (bulk generation in benchmarks).
    RoadmapRepository &repository() { return *m_repo; }

    QString location() const override;
    bool isLocalFile() const override { return true; }
    int schemaVersion() const override;
    QStringList warnings() const override;

    bool isReadOnly() const override;
    QString readOnlyReason() const override;
    void setReadOnly(const QString &reason) override;
    bool isAwaitingCheck() const override;
    void checkPassed() override;
    BackgroundIntegrityCheck *startDeferredCheck(QObject *parent) override;
    QStringList damage(Thoroughness thoroughness) override;
    QStringList integrityProblems(Thoroughness thoroughness) override;

    qint64 changeCounter() override;
    Result<void> revalidateSchema() override;

    Result<void> beginWrite() override;
    Result<void> tryBeginWrite(int waitMs) override;
    void setBusyTimeout(int ms) override;
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
    explicit SqliteStore(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<RoadmapRepository> m_repo;
};

} // namespace jcr
