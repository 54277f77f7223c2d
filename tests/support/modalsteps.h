#pragma once

// Drives the modal dialogs that one gesture opens one after the other (a connect dialog, a
// progress dialog, a message box, the connect dialog again): the gesture runs nested event
// loops, so the test acts from a timer. Each step waits until the active modal widget is of
// its type, acts on it, and hands over to the next.

#include <QApplication>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace jcr::test {

class ModalSteps : public QObject
{
public:
    ModalSteps()
    {
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
        if (m_busy || m_steps.isEmpty())
            return;
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        m_busy = true;
        const auto step = m_steps.constFirst();
        if (step(modal))
            m_steps.removeFirst();
        m_busy = false;
    }

    QTimer m_timer;
    QList<std::function<bool(QWidget *)>> m_steps;
    bool m_busy = false;
};

} // namespace jcr::test
