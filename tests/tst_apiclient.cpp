// ApiClient against the fake LangBot server over loopback: every call, the
// error shapes of API.md, timeouts, cancel, oversized answers and redirects.
#include "FakeLangBotServer.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>

using lb::ApiCall;
using lb::ApiClient;
using lb::ApiError;
using lb::ConnectionSettings;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

namespace {

struct Outcome
{
    bool done = false;
    int finishedCount = 0;
    ApiError error;
    QJsonValue data;
    qint64 elapsedMs = 0;
};

// Runs one call to its end and captures what it reported (the call deletes
// itself right after finished()).
Outcome await(ApiCall *call, int timeoutMs = 15000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(call, &ApiCall::finished, call, [outcome, call] {
        outcome->done = true;
        ++outcome->finishedCount;
        outcome->error = call->error();
        outcome->data = call->data();
        outcome->elapsedMs = call->elapsedMs();
    });
    if (!QTest::qWaitFor([&] { return outcome->done; }, timeoutMs))
        qWarning("call %s %s did not finish in %d ms", call->method().constData(),
                 qPrintable(call->path()), timeoutMs);
    QTest::qWait(20); // a second finished() would show up here
    return *outcome;
}

QString route(const char *method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

const QString kList = QStringLiteral("/api/v1/provider/models/llm");

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listSendsDecoratedRequest();
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

    // Renewal of credentials after HTTP 401
    void refusedCallIsRetriedAfterRenewal();
    void concurrentRefusalsShareOneRenewal();
    void failedRenewalGivesTheOriginal401();
    void callIsRetriedOnlyOnce();
    void cancelWhileWaitingForRenewal();
    void renewalWaitIsBounded();
    void anonymousCallsAreNotRetried();
    void refusedWithOldCredentialsIsResentDirectly();

    // TLS
    void tlsSelfSignedIsRefused();
    void tlsPinnedCertificateIsAccepted();
    void tlsPinOfAnotherCertificateDoesNotHelp();
    void tlsExpiredAndWrongHost_data();
    void tlsExpiredAndWrongHost();

private:
    ConnectionSettings settingsFor(const QUrl &url,
                                   ConnectionSettings::AuthMode mode = ConnectionSettings::AuthMode::ApiKey,
                                   const QString &secret = FakeLangBotServer::demoApiKey()) const;

    // A logged-in client with a reauthenticator that logs in again.
    std::unique_ptr<ApiClient> loggedInClient(int *renewals);
    std::unique_ptr<FakeLangBotServer> tlsServer(const FakeLangBotServer::TestCertificate &cert);

    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    FakeLangBotServer::TestCertificate m_selfSigned;
    FakeLangBotServer::TestCertificate m_expired;
    FakeLangBotServer::TestCertificate m_wrongHost;
};

void TestApiClient::initTestCase()
{
    using Kind = FakeLangBotServer::TestCertificateKind;
    m_selfSigned = FakeLangBotServer::makeTestCertificate(Kind::SelfSigned);
    QVERIFY2(!m_selfSigned.isNull(), qPrintable(m_selfSigned.error));
    m_expired = FakeLangBotServer::makeTestCertificate(Kind::Expired);
    QVERIFY2(!m_expired.isNull(), qPrintable(m_expired.error));
    m_wrongHost = FakeLangBotServer::makeTestCertificate(Kind::WrongHost);
    QVERIFY2(!m_wrongHost.isNull(), qPrintable(m_wrongHost.error));
}

ConnectionSettings TestApiClient::settingsFor(const QUrl &url, ConnectionSettings::AuthMode mode,
                                              const QString &secret) const
{
    ConnectionSettings s;
    s.baseUrl = url;
    s.authMode = mode;
    s.secret = secret;
    s.timeout = 5s;
    s.testTimeout = 10s;
    return s;
}

void TestApiClient::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->loadDemoData();
    m_client = std::make_unique<ApiClient>(settingsFor(m_server->url()));
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestApiClient::listSendsDecoratedRequest()
{
    const Outcome r = await(m_client->listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(r.finishedCount, 1);
    const QList<lb::LlmModel> models = ApiClient::modelsFromData(r.data);
    QVERIFY(models.size() >= 3);
    QCOMPARE(models.size(), m_server->models().size());
    QCOMPARE(models.first().uuid(), m_server->models().first().value(QLatin1String("uuid")).toString());

    const auto req = m_server->requests().constLast();
    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(req.path, kList);
    QCOMPARE(req.headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
    QVERIFY(!req.headers.contains("authorization"));
    QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(req.headers.value("user-agent").startsWith("langbot-console/" LANGBOT_VERSION));
}

void TestApiClient::bearerAuthorization()
{
    m_client->setCredential(ConnectionSettings::AuthMode::Bearer, FakeLangBotServer::demoApiKey());
    const Outcome r = await(m_client->listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.headers.value("authorization"), "Bearer " + FakeLangBotServer::demoApiKey().toUtf8());
    QVERIFY(!req.headers.contains("x-api-key"));
}

void TestApiClient::pathPrefixIsKept()
{
    QUrl base = m_server->url();
    base.setPath(QStringLiteral("/langbot/"));
    ApiClient client(settingsFor(base));
    const Outcome r = await(client.listModels());
    QCOMPARE(m_server->requests().constLast().path, QStringLiteral("/langbot") + kList);
    // The fake server has no prefix: like a real one it answers its web UI
    // page there, which is reported as "not the API".
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(r.error.httpStatus(), 200);
    QVERIFY2(r.error.message().contains(QLatin1String("not a LangBot API")), qPrintable(r.error.message()));
    QCOMPARE(r.error.path(), QStringLiteral("/langbot") + kList);
    QVERIFY2(r.error.message().contains(QLatin1String("path prefix")), qPrintable(r.error.message()));
}

void TestApiClient::getModel()
{
    const QJsonObject first = m_server->models().first();
    const QString uuid = first.value(QLatin1String("uuid")).toString();
    const Outcome r = await(m_client->getModel(uuid));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    const lb::LlmModel model = ApiClient::modelFromData(r.data);
    QCOMPARE(model.uuid(), uuid);
    QCOMPARE(model.name(), first.value(QLatin1String("name")).toString());
    QCOMPARE(model.json(), first);
}

void TestApiClient::getUnknownModelIs404()
{
    const Outcome r = await(m_client->getModel(QStringLiteral("no-such-uuid")));
    QCOMPARE(r.error.kind(), ApiError::Kind::Server);
    QCOMPARE(r.error.httpStatus(), 404);
    QCOMPARE(r.error.serverMessage(), QStringLiteral("model not found"));
    QCOMPARE(r.error.path(), kList + QStringLiteral("/no-such-uuid"));
    QVERIFY2(r.error.message().contains(QLatin1String("model not found")), qPrintable(r.error.message()));
}

void TestApiClient::createUpdateDelete()
{
    lb::LlmModel draft{QJsonObject{}};
    draft.setName(QStringLiteral("Test model"));
    draft.setDescription(QStringLiteral("made by tst_apiclient"));
    draft.setRequester(QStringLiteral("openai-chat-completions"));
    draft.setRequesterConfig({{QStringLiteral("base_url"), QStringLiteral("https://api.example.com/v1")},
                              {QStringLiteral("timeout"), 60}});
    draft.setApiKeys({QStringLiteral("sk-test-1")});
    draft.setAbilities({QStringLiteral("func_call")});

    const int before = int(m_server->models().size());
    const Outcome created = await(m_client->createModel(draft.createBody()));
    QVERIFY2(!created.error, qPrintable(created.error.message()));
    const QString uuid = ApiClient::stringFromData(created.data, QStringLiteral("uuid"));
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(int(m_server->models().size()), before + 1);
    QCOMPARE(m_server->model(uuid).value(QLatin1String("name")).toString(), QStringLiteral("Test model"));

    const Outcome fetched = await(m_client->getModel(uuid));
    QVERIFY2(!fetched.error, qPrintable(fetched.error.message()));
    lb::LlmModel saved = ApiClient::modelFromData(fetched.data);
    saved.setDescription(QStringLiteral("changed"));
    const Outcome updated = await(m_client->updateModel(uuid, saved.updateBody()));
    QVERIFY2(!updated.error, qPrintable(updated.error.message()));
    QCOMPARE(m_server->model(uuid).value(QLatin1String("description")).toString(), QStringLiteral("changed"));

    const Outcome deleted = await(m_client->deleteModel(uuid));
    QVERIFY2(!deleted.error, qPrintable(deleted.error.message()));
    QVERIFY(m_server->model(uuid).isEmpty());
    const Outcome again = await(m_client->deleteModel(uuid));
    QCOMPARE(again.error.httpStatus(), 404);
}

void TestApiClient::updateBodyIsAcceptedByServer()
{
    // A real server fails with HTTP 500 on date strings: the update body of a
    // fetched record must be accepted, and must carry no uuid or dates.
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    const Outcome fetched = await(m_client->getModel(uuid));
    QVERIFY2(!fetched.error, qPrintable(fetched.error.message()));
    const lb::LlmModel model = ApiClient::modelFromData(fetched.data);
    const Outcome updated = await(m_client->updateModel(uuid, model.updateBody()));
    QVERIFY2(!updated.error, qPrintable(updated.error.message()));
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().constLast().body).object();
    QVERIFY(!sent.contains(QLatin1String("uuid")));
    QVERIFY(!sent.contains(QLatin1String("created_at")));
    QVERIFY(!sent.contains(QLatin1String("updated_at")));
    QVERIFY(!sent.contains(QLatin1String("requester")));

    // and the server does reject dates, so the check above is meaningful
    QJsonObject withDates = model.updateBody();
    withDates.insert(QStringLiteral("created_at"), model.createdAtText());
    const Outcome rejected = await(m_client->updateModel(uuid, withDates));
    QCOMPARE(rejected.error.httpStatus(), 500);
}

void TestApiClient::testOkMeasuresRoundTrip()
{
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 300);
    const Outcome r = await(m_client->testModel(uuid));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QVERIFY2(r.elapsedMs >= 300, QByteArray::number(r.elapsedMs).constData());
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, kList + QLatin1Char('/') + uuid + QStringLiteral("/test"));
    QCOMPARE(QJsonDocument::fromJson(req.body).object(), QJsonObject());
}

void TestApiClient::testProviderErrorCarriesMessage()
{
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    const QString provider = QStringLiteral("Error code: 404 - {'error': 'Model Not Exist'}");
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::ProviderError, 0, provider);
    const Outcome r = await(m_client->testModel(uuid));
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
    const Outcome r = await(m_client->testUnsavedModel(draft.createBody()));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.path, kList + QStringLiteral("/_/test"));
    QCOMPARE(QJsonDocument::fromJson(req.body).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Draft"));
    QCOMPARE(m_server->writeRequestCount(), 0);
}

void TestApiClient::testTimeoutIsLonger()
{
    // Ordinary calls give up after `timeout` without data; a test waits for
    // `testTimeout`, then reports a timeout.
    ConnectionSettings s = settingsFor(m_server->url());
    s.timeout = 200ms;
    s.testTimeout = 1500ms;
    m_client->setSettings(s);
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 700);
    const Outcome ok = await(m_client->testModel(uuid));
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));

    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Slow, 5000);
    const Outcome slow = await(m_client->testModel(uuid));
    QCOMPARE(slow.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(slow.elapsedMs >= 1400 && slow.elapsedMs < 4000);
    QVERIFY2(slow.error.message().contains(QLatin1String("in time")), qPrintable(slow.error.message()));
}

void TestApiClient::systemInfoWithoutCredentials()
{
    const Outcome r = await(m_client->systemInfo());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QVERIFY(ApiClient::stringFromData(r.data, QStringLiteral("version")).startsWith(QLatin1Char('v')));
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.path, QStringLiteral("/api/v1/system/info"));
    QVERIFY(!req.headers.contains("x-api-key"));
    QVERIFY(!req.headers.contains("authorization"));
}

void TestApiClient::loginAndWrongPassword()
{
    ApiClient anonymous(settingsFor(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const Outcome ok = await(anonymous.login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword()));
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));
    const QString token = ApiClient::stringFromData(ok.data, QStringLiteral("token"));
    QCOMPARE(token.count(QLatin1Char('.')), 2); // JWT-shaped

    anonymous.setCredential(ConnectionSettings::AuthMode::Bearer, token);
    const Outcome list = await(anonymous.listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));

    const Outcome wrong = await(anonymous.login(FakeLangBotServer::demoUser(), QStringLiteral("nope")));
    QCOMPARE(wrong.error.kind(), ApiError::Kind::Server);
    QCOMPARE(wrong.error.httpStatus(), 200);
    QCOMPARE(wrong.error.serverCode(), QStringLiteral("1"));
    QCOMPARE(wrong.error.serverMessage(), QStringLiteral("Invalid username or password"));
    // The password is in no message.
    QVERIFY(!wrong.error.message().contains(QLatin1String("nope")));
}

void TestApiClient::checkToken()
{
    ApiClient client(settingsFor(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const Outcome ok = await(client.login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword()));
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));
    client.setCredential(ConnectionSettings::AuthMode::Bearer,
                         ApiClient::stringFromData(ok.data, QStringLiteral("token")));
    const Outcome fresh = await(client.checkToken());
    QVERIFY2(!fresh.error, qPrintable(fresh.error.message()));
    QCOMPARE(ApiClient::stringFromData(fresh.data, QStringLiteral("token")).count(QLatin1Char('.')), 2);
}

void TestApiClient::requestersNeedALogin()
{
    // An API key is refused (HTTP 401), as on a real server.
    const Outcome withKey = await(m_client->listRequesters());
    QCOMPARE(withKey.error.httpStatus(), 401);

    ApiClient client(settingsFor(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const Outcome ok = await(client.login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword()));
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));
    client.setCredential(ConnectionSettings::AuthMode::Bearer,
                         ApiClient::stringFromData(ok.data, QStringLiteral("token")));
    const Outcome list = await(client.listRequesters());
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    QCOMPARE(m_server->requests().constLast().query, QStringLiteral("type=llm"));
    const QJsonArray requesters = list.data.toObject().value(QLatin1String("requesters")).toArray();
    QVERIFY(requesters.size() >= 20);
    for (const QJsonValue &r : requesters) {
        const QJsonArray types = r.toObject().value(QLatin1String("spec")).toObject()
                                     .value(QLatin1String("support_type")).toArray();
        QVERIFY(types.contains(QStringLiteral("llm")));
    }
    const Outcome one = await(client.getRequester(QStringLiteral("openai-chat-completions")));
    QVERIFY2(!one.error, qPrintable(one.error.message()));
    QCOMPARE(one.data.toObject().value(QLatin1String("requester")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("openai-chat-completions"));
    const Outcome missing = await(client.getRequester(QStringLiteral("no such/requester")));
    QCOMPARE(missing.error.httpStatus(), 404);
}

void TestApiClient::missingAndBadCredentials()
{
    ApiClient none(settingsFor(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const Outcome missing = await(none.listModels());
    QCOMPARE(missing.error.kind(), ApiError::Kind::Server);
    QCOMPARE(missing.error.httpStatus(), 401);
    QVERIFY(missing.error.isAuthError());

    const QString badKey = QStringLiteral("lbk_wrong_secret_key");
    ApiClient bad(settingsFor(m_server->url(), ConnectionSettings::AuthMode::ApiKey, badKey));
    const Outcome rejected = await(bad.listModels());
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
    QTest::newRow("200 HTML") << int(F::HtmlPage) << int(K::BadResponse) << 200
                              << QStringLiteral("not a LangBot API");
    QTest::newRow("502 HTML") << int(F::Html502) << int(K::Http) << 502 << QStringLiteral("HTTP 502");
    QTest::newRow("malformed JSON") << int(F::MalformedJson) << int(K::BadResponse) << 200
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("truncated body") << int(F::TruncatedBody) << int(K::Network) << -1
                                    << QStringLiteral("connection");
    QTest::newRow("dropped connection") << int(F::DropConnection) << int(K::Network) << 0
                                        << QStringLiteral("connection");
}

void TestApiClient::faults()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, inMessage);
    m_server->setFault(route("GET", kList), FakeLangBotServer::Fault(fault));
    const Outcome r = await(m_client->listModels());
    QVERIFY(r.done);
    QCOMPARE(int(r.error.kind()), kind);
    if (status >= 0)
        QCOMPARE(r.error.httpStatus(), status);
    QVERIFY2(r.error.message().contains(inMessage), qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(kList), qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port())),
             qPrintable(r.error.message()));
}

void TestApiClient::wrongDataShapeIsBadResponse()
{
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Status;
    spec.status = 200;
    spec.body = R"({"code":0,"msg":"ok","data":{"models":{"a":1}}})";
    m_server->setFault(route("GET", kList), spec);
    const Outcome r = await(m_client->listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(r.error.message().contains(QLatin1String("data.models")), qPrintable(r.error.message()));

    spec.body = R"({"code":0,"msg":"ok","data":{"models":[{"name":"no uuid"}]}})";
    m_server->setFault(route("GET", kList), spec);
    const Outcome noUuid = await(m_client->listModels());
    QCOMPARE(noUuid.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(noUuid.error.message().contains(QLatin1String("data.models[0]")),
             qPrintable(noUuid.error.message()));
}

void TestApiClient::connectionRefused()
{
    QTcpServer probe; // find a free port, then close it
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClient client(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    const Outcome r = await(client.listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::Network);
    QVERIFY2(r.error.message().contains(QLatin1String("connection refused")), qPrintable(r.error.message()));
}

void TestApiClient::stallTimesOut()
{
    ConnectionSettings s = settingsFor(m_server->url());
    s.timeout = 400ms;
    m_client->setSettings(s);
    for (auto fault : {FakeLangBotServer::Fault::Stall, FakeLangBotServer::Fault::StallMidBody}) {
        m_server->setFault(route("GET", kList), fault);
        const Outcome r = await(m_client->listModels());
        QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
        QVERIFY(r.elapsedMs >= 350);
        QVERIFY(r.elapsedMs < 4000);
    }
}

void TestApiClient::cancelStopsTheRequest()
{
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Slow, 5000);
    ApiCall *call = m_client->testModel(uuid);
    QPointer<ApiCall> guard(call);
    QTRY_COMPARE(m_server->inFlight(), 1);
    auto outcome = std::make_shared<Outcome>();
    connect(call, &ApiCall::finished, this, [outcome, call] {
        ++outcome->finishedCount;
        outcome->error = call->error();
    });
    call->cancel();
    call->cancel(); // twice is harmless
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    QTRY_VERIFY(guard.isNull());              // deleted itself
    QTRY_COMPARE(m_server->inFlight(), 0);    // the server saw the connection go
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
        connect(call, &ApiCall::finished, this, [&cancelled, call] {
            cancelled += call->error().kind() == ApiError::Kind::Cancelled;
        });
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
    m_server->setDefaultTestDelay(4000);
    for (const QJsonObject &m : m_server->models())
        m_client->testModel(m.value(QLatin1String("uuid")).toString());
    QTRY_COMPARE(m_server->inFlight(), 8);
    const Outcome list = await(m_client->listModels(), 2000);
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    QVERIFY2(list.elapsedMs < 1000, QByteArray::number(list.elapsedMs).constData());
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
    ConnectionSettings s = settingsFor(m_server->url());
    s.maxResponseBytes = 1024 * 1024;
    m_client->setSettings(s);
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault(fault);
    spec.size = 3 * 1024 * 1024;
    m_server->setFault(route("GET", kList), spec);
    const Outcome r = await(m_client->listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(r.error.message().contains(QLatin1String("1 MiB")), qPrintable(r.error.message()));

    // A large but allowed list still works: the cap is not a size guess.
    m_server->clearFaults();
    m_server->generateModels(2000);
    s.maxResponseBytes = 64 * 1024 * 1024;
    m_client->setSettings(s);
    const Outcome big = await(m_client->listModels());
    QVERIFY2(!big.error, qPrintable(big.error.message()));
    QCOMPARE(ApiClient::modelsFromData(big.data).size(), m_server->models().size());
}

namespace {

// Keeps every thread of the global pool busy until released, so a job
// started meanwhile waits: the test decides when a worker runs.
class PoolBlocker
{
public:
    PoolBlocker()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        m_count = pool->maxThreadCount();
        for (int i = 0; i < m_count; ++i) {
            pool->start([this] {
                m_started.release();
                m_gate.acquire();
            });
        }
        m_started.acquire(m_count); // all of them hold a thread now
    }
    ~PoolBlocker() { release(); }
    void release()
    {
        for (; m_count > 0; --m_count)
            m_gate.release(); // one by one: each waiter is woken for sure
    }

private:
    QSemaphore m_started;
    QSemaphore m_gate;
    int m_count = 0;
};

} // namespace

void TestApiClient::bigListIsDecodedOffThread()
{
    // ~5 MB: read in slices of kReadSliceBytes, decoded on a worker while
    // the call waits, the models made in the same pass as the check.
    m_server->generateModels(12'000);
    // Time enough for 5 MB under valgrind (the test is not about timeouts).
    ConnectionSettings settings = m_client->settings();
    settings.timeout = 120s;
    m_client->setSettings(settings);
    PoolBlocker blocker;
    ApiCall *call = m_client->listModels();
    const QPointer<ApiCall> alive(call);
    auto outcome = std::make_shared<Outcome>();
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
             qPrintable(QStringLiteral("the call ended before its decoding began: %1")
                            .arg(outcome->error.message())));
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
    spec.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("ok")},
                                          {QStringLiteral("data"), QJsonObject{{QStringLiteral("models"), list}}}})
                    .toJson(QJsonDocument::Compact);
    QVERIFY(spec.body.size() > ApiCall::kBackgroundDecodeBytes);
    m_server->setFault(route("GET", kList), spec);
    const Outcome bad = await(m_client->listModels());
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
    PoolBlocker blocker;
    ApiCall *call = m_client->listModels();
    QPointer<ApiCall> guard(call);
    auto outcome = std::make_shared<Outcome>();
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
    PoolBlocker blocker;
    ApiCall *call = m_client->listModels();
    auto outcome = std::make_shared<Outcome>();
    connect(call, &ApiCall::finished, this, [outcome, call] {
        ++outcome->finishedCount;
        outcome->error = call->error();
    });
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
    PoolBlocker blocker;
    ApiCall *call = m_client->listModels();
    QPointer<ApiCall> guard(call);
    int cancelled = 0;
    connect(call, &ApiCall::finished, this, [&cancelled, call] {
        cancelled += call->error().kind() == ApiError::Kind::Cancelled;
    });
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
        other.url(), // same host name, another port
        QUrl(QStringLiteral("http://localhost:%1").arg(m_server->port())), // another host name
    };
    for (const QUrl &target : targets) {
        FakeLangBotServer::FaultSpec spec;
        spec.fault = FakeLangBotServer::Fault::Redirect;
        spec.redirectTo = target;
        m_server->setFault(route("GET", kList), spec);
        const int before = m_server->requestCount();
        const Outcome r = await(m_client->listModels());
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
    target.setPath(kList);
    target.setQuery(QStringLiteral("again=1"));
    spec.redirectTo = target;
    m_server->setFault(route("GET", kList), spec);
    const Outcome r = await(m_client->listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    const auto last = m_server->requests().constLast();
    QCOMPARE(last.query, QStringLiteral("again=1"));
    QCOMPARE(last.headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
}

// ---------------------------------------------------------------------------
// Renewal of credentials

std::unique_ptr<ApiClient> TestApiClient::loggedInClient(int *renewals)
{
    auto client = std::make_unique<ApiClient>(
        settingsFor(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const Outcome login = await(client->login(FakeLangBotServer::demoUser(),
                                              FakeLangBotServer::demoPassword()));
    if (login.error)
        return nullptr;
    client->setCredential(ConnectionSettings::AuthMode::Bearer,
                          ApiClient::stringFromData(login.data, QStringLiteral("token")));
    ApiClient *raw = client.get();
    client->setReauthenticator([raw, renewals](ApiClient::RenewalDone done) {
        ++*renewals;
        ApiCall *call = raw->login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword());
        QObject::connect(call, &ApiCall::finished, raw, [raw, call, done] {
            if (call->ok()) {
                raw->setCredential(ConnectionSettings::AuthMode::Bearer,
                                   ApiClient::stringFromData(call->data(), QStringLiteral("token")));
            }
            done(call->ok());
        });
    });
    return client;
}

void TestApiClient::refusedCallIsRetriedAfterRenewal()
{
    int renewals = 0;
    auto client = loggedInClient(&renewals);
    QVERIFY(client);
    m_server->revokeTokens();
    m_server->resetCounters();

    ApiCall *call = client->listModels();
    QPointer<ApiCall> guard(call);
    bool retried = false;
    connect(call, &ApiCall::finished, this, [&retried, call] { retried = call->wasRetried(); });
    const Outcome r = await(call);
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(r.finishedCount, 1);
    QVERIFY(retried);
    QCOMPARE(renewals, 1);
    QCOMPARE(ApiClient::modelsFromData(r.data).size(), m_server->models().size());
    QCOMPARE(m_server->requestCount(route("GET", kList)), 2);
    QCOMPARE(m_server->requestCount(route("POST", QStringLiteral("/api/v1/user/auth"))), 1);
    // The second attempt carried the new token.
    const auto last = m_server->requests().constLast();
    QCOMPARE(last.path, kList);
    QCOMPARE(last.headers.value("authorization"), "Bearer " + client->settings().secret.toUtf8());
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(client->runningCalls(), 0);
}

void TestApiClient::concurrentRefusalsShareOneRenewal()
{
    int renewals = 0;
    auto client = loggedInClient(&renewals);
    QVERIFY(client);
    m_server->revokeTokens();
    m_server->resetCounters();
    // A slow login: every refusal arrives while the renewal is running.
    m_server->setLatency(route("POST", QStringLiteral("/api/v1/user/auth")), 300);

    QList<ApiCall *> calls{client->listModels(), client->listModels(), client->listModels(),
                           client->getModel(m_server->models().first().value(QLatin1String("uuid")).toString())};
    int ok = 0;
    int finished = 0;
    for (ApiCall *call : calls) {
        connect(call, &ApiCall::finished, this, [&ok, &finished, call] {
            ++finished;
            ok += call->ok();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 10000);
    QCOMPARE(ok, 4);
    QCOMPARE(renewals, 1);
    QCOMPARE(m_server->requestCount(route("POST", QStringLiteral("/api/v1/user/auth"))), 1);
    QCOMPARE(m_server->requestCount(route("GET", kList)), 6);
}

void TestApiClient::failedRenewalGivesTheOriginal401()
{
    int renewals = 0;
    m_client->setReauthenticator([&renewals](ApiClient::RenewalDone done) {
        ++renewals;
        done(false); // at once, from inside the call
    });
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_revoked"));
    m_server->resetCounters();
    const Outcome r = await(m_client->listModels());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(renewals, 1);
    QCOMPARE(r.error.kind(), ApiError::Kind::Server);
    QCOMPARE(r.error.httpStatus(), 401);
    QCOMPARE(r.error.serverMessage(), QStringLiteral("Invalid API key"));
    QCOMPARE(m_server->requestCount(route("GET", kList)), 1);
    QCOMPARE(m_client->runningCalls(), 0);
}

void TestApiClient::callIsRetriedOnlyOnce()
{
    int renewals = 0;
    // "Renewed", but with the same refused key: the second 401 is final.
    m_client->setReauthenticator([&renewals](ApiClient::RenewalDone done) {
        ++renewals;
        QTimer::singleShot(10, [done] { done(true); });
    });
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_revoked"));
    m_server->resetCounters();
    const Outcome r = await(m_client->listModels());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.error.httpStatus(), 401);
    QCOMPARE(renewals, 1);
    QCOMPARE(m_server->requestCount(route("GET", kList)), 2);
}

void TestApiClient::cancelWhileWaitingForRenewal()
{
    ApiClient::RenewalDone pending;
    m_client->setReauthenticator([&pending](ApiClient::RenewalDone done) { pending = std::move(done); });
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_revoked"));
    QSignalSpy running(m_client.get(), &ApiClient::runningCallsChanged);
    m_server->resetCounters();

    ApiCall *call = m_client->listModels();
    QPointer<ApiCall> guard(call);
    auto outcome = std::make_shared<Outcome>();
    connect(call, &ApiCall::finished, this, [outcome, call] {
        ++outcome->finishedCount;
        outcome->error = call->error();
    });
    QTRY_VERIFY(pending);                 // the 401 came: waiting for the renewal
    QVERIFY(m_client->isRenewingCredentials());
    QCOMPARE(outcome->finishedCount, 0);
    QCOMPARE(m_client->runningCalls(), 1);
    call->cancel();
    call->cancel();
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    QVERIFY(!outcome->error.isAuthError());
    QCOMPARE(m_client->runningCalls(), 0);
    QTRY_VERIFY(guard.isNull());

    // The renewal ends later: nothing is sent again, nothing crashes.
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, FakeLangBotServer::demoApiKey());
    pending(true);
    pending(true); // a second call of done is ignored
    QTest::qWait(50);
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(m_server->requestCount(route("GET", kList)), 1);
    QVERIFY(!m_client->isRenewingCredentials());

    // The client goes away before a renewal ends: its call is cancelled, and
    // the late done() is harmless.
    ApiClient::RenewalDone orphan;
    int orphanFinished = 0;
    ApiError::Kind orphanKind = ApiError::Kind::None;
    {
        ApiClient client(settingsFor(m_server->url(), ConnectionSettings::AuthMode::ApiKey,
                                     QStringLiteral("lbk_revoked")));
        client.setReauthenticator([&orphan](ApiClient::RenewalDone done) { orphan = std::move(done); });
        ApiCall *c = client.listModels();
        connect(c, &ApiCall::finished, this, [&orphanFinished, &orphanKind, c] {
            ++orphanFinished;
            orphanKind = c->error().kind();
        });
        QTRY_VERIFY(orphan);
    }
    QCOMPARE(orphanFinished, 1);
    QCOMPARE(orphanKind, ApiError::Kind::Cancelled);
    orphan(true);
}

void TestApiClient::renewalWaitIsBounded()
{
    ConnectionSettings s = settingsFor(m_server->url(), ConnectionSettings::AuthMode::ApiKey,
                                       QStringLiteral("lbk_revoked"));
    s.timeout = 500ms;
    m_client->setSettings(s);
    ApiClient::RenewalDone never;
    m_client->setReauthenticator([&never](ApiClient::RenewalDone done) { never = std::move(done); });
    const Outcome r = await(m_client->listModels(), 5000);
    QVERIFY(r.done);
    QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(r.elapsedMs >= 450);
    QVERIFY(r.elapsedMs < 3000);
    QVERIFY2(r.error.message().contains(QLatin1String("not renewed")), qPrintable(r.error.message()));

    // A model test keeps its overall deadline across the wait.
    s.timeout = 5s;
    s.testTimeout = 1s;
    m_client->setSettings(s);
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    const Outcome test = await(m_client->testModel(uuid), 5000);
    QCOMPARE(test.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(test.elapsedMs >= 950);
    QVERIFY(test.elapsedMs < 3000);
    QVERIFY2(test.error.message().contains(QLatin1String("within 1 s")), qPrintable(test.error.message()));
}

void TestApiClient::anonymousCallsAreNotRetried()
{
    int renewals = 0;
    m_client->setReauthenticator([&renewals](ApiClient::RenewalDone done) {
        ++renewals;
        done(true);
    });
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Status;
    spec.status = 401;
    spec.body = R"({"code":-1,"msg":"No valid user token provided"})";
    m_server->setFault(route("GET", QStringLiteral("/api/v1/system/info")), spec);
    m_server->setFault(route("POST", QStringLiteral("/api/v1/user/auth")), spec);
    const Outcome info = await(m_client->systemInfo());
    QCOMPARE(info.error.httpStatus(), 401);
    const Outcome login = await(m_client->login(FakeLangBotServer::demoUser(), QStringLiteral("x")));
    QCOMPARE(login.error.httpStatus(), 401);
    QCOMPARE(renewals, 0);
}

void TestApiClient::refusedWithOldCredentialsIsResentDirectly()
{
    // A call sent with a key that is replaced while it is under way: its 401
    // is answered by sending it again with the new key, without a renewal.
    int renewals = 0;
    m_client->setReauthenticator([&renewals](ApiClient::RenewalDone done) {
        ++renewals;
        done(false);
    });
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_old"));
    m_server->setLatency(route("GET", kList), 200);
    ApiCall *call = m_client->listModels();
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, FakeLangBotServer::demoApiKey());
    const Outcome r = await(call);
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(renewals, 0);
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
    ApiClient client(settingsFor(server->url()));
    const Outcome r = await(client.listModels());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.error.kind(), ApiError::Kind::Tls);
    const QString expected = QString::fromLatin1(
        m_selfSigned.certificate.digest(QCryptographicHash::Sha256).toHex());
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
    ConnectionSettings s = settingsFor(server->url());
    // As a user may paste it: upper case, with colons.
    const QByteArray digest = m_selfSigned.certificate.digest(QCryptographicHash::Sha256);
    s.pinnedCertificateSha256 = QString::fromLatin1(digest.toHex(':').toUpper());
    ApiClient client(s);
    const Outcome r = await(client.listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(ApiClient::modelsFromData(r.data).size(), server->models().size());
    QCOMPARE(server->requestCount(route("GET", kList)), 1);
    QCOMPARE(server->requests().constLast().headers.value("x-api-key"),
             FakeLangBotServer::demoApiKey().toUtf8());
    const Outcome again = await(client.systemInfo());
    QVERIFY2(!again.error, qPrintable(again.error.message()));

    // The pin belongs to that client only: another one still refuses.
    ApiClient other(settingsFor(server->url()));
    const Outcome refused = await(other.listModels());
    QCOMPARE(refused.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(server->requestCount(route("GET", kList)), 1);
}

void TestApiClient::tlsPinOfAnotherCertificateDoesNotHelp()
{
    auto server = tlsServer(m_selfSigned);
    QVERIFY(server);
    ConnectionSettings s = settingsFor(server->url());
    s.pinnedCertificateSha256 = ApiClient::certificateSha256(m_expired.certificate);
    ApiClient client(s);
    const Outcome r = await(client.listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(r.error.certificateSha256(), ApiClient::certificateSha256(m_selfSigned.certificate));
    QVERIFY2(r.error.message().contains(QLatin1String("not the certificate trusted")),
             qPrintable(r.error.message()));
    QCOMPARE(server->requestCount(), 0);
}

void TestApiClient::tlsExpiredAndWrongHost_data()
{
    QTest::addColumn<bool>("expired");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("inSummary");
    QTest::newRow("expired") << true << QStringLiteral("expired") << QStringLiteral("to 2020-12-31");
    QTest::newRow("wrong host") << false << QStringLiteral("host name")
                                << QStringLiteral("wrong-host.invalid");
}

void TestApiClient::tlsExpiredAndWrongHost()
{
    QFETCH(bool, expired);
    QFETCH(QString, inMessage);
    QFETCH(QString, inSummary);
    const FakeLangBotServer::TestCertificate &cert = expired ? m_expired : m_wrongHost;
    auto server = tlsServer(cert);
    QVERIFY(server);
    ApiClient client(settingsFor(server->url()));
    const Outcome r = await(client.listModels());
    QCOMPARE(r.error.kind(), ApiError::Kind::Tls);
    QVERIFY2(r.error.message().contains(inMessage), qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(QLatin1String("127.0.0.1")), qPrintable(r.error.message()));
    QVERIFY2(r.error.certificateSummary().contains(inSummary), qPrintable(r.error.certificateSummary()));
    QCOMPARE(r.error.certificateSha256(), ApiClient::certificateSha256(cert.certificate));
    QCOMPARE(server->requestCount(), 0);

    // Pinned, the user trusts this exact certificate despite its problems.
    ConnectionSettings s = settingsFor(server->url());
    s.pinnedCertificateSha256 = r.error.certificateSha256();
    ApiClient pinned(s);
    const Outcome ok = await(pinned.listModels());
    QVERIFY2(!ok.error, qPrintable(ok.error.message()));
    QCOMPARE(server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
