// RoadmapDocument: the list of organisations (added, renamed, removed with their links).

#include "roadmapdocument.h"
#include "writetransaction.h"

#include <algorithm>

namespace jcr {

void RoadmapDocument::sortOrganisations()
{
    std::sort(m_snapshot.organisations.begin(), m_snapshot.organisations.end(),
              [](const Organisation &a, const Organisation &b) {
                  return a.name.localeAwareCompare(b.name) < 0;
              });
}

int RoadmapDocument::organisationUseCount(qint64 id) const
{
    return int(
            std::count_if(m_snapshot.items.cbegin(), m_snapshot.items.cend(), [id](const Item &it) {
                return std::any_of(it.organisations.cbegin(), it.organisations.cend(),
                                   [id](const OrgLink &l) { return l.organisationId == id; });
            }));
}

Result<Organisation> RoadmapDocument::addOrganisation(const Organisation &organisation)
{
    auto stored = writeTransaction([&] { return m_store->insertOrganisation(organisation); });
    if (stored) {
        m_snapshot.organisations.append(stored.value());
        sortOrganisations();
        Q_EMIT organisationsChanged();
    }
    return stored;
}

Result<void> RoadmapDocument::applyUpdateOrganisation(const Organisation &before,
                                                      const Organisation &after)
{
    auto done = writeTransaction([&] { return m_store->updateOrganisation(before, after); });
    if (done) {
        for (Organisation &o : m_snapshot.organisations) {
            if (o.id == after.id) {
                o = after;
                o.name = o.name.trimmed();
                o.shortName = o.shortName.trimmed();
            }
        }
        sortOrganisations();
        Q_EMIT organisationsChanged();
    } else if (done.error().code == Error::Code::Conflict) {
        refreshAfterConflict();
    }
    return done;
}

Result<QList<ItemOrgLink>> RoadmapDocument::applyRemoveOrganisation(qint64 id)
{
    const Organisation *found = organisation(id);
    if (!found)
        return Error {Error::Code::Conflict, tr("The organisation no longer exists.")};
    const Organisation removed = *found;
    QList<Item> changed;
    // The links as the file has them: one added by another program since the last read makes
    // that item's version differ, and its update below reports the conflict.
    auto done = writeTransaction([&]() -> Result<QList<ItemOrgLink>> {
        auto links = m_store->organisationLinks(id);
        if (!links)
            return links.error();
        for (const ItemOrgLink &l : links.value()) {
            const Item *before = item(l.itemId);
            if (!before)
                return Error {Error::Code::Conflict,
                              tr("An item of “%1” was added by someone else in the meantime.")
                                      .arg(removed.name)};
            Item after = *before;
            after.organisations.removeIf([id](const OrgLink &o) { return o.organisationId == id; });
            auto stored = m_store->updateItem(*before, after);
            if (!stored)
                return stored.error();
            changed << stored.value();
        }
        if (auto r = m_store->deleteOrganisation(removed); !r)
            return r.error();
        return links;
    });
    if (done) {
        replaceItems(changed);
        m_snapshot.organisations.removeIf([id](const Organisation &o) { return o.id == id; });
        Q_EMIT organisationsChanged();
    } else if (done.error().code == Error::Code::Conflict) {
        refreshAfterConflict();
    }
    return done;
}

Result<void> RoadmapDocument::applyRestoreOrganisation(const Organisation &organisation,
                                                       const QList<ItemOrgLink> &links)
{
    QList<Item> changed;
    Organisation stored;
    auto done = writeTransaction([&]() -> Result<void> {
        auto inserted = m_store->insertOrganisation(organisation);
        if (!inserted)
            return inserted.error();
        stored = inserted.value();
        for (const ItemOrgLink &l : links) {
            // An item deleted since keeps nothing to link; the others get the link back in
            // its place.
            const Item *before = item(l.itemId);
            if (!before)
                continue;
            Item after = *before;
            after.organisations.removeIf(
                    [&](const OrgLink &o) { return o.organisationId == l.link.organisationId; });
            after.organisations.insert(std::clamp(l.position, 0, int(after.organisations.size())),
                                       l.link);
            auto one = m_store->updateItem(*before, after);
            if (!one)
                return one.error();
            changed << one.value();
        }
        return {};
    });
    if (done) {
        m_snapshot.organisations.append(stored);
        sortOrganisations();
        Q_EMIT organisationsChanged();
        replaceItems(changed);
    } else if (done.error().code == Error::Code::Conflict) {
        refreshAfterConflict();
    }
    return done;
}

} // namespace jcr
