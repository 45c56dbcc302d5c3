#pragma once

// The clock seam: where core reads the time and schedules waits (token
// refresh, retry pauses, test round trips and their ETA, the offline "as of"
// time). Clock::system() by default; tests inject a manual clock
// (tests/support ManualClock) and move it on by hand, so no test sleeps for
// real to let a token expire or a retry pause pass.

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace lb {

class ClockTimer;

class Clock : public QObject
{
public:
    explicit Clock(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~Clock() override;

    // Wall time (UTC).
    virtual QDateTime now() const = 0;
    // A monotonic count of milliseconds from an arbitrary start, for durations.
    virtual qint64 monotonicMs() const = 0;

    // The real clock of the process (QDateTime, QElapsedTimer, QTimer).
    static Clock *system();
    // clock, or the system clock when clock is nullptr.
    static Clock *orSystem(Clock *clock) { return clock ? clock : system(); }

protected:
    friend class ClockTimer;
    // A timer on this clock was started with intervalMs, or stopped (or
    // destroyed). A clock that schedules by itself calls fire() when due.
    virtual void arm(ClockTimer *timer, qint64 intervalMs) = 0;
    virtual void disarm(ClockTimer *timer) = 0;
    static void fire(ClockTimer *timer);
    // For a clock going away: timer is no longer active (and not armed).
    static void release(ClockTimer *timer);
    static QTimer &systemTimer(ClockTimer *timer);
};

// A timer on a Clock, shaped like QTimer (single-shot or repeating, start,
// stop, isActive, timeout()). On the system clock it is a QTimer; on a manual
// clock it fires when the clock is moved past its time. A clock destroyed
// before its timers leaves them on the system clock, stopped.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit ClockTimer(QObject *parent = nullptr);
    ~ClockTimer() override;

    void setClock(Clock *clock); // nullptr: the system clock; stops the timer
    Clock *clock() const { return Clock::orSystem(m_clock.data()); }

    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(std::chrono::milliseconds interval) { m_intervalMs = int(interval.count()); }
    void setInterval(int ms) { m_intervalMs = ms; }
    int interval() const { return m_intervalMs; }
    std::chrono::milliseconds intervalAsDuration() const { return std::chrono::milliseconds(m_intervalMs); }

    void start();
    void start(int ms);
    void start(std::chrono::milliseconds interval) { start(int(interval.count())); }
    void stop();
    bool isActive() const { return m_active; }

signals:
    void timeout();

private:
    friend class Clock;
    void fired();

    QPointer<Clock> m_clock;
    QTimer m_systemTimer; // used on the system clock only
    int m_intervalMs = 0;
    bool m_singleShot = false;
    bool m_active = false;
};

} // namespace lb
