#include "Clock.h"

#include <QElapsedTimer>

namespace lb {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }

protected:
    void arm(ClockTimer *timer, qint64 intervalMs) override
    {
        QTimer &qtimer = systemTimer(timer);
        qtimer.setSingleShot(true); // ClockTimer re-arms a repeating timer itself
        qtimer.start(int(intervalMs));
    }
    void disarm(ClockTimer *timer) override { systemTimer(timer).stop(); }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

Clock::~Clock() = default;

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

void Clock::fire(ClockTimer *timer)
{
    timer->fired();
}

void Clock::release(ClockTimer *timer)
{
    timer->m_active = false;
}

QTimer &Clock::systemTimer(ClockTimer *timer)
{
    return timer->m_systemTimer;
}

ClockTimer::ClockTimer(QObject *parent)
    : QObject(parent)
{
    // A retry pause of 500 ms must not fire 5% early (a coarse timer may).
    m_systemTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_systemTimer, &QTimer::timeout, this, &ClockTimer::fired);
}

ClockTimer::~ClockTimer()
{
    stop();
}

void ClockTimer::setClock(Clock *clock)
{
    stop();
    m_clock = clock;
}

void ClockTimer::start()
{
    stop();
    m_active = true;
    clock()->arm(this, std::max(0, m_intervalMs));
}

void ClockTimer::start(int ms)
{
    m_intervalMs = ms;
    start();
}

void ClockTimer::stop()
{
    if (!m_active)
        return;
    m_active = false;
    clock()->disarm(this);
}

void ClockTimer::fired()
{
    if (!m_active)
        return;
    if (m_singleShot)
        m_active = false;
    else
        clock()->arm(this, std::max(0, m_intervalMs));
    emit timeout();
}

} // namespace lb
