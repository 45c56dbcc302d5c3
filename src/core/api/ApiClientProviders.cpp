// ApiClient: providers (LangBot 4.7+) and what the server says about itself
// and the credentials (4.10.7+). API.md "Newer servers".
#include "ApiClient.h"

#include "model/Provider.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace lb {

namespace {

const QString kProvidersPath = QStringLiteral("/api/v1/provider/providers");

QString providerPath(const QString &uuid)
{
    return kProvidersPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(uuid));
}

// data must be an object (these answers have no fixed member to check).
QString requireObjectData(const QJsonValue &data)
{
    return data.isObject() ? QString() : ApiClient::tr("“data” is missing or not an object");
}

} // namespace

ApiCall *ApiClient::listProviders()
{
    return send("GET", kProvidersPath, nullptr, CallKind::Normal,
                requireMember(QStringLiteral("providers"), QJsonValue::Array));
}

QList<Provider> ApiClient::providersFromData(const QJsonValue &data)
{
    const QJsonArray array = data.toObject().value(QLatin1String("providers")).toArray();
    QList<Provider> providers;
    providers.reserve(array.size());
    for (const QJsonValue &value : array) {
        Provider provider;
        if (Provider::fromJson(value, &provider))
            providers.append(provider);
    }
    return providers;
}

ApiCall *ApiClient::getProvider(const QString &uuid)
{
    return send("GET", providerPath(uuid), nullptr, CallKind::Normal,
                requireMember(QStringLiteral("provider"), QJsonValue::Object));
}

ApiCall *ApiClient::createProvider(const QJsonObject &createBody)
{
    return send("POST", kProvidersPath, &createBody, CallKind::Normal,
                requireMember(QStringLiteral("uuid"), QJsonValue::String));
}

ApiCall *ApiClient::updateProvider(const QString &uuid, const QJsonObject &updateBody)
{
    return send("PUT", providerPath(uuid), &updateBody, CallKind::Normal, {});
}

ApiCall *ApiClient::deleteProvider(const QString &uuid)
{
    return send("DELETE", providerPath(uuid), nullptr, CallKind::Normal, {});
}

ApiCall *ApiClient::scanProviderModels(const QString &uuid, std::optional<ModelType> type)
{
    QString path = providerPath(uuid) + QLatin1String("/scan-models");
    if (type) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), modelTypeId(*type));
        path += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
    ApiCall *call
        = send("GET", path, nullptr, CallKind::Normal, requireMember(QStringLiteral("models"), QJsonValue::Array));
    // Raw upstream data (headers, maybe keys): never kept, shown or exported.
    call->m_dropDataKeys = {QStringLiteral("debug")};
    return call;
}

ApiCall *ApiClient::currentWorkspace()
{
    return send("GET", QStringLiteral("/api/v1/workspaces/current"), nullptr, CallKind::Normal, requireObjectData);
}

ApiCall *ApiClient::systemContext()
{
    return send("GET", QStringLiteral("/api/v1/system/context"), nullptr, CallKind::Normal, requireObjectData);
}

ApiCall *ApiClient::systemCapabilities()
{
    return send("GET", QStringLiteral("/api/v1/system/capabilities"), nullptr, CallKind::Normal,
                requireMember(QStringLiteral("operations"), QJsonValue::Object));
}

ApiCall *ApiClient::listPipelines()
{
    return send("GET", QStringLiteral("/api/v1/pipelines"), nullptr, CallKind::Normal,
                requireMember(QStringLiteral("pipelines"), QJsonValue::Array));
}

ApiCall *ApiClient::getPipeline(const QString &uuid)
{
    return send("GET", QStringLiteral("/api/v1/pipelines/") + QString::fromLatin1(QUrl::toPercentEncoding(uuid)),
                nullptr, CallKind::Normal, requireMember(QStringLiteral("pipeline"), QJsonValue::Object));
}

ApiCall *ApiClient::updatePipelineConfig(const QString &uuid, const QJsonObject &config)
{
    const QJsonObject body{{QStringLiteral("config"), config}};
    return send("PUT", QStringLiteral("/api/v1/pipelines/") + QString::fromLatin1(QUrl::toPercentEncoding(uuid)), &body,
                CallKind::Normal, {});
}

ApiCall *ApiClient::listBots()
{
    return send("GET", QStringLiteral("/api/v1/platform/bots"), nullptr, CallKind::Normal,
                requireMember(QStringLiteral("bots"), QJsonValue::Array));
}

ApiCall *ApiClient::listKnowledgeBases()
{
    return send("GET", QStringLiteral("/api/v1/knowledge/bases"), nullptr, CallKind::Normal,
                requireMember(QStringLiteral("bases"), QJsonValue::Array));
}

} // namespace lb
