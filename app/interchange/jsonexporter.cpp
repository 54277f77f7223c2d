#include "jsonexporter.h"

#include "itemtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jcr {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue dateText(const FuzzyDate &d)
{
    return d.isValid() ? QJsonValue(d.toText()) : QJsonValue();
}

} // namespace

QByteArray JsonExporter::toJson(const RoadmapData &data, const QDateTime &now)
{
    const Snapshot &s = data.snapshot;
    const ItemTable table(s);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("jcroadmap"));
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("exported"), now.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("settings"),
                QJsonObject {{QStringLiteral("title"), s.settings.title},
                             {QStringLiteral("classification"), s.settings.classification},
                             {QStringLiteral("author"), s.settings.author},
                             {QStringLiteral("office"), s.settings.office}});
    QJsonArray areas;
    for (const PriorityArea &a : s.areas)
        areas.append(QJsonObject {{QStringLiteral("id"), a.id},
                                  {QStringLiteral("number"), a.number},
                                  {QStringLiteral("name"), a.name},
                                  {QStringLiteral("shortName"), a.shortName},
                                  {QStringLiteral("nameFr"), a.names.fr},
                                  {QStringLiteral("nameJa"), a.names.ja},
                                  {QStringLiteral("shortNameFr"), a.shortNames.fr},
                                  {QStringLiteral("shortNameJa"), a.shortNames.ja},
                                  {QStringLiteral("colour"), a.colour.name()}});
    root.insert(QStringLiteral("areas"), areas);
    QJsonArray organisations;
    for (const Organisation &o : s.organisations)
        organisations.append(QJsonObject {{QStringLiteral("id"), o.id},
                                          {QStringLiteral("name"), o.name},
                                          {QStringLiteral("shortName"), text(o.shortName)},
                                          {QStringLiteral("country"), enums::key(o.country)}});
    root.insert(QStringLiteral("organisations"), organisations);
    QJsonArray sources;
    for (const SourceDocument &d : s.sources)
        sources.append(QJsonObject {
                {QStringLiteral("id"), d.id},
                {QStringLiteral("title"), d.title},
                {QStringLiteral("date"),
                 d.date.isValid() ? QJsonValue(d.date.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("place"), text(d.place)},
                {QStringLiteral("link"), text(d.link)},
                {QStringLiteral("text"), d.text}});
    root.insert(QStringLiteral("sources"), sources);

    QHash<qint64, QJsonArray> history;
    for (const StatusUpdate &u : data.updates) {
        history[u.itemId].append(
                QJsonObject {{QStringLiteral("id"), u.id},
                             {QStringLiteral("date"), u.date.toString(Qt::ISODate)},
                             {QStringLiteral("author"), text(u.author)},
                             {QStringLiteral("text"), u.text},
                             {QStringLiteral("newStatus"),
                              u.newStatus ? QJsonValue(enums::key(*u.newStatus)) : QJsonValue()},
                             {QStringLiteral("newHealth"),
                              u.newHealth ? QJsonValue(enums::key(*u.newHealth)) : QJsonValue()}});
    }
    QJsonArray items;
    for (const Item &it : s.items) {
        const PriorityArea *area = table.area(it.areaId);
        QJsonArray orgs;
        for (const OrgLink &l : it.organisations) {
            const Organisation *o = table.organisation(l.organisationId);
            orgs.append(QJsonObject {
                    {QStringLiteral("id"), l.organisationId},
                    {QStringLiteral("name"),
                     o ? (o->shortName.isEmpty() ? o->name : o->shortName) : QString()},
                    {QStringLiteral("role"), enums::key(l.role)}});
        }
        QJsonArray predecessors;
        for (qint64 p : table.predecessorsOf(it.id))
            predecessors.append(p);
        QJsonArray citations;
        for (const Citation &c : it.citations)
            citations.append(QJsonObject {{QStringLiteral("source"), c.sourceId},
                                          {QStringLiteral("passage"), c.passage}});
        items.append(QJsonObject {
                {QStringLiteral("id"), it.id},
                {QStringLiteral("area"), area ? QJsonValue(area->number) : QJsonValue()},
                {QStringLiteral("kind"), enums::key(it.kind)},
                {QStringLiteral("status"), enums::key(it.status)},
                {QStringLiteral("health"), enums::key(it.health)},
                {QStringLiteral("lead"), enums::key(it.lead)},
                {QStringLiteral("title"), it.title},
                {QStringLiteral("start"), dateText(it.start)},
                {QStringLiteral("end"), dateText(it.end)},
                {QStringLiteral("progress"), it.progress},
                {QStringLiteral("organisations"), orgs},
                {QStringLiteral("tags"), QJsonArray::fromStringList(it.tags)},
                {QStringLiteral("dependencies"), predecessors},
                {QStringLiteral("description"), it.description},
                {QStringLiteral("citations"), citations},
                {QStringLiteral("title_fr"), it.titles.fr},
                {QStringLiteral("title_ja"), it.titles.ja},
                {QStringLiteral("description_fr"), it.descriptions.fr},
                {QStringLiteral("description_ja"), it.descriptions.ja},
                {QStringLiteral("rank"), it.rank},
                {QStringLiteral("version"), it.version},
                {QStringLiteral("updatedAt"), text(it.updatedAt)},
                {QStringLiteral("statusUpdates"), history.value(it.id)}});
    }
    root.insert(QStringLiteral("items"), items);
    QJsonArray dependencies;
    for (const Dependency &d : s.dependencies)
        dependencies.append(QJsonObject {{QStringLiteral("predecessor"), d.predecessorId},
                                         {QStringLiteral("successor"), d.successorId}});
    root.insert(QStringLiteral("dependencies"), dependencies);
    QJsonObject limits;
    for (auto it = s.wipLimits.cbegin(); it != s.wipLimits.cend(); ++it)
        limits.insert(enums::key(it.key()), it.value());
    root.insert(QStringLiteral("wipLimits"), limits);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace jcr
