#pragma once

#include "model/ModelType.h"
#include "model/TestOutcome.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QStringList>

namespace lb {

class ApiCall;
class ApiClient;

// Tests many models with bounded concurrency: at most concurrency() tests run
// at once; the rest wait in a queue. Cancel drops the queue and aborts the
// running ones. Used by the GUI (Test selected / Test all) and the command line.
class TestRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinConcurrency = 1;
    static constexpr int kMaxConcurrency = 32;
    static constexpr int kDefaultConcurrency = 4;

    explicit TestRunner(ApiClient *client, QObject *parent = nullptr);
    ~TestRunner() override;

    void setClient(ApiClient *client);    // cancels a running batch first
    void setConcurrency(int concurrency); // clamped to [1, 32]; applies at once
    int concurrency() const { return m_concurrency; }

    // Queues the models (duplicates and ones already queued/running are
    // skipped). Adds to a running batch; starts one otherwise. types: each
    // model's type, for its route (absent: Llm). When the client's
    // permissions() refuse tests, each fails at once, without a request,
    // naming the permission it needs.
    void start(const QStringList &uuids, const QHash<QString, ModelType> &types = {});
    // Drops the queued tests and aborts the running ones; each gets a
    // Cancelled outcome. batchFinished() follows.
    void cancel();

    bool isRunning() const { return !m_queue.isEmpty() || !m_running.isEmpty(); }
    // Counts of the current batch, or of the last one once it finished.
    int total() const { return m_total; }
    int completed() const { return m_completed; }
    int failedCount() const { return int(m_failed.size()); }
    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_queue.size()); }
    // Failures of the last (or current) batch, for "Re-test failed".
    QStringList failedUuids() const { return m_failed; }
    // Estimate of the time left of the batch in ms; -1 while unknown.
    qint64 estimatedRemainingMs() const;

    // The outcome of a finished test call.
    static TestOutcome outcomeOf(const ApiCall &call);

signals:
    void queued(const QString &uuid);
    void testStarted(const QString &uuid);
    void testFinished(const QString &uuid, const lb::TestOutcome &outcome);
    void progressChanged(int completed, int total);
    void batchFinished();

private:
    void pump();
    void finishOne(const QString &uuid, const TestOutcome &outcome);
    // A test the permissions refuse: failed at once, naming the permission.
    TestOutcome refusedOutcome() const;

    QPointer<ApiClient> m_client;
    int m_concurrency = kDefaultConcurrency;
    QQueue<QString> m_queue;
    QSet<QString> m_queued;            // the same uuids as m_queue, for lookups
    QHash<QString, ModelType> m_types; // of the queued and running ones, when not Llm
    QHash<QString, QPointer<ApiCall>> m_running;
    QStringList m_failed;
    int m_total = 0;
    int m_completed = 0;
    qint64 m_busyMsSum = 0;   // summed durations of completed tests
    bool m_batchOpen = false; // batchFinished() not yet emitted
    bool m_cancelling = false;
};

} // namespace lb
