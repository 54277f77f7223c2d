#include "serverprobe.h"

#include "postgresstore.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

#include <atomic>

namespace jcr {

namespace {

std::atomic<int> running {0};

/// The probes' own threads. Not the global pool: an abandoned probe may hold a thread for the
/// whole connect timeout, and other work must not queue behind it. A child of the application,
/// whose destruction waits for the workers still running (QThreadPool's destructor).
QThreadPool *probePool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("jcroadmap-server-probes"));
        pool->setMaxThreadCount(8);
    }
    return pool;
}

} // namespace

/// What the worker shares with the probe: the probe while it exists, under a lock, so that the
/// worker never posts to a probe being deleted.
struct ServerProbe::Shared
{
    QMutex mutex;
    ServerProbe *probe = nullptr;
};

ServerProbe::ServerProbe(const ServerAddress &address, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->probe = this;
}

ServerProbe::~ServerProbe()
{
    // Abandons a running attempt; a result already posted is discarded with this object.
    QMutexLocker lock(&m_shared->mutex);
    m_shared->probe = nullptr;
}

void ServerProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    ++running;
    const std::shared_ptr<Shared> shared = m_shared;
    const ServerAddress address = m_address;
    probePool()->start([shared, address] {
        const Result<void> result = PostgresStore::probe(address);
        {
            QMutexLocker lock(&shared->mutex);
            if (ServerProbe *probe = shared->probe)
                QMetaObject::invokeMethod(
                        probe, [probe, result] { probe->deliver(result); }, Qt::QueuedConnection);
        }
        --running;
    });
}

int ServerProbe::runningCount()
{
    return running;
}

void ServerProbe::deliver(const Result<void> &result)
{
    m_running = false;
    m_result = result;
    Q_EMIT finished();
}

} // namespace jcr
