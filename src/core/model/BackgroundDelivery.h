#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lb {

// Work on a worker thread (QThreadPool's global pool) whose result goes back
// to an object on its own thread — only while that object still wants it.
//
// The object makes one BackgroundDelivery per job and keeps it (a shared
// pointer, also captured by the job). The job calls deliver() with a functor;
// the functor then runs on the object's thread, unless the object called
// revoke() first (cancelled, replaced, or in its destructor: an object that
// uses this must revoke its delivery in its destructor). A revoke() after the
// job delivered does not take the functor back: the functor checks that its
// delivery is still the object's current one before using the result. Qt
// drops queued functors of a deleted object, so none runs after the object.
class BackgroundDelivery
{
public:
    explicit BackgroundDelivery(QObject *target)
        : m_target(target)
    {
    }

    void revoke()
    {
        QMutexLocker lock(&m_mutex);
        m_target = nullptr;
    }
    bool isRevoked() const
    {
        QMutexLocker lock(&m_mutex);
        return m_target == nullptr;
    }

    // Any thread: queues f to the target's thread; false when revoked.
    template<typename F>
    bool deliver(F &&f)
    {
        QMutexLocker lock(&m_mutex); // the target cannot go away meanwhile
        if (!m_target)
            return false;
        QMetaObject::invokeMethod(m_target, std::forward<F>(f), Qt::QueuedConnection);
        return true;
    }

    // Runs job on a worker thread.
    static void run(std::function<void()> job) { QThreadPool::globalInstance()->start(std::move(job)); }

    // Destroys value on a worker thread: freeing 100,000 JSON records takes
    // tens of milliseconds that the GUI thread need not spend. Then gives the
    // freed pages back (about 5 MB after a list of 10,000).
    template<typename T>
    static void dispose(T &&value)
    {
        auto holder = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
        run([held = std::move(holder)]() mutable {
            held.reset();
            releaseFreedMemory();
        });
    }

    // Gives the pages freed by big work on a worker back to the system (glibc
    // keeps them in the thread's arena otherwise). Any thread.
    static void releaseFreedMemory()
    {
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
    }

private:
    mutable QMutex m_mutex;
    QObject *m_target;
};

} // namespace lb
