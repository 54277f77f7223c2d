#include "database.h"

#include "constraintcheck.h"
#include "journalrecovery.h"
#include "schema.h"
#include "schemavalidator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

#include <sqlite3.h>

namespace jcr {

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("jcr::Database", s, disambiguation, n);
}

Database::StatementObserver &statementObserver()
{
    static Database::StatementObserver observer;
    return observer;
}

int traceStatement(unsigned type, void *, void *p, void *)
{
    if (type == SQLITE_TRACE_STMT && statementObserver()) {
        auto *stmt = static_cast<sqlite3_stmt *>(p);
        statementObserver()(QString::fromUtf8(sqlite3_sql(stmt)));
    }
    return 0;
}

constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("jcroadmap-%1").arg(counter.fetchAndAddRelaxed(1));
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

/// What the 100-byte SQLite header says, read before SQLite itself touches the file.
struct Header
{
    bool empty = false;
    bool wal = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    qint64 pageSize = 0;
    /// The database size the header records, in bytes; -1 when the header does not vouch
    /// for it (written by an SQLite before 3.7.0, whose "version valid for" differs).
    qint64 recordedSize = -1;
};

Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::NotFound,
                      tr("The file cannot be read: %1.").arg(file.errorString())};
    const QByteArray bytes = file.read(100);
    file.close();
    Header h;
    if (bytes.isEmpty()) {
        h.empty = true;
        return h;
    }
    const QByteArray magic = QByteArrayLiteral("SQLite format 3\0");
    if (!bytes.startsWith(magic.left(bytes.size())) || bytes.size() < magic.size())
        return Error {Error::Code::NotARoadmap,
                      tr("This is not a roadmap file: it is not an SQLite database.")};
    if (bytes.size() < 100)
        return Error {Error::Code::Damaged,
                      tr("The file is damaged: it is cut off after %n byte(s).", nullptr,
                         int(bytes.size()))};
    // Bytes 18 and 19 are the write and read format versions: 2 means write-ahead logging.
    h.wal = bytes.at(18) == 2 || bytes.at(19) == 2;
    h.userVersion = bigEndian32(bytes, 60);
    h.applicationId = bigEndian32(bytes, 68);
    h.pageSize = (qint64(uchar(bytes.at(16))) << 8) | uchar(bytes.at(17));
    if (h.pageSize == 1)
        h.pageSize = 65536;
    const quint32 pages = bigEndian32(bytes, 28);
    if (pages != 0 && bigEndian32(bytes, 92) == bigEndian32(bytes, 24))
        h.recordedSize = qint64(pages) * h.pageSize;
    return h;
}

/// A read-write quick_check or integrity_check reports broken CHECK and NOT NULL rules in
/// one line per table; ConstraintCheck names the rule and the row, read-only or not.
bool isRuleFinding(const QString &line)
{
    return line.startsWith(QLatin1String("CHECK constraint failed in "))
            || line.startsWith(QLatin1String("NULL value in "));
}

} // namespace

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::errorFrom(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    Error::Code code = Error::Code::Other;
    const int rc = native.toInt() & 0xff;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        code = Error::Code::Busy;
    else if (rc == SQLITE_READONLY)
        code = Error::Code::ReadOnly;
    else if (rc == SQLITE_CONSTRAINT)
        code = Error::Code::Invalid;
    else if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
        code = Error::Code::Damaged;
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    if (code == Error::Code::Busy)
        return {code,
                tr("%1: another program is writing to the file; try again in a moment.").arg(what)};
    return {code, QStringLiteral("%1: %2").arg(what, text)};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error {Error::Code::NotFound, tr("No file name was given.")};

    bool creating = false;
    QString recoveryNote;
    if (mode == Mode::Create) {
        if (info.exists() && info.size() > 0)
            return Error {Error::Code::Other,
                          tr("%1 already exists; it was not overwritten.")
                                  .arg(QDir::toNativeSeparators(path))};
        if (!info.absoluteDir().exists())
            return Error {Error::Code::NotFound,
                          tr("The folder %1 does not exist.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath()))};
        creating = true;
    } else {
        if (!info.exists())
            return Error {Error::Code::NotFound,
                          tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))};
        if (!info.isFile())
            return Error {Error::Code::NotARoadmap,
                          tr("%1 is not a file.").arg(QDir::toNativeSeparators(path))};
        auto header = readHeader(path);
        if (!header)
            return header.error();
        if (header->empty)
            return Error {Error::Code::NotARoadmap, tr("This is not a roadmap file: it is empty.")};
        if (header->applicationId != quint32(schema::ApplicationId))
            return Error {Error::Code::NotARoadmap,
                          tr("This is not a roadmap file: it is an SQLite database of another "
                             "application.")};
        if (header->userVersion == 0)
            return Error {Error::Code::Damaged,
                          tr("This roadmap file has no schema version; it may be damaged.")};
        // A roadmap is kept in rollback-journal mode so that the file alone is complete. In
        // write-ahead-log mode committed changes may live in a -wal file beside it, and merely
        // opening it would write that log into the file: refuse rather than touch it.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (header->wal || (wal.exists() && wal.size() > 0))
            return Error {Error::Code::Damaged,
                          tr("The file was switched to write-ahead logging (WAL) by another "
                             "program%1; it is not opened, to leave it untouched. Run "
                             "\"PRAGMA journal_mode=DELETE\" on it in sqlite3 to make it a "
                             "single complete file again.")
                                  .arg(header->wal ? QString()
                                                   : tr(" and changes are pending in %1")
                                                             .arg(QDir::toNativeSeparators(
                                                                     wal.fileName())))};
        // A journal left by a program that stopped in the middle of a commit is undone on a
        // copy and verified before it may touch the file (JournalRecovery); SQLite itself would
        // write it into whatever file now has this name.
        const JournalRecovery::State journal = JournalRecovery::inspect(path);
        if (journal == JournalRecovery::State::Hot) {
            auto recovered = JournalRecovery::recover(path);
            if (!recovered)
                return recovered.error();
            recoveryNote = recovered.value();
            header = readHeader(path);
            if (!header)
                return header.error();
        }
        // A header that records another size than the file has is damage (e.g. a small
        // sparse file claiming a gigabyte, which a backup would copy in full). During another
        // program's commit the two may differ for a moment: then the header is not judged.
        const qint64 actualSize = QFileInfo(path).size();
        if (journal != JournalRecovery::State::Live && header->recordedSize >= 0
            && header->recordedSize != actualSize)
            return Error {Error::Code::Damaged,
                          tr("The file is damaged: its header records %1 bytes, but the file has "
                             "%2 bytes.")
                                  .arg(header->recordedSize)
                                  .arg(actualSize)};
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    if (!recoveryNote.isEmpty())
        db->m_warnings << recoveryNote;
    if (mode == Mode::OpenReadOnly) {
        db->m_readOnly = true;
        db->m_readOnlyReason = tr("The file was opened read-only.");
    } else if (!creating && !info.isWritable()) {
        db->m_readOnly = true;
        db->m_readOnlyReason = tr("The file is read-only.");
    } else if (!creating && !QFileInfo(info.absolutePath()).isWritable()) {
        // The rollback journal is created beside the file: without it, no write can commit.
        db->m_readOnly = true;
        db->m_readOnlyReason = tr("The folder of the file is read-only.");
    }

    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (db->m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open())
        return errorFrom(db->m_db.lastError(), tr("The file cannot be opened"));

    const QVariant handle = db->m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error {Error::Code::Other, tr("The SQLite driver does not expose its handle.")};
    db->m_handle = *static_cast<sqlite3 *const *>(handle.constData());

    if (auto r = db->configure(); !r)
        return r.error();
    if (auto r = db->validateAndMigrate(creating); !r) {
        if (creating) {
            db.reset();
            QFile::remove(info.absoluteFilePath());
        }
        return r.error();
    }
    return db;
}

Result<void> Database::configure()
{
    // Defensive mode forbids writes to sqlite_schema and other ways a file could damage itself;
    // an untrusted schema may not call functions with side effects.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_busy_timeout(m_handle, BusyTimeoutMs);
    if (statementObserver())
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, traceStatement, nullptr);

    const char *pragmas[] = {
            "PRAGMA trusted_schema = OFF",
            "PRAGMA cell_size_check = ON",
            "PRAGMA foreign_keys = ON",
            "PRAGMA recursive_triggers = OFF",
    };
    for (const char *p : pragmas) {
        if (sqlite3_exec(m_handle, p, nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error {Error::Code::Other,
                          tr("The file cannot be configured (%1).")
                                  .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)))};
    }
    return {};
}

Result<void> Database::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle));
        const int rc = sqlite3_extended_errcode(m_handle) & 0xff;
        sqlite3_free(message);
        Error::Code code = Error::Code::Other;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            code = Error::Code::Busy;
        else if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
            code = Error::Code::Damaged;
        else if (rc == SQLITE_READONLY)
            code = Error::Code::ReadOnly;
        return Error {code, text};
    }
    return {};
}

namespace {

Result<qint64> pragmaInt(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = 0;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return Error {(rc & 0xff) == SQLITE_BUSY ? Error::Code::Busy : Error::Code::Damaged,
                      QString::fromUtf8(sqlite3_errmsg(db))};
    return value;
}

} // namespace

Result<void> Database::validateAndMigrate(bool creating)
{
    auto appId = pragmaInt(m_handle, "PRAGMA application_id");
    auto userVersion = pragmaInt(m_handle, "PRAGMA user_version");
    if (!appId || !userVersion)
        return Error {Error::Code::Damaged,
                      tr("The file cannot be read; it may be damaged (%1).")
                              .arg((!appId ? appId.error() : userVersion.error()).message)};
    if (creating) {
        if (auto r = migrate(0); !r)
            return r;
        m_schemaVersion = schema::currentVersion();
        m_schemaCookie = schemaCookie();
        return {};
    }
    if (appId.value() != schema::ApplicationId)
        return Error {
                Error::Code::NotARoadmap,
                tr("This is not a roadmap file: it is an SQLite database of another application.")};
    const int version = int(userVersion.value());
    const int current = schema::currentVersion();

    auto objects = SchemaValidator::read(m_handle);
    if (!objects)
        return objects.error();
    const bool newer = version > current;
    if (auto r = SchemaValidator::verify(objects.value(), newer ? current : version, newer); !r) {
        if (newer)
            return Error {Error::Code::TooNew,
                          tr("This roadmap was written by a newer version of the application "
                             "(schema %1) and cannot be read by this one (schema %2).")
                                  .arg(version)
                                  .arg(current)};
        return Error {r.error().code,
                      tr("%1 The file is not opened, to protect your data.").arg(r.errorMessage())};
    }

    // quick_check reads every page: it finds damage now rather than halfway through an edit.
    // Above the threshold it costs more than the whole open budget, so it runs in the
    // background (RoadmapDocument starts it) and damage makes the document read-only then.
    // An upgrade writes to the file, and nothing is written to a file before its check has
    // passed: a file that needs one is checked now, whatever its size.
    m_integrityDeferred = QFileInfo(m_path).size() > deferredIntegrityThreshold()
            && (version >= current || m_readOnly);
    if (!m_integrityDeferred) {
        sqlite3_stmt *stmt = nullptr;
        QStringList problems;
        if (sqlite3_prepare_v2(m_handle, "PRAGMA quick_check(5)", -1, &stmt, nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
                const QString line = QString::fromUtf8(t ? t : "?");
                if (!isRuleFinding(line))
                    problems << line;
            }
            if (problems.isEmpty())
                problems << QStringLiteral("ok");
        }
        const int rc = sqlite3_finalize(stmt);
        if (rc != SQLITE_OK || problems != QStringList {QStringLiteral("ok")})
            return Error {Error::Code::Damaged,
                          tr("The file is damaged: %1")
                                  .arg(problems.isEmpty()
                                               ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                               : problems.join(QStringLiteral("; ")))};
    }

    // Rows that break a CHECK or NOT NULL rule (possible only by editing the schema behind
    // SQLite's back: read-only connections do not enforce them) are refused like damage.
    if (!m_integrityDeferred) {
        const QStringList broken
                = ConstraintCheck::violations(m_handle, newer ? current : version, 5);
        if (!broken.isEmpty())
            return Error {Error::Code::Damaged,
                          tr("The file breaks the roadmap's rules: %1. It is not opened, to "
                             "protect your data.")
                                  .arg(broken.join(QStringLiteral("; ")))};
    }

    // Broken references (e.g. rows deleted with sqlite3, where foreign keys are off by default)
    // do not stop the file from opening: the views skip them. They are reported.
    if (!m_integrityDeferred)
        m_warnings << foreignKeyProblems();

    if (newer) {
        m_readOnly = true;
        m_readOnlyReason = tr("The file was written by a newer version of the application (schema "
                              "%1); it is opened read-only.")
                                   .arg(version);
        m_schemaVersion = version;
        m_schemaCookie = schemaCookie();
        return {};
    }

    if (!m_readOnly) {
        if (auto r = exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !r)
            return r;
        if (auto r = exec(QStringLiteral("PRAGMA synchronous = FULL")); !r)
            return r;
    }

    if (version < current) {
        if (m_readOnly) {
            // Readable as it is; the upgrade happens the next time it is opened for writing.
            m_schemaVersion = version;
            m_schemaCookie = schemaCookie();
            return {};
        }
        // The copy keeps the file as it was, should the user need the older version back.
        const QString backup = m_path + QStringLiteral(".schema%1.bak").arg(version);
        if (!QFileInfo::exists(backup)) {
            if (auto r = backupTo(backup); !r)
                return r;
        }
        if (auto r = migrate(version); !r)
            return r;
    }
    m_schemaVersion = current;
    m_schemaCookie = schemaCookie();
    if (m_integrityDeferred && !m_readOnly) {
        // Nothing is written before the background check has passed (checkPassed()).
        m_readOnly = true;
        m_awaitingCheck = true;
        m_readOnlyReason = tr("The file is being checked; editing starts when the check has "
                              "passed.");
    }
    return {};
}

bool Database::isAwaitingCheck() const
{
    return m_awaitingCheck;
}

void Database::checkPassed()
{
    if (!m_awaitingCheck)
        return;
    m_awaitingCheck = false;
    m_readOnly = false;
    m_readOnlyReason.clear();
}

Result<void> Database::migrate(int from)
{
    // Schema 4 rebuilds tables that others reference: dropping the old table would otherwise
    // run ON DELETE actions. The pragma has no effect inside a transaction, so it is set before
    // it; the copies keep every id, so references stay exactly as they were.
    if (auto r = exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return r;
    const auto restore = [this] {
        // A failed step may leave the rename mode of schema 4 on; neither outlives the upgrade.
        (void)exec(QStringLiteral("PRAGMA legacy_alter_table = OFF"));
        (void)exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    };
    const auto steps = [&]() -> Result<void> {
        if (auto r = beginWrite(); !r)
            return r;
        for (const auto &m : schema::migrations()) {
            if (m.toVersion <= from)
                continue;
            for (const QString &statement : m.statements) {
                if (auto r = exec(statement); !r) {
                    rollback();
                    return Error {r.error().code,
                                  tr("The file could not be upgraded to schema %1: %2")
                                          .arg(m.toVersion)
                                          .arg(r.error().message)};
                }
            }
        }
        const auto finish
                = exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId));
        const auto finish2
                = exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion()));
        if (!finish || !finish2) {
            rollback();
            return (!finish ? finish : finish2).error();
        }
        return commit();
    };
    auto done = steps();
    restore();
    return done;
}

qint64 Database::dataVersion()
{
    auto v = pragmaInt(m_handle, "PRAGMA data_version");
    return v ? v.value() : -1;
}

namespace {
qint64 integrityThreshold = 4 * 1024 * 1024;
}

qint64 Database::deferredIntegrityThreshold()
{
    return integrityThreshold;
}

void Database::setDeferredIntegrityThreshold(qint64 bytes)
{
    integrityThreshold = bytes;
}

qint64 Database::schemaCookie()
{
    auto v = pragmaInt(m_handle, "PRAGMA schema_version");
    return v ? v.value() : -1;
}

Result<void> Database::revalidateSchema()
{
    const qint64 cookie = schemaCookie();
    if (cookie == m_schemaCookie)
        return {};
    auto userVersion = pragmaInt(m_handle, "PRAGMA user_version");
    auto appId = pragmaInt(m_handle, "PRAGMA application_id");
    if (!userVersion || !appId)
        return Error {Error::Code::Damaged,
                      tr("The file cannot be read any more (%1).")
                              .arg((!userVersion ? userVersion : appId).errorMessage())};
    if (appId.value() != schema::ApplicationId || userVersion.value() != m_schemaVersion)
        return Error {Error::Code::Damaged,
                      tr("Another program changed the file's identity or schema version "
                         "(schema %1 instead of %2).")
                              .arg(userVersion.value())
                              .arg(m_schemaVersion)};
    auto objects = SchemaValidator::read(m_handle);
    if (!objects)
        return objects.error();
    if (auto r = SchemaValidator::verify(objects.value(), m_schemaVersion, false); !r)
        return Error {
                r.error().code,
                tr("Another program changed the structure of the file: %1").arg(r.errorMessage())};
    // Harmless changes (ANALYZE, VACUUM) move the cookie too.
    m_schemaCookie = cookie;
    return {};
}

void Database::setReadOnly(const QString &reason)
{
    m_awaitingCheck = false;
    m_readOnly = true;
    m_readOnlyReason = reason;
}

Result<void> Database::beginWrite()
{
    if (m_readOnly && m_schemaVersion != 0)
        return Error {Error::Code::ReadOnly, m_readOnlyReason};
    // The busy handler waits up to BusyTimeoutMs; a few retries cover writers that keep the
    // lock for longer bursts.
    for (int attempt = 0;; ++attempt) {
        auto r = exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (r)
            return r;
        if (r.error().code != Error::Code::Busy || attempt >= 2) {
            if (r.error().code == Error::Code::Busy)
                return Error {Error::Code::Busy,
                              tr("Another program is holding the roadmap file locked; your change "
                                 "was not saved. Try again in a moment.")};
            return r;
        }
        QThread::msleep(50);
    }
}

Result<void> Database::tryBeginWrite(int waitMs)
{
    if (m_readOnly && m_schemaVersion != 0)
        return Error {Error::Code::ReadOnly, m_readOnlyReason};
    sqlite3_busy_timeout(m_handle, waitMs);
    auto r = exec(QStringLiteral("BEGIN IMMEDIATE"));
    // COMMIT waits for readers with the usual timeout again.
    sqlite3_busy_timeout(m_handle, m_busyTimeoutMs);
    if (!r && r.error().code == Error::Code::Busy)
        return Error {Error::Code::Busy, tr("Another program is holding the roadmap file locked.")};
    return r;
}

void Database::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    sqlite3_busy_timeout(m_handle, ms);
}

Result<void> Database::commit()
{
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r) {
        // A failed COMMIT leaves the transaction open: close it so nothing half-done stays.
        rollback();
        return Error {r.error().code,
                      tr("The change could not be saved: %1").arg(r.error().message)};
    }
    return {};
}

void Database::rollback()
{
    if (!sqlite3_get_autocommit(m_handle))
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<std::pair<QString, int>> Database::titleAndItemCount()
{
    sqlite3_stmt *stmt = nullptr;
    // Both in one statement, so that they come from the same moment of the file.
    const char *sql = "SELECT (SELECT substr(value, 1, 500) FROM setting WHERE key = 'title'), "
                      "(SELECT count(*) FROM item)";
    std::pair<QString, int> out;
    int rc = sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        out.first = QString::fromUtf8(t ? t : "");
        out.second = sqlite3_column_int(stmt, 1);
        rc = SQLITE_OK;
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return Error {Error::Code::Other, message};
    return out;
}

Result<void> Database::backupTo(const QString &targetPath)
{
    if (QFileInfo(targetPath).absoluteFilePath() == m_path)
        return Error {Error::Code::Other, tr("A file cannot be copied onto itself.")};
    const QString temp = targetPath + QStringLiteral(".part");
    QFile::remove(temp);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temp).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_handle, "main");
        if (backup) {
            // Copy in one step: the copy is consistent even if another program writes meanwhile.
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(temp);
        return Error {Error::Code::Other, tr("The copy could not be written: %1").arg(message)};
    }
    QFile::remove(targetPath);
    if (!QFile::rename(temp, targetPath)) {
        QFile::remove(temp);
        return Error {Error::Code::Other,
                      tr("The copy could not be written to %1.")
                              .arg(QDir::toNativeSeparators(targetPath))};
    }
    return {};
}

Result<void> Database::copyFrom(Database &source)
{
    if (m_readOnly)
        return Error {Error::Code::ReadOnly, m_readOnlyReason};
    if (source.schemaVersion() != m_schemaVersion)
        return Error {Error::Code::Invalid,
                      tr("The copy has schema %1, the file schema %2.")
                              .arg(source.schemaVersion())
                              .arg(m_schemaVersion)};
    sqlite3_backup *backup = sqlite3_backup_init(m_handle, "main", source.handle(), "main");
    if (!backup)
        return Error {Error::Code::Other,
                      tr("The copy could not be restored: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)))};
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error {(rc & 0xff) == SQLITE_BUSY ? Error::Code::Busy : Error::Code::Other,
                      tr("The copy could not be restored: %1")
                              .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    // The backup bumped the schema cookie; the content is the validated source's.
    if (auto r = revalidateSchema(); !r)
        return r;
    return {};
}

QStringList Database::damage(Thoroughness thoroughness)
{
    QStringList problems;
    sqlite3_stmt *stmt = nullptr;
    const char *sql = thoroughness == Thoroughness::Full ? "PRAGMA integrity_check(20)"
                                                         : "PRAGMA quick_check(20)";
    int rc = sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            const QString line = QString::fromUtf8(t ? t : "?");
            if (line != QLatin1String("ok") && !isRuleFinding(line))
                problems << line;
        }
    }
    if (rc != SQLITE_DONE)
        problems << tr("The check could not run to its end: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    sqlite3_finalize(stmt);
    // The rules are checked on sound pages only: damaged pages make every query unreliable.
    if (problems.isEmpty())
        problems << ConstraintCheck::violations(
                m_handle, std::min(m_schemaVersion, schema::currentVersion()));
    return problems;
}

QStringList Database::integrityProblems(Thoroughness thoroughness)
{
    return damage(thoroughness) + foreignKeyProblems();
}

QStringList Database::foreignKeyProblems()
{
    QStringList problems;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, "PRAGMA foreign_key_check", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (problems.size() == 20) {
                problems << tr("(more rows refer to missing rows)");
                break;
            }
            const auto *table = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            const auto *parent = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2));
            problems << tr("Row %1 of table %2 refers to a missing row of %3.")
                                .arg(sqlite3_column_int64(stmt, 1))
                                .arg(QString::fromUtf8(table ? table : "?"),
                                     QString::fromUtf8(parent ? parent : "?"));
        }
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        problems << tr("The references could not be checked: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    sqlite3_finalize(stmt);
    return problems;
}

void Database::setStatementObserver(StatementObserver observer)
{
    statementObserver() = std::move(observer);
}

} // namespace jcr
