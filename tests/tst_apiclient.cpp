// ApiClient against the fake LangBot server over loopback: every call, the
// error shapes of API.md, timeouts, cancel, oversized answers and redirects.
#include "FakeLangBotServer.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

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
    void missingAndBadCredentials();
    void faults_data();
    void faults();
    void wrongDataShapeIsBadResponse();
    void connectionRefused();
    void stallTimesOut();
    void cancelStopsTheRequest();
    void cancelAllAndRunningCount();
    void oversizedAnswerIsRefused_data();
    void oversizedAnswerIsRefused();
    void redirectToAnotherHostIsRefused();
    void redirectWithinServerIsFollowed();

private:
    ConnectionSettings settingsFor(const QUrl &url,
                                   ConnectionSettings::AuthMode mode = ConnectionSettings::AuthMode::ApiKey,
                                   const QString &secret = FakeLangBotServer::demoApiKey()) const;

    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

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

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
