#include "ScanAddRunner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/Permissions.h"
#include "model/LlmModel.h"
#include "model/ModelFields.h"
#include "model/WriteBodies.h"
#include "testing/TestRunner.h"

#include <QJsonArray>
#include <QMetaObject>

#include <algorithm>

namespace lb {

ScanAddRunner::ScanAddRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ScanAddRunner::~ScanAddRunner()
{
    // Calls still on their way are left to finish; their answers no longer reach us.
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            disconnect(call, nullptr, this, nullptr);
    }
    if (m_check)
        disconnect(m_check, nullptr, this, nullptr);
}

void ScanAddRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, TestRunner::kMinConcurrency, TestRunner::kMaxConcurrency);
    if (m_running && m_check == nullptr)
        pump();
}

bool ScanAddRunner::start(const QString &providerUuid, const QList<ScannedModel> &models,
                          const QSet<QString> &knownUuids)
{
    if (m_running || !m_client)
        return false;
    m_provider = providerUuid;
    m_models = models;
    m_results = QList<ScanAddResult>(models.size());
    m_known = knownUuids;
    m_queue.clear();
    for (int i = 0; i < models.size(); ++i)
        m_queue.enqueue(i);
    m_completed = m_added = m_failed = 0;
    m_running = true;
    m_cancelled = false;
    QMetaObject::invokeMethod(this, &ScanAddRunner::checkProvider, Qt::QueuedConnection);
    return true;
}

void ScanAddRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_check) {
        disconnect(m_check, nullptr, this, nullptr);
        m_check->cancel();
        m_check = nullptr;
    }
    QMetaObject::invokeMethod(this, &ScanAddRunner::pump, Qt::QueuedConnection);
}

// The provider first (gotcha 15); then the creates.
void ScanAddRunner::checkProvider()
{
    if (!m_running || m_cancelled) {
        pump();
        return;
    }
    if (!m_client) {
        failAll(tr("the connection to the server was closed"), ScanAddResult::Outcome::NotSent);
        return;
    }
    if (!m_client->permissions().allows(Permissions::Action::Create)) {
        failAll(tr("needs the permission %1").arg(Permissions::requiredFor(Permissions::Action::Create)),
                ScanAddResult::Outcome::Failed);
        return;
    }
    ApiCall *call = m_client->getProvider(m_provider);
    m_check = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_check = nullptr;
        if (call->ok()) {
            pump();
            return;
        }
        const ApiError &error = call->error();
        // Credentials that may create but not read (a 403, so 4.10.7+, which
        // refuse a missing provider themselves): the creates go unchecked.
        if (error.category() == ApiError::Category::Permission) {
            pump();
        } else if (error.category() == ApiError::Category::NotFound) {
            failAll(tr("the provider is no longer on the server"), ScanAddResult::Outcome::Failed);
        } else {
            failAll(tr("the provider could not be read: %1").arg(error.message()), ScanAddResult::Outcome::Failed);
        }
    });
}

void ScanAddRunner::pump()
{
    if (!m_running)
        return;
    if (m_cancelled || !m_client) {
        const QString why
            = m_cancelled ? tr("cancelled before it was sent") : tr("the connection to the server was closed");
        while (!m_queue.isEmpty())
            finishItem(m_queue.dequeue(), ScanAddResult{ScanAddResult::Outcome::NotSent, {}, why, {}});
    }
    while (!m_queue.isEmpty() && m_calls.size() < m_concurrency)
        send(m_queue.dequeue());
    finishIfDone();
}

void ScanAddRunner::send(int index)
{
    const ScannedModel &scanned = m_models.at(index);
    if (!scanned.type) {
        finishItem(index,
                   ScanAddResult{ScanAddResult::Outcome::Failed,
                                 {},
                                 tr("the server's type \"%1\" is unknown to this console").arg(scanned.typeId),
                                 {}});
        return;
    }
    QJsonObject json{{ModelFields::kName, scanned.modelName()}, {ModelFields::kProviderUuid, m_provider}};
    if (*scanned.type == ModelType::Llm) {
        json.insert(ModelFields::kAbilities, QJsonArray::fromStringList(scanned.abilities));
        if (scanned.contextLength)
            json.insert(ModelFields::kContextLength, *scanned.contextLength);
    }
    LlmModel model(json);
    model.setType(*scanned.type);
    const WriteBody body = WriteBodies::modelCreate(model, m_client->features());
    if (!body.ok()) {
        finishItem(index, ScanAddResult{ScanAddResult::Outcome::Failed, {}, body.error, {}});
        return;
    }
    ApiCall *call = m_client->createModel(body.body, *scanned.type);
    m_calls.insert(index, call);
    connect(call, &ApiCall::finished, this, [this, call, index] { onCreated(call, index); });
    // A call destroyed without an answer (its client went away) fails its model.
    connect(call, &QObject::destroyed, this, [this, index] {
        if (m_calls.contains(index) && !m_calls.value(index)) {
            m_calls.remove(index);
            finishItem(index,
                       ScanAddResult{ScanAddResult::Outcome::Failed,
                                     {},
                                     tr("the request ended without an answer; check the model list"),
                                     {}});
            pump();
        }
    });
    emit itemStarted(index);
}

void ScanAddRunner::onCreated(ApiCall *call, int index)
{
    disconnect(call, nullptr, this, nullptr);
    m_calls.remove(index);
    ScanAddResult result;
    if (call->ok()) {
        result.outcome = ScanAddResult::Outcome::Added;
        result.uuid = ApiClient::stringFromData(call->data(), QStringLiteral("uuid"));
        m_known.insert(result.uuid);
    } else {
        result.outcome = ScanAddResult::Outcome::Failed;
        // What the server said (the row has little room); else the whole story.
        const ApiError &error = call->error();
        result.message = error.serverMessage().isEmpty() ? error.message() : error.serverMessage();
        result.requestId = error.requestId();
        // An embedding or rerank row is saved before its provider starts
        // (gotcha 4): look for it.
        if (m_models.at(index).type != ModelType::Llm && m_client
            && call->error().category() == ApiError::Category::Server) {
            findHalfSaved(index, result);
            return;
        }
    }
    finishItem(index, result);
    pump();
}

void ScanAddRunner::findHalfSaved(int index, ScanAddResult result)
{
    const ModelType type = *m_models.at(index).type;
    const QString name = m_models.at(index).modelName();
    ApiCall *list = m_client->listModels(type, m_provider);
    m_calls.insert(index, list);
    connect(list, &ApiCall::finished, this, [this, list, index, result, name]() mutable {
        disconnect(list, nullptr, this, nullptr);
        m_calls.remove(index);
        if (list->ok()) {
            for (const LlmModel &m : ApiClient::modelsFromCall(list)) {
                if (m.name() != name || m_known.contains(m.uuid()))
                    continue;
                m_known.insert(m.uuid());
                result.uuid = m.uuid();
                result.message += u' '
                    + tr("The server saved the model anyway (%1): delete it, or check the provider.").arg(m.uuid());
                break;
            }
        }
        finishItem(index, result);
        pump();
    });
}

void ScanAddRunner::finishItem(int index, const ScanAddResult &result)
{
    m_results[index] = result;
    ++m_completed;
    if (result.outcome == ScanAddResult::Outcome::Added)
        ++m_added;
    else if (result.outcome == ScanAddResult::Outcome::Failed)
        ++m_failed;
    emit itemFinished(index, result);
    emit progressChanged(m_completed, total());
}

void ScanAddRunner::failAll(const QString &message, ScanAddResult::Outcome outcome)
{
    while (!m_queue.isEmpty())
        finishItem(m_queue.dequeue(), ScanAddResult{outcome, {}, message, {}});
    finishIfDone();
}

void ScanAddRunner::finishIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_calls.isEmpty() || m_check)
        return;
    m_running = false;
    emit finished();
}

} // namespace lb
