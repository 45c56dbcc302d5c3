#include "ReplaceRunner.h"

#include "api/ApiClient.h"

#include <algorithm>

namespace lb {

ReplaceRunner::ReplaceRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ReplaceRunner::~ReplaceRunner()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

bool ReplaceRunner::start(const ReplacePlan &plan)
{
    m_refusal.clear();
    if (m_running)
        m_refusal = tr("A replacement is running already.");
    else if (!plan.isValid())
        m_refusal = plan.error();
    else if (!m_client || !m_client->features().hasProviders())
        m_refusal = ReplacePlan::legacyNote();
    else if (!m_client->permissions().allows(Permissions::Action::EditPipelines))
        m_refusal = tr("Changing pipelines needs the permission %1, which this key or account does not have: "
                       "nothing was sent.")
                        .arg(Permissions::requiredFor(Permissions::Action::EditPipelines));
    if (!m_refusal.isEmpty())
        return false;
    m_plan = plan;
    m_results = QList<Result>(plan.rows().size());
    m_row = 0;
    m_running = true;
    next();
    return true;
}

void ReplaceRunner::cancel()
{
    if (!m_running)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
    for (int row = m_row; row < m_results.size(); ++row) {
        m_results[row].outcome = Result::Outcome::Cancelled;
        m_results[row].message = tr("Cancelled: nothing more was sent for this pipeline.");
        emit rowFinished(row);
    }
    m_row = int(m_results.size());
    m_running = false;
    emit finished();
}

int ReplaceRunner::count(Result::Outcome outcome) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [outcome](const Result &result) { return result.outcome == outcome; }));
}

void ReplaceRunner::next()
{
    if (!m_client) { // the server's client went away: nothing more can be sent
        cancel();
        return;
    }
    if (m_row >= m_plan.rows().size()) {
        m_running = false;
        emit finished();
        return;
    }
    ApiCall *call = m_client->getPipeline(m_plan.rows().at(m_row).pipelineUuid);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { fetched(call); });
}

void ReplaceRunner::fetched(ApiCall *call)
{
    call->deleteLater();
    if (call->error().isError()) {
        settle(Result::Outcome::Failed, call->error().message(), call->error().requestId());
        return;
    }
    const ReplaceRow &row = m_plan.rows().at(m_row);
    QJsonObject config
        = call->data().toObject().value(QLatin1String("pipeline")).toObject().value(QLatin1String("config")).toObject();
    const QList<ReplaceChange> changes = ReplacePlan::apply(&config, m_plan.oldUuid(), m_plan.newUuid());
    if (changes != row.changes) {
        settle(Result::Outcome::Skipped,
               changes.isEmpty() ? tr("Skipped: the pipeline no longer names the old model (changed on the server "
                                      "since the plan); nothing was sent.")
                                 : tr("Skipped: the pipeline changed on the server since the plan and names the old "
                                      "model elsewhere now; nothing was sent. Make the plan again."));
        return;
    }
    ApiCall *put = m_client->updatePipelineConfig(row.pipelineUuid, config);
    m_call = put;
    connect(put, &ApiCall::finished, this, [this, put, changes] { sent(put, changes); });
}

void ReplaceRunner::sent(ApiCall *call, const QList<ReplaceChange> &changes)
{
    call->deleteLater();
    if (call->error().isError()) {
        settle(Result::Outcome::Failed, call->error().message(), call->error().requestId());
        return;
    }
    m_results[m_row].changes = changes;
    settle(Result::Outcome::Changed, tr("Changed: %n field(s).", "", int(changes.size())));
}

void ReplaceRunner::settle(Result::Outcome outcome, const QString &message, const QString &requestId)
{
    m_call = nullptr;
    Result &result = m_results[m_row];
    result.outcome = outcome;
    result.message = message;
    result.requestId = requestId;
    const int row = m_row++;
    emit rowFinished(row);
    next();
}

} // namespace lb
