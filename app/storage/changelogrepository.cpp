#include "changelogrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace jcr {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("jcr::ChangeLogRepository", s);
}

const QString Columns = QStringLiteral(
        "SELECT id, at, actor, item_id, area_id, action, field, old_value, new_value FROM "
        "change_log ");

/// The stored form of a time stamp, as the triggers write it (text compares in time order).
QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<QString> optionalText(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

ChangeRecord::Action actionOf(const QString &key)
{
    if (key == QLatin1String("insert"))
        return ChangeRecord::Action::Insert;
    if (key == QLatin1String("delete"))
        return ChangeRecord::Action::Delete;
    return ChangeRecord::Action::Update;
}

Result<QList<ChangeRecord>> readAll(QSqlQuery &q)
{
    if (!q.exec()) {
        const Error e
                = Database::errorFrom(q.lastError(), tr("Reading the record of change failed"));
        q.finish();
        return e;
    }
    QList<ChangeRecord> out;
    while (q.next()) {
        ChangeRecord c;
        c.id = q.value(0).toLongLong();
        c.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        c.actor = q.value(2).toString();
        c.itemId = q.value(3).toLongLong();
        c.areaId = q.value(4).toLongLong();
        c.action = actionOf(q.value(5).toString());
        c.field = q.value(6).toString();
        c.oldValue = optionalText(q.value(7));
        c.newValue = optionalText(q.value(8));
        out.append(std::move(c));
    }
    // Read to the end: an open statement would block other programs' writes.
    q.finish();
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
        return Database::errorFrom(q.lastError(), tr("Recording who changes the roadmap failed"));
    return {};
}

Result<void> ChangeLogRepository::clearActor()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM change_actor")))
        return Database::errorFrom(q.lastError(), tr("Recording who changes the roadmap failed"));
    return {};
}

Result<QList<ChangeRecord>> ChangeLogRepository::itemChanges(qint64 itemId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(Columns + QStringLiteral("WHERE item_id = ? ORDER BY id DESC"));
    q.addBindValue(itemId);
    return readAll(q);
}

Result<QList<ChangeRecord>> ChangeLogRepository::changesBetween(const QDateTime &from,
                                                                const QDateTime &until)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
            Columns
            + QStringLiteral("WHERE at >= ? AND (? IS NULL OR at < ?) ORDER BY at DESC, id DESC"));
    q.addBindValue(from.isValid() ? stamp(from) : QStringLiteral(""));
    const QVariant end = until.isValid() ? QVariant(stamp(until)) : QVariant();
    q.addBindValue(end);
    q.addBindValue(end);
    return readAll(q);
}

} // namespace jcr
