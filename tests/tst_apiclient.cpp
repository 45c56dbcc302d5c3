// ApiClient against the fake LangBot server over loopback: every call, the
// error shapes of API.md, timeouts, cancel, oversized answers and redirects.
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

class TestApiClient : public QObject, protected FakeServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listSendsDecoratedRequest();
    void everyRequestHasItsOwnRequestId();
    void errorsCarryTheServersRequestId();
    void bearerAuthorization();
    void pathPrefixIsKept();
    void getModel();
    void getUnknownModelIs404();
    void createUpdateDelete();
    void updateBodyIsAcceptedByServer();
    void testOkMeasuresRoundTrip();
    void testProviderErrorCarriesMessage();
    void testUnsavedBody();
    void testTimeoutIsLonger();
    void systemInfoWithoutCredentials();
    void loginAndWrongPassword();
    void checkToken();
    void requestersNeedALogin();
    void missingAndBadCredentials();
    void faults_data();
    void faults();
    void wrongDataShapeIsBadResponse();
    void connectionRefused();
    void stallTimesOut();
    void cancelStopsTheRequest();
    void cancelAllAndRunningCount();
    void runningTestsDoNotBlockOtherCalls();
    void oversizedAnswerIsRefused_data();
    void oversizedAnswerIsRefused();
    void redirectToAnotherHostIsRefused();
    void redirectWithinServerIsFollowed();

    // Big answers: read in slices, decoded on a worker thread, once
    void bigListIsDecodedOffThread();
    void smallListIsDecodedOnceToo();
    void cancelWhileDecodingNeverDelivers();
    void cancelAfterDecodeBeforeDelivery();
    void clientGoneWhileDecoding();

    // (Renewal of credentials after HTTP 401: tst_apirenewal)

    // TLS
    void tlsSelfSignedIsRefused();
    void tlsPinnedCertificateIsAccepted();
    void tlsPinOfAnotherCertificateDoesNotHelp();
    void tlsExpiredAndWrongHost_data();
    void tlsExpiredAndWrongHost();

private:
    std::unique_ptr<FakeLangBotServer> tlsServer(const FakeLangBotServer::TestCertificate &cert);

    FakeLangBotServer::TestCertificate m_selfSigned;
    FakeLangBotServer::TestCertificate m_expired;
    FakeLangBotServer::TestCertificate m_wrongHost;
};

void TestApiClient::initTestCase()
{
    const TestCertificates certificates = makeTestCertificates();
    QVERIFY2(certificates.ok(), qPrintable(certificates.error));
    m_selfSigned = certificates.selfSigned;
    m_expired = certificates.expired;
    m_wrongHost = certificates.wrongHost;
}

void TestApiClient::init()
{
    QVERIFY2(startServer(), qPrintable(serverError()));
}

void TestApiClient::cleanup()
{
    stopServer();
}

void TestApiClient::listSendsDecoratedRequest()
{
    const CallOutcome r = awaitCall(m_client->listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(r.finishedCount, 1);
    const QList<lb::LlmModel> models = ApiClient::modelsFromData(r.data);
    QVERIFY(models.size() >= 3);
    QCOMPARE(models.size(), m_server->models().size());
    QCOMPARE(models.first().uuid(), m_server->models().first().value(QLatin1String("uuid")).toString());

    const auto req = m_server->requests().constLast();
    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(req.path, kModelsPath);
    QCOMPARE(req.headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
    QVERIFY(!req.headers.contains("authorization"));
    QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(req.headers.value("user-agent").startsWith("langbot-console/" LANGBOT_VERSION));
}

void TestApiClient::everyRequestHasItsOwnRequestId()
{
    // A read answered 429 once is sent again: each attempt has a new id.
    FakeLangBotServer::FaultSpec busy;
    busy.fault = FakeLangBotServer::Fault::Status;
    busy.times = 1;
    busy.status = 429;
    busy.body = R"({"code":-1,"msg":"Too many requests"})";
    m_server->setFault(route("GET", kModelsPath), busy);
    ApiCall *list = m_client->listModels();
    const QPointer<ApiCall> listGuard(list);
    QString listId;
    connect(list, &ApiCall::finished, this, [&listId, list] { listId = list->requestId(); });
    QVERIFY2(!awaitCall(list).error, "the list failed");
    const CallOutcome created
        = awaitCall(m_client->createModel(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}));
    Q_UNUSED(created);

    QSet<QByteArray> seen;
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (const auto &request : requests) {
        const QByteArray id = request.headers.value("x-request-id");
        QVERIFY2(id.startsWith("lbc-"), id.constData());
        QVERIFY(id.size() <= 128);
        QVERIFY(std::none_of(id.cbegin(), id.cend(), [](char c) { return c < 0x21 || c > 0x7e; }));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 3);
    // The call knows the id of its last attempt.
    QCOMPARE(listId.toLatin1(), requests.at(1).headers.value("x-request-id"));
}

void TestApiClient::errorsCarryTheServersRequestId()
{
    // 4.10.7+: request_id of a 500 body.
    FakeLangBotServer::FaultSpec opaque;
    opaque.fault = FakeLangBotServer::Fault::Status;
    opaque.times = 1;
    opaque.status = 500;
    opaque.body = R"({"code":"internal_error","msg":"Internal server error","request_id":"srv-42"})";
    m_server->setFault(route("GET", kModelsPath), opaque);
    CallOutcome r = awaitCall(m_client->listModels());
    QCOMPARE(r.error.requestId(), QStringLiteral("srv-42"));
    QCOMPARE(r.error.ownRequestId().toLatin1(), m_server->requests().constLast().headers.value("x-request-id"));
    QVERIFY2(r.error.message().endsWith(QLatin1String("Internal server error (request id srv-42)")),
             qPrintable(r.error.message()));
    QCOMPARE(r.error.category(), ApiError::Category::Server);

    // A server known to log request ids (4.10.7+) that sent none back: ours.
    lb::ServerFeatures features;
    features.generation = lb::ApiGeneration::Workspaces;
    m_client->setFeatures(features);
    m_server->setFault(route("GET", kModelsPath), FakeLangBotServer::Fault::Error500New, 1);
    r = awaitCall(m_client->listModels());
    const QByteArray sent = m_server->requests().constLast().headers.value("x-request-id");
    QCOMPARE(r.error.requestId().toLatin1(), sent);
    QVERIFY2(r.error.message().endsWith(QStringLiteral("(request id %1)").arg(QString::fromLatin1(sent))),
             qPrintable(r.error.message()));

    // The id a server echoes in its X-Request-Id header.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    connect(&raw, &QTcpServer::newConnection, this, [&raw] {
        QTcpSocket *socket = raw.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray body = R"({"code":-1,"msg":"Resource not found"})";
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nX-Request-Id: echo-9\r\n"
                          "Content-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    });
    ApiClient echoing(quickSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(raw.serverPort()))));
    r = awaitCall(echoing.getModel(QStringLiteral("gone")));
    QCOMPARE(r.error.requestId(), QStringLiteral("echo-9"));
    QVERIFY(r.error.isNotFound());
    QVERIFY2(r.error.message().endsWith(QLatin1String("(request id echo-9)")), qPrintable(r.error.message()));
}

void TestApiClient::bearerAuthorization()
{
    m_client->setCredential(ConnectionSettings::AuthMode::Bearer, FakeLangBotServer::demoApiKey());
    const CallOutcome r = awaitCall(m_client->listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.headers.value("authorization"), "Bearer " + FakeLangBotServer::demoApiKey().toUtf8());
    QVERIFY(!req.headers.contains("x-api-key"));
}

void TestApiClient::pathPrefixIsKept()
{
    QUrl base = m_server->url();
    base.setPath(QStringLiteral("/langbot/"));
    ApiClient client(quickSettings(base));
    const CallOutcome r = awaitCall(client.listModels());
    QCOMPARE(m_server->requests().constLast().path, QStringLiteral("/langbot") + kModelsPath);
    // The fake server has no prefix: like a real one it answers its web UI
    // page there, which is reported as "not the API".
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(r.error.httpStatus(), 200);
    QVERIFY2(r.error.message().contains(QLatin1String("not a LangBot API")), qPrintable(r.error.message()));
    QCOMPARE(r.error.path(), QStringLiteral("/langbot") + kModelsPath);
    QVERIFY2(r.error.message().contains(QLatin1String("path prefix")), qPrintable(r.error.message()));
}

void TestApiClient::getModel()
{
    const QJsonObject first = m_server->models().first();
    const QString uuid = first.value(QLatin1String("uuid")).toString();
    const CallOutcome r = awaitCall(m_client->getModel(uuid));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    const lb::LlmModel model = ApiClient::modelFromData(r.data);
    QCOMPARE(model.uuid(), uuid);
    QCOMPARE(model.name(), first.value(QLatin1String("name")).toString());
    QCOMPARE(model.json(), first);
}

void TestApiClient::getUnknownModelIs404()
{
    const CallOutcome r = awaitCall(m_client->getModel(QStringLiteral("no-such-uuid")));
    QCOMPARE(r.error.kind(), ApiError::Kind::Server);
    QCOMPARE(r.error.httpStatus(), 404);
    QCOMPARE(r.error.serverMessage(), QStringLiteral("model not found"));
    QCOMPARE(r.error.path(), kModelsPath + QStringLiteral("/no-such-uuid"));
    QVERIFY2(r.error.message().contains(QLatin1String("model not found")), qPrintable(r.error.message()));
}

void TestApiClient::createUpdateDelete()
{
    lb::LlmModel draft{QJsonObject{}};
    draft.setName(QStringLiteral("Test model"));
    draft.setDescription(QStringLiteral("made by tst_apiclient"));
    draft.setRequester(QStringLiteral("openai-chat-completions"));
    draft.setRequesterConfig(
        {{QStringLiteral("base_url"), QStringLiteral("https://api.example.com/v1")}, {QStringLiteral("timeout"), 60}});
    draft.setApiKeys({QStringLiteral("sk-test-1")});
    draft.setAbilities({QStringLiteral("func_call")});

    const int before = int(m_server->models().size());
    const CallOutcome created = awaitCall(m_client->createModel(draft.createBody()));
    QVERIFY2(!created.error, qPrintable(created.error.message()));
    const QString uuid = ApiClient::stringFromData(created.data, QStringLiteral("uuid"));
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(int(m_server->models().size()), before + 1);
    QCOMPARE(m_server->model(uuid).value(QLatin1String("name")).toString(), QStringLiteral("Test model"));

    const CallOutcome fetched = awaitCall(m_client->getModel(uuid));
    QVERIFY2(!fetched.error, qPrintable(fetched.error.message()));
    lb::LlmModel saved = ApiClient::modelFromData(fetched.data);
    saved.setDescription(QStringLiteral("changed"));
    const CallOutcome updated = awaitCall(m_client->updateModel(uuid, saved.updateBody()));
    QVERIFY2(!updated.error, qPrintable(updated.error.message()));
    QCOMPARE(m_server->model(uuid).value(QLatin1String("description")).toString(), QStringLiteral("changed"));

    const CallOutcome deleted = awaitCall(m_client->deleteModel(uuid));
    QVERIFY2(!deleted.error, qPrintable(deleted.error.message()));
    QVERIFY(m_server->model(uuid).isEmpty());
    const CallOutcome again = awaitCall(m_client->deleteModel(uuid));
    QCOMPARE(again.error.httpStatus(), 404);
}

void TestApiClient::updateBodyIsAcceptedByServer()
{
    // A real server fails with HTTP 500 on date strings: the update body of a
    // fetched record must be accepted, and must carry no uuid or dates.
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    const CallOutcome fetched = awaitCall(m_client->getModel(uuid));
    QVERIFY2(!fetched.error, qPrintable(fetched.error.message()));
    const lb::LlmModel model = ApiClient::modelFromData(fetched.data);
    const CallOutcome updated = awaitCall(m_client->updateModel(uuid, model.updateBody()));
    QVERIFY2(!updated.error, qPrintable(updated.error.message()));
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().constLast().body).object();
    QVERIFY(!sent.contains(QLatin1String("uuid")));
    QVERIFY(!sent.contains(QLatin1String("created_at")));
    QVERIFY(!sent.contains(QLatin1String("updated_at")));
    QVERIFY(!sent.contains(QLatin1String("requester")));

    // and the server does reject dates, so the check above is meaningful
    QJsonObject withDates = model.updateBody();
    withDates.insert(QStringLiteral("created_at"), model.createdAtText());
    const CallOutcome rejected = awaitCall(m_client->updateModel(uuid, withDates));
    QCOMPARE(rejected.error.httpStatus(), 500);
}

void TestApiClient::testOkMeasuresRoundTrip()
{
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 300);
    const CallOutcome r = awaitCall(m_client->testModel(uuid));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QVERIFY2(r.elapsedMs >= 300, QByteArray::number(r.elapsedMs).constData());
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, kModelsPath + QLatin1Char('/') + uuid + QStringLiteral("/test"));
    QCOMPARE(QJsonDocument::fromJson(req.body).object(), QJsonObject());
}

void TestApiClient::testProviderErrorCarriesMessage()
{
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    const QString provider = QStringLiteral("Error code: 404 - {'error': 'Model Not Exist'}");
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::ProviderError, 0, provider);
    const CallOutcome r = awaitCall(m_client->testModel(uuid));
    QCOMPARE(r.error.kind(), ApiError::Kind::Server);
    QCOMPARE(r.error.httpStatus(), 500);
    QCOMPARE(r.error.serverMessage(), provider);
    QVERIFY(r.error.message().contains(provider));
}

void TestApiClient::testUnsavedBody()
{
    lb::LlmModel draft{QJsonObject{}};
    draft.setName(QStringLiteral("Draft"));
    draft.setRequester(QStringLiteral("openai-chat-completions"));
    draft.setRequesterConfig({{QStringLiteral("base_url"), QStringLiteral("https://api.example.com/v1")}});
    const CallOutcome r = awaitCall(m_client->testUnsavedModel(draft.createBody()));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.path, kModelsPath + QStringLiteral("/_/test"));
    QCOMPARE(QJsonDocument::fromJson(req.body).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Draft"));
    QCOMPARE(m_server->writeRequestCount(), 0);
}

void TestApiClient::testTimeoutIsLonger()
{
    // Ordinary calls give up after `timeout` without data; a test waits for
    // `testTimeout`, then reports a timeout.
    ConnectionSettings s = quickSettings(m_server->url());
    s.timeout = 200ms;
    s.testTimeout = 1500ms;
    m_client->setSettings(s);
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 700);
    const CallOutcome ok = awaitCall(m_client->testModel(uuid));
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));

    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Slow, 60'000);
    ApiCall *slowCall = m_client->testModel(uuid);
    int inFlightAtTheEnd = -1; // at the server when the call gave up
    connect(slowCall, &ApiCall::finished, this, [this, &inFlightAtTheEnd] { inFlightAtTheEnd = m_server->inFlight(); });
    const CallOutcome slow = awaitCall(slowCall);
    QCOMPARE(slow.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(slow.elapsedMs >= 1400);
    QCOMPARE(inFlightAtTheEnd, 1); // before the server's answer, not after it
    QVERIFY2(slow.error.message().contains(QLatin1String("in time")), qPrintable(slow.error.message()));
}

void TestApiClient::systemInfoWithoutCredentials()
{
    const CallOutcome r = awaitCall(m_client->systemInfo());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QVERIFY(ApiClient::stringFromData(r.data, QStringLiteral("version")).startsWith(QLatin1Char('v')));
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.path, QStringLiteral("/api/v1/system/info"));
    QVERIFY(!req.headers.contains("x-api-key"));
    QVERIFY(!req.headers.contains("authorization"));
}

void TestApiClient::loginAndWrongPassword()
{
    ApiClient anonymous(quickSettings(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const CallOutcome ok = awaitCall(anonymous.login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword()));
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));
    const QString token = ApiClient::stringFromData(ok.data, QStringLiteral("token"));
    QCOMPARE(token.count(QLatin1Char('.')), 2); // JWT-shaped

    anonymous.setCredential(ConnectionSettings::AuthMode::Bearer, token);
    const CallOutcome list = awaitCall(anonymous.listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));

    const CallOutcome wrong = awaitCall(anonymous.login(FakeLangBotServer::demoUser(), QStringLiteral("nope")));
    QCOMPARE(wrong.error.kind(), ApiError::Kind::Server);
    QCOMPARE(wrong.error.httpStatus(), 200);
    QCOMPARE(wrong.error.serverCode(), QStringLiteral("1"));
    QCOMPARE(wrong.error.serverMessage(), QStringLiteral("Invalid username or password"));
    // The password is in no message.
    QVERIFY(!wrong.error.message().contains(QLatin1String("nope")));
}

void TestApiClient::checkToken()
{
    ApiClient client(quickSettings(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const CallOutcome ok = awaitCall(client.login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword()));
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));
    client.setCredential(ConnectionSettings::AuthMode::Bearer,
                         ApiClient::stringFromData(ok.data, QStringLiteral("token")));
    const CallOutcome fresh = awaitCall(client.checkToken());
    QVERIFY2(!fresh.error, qPrintable(fresh.error.message()));
    QCOMPARE(ApiClient::stringFromData(fresh.data, QStringLiteral("token")).count(QLatin1Char('.')), 2);
}

void TestApiClient::requestersNeedALogin()
{
    // An API key is refused (HTTP 401), as on a real server.
    const CallOutcome withKey = awaitCall(m_client->listRequesters());
    QCOMPARE(withKey.error.httpStatus(), 401);

    ApiClient client(quickSettings(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const CallOutcome ok = awaitCall(client.login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword()));
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));
    client.setCredential(ConnectionSettings::AuthMode::Bearer,
                         ApiClient::stringFromData(ok.data, QStringLiteral("token")));
    const CallOutcome list = awaitCall(client.listRequesters());
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    QCOMPARE(m_server->requests().constLast().query, QStringLiteral("type=llm"));
    const QJsonArray requesters = list.data.toObject().value(QLatin1String("requesters")).toArray();
    QVERIFY(requesters.size() >= 20);
    for (const QJsonValue &r : requesters) {
        const QJsonArray types
            = r.toObject().value(QLatin1String("spec")).toObject().value(QLatin1String("support_type")).toArray();
        QVERIFY(types.contains(QStringLiteral("llm")));
    }
    const CallOutcome one = awaitCall(client.getRequester(QStringLiteral("openai-chat-completions")));
    QVERIFY2(!one.error, qPrintable(one.error.message()));
    QCOMPARE(one.data.toObject().value(QLatin1String("requester")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("openai-chat-completions"));
    const CallOutcome missing = awaitCall(client.getRequester(QStringLiteral("no such/requester")));
    QCOMPARE(missing.error.httpStatus(), 404);
}

void TestApiClient::missingAndBadCredentials()
{
    ApiClient none(quickSettings(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const CallOutcome missing = awaitCall(none.listModels());
    QCOMPARE(missing.error.kind(), ApiError::Kind::Server);
    QCOMPARE(missing.error.httpStatus(), 401);
    QVERIFY(missing.error.isAuthError());

    const QString badKey = QStringLiteral("lbk_wrong_secret_key");
    ApiClient bad(quickSettings(m_server->url(), ConnectionSettings::AuthMode::ApiKey, badKey));
    const CallOutcome rejected = awaitCall(bad.listModels());
    QCOMPARE(rejected.error.httpStatus(), 401);
    QVERIFY(rejected.error.isAuthError());
    QVERIFY(!rejected.error.message().contains(badKey)); // never echo a credential
}

void TestApiClient::faults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("inMessage");
    using F = FakeLangBotServer::Fault;
    using K = ApiError::Kind;
    QTest::newRow("500 code -2") << int(F::Error500Legacy) << int(K::Server) << 500 << QStringLiteral("[code -2]");
    QTest::newRow("500 internal_error") << int(F::Error500New) << int(K::Server) << 500
                                        << QStringLiteral("Internal server error");
    QTest::newRow("200 HTML") << int(F::HtmlPage) << int(K::BadResponse) << 200 << QStringLiteral("not a LangBot API");
    QTest::newRow("502 HTML") << int(F::Html502) << int(K::Http) << 502 << QStringLiteral("HTTP 502");
    QTest::newRow("malformed JSON") << int(F::MalformedJson) << int(K::BadResponse) << 200
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("truncated body") << int(F::TruncatedBody) << int(K::Network) << -1 << QStringLiteral("connection");
    QTest::newRow("dropped connection") << int(F::DropConnection) << int(K::Network) << 0
                                        << QStringLiteral("connection");
}

void TestApiClient::faults()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, inMessage);
    m_server->setFault(route("GET", kModelsPath), FakeLangBotServer::Fault(fault));
    const CallOutcome r = awaitCall(m_client->listModels());
    QVERIFY(r.done);
    QCOMPARE(int(r.error.kind()), kind);
    if (status >= 0)
        QCOMPARE(r.error.httpStatus(), status);
    QVERIFY2(r.error.message().contains(inMessage), qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(kModelsPath), qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port())),
             qPrintable(r.error.message()));
}

void TestApiClient::wrongDataShapeIsBadResponse()
{
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Status;
    spec.status = 200;
    spec.body = R"({"code":0,"msg":"ok","data":{"models":{"a":1}}})";
    m_server->setFault(route("GET", kModelsPath), spec);
    const CallOutcome r = awaitCall(m_client->listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(r.error.message().contains(QLatin1String("data.models")), qPrintable(r.error.message()));

    spec.body = R"({"code":0,"msg":"ok","data":{"models":[{"name":"no uuid"}]}})";
    m_server->setFault(route("GET", kModelsPath), spec);
    const CallOutcome noUuid = awaitCall(m_client->listModels());
    QCOMPARE(noUuid.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(noUuid.error.message().contains(QLatin1String("data.models[0]")), qPrintable(noUuid.error.message()));
}

void TestApiClient::connectionRefused()
{
    QTcpServer probe; // find a free port, then close it
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClient client(quickSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    const CallOutcome r = awaitCall(client.listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::Network);
    QVERIFY2(r.error.message().contains(QLatin1String("connection refused")), qPrintable(r.error.message()));
}

void TestApiClient::stallTimesOut()
{
    ConnectionSettings s = quickSettings(m_server->url());
    s.timeout = 400ms;
    m_client->setSettings(s);
    for (auto fault : {FakeLangBotServer::Fault::Stall, FakeLangBotServer::Fault::StallMidBody}) {
        m_server->setFault(route("GET", kModelsPath), fault);
        ApiCall *call = m_client->listModels();
        int inFlightAtTheEnd = -1; // at the server when the call gave up
        connect(call, &ApiCall::finished, this, [this, &inFlightAtTheEnd] { inFlightAtTheEnd = m_server->inFlight(); });
        const CallOutcome r = awaitCall(call);
        QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
        QVERIFY(r.elapsedMs >= 350);
        QCOMPARE(inFlightAtTheEnd, 1); // the stalled request still hung there
        QTRY_COMPARE(m_server->inFlight(), 0);
    }
}

void TestApiClient::cancelStopsTheRequest()
{
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Slow, 5000);
    ApiCall *call = m_client->testModel(uuid);
    QPointer<ApiCall> guard(call);
    QTRY_COMPARE(m_server->inFlight(), 1);
    const auto outcome = watchCall(call);
    call->cancel();
    call->cancel(); // twice is harmless
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    QTRY_VERIFY(guard.isNull());           // deleted itself
    QTRY_COMPARE(m_server->inFlight(), 0); // the server saw the connection go
    QCOMPARE(m_client->runningCalls(), 0);
}

void TestApiClient::cancelAllAndRunningCount()
{
    QSignalSpy running(m_client.get(), &ApiClient::runningCallsChanged);
    m_server->setDefaultTestDelay(5000);
    QList<QPointer<ApiCall>> calls;
    int cancelled = 0;
    for (const QJsonObject &m : m_server->models().mid(0, 3)) {
        ApiCall *call = m_client->testModel(m.value(QLatin1String("uuid")).toString());
        connect(call, &ApiCall::finished, this,
                [&cancelled, call] { cancelled += call->error().kind() == ApiError::Kind::Cancelled; });
        calls << call;
    }
    QCOMPARE(m_client->runningCalls(), 3);
    QCOMPARE(running.constLast().at(0).toInt(), 3);
    m_client->cancelAll();
    QCOMPARE(cancelled, 3);
    QCOMPARE(m_client->runningCalls(), 0);
    QCOMPARE(running.constLast().at(0).toInt(), 0);
}

void TestApiClient::runningTestsDoNotBlockOtherCalls()
{
    // Qt opens at most 6 connections per host and manager: 8 slow tests must
    // all reach the server at once, and a list must not wait behind them.
    m_server->generateModels(8);
    m_server->setDefaultTestDelay(60'000);
    int testsFinished = 0;
    for (const QJsonObject &m : m_server->models()) {
        ApiCall *test = m_client->testModel(m.value(QLatin1String("uuid")).toString());
        connect(test, &ApiCall::finished, this, [&testsFinished] { ++testsFinished; });
    }
    QTRY_COMPARE(m_server->inFlight(), 8);
    ApiCall *listCall = m_client->listModels();
    int inFlightAtTheEnd = -1;
    connect(listCall, &ApiCall::finished, this, [this, &inFlightAtTheEnd] { inFlightAtTheEnd = m_server->inFlight(); });
    const CallOutcome list = awaitCall(listCall);
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    // The list came back while all 8 tests still waited at the server.
    QCOMPARE(inFlightAtTheEnd, 8);
    QCOMPARE(testsFinished, 0);
    m_client->cancelAll();
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestApiClient::oversizedAnswerIsRefused_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("announced by Content-Length") << int(FakeLangBotServer::Fault::Garbage);
}

void TestApiClient::oversizedAnswerIsRefused()
{
    QFETCH(int, fault);
    ConnectionSettings s = quickSettings(m_server->url());
    s.maxResponseBytes = 1024 * 1024;
    m_client->setSettings(s);
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault(fault);
    spec.size = 3 * 1024 * 1024;
    m_server->setFault(route("GET", kModelsPath), spec);
    const CallOutcome r = awaitCall(m_client->listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(r.error.message().contains(QLatin1String("1 MiB")), qPrintable(r.error.message()));

    // A large but allowed list still works: the cap is not a size guess.
    m_server->clearFaults();
    m_server->generateModels(2000);
    s.maxResponseBytes = 64 * 1024 * 1024;
    m_client->setSettings(s);
    const CallOutcome big = awaitCall(m_client->listModels());
    QVERIFY2(!big.error, qPrintable(big.error.message()));
    QCOMPARE(ApiClient::modelsFromData(big.data).size(), m_server->models().size());
}

void TestApiClient::bigListIsDecodedOffThread()
{
    // ~5 MB: read in slices of kReadSliceBytes, decoded on a worker while
    // the call waits, the models made in the same pass as the check.
    m_server->generateModels(12'000);
    // Time enough for 5 MB under valgrind (the test is not about timeouts).
    ConnectionSettings settings = m_client->settings();
    settings.timeout = 120s;
    m_client->setSettings(settings);
    ThreadPoolBlocker blocker;
    QVERIFY(blocker.holding());
    ApiCall *call = m_client->listModels();
    const QPointer<ApiCall> alive(call);
    auto outcome = std::make_shared<CallOutcome>();
    QList<lb::LlmModel> models;
    QMetaType decodedType;
    connect(call, &ApiCall::finished, this, [outcome, &models, &decodedType, call] {
        ++outcome->finishedCount;
        outcome->error = call->error();
        outcome->data = call->data();
        decodedType = call->decoded().metaType();
        models = ApiClient::modelsFromCall(call);
    });
    QVERIFY(QTest::qWaitFor([&] { return !alive || alive->isDecoding(); }, 60'000));
    QVERIFY2(alive && outcome->finishedCount == 0,
             qPrintable(QStringLiteral("the call ended before its decoding began: %1").arg(outcome->error.message())));
    blocker.release();
    QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 15'000);
    QVERIFY2(!outcome->error, qPrintable(outcome->error.message()));
    QCOMPARE(decodedType, QMetaType::fromType<QList<lb::LlmModel>>());
    const QList<QJsonObject> expected = m_server->models();
    QCOMPARE(models.size(), expected.size());
    for (qsizetype i = 0; i < models.size(); ++i)
        QCOMPARE(models.at(i).json(), expected.at(i));
    QCOMPARE(models, ApiClient::modelsFromData(outcome->data));
    QTest::qWait(20);
    QCOMPARE(outcome->finishedCount, 1);

    // A broken record is found off the thread too, and reported the same way.
    QJsonObject broken = expected.at(7);
    broken.remove(QStringLiteral("uuid"));
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Status;
    spec.status = 200;
    QJsonArray list;
    for (const QJsonObject &m : expected)
        list.append(list.size() == 7 ? broken : m);
    spec.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), 0},
                                          {QStringLiteral("msg"), QStringLiteral("ok")},
                                          {QStringLiteral("data"), QJsonObject{{QStringLiteral("models"), list}}}})
                    .toJson(QJsonDocument::Compact);
    QVERIFY(spec.body.size() > ApiCall::kBackgroundDecodeBytes);
    m_server->setFault(route("GET", kModelsPath), spec);
    const CallOutcome bad = awaitCall(m_client->listModels());
    QCOMPARE(bad.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(bad.error.message().contains(QLatin1String("data.models[7]")), qPrintable(bad.error.message()));
}

void TestApiClient::smallListIsDecodedOnceToo()
{
    ApiCall *call = m_client->listModels();
    QList<lb::LlmModel> models;
    bool typed = false;
    connect(call, &ApiCall::finished, this, [&, call] {
        typed = call->decoded().metaType() == QMetaType::fromType<QList<lb::LlmModel>>();
        models = ApiClient::modelsFromCall(call);
    });
    QTRY_VERIFY(!models.isEmpty());
    QVERIFY(typed);
    QCOMPARE(models.size(), m_server->models().size());
    QCOMPARE(models.first().json(), m_server->models().first());
}

void TestApiClient::cancelWhileDecodingNeverDelivers()
{
    m_server->generateModels(3000);
    ThreadPoolBlocker blocker;
    QVERIFY(blocker.holding());
    ApiCall *call = m_client->listModels();
    QPointer<ApiCall> guard(call);
    auto outcome = std::make_shared<CallOutcome>();
    connect(call, &ApiCall::finished, this, [outcome, call] {
        ++outcome->finishedCount;
        outcome->error = call->error();
        outcome->data = call->data();
        QVERIFY(!call->decoded().isValid());
    });
    QVERIFY(QTest::qWaitFor([&] { return call->isDecoding(); }, 15'000));
    QCOMPARE(m_client->runningCalls(), 1);
    call->cancel();
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(outcome->data, QJsonValue()); // nothing delivered
    QCOMPARE(m_client->runningCalls(), 0);
    blocker.release(); // the worker now finds it is not wanted
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(outcome->finishedCount, 1);
    QTRY_VERIFY(guard.isNull());
}

void TestApiClient::cancelAfterDecodeBeforeDelivery()
{
    // The worker is done and its result queued, then the call is cancelled
    // before the event loop delivers it: still one finished(), cancelled.
    m_server->generateModels(3000);
    ThreadPoolBlocker blocker;
    QVERIFY(blocker.holding());
    ApiCall *call = m_client->listModels();
    const auto outcome = watchCall(call);
    QVERIFY(QTest::qWaitFor([&] { return call->isDecoding(); }, 15'000));
    blocker.release();
    QThreadPool::globalInstance()->waitForDone(); // decoded and queued, not delivered
    QCOMPARE(outcome->finishedCount, 0);
    call->cancel();
    QCOMPARE(outcome->finishedCount, 1);
    QTest::qWait(50);
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
}

void TestApiClient::clientGoneWhileDecoding()
{
    m_server->generateModels(3000);
    ThreadPoolBlocker blocker;
    QVERIFY(blocker.holding());
    ApiCall *call = m_client->listModels();
    QPointer<ApiCall> guard(call);
    int cancelled = 0;
    connect(call, &ApiCall::finished, this,
            [&cancelled, call] { cancelled += call->error().kind() == ApiError::Kind::Cancelled; });
    QVERIFY(QTest::qWaitFor([&] { return call->isDecoding(); }, 15'000));
    m_client.reset();
    QCOMPARE(cancelled, 1);
    QVERIFY(guard.isNull());
    blocker.release();
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(cancelled, 1);
}

void TestApiClient::redirectToAnotherHostIsRefused()
{
    FakeLangBotServer other;
    QVERIFY(other.listen());
    other.loadDemoData();

    const QList<QUrl> targets = {
        other.url(),                                                       // same host name, another port
        QUrl(QStringLiteral("http://localhost:%1").arg(m_server->port())), // another host name
    };
    for (const QUrl &target : targets) {
        FakeLangBotServer::FaultSpec spec;
        spec.fault = FakeLangBotServer::Fault::Redirect;
        spec.redirectTo = target;
        m_server->setFault(route("GET", kModelsPath), spec);
        const int before = m_server->requestCount();
        const CallOutcome r = awaitCall(m_client->listModels());
        QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
        QVERIFY2(r.error.message().contains(QLatin1String("not followed")), qPrintable(r.error.message()));
        QCOMPARE(m_server->requestCount(), before + 1); // not followed to "localhost" either
    }
    QCOMPARE(other.requestCount(), 0); // the credentials never reached it
}

void TestApiClient::redirectWithinServerIsFollowed()
{
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Redirect;
    spec.times = 1;
    QUrl target = m_server->url();
    target.setPath(kModelsPath);
    target.setQuery(QStringLiteral("again=1"));
    spec.redirectTo = target;
    m_server->setFault(route("GET", kModelsPath), spec);
    const CallOutcome r = awaitCall(m_client->listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    const auto last = m_server->requests().constLast();
    QCOMPARE(last.query, QStringLiteral("again=1"));
    QCOMPARE(last.headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
}

// ---------------------------------------------------------------------------
// TLS

std::unique_ptr<FakeLangBotServer> TestApiClient::tlsServer(const FakeLangBotServer::TestCertificate &cert)
{
    auto server = std::make_unique<FakeLangBotServer>();
    server->setTlsCertificate(cert.certificate, cert.key);
    if (!server->listen())
        return nullptr;
    server->loadDemoData();
    return server;
}

void TestApiClient::tlsSelfSignedIsRefused()
{
    auto server = tlsServer(m_selfSigned);
    QVERIFY(server);
    QCOMPARE(server->url().scheme(), QStringLiteral("https"));
    ApiClient client(quickSettings(server->url()));
    const CallOutcome r = awaitCall(client.listModels());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.error.kind(), ApiError::Kind::Tls);
    const QString expected = QString::fromLatin1(m_selfSigned.certificate.digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(expected.size(), 64);
    QCOMPARE(r.error.certificateSha256(), expected);
    QCOMPARE(ApiClient::certificateSha256(m_selfSigned.certificate), expected);
    const QString message = r.error.message();
    QVERIFY2(message.contains(QLatin1String("self-signed")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
    QVERIFY2(!message.contains(FakeLangBotServer::demoApiKey()), qPrintable(message));
    const QString summary = r.error.certificateSummary();
    QVERIFY2(summary.contains(QLatin1String("subject: 127.0.0.1")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("issuer: 127.0.0.1")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("valid from")), qPrintable(summary));
    QVERIFY2(summary.contains(expected), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("self-signed")), qPrintable(summary));
    // Nothing was sent over the untrusted connection.
    QCOMPARE(server->requestCount(), 0);
    QTRY_VERIFY(server->tlsHandshakeFailures() >= 1);
}

void TestApiClient::tlsPinnedCertificateIsAccepted()
{
    auto server = tlsServer(m_selfSigned);
    QVERIFY(server);
    ConnectionSettings s = quickSettings(server->url());
    // As a user may paste it: upper case, with colons.
    const QByteArray digest = m_selfSigned.certificate.digest(QCryptographicHash::Sha256);
    s.pinnedCertificateSha256 = QString::fromLatin1(digest.toHex(':').toUpper());
    ApiClient client(s);
    const CallOutcome r = awaitCall(client.listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(ApiClient::modelsFromData(r.data).size(), server->models().size());
    QCOMPARE(server->requestCount(route("GET", kModelsPath)), 1);
    QCOMPARE(server->requests().constLast().headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
    const CallOutcome again = awaitCall(client.systemInfo());
    QVERIFY2(!again.error, qPrintable(again.error.message()));

    // The pin belongs to that client only: another one still refuses.
    ApiClient other(quickSettings(server->url()));
    const CallOutcome refused = awaitCall(other.listModels());
    QCOMPARE(refused.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(server->requestCount(route("GET", kModelsPath)), 1);
}

void TestApiClient::tlsPinOfAnotherCertificateDoesNotHelp()
{
    auto server = tlsServer(m_selfSigned);
    QVERIFY(server);
    ConnectionSettings s = quickSettings(server->url());
    s.pinnedCertificateSha256 = ApiClient::certificateSha256(m_expired.certificate);
    ApiClient client(s);
    const CallOutcome r = awaitCall(client.listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(r.error.certificateSha256(), ApiClient::certificateSha256(m_selfSigned.certificate));
    QVERIFY2(r.error.message().contains(QLatin1String("not the certificate trusted")), qPrintable(r.error.message()));
    QCOMPARE(server->requestCount(), 0);
}

void TestApiClient::tlsExpiredAndWrongHost_data()
{
    QTest::addColumn<bool>("expired");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("inSummary");
    QTest::newRow("expired") << true << QStringLiteral("expired") << QStringLiteral("to 2020-12-31");
    QTest::newRow("wrong host") << false << QStringLiteral("host name") << QStringLiteral("wrong-host.invalid");
}

void TestApiClient::tlsExpiredAndWrongHost()
{
    QFETCH(bool, expired);
    QFETCH(QString, inMessage);
    QFETCH(QString, inSummary);
    const FakeLangBotServer::TestCertificate &cert = expired ? m_expired : m_wrongHost;
    auto server = tlsServer(cert);
    QVERIFY(server);
    ApiClient client(quickSettings(server->url()));
    const CallOutcome r = awaitCall(client.listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::Tls);
    QVERIFY2(r.error.message().contains(inMessage), qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(QLatin1String("127.0.0.1")), qPrintable(r.error.message()));
    QVERIFY2(r.error.certificateSummary().contains(inSummary), qPrintable(r.error.certificateSummary()));
    QCOMPARE(r.error.certificateSha256(), ApiClient::certificateSha256(cert.certificate));
    QCOMPARE(server->requestCount(), 0);

    // Pinned, the user trusts this exact certificate despite its problems.
    ConnectionSettings s = quickSettings(server->url());
    s.pinnedCertificateSha256 = r.error.certificateSha256();
    ApiClient pinned(s);
    const CallOutcome ok = awaitCall(pinned.listModels());
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));
    QCOMPARE(server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
