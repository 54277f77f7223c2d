// RoadmapDocument, the roadmap as a file that others may change too: its status on disk,
// reopening it elsewhere, copies, and re-reading it after outside commits.

#include "roadmapdocument.h"
#include "writetransaction.h"

#include "edit/pendingwrites.h"
#include "storage/backgroundintegritycheck.h"
#include "storage/changefeed.h"
#include "storage/outputguard.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace jcr {

namespace {
/// How soon a team roadmap whose connection failed to open again tries once more.
constexpr int ResumeRetryMs = 2000;
} // namespace

const FileStatus &RoadmapDocument::checkFileStatus()
{
    if (!m_store->isLocalFile())
        return m_fileStatus; // a server roadmap has no file to be moved or deleted
    const FileStatus now = FileStatus::check(m_store->location(), m_identity);
    if (!(now == m_fileStatus)) {
        m_fileStatus = now;
        Q_EMIT fileStatusChanged();
    }
    return m_fileStatus;
}

Result<void> RoadmapDocument::reattach(const QString &path)
{
    if (m_detached)
        return Error {Error::Code::Damaged, m_store->readOnlyReason()};
    auto store = openStore(path, OpenMode::Open);
    if (!store)
        return store.error();
    if (store.value()->isReadOnly() && !store.value()->isAwaitingCheck())
        return Error {
                Error::Code::ReadOnly,
                tr("%1 can only be opened read-only: %2")
                        .arg(QDir::toNativeSeparators(path), store.value()->readOnlyReason())};
    dropFileWatcher();
    // A check of the old file still running would judge the new one: it goes first.
    delete m_integrityCheck;
    m_integrityCheck = nullptr;
    // The old roadmap's change feed (a server's) goes with it.
    delete m_feed;
    m_feed = nullptr;
    m_online = true;
    m_store = std::move(store.value());
    m_identity = FileIdentity::of(m_store->location());
    m_fileStatus = FileStatus();
    m_dataVersion = -1;
    startIntegrityCheck();
    startChangeFeed();
    updateFileWatcher();
    auto reloaded = reload();
    Q_EMIT fileStatusChanged();
    Q_EMIT readOnlyChanged(m_store->isReadOnly());
    if (!reloaded)
        return reloaded;
    // What waited for a file to write to goes there now.
    m_pendingWrites->retryNow();
    return {};
}

Result<void> RoadmapDocument::saveCopyAs(const QString &path)
{
    // A copy never replaces this file, another roadmap or any other database.
    if (auto guard = OutputGuard::check(path, {m_store->location()}); !guard)
        return guard;
    return m_store->backupTo(path);
}

Result<void> RoadmapDocument::replaceContentsWith(RoadmapStore &source)
{
    if (m_detached || m_store->isReadOnly())
        return Error {Error::Code::ReadOnly, m_store->readOnlyReason()};
    if (auto r = m_store->copyFrom(source); !r)
        return r;
    m_undoStack->clear();
    return reload();
}

void RoadmapDocument::refreshAfterConflict()
{
    // data_version may not have moved yet if the other commit raced ours; reload regardless.
    if (!checkForOutsideChanges()) {
        if (auto r = reload(); !r)
            Q_EMIT errorOccurred(r.errorMessage());
    }
}

bool RoadmapDocument::checkForOutsideChanges()
{
    if (m_detached)
        return false;
    const qint64 v = m_store->changeCounter();
    if (v < 0 || v == m_dataVersion)
        return false;
    // Someone committed. If the schema moved, it is checked again before anything is read
    // from the tables: a trigger or view added outside must never run inside the app.
    if (auto r = m_store->revalidateSchema(); !r) {
        m_detached = true;
        m_store->setReadOnly(tr("%1 To protect your data, the roadmap is no longer read or edited "
                                "here; close it and open it again.")
                                     .arg(r.errorMessage()));
        setPollInterval(0);
        m_undoStack->clear();
        Q_EMIT readOnlyChanged(true);
        return false;
    }
    if (auto r = reload(); !r) {
        Q_EMIT errorOccurred(tr("The roadmap was changed by another program but could not be "
                                "re-read: %1")
                                     .arg(r.errorMessage()));
        return false;
    }
    return true;
}

Result<void> RoadmapDocument::reload()
{
    if (m_detached)
        return Error {Error::Code::Damaged, m_store->readOnlyReason()};
    auto fresh = m_store->loadSnapshot();
    if (!fresh)
        return fresh.error();
    m_dataVersion = m_store->changeCounter();
    Snapshot next = std::move(fresh.value());

    QHash<qint64, int> nextRow;
    nextRow.reserve(next.items.size());
    for (int i = 0; i < next.items.size(); ++i)
        nextRow.insert(next.items.at(i).id, i);

    int removed = 0;
    for (const Item &it : std::as_const(m_snapshot.items))
        removed += nextRow.contains(it.id) ? 0 : 1;
    const int added = int(next.items.size()) - (int(m_snapshot.items.size()) - removed);

    const bool settingsDiffer = !(m_snapshot.settings == next.settings);
    const bool areasDiffer = m_snapshot.areas != next.areas;
    const bool organisationsDiffer = m_snapshot.organisations != next.organisations;
    const bool dependenciesDiffer = m_snapshot.dependencies != next.dependencies;
    const bool sourcesDiffer = m_snapshot.sources != next.sources;
    const bool baselinesDiffer = m_snapshot.baselines != next.baselines;
    QList<Status> wipDiffer;
    for (Status st : enums::allStatuses()) {
        if (m_snapshot.wipLimits.value(st, 0) != next.wipLimits.value(st, 0))
            wipDiffer << st;
    }
    m_snapshot.settings = next.settings;
    m_snapshot.areas = next.areas;
    m_snapshot.organisations = next.organisations;
    m_snapshot.dependencies = next.dependencies;
    m_snapshot.wipLimits = next.wipLimits;
    m_snapshot.sources = next.sources;
    m_snapshot.baselines = next.baselines;

    if (removed + added > MaxIncrementalRowChanges) {
        Q_EMIT aboutToReset();
        m_snapshot.items = std::move(next.items);
        rebuildIndex(0);
        Q_EMIT resetDone();
    } else {
        // Rows removed from the bottom up, changed in place, new ones appended: the models emit
        // precise signals and views keep their selection and scroll position.
        QList<int> goneRows;
        for (int row = 0; row < m_snapshot.items.size(); ++row) {
            if (!nextRow.contains(m_snapshot.items.at(row).id))
                goneRows << row;
        }
        removeRows(goneRows);
        QList<Item> changed;
        for (const Item &old : std::as_const(m_snapshot.items)) {
            const Item &fresher = next.items.at(nextRow.value(old.id));
            if (fresher.version != old.version || fresher.updatedAt != old.updatedAt
                || fresher.organisations != old.organisations || fresher.tags != old.tags
                || fresher.citations != old.citations)
                changed << fresher;
        }
        replaceItems(changed);
        QList<Item> newItems;
        for (const Item &it : std::as_const(next.items)) {
            if (rowOf(it.id) < 0)
                newItems << it;
        }
        appendItems(newItems);
    }
    if (settingsDiffer)
        Q_EMIT settingsChanged();
    if (areasDiffer)
        Q_EMIT areasChanged();
    if (organisationsDiffer)
        Q_EMIT organisationsChanged();
    if (dependenciesDiffer)
        Q_EMIT dependenciesChanged();
    for (Status st : std::as_const(wipDiffer))
        Q_EMIT wipLimitsChanged(st);
    if (sourcesDiffer)
        Q_EMIT sourcesChanged();
    if (baselinesDiffer)
        Q_EMIT baselinesChanged();
    Q_EMIT statusUpdatesChanged(0);
    Q_EMIT reloadedFromDisk();
    return {};
}

void RoadmapDocument::setPollInterval(int ms)
{
    if (ms <= 0 || m_detached) {
        delete m_pollTimer;
        m_pollTimer = nullptr;
    } else {
        if (!m_pollTimer) {
            m_pollTimer = new QTimer(this);
            connect(m_pollTimer, &QTimer::timeout, this, [this] {
                checkFileStatus();
                // A server's roadmap is followed by its change feed, which notices both commits
                // and a server gone silent off this thread: asking the server here as well
                // would leave the window waiting on a server that stopped answering, up to the
                // query deadline, before the feed's watchdog could even say so.
                if (!m_feed)
                    checkForOutsideChanges();
            });
        }
        m_pollTimer->start(ms);
    }
    updateFileWatcher();
}

int RoadmapDocument::pollInterval() const
{
    return m_pollTimer ? m_pollTimer->interval() : 0;
}

void RoadmapDocument::setFileWatcherEnabled(bool enabled)
{
    m_watcherEnabled = enabled;
    updateFileWatcher();
}

void RoadmapDocument::dropFileWatcher()
{
    if (!m_watcher)
        return;
    // Often called from the watcher's own signal (a schema changed outside detaches the
    // document): it may still be delivering the rest of one batch of events (the file's and
    // its folder's), so it is disconnected now and deleted later.
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void RoadmapDocument::startChangeFeed()
{
    m_feed = m_store->startChangeFeed(this);
    if (!m_feed)
        return;
    // A statement of this document that waited out its deadline found the server silent
    // before the heartbeats could tell: the same loss, told once the statement has returned.
    m_store->setSilenceHandler([feed = QPointer<ChangeFeed>(m_feed)](int waitedSeconds) {
        if (feed)
            QMetaObject::invokeMethod(
                    feed, [feed, waitedSeconds] { feed->reportSilence(waitedSeconds); },
                    Qt::QueuedConnection);
    });
    connect(m_feed, &ChangeFeed::changed, this, [this] {
        if (m_online)
            checkForOutsideChanges();
    });
    connect(m_feed, &ChangeFeed::connectionLost, this, [this](const QString &reason) {
        if (!m_online)
            return;
        m_online = false;
        m_offlineReason = reason;
        // Until the feed hears the server again, nothing on this thread waits for it: a
        // read fails at once and an edit is kept (writeTransaction).
        m_store->setServerSilent();
        Q_EMIT connectionChanged(false, reason);
    });
    connect(m_feed, &ChangeFeed::connectionRestored, this, &RoadmapDocument::resumeOnline);
}

void RoadmapDocument::resumeOnline()
{
    // While the feed does not hear the server either, it says so again when it does.
    if (m_online || !m_feed || !m_feed->isConnected())
        return;
    // Notifications sent while the connection was down are lost: everything is re-read.
    if (auto r = m_store->reconnect(); !r) {
        m_store->setServerSilent();
        m_offlineReason = r.errorMessage();
        Q_EMIT connectionChanged(false, m_offlineReason);
        // The feed's own connection is back and will not say so again: ask again shortly.
        QTimer::singleShot(ResumeRetryMs, this, &RoadmapDocument::resumeOnline);
        return;
    }
    m_online = true;
    m_offlineReason.clear();
    if (auto r = reload(); !r)
        Q_EMIT errorOccurred(r.errorMessage());
    Q_EMIT connectionChanged(true, {});
    m_pendingWrites->retryNow();
}

void RoadmapDocument::updateFileWatcher()
{
    // A server's roadmap is followed by its change feed, not by a file watcher.
    const bool want = m_watcherEnabled && m_pollTimer && m_store->isLocalFile();
    if (!want) {
        dropFileWatcher();
        return;
    }
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(m_store->location());
    // The folder too: a rename, a deletion or a file moved over this one shows there at once.
    m_watcher->addPath(QFileInfo(m_store->location()).absolutePath());
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        // Some writers replace the file; the watch goes with the old one, so renew it.
        if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
            m_watcher->addPath(path);
        checkFileStatus();
        checkForOutsideChanges();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_watcher->files().contains(m_store->location())
            && QFileInfo::exists(m_store->location()))
            m_watcher->addPath(m_store->location());
        checkFileStatus();
    });
}

} // namespace jcr
