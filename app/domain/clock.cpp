#include "clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <QtGlobal>

#include <algorithm>

namespace jcr {

Clock &Clock::instance()
{
    static Clock *clock = new Clock; // lives as long as the process; never destroyed
    return *clock;
}

Clock::Clock()
{
    readDate();
}

void Clock::readDate()
{
    const QDate before = m_today;
    m_fixed = false;
    const QByteArray fixed = qgetenv("JCR_TODAY");
    if (!fixed.isEmpty()) {
        const QDate d = QDate::fromString(QString::fromLatin1(fixed), Qt::ISODate);
        if (d.isValid()) {
            m_today = d;
            m_fixed = true;
        }
    }
    if (!m_fixed)
        m_today = QDate::currentDate();
    scheduleMidnight();
    if (before.isValid() && before != m_today)
        Q_EMIT dayChanged(m_today);
}

void Clock::scheduleMidnight()
{
    if (m_fixed || !QCoreApplication::instance()) {
        if (m_midnight)
            m_midnight->stop();
        return;
    }
    if (!m_midnight) {
        m_midnight = new QTimer(this);
        m_midnight->setSingleShot(true);
        m_midnight->setTimerType(Qt::VeryCoarseTimer);
        connect(m_midnight, &QTimer::timeout, this, &Clock::readDate);
    }
    // A second past midnight, local time; never sooner than a second from now.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 1));
    m_midnight->start(int(std::max<qint64>(1000, now.msecsTo(next))));
}

void Clock::setToday(QDate date)
{
    if (!date.isValid()) {
        readDate();
        return;
    }
    const QDate before = m_today;
    m_today = date;
    m_fixed = true;
    scheduleMidnight();
    if (before != m_today)
        Q_EMIT dayChanged(m_today);
}

QDate today()
{
    return Clock::instance().today();
}

QDate statementDate()
{
    return QDate(2026, 3, 6);
}

int daysToCentennial(QDate from)
{
    return int(from.daysTo(QDate(CentennialYear, 1, 1)));
}

} // namespace jcr
