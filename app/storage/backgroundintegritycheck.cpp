#include "backgroundintegritycheck.h"

#include "constraintcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

namespace jcr {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const QString &path, int schemaVersion,
                                                   QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_schemaVersion(schemaVersion)
{
    // Built here, on the caller's thread: the worker only reads the cached rules.
    ConstraintCheck::rules(m_schemaVersion);
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    m_cancelled = true;
    if (sqlite3 *db = m_connection.load())
        sqlite3_interrupt(db);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundIntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundIntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    // Results are handed over on this object's thread once the worker has ended.
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_cancelled)
            Q_EMIT finished(m_damage, m_brokenReferences);
    });
    m_thread->start(QThread::LowPriority);
}

void BackgroundIntegrityCheck::run()
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        m_damage << QCoreApplication::translate("jcr::BackgroundIntegrityCheck",
                                                "The file could not be checked: %1")
                            .arg(QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close(db);
        return;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_busy_timeout(db, 5000);
    m_connection = db;
    if (m_cancelled)
        sqlite3_interrupt(db);

    const auto rows = [&](const char *sql, auto &&onRow) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return sqlite3_errcode(db);
        int step;
        while ((step = sqlite3_step(stmt)) == SQLITE_ROW)
            onRow(stmt);
        sqlite3_finalize(stmt);
        return step == SQLITE_DONE ? SQLITE_OK : step;
    };
    const auto text = [](sqlite3_stmt *stmt, int col) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
        return QString::fromUtf8(t ? t : "?");
    };

    int result = rows("PRAGMA quick_check(5)", [&](sqlite3_stmt *stmt) {
        const QString line = text(stmt, 0);
        if (line != QLatin1String("ok"))
            m_damage << line;
    });
    if (result != SQLITE_OK && !m_cancelled && (result & 0xff) != SQLITE_INTERRUPT)
        m_damage << QString::fromUtf8(sqlite3_errstr(result));
    if (m_damage.isEmpty() && !m_cancelled)
        m_damage << ConstraintCheck::violations(db, m_schemaVersion, 5);
    if (m_damage.isEmpty() && !m_cancelled) {
        result = rows("PRAGMA foreign_key_check", [&](sqlite3_stmt *stmt) {
            m_brokenReferences << QCoreApplication::translate(
                                          "jcr::BackgroundIntegrityCheck",
                                          "Row %1 of table %2 refers to a missing row of %3.")
                                          .arg(sqlite3_column_int64(stmt, 1))
                                          .arg(text(stmt, 0), text(stmt, 2));
        });
    }
    m_connection = nullptr;
    sqlite3_close(db);
}

} // namespace jcr
