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
        c.at = readStamp(q.value(1).toString());
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
                                                                const QDateTime &until, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(Columns
              + QStringLiteral("WHERE at >= ? AND (? IS NULL OR at < ?) ORDER BY at DESC, id DESC "
                               "LIMIT ?"));
    q.addBindValue(from.isValid() ? stamp(from) : QStringLiteral(""));
    const QVariant end = until.isValid() ? QVariant(stamp(until)) : QVariant();
    q.addBindValue(end);
    q.addBindValue(end);
    q.addBindValue(limit);
    return readAll(q);
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
                = Database::errorFrom(q.lastError(), tr("Reading the record of change failed"));
        q.finish();
        return e;
    }
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace jcr
