#include "pendingwrites.h"

#include "commands/deferwritecommand.h"
#include "document/roadmapdocument.h"
#include "storage/roadmapstore.h"

#include <QTimer>
#include <QUndoCommand>

namespace jcr {

namespace {

/// How long one retry waits for the lock: short, the GUI thread waits.
constexpr int RetryWaitMs = 50;

} // namespace

PendingWrites::PendingWrites(RoadmapDocument *document)
    : QObject(document)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &PendingWrites::retryNow);
    // A re-read of the file (another program committed) shows the file's values: show the
    // waiting edits over them again.
    connect(document, &RoadmapDocument::reloadedFromDisk, this, [this] {
        if (m_retrying)
            return; // the writes in progress read the file as it is
        for (const Entry &e : std::as_const(m_entries)) {
            if (e.command)
                e.command->showWaiting();
        }
    });
}

PendingWrites::~PendingWrites()
{
    discardAll();
}

int PendingWrites::retryInterval() const
{
    return m_timer->interval();
}

void PendingWrites::setRetryInterval(int ms)
{
    m_timer->setInterval(ms);
}

void PendingWrites::enqueue(DeferWriteCommand *command)
{
    m_entries.append({command, nullptr});
    command->m_queued = true;
    m_timer->start();
    Q_EMIT countChanged(count());
}

void PendingWrites::remove(DeferWriteCommand *command)
{
    const qsizetype before = m_entries.size();
    m_entries.removeIf([command](const Entry &e) { return e.command == command; });
    command->m_queued = false;
    if (m_entries.isEmpty())
        m_timer->stop();
    if (m_entries.size() != before)
        Q_EMIT countChanged(count());
}

void PendingWrites::adoptUndo(DeferWriteCommand *command, QUndoCommand *inner)
{
    for (Entry &e : m_entries) {
        if (e.command == command) {
            e.command = nullptr;
            e.orphan = inner;
            return;
        }
    }
    delete inner; // not waiting after all
}

void PendingWrites::discardAll()
{
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.command)
            e.command->m_queued = false;
        delete e.orphan;
    }
    const bool had = !m_entries.isEmpty();
    m_entries.clear();
    m_timer->stop();
    if (had)
        Q_EMIT countChanged(0);
}

bool PendingWrites::retryNow()
{
    if (m_retrying)
        return m_entries.isEmpty();
    // Cheap while the other program keeps its lock: no edit is even prepared.
    if (!m_document->fileStatus().isOk())
        return false;
    if (auto probe = m_document->store().tryBeginWrite(RetryWaitMs); !probe)
        return false;
    m_document->store().rollback();
    m_retrying = true;
    // Each write goes over the file as it is: the waiting edits shown in the picture come
    // off first, the last one first.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).command)
            m_entries.at(i).command->hideWaiting();
    }
    int settled = 0;
    int landed = 0;
    // In order: a later edit may build on an earlier one (an edit of an item being created).
    while (!m_entries.isEmpty()) {
        const Entry e = m_entries.constFirst();
        bool done = false;
        bool inFile = false;
        if (e.command) {
            done = e.command->attempt(RetryWaitMs);
            inFile = done && e.command->isInFile() == e.command->m_wanted;
        } else {
            e.orphan->setObsolete(false);
            done = !m_document->attemptDeferrable([&e] { e.orphan->undo(); }, RetryWaitMs);
            inFile = done && !e.orphan->isObsolete();
        }
        if (!done)
            break;
        m_entries.removeFirst();
        if (e.command)
            e.command->m_queued = false;
        delete e.orphan;
        ++settled;
        landed += inFile ? 1 : 0;
    }
    // Locked again meanwhile: what still waits is shown again.
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.command)
            e.command->showWaiting();
    }
    m_retrying = false;
    if (m_entries.isEmpty())
        m_timer->stop();
    if (settled > 0)
        Q_EMIT countChanged(count());
    if (landed > 0)
        Q_EMIT written(landed);
    return m_entries.isEmpty();
}

} // namespace jcr
