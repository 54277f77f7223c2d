// PostgresStore: the connection, its transactions and the writes. The reads are in
// postgresstorereads.cpp, copies between a server and a file in postgrescopy.cpp.

#include "postgresstore.h"

#include "changefeed.h"
#include "postgresschema.h"
#include "seed/seedroadmap.h"
#include "seedwriting.h"
#include "serverconnecterror.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::PostgresStore)
};

std::atomic<int> connectionSerial {0};

/// The socket of \a db's connection, or -1.
int socketOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return -1;
    const QVariant handle = db.driver()->handle();
    // Qt 6.4 names the type by libpq's struct ("pg_conn*").
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return -1;
    auto *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection ? PQsocket(connection) : -1;
}

QMutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byAddress;
    return byAddress;
}

QString passwordFor(const ServerAddress &address)
{
    QMutexLocker lock(&passwordsMutex);
    return passwords().value(address.toString());
}

/// Sets \a db up to connect to \a address, with its options and the password given for it.
void configure(QSqlDatabase &db, const ServerAddress &address)
{
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(passwordFor(address));
    db.setConnectOptions(address.connectOptions());
}

/// Why connecting to \a address failed, as the officer is told.
Error connectError(const ServerAddress &address, const QSqlError &error)
{
    const QString why = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                 : error.databaseText().trimmed();
    return serverConnectError(address, why);
}

using sql::dateValue;
using sql::text;

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

PostgresStore::PostgresStore(const ServerAddress &address)
    : m_address(address)
    , m_connectionName(QStringLiteral("jcroadmap-server-%1").arg(++connectionSerial))
    , m_deadline(std::make_unique<QueryDeadline>(StatementLimitMs))
{ }

PostgresStore::~PostgresStore()
{
    if (m_inWrite)
        rollback();
    m_deadline->setSocket(-1);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PostgresStore::setPassword(const ServerAddress &address, const QString &password)
{
    QMutexLocker lock(&passwordsMutex);
    passwords().insert(address.toString(), password);
}

Result<void> PostgresStore::probe(const ServerAddress &address)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error {Error::Code::Other,
                      Tr::tr("Qt's PostgreSQL driver is not installed (Debian: "
                             "libqt6sql6-psql).")};
    // A connection of its own: a QSqlDatabase belongs to the thread that made it, and this one
    // is made, used and removed in the calling (worker) thread.
    const QString name = QStringLiteral("jcroadmap-probe-%1").arg(++connectionSerial);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        configure(db, address);
        if (!db.open())
            result = connectError(address, db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const ServerAddress &address,
                                                           OpenMode mode)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error {Error::Code::Other,
                      Tr::tr("Qt's PostgreSQL driver is not installed (Debian: "
                             "libqt6sql6-psql).")};
    std::unique_ptr<PostgresStore> store(new PostgresStore(address));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connectionName);
    if (auto r = store->connectNow(); !r)
        return r.error();
    if (mode == OpenMode::Create) {
        if (auto r = store->initialise(); !r)
            return r.error();
    }
    if (auto r = store->checkSchema(mode); !r)
        return r.error();
    return store;
}

Result<void> PostgresStore::connectNow()
{
    m_deadline->setSocket(-1);
    m_cut = false;
    m_db.close();
    configure(m_db, m_address);
    if (!m_db.open())
        return connectError(m_address, m_db.lastError());
    m_deadline->setSocket(socketOf(m_db));
    // A row lock held by a stalled writer, or a statement stuck on the server, ends in an
    // error the officer sees instead of a frozen window.
    return exec(QStringLiteral("SET statement_timeout = '30s'; SET idle_in_transaction_session_"
                               "timeout = '60s'; SET DateStyle = 'ISO, YMD'; SET TimeZone = "
                               "'UTC'"),
                Tr::tr("The connection could not be set up"));
}

Result<void> PostgresStore::reconnect()
{
    m_silent = false;
    m_inWrite = false;
    m_itemCache.clear(); // everything is read afresh after a lost connection
    return connectNow();
}

void PostgresStore::setServerSilent()
{
    // Each statement would otherwise wait out its deadline, then a connect timeout, on the
    // window's thread, for a server the feed already knows is gone.
    m_silent = true;
    m_inWrite = false;
}

Result<void> PostgresStore::initialise()
{
    QSqlQuery probe = query(QStringLiteral(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    if (auto r = run(probe, Tr::tr("The server could not be read")); !r)
        return r;
    const int tables = probe.next() ? probe.value(0).toInt() : -1;
    probe.finish();
    if (tables != 0)
        return Error {Error::Code::Other,
                      Tr::tr("The database %1 is not empty; a team roadmap is set up only in an "
                             "empty database (nothing was changed).")
                              .arg(m_address.database)};
    if (auto r = exec(QStringLiteral("BEGIN"), Tr::tr("The roadmap could not be set up")); !r)
        return r;
    const QueryDeadline::Scope unlimited(*m_deadline, 0);
    if (auto r = exec(pgschema::script(), Tr::tr("The roadmap could not be set up")); !r) {
        (void)exec(QStringLiteral("ROLLBACK"), {});
        return r;
    }
    return exec(QStringLiteral("COMMIT"), Tr::tr("The roadmap could not be set up"));
}

Result<void> PostgresStore::checkSchema(OpenMode mode)
{
    QSqlQuery q = query(
            QStringLiteral("SELECT application, schema_version FROM roadmap_meta WHERE id = 1"));
    QSqlError error;
    if (!execGuarded(q, nullptr, &error) || !q.next()) {
        const QString state = error.nativeErrorCode();
        q.finish();
        if (state == QLatin1String("42501"))
            return Error {Error::Code::Forbidden,
                          Tr::tr("You may not read the roadmap on %1: ask its administrator "
                                 "for access.")
                                  .arg(m_address.toString())};
        return Error {Error::Code::NotARoadmap,
                      Tr::tr("The database %1 holds no roadmap. An administrator sets one up "
                             "with \"jcroadmap server-init\" or \"jcroadmap publish\".")
                              .arg(m_address.toString())};
    }
    const QString application = q.value(0).toString();
    m_schemaVersion = q.value(1).toInt();
    q.finish();
    if (application != QLatin1String("jcroadmap"))
        return Error {Error::Code::NotARoadmap,
                      Tr::tr("The database %1 belongs to another application.")
                              .arg(m_address.toString())};
    if (m_schemaVersion > pgschema::version()) {
        m_readOnlyReason = Tr::tr("The roadmap on the server was set up by a newer version of "
                                  "the planner (schema %1); it is shown read-only.")
                                   .arg(m_schemaVersion);
        m_warnings << m_readOnlyReason;
    } else if (m_schemaVersion < pgschema::version()) {
        return Error {Error::Code::TooNew,
                      Tr::tr("The roadmap on the server has schema %1, which this version does "
                             "not upgrade.")
                              .arg(m_schemaVersion)};
    }
    if (mode == OpenMode::OpenReadOnly && m_readOnlyReason.isEmpty())
        m_readOnlyReason = Tr::tr("The roadmap was opened read-only.");
    if (mode == OpenMode::OpenReadOnly) {
        if (auto r = exec(QStringLiteral("SET default_transaction_read_only = on"),
                          Tr::tr("The connection could not be set up"));
            !r)
            return r;
    }
    return {};
}

QString PostgresStore::location() const
{
    return m_address.toString();
}

QSqlQuery PostgresStore::query(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_silent)
        return q; // not even prepared: running it reports the silence (execGuarded)
    // Qt's driver prepares on the server: a round trip that may hang like any statement.
    (void)reconnectIfCut();
    m_deadline->arm();
    q.prepare(sql);
    if (m_deadline->disarm())
        cutOff();
    return q;
}

Error PostgresStore::errorFrom(const QSqlError &error, const QString &what)
{
    const QString state = error.nativeErrorCode();
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    if (state == QLatin1String("55P03") || state == QLatin1String("40001")
        || state == QLatin1String("40P01"))
        return {Error::Code::Busy,
                Tr::tr("%1: another officer is saving a change; try again in a moment.").arg(what)};
    if (state == QLatin1String("42501"))
        return {Error::Code::Forbidden,
                Tr::tr("%1: the server does not allow you to make this change (%2).")
                        .arg(what, detail)};
    if (state == QLatin1String("25006"))
        return {Error::Code::ReadOnly, Tr::tr("%1: the roadmap is read-only.").arg(what)};
    if (state.startsWith(QLatin1String("23")))
        return {Error::Code::Invalid, QStringLiteral("%1: %2").arg(what, detail)};
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || (state.isEmpty() && !m_db.isOpen())
        || (state.isEmpty()
            && (detail.contains(QLatin1String("connection"), Qt::CaseInsensitive)
                || detail.contains(QLatin1String("server closed"), Qt::CaseInsensitive))))
        return {Error::Code::Unreachable,
                Tr::tr("%1: the connection to the server was lost (%2).").arg(what, detail)};
    return {Error::Code::Other, QStringLiteral("%1: %2").arg(what, detail)};
}

Result<void> PostgresStore::reconnectIfCut()
{
    if (!m_cut || m_inWrite)
        return {};
    return connectNow();
}

bool PostgresStore::execGuarded(QSqlQuery &q, const QString *sql, QSqlError *error)
{
    if (m_silent) {
        *error = silentError();
        return false;
    }
    if (std::exchange(m_cutWhilePreparing, false)) {
        *error = cutError();
        return false;
    }
    m_deadline->arm();
    const bool ok = sql ? q.exec(*sql) : q.exec();
    if (m_deadline->disarm()) {
        cutOff();
        m_cutWhilePreparing = false;
        *error = cutError();
        return false;
    }
    if (!ok)
        *error = q.lastError();
    return ok;
}

void PostgresStore::cutOff()
{
    // The blocked call came back because the watcher shut the socket: the server stopped
    // answering. Whatever the statement was, the connection is gone with its transaction.
    m_cut = true;
    m_cutWhilePreparing = true;
    m_inWrite = false;
    m_itemCache.clear();
    if (m_silenceHandler) {
        // The rest of this gesture (a rollback, the next read) would wait again, then for a
        // connection: it fails at once, and the document waits for its change feed instead.
        setServerSilent();
        m_silenceHandler(m_deadline->limit() / 1000);
    }
}

QSqlError PostgresStore::cutError() const
{
    return QSqlError(QString(),
                     Tr::tr("the server did not answer within %1 seconds; the connection is opened "
                            "again for the next change")
                             .arg(m_deadline->limit() / 1000),
                     QSqlError::ConnectionError, QStringLiteral("08006"));
}

QSqlError PostgresStore::silentError() const
{
    return QSqlError(QString(), Tr::tr("the server does not answer"), QSqlError::ConnectionError,
                     QStringLiteral("08006"));
}

Result<void> PostgresStore::run(QSqlQuery &q, const QString &what)
{
    QSqlError error;
    if (!execGuarded(q, nullptr, &error)) {
        const Error e = errorFrom(error, what);
        q.finish();
        return e;
    }
    return {};
}

Result<void> PostgresStore::exec(const QString &sql, const QString &what)
{
    // Opened again after a cut before the query is made on it.
    if (!m_cutWhilePreparing && !m_silent) {
        if (auto r = reconnectIfCut(); !r)
            return r;
    }
    QSqlQuery q(m_db);
    QSqlError error;
    if (!execGuarded(q, &sql, &error))
        return errorFrom(error, what);
    return {};
}

Result<void> PostgresStore::writable() const
{
    if (isReadOnly())
        return Error {Error::Code::ReadOnly, m_readOnlyReason};
    return {};
}

QStringList PostgresStore::damage(Thoroughness)
{
    // The server keeps its own pages sound; what can be wrong is the roadmap's identity.
    QStringList problems;
    if (auto r = revalidateSchema(); !r)
        problems << r.errorMessage();
    return problems;
}

QStringList PostgresStore::integrityProblems(Thoroughness thoroughness)
{
    // Every rule and reference is a constraint the server enforces on each commit.
    return damage(thoroughness);
}

qint64 PostgresStore::changeCounter()
{
    QSqlQuery q = query(QStringLiteral("SELECT change_counter FROM roadmap_meta WHERE id = 1"));
    QSqlError error;
    if (!execGuarded(q, nullptr, &error) || !q.next())
        return -1;
    const qint64 counter = q.value(0).toLongLong();
    q.finish();
    return counter - m_ownChanges;
}

Result<void> PostgresStore::revalidateSchema()
{
    QSqlQuery q = query(QStringLiteral("SELECT application, schema_version FROM roadmap_meta "
                                       "WHERE id = 1"));
    if (auto r = run(q, Tr::tr("The roadmap could not be read")); !r)
        return r;
    if (!q.next() || q.value(0).toString() != QLatin1String("jcroadmap"))
        return Error {Error::Code::Damaged,
                      Tr::tr("The roadmap on the server is no longer a roadmap.")};
    const int version = q.value(1).toInt();
    q.finish();
    if (version != m_schemaVersion)
        return Error {Error::Code::Damaged,
                      Tr::tr("The roadmap on the server was changed to schema %1.").arg(version)};
    return {};
}

ChangeFeed *PostgresStore::startChangeFeed(QObject *parent)
{
    auto *feed = new ChangeFeed(m_address, passwordFor(m_address), parent);
    feed->start();
    return feed;
}

Result<void> PostgresStore::beginWrite()
{
    return tryBeginWrite(m_busyTimeoutMs);
}

Result<void> PostgresStore::tryBeginWrite(int waitMs)
{
    if (auto r = writable(); !r)
        return r;
    if (m_inWrite)
        return Error {Error::Code::Other, Tr::tr("A change is already being saved.")};
    if (auto r = exec(QStringLiteral("BEGIN"), Tr::tr("The change could not be saved")); !r)
        return r;
    // One writer at a time, as in a file: the lock row first, waiting at most waitMs.
    auto locked = exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(std::max(waitMs, 1)),
                       Tr::tr("The change could not be saved"));
    QSqlQuery q = query(
            QStringLiteral("SELECT change_counter FROM roadmap_meta WHERE id = 1 FOR UPDATE"));
    if (locked) {
        // The server ends the wait at lock_timeout; the deadline stands behind it.
        const QueryDeadline::Scope longer(*m_deadline, std::max(waitMs, 1) + StatementLimitMs);
        locked = run(q, Tr::tr("The change could not be saved"));
    }
    if (!locked) {
        (void)exec(QStringLiteral("ROLLBACK"), {});
        return locked;
    }
    m_counterAtBegin = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    m_inWrite = true;
    return exec(QStringLiteral("SET LOCAL lock_timeout = 0"),
                Tr::tr("The change could not be "
                       "saved"));
}

Result<void> PostgresStore::commit()
{
    if (!m_inWrite)
        return Error {Error::Code::Other, Tr::tr("No change is being saved.")};
    QSqlQuery q = query(QStringLiteral("SELECT change_counter FROM roadmap_meta WHERE id = 1"));
    auto read = run(q, Tr::tr("The change could not be saved"));
    const qint64 counter = read && q.next() ? q.value(0).toLongLong() : m_counterAtBegin;
    q.finish();
    if (!read) {
        rollback();
        return read;
    }
    // A failed statement aborts a PostgreSQL transaction: COMMIT then answers with a
    // rollback, which Qt reports as success. Checked by reading the state back afterwards.
    QSqlQuery end(m_db);
    const QString commitSql = QStringLiteral("COMMIT");
    QSqlError endError;
    const bool sent = execGuarded(end, &commitSql, &endError);
    m_inWrite = false;
    if (!sent)
        return errorFrom(endError, Tr::tr("The change could not be saved"));
    QSqlQuery after = query(QStringLiteral("SELECT change_counter FROM roadmap_meta WHERE id = 1"));
    if (auto r = run(after, Tr::tr("The change could not be saved")); !r)
        return r;
    const qint64 now = after.next() ? after.value(0).toLongLong() : -1;
    after.finish();
    if (now < counter)
        return Error {Error::Code::Other, Tr::tr("The server did not keep the change.")};
    m_ownChanges += counter - m_counterAtBegin;
    return {};
}

void PostgresStore::rollback()
{
    if (!m_inWrite)
        return;
    m_inWrite = false;
    (void)exec(QStringLiteral("ROLLBACK"), {});
}

Result<void> PostgresStore::setActor(const QString &name)
{
    QSqlQuery q = query(QStringLiteral("SELECT set_config('jcr.actor', ?, true)"));
    q.addBindValue(name.left(200));
    auto r = run(q, Tr::tr("Recording who changes the roadmap failed"));
    q.finish();
    return r;
}

Result<void> PostgresStore::clearActor()
{
    return exec(QStringLiteral("SELECT set_config('jcr.actor', '', true)"),
                Tr::tr("Recording who changes the roadmap failed"));
}

namespace {

void bindItem(QSqlQuery &q, const Item &item)
{
    q.addBindValue(item.areaId);
    q.addBindValue(text(item.title));
    q.addBindValue(text(item.description));
    q.addBindValue(enums::key(item.kind));
    q.addBindValue(enums::key(item.status));
    q.addBindValue(enums::key(item.health));
    q.addBindValue(enums::key(item.lead));
    q.addBindValue(dateValue(item.start, false));
    q.addBindValue(enums::key(item.start.precision()));
    q.addBindValue(dateValue(item.end, true));
    q.addBindValue(enums::key(item.end.precision()));
    q.addBindValue(item.progress);
    q.addBindValue(item.rank);
    q.addBindValue(text(item.titles.fr));
    q.addBindValue(text(item.titles.ja));
    q.addBindValue(text(item.descriptions.fr));
    q.addBindValue(text(item.descriptions.ja));
}

constexpr const char *ItemWriteColumns
        = "area_id, title, description, kind, status, health, lead, start_date, "
          "start_precision, end_date, end_precision, progress, rank, title_fr, title_ja, "
          "description_fr, description_ja";

} // namespace

Result<qint64> PostgresStore::insertItemRow(const Item &item)
{
    const QString columns = QString::fromLatin1(ItemWriteColumns);
    const QString marks = QStringLiteral("?, ").repeated(17).chopped(2);
    QSqlQuery q = query(item.id > 0 ? QStringLiteral("INSERT INTO item (id, %1) VALUES (?, %2) "
                                                     "RETURNING id")
                                              .arg(columns, marks)
                                    : QStringLiteral("INSERT INTO item (%1) VALUES (%2) "
                                                     "RETURNING id")
                                              .arg(columns, marks));
    if (item.id > 0)
        q.addBindValue(item.id);
    bindItem(q, item);
    if (auto r = run(q, Tr::tr("The item could not be saved")); !r)
        return sql::invalidItem(item, r.error());
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    Item none;
    none.id = id;
    Item links = item;
    links.id = id;
    if (auto r = writeLinks(none, links); !r)
        return r.error();
    return id;
}

Result<Item> PostgresStore::insertItem(const Item &item)
{
    if (auto r = writable(); !r)
        return r.error();
    auto id = insertItemRow(item);
    if (!id)
        return id.error().code == Error::Code::Forbidden ? areaRefusal(item.areaId, id.error())
                                                         : id.error();
    if (item.id > 0) {
        if (auto r = syncIds(); !r)
            return r.error();
    }
    return loadItem(id.value());
}

Result<QList<qint64>> PostgresStore::insertItemsBulk(const QList<Item> &items)
{
    if (auto r = writable(); !r)
        return r.error();
    QList<qint64> ids;
    ids.reserve(items.size());
    bool explicitIds = false;
    for (const Item &item : items) {
        auto id = insertItemRow(item);
        if (!id)
            return id.error();
        ids << id.value();
        explicitIds = explicitIds || item.id > 0;
    }
    if (explicitIds) {
        if (auto r = syncIds(); !r)
            return r.error();
    }
    return ids;
}

Error PostgresStore::areaRefusal(qint64 areaId, const Error &otherwise) const
{
    const auto locked = m_lockedAreas.constFind(areaId);
    if (locked == m_lockedAreas.constEnd())
        return otherwise;
    return Error {Error::Code::Forbidden,
                  Tr::tr("You may not edit the items of priority area %1, \"%2\": the roadmap's "
                         "administrator has given that area to its own editors.")
                          .arg(locked->first)
                          .arg(locked->second)};
}

Result<void> PostgresStore::syncIds()
{
    return exec(QStringLiteral("SELECT jcr_sync_ids()"), Tr::tr("The change could not be saved"));
}

Result<Item> PostgresStore::updateItem(const Item &before, const Item &after)
{
    if (auto r = writable(); !r)
        return r.error();
    QSqlQuery q = query(QStringLiteral(
            "UPDATE item SET area_id = ?, title = ?, description = ?, kind = ?, status = ?, "
            "health = ?, lead = ?, start_date = ?, start_precision = ?, end_date = ?, "
            "end_precision = ?, progress = ?, rank = ?, title_fr = ?, title_ja = ?, "
            "description_fr = ?, description_ja = ?, version = version + 1 WHERE id = ? AND "
            "version = ?"));
    bindItem(q, after);
    q.addBindValue(before.id);
    q.addBindValue(before.version);
    if (auto r = run(q, Tr::tr("The item could not be saved")); !r) {
        // Moved into an area this login may not edit: the server's row rules refuse the row.
        if (r.error().code == Error::Code::Forbidden)
            return areaRefusal(after.areaId, areaRefusal(before.areaId, r.error()));
        return sql::invalidItem(after, r.error());
    }
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1) {
        // Zero rows: the row is gone, changed, or hidden from this login by the server's
        // row-level rules. Read again to tell the officer which.
        auto current = loadItem(before.id);
        if (!current && current.error().code == Error::Code::NotFound)
            return Error {Error::Code::Conflict,
                          Tr::tr("\"%1\" was deleted by someone else in the meantime.")
                                  .arg(before.title)};
        if (current && current->version == before.version)
            return areaRefusal(current->areaId,
                               Error {Error::Code::Forbidden,
                                      Tr::tr("The server does not allow you to change \"%1\".")
                                              .arg(before.title)});
        return Error {
                Error::Code::Conflict,
                Tr::tr("\"%1\" was changed by someone else in the meantime.").arg(before.title)};
    }
    if (before.organisations != after.organisations || before.tags != after.tags
        || before.citations != after.citations) {
        if (auto r = writeLinks(before, after); !r)
            return r.error();
    }
    return loadItem(before.id);
}

Result<void> PostgresStore::writeLinks(const Item &before, const Item &after)
{
    // Only what differs is written: the server records every link added or removed.
    const qint64 itemId = after.id;
    if (before.organisations != after.organisations) {
        QSqlQuery del = query(QStringLiteral(
                "DELETE FROM item_organisation WHERE item_id = ? AND organisation_id = ?"));
        for (const OrgLink &old : before.organisations) {
            const bool kept = std::any_of(
                    after.organisations.cbegin(), after.organisations.cend(),
                    [&](const OrgLink &l) { return l.organisationId == old.organisationId; });
            if (kept)
                continue;
            del.addBindValue(itemId);
            del.addBindValue(old.organisationId);
            if (auto r = run(del, Tr::tr("The organisations could not be saved")); !r)
                return r;
        }
        QSqlQuery ins = query(QStringLiteral(
                "INSERT INTO item_organisation AS l (item_id, organisation_id, role, position) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (item_id, organisation_id) DO UPDATE SET role "
                "= excluded.role, position = excluded.position WHERE l.role IS DISTINCT FROM "
                "excluded.role OR l.position IS DISTINCT FROM excluded.position"));
        int position = 0;
        for (const OrgLink &link : after.organisations) {
            ins.addBindValue(itemId);
            ins.addBindValue(link.organisationId);
            ins.addBindValue(enums::key(link.role));
            ins.addBindValue(position++);
            if (auto r = run(ins, Tr::tr("The organisations could not be saved")); !r)
                return r;
        }
    }
    if (before.tags != after.tags) {
        QSqlQuery del = query(QStringLiteral("DELETE FROM item_tag WHERE item_id = ? AND tag_id "
                                             "IN (SELECT id FROM tag WHERE name = ?)"));
        for (const QString &tag : before.tags) {
            if (after.tags.contains(tag))
                continue;
            del.addBindValue(itemId);
            del.addBindValue(tag);
            if (auto r = run(del, Tr::tr("The tags could not be saved")); !r)
                return r;
        }
        QSqlQuery ins = query(QStringLiteral(
                "INSERT INTO item_tag (item_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        for (const QString &tag : after.tags) {
            if (before.tags.contains(tag))
                continue;
            auto id = tagId(tag);
            if (!id)
                return id.error();
            ins.addBindValue(itemId);
            ins.addBindValue(id.value());
            if (auto r = run(ins, Tr::tr("The tags could not be saved")); !r)
                return r;
        }
    }
    if (before.citations != after.citations) {
        QSqlQuery del = query(QStringLiteral("DELETE FROM citation WHERE item_id = ?"));
        del.addBindValue(itemId);
        if (auto r = run(del, Tr::tr("The citations could not be saved")); !r)
            return r;
        QSqlQuery ins = query(QStringLiteral("INSERT INTO citation (item_id, position, "
                                             "source_id, passage) VALUES (?, ?, ?, ?)"));
        int position = 0;
        for (const Citation &c : after.citations) {
            ins.addBindValue(itemId);
            ins.addBindValue(position++);
            ins.addBindValue(c.sourceId);
            ins.addBindValue(text(c.passage));
            if (auto r = run(ins, Tr::tr("The citations could not be saved")); !r)
                return r;
        }
    }
    return {};
}

Result<qint64> PostgresStore::tagId(const QString &name)
{
    const QString trimmed = name.trimmed();
    QSqlQuery ins = query(QStringLiteral("INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) "
                                         "DO NOTHING"));
    ins.addBindValue(trimmed);
    if (auto r = run(ins, Tr::tr("The tag \"%1\" could not be saved").arg(trimmed)); !r)
        return r.error();
    QSqlQuery sel = query(QStringLiteral("SELECT id FROM tag WHERE name = ?"));
    sel.addBindValue(trimmed);
    if (auto r = run(sel, Tr::tr("The tag \"%1\" could not be saved").arg(trimmed)); !r)
        return r.error();
    const qint64 id = sel.next() ? sel.value(0).toLongLong() : 0;
    sel.finish();
    if (id <= 0)
        return Error {Error::Code::Other,
                      Tr::tr("The tag \"%1\" could not be saved.").arg(trimmed)};
    return id;
}

Result<void> PostgresStore::deleteItem(qint64 id, qint64 version)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(QStringLiteral("DELETE FROM item WHERE id = ? AND version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    if (auto r = run(q, Tr::tr("The item could not be deleted")); !r)
        return r;
    if (q.numRowsAffected() != 1) {
        auto current = loadItem(id);
        if (current && current->version == version)
            return areaRefusal(current->areaId,
                               Error {Error::Code::Forbidden,
                                      Tr::tr("The server does not allow you to delete \"%1\".")
                                              .arg(current->title)});
        return Error {Error::Code::Conflict,
                      Tr::tr("The item was changed or deleted by someone else in the meantime.")};
    }
    return {};
}

Result<StatusUpdate> PostgresStore::insertStatusUpdate(const StatusUpdate &update)
{
    if (auto r = writable(); !r)
        return r.error();
    if (!update.date.isValid())
        return Error {Error::Code::Invalid, Tr::tr("An update needs a valid date.")};
    QSqlQuery q = query(
            update.id > 0
                    ? QStringLiteral("INSERT INTO status_update (id, item_id, date, author, text, "
                                     "new_status, new_health) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                     "RETURNING id")
                    : QStringLiteral("INSERT INTO status_update (item_id, date, author, text, "
                                     "new_status, new_health) VALUES (?, ?, ?, ?, ?, ?) "
                                     "RETURNING id"));
    if (update.id > 0)
        q.addBindValue(update.id);
    q.addBindValue(update.itemId);
    q.addBindValue(update.date.toString(Qt::ISODate));
    q.addBindValue(text(update.author));
    q.addBindValue(text(update.text));
    q.addBindValue(update.newStatus ? QVariant(enums::key(*update.newStatus))
                                    : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(update.newHealth ? QVariant(enums::key(*update.newHealth))
                                    : QVariant(QMetaType(QMetaType::QString)));
    if (auto r = run(q, Tr::tr("The update could not be added")); !r)
        return r.error();
    StatusUpdate stored = update;
    stored.id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (update.id > 0) {
        if (auto r = syncIds(); !r)
            return r.error();
    }
    return stored;
}

Result<void> PostgresStore::deleteStatusUpdate(qint64 id)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(QStringLiteral("DELETE FROM status_update WHERE id = ?"));
    q.addBindValue(id);
    if (auto r = run(q, Tr::tr("The update could not be removed")); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The update was removed by someone else in the meantime.")};
    return {};
}

Result<void> PostgresStore::insertDependency(const Dependency &dependency)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(
            QStringLiteral("INSERT INTO dependency (predecessor_id, successor_id) VALUES (?, ?)"));
    q.addBindValue(dependency.predecessorId);
    q.addBindValue(dependency.successorId);
    return run(q, Tr::tr("The dependency could not be added"));
}

Result<void> PostgresStore::deleteDependency(const Dependency &dependency)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(
            QStringLiteral("DELETE FROM dependency WHERE predecessor_id = ? AND successor_id = ?"));
    q.addBindValue(dependency.predecessorId);
    q.addBindValue(dependency.successorId);
    return run(q, Tr::tr("The dependency could not be removed"));
}

Result<Organisation> PostgresStore::insertOrganisation(const Organisation &organisation)
{
    if (auto r = writable(); !r)
        return r.error();
    QSqlQuery q = query(QStringLiteral("INSERT INTO organisation (id, name, short_name, "
                                       "country) VALUES (coalesce(?, nextval(pg_get_serial_"
                                       "sequence('organisation', 'id'))), ?, ?, ?) RETURNING id"));
    q.addBindValue(nullableId(organisation.id));
    q.addBindValue(text(organisation.name.trimmed()));
    q.addBindValue(text(organisation.shortName.trimmed()));
    q.addBindValue(enums::key(organisation.country));
    if (auto r
        = run(q, Tr::tr("The organisation \"%1\" could not be added").arg(organisation.name));
        !r)
        return r.error();
    Organisation stored = organisation;
    stored.id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return stored;
}

Result<void> PostgresStore::updateOrganisation(const Organisation &before,
                                               const Organisation &after)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(QStringLiteral(
            "UPDATE organisation SET name = ?, short_name = ?, country = ?, version = version + "
            "1 WHERE id = ? AND name = ? AND short_name = ? AND country = ?"));
    q.addBindValue(text(after.name.trimmed()));
    q.addBindValue(text(after.shortName.trimmed()));
    q.addBindValue(enums::key(after.country));
    q.addBindValue(before.id);
    q.addBindValue(text(before.name));
    q.addBindValue(text(before.shortName));
    q.addBindValue(enums::key(before.country));
    if (auto r = run(q, Tr::tr("The organisation \"%1\" could not be saved").arg(after.name)); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The organisation \"%1\" was changed or removed by someone else "
                             "in the meantime.")
                              .arg(before.name)};
    return {};
}

Result<void> PostgresStore::deleteOrganisation(const Organisation &organisation)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(QStringLiteral("DELETE FROM organisation WHERE id = ? AND name = ? AND "
                                       "short_name = ? AND country = ?"));
    q.addBindValue(organisation.id);
    q.addBindValue(text(organisation.name));
    q.addBindValue(text(organisation.shortName));
    q.addBindValue(enums::key(organisation.country));
    if (auto r
        = run(q, Tr::tr("The organisation \"%1\" could not be removed").arg(organisation.name));
        !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The organisation \"%1\" was changed or removed by someone else "
                             "in the meantime.")
                              .arg(organisation.name)};
    return {};
}

Result<void> PostgresStore::setWipLimit(Status status, int limit)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(QStringLiteral(
            "INSERT INTO board_column (status, wip_limit) VALUES (?, ?) ON CONFLICT (status) DO "
            "UPDATE SET wip_limit = excluded.wip_limit"));
    q.addBindValue(enums::key(status));
    q.addBindValue(limit > 0 ? QVariant(limit) : QVariant(QMetaType(QMetaType::Int)));
    return run(q, Tr::tr("The column limit could not be saved"));
}

Result<QString> PostgresStore::setting(const QString &key)
{
    QSqlQuery q = query(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (auto r = run(q, Tr::tr("Reading a setting failed")); !r)
        return r.error();
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

Result<void> PostgresStore::setSetting(const QString &key, const QString &value)
{
    if (auto r = writable(); !r)
        return r;
    if (value.size() > MaxSettingLength)
        return Error {Error::Code::Invalid,
                      Tr::tr("The setting \"%1\" is too long (%2 characters; at most %3).")
                              .arg(key)
                              .arg(value.size())
                              .arg(MaxSettingLength)};
    QSqlQuery q = query(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON "
                                       "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(text(value));
    return run(q, Tr::tr("The setting could not be saved"));
}

Result<void> PostgresStore::writeSettings(const DocumentSettings &settings)
{
    for (const auto &[key, value] : seedwriting::settingRows(settings)) {
        if (auto r = setSetting(key, value); !r)
            return r;
    }
    return {};
}

Result<void> PostgresStore::importSeed(const SeedRoadmap &seed)
{
    QSqlQuery area = query(QStringLiteral(
            "INSERT INTO priority_area (number, name, short_name, colour, name_fr, name_ja, "
            "short_name_fr, short_name_ja) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    seedwriting::Writers writers;
    writers.settings = [this](const DocumentSettings &settings) {
        return writeSettings(settings);
    };
    writers.area = [&](const PriorityArea &a) -> Result<qint64> {
        area.addBindValue(a.number);
        area.addBindValue(a.name);
        area.addBindValue(text(a.shortName));
        area.addBindValue(a.colour.name(QColor::HexRgb));
        area.addBindValue(text(a.names.fr));
        area.addBindValue(text(a.names.ja));
        area.addBindValue(text(a.shortNames.fr));
        area.addBindValue(text(a.shortNames.ja));
        if (auto r = run(area, Tr::tr("The priority area \"%1\" could not be added").arg(a.name));
            !r)
            return r.error();
        const qint64 id = area.next() ? area.value(0).toLongLong() : 0;
        area.finish();
        return id;
    };
    writers.source = [this](const SourceDocument &source) -> Result<qint64> {
        auto stored = insertSource(source);
        if (!stored)
            return stored.error();
        return stored->id;
    };
    writers.organisation = [this](const Organisation &o) -> Result<qint64> {
        auto stored = insertOrganisation(o);
        if (!stored)
            return stored.error();
        return stored->id;
    };
    writers.item = [this](const Item &item) {
        return insertItemRow(item);
    };
    writers.update = [this](const StatusUpdate &u) -> Result<void> {
        if (auto r = insertStatusUpdate(u); !r)
            return r.error();
        return {};
    };
    writers.dependency = [this](const Dependency &d) {
        return insertDependency(d);
    };
    return seedwriting::write(seed, writers);
}

Result<SourceDocument> PostgresStore::insertSource(const SourceDocument &source)
{
    if (auto r = writable(); !r)
        return r.error();
    QSqlQuery q = query(QStringLiteral(
            "INSERT INTO source_document (title, issued, place, link, body) VALUES (?, ?, ?, ?, "
            "?) RETURNING id, imported_at"));
    q.addBindValue(text(source.title));
    q.addBindValue(source.date.isValid() ? QVariant(source.date.toString(Qt::ISODate))
                                         : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(text(source.place));
    q.addBindValue(text(source.link));
    q.addBindValue(text(source.text));
    if (auto r = run(q, Tr::tr("The source document \"%1\" could not be added").arg(source.title));
        !r)
        return r.error();
    if (!q.next())
        return Error {Error::Code::NotFound,
                      Tr::tr("The new source document could not be read back.")};
    SourceDocument stored = source;
    stored.id = q.value(0).toLongLong();
    stored.importedAt = q.value(1).toString();
    q.finish();
    return stored;
}

} // namespace jcr
