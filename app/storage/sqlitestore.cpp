#include "sqlitestore.h"

#include "backgroundintegritycheck.h"
#include "baselinerepository.h"
#include "changelogrepository.h"
#include "database.h"
#include "roadmaprepository.h"
#include "schema.h"
#include "sourcerepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace jcr {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::SqliteStore)
};

} // namespace

SqliteStore::SqliteStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_repo(std::make_unique<RoadmapRepository>(*m_db))
{ }

SqliteStore::~SqliteStore()
{
    // The repository's prepared statements go before the connection they belong to.
    m_repo.reset();
    m_db.reset();
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db.value())));
}

QString SqliteStore::location() const
{
    return m_db->path();
}

int SqliteStore::schemaVersion() const
{
    return m_db->schemaVersion();
}

QStringList SqliteStore::warnings() const
{
    return m_db->warnings();
}

bool SqliteStore::isReadOnly() const
{
    return m_db->isReadOnly();
}

QString SqliteStore::readOnlyReason() const
{
    return m_db->readOnlyReason();
}

void SqliteStore::setReadOnly(const QString &reason)
{
    m_db->setReadOnly(reason);
}

bool SqliteStore::isAwaitingCheck() const
{
    return m_db->isAwaitingCheck();
}

void SqliteStore::checkPassed()
{
    m_db->checkPassed();
}

BackgroundIntegrityCheck *SqliteStore::startDeferredCheck(QObject *parent)
{
    if (!m_db->integrityDeferred())
        return nullptr;
    // A file newer than this version is checked by the rules this version knows.
    auto *check = new BackgroundIntegrityCheck(
            m_db->path(), std::min(m_db->schemaVersion(), schema::currentVersion()), parent);
    check->start();
    return check;
}

QStringList SqliteStore::damage(Thoroughness thoroughness)
{
    return m_db->damage(thoroughness);
}

QStringList SqliteStore::integrityProblems(Thoroughness thoroughness)
{
    return m_db->integrityProblems(thoroughness);
}

qint64 SqliteStore::changeCounter()
{
    return m_db->dataVersion();
}

Result<void> SqliteStore::revalidateSchema()
{
    return m_db->revalidateSchema();
}

Result<void> SqliteStore::beginWrite()
{
    return m_db->beginWrite();
}

Result<void> SqliteStore::tryBeginWrite(int waitMs)
{
    return m_db->tryBeginWrite(waitMs);
}

void SqliteStore::setBusyTimeout(int ms)
{
    m_db->setBusyTimeout(ms);
}

Result<void> SqliteStore::commit()
{
    return m_db->commit();
}

void SqliteStore::rollback()
{
    m_db->rollback();
}

Result<void> SqliteStore::setActor(const QString &name)
{
    return ChangeLogRepository(*m_db).setActor(name);
}

Result<void> SqliteStore::clearActor()
{
    return ChangeLogRepository(*m_db).clearActor();
}

Result<Snapshot> SqliteStore::loadSnapshot()
{
    return m_repo->loadSnapshot();
}

Result<Item> SqliteStore::insertItem(const Item &item)
{
    return m_repo->insertItem(item);
}

Result<QList<qint64>> SqliteStore::insertItemsBulk(const QList<Item> &items)
{
    return m_repo->insertItemsBulk(items);
}

Result<Item> SqliteStore::updateItem(const Item &before, const Item &after)
{
    return m_repo->updateItem(before, after);
}

Result<void> SqliteStore::deleteItem(qint64 id, qint64 version)
{
    return m_repo->deleteItem(id, version);
}

Result<QList<StatusUpdate>> SqliteStore::statusUpdates(qint64 itemId)
{
    return m_repo->statusUpdates(itemId);
}

Result<QList<StatusUpdate>> SqliteStore::statusUpdatesSince(QDate since)
{
    return m_repo->statusUpdatesSince(since);
}

Result<StatusUpdate> SqliteStore::insertStatusUpdate(const StatusUpdate &update)
{
    return m_repo->insertStatusUpdate(update);
}

Result<void> SqliteStore::deleteStatusUpdate(qint64 id)
{
    return m_repo->deleteStatusUpdate(id);
}

Result<void> SqliteStore::insertDependency(const Dependency &dependency)
{
    return m_repo->insertDependency(dependency);
}

Result<void> SqliteStore::deleteDependency(const Dependency &dependency)
{
    return m_repo->deleteDependency(dependency);
}

Result<Organisation> SqliteStore::insertOrganisation(const Organisation &organisation)
{
    return m_repo->insertOrganisation(organisation);
}

Result<void> SqliteStore::updateOrganisation(const Organisation &before, const Organisation &after)
{
    return m_repo->updateOrganisation(before, after);
}

Result<void> SqliteStore::deleteOrganisation(const Organisation &organisation)
{
    return m_repo->deleteOrganisation(organisation);
}

Result<QList<ItemOrgLink>> SqliteStore::organisationLinks(qint64 id)
{
    return m_repo->organisationLinks(id);
}

Result<void> SqliteStore::setWipLimit(Status status, int limit)
{
    return m_repo->setWipLimit(status, limit);
}

Result<QString> SqliteStore::setting(const QString &key)
{
    return m_repo->setting(key);
}

Result<void> SqliteStore::setSetting(const QString &key, const QString &value)
{
    return m_repo->setSetting(key, value);
}

Result<void> SqliteStore::writeSettings(const DocumentSettings &settings)
{
    return m_repo->writeSettings(settings);
}

Result<void> SqliteStore::importSeed(const SeedRoadmap &seed)
{
    return m_repo->importSeed(seed);
}

Result<SourceDocument> SqliteStore::insertSource(const SourceDocument &source)
{
    return SourceRepository(*m_db).insertSource(source);
}

Result<Baseline> SqliteStore::baseline(qint64 id)
{
    return BaselineRepository(*m_db).baseline(id);
}

Result<Baseline> SqliteStore::captureBaseline(const QString &name, QDate takenOn,
                                              const QString &note)
{
    return BaselineRepository(*m_db).capture(name, takenOn, note);
}

Result<void> SqliteStore::insertBaseline(const Baseline &whole)
{
    return BaselineRepository(*m_db).insert(whole);
}

Result<void> SqliteStore::renameBaseline(qint64 id, const QString &before, const QString &after)
{
    return BaselineRepository(*m_db).rename(id, before, after);
}

Result<Baseline> SqliteStore::removeBaseline(qint64 id, const QString &name)
{
    return BaselineRepository(*m_db).remove(id, name);
}

Result<QList<ChangeRecord>> SqliteStore::itemChanges(qint64 itemId)
{
    return ChangeLogRepository(*m_db).itemChanges(itemId);
}

Result<QList<ChangeRecord>> SqliteStore::changesBetween(const QDateTime &from,
                                                        const QDateTime &until, int limit)
{
    return ChangeLogRepository(*m_db).changesBetween(from, until, limit);
}

Result<qint64> SqliteStore::countChangesBetween(const QDateTime &from, const QDateTime &until)
{
    return ChangeLogRepository(*m_db).countBetween(from, until);
}

Result<std::pair<QString, int>> SqliteStore::titleAndItemCount()
{
    return m_db->titleAndItemCount();
}

Result<void> SqliteStore::backupTo(const QString &targetPath)
{
    return m_db->backupTo(targetPath);
}

Result<void> SqliteStore::copyFrom(RoadmapStore &source)
{
    auto *file = dynamic_cast<SqliteStore *>(&source);
    if (!file)
        return Error {Error::Code::Other,
                      Tr::tr("%1 is not a roadmap file; only a file's content can replace this "
                             "file's.")
                              .arg(source.location())};
    return m_db->copyFrom(*file->m_db);
}

} // namespace jcr
