#pragma once

// How responsive the thread's event loop stays: what a window needs while it waits for nothing.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace jcr::test {

/**
 * Measures, from construction until stop(), the longest the event loop went without running
 * a 20 ms timer: about 20 ms when nothing blocks it, the length of the block otherwise.
 */
class EventLoopWatch
{
public:
    EventLoopWatch()
    {
        m_ticker.setInterval(20);
        QObject::connect(&m_ticker, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_ticker.start();
    }
    EventLoopWatch(const EventLoopWatch &) = delete;
    EventLoopWatch &operator=(const EventLoopWatch &) = delete;

    /// Stops measuring; the longest wait in milliseconds.
    qint64 stop()
    {
        m_ticker.stop();
        return m_longest;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace jcr::test
