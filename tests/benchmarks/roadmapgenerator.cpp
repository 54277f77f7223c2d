#include "roadmapgenerator.h"

#include "document/roadmapdocument.h"
#include "seed/seedparser.h"
#include "storage/roadmapstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

namespace jcr::bench {

QString benchmarkRoadmap(const QString &folder, int items)
{
    const QString keep = qEnvironmentVariable("JCR_BENCH_DIR");
    const QString path
            = (keep.isEmpty() ? folder : keep) + QStringLiteral("/bench-%1.jcroadmap").arg(items);
    if (!keep.isEmpty() && QFileInfo::exists(path))
        return path;
    GeneratorOptions options;
    options.items = items;
    options.updatesPerItem = 1;
    QElapsedTimer t;
    t.start();
    if (auto r = generateRoadmap(path, options); !r) {
        std::fprintf(stderr, "generator failed: %s\n", qPrintable(r.errorMessage()));
        std::exit(1);
    }
    std::printf("  (generated %d items in %.2f s)\n", items, t.elapsed() / 1000.0);
    return path;
}

namespace {

const char *const Words[] = {
        "Joint",      "Dialogue",   "Critical",      "Minerals",  "Supply",      "Chain",
        "Arctic",     "Research",   "Exchange",      "Security",  "Defence",     "Cyber",
        "Energy",     "Food",       "Hydrogen",      "Working",   "Group",       "Mission",
        "Visit",      "Review",     "Framework",     "Agreement", "Partnership", "Maritime",
        "Climate",    "Innovation", "Semiconductor", "Youth",     "Scholarship", "Trade",
        "Investment", "Forum",      "Summit",        "Workshop",  "Centennial",
};

QString title(QRandomGenerator &rng, int n)
{
    QStringList parts;
    const int count = 3 + int(rng.bounded(5));
    for (int i = 0; i < count; ++i)
        parts << QString::fromLatin1(Words[rng.bounded(int(std::size(Words)))]);
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" %1").arg(n);
}

FuzzyDate randomDate(QRandomGenerator &rng, QDate from, int spanDays)
{
    const QDate d = from.addDays(rng.bounded(qMax(1, spanDays)));
    switch (rng.bounded(6)) {
    case 0:
        return {d, DatePrecision::Year};
    case 1:
        return {d, DatePrecision::Quarter};
    case 2:
        return {d, DatePrecision::Month};
    default:
        return {d, DatePrecision::Day};
    }
}

} // namespace

Result<void> generateRoadmap(const QString &path, const GeneratorOptions &options)
{
    auto seed = seed::loadDefault();
    if (!seed)
        return seed.error();
    SeedRoadmap empty = seed.value();
    empty.items.clear();
    empty.organisations.clear();
    empty.settings.title = QStringLiteral("Synthetic roadmap (%1 items)").arg(options.items);
    auto created = RoadmapDocument::create(path, empty);
    if (!created)
        return created.error();
    RoadmapDocument &doc = *created.value();
    RoadmapStore &db = doc.store();
    RoadmapStore &repo = doc.store();
    QRandomGenerator rng(options.seed);

    if (auto r = db.beginWrite(); !r)
        return r;
    const auto failed = [&](const Error &e) {
        db.rollback();
        return e;
    };
    QList<qint64> orgIds;
    for (int i = 0; i < options.organisations; ++i) {
        Organisation o;
        o.name = QStringLiteral("Organisation %1").arg(i + 1);
        o.shortName = QStringLiteral("ORG%1").arg(i + 1);
        o.country = i % 2 ? Country::Canada : Country::Japan;
        auto stored = repo.insertOrganisation(o);
        if (!stored)
            return failed(stored.error());
        orgIds << stored->id;
    }
    const QDate first(options.firstYear, 1, 1);
    const int span = int(first.daysTo(QDate(options.lastYear, 12, 31)));
    QList<Item> items;
    items.reserve(options.items);
    const auto statuses = enums::allStatuses();
    const auto kinds = enums::allKinds();
    for (int n = 0; n < options.items; ++n) {
        Item it;
        it.id = n + 1;
        it.areaId = doc.areas().at(n % doc.areas().size()).id;
        it.title = title(rng, n + 1);
        it.description
                = QStringLiteral("Generated description of item %1 for benchmarking.").arg(n + 1);
        it.kind = kinds.at(int(rng.bounded(int(kinds.size()))));
        it.status = statuses.at(int(rng.bounded(int(statuses.size()))));
        it.health = Health(rng.bounded(3));
        it.lead = LeadSide(rng.bounded(3));
        if (rng.bounded(20) != 0) {
            it.start = randomDate(rng, first, span - 30);
            if (it.kind != ItemKind::Milestone) {
                const FuzzyDate end = randomDate(rng, it.start.first(), 400);
                it.end = end.last() >= it.start.first() ? end : FuzzyDate();
            }
        }
        it.progress = it.status == Status::Done ? 100 : int(rng.bounded(100));
        it.rank = n;
        if (!orgIds.isEmpty()) {
            it.organisations.append(
                    {orgIds.at(int(rng.bounded(int(orgIds.size())))), OrgRole::Lead});
            const qint64 other = orgIds.at(int(rng.bounded(int(orgIds.size()))));
            if (other != it.organisations.constFirst().organisationId)
                it.organisations.append({other, OrgRole::Supporting});
        }
        if (rng.bounded(4) == 0)
            it.tags << QStringLiteral("tag%1").arg(rng.bounded(20));
        items.append(it);
    }
    if (auto r = repo.insertItemsBulk(items); !r)
        return failed(r.error());
    for (int n = 0; n < options.items; ++n) {
        for (int u = 0; u < options.updatesPerItem; ++u) {
            StatusUpdate su;
            su.itemId = n + 1;
            su.date = first.addDays(rng.bounded(span));
            su.author = QStringLiteral("Desk officer %1").arg(rng.bounded(12));
            su.text = QStringLiteral("Progress reported at the working level (%1).").arg(u + 1);
            if (auto r = repo.insertStatusUpdate(su); !r)
                return failed(r.error());
        }
        if (options.dependencyEvery > 0 && n > 0 && n % options.dependencyEvery == 0) {
            if (auto r = repo.insertDependency({qint64(n), qint64(n + 1)}); !r)
                return failed(r.error());
        }
    }
    return db.commit();
}

} // namespace jcr::bench
