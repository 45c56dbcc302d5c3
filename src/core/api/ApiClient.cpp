#include "ApiClient.h"

#include "Logging.h"
#include "model/LlmModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace lb {

namespace {

const QString kModelsPath = QStringLiteral("/api/v1/provider/models/llm");

QString modelPath(const QString &uuid)
{
    return kModelsPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(uuid));
}

// Shape checks for successful answers: an empty string means fine.
QString expectObjectMember(const QJsonValue &data, const QString &key, QJsonValue::Type type)
{
    if (!data.isObject())
        return ApiClient::tr("“data” is missing or not an object");
    const QJsonValue member = data.toObject().value(key);
    if (member.type() != type) {
        return ApiClient::tr("“data.%1” is missing or has the wrong type").arg(key);
    }
    return {};
}

QString checkModelList(const QJsonValue &data)
{
    const QString problem = expectObjectMember(data, QStringLiteral("models"), QJsonValue::Array);
    if (!problem.isEmpty())
        return problem;
    const QJsonArray models = data.toObject().value(QLatin1String("models")).toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        QString why;
        if (!LlmModel::fromJson(models.at(i), nullptr, &why))
            return ApiClient::tr("“data.models[%1]”: %2").arg(i).arg(why);
    }
    return {};
}

QString checkOneModel(const QJsonValue &data)
{
    const QString problem = expectObjectMember(data, QStringLiteral("model"), QJsonValue::Object);
    if (!problem.isEmpty())
        return problem;
    QString why;
    if (!LlmModel::fromJson(data.toObject().value(QLatin1String("model")), nullptr, &why))
        return ApiClient::tr("“data.model”: %1").arg(why);
    return {};
}

ApiCall::DataCheck requireString(const QString &key)
{
    return [key](const QJsonValue &data) {
        return expectObjectMember(data, key, QJsonValue::String);
    };
}

} // namespace

ApiClient::ApiClient(ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_nam(new QNetworkAccessManager(this))
{
    // Redirects are checked one by one in ApiCall::onRedirected.
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setSettings(const ConnectionSettings &settings)
{
    cancelAll();
    m_settings = settings;
    m_nam->clearConnectionCache();
}

void ApiClient::setCredential(ConnectionSettings::AuthMode mode, const QString &secret)
{
    m_settings.authMode = mode;
    m_settings.secret = secret;
}

QString ApiClient::displayUrl() const
{
    QString text = m_settings.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                               | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
                       .toDisplayString();
    return text;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("langbot-console/" LANGBOT_VERSION " (Qt ") + qVersion() + ')';
}

QUrl ApiClient::urlFor(const QString &path) const
{
    QUrl url = m_settings.baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(prefix + (q < 0 ? path : path.left(q)), QUrl::TolerantMode);
    url.setQuery(q < 0 ? QString() : path.mid(q + 1));
    url.setFragment({});
    url.setUserInfo({});
    return url;
}

ApiCall *ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject *body,
                         CallKind kind, ApiCall::DataCheck check)
{
    const bool isTest = kind == CallKind::Test;
    const bool withCredentials = kind != CallKind::Anonymous;
    const std::chrono::milliseconds timeout = isTest ? m_settings.testTimeout : m_settings.timeout;
    QNetworkRequest request(urlFor(path));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    // Credentials are set here and nowhere else, and never logged.
    if (withCredentials && !m_settings.secret.isEmpty()) {
        switch (m_settings.authMode) {
        case ConnectionSettings::AuthMode::ApiKey:
            request.setRawHeader("X-API-Key", m_settings.secret.toUtf8());
            break;
        case ConnectionSettings::AuthMode::Bearer:
            request.setRawHeader("Authorization", "Bearer " + m_settings.secret.toUtf8());
            break;
        case ConnectionSettings::AuthMode::None:
            break;
        }
    }

    QByteArray payload;
    if (body) {
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    qCDebug(lcApi).noquote() << method << path << (body ? payload.size() : 0) << "bytes";

    QNetworkReply *reply = body || method != "GET"
        ? m_nam->sendCustomRequest(request, method, payload)
        : m_nam->get(request);

    const QString shownPath = QUrl(urlFor(path)).path(); // with the prefix, as sent
    auto *call = new ApiCall(reply, method, shownPath, m_settings.maxResponseBytes,
                             isTest ? timeout : std::chrono::milliseconds(0),
                             std::move(check), this);
    m_calls.append(call);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_calls.removeAll(call);
        m_calls.removeAll(nullptr);
        emit runningCallsChanged(int(m_calls.size()));
    });
    emit runningCallsChanged(int(m_calls.size()));
    return call;
}

ApiCall *ApiClient::listModels()
{
    return send("GET", kModelsPath, nullptr, CallKind::Normal, checkModelList);
}

ApiCall *ApiClient::getModel(const QString &uuid)
{
    return send("GET", modelPath(uuid), nullptr, CallKind::Normal, checkOneModel);
}

ApiCall *ApiClient::createModel(const QJsonObject &createBody)
{
    return send("POST", kModelsPath, &createBody, CallKind::Normal,
                requireString(QStringLiteral("uuid")));
}

ApiCall *ApiClient::updateModel(const QString &uuid, const QJsonObject &updateBody)
{
    return send("PUT", modelPath(uuid), &updateBody, CallKind::Normal, {});
}

ApiCall *ApiClient::deleteModel(const QString &uuid)
{
    return send("DELETE", modelPath(uuid), nullptr, CallKind::Normal, {});
}

ApiCall *ApiClient::testModel(const QString &uuid)
{
    const QJsonObject empty;
    return send("POST", modelPath(uuid) + QLatin1String("/test"), &empty,
                CallKind::Test, {});
}

ApiCall *ApiClient::testUnsavedModel(const QJsonObject &createBody)
{
    return send("POST", kModelsPath + QLatin1String("/_/test"), &createBody,
                CallKind::Test, {});
}

ApiCall *ApiClient::systemInfo()
{
    return send("GET", QStringLiteral("/api/v1/system/info"), nullptr, CallKind::Anonymous,
                requireString(QStringLiteral("version")));
}

ApiCall *ApiClient::login(const QString &user, const QString &password)
{
    const QJsonObject body{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    return send("POST", QStringLiteral("/api/v1/user/auth"), &body, CallKind::Anonymous,
                requireString(QStringLiteral("token")));
}

ApiCall *ApiClient::checkToken()
{
    return send("GET", QStringLiteral("/api/v1/user/check-token"), nullptr, CallKind::Normal,
                requireString(QStringLiteral("token")));
}

void ApiClient::cancelAll()
{
    const QList<QPointer<ApiCall>> calls = m_calls;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

int ApiClient::runningCalls() const
{
    return int(m_calls.size());
}

QList<LlmModel> ApiClient::modelsFromData(const QJsonValue &data)
{
    const QJsonArray array = data.toObject().value(QLatin1String("models")).toArray();
    QList<LlmModel> models;
    models.reserve(array.size());
    for (const QJsonValue &value : array) {
        LlmModel model;
        if (LlmModel::fromJson(value, &model))
            models.append(model);
    }
    return models;
}

LlmModel ApiClient::modelFromData(const QJsonValue &data)
{
    LlmModel model;
    LlmModel::fromJson(data.toObject().value(QLatin1String("model")), &model);
    return model;
}

QString ApiClient::stringFromData(const QJsonValue &data, const QString &key)
{
    return data.toObject().value(key).toString();
}

} // namespace lb
