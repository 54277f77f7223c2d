#pragma once

// Drives the modal dialogs that one gesture opens one after the other (a connect dialog, a
// progress dialog, a message box, the connect dialog again): the gesture runs nested event
// loops, so the test acts from a timer. Each step waits until the active modal widget is of
// its type, acts on it, and hands over to the next. Once a check fails, every modal widget is
// closed instead, so that the gesture ends and the test fails at once rather than hanging; so is
// a step whose widget has not come within 30 seconds while another modal widget waits.

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace jcr::test {

class ModalSteps : public QObject
{
public:
    ModalSteps()
    {
        m_waiting.start();
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

    /// Adds a step: once a \a Widget is the active modal widget, \a act runs on it.
    template<typename Widget> ModalSteps &then(std::function<void(Widget *)> act)
    {
        m_steps.append([act](QWidget *w) {
            auto *widget = qobject_cast<Widget *>(w);
            if (!widget || !widget->isVisible())
                return false;
            act(widget);
            return true;
        });
        return *this;
    }

    /// Steps not run yet.
    qsizetype remaining() const { return m_steps.size(); }

private:
    void poll()
    {
        // A step may wait itself (QTest::qWait): no step starts inside another.
        if (m_busy)
            return;
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && QTest::currentTestFailed()) {
            m_steps.clear();
            modal->close();
            return;
        }
        if (!modal || m_steps.isEmpty()) {
            m_waiting.restart();
            return;
        }
        m_busy = true;
        const auto step = m_steps.constFirst();
        if (step(modal)) {
            m_steps.removeFirst();
            m_waiting.restart();
        } else if (m_waiting.hasExpired(30000)) {
            QTest::qFail(qPrintable(QStringLiteral("a modal %1 came instead of the next step's")
                                            .arg(QLatin1String(modal->metaObject()->className()))),
                         __FILE__, __LINE__);
        }
        m_busy = false;
    }

    QTimer m_timer;
    QElapsedTimer m_waiting; ///< since the last step ran, or no modal widget was up
    QList<std::function<bool(QWidget *)>> m_steps;
    bool m_busy = false;
};

} // namespace jcr::test
