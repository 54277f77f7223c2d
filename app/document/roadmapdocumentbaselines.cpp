// RoadmapDocument: baselines (named snapshots of every item's dates, status, health, progress).

#include "roadmapdocument.h"
#include "writetransaction.h"

#include <algorithm>

namespace jcr {

namespace {

/// Oldest first, as the file lists them.
void sortBaselines(QList<Baseline> &list)
{
    std::sort(list.begin(), list.end(), [](const Baseline &a, const Baseline &b) {
        return a.takenOn != b.takenOn ? a.takenOn < b.takenOn : a.id < b.id;
    });
}

/// The list entry of \a whole: the baseline without its items.
Baseline header(const Baseline &whole)
{
    Baseline h = whole;
    h.items.clear();
    return h;
}

} // namespace

const Baseline *RoadmapDocument::baseline(qint64 id) const
{
    for (const Baseline &b : m_snapshot.baselines) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const Baseline *RoadmapDocument::baselineNamed(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Baseline &b : m_snapshot.baselines) {
        if (b.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &b;
    }
    return nullptr;
}

Result<Baseline> RoadmapDocument::loadBaseline(qint64 id)
{
    return m_store->baseline(id);
}

Result<Baseline> RoadmapDocument::applyCaptureBaseline(const QString &name, QDate takenOn,
                                                       const QString &note)
{
    auto whole = writeTransaction([&] { return m_store->captureBaseline(name, takenOn, note); });
    if (whole) {
        m_snapshot.baselines.append(header(whole.value()));
        sortBaselines(m_snapshot.baselines);
        Q_EMIT baselinesChanged();
    }
    return whole;
}

Result<void> RoadmapDocument::applyInsertBaseline(const Baseline &whole)
{
    auto done = writeTransaction([&] { return m_store->insertBaseline(whole); });
    if (done) {
        m_snapshot.baselines.append(header(whole));
        sortBaselines(m_snapshot.baselines);
        Q_EMIT baselinesChanged();
    }
    return done;
}

Result<void> RoadmapDocument::applyRenameBaseline(qint64 id, const QString &before,
                                                  const QString &after)
{
    auto done = writeTransaction([&] { return m_store->renameBaseline(id, before, after); });
    if (done) {
        for (Baseline &b : m_snapshot.baselines) {
            if (b.id == id)
                b.name = after;
        }
        Q_EMIT baselinesChanged();
    } else if (done.error().code == Error::Code::Conflict) {
        refreshAfterConflict();
    }
    return done;
}

Result<Baseline> RoadmapDocument::applyDeleteBaseline(qint64 id, const QString &name)
{
    auto whole = writeTransaction([&] { return m_store->removeBaseline(id, name); });
    if (whole) {
        m_snapshot.baselines.removeIf([id](const Baseline &b) { return b.id == id; });
        Q_EMIT baselinesChanged();
    } else if (whole.error().code == Error::Code::Conflict) {
        refreshAfterConflict();
    }
    return whole;
}

} // namespace jcr
