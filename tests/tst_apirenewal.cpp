// ApiClient's renewal of credentials after HTTP 401, against the fake LangBot
// server over loopback: the refused call is sent again once after a renewal,
// refusals share one renewal, a failed or missing renewal gives the original
// 401, cancel and the bounded wait.
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

class TestApiRenewal : public QObject, protected FakeServerFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void refusedCallIsRetriedAfterRenewal();
    void concurrentRefusalsShareOneRenewal();
    void failedRenewalGivesTheOriginal401();
    void callIsRetriedOnlyOnce();
    void cancelWhileWaitingForRenewal();
    void renewalWaitIsBounded();
    void anonymousCallsAreNotRetried();
    void refusedWithOldCredentialsIsResentDirectly();

private:
    // A logged-in client with a reauthenticator that logs in again.
    std::unique_ptr<ApiClient> loggedInClient(int *renewals);
};

void TestApiRenewal::init()
{
    QVERIFY2(startServer(), qPrintable(serverError()));
}

void TestApiRenewal::cleanup()
{
    stopServer();
}

std::unique_ptr<ApiClient> TestApiRenewal::loggedInClient(int *renewals)
{
    auto client = std::make_unique<ApiClient>(quickSettings(m_server->url(), ConnectionSettings::AuthMode::None, {}));
    const CallOutcome login
        = awaitCall(client->login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword()));
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

void TestApiRenewal::refusedCallIsRetriedAfterRenewal()
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
    const CallOutcome r = awaitCall(call);
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(r.finishedCount, 1);
    QVERIFY(retried);
    QCOMPARE(renewals, 1);
    QCOMPARE(ApiClient::modelsFromData(r.data).size(), m_server->models().size());
    QCOMPARE(m_server->requestCount(route("GET", kModelsPath)), 2);
    QCOMPARE(m_server->requestCount(route("POST", QStringLiteral("/api/v1/user/auth"))), 1);
    // The second attempt carried the new token.
    const auto last = m_server->requests().constLast();
    QCOMPARE(last.path, kModelsPath);
    QCOMPARE(last.headers.value("authorization"), "Bearer " + client->settings().secret.toUtf8());
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(client->runningCalls(), 0);
}

void TestApiRenewal::concurrentRefusalsShareOneRenewal()
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
    QCOMPARE(m_server->requestCount(route("GET", kModelsPath)), 6);
}

void TestApiRenewal::failedRenewalGivesTheOriginal401()
{
    int renewals = 0;
    m_client->setReauthenticator([&renewals](ApiClient::RenewalDone done) {
        ++renewals;
        done(false); // at once, from inside the call
    });
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_revoked"));
    m_server->resetCounters();
    const CallOutcome r = awaitCall(m_client->listModels());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(renewals, 1);
    QCOMPARE(r.error.kind(), ApiError::Kind::Server);
    QCOMPARE(r.error.httpStatus(), 401);
    QCOMPARE(r.error.serverMessage(), QStringLiteral("Invalid API key"));
    QCOMPARE(m_server->requestCount(route("GET", kModelsPath)), 1);
    QCOMPARE(m_client->runningCalls(), 0);
}

void TestApiRenewal::callIsRetriedOnlyOnce()
{
    int renewals = 0;
    // "Renewed", but with the same refused key: the second 401 is final.
    m_client->setReauthenticator([&renewals](ApiClient::RenewalDone done) {
        ++renewals;
        QTimer::singleShot(10, [done] { done(true); });
    });
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_revoked"));
    m_server->resetCounters();
    const CallOutcome r = awaitCall(m_client->listModels());
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.error.httpStatus(), 401);
    QCOMPARE(renewals, 1);
    QCOMPARE(m_server->requestCount(route("GET", kModelsPath)), 2);
}

void TestApiRenewal::cancelWhileWaitingForRenewal()
{
    ApiClient::RenewalDone pending;
    m_client->setReauthenticator([&pending](ApiClient::RenewalDone done) { pending = std::move(done); });
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_revoked"));
    QSignalSpy running(m_client.get(), &ApiClient::runningCallsChanged);
    m_server->resetCounters();

    ApiCall *call = m_client->listModels();
    QPointer<ApiCall> guard(call);
    const auto outcome = watchCall(call);
    QTRY_VERIFY(pending); // the 401 came: waiting for the renewal
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
    QCOMPARE(m_server->requestCount(route("GET", kModelsPath)), 1);
    QVERIFY(!m_client->isRenewingCredentials());

    // The client goes away before a renewal ends: its call is cancelled, and
    // the late done() is harmless.
    ApiClient::RenewalDone orphan;
    int orphanFinished = 0;
    ApiError::Kind orphanKind = ApiError::Kind::None;
    {
        ApiClient client(
            quickSettings(m_server->url(), ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_revoked")));
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

void TestApiRenewal::renewalWaitIsBounded()
{
    ConnectionSettings s
        = quickSettings(m_server->url(), ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_revoked"));
    s.timeout = 500ms;
    m_client->setSettings(s);
    ApiClient::RenewalDone never;
    m_client->setReauthenticator([&never](ApiClient::RenewalDone done) { never = std::move(done); });
    const CallOutcome r = awaitCall(m_client->listModels(), 5000);
    QVERIFY(r.done);
    QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(r.elapsedMs >= 450);
    QVERIFY(never); // the renewal was asked for and never answered: the wait ended it
    QVERIFY2(r.error.message().contains(QLatin1String("not renewed")), qPrintable(r.error.message()));

    // A model test keeps its overall deadline across the wait.
    s.timeout = 5s;
    s.testTimeout = 1s;
    m_client->setSettings(s);
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    const CallOutcome test = awaitCall(m_client->testModel(uuid), 5000);
    QCOMPARE(test.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(test.elapsedMs >= 950);
    QVERIFY2(test.error.message().contains(QLatin1String("within 1 s")), qPrintable(test.error.message()));
}

void TestApiRenewal::anonymousCallsAreNotRetried()
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
    const CallOutcome info = awaitCall(m_client->systemInfo());
    QCOMPARE(info.error.httpStatus(), 401);
    const CallOutcome login = awaitCall(m_client->login(FakeLangBotServer::demoUser(), QStringLiteral("x")));
    QCOMPARE(login.error.httpStatus(), 401);
    QCOMPARE(renewals, 0);
}

void TestApiRenewal::refusedWithOldCredentialsIsResentDirectly()
{
    // A call sent with a key that is replaced while it is under way: its 401
    // is answered by sending it again with the new key, without a renewal.
    int renewals = 0;
    m_client->setReauthenticator([&renewals](ApiClient::RenewalDone done) {
        ++renewals;
        done(false);
    });
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, QStringLiteral("lbk_old"));
    m_server->setLatency(route("GET", kModelsPath), 200);
    ApiCall *call = m_client->listModels();
    m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, FakeLangBotServer::demoApiKey());
    const CallOutcome r = awaitCall(call);
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(renewals, 0);
}

QTEST_GUILESS_MAIN(TestApiRenewal)
#include "tst_apirenewal.moc"
