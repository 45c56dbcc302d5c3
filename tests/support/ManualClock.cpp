#include "ManualClock.h"

namespace lb::testsupport {

ManualClock::ManualClock(const QDateTime &start)
    : m_start(start.isValid() ? start.toUTC() : QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
{
}

ManualClock::~ManualClock()
{
    for (const Armed &armed : std::as_const(m_armed))
        release(armed.timer);
}

void ManualClock::arm(ClockTimer *timer, qint64 intervalMs)
{
    disarm(timer);
    m_armed.append({timer, m_nowMs + intervalMs, m_order++});
}

void ManualClock::disarm(ClockTimer *timer)
{
    m_armed.removeIf([timer](const Armed &armed) { return armed.timer == timer; });
}

qsizetype ManualClock::nextDue() const
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_armed.size(); ++i) {
        const Armed &a = m_armed.at(i);
        if (best < 0 || a.dueMs < m_armed.at(best).dueMs
            || (a.dueMs == m_armed.at(best).dueMs && a.order < m_armed.at(best).order))
            best = i;
    }
    return best;
}

qint64 ManualClock::nextTimerInMs() const
{
    const qsizetype next = nextDue();
    return next < 0 ? -1 : m_armed.at(next).dueMs - m_nowMs;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_nowMs + std::max<qint64>(0, ms);
    for (qsizetype next = nextDue(); next >= 0 && m_armed.at(next).dueMs <= target; next = nextDue()) {
        const Armed due = m_armed.takeAt(next);
        m_nowMs = std::max(m_nowMs, due.dueMs);
        fire(due.timer); // may arm, disarm or destroy timers
    }
    m_nowMs = target;
}

bool ManualClock::advanceToNextTimer()
{
    const qint64 in = nextTimerInMs();
    if (in < 0)
        return false;
    advance(in);
    return true;
}

} // namespace lb::testsupport
