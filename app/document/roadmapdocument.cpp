#include "roadmapdocument.h"
#include "writetransaction.h"

#include "edit/pendingwrites.h"
#include "seed/seedroadmap.h"
#include "sources/sourcecoverage.h"
#include "storage/backgroundintegritycheck.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace jcr {

RoadmapDocument::RoadmapDocument()
    : m_undoStack(new QUndoStack(this))
    , m_pendingWrites(new PendingWrites(this))
{ }

RoadmapDocument::~RoadmapDocument()
{
    // Commands refer to this document and to its pending writes; they go first.
    delete m_undoStack;
    m_undoStack = nullptr;
    delete m_pendingWrites;
    m_pendingWrites = nullptr;
}

void RoadmapDocument::reportError(const QString &message)
{
    if (m_deferring && m_lastWriteBlocked)
        return;
    Q_EMIT errorOccurred(message);
}

bool RoadmapDocument::attemptDeferrable(const std::function<void()> &attempt, int waitMs)
{
    m_deferring = true;
    m_deferWaitMs = waitMs;
    m_lastWriteBlocked = false;
    attempt();
    m_deferring = false;
    return std::exchange(m_lastWriteBlocked, false);
}

Result<std::unique_ptr<RoadmapDocument>> RoadmapDocument::open(const QString &path, bool readOnly)
{
    auto store = openStore(path, readOnly ? OpenMode::OpenReadOnly : OpenMode::Open);
    if (!store)
        return store.error();
    std::unique_ptr<RoadmapDocument> doc(new RoadmapDocument);
    doc->m_store = std::move(store.value());
    if (auto r = doc->loadInitial(); !r)
        return r.error();
    doc->m_identity = FileIdentity::of(doc->m_store->location());
    doc->startIntegrityCheck();
    doc->startChangeFeed();
    return doc;
}

void RoadmapDocument::startIntegrityCheck()
{
    m_integrityCheck = m_store->startDeferredCheck(this);
    if (!m_integrityCheck)
        return;
    connect(m_integrityCheck, &BackgroundIntegrityCheck::finished, this,
            [this](const QStringList &damage, const QStringList &brokenReferences) {
                m_lateWarnings = brokenReferences;
                if (m_detached)
                    return;
                if (damage.isEmpty()) {
                    // Read-only until now only because the check had not passed yet.
                    if (m_store->isAwaitingCheck()) {
                        m_store->checkPassed();
                        Q_EMIT readOnlyChanged(false);
                    }
                    return;
                }
                // Found after opening: stop writing to a damaged file, keep what is shown.
                m_store->setReadOnly(tr("The file is damaged (%1). It is shown read-only; "
                                        "restore a backup or open a copy.")
                                             .arg(damage.join(QStringLiteral("; "))));
                Q_EMIT readOnlyChanged(true);
                Q_EMIT errorOccurred(m_store->readOnlyReason());
            });
}

bool RoadmapDocument::integrityCheckRunning() const
{
    return m_integrityCheck && m_integrityCheck->isRunning();
}

Result<std::unique_ptr<RoadmapDocument>> RoadmapDocument::create(const QString &path,
                                                                 const SeedRoadmap &seed)
{
    auto store = openStore(path, OpenMode::Create);
    if (!store)
        return store.error();
    std::unique_ptr<RoadmapDocument> doc(new RoadmapDocument);
    doc->m_store = std::move(store.value());
    auto written = doc->writeTransaction([&] { return doc->m_store->importSeed(seed); });
    if (!written) {
        const QString file = doc->m_store->location();
        doc.reset();
        QFile::remove(file);
        return written.error();
    }
    if (auto r = doc->loadInitial(); !r)
        return r.error();
    doc->m_identity = FileIdentity::of(doc->m_store->location());
    doc->startChangeFeed();
    return doc;
}

Result<void> RoadmapDocument::loadInitial()
{
    auto snap = m_store->loadSnapshot();
    if (!snap)
        return snap.error();
    m_snapshot = std::move(snap.value());
    rebuildIndex(0);
    m_dataVersion = m_store->changeCounter();
    return {};
}

QString RoadmapDocument::filePath() const
{
    return m_store->location();
}

bool RoadmapDocument::isReadOnly() const
{
    return m_store->isReadOnly();
}

QString RoadmapDocument::readOnlyReason() const
{
    return m_store->readOnlyReason();
}

QStringList RoadmapDocument::openWarnings() const
{
    return m_store->warnings() + m_lateWarnings;
}

const Item *RoadmapDocument::item(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_snapshot.items.at(row);
}

const PriorityArea *RoadmapDocument::area(qint64 id) const
{
    for (const auto &a : m_snapshot.areas) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const PriorityArea *RoadmapDocument::areaByNumber(int number) const
{
    for (const auto &a : m_snapshot.areas) {
        if (a.number == number)
            return &a;
    }
    return nullptr;
}

const Organisation *RoadmapDocument::organisation(qint64 id) const
{
    for (const auto &o : m_snapshot.organisations) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

QString RoadmapDocument::leadOrganisationNames(const Item &it) const
{
    QStringList names;
    for (const OrgLink &link : it.organisations) {
        if (link.role != OrgRole::Lead)
            continue;
        if (const Organisation *o = organisation(link.organisationId))
            names << (o->shortName.isEmpty() ? o->name : o->shortName);
    }
    return names.join(QStringLiteral(", "));
}

QStringList RoadmapDocument::allTags() const
{
    QSet<QString> tags;
    for (const Item &it : m_snapshot.items) {
        for (const QString &t : it.tags)
            tags.insert(t);
    }
    QStringList out(tags.begin(), tags.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}

void RoadmapDocument::showUnsaved(const QList<Item> &items)
{
    replaceItems(items);
}

int RoadmapDocument::rowOf(qint64 id) const
{
    const int row = m_rowById.value(id, -1);
    if (row < 0 || (row < m_snapshot.items.size() && m_snapshot.items.at(row).id == id))
        return row;
    // Rows were removed above this one since the index was built.
    rebuildIndex(m_indexStaleFrom);
    return m_rowById.value(id, -1);
}

void RoadmapDocument::rebuildIndex(int fromRow) const
{
    fromRow = std::clamp(fromRow, 0, int(m_snapshot.items.size()));
    if (fromRow == 0)
        m_rowById.clear();
    m_rowById.reserve(m_snapshot.items.size());
    for (int row = fromRow; row < m_snapshot.items.size(); ++row)
        m_rowById.insert(m_snapshot.items.at(row).id, row);
    m_indexStaleFrom = std::numeric_limits<int>::max();
}

void RoadmapDocument::replaceItems(const QList<Item> &items)
{
    QList<qint64> ids;
    ItemFields fields;
    ids.reserve(items.size());
    for (const Item &it : items) {
        const int row = rowOf(it.id);
        if (row < 0)
            continue;
        fields |= differingFields(m_snapshot.items.at(row), it);
        m_snapshot.items[row] = it;
        ids << it.id;
    }
    if (!ids.isEmpty())
        Q_EMIT itemsChanged(ids, fields);
}

void RoadmapDocument::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= m_snapshot.items.size(); });
    if (rows.isEmpty())
        return;
    QSet<qint64> gone;
    gone.reserve(rows.size());
    qsizetype blocks = 1;
    for (qsizetype k = 1; k < rows.size() && blocks <= ScatteredBlocks; ++k)
        blocks += rows.at(k) != rows.at(k - 1) + 1 ? 1 : 0;
    if (blocks > ScatteredBlocks) {
        // One pass: every kept row moves once, whatever the number of blocks.
        Q_EMIT itemsAboutToBeRemovedScattered(rows);
        QList<Item> &items = m_snapshot.items;
        qsizetype write = rows.constFirst();
        qsizetype next = 0;
        for (qsizetype read = rows.constFirst(); read < items.size(); ++read) {
            if (next < rows.size() && rows.at(next) == read) {
                gone.insert(items.at(read).id);
                m_rowById.remove(items.at(read).id);
                ++next;
                continue;
            }
            if (write != read)
                items[write] = std::move(items[read]);
            ++write;
        }
        items.erase(items.begin() + write, items.end());
        m_indexStaleFrom = std::min(m_indexStaleFrom, rows.constFirst());
        Q_EMIT itemsRemovedScattered(rows);
    }
    // Otherwise one signal pair per block of consecutive rows, from the bottom up, so that the
    // rows of the blocks still to come keep their numbers.
    qsizetype i = blocks > ScatteredBlocks ? -1 : rows.size() - 1;
    while (i >= 0) {
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1)
            first = rows.at(--i);
        --i;
        Q_EMIT itemsAboutToBeRemoved(first, last);
        for (int r = first; r <= last; ++r) {
            const qint64 id = m_snapshot.items.at(r).id;
            gone.insert(id);
            m_rowById.remove(id);
        }
        m_snapshot.items.remove(first, last - first + 1);
        m_indexStaleFrom = std::min(m_indexStaleFrom, first);
        Q_EMIT itemsRemoved(first, last);
    }
    const qsizetype deps = m_snapshot.dependencies.size();
    m_snapshot.dependencies.removeIf([&gone](const Dependency &d) {
        return gone.contains(d.predecessorId) || gone.contains(d.successorId);
    });
    if (m_snapshot.dependencies.size() != deps)
        Q_EMIT dependenciesChanged();
}

void RoadmapDocument::appendItems(const QList<Item> &items)
{
    if (items.isEmpty())
        return;
    const int first = int(m_snapshot.items.size());
    const int last = first + int(items.size()) - 1;
    Q_EMIT itemsAboutToBeInserted(first, last);
    m_snapshot.items.append(items);
    // Bring the index up to date first: the new rows are indexed below.
    if (m_indexStaleFrom < first)
        rebuildIndex(m_indexStaleFrom);
    for (int row = first; row <= last; ++row)
        m_rowById.insert(m_snapshot.items.at(row).id, row);
    Q_EMIT itemsInserted(first, last);
}

Result<void> RoadmapDocument::checkNewCitations(const Item *before, const Item &after) const
{
    for (const Citation &c : after.citations) {
        if (before && before->citations.contains(c))
            continue;
        const QString problem = SourceCoverage::citationProblem(m_snapshot.sources, c);
        if (!problem.isEmpty())
            return Error {Error::Code::Invalid,
                          tr("The item cannot cite this passage: %1.").arg(problem)};
    }
    return {};
}

const SourceDocument *RoadmapDocument::source(qint64 id) const
{
    for (const SourceDocument &s : m_snapshot.sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Result<SourceDocument> RoadmapDocument::importSource(const SourceDocument &source)
{
    auto stored = writeTransaction([&] { return m_store->insertSource(source); });
    if (stored) {
        m_snapshot.sources.append(stored.value());
        Q_EMIT sourcesChanged();
    }
    return stored;
}

Result<Item> RoadmapDocument::applyInsertItem(const Item &it)
{
    auto stored = applyInsertItems({it});
    if (!stored)
        return stored.error();
    return stored->constFirst();
}

Result<QList<Item>> RoadmapDocument::applyInsertItems(const QList<Item> &items)
{
    for (const Item &it : items) {
        if (auto r = checkNewCitations(nullptr, it); !r)
            return r.error();
    }
    auto stored = writeTransaction([&]() -> Result<QList<Item>> {
        QList<Item> out;
        out.reserve(items.size());
        for (const Item &it : items) {
            auto one = m_store->insertItem(it);
            if (!one)
                return one.error();
            out << one.value();
        }
        return out;
    });
    if (stored)
        appendItems(stored.value());
    return stored;
}

Result<Item> RoadmapDocument::applyUpdateItem(const Item &after)
{
    auto stored = applyUpdateItems({after});
    if (!stored)
        return stored.error();
    return stored->constFirst();
}

Result<QList<Item>> RoadmapDocument::applyUpdateItems(const QList<Item> &afters)
{
    QList<Item> befores;
    befores.reserve(afters.size());
    for (const Item &after : afters) {
        const Item *before = item(after.id);
        if (!before)
            return Error {Error::Code::Conflict, tr("The item no longer exists.")};
        if (auto r = checkNewCitations(before, after); !r)
            return r.error();
        befores << *before;
    }
    auto stored = writeTransaction([&]() -> Result<QList<Item>> {
        QList<Item> out;
        out.reserve(afters.size());
        for (qsizetype i = 0; i < afters.size(); ++i) {
            auto one = m_store->updateItem(befores.at(i), afters.at(i));
            if (!one)
                return one.error();
            out << one.value();
        }
        return out;
    });
    if (stored) {
        replaceItems(stored.value());
    } else if (stored.error().code == Error::Code::Conflict) {
        // Show what the other program wrote; the caller tells the user.
        refreshAfterConflict();
    }
    return stored;
}

Result<QList<ItemRecord>> RoadmapDocument::applyDeleteItems(const QList<qint64> &ids)
{
    QList<ItemRecord> records;
    QHash<qint64, qsizetype> recordOf;
    records.reserve(ids.size());
    for (qint64 id : ids) {
        const Item *it = item(id);
        if (!it)
            return Error {Error::Code::Conflict, tr("The item no longer exists.")};
        if (recordOf.contains(id))
            continue;
        recordOf.insert(id, records.size());
        ItemRecord rec;
        rec.item = *it;
        records.append(rec);
    }
    // Each dependency is kept once, with the first deleted item it touches.
    for (const Dependency &d : std::as_const(m_snapshot.dependencies)) {
        const qsizetype p = recordOf.value(d.predecessorId, -1);
        const qsizetype s = recordOf.value(d.successorId, -1);
        if (p >= 0 || s >= 0)
            records[p >= 0 && (s < 0 || p <= s) ? p : s].dependencies.append(d);
    }
    auto done = writeTransaction([&]() -> Result<QList<ItemRecord>> {
        for (ItemRecord &rec : records) {
            auto updates = m_store->statusUpdates(rec.item.id);
            if (!updates)
                return updates.error();
            rec.updates = updates.value();
            if (auto r = m_store->deleteItem(rec.item.id, rec.item.version); !r)
                return r.error();
        }
        return records;
    });
    if (done) {
        QList<int> rows;
        rows.reserve(records.size());
        for (const ItemRecord &rec : std::as_const(records))
            rows << rowOf(rec.item.id);
        removeRows(rows);
    } else if (done.error().code == Error::Code::Conflict) {
        refreshAfterConflict();
    }
    return done;
}

Result<void> RoadmapDocument::applyRestoreItems(const QList<ItemRecord> &records)
{
    QList<Item> stored;
    QList<Dependency> restoredDeps;
    auto done = writeTransaction([&]() -> Result<void> {
        for (const ItemRecord &rec : records) {
            if (!area(rec.item.areaId))
                return Error {
                        Error::Code::Conflict,
                        tr("The priority area of \"%1\" no longer exists.").arg(rec.item.title)};
            auto it = m_store->insertItem(rec.item);
            if (!it)
                return it.error();
            stored.append(it.value());
            for (const StatusUpdate &u : rec.updates) {
                if (auto r = m_store->insertStatusUpdate(u); !r)
                    return r.error();
            }
        }
        // Dependencies last: both ends may be among the restored items. A link to an item
        // that has gone in the meantime cannot come back.
        QSet<qint64> restored;
        for (const Item &it : std::as_const(stored))
            restored.insert(it.id);
        const auto exists = [&](qint64 id) {
            return restored.contains(id) || rowOf(id) >= 0;
        };
        for (const ItemRecord &rec : records) {
            for (const Dependency &d : rec.dependencies) {
                if (!exists(d.predecessorId) || !exists(d.successorId))
                    continue;
                if (auto r = m_store->insertDependency(d); !r)
                    return r;
                restoredDeps.append(d);
            }
        }
        return {};
    });
    if (done) {
        appendItems(stored);
        bool depsChanged = false;
        for (const Dependency &d : std::as_const(restoredDeps)) {
            if (!m_snapshot.dependencies.contains(d)) {
                m_snapshot.dependencies.append(d);
                depsChanged = true;
            }
        }
        if (depsChanged)
            Q_EMIT dependenciesChanged();
    }
    return done;
}

Result<StatusUpdate> RoadmapDocument::applyAddStatusUpdate(const StatusUpdate &update,
                                                           const Item *itemAfter)
{
    const Item *before = item(update.itemId);
    if (!before)
        return Error {Error::Code::Conflict, tr("The item no longer exists.")};
    const Item beforeCopy = *before;
    std::optional<Item> storedItem;
    auto stored = writeTransaction([&]() -> Result<StatusUpdate> {
        auto u = m_store->insertStatusUpdate(update);
        if (!u || !itemAfter)
            return u;
        auto i = m_store->updateItem(beforeCopy, *itemAfter);
        if (!i)
            return i.error();
        storedItem = i.value();
        return u;
    });
    if (stored) {
        if (storedItem)
            replaceItems({*storedItem});
        Q_EMIT statusUpdatesChanged(update.itemId);
    } else if (stored.error().code == Error::Code::Conflict) {
        refreshAfterConflict();
    }
    return stored;
}

Result<void> RoadmapDocument::applyRemoveStatusUpdate(qint64 itemId, qint64 updateId,
                                                      const Item *itemAfter)
{
    std::optional<Item> storedItem;
    const Item *before = itemAfter ? item(itemAfter->id) : nullptr;
    if (itemAfter && !before)
        return Error {Error::Code::Conflict, tr("The item no longer exists.")};
    const Item beforeCopy = before ? *before : Item();
    auto done = writeTransaction([&]() -> Result<void> {
        if (auto r = m_store->deleteStatusUpdate(updateId); !r)
            return r;
        if (itemAfter) {
            auto i = m_store->updateItem(beforeCopy, *itemAfter);
            if (!i)
                return i.error();
            storedItem = i.value();
        }
        return {};
    });
    if (done) {
        if (storedItem)
            replaceItems({*storedItem});
        Q_EMIT statusUpdatesChanged(itemId);
    } else if (done.error().code == Error::Code::Conflict) {
        refreshAfterConflict();
    }
    return done;
}

Result<void> RoadmapDocument::applyAddDependency(const Dependency &d)
{
    return applyChangeDependencies({d}, {});
}

Result<void> RoadmapDocument::applyRemoveDependency(const Dependency &d)
{
    return applyChangeDependencies({}, {d});
}

Result<void> RoadmapDocument::applyChangeDependencies(const QList<Dependency> &added,
                                                      const QList<Dependency> &removed)
{
    auto done = writeTransaction([&]() -> Result<void> {
        for (const Dependency &d : removed) {
            if (auto r = m_store->deleteDependency(d); !r)
                return r;
        }
        for (const Dependency &d : added) {
            if (auto r = m_store->insertDependency(d); !r)
                return r;
        }
        return {};
    });
    if (done) {
        for (const Dependency &d : removed)
            m_snapshot.dependencies.removeAll(d);
        for (const Dependency &d : added) {
            if (!m_snapshot.dependencies.contains(d))
                m_snapshot.dependencies.append(d);
        }
        Q_EMIT dependenciesChanged();
    }
    return done;
}

Result<void> RoadmapDocument::applySetWipLimit(Status status, int limit)
{
    auto done = writeTransaction([&] { return m_store->setWipLimit(status, limit); });
    if (done) {
        if (limit > 0)
            m_snapshot.wipLimits.insert(status, limit);
        else
            m_snapshot.wipLimits.remove(status);
        Q_EMIT wipLimitsChanged(status);
    }
    return done;
}

Result<void> RoadmapDocument::setSettings(const DocumentSettings &settings)
{
    auto done = writeTransaction([&] { return m_store->writeSettings(settings); });
    if (done) {
        m_snapshot.settings = settings;
        Q_EMIT settingsChanged();
    }
    return done;
}

Result<QString> RoadmapDocument::setting(const QString &key)
{
    return m_store->setting(key);
}

Result<void> RoadmapDocument::setSetting(const QString &key, const QString &value)
{
    return writeTransaction([&] { return m_store->setSetting(key, value); });
}

Result<QList<StatusUpdate>> RoadmapDocument::statusUpdates(qint64 itemId)
{
    return m_store->statusUpdates(itemId);
}

} // namespace jcr
