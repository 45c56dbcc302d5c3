#include "ServerContents.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ServerProbe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>

namespace lb {

ServerContents::ServerContents(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ServerContents::start()
{
    m_providers.clear();
    m_models.clear();
    m_hasProviders = false;
    m_error = ApiError();
    if (m_client && m_client->features().generation == ApiGeneration::Unknown) {
        auto *probe = new ServerProbe(m_client, this);
        connect(probe, &ServerProbe::finished, this, [this, probe] {
            probe->deleteLater();
            list();
        });
        probe->start();
        return;
    }
    list();
}

void ServerContents::list()
{
    m_types.clear();
    m_providersDone = true;
    if (m_client) {
        const ServerFeatures &features = m_client->features();
        m_providersDone = !features.hasProviders();
        m_hasProviders = features.hasProviders();
        m_types.append(ModelType::Llm);
        if (features.hasProviders())
            m_types.append(ModelType::Embedding);
        if (features.hasRerank())
            m_types.append(ModelType::Rerank);
    }
    QMetaObject::invokeMethod(this, &ServerContents::next, Qt::QueuedConnection);
}

ModelsDocument ServerContents::document(const ExportSource &source, const ExportOptions &options) const
{
    return m_hasProviders ? ModelsDocument::fromServer(m_providers, m_models, source, options)
                          : ModelsDocument::fromServer(m_models, source, options);
}

void ServerContents::next()
{
    if (!m_client) {
        m_error = ApiError(ApiError::Kind::Cancelled, QByteArray(), QString());
        emit finished();
        return;
    }
    ApiCall *call = nullptr;
    if (!m_providersDone)
        call = m_client->listProviders();
    else if (!m_types.isEmpty())
        call = m_client->listModels(m_types.constFirst());
    if (!call) {
        emit finished();
        return;
    }
    connect(call, &ApiCall::finished, this, [this, call] { onCall(call); });
}

void ServerContents::onCall(ApiCall *call)
{
    if (!call->ok()) {
        m_error = call->error();
        emit finished();
        return;
    }
    if (!m_providersDone) {
        m_providersDone = true;
        const QJsonArray list = call->data().toObject().value(QStringLiteral("providers")).toArray();
        for (const QJsonValue &v : list) {
            Provider p;
            if (Provider::fromJson(v, &p))
                m_providers.append(p);
        }
    } else {
        const ModelType type = m_types.takeFirst();
        QList<LlmModel> models = ApiClient::modelsFromCall(call);
        for (LlmModel &m : models)
            m.setType(type);
        m_models += models;
    }
    next();
}

} // namespace lb
