#pragma once

#include "serveraddress.h"

#include <QObject>

#include <atomic>

class QThread;
class QTimer;

namespace jcr {

class ChangeFeedWorker;

/**
 * Tells, within a second, that someone else committed a change to a team roadmap, and that
 * the connection to its server was lost or came back. A listener connection of its own, in a
 * worker thread, LISTENs to the channel the server's triggers notify on every commit.
 *
 * Qt's driver says nothing when a connection drops, and a notification sent while it is down
 * is lost: the worker asks the server for a heartbeat every second and reconnects with
 * backoff, and connectionRestored() asks the document for a full re-read. A server that stops
 * answering altogether (paused, or the network cut without a word) leaves the worker waiting;
 * the watchdog here, on the caller's thread, then notices the missing heartbeats.
 */
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    ChangeFeed(const ServerAddress &address, const QString &password, QObject *parent = nullptr);
    /// Stops listening; waits for the worker only as long as it is not stuck on the network.
    ~ChangeFeed() override;

    void start();
    bool isConnected() const { return m_connected; }
    /// How long without a heartbeat counts as a lost connection (default 3000 ms).
    void setWatchdogTimeout(int ms) { m_watchdogMs = ms; }
    /// Another connection to the server found it silent (a statement waited \a waitedSeconds
    /// for it): lost, as if the watchdog had noticed, until the next heartbeat.
    void reportSilence(int waitedSeconds);

Q_SIGNALS:
    /// Someone (perhaps this program) committed a change.
    void changed();
    /// The server stopped answering; \a reason in words for the user.
    void connectionLost(const QString &reason);
    /// The server answers again: anything may have changed meanwhile.
    void connectionRestored();

private:
    void onHeartbeat();
    void onWorkerLost(const QString &reason);
    void checkWatchdog();
    /// "The server has not answered for N seconds."
    static QString silence(int seconds);

    QThread *m_thread;
    ChangeFeedWorker *m_worker;
    QTimer *m_watchdog;
    qint64 m_lastHeartbeat = 0;
    int m_watchdogMs = 3000;
    bool m_connected = true;
};

} // namespace jcr
