#include "querydeadline.h"

#include <algorithm>
#include <utility>

#include <sys/socket.h>

namespace jcr {

QueryDeadline::QueryDeadline(int limitMs)
    : m_limitMs(limitMs)
    , m_thread([this] { watch(); })
{ }

QueryDeadline::~QueryDeadline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void QueryDeadline::setSocket(int fd)
{
    std::lock_guard lock(m_mutex);
    m_fd = fd;
}

void QueryDeadline::setLimit(int ms)
{
    std::lock_guard lock(m_mutex);
    m_limitMs = ms;
}

int QueryDeadline::limit() const
{
    std::lock_guard lock(m_mutex);
    return m_limitMs;
}

void QueryDeadline::arm()
{
    std::lock_guard lock(m_mutex);
    if (m_limitMs <= 0 || m_fd < 0)
        return;
    m_armed = true;
    m_cut = false;
    m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_limitMs);
    // The watcher is not woken for each statement (thousands a second in a bulk write): it
    // looks at the deadline on its own tick, a fraction of the limit.
}

bool QueryDeadline::disarm()
{
    std::lock_guard lock(m_mutex);
    m_armed = false;
    return std::exchange(m_cut, false);
}

void QueryDeadline::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        const auto tick = std::chrono::milliseconds(std::clamp(m_limitMs / 8, 50, 250));
        m_wake.wait_for(lock, tick, [this] { return m_stop; });
        if (m_stop)
            break;
        if (m_armed && m_fd >= 0 && std::chrono::steady_clock::now() >= m_deadline) {
            // Under the lock: the statement cannot have ended and another begun meanwhile,
            // so only the statement that passed its limit is cut.
            ::shutdown(m_fd, SHUT_RDWR);
            m_armed = false;
            m_cut = true;
        }
    }
}

} // namespace jcr
