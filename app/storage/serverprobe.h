#pragma once

#include "domain/result.h"
#include "serveraddress.h"

#include <QObject>

#include <memory>

namespace jcr {

/**
 * Tries whether a team roadmap's server answers and accepts the login, off the GUI thread:
 * every libpq call blocks, for up to the connect timeout when the server does not answer, so
 * the window asks this first and stays responsive meanwhile (File ▸ Connect to Team
 * Roadmap…). The attempt runs on a worker thread with a connection of its own, made with the
 * same options and password as PostgresStore::open(), and closed at once.
 *
 * Deleting the probe abandons the attempt: the worker finishes in the background (within the
 * connect timeout) and its result is dropped. The application waits for such workers when it
 * ends, so none outlives the process's Qt objects.
 */
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    explicit ServerProbe(const ServerAddress &address, QObject *parent = nullptr);
    ~ServerProbe() override;

    const ServerAddress &address() const { return m_address; }
    /// Starts the attempt; finished() follows, on this object's thread.
    void start();
    bool isRunning() const { return m_running; }
    /// The outcome, once finished() was emitted.
    const Result<void> &result() const { return m_result; }

    /// How many attempts are still running, abandoned ones included (for tests).
    static int runningCount();

Q_SIGNALS:
    void finished();

private:
    struct Shared;

    void deliver(const Result<void> &result);

    ServerAddress m_address;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
    Result<void> m_result;
};

} // namespace jcr
