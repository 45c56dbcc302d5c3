#pragma once

// A clock the test moves by hand: now() and monotonicMs() stand still until
// advance(), which fires every timer that falls due on the way, in the order
// of their times. Inject it where the object under test is made
// (ApiClient::setClock, Session::setClock, ModelCache) so that a token's
// expiry or a retry pause passes without sleeping. Make it before the
// objects that use it (declare it first).

#include "Clock.h"

#include <QList>

#include <chrono>

namespace lb::testsupport {

class ManualClock : public Clock
{
public:
    // Starts at start (UTC); by default 2026-01-01 12:00:00 UTC.
    explicit ManualClock(const QDateTime &start = {});
    ~ManualClock() override;

    QDateTime now() const override { return m_start.addMSecs(m_nowMs); }
    qint64 monotonicMs() const override { return m_nowMs; }

    // Moves time on by ms; every timer due by then fires at its own time
    // (a timer started by one that fires fires too, when due within ms).
    void advance(qint64 ms);
    void advance(std::chrono::milliseconds ms) { advance(qint64(ms.count())); }
    // Moves on to the next timer's time and fires it; false when none waits.
    bool advanceToNextTimer();

    // How many timers wait; when the next one falls due (ms from now, -1: none).
    int pendingTimers() const { return int(m_armed.size()); }
    qint64 nextTimerInMs() const;

protected:
    void arm(ClockTimer *timer, qint64 intervalMs) override;
    void disarm(ClockTimer *timer) override;

private:
    struct Armed
    {
        ClockTimer *timer;
        qint64 dueMs;
        quint64 order; // of arming: equal times fire in that order
    };
    qsizetype nextDue() const; // index in m_armed; -1 when empty

    QDateTime m_start;
    qint64 m_nowMs = 0;
    quint64 m_order = 0;
    QList<Armed> m_armed;
};

} // namespace lb::testsupport
