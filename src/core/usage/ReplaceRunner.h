#pragma once

#include "usage/ReplacePlan.h"

#include <QObject>
#include <QPointer>

namespace lb {

class ApiCall;
class ApiClient;

// Applies a ReplacePlan, one pipeline at a time: reads the pipeline fresh
// (GET /api/v1/pipelines/{uuid}), rewrites its references with
// ReplacePlan::apply(), and sends exactly {"config": <the whole config>}
// (PUT replaces the whole config; a "name" would restart its bots). A pipeline
// that no longer names the old model where the plan said is skipped. One
// result per row of the plan; cancellable.
class ReplaceRunner : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Outcome { Pending, Changed, Skipped, Failed, Cancelled };
        Outcome outcome = Outcome::Pending;
        QString message;              // for people: why skipped, the server's words
        QString requestId;            // Failed: the request id to quote (4.10.7+)
        QList<ReplaceChange> changes; // Changed: what was sent
    };

    explicit ReplaceRunner(ApiClient *client, QObject *parent = nullptr);
    ~ReplaceRunner() override;

    // Starts; false (nothing sent, refusal() says why) for a plan that cannot
    // run, a 4.0–4.6 server, or without the permission resource.manage.
    bool start(const ReplacePlan &plan);
    void cancel();
    QString refusal() const { return m_refusal; }
    bool isRunning() const { return m_running; }

    const ReplacePlan &plan() const { return m_plan; }
    const QList<Result> &results() const { return m_results; }
    int count(Result::Outcome outcome) const;

signals:
    void rowFinished(int row);
    void finished();

private:
    void next();
    void fetched(ApiCall *call);
    void sent(ApiCall *call, const QList<ReplaceChange> &changes);
    void settle(Result::Outcome outcome, const QString &message, const QString &requestId = {});

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    ReplacePlan m_plan;
    QList<Result> m_results;
    int m_row = 0;
    bool m_running = false;
    QString m_refusal;
};

} // namespace lb
