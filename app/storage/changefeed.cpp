#include "changefeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace jcr {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ChangeFeed)
};

/// The channel the server's triggers notify (lowercase, no dots: Qt's driver quotes the name).
const QString Channel = QStringLiteral("jcroadmap_changed");

std::atomic<int> feedSerial {0};

} // namespace

/// The listener connection, living in the feed's thread.
class ChangeFeedWorker : public QObject
{
    Q_OBJECT

public:
    ChangeFeedWorker(const ServerAddress &address, const QString &password)
        : m_address(address)
        , m_password(password)
        , m_name(QStringLiteral("jcroadmap-feed-%1").arg(++feedSerial))
    { }

    ~ChangeFeedWorker() override
    {
        if (QSqlDatabase::contains(m_name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ChangeFeedWorker::tick);
        tick();
    }

    std::atomic<bool> stopping {false};

Q_SIGNALS:
    void heartbeat();
    /// Carries the driver's notification on (its arguments are not needed).
    void notified();
    void lost(const QString &reason);

private:
    bool connectNow()
    {
        QSqlDatabase db = QSqlDatabase::contains(m_name)
                ? QSqlDatabase::database(m_name, false)
                : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.close();
        db.setHostName(m_address.host);
        db.setPort(m_address.port);
        db.setDatabaseName(m_address.database);
        db.setUserName(m_address.user);
        db.setPassword(m_password);
        db.setConnectOptions(m_address.connectOptions());
        if (!db.open()) {
            m_lastError = db.lastError().text();
            return false;
        }
        connect(db.driver(), &QSqlDriver::notification, this, &ChangeFeedWorker::notified,
                Qt::UniqueConnection);
        if (!db.driver()->subscribeToNotification(Channel)) {
            m_lastError = db.driver()->lastError().text();
            db.close();
            return false;
        }
        return true;
    }

    void tick()
    {
        if (stopping)
            return;
        if (!m_up) {
            if (connectNow()) {
                m_up = true;
                m_backoffMs = 250;
                Q_EMIT heartbeat();
                // A commit between the document's read and this LISTEN was announced to no
                // one: the document compares its change counter once now (cheap when equal).
                Q_EMIT notified();
            } else {
                Q_EMIT lost(m_lastError);
                m_backoffMs = std::min(m_backoffMs * 2, 4000);
            }
            m_timer->start(m_up ? 1000 : m_backoffMs);
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1")) && q.next()) {
            q.finish();
            Q_EMIT heartbeat();
        } else {
            m_up = false;
            m_lastError = q.lastError().text();
            Q_EMIT lost(m_lastError);
        }
        m_timer->start(m_up ? 1000 : m_backoffMs);
    }

    ServerAddress m_address;
    QString m_password;
    QString m_name;
    QString m_lastError;
    QTimer *m_timer = nullptr;
    int m_backoffMs = 250;
    bool m_up = false;
};

ChangeFeed::ChangeFeed(const ServerAddress &address, const QString &password, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new ChangeFeedWorker(address, password))
    , m_watchdog(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("jcroadmap change feed"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ChangeFeedWorker::heartbeat, this, &ChangeFeed::onHeartbeat);
    connect(m_worker, &ChangeFeedWorker::notified, this, &ChangeFeed::changed);
    connect(m_worker, &ChangeFeedWorker::lost, this, &ChangeFeed::onWorkerLost);
    connect(m_watchdog, &QTimer::timeout, this, &ChangeFeed::checkWatchdog);
}

ChangeFeed::~ChangeFeed()
{
    m_worker->stopping = true;
    m_thread->quit();
    // A worker stuck waiting on a server that does not answer is left to finish on its own
    // rather than freeze the window; it deletes itself and its thread when it returns.
    if (!m_thread->wait(2000)) {
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        return;
    }
    delete m_thread;
}

void ChangeFeed::start()
{
    m_lastHeartbeat = QDateTime::currentMSecsSinceEpoch();
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &ChangeFeedWorker::begin, Qt::QueuedConnection);
    m_watchdog->start(250);
}

void ChangeFeed::onHeartbeat()
{
    m_lastHeartbeat = QDateTime::currentMSecsSinceEpoch();
    if (!m_connected) {
        m_connected = true;
        // Back after a loss the worker saw, or one only the watchdog saw (a paused server):
        // notifications sent meanwhile are lost either way, so the document re-reads all.
        Q_EMIT connectionRestored();
    }
}

void ChangeFeed::onWorkerLost(const QString &reason)
{
    if (!m_connected)
        return;
    m_connected = false;
    Q_EMIT connectionLost(reason.trimmed().isEmpty() ? Tr::tr("The server does not answer.")
                                                     : reason.trimmed());
}

QString ChangeFeed::silence(int seconds)
{
    return Tr::tr("The server has not answered for %n second(s).", nullptr, seconds);
}

void ChangeFeed::reportSilence(int waitedSeconds)
{
    onWorkerLost(silence(waitedSeconds));
}

void ChangeFeed::checkWatchdog()
{
    if (m_connected && QDateTime::currentMSecsSinceEpoch() - m_lastHeartbeat > m_watchdogMs) {
        m_connected = false;
        Q_EMIT connectionLost(silence(int((m_watchdogMs + 999) / 1000)));
    }
}

} // namespace jcr

#include "changefeed.moc"
