#include "TestRunner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QDateTime>

namespace lb {

TestRunner::TestRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TestRunner::~TestRunner()
{
    // Abort what runs without telling anyone: the listeners may be gone.
    const auto running = m_running;
    m_running.clear();
    for (const QPointer<ApiCall> &call : running) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void TestRunner::setClient(ApiClient *client)
{
    if (client == m_client)
        return;
    cancel();
    m_client = client;
}

void TestRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, kMinConcurrency, kMaxConcurrency);
    pump();
}

TestOutcome TestRunner::outcomeOf(const ApiCall &call)
{
    TestOutcome outcome;
    outcome.finishedAt = call.clock()->now().toLocalTime();
    outcome.latencyMs = call.elapsedMs();
    if (call.ok()) {
        outcome.state = TestOutcome::State::Ok;
    } else {
        const ApiError &error = call.error();
        outcome.state
            = error.kind() == ApiError::Kind::Cancelled ? TestOutcome::State::Cancelled : TestOutcome::State::Failed;
        outcome.message = error.message();
        outcome.requestId = error.serverRequestId();
    }
    return outcome;
}

void TestRunner::start(const QStringList &uuids, const QHash<QString, ModelType> &types)
{
    if (!isRunning()) {
        m_total = 0;
        m_completed = 0;
        m_busyMsSum = 0;
        m_failed.clear();
    }
    m_batchOpen = true;
    for (const QString &uuid : uuids) {
        if (uuid.isEmpty() || m_queued.contains(uuid) || m_running.contains(uuid))
            continue;
        m_queued.insert(uuid);
        m_queue.enqueue(uuid);
        if (const ModelType type = types.value(uuid, ModelType::Llm); type != ModelType::Llm)
            m_types.insert(uuid, type);
        if (!m_failed.isEmpty())
            m_failed.removeAll(uuid); // tested again: its old failure no longer counts
        ++m_total;
        emit queued(uuid);
    }
    emit progressChanged(m_completed, m_total);
    pump();
}

void TestRunner::pump()
{
    while (!m_cancelling && m_client && !m_queue.isEmpty() && m_running.size() < m_concurrency) {
        const QString uuid = m_queue.dequeue();
        m_queued.remove(uuid);
        const ModelType type = m_types.take(uuid);
        if (!m_client->permissions().allows(Permissions::Action::Test)) {
            finishOne(uuid, refusedOutcome());
            continue;
        }
        ApiCall *call = m_client->testModel(uuid, type);
        m_running.insert(uuid, call);
        connect(call, &ApiCall::finished, this, [this, uuid, call] {
            m_running.remove(uuid);
            finishOne(uuid, outcomeOf(*call));
            pump();
        });
        emit testStarted(uuid);
    }
    if (!m_cancelling && m_batchOpen && !isRunning()) {
        m_batchOpen = false;
        emit batchFinished();
    }
}

TestOutcome TestRunner::refusedOutcome() const
{
    TestOutcome outcome;
    outcome.state = TestOutcome::State::Failed;
    outcome.finishedAt = m_client->clock()->now().toLocalTime();
    outcome.message = tr("Not tested: the credentials lack the permission %1 (nothing was sent)")
                          .arg(Permissions::requiredFor(Permissions::Action::Test));
    return outcome;
}

void TestRunner::finishOne(const QString &uuid, const TestOutcome &outcome)
{
    ++m_completed;
    m_busyMsSum += std::max<qint64>(0, outcome.latencyMs);
    if (outcome.state == TestOutcome::State::Failed)
        m_failed.append(uuid);
    emit testFinished(uuid, outcome);
    emit progressChanged(m_completed, m_total);
}

void TestRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelling = true;
    TestOutcome cancelled;
    cancelled.state = TestOutcome::State::Cancelled;
    cancelled.finishedAt = (m_client ? m_client->clock() : Clock::system())->now().toLocalTime();
    m_queued.clear();
    m_types.clear();
    while (!m_queue.isEmpty())
        finishOne(m_queue.dequeue(), cancelled);
    // cancel() finishes each call synchronously; its handler removes it.
    const auto running = m_running;
    for (const QPointer<ApiCall> &call : running) {
        if (call)
            call->cancel();
    }
    m_running.clear();
    m_cancelling = false;
    m_batchOpen = false;
    emit batchFinished();
}

qint64 TestRunner::estimatedRemainingMs() const
{
    if (m_completed == 0 || !isRunning())
        return -1;
    const double perTest = double(m_busyMsSum) / m_completed;
    const int left = m_total - m_completed;
    const int lanes = std::max(1, std::min(m_concurrency, left));
    return qint64(perTest * left / lanes);
}

} // namespace lb
