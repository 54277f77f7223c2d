// PostgresStore, its reading half: the snapshot the views show, single items, updates,
// baselines and the record of change. The writes are in postgresstore.cpp.

#include "postgresstore.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::PostgresStore)
};

FuzzyDate fuzzyFrom(const QSqlQuery &q, int dateCol, int precisionCol)
{
    if (q.isNull(dateCol))
        return {};
    return FuzzyDate(
            q.value(dateCol).toDate(),
            enums::precisionFromKey(q.value(precisionCol).toString()).value_or(DatePrecision::Day));
}

constexpr const char *ItemColumns
        = "id, area_id, title, description, kind, status, health, lead, start_date, "
          "start_precision, end_date, end_precision, progress, rank, version, updated_at, "
          "title_fr, title_ja, description_fr, description_ja";

Item readItemRow(const QSqlQuery &q)
{
    Item it;
    it.id = q.value(0).toLongLong();
    it.areaId = q.value(1).toLongLong();
    it.title = q.value(2).toString();
    it.description = q.value(3).toString();
    it.kind = enums::kindFromKey(q.value(4).toString()).value_or(ItemKind::Initiative);
    it.status = enums::statusFromKey(q.value(5).toString()).value_or(Status::Planned);
    it.health = enums::healthFromKey(q.value(6).toString()).value_or(Health::OnTrack);
    it.lead = enums::leadFromKey(q.value(7).toString()).value_or(LeadSide::Joint);
    it.start = fuzzyFrom(q, 8, 9);
    it.end = fuzzyFrom(q, 10, 11);
    it.progress = q.value(12).toInt();
    it.rank = q.value(13).toDouble();
    it.version = q.value(14).toLongLong();
    it.updatedAt = q.value(15).toString();
    it.titles = {q.value(16).toString(), q.value(17).toString()};
    it.descriptions = {q.value(18).toString(), q.value(19).toString()};
    return it;
}

StatusUpdate readUpdate(const QSqlQuery &q)
{
    StatusUpdate u;
    u.id = q.value(0).toLongLong();
    u.itemId = q.value(1).toLongLong();
    u.date = q.value(2).toDate();
    u.author = q.value(3).toString();
    u.text = q.value(4).toString();
    if (!q.isNull(5))
        u.newStatus = enums::statusFromKey(q.value(5).toString());
    if (!q.isNull(6))
        u.newHealth = enums::healthFromKey(q.value(6).toString());
    return u;
}

/// The stored form of a time stamp, as the server's triggers write it.
QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

Result<Snapshot> PostgresStore::loadSnapshot()
{
    // One read transaction for a consistent picture; inside a write transaction (the re-read
    // after a bulk insert) that one gives the picture.
    // The first read of a large roadmap over a slow link may take long; a re-read is small.
    const QueryDeadline::Scope first(
            *m_deadline, m_itemCache.isEmpty() ? FirstReadLimitMs : m_deadline->limit());
    const bool own = !m_inWrite;
    if (own) {
        if (auto r = exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                          Tr::tr("The roadmap could not be read"));
            !r)
            return r.error();
    }
    struct EndRead
    {
        PostgresStore *store;
        bool own;
        ~EndRead()
        {
            if (own)
                (void)store->exec(QStringLiteral("COMMIT"), {});
        }
    } endRead {this, own};

    Snapshot snap;
    {
        QSqlQuery q = query(QStringLiteral("SELECT key, value FROM setting"));
        if (auto r = run(q, Tr::tr("Reading the settings failed")); !r)
            return r.error();
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
            if (key == QLatin1String("title"))
                snap.settings.title = value;
            else if (key == QLatin1String("classification"))
                snap.settings.classification = value;
            else if (key == QLatin1String("author"))
                snap.settings.author = value;
            else if (key == QLatin1String("office"))
                snap.settings.office = value;
            else if (key == QLatin1String("briefing.drafter"))
                snap.settings.drafter = value;
            else if (key == QLatin1String("briefing.approver"))
                snap.settings.approver = value;
            else if (key == QLatin1String("briefing.fileNumber"))
                snap.settings.fileNumber = value;
            else if (key == QLatin1String("briefing.purpose"))
                snap.settings.purpose = value;
            else if (key == QLatin1String("briefing.keyMessages"))
                snap.settings.keyMessages = value;
            else if (key == QLatin1String("briefing.nextSteps"))
                snap.settings.nextSteps = value;
        }
    }
    {
        QSqlQuery q = query(QStringLiteral("SELECT id, number, name, short_name, colour, name_fr, "
                                           "name_ja, short_name_fr, short_name_ja FROM "
                                           "priority_area ORDER BY number"));
        if (auto r = run(q, Tr::tr("Reading the priority areas failed")); !r)
            return r.error();
        while (q.next())
            snap.areas.append({q.value(0).toLongLong(),
                               q.value(1).toInt(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               QColor(q.value(4).toString()),
                               {q.value(5).toString(), q.value(6).toString()},
                               {q.value(7).toString(), q.value(8).toString()}});
    }
    {
        // Byte order, as the file sorts: the same roadmap lists the same way on both.
        QSqlQuery q = query(QStringLiteral("SELECT id, name, short_name, country FROM "
                                           "organisation ORDER BY name COLLATE \"C\""));
        if (auto r = run(q, Tr::tr("Reading the organisations failed")); !r)
            return r.error();
        while (q.next())
            snap.organisations.append(
                    {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     enums::countryFromKey(q.value(3).toString()).value_or(Country::Other)});
    }
    // Items: a re-read fetches whole only the rows whose version or stamp moved since the last
    // read (every change to an item or to its links moves them, whoever makes it); the others
    // come from that read. Another officer's edit then costs a few milliseconds to take in, not
    // a re-read of every item.
    QHash<qint64, int> rowOf;
    QStringList changed;
    {
        QSqlQuery q = query(QStringLiteral("SELECT id, version, updated_at FROM item ORDER BY id"));
        if (auto r = run(q, Tr::tr("Reading the items failed")); !r)
            return r.error();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            rowOf.insert(id, int(snap.items.size()));
            const auto known = m_itemCache.constFind(id);
            if (known != m_itemCache.constEnd() && known->version == q.value(1).toLongLong()
                && known->updatedAt == q.value(2).toString()) {
                snap.items.append(*known);
            } else {
                Item fresh;
                fresh.id = id;
                snap.items.append(fresh);
                changed << QString::number(id);
            }
        }
    }
    if (!changed.isEmpty()) {
        const bool all = changed.size() == snap.items.size();
        // All rows, or those of the ids given as one array parameter.
        const auto read = [&](const QString &sql, const QString &filter, const QString &order) {
            QSqlQuery q = query(sql + (all ? QString() : filter) + order);
            if (!all)
                q.addBindValue(QLatin1Char('{') + changed.join(QLatin1Char(','))
                               + QLatin1Char('}'));
            return q;
        };
        const auto itemAt = [&](qint64 id) -> Item * {
            const auto row = rowOf.constFind(id);
            return row == rowOf.constEnd() ? nullptr : &snap.items[*row];
        };
        {
            QSqlQuery q
                    = read(QStringLiteral("SELECT %1 FROM item").arg(QLatin1String(ItemColumns)),
                           QStringLiteral(" WHERE id = ANY (CAST(? AS bigint[]))"),
                           QStringLiteral(" ORDER BY id"));
            if (auto r = run(q, Tr::tr("Reading the items failed")); !r)
                return r.error();
            while (q.next()) {
                if (Item *it = itemAt(q.value(0).toLongLong()))
                    *it = readItemRow(q);
            }
        }
        const QString ofChanged = QStringLiteral(" WHERE item_id = ANY (CAST(? AS bigint[]))");
        {
            QSqlQuery q = read(
                    QStringLiteral("SELECT item_id, organisation_id, role FROM item_organisation"),
                    ofChanged, QStringLiteral(" ORDER BY item_id, position, organisation_id"));
            if (auto r = run(q, Tr::tr("Reading the item organisations failed")); !r)
                return r.error();
            while (q.next()) {
                if (Item *it = itemAt(q.value(0).toLongLong()))
                    it->organisations.append({q.value(1).toLongLong(),
                                              enums::orgRoleFromKey(q.value(2).toString())
                                                      .value_or(OrgRole::Supporting)});
            }
        }
        {
            QSqlQuery q = read(QStringLiteral("SELECT it.item_id, t.name FROM item_tag it JOIN "
                                              "tag t ON t.id = it.tag_id"),
                               QStringLiteral(" WHERE it.item_id = ANY (CAST(? AS bigint[]))"),
                               QStringLiteral(" ORDER BY it.item_id, t.name COLLATE \"C\""));
            if (auto r = run(q, Tr::tr("Reading the tags failed")); !r)
                return r.error();
            while (q.next()) {
                if (Item *it = itemAt(q.value(0).toLongLong()))
                    it->tags.append(q.value(1).toString());
            }
        }
        {
            QSqlQuery q = read(QStringLiteral("SELECT item_id, source_id, passage FROM citation"),
                               ofChanged, QStringLiteral(" ORDER BY item_id, position"));
            if (auto r = run(q, Tr::tr("Reading the citations failed")); !r)
                return r.error();
            while (q.next()) {
                if (Item *it = itemAt(q.value(0).toLongLong()))
                    it->citations.append({q.value(1).toLongLong(), q.value(2).toString()});
            }
        }
    }
    {
        QSqlQuery q = query(QStringLiteral(
                "SELECT predecessor_id, successor_id FROM dependency ORDER BY 1, 2"));
        if (auto r = run(q, Tr::tr("Reading the dependencies failed")); !r)
            return r.error();
        while (q.next())
            snap.dependencies.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    {
        QSqlQuery q = query(QStringLiteral("SELECT id, title, issued, place, link, body, "
                                           "imported_at FROM source_document ORDER BY id"));
        if (auto r = run(q, Tr::tr("Reading the source documents failed")); !r)
            return r.error();
        while (q.next()) {
            SourceDocument s;
            s.id = q.value(0).toLongLong();
            s.title = q.value(1).toString();
            s.date = q.value(2).toDate();
            s.place = q.value(3).toString();
            s.link = q.value(4).toString();
            s.text = q.value(5).toString();
            s.importedAt = q.value(6).toString();
            snap.sources.append(s);
        }
    }
    {
        QSqlQuery q = query(QStringLiteral(
                "SELECT status, wip_limit FROM board_column WHERE wip_limit IS NOT NULL"));
        if (auto r = run(q, Tr::tr("Reading the board settings failed")); !r)
            return r.error();
        while (q.next()) {
            if (const auto status = enums::statusFromKey(q.value(0).toString()))
                snap.wipLimits.insert(*status, q.value(1).toInt());
        }
    }
    {
        // Areas given to their own editors, which this login is not one of: its edits there
        // are refused by the server, and the refusal is then told as such.
        QSqlQuery q = query(QStringLiteral("SELECT id, number, name FROM priority_area WHERE NOT "
                                           "jcr_may_edit(id)"));
        if (auto r = run(q, Tr::tr("Reading the priority areas failed")); !r)
            return r.error();
        m_lockedAreas.clear();
        while (q.next())
            m_lockedAreas.insert(q.value(0).toLongLong(),
                                 {q.value(1).toInt(), q.value(2).toString()});
    }
    auto all = baselines();
    if (!all)
        return all.error();
    snap.baselines = std::move(all.value());
    m_itemCache.clear();
    m_itemCache.reserve(snap.items.size());
    for (const Item &it : std::as_const(snap.items))
        m_itemCache.insert(it.id, it);
    return snap;
}

Result<Item> PostgresStore::loadItem(qint64 id)
{
    Item item;
    {
        QSqlQuery q = query(
                QStringLiteral("SELECT %1 FROM item WHERE id = ?").arg(QLatin1String(ItemColumns)));
        q.addBindValue(id);
        if (auto r = run(q, Tr::tr("Reading the item failed")); !r)
            return r.error();
        if (!q.next())
            return Error {Error::Code::NotFound, Tr::tr("The item no longer exists.")};
        item = readItemRow(q);
    }
    {
        QSqlQuery q = query(QStringLiteral("SELECT organisation_id, role FROM item_organisation "
                                           "WHERE item_id = ? ORDER BY position, "
                                           "organisation_id"));
        q.addBindValue(id);
        if (auto r = run(q, Tr::tr("Reading the item failed")); !r)
            return r.error();
        while (q.next())
            item.organisations.append(
                    {q.value(0).toLongLong(),
                     enums::orgRoleFromKey(q.value(1).toString()).value_or(OrgRole::Supporting)});
    }
    {
        QSqlQuery q = query(QStringLiteral("SELECT t.name FROM item_tag it JOIN tag t ON t.id = "
                                           "it.tag_id WHERE it.item_id = ? ORDER BY t.name "
                                           "COLLATE \"C\""));
        q.addBindValue(id);
        if (auto r = run(q, Tr::tr("Reading the item failed")); !r)
            return r.error();
        while (q.next())
            item.tags.append(q.value(0).toString());
    }
    {
        QSqlQuery q = query(QStringLiteral(
                "SELECT source_id, passage FROM citation WHERE item_id = ? ORDER BY position"));
        q.addBindValue(id);
        if (auto r = run(q, Tr::tr("Reading the item failed")); !r)
            return r.error();
        while (q.next())
            item.citations.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return item;
}

Result<QList<StatusUpdate>> PostgresStore::statusUpdates(qint64 itemId)
{
    QSqlQuery q = query(QStringLiteral(
            "SELECT id, item_id, date, author, text, new_status, new_health FROM status_update "
            "WHERE item_id = ? ORDER BY date DESC, id DESC"));
    q.addBindValue(itemId);
    if (auto r = run(q, Tr::tr("Reading the history failed")); !r)
        return r.error();
    QList<StatusUpdate> out;
    while (q.next())
        out.append(readUpdate(q));
    return out;
}

Result<QList<StatusUpdate>> PostgresStore::statusUpdatesSince(QDate since)
{
    QSqlQuery q = query(QStringLiteral(
            "SELECT id, item_id, date, author, text, new_status, new_health FROM status_update "
            "WHERE date >= ? ORDER BY date DESC, id DESC"));
    q.addBindValue(since.toString(Qt::ISODate));
    if (auto r = run(q, Tr::tr("Reading the history failed")); !r)
        return r.error();
    QList<StatusUpdate> out;
    while (q.next())
        out.append(readUpdate(q));
    return out;
}

Result<QList<ItemOrgLink>> PostgresStore::organisationLinks(qint64 id)
{
    QSqlQuery q = query(QStringLiteral("SELECT item_id, role, position FROM item_organisation "
                                       "WHERE organisation_id = ? ORDER BY item_id"));
    q.addBindValue(id);
    if (auto r = run(q, Tr::tr("Reading the organisation's items failed")); !r)
        return r.error();
    QList<ItemOrgLink> links;
    while (q.next()) {
        ItemOrgLink l;
        l.itemId = q.value(0).toLongLong();
        l.link.organisationId = id;
        l.link.role = enums::orgRoleFromKey(q.value(1).toString()).value_or(OrgRole::Lead);
        l.position = q.value(2).toInt();
        links << l;
    }
    return links;
}

Result<QList<Baseline>> PostgresStore::baselines()
{
    QSqlQuery q = query(
            QStringLiteral("SELECT id, name, taken_on, note FROM baseline ORDER BY taken_on, id"));
    if (auto r = run(q, Tr::tr("Reading the baselines failed")); !r)
        return r.error();
    QList<Baseline> out;
    while (q.next()) {
        Baseline b;
        b.id = q.value(0).toLongLong();
        b.name = q.value(1).toString();
        b.takenOn = q.value(2).toDate();
        b.note = q.value(3).toString();
        out.append(b);
    }
    return out;
}

Result<Baseline> PostgresStore::baseline(qint64 id)
{
    QSqlQuery q = query(QStringLiteral("SELECT id, name, taken_on, note FROM baseline WHERE id "
                                       "= ?"));
    q.addBindValue(id);
    if (auto r = run(q, Tr::tr("Reading the baseline failed")); !r)
        return r.error();
    if (!q.next())
        return Error {Error::Code::NotFound, Tr::tr("The baseline no longer exists.")};
    Baseline b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.takenOn = q.value(2).toDate();
    b.note = q.value(3).toString();
    q.finish();
    QSqlQuery rows = query(QStringLiteral(
            "SELECT item_id, title, status, health, start_date, start_precision, end_date, "
            "end_precision, progress FROM baseline_item WHERE baseline_id = ? ORDER BY item_id"));
    rows.addBindValue(id);
    if (auto r = run(rows, Tr::tr("Reading the baseline failed")); !r)
        return r.error();
    while (rows.next()) {
        BaselineItem i;
        i.itemId = rows.value(0).toLongLong();
        i.title = rows.value(1).toString();
        i.status = enums::statusFromKey(rows.value(2).toString()).value_or(Status::Planned);
        i.health = enums::healthFromKey(rows.value(3).toString()).value_or(Health::OnTrack);
        i.start = fuzzyFrom(rows, 4, 5);
        i.end = fuzzyFrom(rows, 6, 7);
        i.progress = rows.value(8).toInt();
        b.items.append(std::move(i));
    }
    return b;
}

Result<Baseline> PostgresStore::captureBaseline(const QString &name, QDate takenOn,
                                                const QString &note)
{
    if (auto r = writable(); !r)
        return r.error();
    QSqlQuery q = query(QStringLiteral(
            "INSERT INTO baseline (name, taken_on, note) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(takenOn.toString(Qt::ISODate));
    q.addBindValue(sql::text(note));
    if (auto r = run(q, Tr::tr("The baseline could not be saved")); !r)
        return r.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    // Copied by the server, in the caller's transaction: every item as committed.
    QSqlQuery copy = query(QStringLiteral(
            "INSERT INTO baseline_item (baseline_id, item_id, title, status, health, start_date, "
            "start_precision, end_date, end_precision, progress) SELECT ?, id, title, status, "
            "health, start_date, start_precision, end_date, end_precision, progress FROM item"));
    copy.addBindValue(id);
    if (auto r = run(copy, Tr::tr("The baseline could not be saved")); !r)
        return r.error();
    return baseline(id);
}

Result<void> PostgresStore::insertBaseline(const Baseline &whole)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(
            QStringLiteral("INSERT INTO baseline (id, name, taken_on, note) VALUES (?, ?, ?, ?)"));
    q.addBindValue(whole.id);
    q.addBindValue(whole.name);
    q.addBindValue(whole.takenOn.toString(Qt::ISODate));
    q.addBindValue(sql::text(whole.note));
    if (auto r = run(q, Tr::tr("The baseline could not be saved")); !r)
        return r;
    QSqlQuery row = query(QStringLiteral(
            "INSERT INTO baseline_item (baseline_id, item_id, title, status, health, start_date, "
            "start_precision, end_date, end_precision, progress) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)"));
    for (const BaselineItem &b : whole.items) {
        row.addBindValue(whole.id);
        row.addBindValue(b.itemId);
        row.addBindValue(sql::text(b.title));
        row.addBindValue(enums::key(b.status));
        row.addBindValue(enums::key(b.health));
        row.addBindValue(sql::dateValue(b.start, false));
        row.addBindValue(enums::key(b.start.precision()));
        row.addBindValue(sql::dateValue(b.end, true));
        row.addBindValue(enums::key(b.end.precision()));
        row.addBindValue(b.progress);
        if (auto r = run(row, Tr::tr("The baseline could not be saved")); !r)
            return r;
    }
    return syncIds();
}

Result<void> PostgresStore::renameBaseline(qint64 id, const QString &before, const QString &after)
{
    if (auto r = writable(); !r)
        return r;
    QSqlQuery q = query(QStringLiteral("UPDATE baseline SET name = ? WHERE id = ? AND name = ?"));
    q.addBindValue(after);
    q.addBindValue(id);
    q.addBindValue(before);
    if (auto r = run(q, Tr::tr("The baseline could not be renamed")); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The baseline “%1” was renamed or deleted by someone else in the "
                             "meantime.")
                              .arg(before)};
    return {};
}

Result<Baseline> PostgresStore::removeBaseline(qint64 id, const QString &name)
{
    if (auto r = writable(); !r)
        return r.error();
    auto whole = baseline(id);
    if (!whole || whole->name != name)
        return Error {Error::Code::Conflict,
                      Tr::tr("The baseline “%1” was renamed or deleted by someone else in the "
                             "meantime.")
                              .arg(name)};
    QSqlQuery q = query(QStringLiteral("DELETE FROM baseline WHERE id = ? AND name = ?"));
    q.addBindValue(id);
    q.addBindValue(name);
    if (auto r = run(q, Tr::tr("The baseline could not be deleted")); !r)
        return r.error();
    return whole;
}

Result<QList<ChangeRecord>> PostgresStore::readChanges(QSqlQuery &q)
{
    if (auto r = run(q, Tr::tr("Reading the record of change failed")); !r)
        return r.error();
    QList<ChangeRecord> out;
    while (q.next()) {
        ChangeRecord c;
        c.id = q.value(0).toLongLong();
        c.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        c.at.setTimeSpec(Qt::UTC);
        c.actor = q.value(2).toString();
        c.itemId = q.value(3).toLongLong();
        c.areaId = q.value(4).toLongLong();
        const QString action = q.value(5).toString();
        c.action = action == QLatin1String("insert") ? ChangeRecord::Action::Insert
                : action == QLatin1String("delete")  ? ChangeRecord::Action::Delete
                                                     : ChangeRecord::Action::Update;
        c.field = q.value(6).toString();
        if (!q.isNull(7))
            c.oldValue = q.value(7).toString();
        if (!q.isNull(8))
            c.newValue = q.value(8).toString();
        out.append(std::move(c));
    }
    return out;
}

Result<QList<ChangeRecord>> PostgresStore::itemChanges(qint64 itemId)
{
    QSqlQuery q = query(QStringLiteral(
            "SELECT id, at, actor, item_id, area_id, action, field, old_value, new_value FROM "
            "change_log WHERE item_id = ? ORDER BY id DESC"));
    q.addBindValue(itemId);
    return readChanges(q);
}

Result<QList<ChangeRecord>> PostgresStore::changesBetween(const QDateTime &from,
                                                          const QDateTime &until, int limit)
{
    // Text compares in time order; "C" collation makes it compare as the file does.
    QSqlQuery q = query(QStringLiteral(
            "SELECT id, at, actor, item_id, area_id, action, field, old_value, new_value FROM "
            "change_log WHERE at COLLATE \"C\" >= ? AND (CAST(? AS text) IS NULL OR at COLLATE "
            "\"C\" < ?) ORDER BY at COLLATE \"C\" DESC, id DESC LIMIT CAST(? AS bigint)"));
    const QVariant end
            = until.isValid() ? QVariant(stamp(until)) : QVariant(QMetaType(QMetaType::QString));
    q.addBindValue(from.isValid() ? stamp(from) : QStringLiteral(""));
    q.addBindValue(end);
    q.addBindValue(end);
    q.addBindValue(limit >= 0 ? QVariant(limit) : QVariant(QMetaType(QMetaType::Int)));
    return readChanges(q);
}

Result<qint64> PostgresStore::countChangesBetween(const QDateTime &from, const QDateTime &until)
{
    QSqlQuery q = query(QStringLiteral(
            "SELECT count(*) FROM change_log WHERE at COLLATE \"C\" >= ? AND (CAST(? AS text) IS "
            "NULL OR at COLLATE \"C\" < ?)"));
    const QVariant end
            = until.isValid() ? QVariant(stamp(until)) : QVariant(QMetaType(QMetaType::QString));
    q.addBindValue(from.isValid() ? stamp(from) : QStringLiteral(""));
    q.addBindValue(end);
    q.addBindValue(end);
    if (auto r = run(q, Tr::tr("Reading the record of change failed")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::pair<QString, int>> PostgresStore::titleAndItemCount()
{
    QSqlQuery q = query(QStringLiteral(
            "SELECT (SELECT value FROM setting WHERE key = 'title'), (SELECT count(*) FROM item)"));
    if (auto r = run(q, Tr::tr("The roadmap could not be read")); !r)
        return r.error();
    if (!q.next())
        return std::pair<QString, int> {};
    return std::pair<QString, int> {q.value(0).toString(), q.value(1).toInt()};
}

} // namespace jcr
