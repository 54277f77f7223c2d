#include "roadmaprepository.h"

#include "baselinerepository.h"
#include "seed/seedparser.h"
#include "sourcerepository.h"

#include "database.h"
#include "itemwriter.h"
#include "seed/seedroadmap.h"
#include "seedwriting.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::RoadmapRepository)
};

using sql::dateValue;
using sql::invalidItem;
using sql::prepared;
using sql::run;
using sql::text;

} // namespace

RoadmapRepository::RoadmapRepository(Database &db)
    : m_db(db)
{ }

namespace {

void bindItem(QSqlQuery &q, const Item &item)
{
    q.bindValue(QStringLiteral(":area"), item.areaId);
    q.bindValue(QStringLiteral(":title"), text(item.title));
    q.bindValue(QStringLiteral(":description"), text(item.description));
    q.bindValue(QStringLiteral(":kind"), enums::key(item.kind));
    q.bindValue(QStringLiteral(":status"), enums::key(item.status));
    q.bindValue(QStringLiteral(":health"), enums::key(item.health));
    q.bindValue(QStringLiteral(":lead"), enums::key(item.lead));
    q.bindValue(QStringLiteral(":start"), dateValue(item.start, false));
    q.bindValue(QStringLiteral(":startp"), enums::key(item.start.precision()));
    q.bindValue(QStringLiteral(":end"), dateValue(item.end, true));
    q.bindValue(QStringLiteral(":endp"), enums::key(item.end.precision()));
    q.bindValue(QStringLiteral(":progress"), item.progress);
    q.bindValue(QStringLiteral(":source"), QStringLiteral("")); // retired: see citations
    q.bindValue(QStringLiteral(":rank"), item.rank);
    q.bindValue(QStringLiteral(":title_fr"), text(item.titles.fr));
    q.bindValue(QStringLiteral(":title_ja"), text(item.titles.ja));
    q.bindValue(QStringLiteral(":description_fr"), text(item.descriptions.fr));
    q.bindValue(QStringLiteral(":description_ja"), text(item.descriptions.ja));
}

} // namespace

ItemWriter RoadmapRepository::itemWriter()
{
    return ItemWriter(m_db, [this](const QString &name) { return tagId(name); });
}

Result<Item> RoadmapRepository::insertItem(const Item &item)
{
    auto ids = itemWriter().insert({item});
    if (!ids)
        return ids.error();
    return loadItem(ids->constFirst());
}

Result<QList<qint64>> RoadmapRepository::insertItemsBulk(const QList<Item> &items)
{
    return itemWriter().insert(items);
}

Result<Item> RoadmapRepository::updateItem(const Item &before, const Item &after)
{
    QSqlQuery q = prepared(
            m_db,
            QStringLiteral(
                    "UPDATE item SET area_id = :area, title = :title, description = "
                    ":description, kind = :kind, status = :status, health = :health, lead = "
                    ":lead, start_date = :start, start_precision = :startp, end_date = :end, "
                    "end_precision = :endp, progress = :progress, source = :source, rank = "
                    ":rank, title_fr = :title_fr, title_ja = :title_ja, description_fr = "
                    ":description_fr, description_ja = :description_ja WHERE id = :id AND "
                    "version = :version"));
    bindItem(q, after);
    q.bindValue(QStringLiteral(":id"), before.id);
    q.bindValue(QStringLiteral(":version"), before.version);
    if (auto r = run(q, Tr::tr("The item could not be saved")); !r)
        return invalidItem(after, r.error());
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1) {
        auto current = loadItem(before.id);
        if (!current && current.error().code == Error::Code::NotFound)
            return Error {Error::Code::Conflict,
                          Tr::tr("\"%1\" was deleted by someone else in the meantime.")
                                  .arg(before.title)};
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

Result<void> RoadmapRepository::writeLinks(const Item &before, const Item &after)
{
    // Only what differs is written: the file records every link added or removed (schema 5),
    // and rewriting unchanged links would record changes nobody made.
    const qint64 itemId = before.id;
    if (before.organisations != after.organisations) {
        QSqlQuery del = prepared(m_db,
                                 QStringLiteral("DELETE FROM item_organisation WHERE item_id = ? "
                                                "AND organisation_id = ?"));
        for (const OrgLink &old : before.organisations) {
            const bool kept = std::any_of(
                    after.organisations.cbegin(), after.organisations.cend(),
                    [&](const OrgLink &l) { return l.organisationId == old.organisationId; });
            if (kept)
                continue;
            del.bindValue(0, itemId);
            del.bindValue(1, old.organisationId);
            if (auto r = run(del, Tr::tr("The organisations could not be saved")); !r)
                return r;
        }
        del.finish();
        // A kept link whose role or place changed is updated in place (the file records a
        // changed role, not a place in the list).
        QSqlQuery ins = prepared(
                m_db,
                QStringLiteral("INSERT INTO item_organisation (item_id, organisation_id, role, "
                               "position) VALUES (?, ?, ?, ?) ON CONFLICT (item_id, "
                               "organisation_id) DO UPDATE SET role = excluded.role, position = "
                               "excluded.position WHERE role IS NOT excluded.role OR position IS "
                               "NOT excluded.position"));
        int position = 0;
        for (const OrgLink &link : after.organisations) {
            ins.bindValue(0, itemId);
            ins.bindValue(1, link.organisationId);
            ins.bindValue(2, enums::key(link.role));
            ins.bindValue(3, position++);
            if (auto r = run(ins, Tr::tr("The organisations could not be saved")); !r)
                return r;
        }
        ins.finish();
    }

    if (before.tags != after.tags) {
        QSqlQuery delTag
                = prepared(m_db,
                           QStringLiteral("DELETE FROM item_tag WHERE item_id = ? AND "
                                          "tag_id IN (SELECT id FROM tag WHERE name = ?)"));
        for (const QString &tag : before.tags) {
            if (after.tags.contains(tag))
                continue;
            delTag.bindValue(0, itemId);
            delTag.bindValue(1, tag);
            if (auto r = run(delTag, Tr::tr("The tags could not be saved")); !r)
                return r;
        }
        delTag.finish();
        QSqlQuery insTag = prepared(
                m_db,
                QStringLiteral("INSERT OR IGNORE INTO item_tag (item_id, tag_id) VALUES (?, ?)"));
        for (const QString &tag : after.tags) {
            if (before.tags.contains(tag))
                continue;
            auto id = tagId(tag);
            if (!id)
                return id.error();
            insTag.bindValue(0, itemId);
            insTag.bindValue(1, id.value());
            if (auto r = run(insTag, Tr::tr("The tags could not be saved")); !r)
                return r;
        }
        insTag.finish();
    }
    if (before.citations != after.citations)
        return SourceRepository(m_db).writeCitations(itemId, after.citations);
    return {};
}

Result<qint64> RoadmapRepository::tagId(const QString &name)
{
    const QString trimmed = name.trimmed();
    QSqlQuery ins = prepared(m_db, QStringLiteral("INSERT OR IGNORE INTO tag (name) VALUES (?)"));
    ins.addBindValue(trimmed);
    if (auto r = run(ins, Tr::tr("The tag \"%1\" could not be saved").arg(trimmed)); !r)
        return r.error();
    ins.finish();
    QSqlQuery sel = prepared(m_db, QStringLiteral("SELECT id FROM tag WHERE name = ?"));
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

QSqlQuery RoadmapRepository::reused(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, prepared(m_db, sql));
    it->finish();
    return *it; // shares the prepared statement
}

Result<void> RoadmapRepository::deleteItem(qint64 id, qint64 version)
{
    QSqlQuery q = reused(QStringLiteral("DELETE FROM item WHERE id = ? AND version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    if (auto r = run(q, Tr::tr("The item could not be deleted")); !r)
        return r;
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The item was changed or deleted by someone else in the meantime.")};
    return {};
}

namespace {

StatusUpdate readUpdate(const QSqlQuery &q)
{
    StatusUpdate u;
    u.id = q.value(0).toLongLong();
    u.itemId = q.value(1).toLongLong();
    u.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    u.author = q.value(3).toString();
    u.text = q.value(4).toString();
    if (!q.value(5).isNull())
        u.newStatus = enums::statusFromKey(q.value(5).toString());
    if (!q.value(6).isNull())
        u.newHealth = enums::healthFromKey(q.value(6).toString());
    return u;
}

} // namespace

Result<QList<StatusUpdate>> RoadmapRepository::statusUpdates(qint64 itemId)
{
    QSqlQuery q = reused(
            QStringLiteral("SELECT id, item_id, date, author, text, new_status, new_health FROM "
                           "status_update WHERE item_id = ? ORDER BY date DESC, id DESC"));
    q.addBindValue(itemId);
    if (auto r = run(q, Tr::tr("Reading the history failed")); !r)
        return r.error();
    QList<StatusUpdate> out;
    while (q.next())
        out.append(readUpdate(q));
    q.finish();
    return out;
}

Result<StatusUpdate> RoadmapRepository::insertStatusUpdate(const StatusUpdate &update)
{
    if (!update.date.isValid())
        return Error {Error::Code::Invalid, Tr::tr("An update needs a valid date.")};
    QSqlQuery q = prepared(
            m_db,
            QStringLiteral(
                    "INSERT INTO status_update (id, item_id, date, author, text, new_status, "
                    "new_health) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(update.id > 0 ? QVariant(update.id) : QVariant(QMetaType(QMetaType::LongLong)));
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
    stored.id = q.lastInsertId().toLongLong();
    q.finish();
    return stored;
}

Result<void> RoadmapRepository::deleteStatusUpdate(qint64 id)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("DELETE FROM status_update WHERE id = ?"));
    q.addBindValue(id);
    if (auto r = run(q, Tr::tr("The update could not be removed")); !r)
        return r;
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The update was removed by someone else in the meantime.")};
    return {};
}

Result<Organisation> RoadmapRepository::insertOrganisation(const Organisation &organisation)
{
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("INSERT INTO organisation (id, name, short_name, "
                                          "country) VALUES (?, ?, ?, ?)"));
    q.addBindValue(organisation.id > 0 ? QVariant(organisation.id)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(organisation.name.trimmed()));
    q.addBindValue(text(organisation.shortName.trimmed()));
    q.addBindValue(enums::key(organisation.country));
    if (auto r
        = run(q, Tr::tr("The organisation \"%1\" could not be added").arg(organisation.name));
        !r)
        return r.error();
    Organisation stored = organisation;
    stored.id = q.lastInsertId().toLongLong();
    q.finish();
    return stored;
}

Result<void> RoadmapRepository::updateOrganisation(const Organisation &before,
                                                   const Organisation &after)
{
    QSqlQuery q = prepared(
            m_db,
            QStringLiteral("UPDATE organisation SET name = ?, short_name = ?, country = ?, "
                           "version = version + 1 WHERE id = ? AND name = ? AND short_name = ? "
                           "AND country = ?"));
    q.addBindValue(text(after.name.trimmed()));
    q.addBindValue(text(after.shortName.trimmed()));
    q.addBindValue(enums::key(after.country));
    q.addBindValue(before.id);
    q.addBindValue(text(before.name));
    q.addBindValue(text(before.shortName));
    q.addBindValue(enums::key(before.country));
    if (auto r = run(q, Tr::tr("The organisation \"%1\" could not be saved").arg(after.name)); !r)
        return r;
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The organisation \"%1\" was changed or removed by someone else "
                             "in the meantime.")
                              .arg(before.name)};
    return {};
}

Result<void> RoadmapRepository::deleteOrganisation(const Organisation &organisation)
{
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("DELETE FROM organisation WHERE id = ? AND name = ? "
                                          "AND short_name = ? AND country = ?"));
    q.addBindValue(organisation.id);
    q.addBindValue(text(organisation.name));
    q.addBindValue(text(organisation.shortName));
    q.addBindValue(enums::key(organisation.country));
    if (auto r
        = run(q, Tr::tr("The organisation \"%1\" could not be removed").arg(organisation.name));
        !r)
        return r;
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows != 1)
        return Error {Error::Code::Conflict,
                      Tr::tr("The organisation \"%1\" was changed or removed by someone else "
                             "in the meantime.")
                              .arg(organisation.name)};
    return {};
}

Result<QList<ItemOrgLink>> RoadmapRepository::organisationLinks(qint64 id)
{
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("SELECT item_id, role, position FROM item_organisation "
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
    q.finish();
    return links;
}

Result<void> RoadmapRepository::insertDependency(const Dependency &dependency)
{
    QSqlQuery q = prepared(
            m_db,
            QStringLiteral("INSERT INTO dependency (predecessor_id, successor_id) VALUES (?, ?)"));
    q.addBindValue(dependency.predecessorId);
    q.addBindValue(dependency.successorId);
    auto r = run(q, Tr::tr("The dependency could not be added"));
    q.finish();
    return r;
}

Result<void> RoadmapRepository::deleteDependency(const Dependency &dependency)
{
    QSqlQuery q = prepared(
            m_db,
            QStringLiteral("DELETE FROM dependency WHERE predecessor_id = ? AND successor_id = ?"));
    q.addBindValue(dependency.predecessorId);
    q.addBindValue(dependency.successorId);
    auto r = run(q, Tr::tr("The dependency could not be removed"));
    q.finish();
    return r;
}

Result<void> RoadmapRepository::setWipLimit(Status status, int limit)
{
    QSqlQuery q = prepared(
            m_db,
            QStringLiteral("INSERT INTO board_column (status, wip_limit) VALUES (?, ?) "
                           "ON CONFLICT (status) DO UPDATE SET wip_limit = excluded.wip_limit"));
    q.addBindValue(enums::key(status));
    q.addBindValue(limit > 0 ? QVariant(limit) : QVariant(QMetaType(QMetaType::Int)));
    auto r = run(q, Tr::tr("The column limit could not be saved"));
    q.finish();
    return r;
}

Result<QString> RoadmapRepository::setting(const QString &key)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (auto r = run(q, Tr::tr("Reading a setting failed")); !r)
        return r.error();
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

Result<void> RoadmapRepository::setSetting(const QString &key, const QString &value)
{
    if (value.size() > MaxSettingLength)
        return Error {Error::Code::Invalid,
                      Tr::tr("The setting \"%1\" is too long (%2 characters; at most %3).")
                              .arg(key)
                              .arg(value.size())
                              .arg(MaxSettingLength)};
    QSqlQuery q
            = prepared(m_db,
                       QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(text(value));
    auto r = run(q, Tr::tr("The setting could not be saved"));
    q.finish();
    return r;
}

Result<void> RoadmapRepository::writeSettings(const DocumentSettings &settings)
{
    for (const auto &[key, value] : seedwriting::settingRows(settings)) {
        if (auto r = setSetting(key, value); !r)
            return r;
    }
    return {};
}

Result<void> RoadmapRepository::importSeed(const SeedRoadmap &seed)
{
    QSqlQuery area = prepared(m_db,
                              QStringLiteral("INSERT INTO priority_area (number, name, short_name, "
                                             "colour, name_fr, name_ja, short_name_fr, "
                                             "short_name_ja) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    seedwriting::Writers writers;
    writers.settings = [this](const DocumentSettings &settings) {
        return writeSettings(settings);
    };
    writers.area = [&](const PriorityArea &a) -> Result<qint64> {
        area.bindValue(0, a.number);
        area.bindValue(1, a.name);
        area.bindValue(2, text(a.shortName));
        area.bindValue(3, a.colour.name(QColor::HexRgb));
        area.bindValue(4, text(a.names.fr));
        area.bindValue(5, text(a.names.ja));
        area.bindValue(6, text(a.shortNames.fr));
        area.bindValue(7, text(a.shortNames.ja));
        if (auto r = run(area, Tr::tr("The priority area \"%1\" could not be added").arg(a.name));
            !r)
            return r.error();
        const qint64 id = area.lastInsertId().toLongLong();
        area.finish();
        return id;
    };
    writers.source = [this](const SourceDocument &source) -> Result<qint64> {
        auto stored = SourceRepository(m_db).insertSource(source);
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
    writers.item = [this](const Item &item) -> Result<qint64> {
        auto ids = itemWriter().insert({item});
        if (!ids)
            return ids.error();
        return ids->constFirst();
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

} // namespace jcr
