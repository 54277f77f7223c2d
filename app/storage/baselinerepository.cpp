#include "baselinerepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::BaselineRepository)
};

using sql::dateValue;
using sql::prepared;
using sql::run;
using sql::text;

/// Reads the items of baseline \a id, by item id, through SQLite directly: a baseline of a
/// large roadmap has as many rows as it has items, and a QVariant per cell would cost most of
/// the time.
Result<QList<BaselineItem>> readItems(Database &db, qint64 id)
{
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT item_id, title, status, health, start_date, start_precision, "
                      "end_date, end_precision, progress FROM baseline_item WHERE baseline_id = ? "
                      "ORDER BY item_id";
    int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr);
    QList<BaselineItem> out;
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(stmt, 1, id);
        const auto textAt = [stmt](int col) {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
            return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt, col)) : QString();
        };
        const auto dateAt = [&](int col) -> FuzzyDate {
            if (sqlite3_column_type(stmt, col) == SQLITE_NULL)
                return {};
            return FuzzyDate(QDate::fromString(textAt(col), Qt::ISODate),
                             enums::precisionFromKey(textAt(col + 1)).value_or(DatePrecision::Day));
        };
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            BaselineItem b;
            b.itemId = sqlite3_column_int64(stmt, 0);
            b.title = textAt(1);
            b.status = enums::statusFromKey(textAt(2)).value_or(Status::Planned);
            b.health = enums::healthFromKey(textAt(3)).value_or(Health::OnTrack);
            b.start = dateAt(4);
            b.end = dateAt(6);
            b.progress = sqlite3_column_int(stmt, 8);
            out.append(std::move(b));
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db.handle()));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error {rc == SQLITE_BUSY ? Error::Code::Busy : Error::Code::Other,
                      Tr::tr("Reading the baseline failed: %1").arg(message)};
    return out;
}

} // namespace

BaselineRepository::BaselineRepository(Database &db)
    : m_db(db)
{ }

Result<QList<Baseline>> BaselineRepository::baselines()
{
    if (m_db.schemaVersion() < 6)
        return QList<Baseline>();
    QSqlQuery q = prepared(
            m_db,
            QStringLiteral("SELECT id, name, taken_on, note FROM baseline ORDER BY taken_on, id"));
    if (auto r = run(q, Tr::tr("Reading the baselines failed")); !r)
        return r.error();
    QList<Baseline> out;
    while (q.next()) {
        Baseline b;
        b.id = q.value(0).toLongLong();
        b.name = q.value(1).toString();
        b.takenOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        b.note = q.value(3).toString();
        out.append(b);
    }
    q.finish();
    return out;
}

Result<Baseline> BaselineRepository::baseline(qint64 id)
{
    if (m_db.schemaVersion() < 6)
        return Error {Error::Code::NotFound, Tr::tr("This roadmap has no baselines.")};
    QSqlQuery q = prepared(
            m_db, QStringLiteral("SELECT id, name, taken_on, note FROM baseline WHERE id = ?"));
    q.addBindValue(id);
    if (auto r = run(q, Tr::tr("Reading the baseline failed")); !r)
        return r.error();
    if (!q.next())
        return Error {Error::Code::NotFound, Tr::tr("The baseline no longer exists.")};
    Baseline b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.takenOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    b.note = q.value(3).toString();
    q.finish();
    auto items = readItems(m_db, id);
    if (!items)
        return items.error();
    b.items = std::move(items.value());
    return b;
}

Result<Baseline> BaselineRepository::capture(const QString &name, QDate takenOn,
                                             const QString &note)
{
    QSqlQuery q = prepared(
            m_db, QStringLiteral("INSERT INTO baseline (name, taken_on, note) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(takenOn.toString(Qt::ISODate));
    q.addBindValue(text(note));
    if (auto r = run(q, Tr::tr("The baseline could not be saved")); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    // Copied by the file itself, in the caller's transaction: the baseline is the committed
    // state of every item, also of changes other programs made since the planner last read.
    QSqlQuery copy = prepared(
            m_db,
            QStringLiteral("INSERT INTO baseline_item (baseline_id, item_id, title, status, "
                           "health, start_date, start_precision, end_date, end_precision, "
                           "progress) SELECT ?, id, title, status, health, start_date, "
                           "start_precision, end_date, end_precision, progress FROM item"));
    copy.addBindValue(id);
    if (auto r = run(copy, Tr::tr("The baseline could not be saved")); !r)
        return r.error();
    copy.finish();
    return baseline(id);
}

Result<void> BaselineRepository::insert(const Baseline &whole)
{
    QSqlQuery q = prepared(
            m_db,
            QStringLiteral("INSERT INTO baseline (id, name, taken_on, note) VALUES (?, ?, ?, ?)"));
    q.addBindValue(whole.id);
    q.addBindValue(whole.name);
    q.addBindValue(whole.takenOn.toString(Qt::ISODate));
    q.addBindValue(text(whole.note));
    if (auto r = run(q, Tr::tr("The baseline could not be saved")); !r)
        return r.error();
    q.finish();
    QSqlQuery row = prepared(
            m_db,
            QStringLiteral("INSERT INTO baseline_item (baseline_id, item_id, title, status, "
                           "health, start_date, start_precision, end_date, end_precision, "
                           "progress) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const BaselineItem &b : whole.items) {
        row.addBindValue(whole.id);
        row.addBindValue(b.itemId);
        row.addBindValue(text(b.title));
        row.addBindValue(enums::key(b.status));
        row.addBindValue(enums::key(b.health));
        row.addBindValue(dateValue(b.start, false));
        row.addBindValue(enums::key(b.start.precision()));
        row.addBindValue(dateValue(b.end, true));
        row.addBindValue(enums::key(b.end.precision()));
        row.addBindValue(b.progress);
        if (auto r = run(row, Tr::tr("The baseline could not be saved")); !r)
            return r;
    }
    row.finish();
    return {};
}

Result<void> BaselineRepository::rename(qint64 id, const QString &before, const QString &after)
{
    QSqlQuery q = prepared(
            m_db, QStringLiteral("UPDATE baseline SET name = ? WHERE id = ? AND name = ?"));
    q.addBindValue(after);
    q.addBindValue(id);
    q.addBindValue(before);
    if (auto r = run(q, Tr::tr("The baseline could not be renamed")); !r)
        return r;
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The baseline “%1” was renamed or deleted by someone else in the "
                             "meantime.")
                              .arg(before)};
    return {};
}

Result<Baseline> BaselineRepository::remove(qint64 id, const QString &name)
{
    auto whole = baseline(id);
    if (!whole || whole->name != name)
        return Error {Error::Code::Conflict,
                      Tr::tr("The baseline “%1” was renamed or deleted by someone else in the "
                             "meantime.")
                              .arg(name)};
    // The rows explicitly: ON DELETE CASCADE needs foreign keys on, which is the planner's
    // setting but not every program's.
    for (const char *sql :
         {"DELETE FROM baseline_item WHERE baseline_id = ?", "DELETE FROM baseline WHERE id = ?"}) {
        QSqlQuery q = prepared(m_db, QString::fromLatin1(sql));
        q.addBindValue(id);
        if (auto r = run(q, Tr::tr("The baseline could not be deleted")); !r)
            return r.error();
        q.finish();
    }
    return whole;
}

} // namespace jcr
