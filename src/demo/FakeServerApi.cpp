// The LangBot API of the fake server: models, requesters, sign-in and tokens,
// and its data (the demo's sample models, generated lists).
#include "FakeServerInternals.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lb::demo {

Q_LOGGING_CATEGORY(lcDemo, "langbot.demo", QtInfoMsg)

QByteArray toCompactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Answer envelopeAnswer(int status, const QJsonValue &code, const QString &msg, const QJsonValue &data)
{
    Answer a;
    a.status = status;
    a.body = toCompactJson(QJsonObject{{u"code"_s, code}, {u"msg"_s, msg}, {u"data"_s, data}});
    return a;
}

Answer okAnswer(const QJsonValue &data)
{
    return envelopeAnswer(200, 0, u"ok"_s, data);
}

Answer failAnswer(int status, int code, const QString &msg)
{
    return envelopeAnswer(status, code, msg, QJsonValue::Null);
}

Answer htmlAnswer(int status, const QByteArray &html)
{
    Answer a;
    a.status = status;
    a.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    a.body = html;
    return a;
}

Answer methodNotAllowed()
{
    return failAnswer(405, -1, u"Method not allowed"_s);
}

// What the web UI's single-page app answers for any path it does not know.
QByteArray webUiPage()
{
    return QByteArrayLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<title>LangBot</title></head><body><div id=\"root\"></div>"
                             "<noscript>You need to enable JavaScript to run this app.</noscript>"
                             "</body></html>\n");
}

// Python's datetime.isoformat() of a naive datetime: no zone, microseconds.
QString isoTimestamp(qint64 epochMicros)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(epochMicros / 1000, Qt::UTC);
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.'
        + QString::number(epochMicros % 1000000).rightJustified(6, u'0');
}

// A version-4 UUID from a (possibly seeded) generator.
QString uuidFrom(QRandomGenerator &generator)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x40);
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

namespace {

const QString kModelsPath = u"/api/v1/provider/models/llm"_s;
const QString kRequestersPath = u"/api/v1/provider/requesters"_s;
constexpr int kDefaultSlowTestMs = 5000;
const QString kDefaultProviderError = u"Error code: 401 - {'error': {'message': 'Incorrect API key provided'}}"_s;

Answer modelNotFound()
{
    return failAnswer(404, -1, u"model not found"_s);
}

QByteArray notFoundPage()
{
    return QByteArrayLiteral("<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
                             "<h1>Not Found</h1>\n<p>The requested URL was not found on the server. "
                             "If you entered the URL manually please check your spelling and try again.</p>\n");
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto result
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// A small square icon with the first letter of the requester's label.
QByteArray iconSvg(const QString &name, const QString &label)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    const QString colour = u"#%1%2%3"_s.arg(uint(uchar(hash.at(0)) / 2 + 40), 2, 16, QChar(u'0'))
                               .arg(uint(uchar(hash.at(1)) / 2 + 40), 2, 16, QChar(u'0'))
                               .arg(uint(uchar(hash.at(2)) / 2 + 40), 2, 16, QChar(u'0'));
    QChar letter = u'?';
    for (const QChar c : label) {
        if (c.isLetterOrNumber()) {
            letter = c.toUpper();
            break;
        }
    }
    const QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" "
                        "viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" rx=\"14\" fill=\"%1\"/>"
                        "<text x=\"32\" y=\"43\" font-family=\"sans-serif\" font-size=\"30\" "
                        "font-weight=\"bold\" text-anchor=\"middle\" fill=\"#ffffff\">%2</text></svg>\n"_s.arg(
                            colour, QString(letter).toHtmlEscaped());
    return svg.toUtf8();
}

} // namespace

// 4.10.7+: every answer carries the request id, the client's when it sent a
// valid one (at most 128 characters, no control characters), else a new one.
Answer FakeLangBotServer::Impl::handle(const RecordedRequest &request)
{
    requestId.clear();
    if (workspaces()) {
        const QByteArray sent = request.headers.value("x-request-id");
        const bool valid = !sent.isEmpty() && sent.size() <= 128
            && std::none_of(sent.begin(), sent.end(), [](char c) { return uchar(c) < 0x20 || c == 0x7f; });
        requestId = valid ? QString::fromLatin1(sent) : QUuid::createUuid().toString(QUuid::Id128);
    }
    Answer answer = route(request);
    if (!requestId.isEmpty())
        answer.extraHeaders.append({QByteArrayLiteral("X-Request-Id"), requestId.toLatin1()});
    return answer;
}

Answer FakeLangBotServer::Impl::route(const RecordedRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;

    if (!path.startsWith(u"/api/"_s)) { // the web UI
        if (method == "GET" || method == "HEAD")
            return htmlAnswer(200, webUiPage());
        return htmlAnswer(404, notFoundPage());
    }

    if (path == u"/api/v1/system/info"_s) {
        if (method != "GET")
            return methodNotAllowed();
        return systemInfo();
    }
    if (path == u"/api/v1/user/init"_s) {
        if (method != "GET")
            return methodNotAllowed();
        return okAnswer(QJsonObject{{u"initialized"_s, true}});
    }
    if (path == u"/api/v1/user/auth"_s) {
        if (method != "POST")
            return methodNotAllowed();
        return login(request);
    }
    if (path == u"/api/v1/user/check-token"_s) {
        if (method != "GET")
            return methodNotAllowed();
        if (auto denied = authorize(request, false))
            return *denied;
        return okAnswer(QJsonObject{{u"token"_s, QString::fromLatin1(issueToken())}});
    }
    if (!legacy()) {
        if (path.startsWith(u"/api/v1/provider/"_s) && !path.startsWith(kRequestersPath))
            return handleNewApi(request);
        if (path.startsWith(u"/api/v1/workspaces/"_s) || path.startsWith(u"/api/v1/system/"_s))
            return handleNewApi(request);
        if (isUsagePath(path))
            return handleUsage(request);
    }
    if (path == kModelsPath || path.startsWith(kModelsPath + u'/')) {
        const QStringList segments = path.mid(kModelsPath.size() + 1).split(u'/');
        return handleModels(request, path == kModelsPath ? QStringList() : segments);
    }
    if (path == kRequestersPath || path.startsWith(kRequestersPath + u'/')) {
        const QStringList segments = path.mid(kRequestersPath.size() + 1).split(u'/');
        return handleRequesters(request, path == kRequestersPath ? QStringList() : segments);
    }
    return unknownRoute(method);
}

// system/info's data, its fields by the version that brought them (API.md 1).
// 4.0–4.6 have none of the later fields: system/info alone tells them apart.
Answer FakeLangBotServer::Impl::systemInfo() const
{
    const QJsonObject limitation{{u"max_bots"_s, -1}, {u"max_pipelines"_s, -1}, {u"max_extensions"_s, -1}};
    if (legacy()) {
        return okAnswer(QJsonObject{
            {u"version"_s, features.version.text()},
            {u"debug"_s, false},
            {u"enable_marketplace"_s, true},
            {u"cloud_service_url"_s, u"https://space.langbot.app"_s},
        });
    }
    QJsonObject data{
        {u"version"_s, features.version.text()}, {u"debug"_s, false},
        {u"enable_marketplace"_s, true},         {u"cloud_service_url"_s, u"https://space.langbot.app"_s},
        {u"allow_modify_login_info"_s, true},    {u"disable_models_service"_s, false},
    };
    if (atLeast(4, 9, 0)) {
        data.insert(u"edition"_s, u"community"_s);
        data.insert(u"limitation"_s, limitation);
    }
    if (atLeast(4, 9, 5)) {
        data.insert(u"wizard_status"_s, u"completed"_s);
        data.insert(u"wizard_progress"_s, QJsonObject{{u"step"_s, 4}, {u"total"_s, 4}});
    }
    if (atLeast(4, 10, 2))
        data.insert(u"outbound_ips"_s, QJsonArray{u"203.0.113.7"_s});
    if (atLeast(4, 10, 7)) {
        data.insert(u"mcp_stdio_enabled"_s, false);
        data.insert(u"invitation_delivery"_s, u"link"_s);
    }
    return okAnswer(data);
}

// A path under /api/ that this version does not have (API.md 2): the web UI's
// page with 200 up to 4.9.5, a 404 page from 4.9.7 (and, as the demo always
// answered, on 4.0–4.6).
Answer FakeLangBotServer::Impl::unknownRoute(const QByteArray &method) const
{
    if (!legacy() && !atLeast(4, 9, 7) && (method == "GET" || method == "HEAD"))
        return htmlAnswer(200, webUiPage());
    return htmlAnswer(404, notFoundPage());
}

Answer FakeLangBotServer::Impl::handleModels(const RecordedRequest &request, const QStringList &segments)
{
    const QByteArray &method = request.method;
    const bool collection = segments.isEmpty();
    const bool item = segments.size() == 1 && !segments.at(0).isEmpty();
    const bool test = segments.size() == 2 && !segments.at(0).isEmpty() && segments.at(1) == u"test"_s;
    if (!collection && !item && !test)
        return htmlAnswer(404, notFoundPage());

    const bool allowed = (collection && (method == "GET" || method == "POST"))
        || (item && (method == "GET" || method == "PUT" || method == "DELETE")) || (test && method == "POST");
    if (!allowed)
        return methodNotAllowed();
    if (auto denied = authorize(request, true))
        return *denied;

    // The body of a write (or of a test of an unsaved configuration).
    QJsonObject body;
    const bool needsBody
        = (collection && method == "POST") || (item && method == "PUT") || (test && segments.at(0) == u"_"_s);
    if (needsBody) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (!document.isObject()) {
            return failAnswer(
                500, -2,
                request.body.isEmpty()
                    ? u"400 Bad Request: The browser (or proxy) sent a request "
                      "that this server could not understand."_s
                    : u"Expecting value: line 1 column %1 (char %2)"_s.arg(error.offset + 1).arg(error.offset));
        }
        body = document.object();
    }

    if (collection)
        return method == "GET" ? listModels() : createModel(body);

    const QString uuid = segments.at(0);
    if (test)
        return testModel(uuid, body);
    if (!models.contains(uuid))
        return modelNotFound();
    if (method == "GET")
        return okAnswer(QJsonObject{{u"model"_s, models.value(uuid)}});
    if (method == "PUT")
        return updateModel(uuid, body);
    models.remove(uuid);
    order.removeOne(uuid);
    modelsChanged();
    return okAnswer();
}

Answer FakeLangBotServer::Impl::listModels()
{
    if (listAnswerCache.isEmpty()) {
        QByteArray out;
        out.reserve(order.size() * 512 + 64);
        out += R"({"code":0,"msg":"ok","data":{"models":[)";
        bool first = true;
        for (const QString &uuid : std::as_const(order)) {
            if (!first)
                out += ',';
            first = false;
            out += toCompactJson(models.value(uuid));
        }
        out += "]}}";
        listAnswerCache = out;
    }
    Answer a;
    a.body = listAnswerCache;
    return a;
}

// Dates are the server's: a real 4.6 server crashes on the strings.
static std::optional<Answer> rejectServerFields(const QJsonObject &body, bool uuidAllowed)
{
    for (const QString &field : {u"created_at"_s, u"updated_at"_s}) {
        if (body.contains(field)) {
            const QString shown = body.value(field).toVariant().toString();
            return failAnswer(500, -2, u"Invalid isoformat string: '%1'"_s.arg(shown));
        }
    }
    if (!uuidAllowed && body.contains(u"uuid"_s))
        return failAnswer(500, -2,
                          u"(builtins.ValueError) uuid is not an updatable field of "
                          "llm_models"_s);
    return std::nullopt;
}

Answer FakeLangBotServer::Impl::createModel(const QJsonObject &body)
{
    if (auto rejected = rejectServerFields(body, true))
        return *rejected;
    for (const QString &field : {u"name"_s, u"requester"_s}) {
        if (!body.value(field).isString() || body.value(field).toString().isEmpty()) {
            return failAnswer(500, -2,
                              u"(sqlite3.IntegrityError) NOT NULL constraint failed: "
                              "llm_models.%1"_s.arg(field));
        }
    }
    const QString requester = body.value(u"requester"_s).toString();
    if (findRequester(requester).isEmpty())
        return failAnswer(500, -2, u"Requester %1 not found"_s.arg(requester));

    QJsonObject stored{
        {u"description"_s, QString()},  {u"requester_config"_s, QJsonObject()}, {u"api_keys"_s, QJsonArray()},
        {u"abilities"_s, QJsonArray()}, {u"extra_args"_s, QJsonObject()},
    };
    for (auto it = body.begin(); it != body.end(); ++it)
        stored.insert(it.key(), it.value());
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nextTimestamp();
    stored.insert(u"uuid"_s, uuid);
    stored.insert(u"created_at"_s, now);
    stored.insert(u"updated_at"_s, now);
    models.insert(uuid, stored);
    order.append(uuid);
    modelsChanged();
    return okAnswer(QJsonObject{{u"uuid"_s, uuid}});
}

Answer FakeLangBotServer::Impl::updateModel(const QString &uuid, const QJsonObject &body)
{
    if (auto rejected = rejectServerFields(body, false))
        return *rejected;
    QJsonObject &stored = models[uuid];
    for (auto it = body.begin(); it != body.end(); ++it)
        stored.insert(it.key(), it.value());
    stored.insert(u"updated_at"_s, nextTimestamp());
    modelsChanged();
    return okAnswer(QJsonObject());
}

Answer FakeLangBotServer::Impl::testModel(const QString &uuid, const QJsonObject &body)
{
    Answer answer;
    if (uuid == u"_"_s) { // an unsaved configuration, in a CREATE body
        if (!body.value(u"requester"_s).isString())
            return failAnswer(500, -2, u"'requester'"_s);
        const QString baseUrl = body.value(u"requester_config"_s).toObject().value(u"base_url"_s).toString();
        answer = baseUrl.contains(u"invalid"_s) ? failAnswer(500, -2, u"Connection error."_s) : okAnswer(QJsonObject());
        answer.delayMs = defaultTestDelay;
        return answer;
    }
    if (!models.contains(uuid))
        return modelNotFound();

    const TestSpec spec = tests.value(uuid);
    switch (spec.behaviour) {
    case TestBehaviour::Ok:
        answer = okAnswer(QJsonObject());
        answer.delayMs = spec.delayMs > 0 ? spec.delayMs : defaultTestDelay;
        break;
    case TestBehaviour::ProviderError:
        answer = failAnswer(500, -2, spec.message.isEmpty() ? kDefaultProviderError : spec.message);
        answer.delayMs = spec.delayMs > 0 ? spec.delayMs : defaultTestDelay;
        break;
    case TestBehaviour::Slow:
        answer = okAnswer(QJsonObject());
        answer.delayMs = spec.delayMs > 0 ? spec.delayMs : kDefaultSlowTestMs;
        break;
    }
    return answer;
}

Answer FakeLangBotServer::Impl::handleRequesters(const RecordedRequest &request, const QStringList &segments)
{
    const bool collection = segments.isEmpty();
    const bool item = segments.size() == 1 && !segments.at(0).isEmpty();
    const bool icon = segments.size() == 2 && !segments.at(0).isEmpty() && segments.at(1) == u"icon"_s;
    if (!collection && !item && !icon)
        return htmlAnswer(404, notFoundPage());
    if (request.method != "GET")
        return methodNotAllowed();

    if (icon) { // no auth: the web UI loads it in an <img>
        const QJsonObject requester = findRequester(segments.at(0));
        if (requester.isEmpty())
            return failAnswer(404, -1, u"requester not found"_s);
        Answer a;
        a.contentType = QByteArrayLiteral("image/svg+xml");
        a.body = iconSvg(segments.at(0), requester.value(u"label"_s).toObject().value(u"en_US"_s).toString());
        return a;
    }

    if (auto denied = authorize(request, false))
        return *denied;

    if (item) {
        const QJsonObject requester = findRequester(segments.at(0));
        if (requester.isEmpty())
            return failAnswer(404, -1, u"requester not found"_s);
        return okAnswer(QJsonObject{{u"requester"_s, requester}});
    }

    const QString type = QUrlQuery(request.query).queryItemValue(u"type"_s, QUrl::FullyDecoded);
    QJsonArray list;
    for (const QJsonValue &value : std::as_const(requesters)) {
        const QJsonArray supported = value.toObject().value(u"spec"_s).toObject().value(u"support_type"_s).toArray();
        if (type.isEmpty() || supported.contains(type))
            list.append(value);
    }
    return okAnswer(QJsonObject{{u"requesters"_s, list}});
}

Answer FakeLangBotServer::Impl::login(const RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString email = body.value(u"user"_s).toString();
    const QString pw = body.value(u"password"_s).toString();
    if (email.isEmpty() || email != user || pw != password)
        return failAnswer(200, 1, u"Invalid username or password"_s);
    return okAnswer(QJsonObject{{u"token"_s, QString::fromLatin1(issueToken())}});
}

// 4.10.7+: a bad credential says only "Invalid authentication credentials";
// the view-only key exists there only.
std::optional<Answer> FakeLangBotServer::Impl::authorize(const RecordedRequest &request, bool apiKeyAllowed) const
{
    std::optional<Answer> denied = checkCredentials(request, apiKeyAllowed);
    if (denied && workspaces() && !denied->body.contains("No valid"))
        return envelopeAnswer(401, u"invalid_authentication"_s, u"Invalid authentication credentials"_s,
                              QJsonValue::Null);
    return denied;
}

bool FakeLangBotServer::Impl::knownApiKey(const QByteArray &key) const
{
    const QString text = QString::fromUtf8(key);
    return apiKeys.contains(text) || (workspaces() && text == demoViewApiKey());
}

// The permissions of the caller (4.10.7+; authorize() said yes already).
QStringList FakeLangBotServer::Impl::callerPermissions(const RecordedRequest &request) const
{
    QByteArray key = request.headers.value("x-api-key");
    const QByteArray authorization = request.headers.value("authorization");
    if (key.isEmpty() && authorization.size() > 7)
        key = authorization.mid(7).trimmed();
    return key == demoViewApiKey().toUtf8() ? viewerPermissions() : allPermissions();
}

// X-API-Key first, then the bearer token as a user JWT, then (where keys are
// accepted) the bearer token as an API key.
std::optional<Answer> FakeLangBotServer::Impl::checkCredentials(const RecordedRequest &request,
                                                                bool apiKeyAllowed) const
{
    const QByteArray apiKey = request.headers.value("x-api-key");
    if (apiKeyAllowed && !apiKey.isEmpty()) {
        if (knownApiKey(apiKey))
            return std::nullopt;
        return failAnswer(401, -1, u"Invalid API key"_s);
    }

    const QByteArray authorization = request.headers.value("authorization");
    QByteArray bearer;
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        bearer = authorization.mid(7).trimmed();
    if (bearer.isEmpty())
        return failAnswer(401, -1, u"No valid user token provided"_s);
    if (verifyToken(bearer))
        return std::nullopt;
    if (apiKeyAllowed) {
        if (knownApiKey(bearer))
            return std::nullopt;
        if (bearer.startsWith("lbk_"))
            return failAnswer(401, -1, u"Invalid API key"_s);
    }
    return failAnswer(401, -1, u"Invalid user token"_s);
}

QByteArray FakeLangBotServer::Impl::issueToken() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray header = base64Url(QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})"));
    const QByteArray payload = base64Url(toCompactJson(QJsonObject{
        {u"user"_s, user},
        {u"iss"_s, u"LangBot-community"_s},
        {u"iat"_s, now},
        {u"exp"_s, now + tokenLifetime},
    }));
    const QByteArray signingInput = header + '.' + payload;
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}

bool FakeLangBotServer::Impl::verifyToken(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return false;
    const auto signature = fromBase64Url(parts.at(2));
    if (!signature)
        return false;
    const QByteArray expected
        = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), secret, QCryptographicHash::Sha256);
    if (!constantTimeEquals(*signature, expected))
        return false;
    const auto payload = fromBase64Url(parts.at(1));
    if (!payload)
        return false;
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    const qint64 expires = claims.value(u"exp"_s).toInteger();
    return expires > QDateTime::currentSecsSinceEpoch() && claims.value(u"user"_s).toString() == user;
}

// Strictly increasing, so that an update always moves updated_at forward.
QString FakeLangBotServer::Impl::nextTimestamp()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000 + QRandomGenerator::global()->bounded(1000);
    lastStampMicros = std::max(now, lastStampMicros + 1);
    return isoTimestamp(lastStampMicros);
}

QJsonObject FakeLangBotServer::Impl::findRequester(const QString &name) const
{
    for (const QJsonValue &value : requesters) {
        const QJsonObject requester = value.toObject();
        if (requester.value(u"name"_s).toString() == name)
            return requester;
    }
    return {};
}

void FakeLangBotServer::loadDemoData()
{
    if (!d->legacy()) {
        d->loadProviderDemoData();
        return;
    }
    QFile file(u":/demo/models.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDemo) << "The bundled demo models are missing";
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonArray list = document.isArray() ? document.array() : document.object().value(u"models"_s).toArray();
    QList<QJsonObject> demoModels;
    for (const QJsonValue &value : list)
        demoModels.append(value.toObject());
    setModels(demoModels);

    loadTestBehaviours(this, document.object().value(u"test_behaviour"_s).toObject());
}

void loadTestBehaviours(FakeLangBotServer *server, const QJsonObject &behaviours)
{
    using TestBehaviour = FakeLangBotServer::TestBehaviour;
    for (auto it = behaviours.begin(); it != behaviours.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        const QString kind = spec.value(u"behaviour"_s).toString();
        const TestBehaviour behaviour = kind == u"provider_error"_s ? TestBehaviour::ProviderError
            : kind == u"slow"_s                                     ? TestBehaviour::Slow
                                                                    : TestBehaviour::Ok;
        server->setTestBehaviour(it.key(), behaviour, spec.value(u"delay_ms"_s).toInt(),
                                 spec.value(u"message"_s).toString());
    }
}

void FakeLangBotServer::Impl::RecordStore::replace(const QList<QJsonObject> &records, const char *what)
{
    order.clear();
    items.clear();
    order.reserve(records.size());
    items.reserve(records.size());
    for (const QJsonObject &record : records) {
        const QString uuid = record.value(u"uuid"_s).toString();
        if (uuid.isEmpty()) {
            qCWarning(lcDemo) << "Skipping a" << what << "without uuid";
            continue;
        }
        if (!items.contains(uuid))
            order.append(uuid);
        items.insert(uuid, record);
    }
}

QList<QJsonObject> FakeLangBotServer::Impl::RecordStore::list() const
{
    QList<QJsonObject> records;
    records.reserve(order.size());
    for (const QString &uuid : order)
        records.append(items.value(uuid));
    return records;
}

void FakeLangBotServer::setModels(const QList<QJsonObject> &models)
{
    d->stores[0].replace(models, "model");
    d->modelsChanged();
}

QList<QJsonObject> FakeLangBotServer::models() const
{
    return d->stores[0].list();
}

QJsonObject FakeLangBotServer::model(const QString &uuid) const
{
    return d->models.value(uuid);
}

void FakeLangBotServer::generateModels(int count)
{
    if (!d->legacy()) {
        d->generateProviderModels(count);
        return;
    }
    struct Family
    {
        const char *requester;
        QStringList names;
    };
    const QList<Family> families{
        {"openai-chat-completions", {u"gpt-4o"_s, u"gpt-4o-mini"_s, u"gpt-4.1"_s, u"o3-mini"_s}},
        {"anthropic-messages", {u"claude-sonnet-4-20250514"_s, u"claude-3-5-haiku-latest"_s}},
        {"deepseek-chat-completions", {u"deepseek-chat"_s, u"deepseek-reasoner"_s}},
        {"bailian-chat-completions", {u"qwen-plus"_s, u"qwen-max"_s, u"qwen-turbo"_s}},
        {"moonshot-chat-completions", {u"kimi-k2-0905-preview"_s, u"moonshot-v1-32k"_s}},
        {"gemini-chat-completions", {u"gemini-2.5-flash"_s, u"gemini-2.5-pro"_s}},
        {"ollama-chat", {u"llama3.1:8b"_s, u"qwen2.5:14b"_s, u"mistral:7b"_s}},
        {"siliconflow-chat-completions", {u"deepseek-ai/DeepSeek-V3"_s, u"Qwen/Qwen2.5-72B-Instruct"_s}},
        {"openrouter-chat-completions", {u"meta-llama/llama-3.3-70b-instruct"_s, u"x-ai/grok-3-mini"_s}},
        {"zhipuai-chat-completions", {u"glm-4-plus"_s, u"glm-4-flash"_s}},
        {"volcark-chat-completions", {u"doubao-1.5-pro-32k"_s}},
        {"xai-chat-completions", {u"grok-3"_s}},
    };
    // Default base URLs come from the requesters' own schemas.
    QList<QString> baseUrls;
    for (const Family &family : families) {
        QString url;
        const QJsonArray config = d->findRequester(QString::fromLatin1(family.requester))
                                      .value(u"spec"_s)
                                      .toObject()
                                      .value(u"config"_s)
                                      .toArray();
        for (const QJsonValue &field : config) {
            if (field.toObject().value(u"name"_s).toString() == u"base_url"_s)
                url = field.toObject().value(u"default"_s).toString();
        }
        baseUrls.append(url.isEmpty() ? u"https://llm.example.com/v1"_s : url);
    }
    const QList<QJsonObject> extraArgs{
        {},
        {{u"temperature"_s, 0.7}},
        {{u"max_tokens"_s, 4096}},
        {{u"temperature"_s, 0.2}, {u"top_p"_s, 0.9}},
        {{u"stream"_s, false}},
    };
    const QJsonArray abilitySets[] = {{}, {u"func_call"_s}, {u"vision"_s}, {u"vision"_s, u"func_call"_s}};

    QRandomGenerator generator(20250601); // the same list on every run
    const qint64 start = QDateTime(QDate(2024, 9, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    d->order.clear();
    d->models.clear();
    d->order.reserve(count);
    d->models.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int f = int(generator.bounded(int(families.size())));
        const Family &family = families.at(f);
        const QString &baseName = family.names.at(int(generator.bounded(int(family.names.size()))));
        const QString uuid = uuidFrom(generator);

        QJsonObject requesterConfig{
            {u"base_url"_s,
             generator.bounded(5) == 0 ? u"https://llm-gw-%1.example.com/v1"_s.arg(generator.bounded(40))
                                       : baseUrls.at(f)},
            {u"timeout"_s, generator.bounded(4) == 0 ? 300 : 120},
        };
        QJsonArray keys;
        const int keyCount = generator.bounded(4);
        for (int k = 0; k < keyCount; ++k)
            keys.append(u"sk-fake-%1"_s.arg(uint(generator.generate()), 8, 16, QChar(u'0')));

        const qint64 created
            = start + qint64(generator.bounded(300 * 24 * 3600)) * 1000000 + generator.bounded(1000000);
        const qint64 updated = created + qint64(generator.bounded(30 * 24 * 3600)) * 1000000;

        d->models.insert(
            uuid,
            QJsonObject{
                {u"uuid"_s, uuid},
                {u"name"_s, u"%1 #%2"_s.arg(baseName).arg(i + 1)},
                {u"description"_s,
                 generator.bounded(3) == 0 ? QString() : u"Synthetic model %1 for load tests"_s.arg(i + 1)},
                {u"requester"_s, QString::fromLatin1(family.requester)},
                {u"requester_config"_s, requesterConfig},
                {u"api_keys"_s, keys},
                {u"abilities"_s, abilitySets[generator.bounded(4)]},
                {u"extra_args"_s, extraArgs.at(int(generator.bounded(int(extraArgs.size()))))},
                {u"created_at"_s, isoTimestamp(created)},
                {u"updated_at"_s, isoTimestamp(updated)},
            });
        d->order.append(uuid);
    }
    d->modelsChanged();
}

} // namespace lb::demo
