#include "ApiClient.h"

#include "Logging.h"
#include "model/LlmModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <cstring>

namespace lb {

namespace {

QString modelsPath(ModelType type)
{
    return QStringLiteral("/api/v1/provider/models/") + modelTypeId(type);
}

QString modelPath(const QString &uuid, ModelType type)
{
    return modelsPath(type) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(uuid));
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

// The list of one type, checked and decoded in one pass (possibly on a
// worker thread); each model gets the type of its route.
ApiCall::Decoder decodeModelList(ModelType type)
{
    return [type](const QJsonValue &data, QVariant *decoded) {
        QList<LlmModel> models;
        const QString problem = ApiClient::decodeModels(data, &models, type);
        if (problem.isEmpty() && decoded)
            *decoded = QVariant::fromValue(std::move(models));
        return problem;
    };
}

// (Embedding and rerank records have no requester: LlmModel::fromJson needs
// only a uuid, so one decoder serves every type.)
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

// A request body Qt can read once and never rewind. Qt sends a request again
// on a new connection when the first one closes without an answer; for a
// write that would apply it twice if the server had applied it already.
// With this body Qt cannot, and the call fails instead (ContentReSendError).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_bytes.size() - m_at);
        if (n <= 0)
            return -1; // the end
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

ApiCall::DataCheck requireString(const QString &key)
{
    return [key](const QJsonValue &data) { return expectObjectMember(data, key, QJsonValue::String); };
}

} // namespace

ApiClient::ApiClient(ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_nam(newManager())
{
}

QNetworkAccessManager *ApiClient::newManager()
{
    auto *nam = new QNetworkAccessManager(this);
    // Redirects are checked one by one in ApiCall::onRedirected.
    nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    return nam;
}

QNetworkAccessManager *ApiClient::testLane()
{
    constexpr int kConnectionsPerManager = 6; // Qt's HTTP/1.1 limit per host
    for (QNetworkAccessManager *lane : std::as_const(m_testLanes)) {
        if (m_testLoad.value(lane) < kConnectionsPerManager)
            return lane;
    }
    QNetworkAccessManager *lane = newManager();
    m_testLanes.append(lane);
    return lane;
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setSettings(const ConnectionSettings &settings)
{
    cancelAll();
    // A renewal in progress belongs to the old settings: forget it.
    m_renewing = false;
    ++m_renewalId;
    m_waitingForRenewal.clear();
    const bool otherServer = settings.baseUrl != m_settings.baseUrl;
    m_settings = settings;
    ++m_credentialGeneration;
    m_nam->clearConnectionCache();
    for (QNetworkAccessManager *lane : std::as_const(m_testLanes))
        lane->clearConnectionCache();
    if (otherServer) { // what was detected was about the old one
        setFeatures({});
        setPermissions({});
    }
}

void ApiClient::setFeatures(const ServerFeatures &features)
{
    const bool same
        = features.generation == m_features.generation && features.version.text() == m_features.version.text();
    m_features = features;
    if (!same)
        emit featuresChanged();
}

void ApiClient::setPermissions(const Permissions &permissions)
{
    if (permissions == m_permissions)
        return;
    m_permissions = permissions;
    emit permissionsChanged();
}

void ApiClient::setCredential(ConnectionSettings::AuthMode mode, const QString &secret)
{
    m_settings.authMode = mode;
    m_settings.secret = secret;
    ++m_credentialGeneration;
}

void ApiClient::setReauthenticator(Reauthenticator reauthenticator)
{
    m_reauthenticator = std::move(reauthenticator);
}

bool ApiClient::takeOverRefusedCall(ApiCall *call)
{
    if (!m_reauthenticator)
        return false;
    if (call->m_credentialGeneration != m_credentialGeneration) {
        // Refused with credentials that were replaced meanwhile: try the new ones.
        transmit(call, true);
        return true;
    }
    call->beginRenewalWait(m_settings.timeout);
    m_waitingForRenewal.append(call);
    if (!m_renewing)
        startRenewal();
    return true;
}

void ApiClient::startRenewal()
{
    m_renewing = true;
    const quint64 id = ++m_renewalId;
    qCDebug(lcApi) << "credentials refused; renewing them";
    QPointer<ApiClient> self(this);
    auto called = std::make_shared<bool>(false);
    RenewalDone done = [self, id, called](bool renewed) {
        if (*called)
            return;
        *called = true;
        if (self)
            self->finishRenewal(id, renewed);
    };
    // A copy: the reauthenticator may replace itself while running.
    const Reauthenticator reauthenticator = m_reauthenticator;
    reauthenticator(std::move(done));
}

void ApiClient::finishRenewal(quint64 renewalId, bool renewed)
{
    if (renewalId != m_renewalId || !m_renewing)
        return;
    m_renewing = false;
    qCDebug(lcApi) << (renewed ? "credentials renewed" : "credentials not renewed");
    const QList<QPointer<ApiCall>> waiting = std::exchange(m_waitingForRenewal, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call || call->isFinished() || !call->isWaitingForRenewal())
            continue;
        if (renewed)
            transmit(call, true);
        else
            call->failRenewal(); // emits finished(): anything may happen after
    }
}

QString ApiClient::displayUrl() const
{
    QString text
        = m_settings.baseUrl
              .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
              .toDisplayString();
    return text;
}

QString ApiClient::newRequestId()
{
    return QStringLiteral("lbc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
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

ApiCall *ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject *body, CallKind kind,
                         ApiCall::Decoder decoder)
{
    const bool isTest = kind == CallKind::Test;
    const bool withCredentials = kind != CallKind::Anonymous;
    const QString shownPath = QUrl(urlFor(path)).path(); // with the prefix, as sent
    auto *call = new ApiCall(method, shownPath, m_settings.maxResponseBytes,
                             isTest ? m_settings.testTimeout : std::chrono::milliseconds(0), std::move(decoder),
                             m_clock.data(), this);
    call->m_rawPath = path;
    call->m_hasBody = body != nullptr;
    call->m_isTest = isTest;
    if (body)
        call->m_payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    // Reads answered HTTP 429/503 are sent again after a pause; writes never.
    if (method == "GET") {
        call->m_retriesLeft = std::max(0, m_settings.readRetries);
        call->m_retryDelay = m_settings.retryDelay;
        call->m_retryMaxDelay = m_settings.retryMaxDelay;
        call->m_retryBudget = m_settings.timeout;
        call->m_resend = [this, withCredentials](ApiCall *again) { transmit(again, withCredentials); };
    }
    if (withCredentials) {
        QPointer<ApiClient> self(this);
        call->m_authRetry = [self](ApiCall *refused) { return self && self->takeOverRefusedCall(refused); };
    }
    m_calls.append(call);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_calls.removeAll(call);
        m_calls.removeAll(nullptr);
        emit runningCallsChanged(int(m_calls.size()));
    });
    transmit(call, withCredentials);
    emit runningCallsChanged(int(m_calls.size()));
    return call;
}

void ApiClient::transmit(ApiCall *call, bool withCredentials)
{
    const std::chrono::milliseconds timeout = call->m_isTest ? m_settings.testTimeout : m_settings.timeout;
    QNetworkRequest request(urlFor(call->m_rawPath));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    // Each attempt its own id: a 4.10.7+ server logs the request under it.
    call->m_requestId = newRequestId();
    call->m_serverLogsRequestIds = m_features.generation == ApiGeneration::Workspaces;
    request.setRawHeader("X-Request-Id", call->m_requestId.toLatin1());
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
    call->m_credentialGeneration = m_credentialGeneration;

    const QByteArray &method = call->m_method;
    if (call->m_hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcApi).noquote() << method << call->m_rawPath << (call->m_hasBody ? call->m_payload.size() : 0) << "bytes"
                             << "request id" << call->m_requestId
                             << (call->wasRetried() ? "(again, with renewed credentials)" : "");

    QNetworkAccessManager *nam = m_nam;
    if (call->m_isTest) {
        nam = testLane();
        ++m_testLoad[nam];
    }
    QNetworkReply *reply = nullptr;
    if (call->m_hasBody || method != "GET") {
        // A write goes out once (see OneShotBody): streamed, not buffered.
        //
        // Head and body leave in one TCP segment. A small body written after
        // its head, in a segment of its own, waits (Nagle) for the server to
        // acknowledge the head, and on a kept-alive connection the server
        // delays that acknowledgement up to 40 ms: every write and test would
        // pay about 40 ms. With the body's size known (Content-Length below)
        // Qt 6.4 writes the head together with the body (tst_requestwrites
        // checks it on the wire; strace shows one write() per request, also
        // with a busy GUI thread). What still costs about 40 ms a call against
        // LangBot itself (Quart on Hypercorn) is the answer: Hypercorn writes
        // its head and body in two sends on a socket without TCP_NODELAY
        // (asyncio sets it only on sockets made with IPPROTO_TCP, Hypercorn's
        // are made with protocol 0), and the body waits for this side's
        // delayed acknowledgement of the head. No client keeping its
        // connection alive avoids that (README, Performance; tests/bench).
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->m_payload.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *payload = new OneShotBody(call->m_payload);
        reply = nam->sendCustomRequest(request, method, payload);
        payload->setParent(reply);
    } else {
        reply = nam->get(request);
    }
    if (call->m_isTest)
        connect(reply, &QNetworkReply::finished, this, [this, nam] { --m_testLoad[nam]; });
    call->attachReply(reply, normalizedFingerprint(m_settings.pinnedCertificateSha256));
}

ApiCall *ApiClient::listModels(ModelType type, const QString &providerUuid)
{
    QString path = modelsPath(type);
    if (!providerUuid.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("provider_uuid"), QString::fromLatin1(QUrl::toPercentEncoding(providerUuid)));
        path += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
    return send("GET", path, nullptr, CallKind::Normal, decodeModelList(type));
}

ApiCall *ApiClient::getModel(const QString &uuid, ModelType type)
{
    return send("GET", modelPath(uuid, type), nullptr, CallKind::Normal, checkOneModel);
}

ApiCall *ApiClient::createModel(const QJsonObject &createBody, ModelType type)
{
    return send("POST", modelsPath(type), &createBody, CallKind::Normal, requireString(QStringLiteral("uuid")));
}

ApiCall *ApiClient::updateModel(const QString &uuid, const QJsonObject &updateBody, ModelType type)
{
    return send("PUT", modelPath(uuid, type), &updateBody, CallKind::Normal, {});
}

ApiCall *ApiClient::deleteModel(const QString &uuid, ModelType type)
{
    return send("DELETE", modelPath(uuid, type), nullptr, CallKind::Normal, {});
}

ApiCall *ApiClient::testModel(const QString &uuid, ModelType type, const QJsonObject &body)
{
    return send("POST", modelPath(uuid, type) + QLatin1String("/test"), &body, CallKind::Test, {});
}

ApiCall *ApiClient::testUnsavedModel(const QJsonObject &createBody, ModelType type)
{
    return send("POST", modelsPath(type) + QLatin1String("/_/test"), &createBody, CallKind::Test, {});
}

ApiCall::Decoder ApiClient::requireMember(const QString &key, QJsonValue::Type type)
{
    return [key, type](const QJsonValue &data) { return expectObjectMember(data, key, type); };
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

ApiCall *ApiClient::listRequesters(const QString &modelType)
{
    QString path = QStringLiteral("/api/v1/provider/requesters");
    if (!modelType.isEmpty()) { // empty: every type
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), modelType);
        path += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
    return send("GET", path, nullptr, CallKind::Normal, [](const QJsonValue &data) {
        return expectObjectMember(data, QStringLiteral("requesters"), QJsonValue::Array);
    });
}

ApiCall *ApiClient::getRequester(const QString &name)
{
    return send("GET",
                QStringLiteral("/api/v1/provider/requesters/") + QString::fromLatin1(QUrl::toPercentEncoding(name)),
                nullptr, CallKind::Normal, [](const QJsonValue &data) {
                    return expectObjectMember(data, QStringLiteral("requester"), QJsonValue::Object);
                });
}

ApiCall *ApiClient::requesterIcon(const QString &name)
{
    ApiCall *call = send("GET",
                         QStringLiteral("/api/v1/provider/requesters/")
                             + QString::fromLatin1(QUrl::toPercentEncoding(name)) + QStringLiteral("/icon"),
                         nullptr, CallKind::Anonymous, nullptr);
    call->m_raw = true; // the answer arrives later, in the event loop
    return call;
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

QString ApiClient::decodeModels(const QJsonValue &data, QList<LlmModel> *models, ModelType type)
{
    const QString problem = expectObjectMember(data, QStringLiteral("models"), QJsonValue::Array);
    if (!problem.isEmpty())
        return problem;
    const QJsonArray array = data.toObject().value(QLatin1String("models")).toArray();
    QList<LlmModel> decoded;
    decoded.reserve(array.size());
    QString why;
    for (qsizetype i = 0; i < array.size(); ++i) {
        LlmModel model;
        if (!LlmModel::fromJson(array.at(i), &model, &why))
            return tr("“data.models[%1]”: %2").arg(i).arg(why);
        model.setType(type);
        decoded.append(std::move(model));
    }
    if (models)
        *models = std::move(decoded);
    return {};
}

QList<LlmModel> ApiClient::modelsFromCall(const ApiCall *call)
{
    const QVariant &decoded = call->decoded();
    if (decoded.metaType() == QMetaType::fromType<QList<LlmModel>>())
        return decoded.value<QList<LlmModel>>();
    return modelsFromData(call->data());
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

QString ApiClient::certificateSha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString ApiClient::certificateSummary(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    QStringList parts;
    parts << tr("subject: %1").arg(certificate.subjectDisplayName())
          << tr("issuer: %1").arg(certificate.issuerDisplayName())
          << tr("valid from %1 to %2 (UTC)")
                 .arg(certificate.effectiveDate().toUTC().toString(dateFormat),
                      certificate.expiryDate().toUTC().toString(dateFormat));
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        names << it.value();
    if (!names.isEmpty())
        parts << tr("names: %1").arg(names.join(QLatin1String(", ")));
    parts << tr("SHA-256: %1").arg(certificateSha256(certificate));
    return parts.join(QLatin1String("; "));
}

QString ApiClient::normalizedFingerprint(const QString &fingerprint)
{
    QString hex;
    hex.reserve(64);
    for (const QChar c : fingerprint) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        hex += c.toLower();
    }
    return hex;
}

QString ApiClient::stringFromData(const QJsonValue &data, const QString &key)
{
    return data.toObject().value(key).toString();
}

} // namespace lb
