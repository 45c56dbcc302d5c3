// Tests of the fake LangBot server: it must speak HTTP/1.1 and the LangBot 4.6
// API the way a real server does, and misbehave exactly as told.

#include "FakeLangBotServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using lb::demo::FakeLangBotServer;
using Fault = FakeLangBotServer::Fault;
using TestBehaviour = FakeLangBotServer::TestBehaviour;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {

const QString kGpt4o = u"3f6c2a1e-8b4d-4c7a-9e21-5d0b7a6c4e11"_s;
const QString kClaude = u"c4e8b2f0-6a1d-4f3e-b5c7-0d9a8e2f6b34"_s;
const QString kDeepSeek = u"5b2f9e7a-1c3d-4a6b-8e0f-2d4c6a8b0e93"_s;
const QString kQwen = u"e7d3a6b1-9f2c-4e5d-a0b8-7c1e3f5a9d26"_s;
const QString kOllama = u"0a8f4c2d-7e1b-4d9a-b3f6-9e5c1a7d3b58"_s;
const QString kModels = u"/api/v1/provider/models/llm"_s;
const QString kListRoute = u"GET /api/v1/provider/models/llm"_s;

const QRegularExpression kIsoWithoutZone(uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$)"_s);

Headers apiKeyHeader()
{
    return {{"X-API-Key", FakeLangBotServer::demoApiKey().toUtf8()}};
}

Headers bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject createBody()
{
    return QJsonObject{
        {u"name"_s, u"glm-4-plus"_s},
        {u"description"_s, u"Zhipu GLM for the CN group"_s},
        {u"requester"_s, u"zhipuai-chat-completions"_s},
        {u"requester_config"_s, QJsonObject{{u"base_url"_s, u"https://open.bigmodel.cn/api/paas/v4"_s},
                                            {u"timeout"_s, 120}}},
        {u"api_keys"_s, QJsonArray{u"sk-demo-zhipu"_s}},
        {u"abilities"_s, QJsonArray{u"func_call"_s}},
        {u"extra_args"_s, QJsonObject{{u"temperature"_s, 0.3}}},
    };
}

QJsonObject decodeJwtPart(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

// One answer as QNetworkAccessManager delivered it.
struct HttpResult {
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;   // lower-case names
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject data() const { return json().value(u"data"_s).toObject(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

// One answer read off a raw socket.
struct RawResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// Takes one Content-Length framed response off the front of buffer.
std::optional<RawResponse> takeResponse(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    RawResponse response;
    response.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        response.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qint64 length = response.headers.value("content-length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    response.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return response;
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                      const QByteArray &extraHeaders = {})
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    request += "X-Api-Key: " + FakeLangBotServer::demoApiKey().toUtf8() + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += extraHeaders;
    request += "\r\n";
    return request + body;
}

} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void demoData();
    void systemInfo();
    void userInit();
    void authentication_data();
    void authentication();
    void login();
    void checkToken();
    void revokedAndExpiredTokens();
    void listModels();
    void getModel();
    void createModel();
    void createRejects_data();
    void createRejects();
    void updateModel();
    void updateRejectsServerFields_data();
    void updateRejectsServerFields();
    void deleteModel();
    void testOk();
    void testProviderError();
    void testSlow();
    void testClientGivesUp();
    void testUnknownModel();
    void testUnsavedConfiguration();
    void requestersNeedJwt();
    void requesterIconWithoutAuth();
    void unknownPaths();
    void keepAliveWithNetworkAccessManager();
    void pipelinedRequestsAnsweredInOrder();
    void partialReads();
    void connectionCloseHonoured();
    void faultAnswers_data();
    void faultAnswers();
    void faultTimesCountDown();
    void faultWildcardAndExactRoute();
    void faultTruncatedBody();
    void faultDropConnection();
    void faultStall();
    void faultStallMidBody();
    void faultGarbage();
    void faultRedirect_data();
    void faultRedirect();
    void latency();
    void counters();
    void maxInFlightWithConcurrentTests();
    void generateHundredThousandModels();
    void listenFailsOnABusyPort();
    void closeDropsConnections();

private:
    HttpResult send(const QByteArray &method, const QString &target, const QByteArray &body = {},
                    const Headers &headers = {}, int timeoutMs = 10000);
    QNetworkReply *start(const QByteArray &method, const QString &target, const QByteArray &body = {},
                         const Headers &headers = {});
    static HttpResult collect(QNetworkReply *reply, bool finished);
    QByteArray loginToken();
    QUrl urlFor(const QString &target) const;
    bool connectRaw(QTcpSocket &socket);
    static bool readRaw(QTcpSocket &socket, QByteArray &buffer, QList<RawResponse> &out, int count,
                        int timeoutMs = 5000);

    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

QUrl TestFakeServer::urlFor(const QString &target) const
{
    QUrl url = m_server->url();
    const qsizetype question = target.indexOf(u'?');
    url.setPath(target.left(question < 0 ? target.size() : question));
    if (question >= 0)
        url.setQuery(target.mid(question + 1));
    return url;
}

QNetworkReply *TestFakeServer::start(const QByteArray &method, const QString &target,
                                     const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(urlFor(target));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_nam->sendCustomRequest(request, method, body);
}

HttpResult TestFakeServer::collect(QNetworkReply *reply, bool finished)
{
    HttpResult result;
    result.finished = finished;
    if (!finished)
        reply->abort();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpResult TestFakeServer::send(const QByteArray &method, const QString &target, const QByteArray &body,
                                const Headers &headers, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = start(method, target, body, headers);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = finished.wait(timeoutMs);
    HttpResult result = collect(reply, done);
    result.elapsedMs = timer.elapsed();
    return result;
}

QByteArray TestFakeServer::loginToken()
{
    const HttpResult result = send("POST", u"/api/v1/user/auth"_s,
                                   json({{u"user"_s, FakeLangBotServer::demoUser()},
                                         {u"password"_s, FakeLangBotServer::demoPassword()}}));
    return result.data().value(u"token"_s).toString().toLatin1();
}

bool TestFakeServer::connectRaw(QTcpSocket &socket)
{
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    return socket.state() == QAbstractSocket::ConnectedState || connected.wait(5000);
}

bool TestFakeServer::readRaw(QTcpSocket &socket, QByteArray &buffer, QList<RawResponse> &out, int count,
                             int timeoutMs)
{
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    QElapsedTimer timer;
    timer.start();
    while (true) {
        buffer += socket.readAll();
        while (out.size() < count) {
            auto response = takeResponse(buffer);
            if (!response)
                break;
            out.append(*response);
        }
        if (out.size() >= count)
            return true;
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || socket.state() != QAbstractSocket::ConnectedState || !readyRead.wait(int(left)))
            break;
    }
    buffer += socket.readAll();
    return false;
}

void TestFakeServer::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
    m_server->loadDemoData();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestFakeServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

// ---------------------------------------------------------------------------
// data and plain calls
// ---------------------------------------------------------------------------

void TestFakeServer::demoData()
{
    const QList<QJsonObject> models = m_server->models();
    QVERIFY(models.size() >= 6 && models.size() <= 8);
    QCOMPARE(models.first().value(u"uuid"_s).toString(), kGpt4o);
    QCOMPARE(m_server->model(kOllama).value(u"requester"_s).toString(), u"ollama-chat"_s);
    QVERIFY(m_server->model(u"no-such-uuid"_s).isEmpty());

    const QRegularExpression realLookingKey(uR"(sk-[A-Za-z0-9]{32,}|lbk_[A-Za-z0-9]{20,})"_s);
    for (const QJsonObject &model : models) {
        const QString name = model.value(u"name"_s).toString();
        QVERIFY2(!name.isEmpty(), "every demo model has a name");
        QVERIFY(QUuid::fromString(model.value(u"uuid"_s).toString()).version() == QUuid::Random);
        QVERIFY(model.value(u"requester_config"_s).toObject().contains(u"base_url"_s));
        QVERIFY(model.value(u"extra_args"_s).isObject());
        QVERIFY(kIsoWithoutZone.match(model.value(u"created_at"_s).toString()).hasMatch());
        QVERIFY(kIsoWithoutZone.match(model.value(u"updated_at"_s).toString()).hasMatch());
        for (const QJsonValue &key : model.value(u"api_keys"_s).toArray()) {
            QVERIFY2(key.isString(), qPrintable(name));   // the plain 4.6 shape
            QVERIFY2(!realLookingKey.match(key.toString()).hasMatch(), qPrintable(name));
        }
        for (const QJsonValue &ability : model.value(u"abilities"_s).toArray())
            QVERIFY(ability == u"vision"_s || ability == u"func_call"_s);
    }
}

void TestFakeServer::systemInfo()
{
    const HttpResult result = send("GET", u"/api/v1/system/info"_s);
    QVERIFY(result.finished);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    QCOMPARE(result.header("content-length").toLongLong(), result.body.size());
    QCOMPARE(result.header("connection").toLower(), QByteArray("keep-alive"));
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QCOMPARE(result.json().value(u"msg"_s).toString(), u"ok"_s);
    QCOMPARE(result.data().value(u"version"_s).toString(), u"v4.6.5"_s);
    QCOMPARE(result.data().value(u"debug"_s), QJsonValue(false));
    QCOMPARE(result.data().value(u"edition"_s).toString(), u"community"_s);
}

void TestFakeServer::userInit()
{
    const HttpResult result = send("GET", u"/api/v1/user/init"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QCOMPARE(result.data().value(u"initialized"_s), QJsonValue(true));
}

void TestFakeServer::authentication_data()
{
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<bool>("useLogin");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QByteArray key = FakeLangBotServer::demoApiKey().toUtf8();
    QTest::newRow("none") << QByteArray() << QByteArray() << false << 401 << u"No valid user token provided"_s;
    QTest::newRow("basic auth") << QByteArray("Authorization") << QByteArray("Basic YWRtaW46YWRtaW4=")
                                << false << 401 << u"No valid user token provided"_s;
    QTest::newRow("wrong X-API-Key") << QByteArray("X-API-Key") << QByteArray("lbk_wrong") << false << 401
                                     << u"Invalid API key"_s;
    QTest::newRow("garbage bearer") << QByteArray("Authorization") << QByteArray("Bearer not.a.jwt")
                                    << false << 401 << u"Invalid user token"_s;
    QTest::newRow("X-API-Key") << QByteArray("X-API-Key") << key << false << 200 << u"ok"_s;
    QTest::newRow("API key as bearer") << QByteArray("Authorization") << QByteArray("Bearer " + key)
                                       << false << 200 << u"ok"_s;
    QTest::newRow("added API key") << QByteArray("X-API-Key") << QByteArray("lbk_second") << false << 200
                                   << u"ok"_s;
    QTest::newRow("user JWT") << QByteArray("Authorization") << QByteArray() << true << 200 << u"ok"_s;
}

void TestFakeServer::authentication()
{
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(bool, useLogin);
    QFETCH(int, status);
    QFETCH(QString, message);

    m_server->addApiKey(u"lbk_second"_s);
    if (useLogin) {
        const QByteArray token = loginToken();
        QVERIFY(!token.isEmpty());
        headerValue = "Bearer " + token;
    }
    Headers headers;
    if (!headerName.isEmpty())
        headers.append({headerName, headerValue});
    const HttpResult result = send("GET", kModels, {}, headers);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), status == 200 ? 0 : -1);
    QCOMPARE(result.json().value(u"msg"_s).toString(), message);
    if (status == 200)
        QCOMPARE(result.data().value(u"models"_s).toArray().size(), m_server->models().size());
}

void TestFakeServer::login()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QByteArray token = loginToken();
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(decodeJwtPart(parts.at(0)).value(u"alg"_s).toString(), u"HS256"_s);
    const QJsonObject payload = decodeJwtPart(parts.at(1));
    QCOMPARE(payload.value(u"user"_s).toString(), FakeLangBotServer::demoUser());
    const qint64 iat = payload.value(u"iat"_s).toInteger();
    QVERIFY(iat >= before && iat <= before + 5);
    QCOMPARE(payload.value(u"exp"_s).toInteger() - iat, qint64(7 * 24 * 3600));
    QCOMPARE(QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding).size(), 32);   // SHA-256

    QCOMPARE(send("GET", kModels, {}, bearer(token)).status, 200);

    const HttpResult wrong = send("POST", u"/api/v1/user/auth"_s,
                                  json({{u"user"_s, FakeLangBotServer::demoUser()}, {u"password"_s, u"nope"_s}}));
    QCOMPARE(wrong.status, 200);   // a failure inside HTTP 200, like the real server
    QCOMPARE(wrong.json().value(u"code"_s).toInt(), 1);
    QCOMPARE(wrong.json().value(u"msg"_s).toString(), u"Invalid username or password"_s);
    QVERIFY(!wrong.data().contains(u"token"_s));

    m_server->setUser(u"ops@example.org"_s, u"s3cret"_s);
    const HttpResult old = send("POST", u"/api/v1/user/auth"_s,
                                json({{u"user"_s, FakeLangBotServer::demoUser()},
                                      {u"password"_s, FakeLangBotServer::demoPassword()}}));
    QCOMPARE(old.json().value(u"code"_s).toInt(), 1);
    const HttpResult changed = send("POST", u"/api/v1/user/auth"_s,
                                    json({{u"user"_s, u"ops@example.org"_s}, {u"password"_s, u"s3cret"_s}}));
    QCOMPARE(changed.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY(!changed.data().value(u"token"_s).toString().isEmpty());
}

void TestFakeServer::checkToken()
{
    const QByteArray token = loginToken();
    const HttpResult result = send("GET", u"/api/v1/user/check-token"_s, {}, bearer(token));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    const QByteArray fresh = result.data().value(u"token"_s).toString().toLatin1();
    QCOMPARE(fresh.split('.').size(), 3);
    QCOMPARE(send("GET", kModels, {}, bearer(fresh)).status, 200);

    const HttpResult missing = send("GET", u"/api/v1/user/check-token"_s);
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.json().value(u"msg"_s).toString(), u"No valid user token provided"_s);

    // An API key is no user token.
    const HttpResult apiKey = send("GET", u"/api/v1/user/check-token"_s, {},
                                   bearer(FakeLangBotServer::demoApiKey().toUtf8()));
    QCOMPARE(apiKey.status, 401);
    QCOMPARE(apiKey.json().value(u"code"_s).toInt(), -1);

    // A token whose payload was edited fails its signature.
    QList<QByteArray> parts = token.split('.');
    QJsonObject payload = decodeJwtPart(parts.at(1));
    payload.insert(u"exp"_s, payload.value(u"exp"_s).toInteger() + 3600);
    parts[1] = json(payload).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const HttpResult tampered = send("GET", u"/api/v1/user/check-token"_s, {}, bearer(parts.join('.')));
    QCOMPARE(tampered.status, 401);
    QCOMPARE(tampered.json().value(u"msg"_s).toString(), u"Invalid user token"_s);
}

void TestFakeServer::revokedAndExpiredTokens()
{
    const QByteArray token = loginToken();
    QCOMPARE(send("GET", kModels, {}, bearer(token)).status, 200);
    m_server->revokeTokens();
    const HttpResult revoked = send("GET", kModels, {}, bearer(token));
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.json().value(u"code"_s).toInt(), -1);
    QCOMPARE(revoked.json().value(u"msg"_s).toString(), u"Invalid user token"_s);
    QCOMPARE(send("GET", kModels, {}, bearer(loginToken())).status, 200);   // a new login works

    m_server->setTokenLifetimeSeconds(-60);
    const QByteArray expired = loginToken();
    QVERIFY(!expired.isEmpty());
    QCOMPARE(send("GET", kModels, {}, bearer(expired)).status, 401);
    QCOMPARE(send("GET", u"/api/v1/user/check-token"_s, {}, bearer(expired)).status, 401);
}

void TestFakeServer::listModels()
{
    const HttpResult result = send("GET", kModels, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    const QJsonArray models = result.data().value(u"models"_s).toArray();
    QCOMPARE(models.size(), m_server->models().size());
    for (qsizetype i = 0; i < models.size(); ++i)
        QCOMPARE(models.at(i).toObject(), m_server->models().at(i));
}

void TestFakeServer::getModel()
{
    const HttpResult result = send("GET", kModels + u'/' + kGpt4o, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    const QJsonObject model = result.data().value(u"model"_s).toObject();
    QCOMPARE(model.value(u"uuid"_s).toString(), kGpt4o);
    QCOMPARE(model.value(u"name"_s).toString(), u"gpt-4o"_s);
    QCOMPARE(model.value(u"requester"_s).toString(), u"openai-chat-completions"_s);

    const HttpResult missing = send("GET", kModels + u"/00000000-0000-4000-8000-000000000000"_s, {},
                                    apiKeyHeader());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"code"_s).toInt(), -1);
    QCOMPARE(missing.json().value(u"msg"_s).toString(), u"model not found"_s);
}

void TestFakeServer::createModel()
{
    const int before = int(m_server->models().size());
    QJsonObject body = createBody();
    body.insert(u"prefered_ranking"_s, 3);   // a field this console does not know
    const HttpResult result = send("POST", kModels, json(body), apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    const QString uuid = result.data().value(u"uuid"_s).toString();
    QVERIFY(!QUuid::fromString(uuid).isNull());

    const HttpResult fetched = send("GET", kModels + u'/' + uuid, {}, apiKeyHeader());
    const QJsonObject model = fetched.data().value(u"model"_s).toObject();
    for (auto it = body.begin(); it != body.end(); ++it)
        QCOMPARE(model.value(it.key()), it.value());
    QCOMPARE(model.value(u"uuid"_s).toString(), uuid);
    const QString created = model.value(u"created_at"_s).toString();
    QVERIFY2(kIsoWithoutZone.match(created).hasMatch(), qPrintable(created));
    QCOMPARE(model.value(u"updated_at"_s).toString(), created);
    QCOMPARE(m_server->models().size(), before + 1);
    QCOMPARE(m_server->models().last().value(u"uuid"_s).toString(), uuid);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).data().value(u"models"_s).toArray().size(), before + 1);
}

void TestFakeServer::createRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    QJsonObject noName = createBody();
    noName.remove(u"name"_s);
    QJsonObject noRequester = createBody();
    noRequester.remove(u"requester"_s);
    QJsonObject unknownRequester = createBody();
    unknownRequester.insert(u"requester"_s, u"no-such-requester"_s);
    QJsonObject withDate = createBody();
    withDate.insert(u"created_at"_s, u"2025-06-01T10:20:30.123456"_s);

    QTest::newRow("no name") << json(noName) << u"llm_models.name"_s;
    QTest::newRow("no requester") << json(noRequester) << u"llm_models.requester"_s;
    QTest::newRow("unknown requester") << json(unknownRequester) << u"no-such-requester"_s;
    QTest::newRow("created_at") << json(withDate) << u"Invalid isoformat"_s;
    QTest::newRow("not JSON") << QByteArray("name=x") << u"Expecting value"_s;
}

void TestFakeServer::createRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const qsizetype before = m_server->models().size();
    const HttpResult result = send("POST", kModels, body, apiKeyHeader());
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json().value(u"code"_s).toInt(), -2);
    QVERIFY2(result.json().value(u"msg"_s).toString().contains(messagePart), result.body.constData());
    QCOMPARE(m_server->models().size(), before);
}

void TestFakeServer::updateModel()
{
    const QJsonObject original = m_server->model(kGpt4o);
    const QJsonObject body{{u"description"_s, u"changed"_s},
                           {u"api_keys"_s, QJsonArray{u"sk-demo-new"_s}}};
    const HttpResult result = send("PUT", kModels + u'/' + kGpt4o, json(body), apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY(result.json().value(u"data"_s).isObject());
    QVERIFY(result.data().isEmpty());

    const QJsonObject updated = m_server->model(kGpt4o);
    QCOMPARE(updated.value(u"description"_s).toString(), u"changed"_s);
    QCOMPARE(updated.value(u"api_keys"_s).toArray(), QJsonArray{u"sk-demo-new"_s});
    for (const QString &kept : {u"name"_s, u"requester"_s, u"requester_config"_s, u"abilities"_s,
                                u"extra_args"_s, u"created_at"_s})
        QCOMPARE(updated.value(kept), original.value(kept));   // a partial update
    const QString stamp = updated.value(u"updated_at"_s).toString();
    QVERIFY(kIsoWithoutZone.match(stamp).hasMatch());
    QVERIFY(stamp > original.value(u"updated_at"_s).toString());

    const HttpResult missing = send("PUT", kModels + u"/00000000-0000-4000-8000-000000000000"_s,
                                    json(body), apiKeyHeader());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"msg"_s).toString(), u"model not found"_s);
}

void TestFakeServer::updateRejectsServerFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("created_at") << u"created_at"_s << u"Invalid isoformat"_s;
    QTest::newRow("updated_at") << u"updated_at"_s << u"Invalid isoformat"_s;
    QTest::newRow("uuid") << u"uuid"_s << u"uuid"_s;
}

void TestFakeServer::updateRejectsServerFields()
{
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const QJsonObject original = m_server->model(kGpt4o);
    QJsonObject body{{u"description"_s, u"should not be stored"_s}};
    body.insert(field, original.value(field));   // the value as the server sent it
    const HttpResult result = send("PUT", kModels + u'/' + kGpt4o, json(body), apiKeyHeader());
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json().value(u"code"_s).toInt(), -2);
    QVERIFY2(result.json().value(u"msg"_s).toString().contains(messagePart), result.body.constData());
    QCOMPARE(m_server->model(kGpt4o), original);
}

void TestFakeServer::deleteModel()
{
    const qsizetype before = m_server->models().size();
    const HttpResult result = send("DELETE", kModels + u'/' + kDeepSeek, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY(result.json().value(u"data"_s).isNull());
    QCOMPARE(m_server->models().size(), before - 1);
    QVERIFY(m_server->model(kDeepSeek).isEmpty());
    QCOMPARE(send("GET", kModels + u'/' + kDeepSeek, {}, apiKeyHeader()).status, 404);
    QCOMPARE(send("DELETE", kModels + u'/' + kDeepSeek, {}, apiKeyHeader()).status, 404);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).data().value(u"models"_s).toArray().size(), before - 1);
}

// ---------------------------------------------------------------------------
// model tests
// ---------------------------------------------------------------------------

void TestFakeServer::testOk()
{
    m_server->setTestBehaviour(kGpt4o, TestBehaviour::Ok, 300);
    const HttpResult result = send("POST", kModels + u'/' + kGpt4o + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY(result.data().isEmpty());
    QVERIFY2(result.elapsedMs >= 300, QByteArray::number(result.elapsedMs).constData());

    // A model without its own behaviour takes the default delay.
    const QString uuid = send("POST", kModels, json(createBody()), apiKeyHeader())
                             .data().value(u"uuid"_s).toString();
    m_server->setDefaultTestDelay(200);
    const HttpResult byDefault = send("POST", kModels + u'/' + uuid + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(byDefault.status, 200);
    QVERIFY2(byDefault.elapsedMs >= 200, QByteArray::number(byDefault.elapsedMs).constData());
}

void TestFakeServer::testProviderError()
{
    m_server->setTestBehaviour(kGpt4o, TestBehaviour::ProviderError);
    const HttpResult result = send("POST", kModels + u'/' + kGpt4o + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json().value(u"code"_s).toInt(), -2);
    QVERIFY(result.json().value(u"msg"_s).toString().contains(u"Incorrect API key provided"_s));

    // The demo data's local Ollama is down.
    const HttpResult ollama = send("POST", kModels + u'/' + kOllama + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(ollama.status, 500);
    QCOMPARE(ollama.json().value(u"msg"_s).toString(), u"Connection error."_s);
    QVERIFY(ollama.elapsedMs >= 300);
}

void TestFakeServer::testSlow()
{
    m_server->setTestBehaviour(kClaude, TestBehaviour::Slow, 700);
    const HttpResult result = send("POST", kModels + u'/' + kClaude + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY2(result.elapsedMs >= 700, QByteArray::number(result.elapsedMs).constData());
}

void TestFakeServer::testClientGivesUp()
{
    m_server->setTestBehaviour(kClaude, TestBehaviour::Slow);   // 5 s by default
    const HttpResult result = send("POST", kModels + u'/' + kClaude + u"/test"_s, "{}", apiKeyHeader(), 300);
    QVERIFY(!result.finished);
    QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
    // The socket died during the delay: nothing is left in flight, nothing crashes.
    QTRY_COMPARE(m_server->inFlight(), 0);
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).status, 200);
}

void TestFakeServer::testUnknownModel()
{
    const HttpResult result = send("POST", kModels + u"/00000000-0000-4000-8000-000000000000/test"_s, "{}",
                                   apiKeyHeader());
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json().value(u"code"_s).toInt(), -1);
}

void TestFakeServer::testUnsavedConfiguration()
{
    const HttpResult ok = send("POST", kModels + u"/_/test"_s, json(createBody()), apiKeyHeader());
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(u"code"_s).toInt(-99), 0);

    QJsonObject broken = createBody();
    broken.insert(u"requester_config"_s, QJsonObject{{u"base_url"_s, u"https://invalid.example.com/v1"_s},
                                                    {u"timeout"_s, 120}});
    const HttpResult failed = send("POST", kModels + u"/_/test"_s, json(broken), apiKeyHeader());
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.json().value(u"code"_s).toInt(), -2);
    QVERIFY(!failed.json().value(u"msg"_s).toString().isEmpty());

    QCOMPARE(send("POST", kModels + u"/_/test"_s, "{}", apiKeyHeader()).status, 500);   // no CREATE body
    QCOMPARE(m_server->models().size(), 8);   // nothing was saved
}

// ---------------------------------------------------------------------------
// requesters and other paths
// ---------------------------------------------------------------------------

void TestFakeServer::requestersNeedJwt()
{
    QFile file(u":/demo/requesters.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray all = QJsonDocument::fromJson(file.readAll()).object().value(u"data"_s).toObject()
                               .value(u"requesters"_s).toArray();
    QCOMPARE(all.size(), 24);
    qsizetype llm = 0;
    for (const QJsonValue &r : all)
        llm += r.toObject().value(u"spec"_s).toObject().value(u"support_type"_s).toArray().contains(u"llm"_s);

    const HttpResult withKey = send("GET", u"/api/v1/provider/requesters?type=llm"_s, {}, apiKeyHeader());
    QCOMPARE(withKey.status, 401);
    QCOMPARE(withKey.json().value(u"code"_s).toInt(), -1);
    QCOMPARE(send("GET", u"/api/v1/provider/requesters?type=llm"_s, {},
                  bearer(FakeLangBotServer::demoApiKey().toUtf8())).status, 401);

    const Headers jwt = bearer(loginToken());
    const HttpResult filtered = send("GET", u"/api/v1/provider/requesters?type=llm"_s, {}, jwt);
    QCOMPARE(filtered.status, 200);
    const QJsonArray requesters = filtered.data().value(u"requesters"_s).toArray();
    QCOMPARE(requesters.size(), llm);
    QVERIFY(llm < all.size());
    for (const QJsonValue &r : requesters)
        QVERIFY(r.toObject().value(u"spec"_s).toObject().value(u"support_type"_s).toArray().contains(u"llm"_s));
    QCOMPARE(send("GET", u"/api/v1/provider/requesters"_s, {}, jwt).data().value(u"requesters"_s).toArray(), all);

    const HttpResult one = send("GET", u"/api/v1/provider/requesters/openai-chat-completions"_s, {}, jwt);
    QCOMPARE(one.status, 200);
    const QJsonObject requester = one.data().value(u"requester"_s).toObject();
    QCOMPARE(requester.value(u"name"_s).toString(), u"openai-chat-completions"_s);
    QVERIFY(!requester.value(u"spec"_s).toObject().value(u"config"_s).toArray().isEmpty());
    QCOMPARE(send("GET", u"/api/v1/provider/requesters/openai-chat-completions"_s, {}, apiKeyHeader()).status, 401);
    QCOMPARE(send("GET", u"/api/v1/provider/requesters/no-such"_s, {}, jwt).status, 404);
}

void TestFakeServer::requesterIconWithoutAuth()
{
    const HttpResult icon = send("GET", u"/api/v1/provider/requesters/anthropic-messages/icon"_s);
    QCOMPARE(icon.status, 200);
    QCOMPARE(icon.header("content-type"), QByteArray("image/svg+xml"));
    QVERIFY(icon.body.startsWith("<svg"));
    QVERIFY(icon.body.contains(">A</text>"));
    QCOMPARE(send("GET", u"/api/v1/provider/requesters/no-such/icon"_s).status, 404);
}

void TestFakeServer::unknownPaths()
{
    const HttpResult unknown = send("GET", u"/api/v1/no/such/thing"_s, {}, apiKeyHeader());
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.header("content-type").startsWith("text/html"));
    QVERIFY(unknown.body.contains("<html"));
    QVERIFY(QJsonDocument::fromJson(unknown.body).isNull());

    const HttpResult tooDeep = send("GET", kModels + u'/' + kGpt4o + u"/extra"_s, {}, apiKeyHeader());
    QCOMPARE(tooDeep.status, 404);
    QVERIFY(tooDeep.header("content-type").startsWith("text/html"));

    const HttpResult webUi = send("GET", u"/"_s);
    QCOMPARE(webUi.status, 200);
    QVERIFY(webUi.header("content-type").startsWith("text/html"));

    const HttpResult patch = send("PATCH", kModels + u'/' + kGpt4o, "{}", apiKeyHeader());
    QCOMPARE(patch.status, 405);
    QCOMPARE(patch.json().value(u"code"_s).toInt(), -1);
    QCOMPARE(send("DELETE", u"/api/v1/system/info"_s).status, 405);
}

// ---------------------------------------------------------------------------
// HTTP/1.1 behaviour
// ---------------------------------------------------------------------------

void TestFakeServer::keepAliveWithNetworkAccessManager()
{
    m_server->resetCounters();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(send("GET", i % 2 ? kModels : u"/api/v1/system/info"_s, {}, apiKeyHeader()).status, 200);
    QCOMPARE(send("PUT", kModels + u'/' + kQwen, R"({"description":"x"})", apiKeyHeader()).status, 200);
    QCOMPARE(m_server->requestCount(), 6);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestFakeServer::pipelinedRequestsAnsweredInOrder()
{
    m_server->setTestBehaviour(kGpt4o, TestBehaviour::Slow, 400);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QElapsedTimer timer;
    timer.start();
    socket.write(rawRequest("POST", (kModels + u'/' + kGpt4o + u"/test"_s).toLatin1(), "{}")
                 + rawRequest("GET", "/api/v1/system/info")
                 + rawRequest("GET", (kModels + u"/nope"_s).toLatin1()));
    QByteArray buffer;
    QList<RawResponse> responses;
    QVERIFY(readRaw(socket, buffer, responses, 3));
    QVERIFY(timer.elapsed() >= 400);   // the quick ones waited for the slow first one
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(QJsonDocument::fromJson(responses.at(0).body)["data"_L1].toObject(), QJsonObject());
    QCOMPARE(responses.at(1).status, 200);
    QCOMPARE(QJsonDocument::fromJson(responses.at(1).body)["data"_L1]["version"_L1].toString(), u"v4.6.5"_s);
    QCOMPARE(responses.at(2).status, 404);
    for (const RawResponse &r : std::as_const(responses))
        QCOMPARE(r.headers.value("connection"), QByteArray("keep-alive"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestFakeServer::partialReads()
{
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy received(m_server.get(), &FakeLangBotServer::requestReceived);
    const QByteArray request = rawRequest("POST", kModels.toLatin1(), json(createBody()));
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    const QList<qsizetype> cuts{5, headEnd / 2, headEnd + 2, headEnd + 4, headEnd + 30, request.size()};
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        QCOMPARE(received.count(), 0);   // nothing complete yet
        socket.write(request.mid(from, cut - from));
        socket.flush();
        from = cut;
        QTest::qWait(30);
    }
    QTRY_COMPARE(received.count(), 1);
    QByteArray buffer;
    QList<RawResponse> responses;
    QVERIFY(readRaw(socket, buffer, responses, 1));
    QCOMPARE(responses.first().status, 200);
    const QString uuid = QJsonDocument::fromJson(responses.first().body)["data"_L1]["uuid"_L1].toString();
    QCOMPARE(m_server->model(uuid).value(u"name"_s).toString(), u"glm-4-plus"_s);
    QCOMPARE(m_server->requests().last().body, json(createBody()));
}

void TestFakeServer::connectionCloseHonoured()
{
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("GET", "/api/v1/system/info", {}, "Connection: close\r\n")
                 + rawRequest("GET", "/api/v1/system/info"));   // must be ignored
    QByteArray buffer;
    QList<RawResponse> responses;
    QVERIFY(readRaw(socket, buffer, responses, 1));
    QCOMPARE(responses.first().status, 200);
    QCOMPARE(responses.first().headers.value("connection"), QByteArray("close"));
    QVERIFY(disconnected.count() > 0 || disconnected.wait(5000));
    QVERIFY(!readRaw(socket, buffer, responses, 2, 200));
    QCOMPARE(m_server->requestCount(), 1);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

// ---------------------------------------------------------------------------
// faults
// ---------------------------------------------------------------------------

void TestFakeServer::faultAnswers_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QJsonValue>("code");   // Undefined: the body is no JSON object

    QTest::newRow("Error500Legacy") << int(Fault::Error500Legacy) << 500 << QByteArray("application/json")
                                    << QJsonValue(-2);
    QTest::newRow("Error500New") << int(Fault::Error500New) << 500 << QByteArray("application/json")
                                 << QJsonValue(u"internal_error"_s);
    QTest::newRow("HtmlPage") << int(Fault::HtmlPage) << 200 << QByteArray("text/html")
                              << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("Html502") << int(Fault::Html502) << 502 << QByteArray("text/html")
                             << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("MalformedJson") << int(Fault::MalformedJson) << 200 << QByteArray("application/json")
                                   << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("Status") << int(Fault::Status) << 403 << QByteArray("application/json")
                            << QJsonValue(u"permission_denied"_s);
}

void TestFakeServer::faultAnswers()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QJsonValue, code);

    FakeLangBotServer::FaultSpec spec;
    spec.fault = Fault(fault);
    spec.message = u"database is locked"_s;
    spec.status = 403;
    spec.body = R"({"code":"permission_denied","msg":"Permission denied"})";
    m_server->setFault(kListRoute, spec);

    const HttpResult result = send("GET", kModels, {}, apiKeyHeader());
    QCOMPARE(result.status, status);
    QVERIFY2(result.header("content-type").startsWith(contentType), result.header("content-type").constData());
    QCOMPARE(result.header("content-length").toLongLong(), result.body.size());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    if (code.isUndefined()) {
        QVERIFY(!document.isObject());
    } else {
        QCOMPARE(document.object().value(u"code"_s), code);
    }
    if (Fault(fault) == Fault::Error500Legacy)
        QCOMPARE(document.object().value(u"msg"_s).toString(), u"database is locked"_s);
    if (Fault(fault) == Fault::Status)
        QCOMPARE(result.body, spec.body);

    // Other routes are untouched, and the route keeps failing until cleared.
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).status, 200);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, status);
    m_server->clearFaults();
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 200);
}

void TestFakeServer::faultTimesCountDown()
{
    m_server->setFault(kListRoute, Fault::Error500New, 2);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 500);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 500);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 200);
    QCOMPARE(m_server->requestCount(kListRoute), 3);
}

void TestFakeServer::faultWildcardAndExactRoute()
{
    m_server->setFault(u"*"_s, Fault::Html502);
    m_server->setFault(kListRoute, Fault::Error500New);
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).status, 502);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 500);   // the exact route wins
    m_server->setFault(u"*"_s, Fault::None);
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).status, 200);
}

void TestFakeServer::faultTruncatedBody()
{
    m_server->setFault(u"GET /api/v1/system/info"_s, Fault::TruncatedBody);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("GET", "/api/v1/system/info"));
    QVERIFY(disconnected.wait(5000));
    const QByteArray received = socket.readAll();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QByteArray copy = received;
    QVERIFY(!takeResponse(copy));   // incomplete
    const QRegularExpressionMatch length = QRegularExpression(u"Content-Length: (\\d+)"_s)
                                               .match(QString::fromLatin1(received.left(headEnd)));
    QVERIFY(length.hasMatch());
    const qint64 declared = length.captured(1).toLongLong();
    QVERIFY(declared > 100);
    QCOMPARE(received.size() - headEnd - 4, declared / 2);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestFakeServer::faultDropConnection()
{
    m_server->setFault(kListRoute, Fault::DropConnection, 1);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("GET", kModels.toLatin1()));
    QVERIFY(disconnected.wait(5000));
    QVERIFY(socket.readAll().isEmpty());
    QCOMPARE(m_server->requestCount(kListRoute), 1);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 200);   // only once
}

void TestFakeServer::faultStall()
{
    m_server->setFault(kListRoute, Fault::Stall, 1);
    QNetworkReply *stalled = start("GET", kModels, {}, apiKeyHeader());
    QSignalSpy finished(stalled, &QNetworkReply::finished);
    QVERIFY(!finished.wait(500));
    QCOMPARE(m_server->requestCount(kListRoute), 1);
    QCOMPARE(m_server->inFlight(), 1);   // received, never answered

    // Other connections are served meanwhile.
    const HttpResult other = send("GET", kModels, {}, apiKeyHeader());
    QCOMPARE(other.status, 200);
    QCOMPARE(m_server->inFlight(), 1);

    stalled->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(stalled->error(), QNetworkReply::OperationCanceledError);
    stalled->deleteLater();
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestFakeServer::faultStallMidBody()
{
    m_server->setFault(kListRoute, Fault::StallMidBody);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write(rawRequest("GET", kModels.toLatin1()));
    QByteArray buffer;
    QList<RawResponse> responses;
    QVERIFY(!readRaw(socket, buffer, responses, 1, 600));   // never complete
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(buffer.startsWith("HTTP/1.1 200"));
    const QRegularExpressionMatch length = QRegularExpression(u"Content-Length: (\\d+)"_s)
                                               .match(QString::fromLatin1(buffer.left(headEnd)));
    QVERIFY(length.hasMatch());
    QCOMPARE(buffer.size() - headEnd - 4, length.captured(1).toLongLong() / 2);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);   // kept open, silently
    QCOMPARE(m_server->inFlight(), 1);

    socket.abort();
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestFakeServer::faultGarbage()
{
    constexpr qint64 size = 100 * 1024 * 1024;
    FakeLangBotServer::FaultSpec spec;
    spec.fault = Fault::Garbage;
    spec.size = size;
    m_server->setFault(kListRoute, spec);

    QNetworkReply *reply = start("GET", kModels, {}, apiKeyHeader());
    qint64 total = 0;
    connect(reply, &QIODevice::readyRead, this, [reply, &total] { total += reply->readAll().size(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(120000));
    total += reply->readAll().size();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), size);
    QCOMPARE(total, size);
    reply->deleteLater();
    QTRY_COMPARE(m_server->inFlight(), 0);

    // The connection is still good for the next request.
    m_server->clearFaults();
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 200);
}

void TestFakeServer::faultRedirect_data()
{
    QTest::addColumn<QUrl>("redirectTo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host only: path kept") << QUrl(u"https://langbot.example.org"_s)
                                          << u"https://langbot.example.org/api/v1/provider/models/llm?page=2"_s;
    QTest::newRow("full URL") << QUrl(u"https://example.org/langbot/api/v1/provider/models/llm"_s)
                              << u"https://example.org/langbot/api/v1/provider/models/llm"_s;
}

void TestFakeServer::faultRedirect()
{
    QFETCH(QUrl, redirectTo);
    QFETCH(QString, expected);
    FakeLangBotServer::FaultSpec spec;
    spec.fault = Fault::Redirect;
    spec.redirectTo = redirectTo;
    m_server->setFault(kListRoute, spec);
    const HttpResult result = send("GET", kModels + u"?page=2"_s, {}, apiKeyHeader());
    QCOMPARE(result.status, 302);
    QCOMPARE(QString::fromLatin1(result.header("location")), expected);
    QCOMPARE(m_server->requests().last().query, u"page=2"_s);
}

void TestFakeServer::latency()
{
    m_server->setLatency(u"GET /api/v1/system/info"_s, 300);
    const HttpResult slow = send("GET", u"/api/v1/system/info"_s);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 300, QByteArray::number(slow.elapsedMs).constData());

    m_server->setLatency(u"*"_s, 250);
    const HttpResult all = send("GET", u"/api/v1/user/init"_s);
    QCOMPARE(all.status, 200);
    QVERIFY2(all.elapsedMs >= 250, QByteArray::number(all.elapsedMs).constData());

    // A fault comes after the latency.
    m_server->setFault(u"GET /api/v1/user/init"_s, Fault::Error500New, 1);
    const HttpResult failed = send("GET", u"/api/v1/user/init"_s);
    QCOMPARE(failed.status, 500);
    QVERIFY(failed.elapsedMs >= 250);
}

// ---------------------------------------------------------------------------
// observation
// ---------------------------------------------------------------------------

void TestFakeServer::counters()
{
    QSignalSpy received(m_server.get(), &FakeLangBotServer::requestReceived);
    const QString uuid = send("POST", kModels, json(createBody()), apiKeyHeader()).data()
                             .value(u"uuid"_s).toString();
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(send("PUT", kModels + u'/' + uuid, R"({"description":"d"})", apiKeyHeader()).status, 200);
    QCOMPARE(send("POST", kModels + u'/' + uuid + u"/test"_s, "{}", apiKeyHeader()).status, 200);
    QCOMPARE(send("POST", kModels + u"/_/test"_s, json(createBody()), apiKeyHeader()).status, 200);
    QCOMPARE(send("DELETE", kModels + u'/' + uuid, {}, apiKeyHeader()).status, 200);
    QCOMPARE(send("GET", kModels + u"?page=1"_s, {}, apiKeyHeader()).status, 200);

    QCOMPARE(m_server->writeRequestCount(), 3);   // create, update, delete; tests excluded
    QCOMPARE(m_server->requestCount(), 6);
    QCOMPARE(m_server->requestCount(u"POST /api/v1/provider/models/llm"_s), 1);
    QCOMPARE(m_server->requestCount(u"PUT /api/v1/provider/models/llm/"_s + uuid), 1);
    QCOMPARE(m_server->requestCount(kListRoute), 1);
    QCOMPARE(m_server->requestCount(u"GET /api/v1/system/info"_s), 0);
    QCOMPARE(received.count(), 6);
    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("POST"));
    QCOMPARE(received.at(0).at(1).toString(), kModels);

    const QList<FakeLangBotServer::RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 6);
    const FakeLangBotServer::RecordedRequest &put = requests.at(1);
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.path, kModels + u'/' + uuid);
    QCOMPARE(put.body, QByteArray(R"({"description":"d"})"));
    QCOMPARE(put.headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
    QVERIFY(put.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(requests.last().path, kModels);
    QCOMPARE(requests.last().query, u"page=1"_s);
    QCOMPARE(m_server->maxInFlight(), 1);

    m_server->resetCounters();
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QCOMPARE(m_server->requestCount(kListRoute), 0);
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->maxInFlight(), 0);
    QCOMPARE(m_server->inFlight(), 0);
}

void TestFakeServer::maxInFlightWithConcurrentTests()
{
    const QStringList uuids{kGpt4o, kClaude, kDeepSeek, kQwen};
    for (const QString &uuid : uuids)
        m_server->setTestBehaviour(uuid, TestBehaviour::Slow, 500);
    m_server->resetCounters();

    QList<QNetworkReply *> replies;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (const QString &uuid : uuids) {
        replies.append(start("POST", kModels + u'/' + uuid + u"/test"_s, "{}", apiKeyHeader()));
        spies.append(std::make_shared<QSignalSpy>(replies.last(), &QNetworkReply::finished));
    }
    QTRY_COMPARE(m_server->inFlight(), 4);
    for (const auto &spy : std::as_const(spies))
        QVERIFY(spy->count() > 0 || spy->wait(5000));
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(m_server->maxInFlight(), 4);
    QCOMPARE(m_server->inFlight(), 0);
    QCOMPARE(m_server->connectionCount(), 4);
    QCOMPARE(m_server->writeRequestCount(), 0);
}

void TestFakeServer::generateHundredThousandModels()
{
    QElapsedTimer timer;
    timer.start();
    m_server->generateModels(100000);
    qInfo("generateModels(100000): %lld ms", timer.elapsed());
    QCOMPARE(m_server->models().size(), 100000);

    timer.restart();
    const HttpResult result = send("GET", kModels, {}, apiKeyHeader(), 120000);
    qInfo("first list answer: %lld ms, %lld bytes", timer.elapsed(), qint64(result.body.size()));
    QCOMPARE(result.status, 200);
    const QJsonArray models = result.data().value(u"models"_s).toArray();
    QCOMPARE(models.size(), 100000);

    QSet<QString> uuids;
    QSet<QString> requesters;
    const QStringList fields{u"uuid"_s, u"name"_s, u"description"_s, u"requester"_s, u"requester_config"_s,
                             u"api_keys"_s, u"abilities"_s, u"extra_args"_s, u"created_at"_s, u"updated_at"_s};
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        uuids.insert(model.value(u"uuid"_s).toString());
        requesters.insert(model.value(u"requester"_s).toString());
        const QJsonArray keys = model.value(u"api_keys"_s).toArray();
        QVERIFY(keys.size() <= 3);
        for (const QJsonValue &key : keys)
            QVERIFY(key.toString().startsWith(u"sk-fake-"_s));
    }
    QCOMPARE(uuids.size(), 100000);
    QVERIFY(requesters.size() >= 8);
    const QJsonObject sample = models.at(12345).toObject();
    for (const QString &field : fields)
        QVERIFY2(sample.contains(field), qPrintable(field));
    QVERIFY(kIsoWithoutZone.match(sample.value(u"created_at"_s).toString()).hasMatch());
    QCOMPARE(sample, m_server->models().at(12345));

    // A change shows up in the next list answer (the cached one is dropped).
    const QString uuid = sample.value(u"uuid"_s).toString();
    QCOMPARE(send("DELETE", kModels + u'/' + uuid, {}, apiKeyHeader()).status, 200);
    const HttpResult after = send("GET", kModels, {}, apiKeyHeader(), 120000);
    QCOMPARE(after.data().value(u"models"_s).toArray().size(), 99999);
}

void TestFakeServer::listenFailsOnABusyPort()
{
    FakeLangBotServer second;
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));
    QVERIFY(!second.errorString().isEmpty());
    QCOMPARE(m_server->url(), QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
}

void TestFakeServer::closeDropsConnections()
{
    m_server->setFault(kListRoute, Fault::Stall);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("GET", kModels.toLatin1()));
    QTRY_COMPARE(m_server->inFlight(), 1);

    m_server->close();
    QCOMPARE(m_server->inFlight(), 0);
    QVERIFY(disconnected.count() > 0 || disconnected.wait(5000));
    const HttpResult refused = send("GET", u"/api/v1/system/info"_s);
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
}

QTEST_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
