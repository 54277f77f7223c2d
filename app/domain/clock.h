#pragma once

#include <QDate>
#include <QObject>

class QTimer;

namespace jcr {

/**
 * The one clock of the application. It reads the date once, and again at each midnight (a
 * timer, while an event loop runs), not on every call: filters ask for today once per row.
 * The environment variable JCR_TODAY=YYYY-MM-DD, read when the clock is first used, fixes the
 * date for reproducible reports and tests; so does setToday().
 */
class Clock : public QObject
{
    Q_OBJECT

public:
    static Clock &instance();

    QDate today() const { return m_today; }
    /// Fixes today at \a date; a null date reads JCR_TODAY and the system clock again.
    void setToday(QDate date);

Q_SIGNALS:
    /// The date changed: midnight passed, or setToday() was called with another date.
    void dayChanged(QDate today);

private:
    Clock();
    void readDate();
    void scheduleMidnight();

    QDate m_today;
    bool m_fixed = false;
    QTimer *m_midnight = nullptr;
};

/// Today's date for everything date-relative (overdue, days to the centennial, "next 90 days"):
/// Clock::instance().today().
QDate today();

/// The centennial of Japan–Canada diplomatic relations, the Roadmap's horizon.
inline constexpr int CentennialYear = 2028;
/// The day of the Joint Statement establishing the partnership.
QDate statementDate();
/// Days from \a from until 1 January of the centennial year (negative once it has begun).
int daysToCentennial(QDate from);

} // namespace jcr
