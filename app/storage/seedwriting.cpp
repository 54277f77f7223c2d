#include "seedwriting.h"

#include "seed/seedroadmap.h"

#include <QCoreApplication>
#include <QHash>

namespace jcr::seedwriting {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::RoadmapRepository)
};

} // namespace

QList<std::pair<QString, QString>> settingRows(const DocumentSettings &settings)
{
    return {
            {QStringLiteral("title"), settings.title},
            {QStringLiteral("classification"), settings.classification},
            {QStringLiteral("author"), settings.author},
            {QStringLiteral("office"), settings.office},
            {QStringLiteral("briefing.drafter"), settings.drafter},
            {QStringLiteral("briefing.approver"), settings.approver},
            {QStringLiteral("briefing.fileNumber"), settings.fileNumber},
            {QStringLiteral("briefing.purpose"), settings.purpose},
            {QStringLiteral("briefing.keyMessages"), settings.keyMessages},
            {QStringLiteral("briefing.nextSteps"), settings.nextSteps},
    };
}

Result<void> write(const SeedRoadmap &seed, const Writers &writers)
{
    if (auto r = writers.settings(seed.settings); !r)
        return r;
    QHash<int, qint64> areaIds;
    for (const PriorityArea &a : seed.areas) {
        auto id = writers.area(a);
        if (!id)
            return id.error();
        areaIds.insert(a.number, id.value());
    }
    // Seed citations name their source by its position in the seed; the roadmap by its id.
    QList<qint64> sourceIds;
    for (const SourceDocument &source : seed.sources) {
        auto id = writers.source(source);
        if (!id)
            return id.error();
        sourceIds.append(id.value());
    }
    QHash<QString, qint64> orgIds;
    for (const Organisation &o : seed.organisations) {
        auto id = writers.organisation(o);
        if (!id)
            return id.error();
        orgIds.insert(o.shortName, id.value());
    }
    QHash<QString, qint64> itemIds;
    double rank = 0;
    for (const SeedItem &s : seed.items) {
        Item item = s.item;
        item.areaId = areaIds.value(s.areaNumber);
        item.rank = rank += 1;
        item.organisations.clear();
        for (const auto &[shortName, role] : s.organisations) {
            const qint64 orgId = orgIds.value(shortName);
            if (orgId == 0)
                return Error {
                        Error::Code::Invalid,
                        Tr::tr("The seed names an unknown organisation \"%1\".").arg(shortName)};
            item.organisations.append({orgId, role});
        }
        for (Citation &c : item.citations) {
            if (c.sourceId < 1 || c.sourceId > sourceIds.size())
                return Error {
                        Error::Code::Invalid,
                        Tr::tr("The seed item \"%1\" cites a source document the seed does not "
                               "define.")
                                .arg(s.key)};
            c.sourceId = sourceIds.at(c.sourceId - 1);
        }
        auto id = writers.item(item);
        if (!id)
            return id.error();
        itemIds.insert(s.key, id.value());
        for (StatusUpdate u : s.updates) {
            u.itemId = id.value();
            if (auto r = writers.update(u); !r)
                return r;
        }
    }
    for (const SeedItem &s : seed.items) {
        for (const QString &pred : s.dependsOn) {
            if (auto r = writers.dependency({itemIds.value(pred), itemIds.value(s.key)}); !r)
                return r;
        }
    }
    return {};
}

} // namespace jcr::seedwriting
