// Session against the fake LangBot server over loopback: API-key and
// user-login profiles, secrets from the CredentialStore's session memory (no
// keyring needed) or from provideSecret(), token refresh, re-login after a
// 401, asking the user, cancel and close.
#include "FakeLangBotServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "profiles/Session.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(lb::CredentialStore::Kind)

namespace {

const QString kAuthRoute = QStringLiteral("POST /api/v1/user/auth");
const QString kCheckRoute = QStringLiteral("GET /api/v1/user/check-token");
const QString kService = QStringLiteral("langbot-console-test-session");

QByteArray bearerOf(const FakeLangBotServer::RecordedRequest &request)
{
    const QByteArray value = request.headers.value("authorization");
    return value.startsWith("Bearer ") ? value.mid(7) : QByteArray();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void detectsTheServerOncePerConnection();

    void apiKeyFromSessionMemoryIsReady();
    void missingApiKeyAsksTheUser();
    void keychainProblemAsksTheUser();
    void loginWithStoredPassword();
    void wrongPasswordAsksTheUser();
    void unreachableServerFails();
    void loginServerErrorFailsWithItsCause();
    void tokenIsRefreshedBeforeExpiry();
    void reloginAfter401IsTransparent();
    void failedReloginAsksTheUser();
    void concurrent401sShareOneLogin();
    void cancelDuringRenewal();
    void closeCancelsEverythingAndCanReopen();
    void provideSecretToKeychainGoesOnEitherWay();
    void wrongPasswordIsNotStored();
    void apiKeyProfileDoesNotLogIn();

private:
    Profile profile(Profile::AuthMode mode) const;
    // Opens and waits for ready(); false (with a warning) otherwise.
    bool openReady(Session &session);

    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<CredentialStore> m_store;
};

void TestSession::initTestCase()
{
    useTestPaths();
    qRegisterMetaType<CredentialStore::Kind>();
}

void TestSession::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->loadDemoData();
    m_store = std::make_unique<CredentialStore>(kService);
    m_store->setTimeout(3s);
}

void TestSession::cleanup()
{
    m_store.reset();
    m_server.reset();
}

Profile TestSession::profile(Profile::AuthMode mode) const
{
    Profile p;
    p.id = QStringLiteral("6f1c9a52-0d3e-4b1a-9c55-1f2e3d4c5b6a");
    p.name = QStringLiteral("Test server");
    p.baseUrl = m_server->url();
    p.authMode = mode;
    p.userEmail = FakeLangBotServer::demoUser();
    p.timeoutSeconds = 5;
    p.testTimeoutSeconds = 10;
    return p;
}

bool TestSession::openReady(Session &session)
{
    QSignalSpy ready(&session, &Session::ready);
    session.open();
    if (!ready.wait(10000) && ready.isEmpty()) {
        qWarning("the session did not get ready; state %d", int(session.state()));
        return false;
    }
    return session.isReady();
}

void TestSession::apiKeyFromSessionMemoryIsReady()
{
    const Profile p = profile(Profile::AuthMode::ApiKey);
    m_store->keepForSession(p.id, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());
    Session session(p, m_store.get());
    QCOMPARE(session.secretKind(), CredentialStore::Kind::ApiKey);
    QCOMPARE(session.state(), Session::State::Idle);
    QSignalSpy states(&session, &Session::stateChanged);
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy needed(&session, &Session::secretNeeded);
    session.open();
    QCOMPARE(session.state(), Session::State::ReadingSecret); // asynchronous
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(needed.size(), 0);
    QCOMPARE(session.state(), Session::State::Ready);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(1).at(0).value<Session::State>(), Session::State::Ready);

    const CallOutcome list = awaitCall(session.client()->listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    QCOMPARE(m_server->requests().constLast().headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
    QCOMPARE(m_server->requestCount(kAuthRoute), 0);
}

void TestSession::missingApiKeyAsksTheUser()
{
    Session session(profile(Profile::AuthMode::ApiKey), nullptr);
    QSignalSpy needed(&session, &Session::secretNeeded);
    QSignalSpy ready(&session, &Session::ready);
    session.open();
    QTRY_COMPARE(needed.size(), 1);
    QCOMPARE(needed.at(0).at(0).value<CredentialStore::Kind>(), CredentialStore::Kind::ApiKey);
    QVERIFY2(needed.at(0).at(1).toString().contains(QLatin1String("No API key")),
             qPrintable(needed.at(0).at(1).toString()));
    QCOMPARE(session.state(), Session::State::NeedsSecret);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(m_server->requestCount(), 0);

    // The user types it (with a stray newline from pasting).
    session.provideSecret(FakeLangBotServer::demoApiKey() + QLatin1Char('\n'), Session::SecretStorage::SessionOnly);
    QTRY_COMPARE(ready.size(), 1);
    const CallOutcome list = awaitCall(session.client()->listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));

    // An empty secret asks again.
    session.provideSecret(QStringLiteral("   "), Session::SecretStorage::SessionOnly);
    QCOMPARE(needed.size(), 2);
    QCOMPARE(session.state(), Session::State::NeedsSecret);
}

void TestSession::keychainProblemAsksTheUser()
{
    // Nothing in session memory: the keychain is asked. Without a keyring
    // it has no backend (or times out); with one, the entry is not found.
    // Either way the user is asked, with the store's reason.
    const Profile p = profile(Profile::AuthMode::ApiKey);
    Session session(p, m_store.get());
    QSignalSpy needed(&session, &Session::secretNeeded);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, 10000);
    QCOMPARE(needed.at(0).at(0).value<CredentialStore::Kind>(), CredentialStore::Kind::ApiKey);
    QVERIFY(!needed.at(0).at(1).toString().isEmpty());
    QCOMPARE(session.state(), Session::State::NeedsSecret);

    // "Keep for this session only" needs no keychain.
    QSignalSpy ready(&session, &Session::ready);
    session.provideSecret(FakeLangBotServer::demoApiKey(), Session::SecretStorage::SessionOnly);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(m_store->hasSessionSecret(p.id, CredentialStore::Kind::ApiKey));

    // A second session of the same profile finds it in session memory.
    Session second(p, m_store.get());
    QVERIFY(openReady(second));
}

void TestSession::loginWithStoredPassword()
{
    const Profile p = profile(Profile::AuthMode::UserLogin);
    m_store->keepForSession(p.id, CredentialStore::Kind::Password, FakeLangBotServer::demoPassword());
    Session session(p, m_store.get());
    QCOMPARE(session.secretKind(), CredentialStore::Kind::Password);
    QSignalSpy states(&session, &Session::stateChanged);
    QVERIFY(openReady(session));
    QList<Session::State> seen;
    for (const QList<QVariant> &args : states)
        seen << args.at(0).value<Session::State>();
    QCOMPARE(seen,
             (QList<Session::State>{Session::State::ReadingSecret, Session::State::LoggingIn, Session::State::Ready}));
    QCOMPARE(m_server->requestCount(kAuthRoute), 1);

    const CallOutcome list = awaitCall(session.client()->listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    const CallOutcome requesters = awaitCall(session.client()->checkToken());
    QVERIFY2(!requesters.error, qPrintable(requesters.error.message()));

    const QByteArray password = FakeLangBotServer::demoPassword().toUtf8();
    for (const auto &request : m_server->requests()) {
        const QString route = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
        if (route == kAuthRoute) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(body.value(QLatin1String("password")).toString(), FakeLangBotServer::demoPassword());
            QVERIFY(!request.headers.contains("authorization"));
            continue;
        }
        const QByteArray token = bearerOf(request);
        QCOMPARE(token.count('.'), 2); // a JWT
        QVERIFY(!request.headers.contains("x-api-key"));
        QVERIFY(!request.body.contains(password));
        for (const QByteArray &value : request.headers)
            QVERIFY(!value.contains(password));
    }
}

void TestSession::wrongPasswordAsksTheUser()
{
    const Profile p = profile(Profile::AuthMode::UserLogin);
    const QString wrong = QStringLiteral("not-the-password");
    m_store->keepForSession(p.id, CredentialStore::Kind::Password, wrong);
    Session session(p, m_store.get());
    QSignalSpy needed(&session, &Session::secretNeeded);
    QSignalSpy failed(&session, &Session::failed);
    QSignalSpy ready(&session, &Session::ready);
    session.open();
    QTRY_COMPARE(needed.size(), 1);
    QCOMPARE(needed.at(0).at(0).value<CredentialStore::Kind>(), CredentialStore::Kind::Password);
    QCOMPARE(needed.at(0).at(1).toString(), QStringLiteral("Invalid username or password"));
    QCOMPARE(session.state(), Session::State::NeedsSecret);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(ready.size(), 0);
    QVERIFY(session.client()->settings().secret.isEmpty());

    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(m_server->requestCount(kAuthRoute), 2);
    const CallOutcome list = awaitCall(session.client()->listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));
}

void TestSession::unreachableServerFails()
{
    QTcpServer probe; // a free port, then closed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Profile p = profile(Profile::AuthMode::UserLogin);
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    Session session(p, nullptr);
    QSignalSpy failed(&session, &Session::failed);
    QSignalSpy needed(&session, &Session::secretNeeded);
    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("connection refused")), qPrintable(message));
    QVERIFY(!message.contains(FakeLangBotServer::demoPassword()));
    QCOMPARE(needed.size(), 0);
    QCOMPARE(session.state(), Session::State::Idle);
    QCOMPARE(session.failure().kind(), ApiError::Kind::Network); // the cause, for the command line's exit code

    // Once the server is back, open() tries again with the password in memory.
    FakeLangBotServer back;
    QVERIFY(back.listen(QHostAddress::LocalHost, port));
    QVERIFY(openReady(session));
    QCOMPARE(back.requestCount(kAuthRoute), 1);
}

void TestSession::loginServerErrorFailsWithItsCause()
{
    m_server->setFault(kAuthRoute, FakeLangBotServer::Fault::Error500New, 1);
    Session session(profile(Profile::AuthMode::UserLogin), nullptr);
    QSignalSpy failed(&session, &Session::failed);
    QSignalSpy needed(&session, &Session::secretNeeded);
    QVERIFY(!session.failure().isError());
    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(needed.size(), 0); // a server failure is not a wrong password
    QCOMPARE(session.failure().httpStatus(), 500);
    QCOMPARE(session.failure().category(), ApiError::Category::Server);
    QVERIFY(!failed.at(0).at(0).toString().contains(FakeLangBotServer::demoPassword()));
}

void TestSession::tokenIsRefreshedBeforeExpiry()
{
    m_server->setTokenLifetimeSeconds(8); // refreshed at 80 %: after 6.4 s
    ManualClock clock;
    Session session(profile(Profile::AuthMode::UserLogin), nullptr);
    session.setClock(&clock);
    QSignalSpy ready(&session, &Session::ready);
    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
    QTRY_COMPARE(ready.size(), 1);
    const QString first = session.client()->settings().secret;
    QCOMPARE(first.count(QLatin1Char('.')), 2);
    QCOMPARE(clock.nextTimerInMs(), 6400);
    // The next token lives longer: it differs from the first, and its
    // refresh comes later.
    m_server->setTokenLifetimeSeconds(10);

    clock.advance(6399);
    QCOMPARE(session.client()->runningCalls(), 0); // not too early
    QCOMPARE(m_server->requestCount(kCheckRoute), 0);
    clock.advance(1);
    QCOMPARE(session.client()->runningCalls(), 1); // the refresh is on its way
    QTRY_COMPARE(m_server->requestCount(kCheckRoute), 1);
    QTRY_VERIFY(session.client()->settings().secret != first);
    const QString fresh = session.client()->settings().secret;
    // The refresh was made with the still valid token: no new login was needed.
    QCOMPARE(bearerOf(m_server->requests().constLast()), first.toUtf8());
    QCOMPARE(m_server->requestCount(kAuthRoute), 1);
    // The fresh token is refreshed in its turn, at 80 % of its lifetime.
    QCOMPARE(clock.nextTimerInMs(), 8000);

    const CallOutcome list = awaitCall(session.client()->listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    QCOMPARE(bearerOf(m_server->requests().constLast()), fresh.toUtf8());
    QCOMPARE(m_server->requestCount(kAuthRoute), 1);
    QCOMPARE(session.state(), Session::State::Ready);
}

void TestSession::reloginAfter401IsTransparent()
{
    Session session(profile(Profile::AuthMode::UserLogin), nullptr);
    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
    QTRY_VERIFY(session.isReady());
    const QString before = session.client()->settings().secret;
    QSignalSpy states(&session, &Session::stateChanged);
    QSignalSpy needed(&session, &Session::secretNeeded);
    QSignalSpy ready(&session, &Session::ready);

    m_server->revokeTokens();
    m_server->resetCounters();
    const CallOutcome list = awaitCall(session.client()->listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    QCOMPARE(list.finishedCount, 1);
    QCOMPARE(ApiClient::modelsFromData(list.data).size(), m_server->models().size());
    QCOMPARE(m_server->requestCount(kAuthRoute), 1); // exactly one extra login
    QCOMPARE(m_server->requestCount(kListRoute), 2);
    QCOMPARE(needed.size(), 0);
    QCOMPARE(states.size(), 0); // stayed Ready
    QCOMPARE(ready.size(), 0);  // not "ready" again: nothing to reload
    QVERIFY(session.client()->settings().secret != before);
}

void TestSession::failedReloginAsksTheUser()
{
    Session session(profile(Profile::AuthMode::UserLogin), nullptr);
    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
    QTRY_VERIFY(session.isReady());
    QSignalSpy needed(&session, &Session::secretNeeded);
    QSignalSpy failed(&session, &Session::failed);

    const QString changed = QStringLiteral("changed-elsewhere");
    m_server->setUser(FakeLangBotServer::demoUser(), changed);
    m_server->revokeTokens();
    m_server->resetCounters();
    const CallOutcome list = awaitCall(session.client()->listModels());
    QCOMPARE(list.finishedCount, 1);
    QCOMPARE(list.error.httpStatus(), 401); // the original refusal
    QCOMPARE(m_server->requestCount(kAuthRoute), 1);
    QTRY_COMPARE(needed.size(), 1);
    QCOMPARE(needed.at(0).at(0).value<CredentialStore::Kind>(), CredentialStore::Kind::Password);
    QCOMPARE(needed.at(0).at(1).toString(), QStringLiteral("Invalid username or password"));
    QCOMPARE(session.state(), Session::State::NeedsSecret);
    QCOMPARE(failed.size(), 0);

    QSignalSpy ready(&session, &Session::ready);
    session.provideSecret(changed, Session::SecretStorage::SessionOnly);
    QTRY_COMPARE(ready.size(), 1);
    const CallOutcome again = awaitCall(session.client()->listModels());
    QVERIFY2(!again.error, qPrintable(again.error.message()));
}

void TestSession::concurrent401sShareOneLogin()
{
    Session session(profile(Profile::AuthMode::UserLogin), nullptr);
    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
    QTRY_VERIFY(session.isReady());
    m_server->revokeTokens();
    m_server->resetCounters();
    m_server->setLatency(kAuthRoute, 300);

    QList<std::shared_ptr<CallOutcome>> outcomes;
    for (int i = 0; i < 4; ++i)
        outcomes << watchCall(session.client()->listModels());
    outcomes << watchCall(session.client()->checkToken());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o->finishedCount > 0; }), 10000);
    for (const auto &o : outcomes) {
        QCOMPARE(o->finishedCount, 1);
        QVERIFY2(!o->error, qPrintable(o->error.message()));
    }
    QCOMPARE(m_server->requestCount(kAuthRoute), 1);
    QCOMPARE(session.state(), Session::State::Ready);
}

void TestSession::cancelDuringRenewal()
{
    Session session(profile(Profile::AuthMode::UserLogin), nullptr);
    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
    QTRY_VERIFY(session.isReady());
    m_server->revokeTokens();
    m_server->resetCounters();
    m_server->setLatency(kAuthRoute, 500);

    ApiCall *call = session.client()->listModels();
    QPointer<ApiCall> guard(call);
    auto outcome = watchCall(call);
    QTRY_COMPARE(m_server->requestCount(kAuthRoute), 1); // the re-login is under way
    QVERIFY(session.client()->isRenewingCredentials());
    QCOMPARE(outcome->finishedCount, 0);
    call->cancel();
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    QTRY_VERIFY(guard.isNull());

    // The re-login still completes; the next call needs no further login.
    QTRY_VERIFY(!session.client()->isRenewingCredentials());
    QCOMPARE(session.state(), Session::State::Ready);
    QCOMPARE(outcome->finishedCount, 1);
    const CallOutcome list = awaitCall(session.client()->listModels());
    QVERIFY2(!list.error, qPrintable(list.error.message()));
    QCOMPARE(m_server->requestCount(kAuthRoute), 1);
    QCOMPARE(m_server->requestCount(kListRoute), 2); // the cancelled one was not sent again
}

void TestSession::closeCancelsEverythingAndCanReopen()
{
    const Profile p = profile(Profile::AuthMode::UserLogin);
    m_store->keepForSession(p.id, CredentialStore::Kind::Password, FakeLangBotServer::demoPassword());
    Session session(p, m_store.get());
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy failed(&session, &Session::failed);

    // Close while logging in.
    m_server->setLatency(kAuthRoute, 400);
    session.open();
    QTRY_COMPARE(session.state(), Session::State::LoggingIn);
    QTRY_COMPARE(m_server->inFlight(), 1);
    session.close();
    QCOMPARE(session.state(), Session::State::Closed);
    QCOMPARE(session.client()->runningCalls(), 0);
    QTRY_COMPARE(m_server->inFlight(), 0);
    QTest::qWait(600);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(failed.size(), 0);

    // Open again: ready. Then close during a renewal.
    m_server->setLatency(kAuthRoute, 0);
    QVERIFY(openReady(session));
    m_server->revokeTokens();
    m_server->setLatency(kAuthRoute, 400);
    auto pending = watchCall(session.client()->listModels());
    QTRY_VERIFY(session.client()->isRenewingCredentials());
    session.close();
    QCOMPARE(pending->finishedCount, 1);
    QCOMPARE(pending->error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(session.state(), Session::State::Closed);
    QVERIFY(session.client()->settings().secret.isEmpty());
    QTest::qWait(600);
    QCOMPARE(session.state(), Session::State::Closed);
    QCOMPARE(failed.size(), 0);

    // Deleting a session in the middle of a login is safe and silent.
    auto doomed = std::make_unique<Session>(p, m_store.get());
    doomed->open();
    QTRY_COMPARE(doomed->state(), Session::State::LoggingIn);
    doomed.reset();
    QTest::qWait(600);
}

// Waits until the keychain holds the secret, or keychainFailed was emitted.
// Returns the status of the last read.
static CredentialRequest::Status waitStoredOrFailed(CredentialStore *store, const QString &id,
                                                    CredentialStore::Kind kind, QSignalSpy &failed)
{
    CredentialRequest::Status status = CredentialRequest::Status::Failed;
    QElapsedTimer clock;
    clock.start();
    while (failed.isEmpty() && clock.elapsed() < 10000) {
        CredentialRequest *read = store->read(id, kind);
        QSignalSpy done(read, &CredentialRequest::finished);
        if (!done.wait(5000))
            break;
        status = read->result().status;
        if (status == CredentialRequest::Status::Ok)
            break;
        QTest::qWait(200);
    }
    return status;
}

void TestSession::provideSecretToKeychainGoesOnEitherWay()
{
    const Profile p = profile(Profile::AuthMode::ApiKey);
    Session session(p, m_store.get());
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy keychainFailed(&session, &Session::keychainFailed);
    session.provideSecret(FakeLangBotServer::demoApiKey(), Session::SecretStorage::Keychain);
    QTRY_COMPARE(ready.size(), 1); // does not wait for the keychain

    // Without a usable keyring the store fails (at the latest after its
    // timeout): the key stays in memory for this session and the user is
    // told. With a keyring, it is stored.
    const auto status = waitStoredOrFailed(m_store.get(), p.id, CredentialStore::Kind::ApiKey, keychainFailed);
    if (!keychainFailed.isEmpty()) {
        QCOMPARE(keychainFailed.size(), 1);
        const QString message = keychainFailed.at(0).at(0).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(FakeLangBotServer::demoApiKey()));
        QVERIFY(m_store->hasSessionSecret(p.id, CredentialStore::Kind::ApiKey));
        QCOMPARE(session.state(), Session::State::Ready);
    } else {
        QCOMPARE(status, CredentialRequest::Status::Ok);
    }

    // Either way a new session of the profile finds the key.
    Session second(p, m_store.get());
    QVERIFY(openReady(second));
    m_store->removeAll(p.id);
    QTest::qWait(200);
}

void TestSession::wrongPasswordIsNotStored()
{
    const Profile p = profile(Profile::AuthMode::UserLogin);
    Session session(p, m_store.get());
    QSignalSpy needed(&session, &Session::secretNeeded);
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy keychainFailed(&session, &Session::keychainFailed);

    // A password goes to the keychain only once the server accepted it.
    session.provideSecret(QStringLiteral("typo-password"), Session::SecretStorage::Keychain);
    QTRY_COMPARE(needed.size(), 1);
    QTest::qWait(300);
    QCOMPARE(keychainFailed.size(), 0); // nothing was written
    QVERIFY(!m_store->hasSessionSecret(p.id, CredentialStore::Kind::Password));
    CredentialRequest *read = m_store->read(p.id, CredentialStore::Kind::Password);
    QSignalSpy readDone(read, &CredentialRequest::finished);
    QVERIFY(readDone.wait(5000));
    QVERIFY(read->result().status != CredentialRequest::Status::Ok);

    session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::Keychain);
    QTRY_COMPARE(ready.size(), 1);
    const auto status = waitStoredOrFailed(m_store.get(), p.id, CredentialStore::Kind::Password, keychainFailed);
    QVERIFY(!keychainFailed.isEmpty() || status == CredentialRequest::Status::Ok);
    m_store->removeAll(p.id);
    QTest::qWait(200);
}

void TestSession::apiKeyProfileDoesNotLogIn()
{
    // An API-key profile has nothing to log in with: a 401 is final.
    Session session(profile(Profile::AuthMode::ApiKey), nullptr);
    session.provideSecret(QStringLiteral("lbk_revoked_key"), Session::SecretStorage::SessionOnly);
    QTRY_VERIFY(session.isReady());
    const CallOutcome list = awaitCall(session.client()->listModels());
    QCOMPARE(list.error.httpStatus(), 401);
    QCOMPARE(m_server->requestCount(kAuthRoute), 0);
    QCOMPARE(m_server->requestCount(kListRoute), 1);
}

void TestSession::detectsTheServerOncePerConnection()
{
    const Profile p = profile(Profile::AuthMode::ApiKey);
    Session session(p, nullptr);
    QSignalSpy detected(&session, &Session::serverDetected);
    session.detectServer(); // not ready: nothing
    QCOMPARE(m_server->requestCount(), 0);

    session.setAutoDetectServer(true);
    session.provideSecret(FakeLangBotServer::demoApiKey(), Session::SecretStorage::SessionOnly);
    QVERIFY(detected.wait(5000));
    QVERIFY(session.isServerDetected());
    QVERIFY2(!session.detectionError(), qPrintable(session.detectionError().message()));
    // The demo server is a 4.6: no providers route.
    QCOMPARE(session.features().generation, lb::ApiGeneration::Legacy);
    QCOMPARE(session.features().version.text(), QStringLiteral("v4.6.5"));
    QCOMPARE(session.client()->features().generation, lb::ApiGeneration::Legacy);
    QCOMPARE(session.permissions().source(), lb::Permissions::Source::NoRoles);
    QCOMPARE(session.systemInfo().value(QLatin1String("version")).toString(), QStringLiteral("v4.6.5"));
    const int asked = m_server->requestCount();
    QCOMPARE(asked, 2); // system/info and the providers probe

    // Once per connection.
    session.detectServer();
    QTest::qWait(100);
    QCOMPARE(detected.size(), 1);
    QCOMPARE(m_server->requestCount(), asked);

    // A new connection is detected anew.
    session.close();
    QVERIFY(!session.isServerDetected());
    session.provideSecret(FakeLangBotServer::demoApiKey(), Session::SecretStorage::SessionOnly);
    QVERIFY(detected.wait(5000));
    QCOMPARE(m_server->requestCount(), 2 * asked);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
