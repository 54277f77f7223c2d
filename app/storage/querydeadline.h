#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace jcr {

/**
 * Bounds how long a statement on a server connection may keep the caller waiting. Qt's
 * PostgreSQL driver blocks until the server answers, and a server that stops answering without
 * closing the connection (a paused machine, a stalled process, some network cuts) would keep
 * the window frozen for as long. A watcher thread shuts the connection's socket down when an
 * armed statement passes its limit: the blocked call then returns with a lost-connection error,
 * which the application treats as any lost connection (the edit waits, the store reconnects).
 */
class QueryDeadline
{
public:
    explicit QueryDeadline(int limitMs);
    ~QueryDeadline();
    QueryDeadline(const QueryDeadline &) = delete;
    QueryDeadline &operator=(const QueryDeadline &) = delete;

    /// The socket of the connection statements run on; -1 while there is none.
    void setSocket(int fd);
    /// The longest a statement may take, in milliseconds; 0 for no limit (a long copy).
    void setLimit(int ms);
    int limit() const;
    /// Another limit for as long as it lives.
    class Scope
    {
    public:
        Scope(QueryDeadline &deadline, int ms)
            : m_deadline(deadline)
            , m_before(deadline.limit())
        {
            deadline.setLimit(ms);
        }
        ~Scope() { m_deadline.setLimit(m_before); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QueryDeadline &m_deadline;
        int m_before;
    };

    /// Before a statement is sent.
    void arm();
    /// After it returned: true when the connection was shut down meanwhile for passing the limit.
    bool disarm();

private:
    void watch();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_fd = -1;
    int m_limitMs;
    bool m_armed = false;
    bool m_cut = false;
    bool m_stop = false;
    std::chrono::steady_clock::time_point m_deadline;
    std::thread m_thread;
};

} // namespace jcr
