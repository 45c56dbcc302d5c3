// ConnectionCheck against the fake LangBot server over loopback: system info,
// then login and list; the first failure fills the error; TLS failures give
// the certificate; the profile's pin is honoured; cancel.
#include "FakeLangBotServer.h"
#include "api/ApiClient.h"
#include "profiles/ConnectionCheck.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

using namespace lb;
using lb::demo::FakeLangBotServer;

namespace {

struct Run
{
    int finishedCount = 0;
    ConnectionCheck::Result result;
    bool deleted = false;
};

// Runs a check to its end: the result, how often finished() came, and
// whether the check deleted itself.
Run runCheck(const Profile &profile, const QString &secret, int timeoutMs = 15000)
{
    Run run;
    ConnectionCheck *check = ConnectionCheck::start(profile, secret);
    QPointer<ConnectionCheck> guard(check);
    QObject::connect(check, &ConnectionCheck::finished, check, [&run, check] {
        ++run.finishedCount;
        run.result = check->result();
    });
    if (!QTest::qWaitFor([&] { return run.finishedCount > 0; }, timeoutMs))
        qWarning("the check did not finish in %d ms", timeoutMs);
    run.deleted = QTest::qWaitFor([&] { return guard.isNull(); }, 1000);
    return run;
}

} // namespace

class TestConnectionCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void apiKeyOk();
    void userLoginOk();
    void withoutSecretOnlyReachability();
    void wrongApiKey();
    void wrongPassword();
    void unreachablePort();
    void htmlPageIsNotLangBot();
    void tlsSelfSignedGivesTheCertificate();
    void tlsPinnedIsOk();
    void cancel();
    void reportsGenerationAndVersion();
    void reportsANewerServer();

private:
    Profile profile(Profile::AuthMode mode, const QUrl &url) const;

    std::unique_ptr<FakeLangBotServer> m_server;
    FakeLangBotServer::TestCertificate m_certificate;
};

void TestConnectionCheck::initTestCase()
{
    m_certificate = FakeLangBotServer::makeTestCertificate(FakeLangBotServer::TestCertificateKind::SelfSigned);
    QVERIFY2(!m_certificate.isNull(), qPrintable(m_certificate.error));
}

void TestConnectionCheck::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->loadDemoData();
}

void TestConnectionCheck::cleanup()
{
    m_server.reset();
}

Profile TestConnectionCheck::profile(Profile::AuthMode mode, const QUrl &url) const
{
    Profile p;
    p.id = QStringLiteral("0b7f7f2e-5a1c-4d6e-8f90-123456789abc");
    p.name = QStringLiteral("Check");
    p.baseUrl = url;
    p.authMode = mode;
    p.userEmail = FakeLangBotServer::demoUser();
    p.timeoutSeconds = 5;
    return p;
}

void TestConnectionCheck::apiKeyOk()
{
    const Run run = runCheck(profile(Profile::AuthMode::ApiKey, m_server->url()), FakeLangBotServer::demoApiKey());
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(run.deleted);
    QVERIFY2(run.result.error.isEmpty(), qPrintable(run.result.error));
    QVERIFY(run.result.reachable);
    QVERIFY(run.result.authenticated);
    QCOMPARE(run.result.serverVersion, QStringLiteral("v4.6.5"));
    QCOMPARE(run.result.modelCount, int(m_server->models().size()));
    QVERIFY(run.result.modelCount > 0);
    QVERIFY(run.result.certificateSha256.isEmpty());
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/system/info")), 1);
    QCOMPARE(m_server->requests().constLast().headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
}

void TestConnectionCheck::userLoginOk()
{
    m_server->generateModels(7);
    const Run run = runCheck(profile(Profile::AuthMode::UserLogin, m_server->url()), FakeLangBotServer::demoPassword());
    QVERIFY2(run.result.error.isEmpty(), qPrintable(run.result.error));
    QVERIFY(run.result.authenticated);
    QCOMPARE(run.result.modelCount, 7);
    QCOMPARE(m_server->requestCount(QStringLiteral("POST /api/v1/user/auth")), 1);
    QVERIFY(m_server->requests().constLast().headers.value("authorization").startsWith("Bearer "));
}

void TestConnectionCheck::withoutSecretOnlyReachability()
{
    const Run run = runCheck(profile(Profile::AuthMode::ApiKey, m_server->url()), {});
    QVERIFY2(run.result.error.isEmpty(), qPrintable(run.result.error));
    QVERIFY(run.result.reachable);
    QVERIFY(!run.result.authenticated);
    QCOMPARE(run.result.modelCount, -1);
    QCOMPARE(run.result.serverVersion, QStringLiteral("v4.6.5"));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestConnectionCheck::wrongApiKey()
{
    const QString wrong = QStringLiteral("lbk_this_key_is_wrong");
    const Run run = runCheck(profile(Profile::AuthMode::ApiKey, m_server->url()), wrong);
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(run.result.reachable);
    QVERIFY(!run.result.authenticated);
    QCOMPARE(run.result.modelCount, -1);
    QVERIFY2(run.result.error.contains(QLatin1String("HTTP 401")), qPrintable(run.result.error));
    QVERIFY2(run.result.error.contains(QLatin1String("Invalid API key")), qPrintable(run.result.error));
    QVERIFY(!run.result.error.contains(wrong));
}

void TestConnectionCheck::wrongPassword()
{
    const QString wrong = QStringLiteral("wrong-password-123");
    const Run run = runCheck(profile(Profile::AuthMode::UserLogin, m_server->url()), wrong);
    QVERIFY(run.result.reachable);
    QVERIFY(!run.result.authenticated);
    QVERIFY2(run.result.error.contains(QLatin1String("Invalid username or password")), qPrintable(run.result.error));
    QVERIFY(!run.result.error.contains(wrong));
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/provider/models/llm")), 0);
}

void TestConnectionCheck::unreachablePort()
{
    QTcpServer probe; // a free port, then closed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run run = runCheck(profile(Profile::AuthMode::ApiKey, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
                             FakeLangBotServer::demoApiKey());
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(!run.result.reachable);
    QVERIFY(!run.result.authenticated);
    QVERIFY(run.result.serverVersion.isEmpty());
    QVERIFY2(run.result.error.contains(QLatin1String("connection refused")), qPrintable(run.result.error));
    QVERIFY2(run.result.error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(run.result.error));
}

void TestConnectionCheck::htmlPageIsNotLangBot()
{
    m_server->setFault(QStringLiteral("GET /api/v1/system/info"), FakeLangBotServer::Fault::HtmlPage);
    const Run run = runCheck(profile(Profile::AuthMode::ApiKey, m_server->url()), FakeLangBotServer::demoApiKey());
    QVERIFY(!run.result.reachable);
    QVERIFY(!run.result.authenticated);
    QVERIFY2(run.result.error.contains(QLatin1String("not a LangBot API")), qPrintable(run.result.error));
    QCOMPARE(m_server->requestCount(), 1); // the key was never sent
}

void TestConnectionCheck::tlsSelfSignedGivesTheCertificate()
{
    FakeLangBotServer server;
    server.setTlsCertificate(m_certificate.certificate, m_certificate.key);
    QVERIFY(server.listen());
    const Run run = runCheck(profile(Profile::AuthMode::ApiKey, server.url()), FakeLangBotServer::demoApiKey());
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(!run.result.reachable);
    QCOMPARE(run.result.certificateSha256,
             QString::fromLatin1(m_certificate.certificate.digest(QCryptographicHash::Sha256).toHex()));
    QVERIFY2(run.result.certificateSummary.contains(QLatin1String("127.0.0.1")),
             qPrintable(run.result.certificateSummary));
    QVERIFY2(run.result.certificateSummary.contains(QLatin1String("self-signed")),
             qPrintable(run.result.certificateSummary));
    QVERIFY2(run.result.error.contains(QLatin1String("self-signed")), qPrintable(run.result.error));
    QCOMPARE(server.requestCount(), 0);
}

void TestConnectionCheck::tlsPinnedIsOk()
{
    FakeLangBotServer server;
    server.setTlsCertificate(m_certificate.certificate, m_certificate.key);
    QVERIFY(server.listen());
    server.loadDemoData();
    Profile p = profile(Profile::AuthMode::UserLogin, server.url());
    p.pinnedCertificateSha256 = ApiClient::certificateSha256(m_certificate.certificate);
    const Run run = runCheck(p, FakeLangBotServer::demoPassword());
    QVERIFY2(run.result.error.isEmpty(), qPrintable(run.result.error));
    QVERIFY(run.result.reachable);
    QVERIFY(run.result.authenticated);
    QCOMPARE(run.result.modelCount, int(server.models().size()));
    QVERIFY(run.result.certificateSha256.isEmpty());
}

void TestConnectionCheck::cancel()
{
    m_server->setLatency(QStringLiteral("GET /api/v1/system/info"), 3000);
    ConnectionCheck *check = ConnectionCheck::start(profile(Profile::AuthMode::ApiKey, m_server->url()),
                                                    FakeLangBotServer::demoApiKey(), this);
    QPointer<ConnectionCheck> guard(check);
    QSignalSpy finished(check, &ConnectionCheck::finished);
    QTRY_COMPARE(m_server->inFlight(), 1);
    check->cancel();
    QCOMPARE(finished.size(), 1);
    const ConnectionCheck::Result result = check->result();
    QVERIFY(!result.reachable);
    QVERIFY2(result.error.contains(QLatin1String("cancelled")), qPrintable(result.error));
    check->cancel(); // harmless
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(guard.isNull());
    QTRY_COMPARE(m_server->inFlight(), 0); // the request was aborted
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/provider/models/llm")), 0);

    // Deleting a running check stops it without finished().
    ConnectionCheck *second = ConnectionCheck::start(profile(Profile::AuthMode::ApiKey, m_server->url()),
                                                     FakeLangBotServer::demoApiKey(), this);
    QSignalSpy secondFinished(second, &ConnectionCheck::finished);
    QTRY_COMPARE(m_server->inFlight(), 1);
    delete second;
    QTRY_COMPARE(m_server->inFlight(), 0);
    QCOMPARE(secondFinished.size(), 0);
}

void TestConnectionCheck::reportsGenerationAndVersion()
{
    // The demo server is a 4.6: its providers route is an HTML page.
    Run run = runCheck(profile(Profile::AuthMode::ApiKey, m_server->url()), FakeLangBotServer::demoApiKey());
    QVERIFY2(run.result.error.isEmpty(), qPrintable(run.result.error));
    QCOMPARE(run.result.features.generation, lb::ApiGeneration::Legacy);
    QCOMPARE(run.result.features.version.text(), QStringLiteral("v4.6.5"));
    QCOMPARE(run.result.permissions.source(), lb::Permissions::Source::NoRoles);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/provider/providers")), 1);

    // Without a secret: what system/info alone says (a 4.6 has none of the
    // fields 4.7 added), nothing sent with credentials.
    m_server->resetCounters();
    run = runCheck(profile(Profile::AuthMode::ApiKey, m_server->url()), QString());
    QVERIFY(run.result.features.version.isAtLeast(4, 6, 5));
    QCOMPARE(run.result.features.generation, lb::ApiGeneration::Legacy);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestConnectionCheck::reportsANewerServer()
{
    const auto can = [this](const QString &route, const QByteArray &data) {
        FakeLangBotServer::FaultSpec spec;
        spec.fault = FakeLangBotServer::Fault::Status;
        spec.body = R"({"code":0,"msg":"ok","data":)" + data + '}';
        m_server->setFault(route, spec);
    };
    can(QStringLiteral("GET /api/v1/system/info"),
        R"({"version":"v4.10.11","disable_models_service":false,"invitation_delivery":"email"})");
    can(QStringLiteral("GET /api/v1/provider/providers"), R"({"providers":[{"uuid":"p","workspace_uuid":"w"}]})");
    can(QStringLiteral("GET /api/v1/system/context"), R"({"permissions":["resource.view"]})");
    can(QStringLiteral("GET /api/v1/system/capabilities"), R"({"schema_version":1,"operations":{}})");
    can(QStringLiteral("GET /api/v1/provider/models/llm"), R"({"models":[{"uuid":"m","provider_uuid":"p"}]})");
    const Run run = runCheck(profile(Profile::AuthMode::ApiKey, m_server->url()), FakeLangBotServer::demoApiKey());
    QVERIFY2(run.result.error.isEmpty(), qPrintable(run.result.error));
    QCOMPARE(run.result.serverVersion, QStringLiteral("v4.10.11"));
    QCOMPARE(run.result.features.generation, lb::ApiGeneration::Workspaces);
    QCOMPARE(run.result.permissions.source(), lb::Permissions::Source::Read);
    QVERIFY(!run.result.permissions.allows(lb::Permissions::Action::Delete));
    QCOMPARE(run.result.modelCount, 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/system/info")), 1); // not asked twice
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
