#include "changelogrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <functional>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ChangeLogRepository)
};

/// The stored form of a time stamp, as the triggers write it (text compares in time order).
QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

/// Reads the triggers' time stamps ("2026-12-01T09:30:00.123Z") without QDateTime's general
/// parser, which costs more than the rest of the row; other text (written by hand) takes the
/// general way.
QDateTime readStamp(const QString &text)
{
    const auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = text.at(i);
            if (!c.isDigit())
                return -1;
            v = v * 10 + c.digitValue();
        }
        return v;
    };
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')
        && text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z')) {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

ChangeRecord::Action actionOf(const QString &key)
{
    if (key == QLatin1String("insert"))
        return ChangeRecord::Action::Insert;
    if (key == QLatin1String("delete"))
        return ChangeRecord::Action::Delete;
    return ChangeRecord::Action::Update;
}

/// Runs \a sql (bound by \a bind) through SQLite directly: QSqlQuery builds a QVariant per
/// cell, which cost most of the time of a long history. Reads to the end and finalizes, so
/// that no statement stays open to block other programs' writes.
Result<QList<ChangeRecord>> readAll(Database &db, const char *sql,
                                    const std::function<void(sqlite3_stmt *)> &bind)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr);
    QList<ChangeRecord> out;
    if (rc == SQLITE_OK) {
        bind(stmt);
        const auto text = [stmt](int col) {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
            return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt, col)) : QString();
        };
        const auto optional = [&](int col) -> std::optional<QString> {
            if (sqlite3_column_type(stmt, col) == SQLITE_NULL)
                return std::nullopt;
            return text(col);
        };
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            ChangeRecord c;
            c.id = sqlite3_column_int64(stmt, 0);
            c.at = readStamp(text(1));
            c.actor = text(2);
            c.itemId = sqlite3_column_int64(stmt, 3);
            c.areaId = sqlite3_column_int64(stmt, 4);
            c.action = actionOf(text(5));
            c.field = text(6);
            c.oldValue = optional(7);
            c.newValue = optional(8);
            out.append(std::move(c));
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db.handle()));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return Error {rc == SQLITE_BUSY ? Error::Code::Busy : Error::Code::Other,
                      Tr::tr("Reading the record of change failed: %1").arg(message)};
    }
    return out;
}

} // namespace

ChangeLogRepository::ChangeLogRepository(Database &db)
    : m_db(db)
{ }

Result<void> ChangeLogRepository::setActor(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO change_actor (id, name) VALUES (1, ?)"));
    q.addBindValue(name);
    if (!q.exec())
        return Database::errorFrom(q.lastError(),
                                   Tr::tr("Recording who changes the roadmap failed"));
    return {};
}

Result<void> ChangeLogRepository::clearActor()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM change_actor")))
        return Database::errorFrom(q.lastError(),
                                   Tr::tr("Recording who changes the roadmap failed"));
    return {};
}

Result<QList<ChangeRecord>> ChangeLogRepository::itemChanges(qint64 itemId)
{
    return readAll(m_db,
                   "SELECT id, at, actor, item_id, area_id, action, field, old_value, new_value "
                   "FROM change_log WHERE item_id = ? ORDER BY id DESC",
                   [itemId](sqlite3_stmt *stmt) { sqlite3_bind_int64(stmt, 1, itemId); });
}

Result<QList<ChangeRecord>> ChangeLogRepository::changesBetween(const QDateTime &from,
                                                                const QDateTime &until, int limit)
{
    const QByteArray start = from.isValid() ? stamp(from).toUtf8() : QByteArray("");
    const QByteArray end = until.isValid() ? stamp(until).toUtf8() : QByteArray();
    return readAll(
            m_db,
            "SELECT id, at, actor, item_id, area_id, action, field, old_value, new_value "
            "FROM change_log WHERE at >= ?1 AND (?2 IS NULL OR at < ?2) ORDER BY at DESC, "
            "id DESC LIMIT ?3",
            [&](sqlite3_stmt *stmt) {
                sqlite3_bind_text(stmt, 1, start.constData(), int(start.size()), SQLITE_TRANSIENT);
                if (until.isValid())
                    sqlite3_bind_text(stmt, 2, end.constData(), int(end.size()), SQLITE_TRANSIENT);
                else
                    sqlite3_bind_null(stmt, 2);
                sqlite3_bind_int(stmt, 3, limit);
            });
}

Result<qint64> ChangeLogRepository::countBetween(const QDateTime &from, const QDateTime &until)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT count(*) FROM change_log WHERE at >= ? AND (? IS NULL OR at < ?)"));
    q.addBindValue(from.isValid() ? stamp(from) : QStringLiteral(""));
    const QVariant end = until.isValid() ? QVariant(stamp(until)) : QVariant();
    q.addBindValue(end);
    q.addBindValue(end);
    if (!q.exec() || !q.next()) {
        const Error e
                = Database::errorFrom(q.lastError(), Tr::tr("Reading the record of change failed"));
        q.finish();
        return e;
    }
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace jcr
