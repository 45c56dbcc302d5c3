// ServerProbe: every row of API.md's detection table ("1. How to tell them
// apart") and where the permissions come from ("3. Permissions"), driven by
// canned answers of the fake server.
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "api/ServerProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;

namespace {

const QString kInfo = QStringLiteral("GET /api/v1/system/info");
const QString kProviders = QStringLiteral("GET /api/v1/provider/providers");
const QString kWorkspace = QStringLiteral("GET /api/v1/workspaces/current");
const QString kContext = QStringLiteral("GET /api/v1/system/context");
const QString kCapabilities = QStringLiteral("GET /api/v1/system/capabilities");

QString ok(const QString &data)
{
    return QStringLiteral(R"(200|{"code":0,"msg":"ok","data":%1})").arg(data);
}

// system/info of each generation (API.md 1, step 1).
const QString kInfo46 = ok(QStringLiteral(R"({"version":"v4.6.5","debug":false})"));
const QString kInfo49 = ok(QStringLiteral(R"({"version":"v4.9.0","debug":false,"disable_models_service":false,)"
                                          R"("edition":"community"})"));
const QString kInfo4108 = ok(QStringLiteral(R"({"version":"v4.10.8","disable_models_service":false,)"
                                            R"("mcp_stdio_enabled":true})"));
const QString kInfo41011 = ok(QStringLiteral(R"({"version":"v4.10.11","disable_models_service":false,)"
                                             R"("mcp_stdio_enabled":true,"invitation_delivery":"email"})"));
const QString kHtml = QStringLiteral("html");
const QString kNoProviders = ok(QStringLiteral(R"({"providers":[]})"));
const QString kOldProviders
    = ok(QStringLiteral(R"({"providers":[{"uuid":"p-1","name":"OpenAI","requester":"openai-chat-completions",)"
                        R"("base_url":"","api_keys":["sk-1"],"llm_count":1}]})"));
const QString kNewProviders = ok(QStringLiteral(R"({"providers":[{"uuid":"p-1","workspace_uuid":"w-1","name":"O",)"
                                                R"("requester":"openai-chat-completions","api_keys":["***"]}]})"));
const QString kViewer = ok(QStringLiteral(R"({"uuid":"w-1","permissions":["workspace.view","member.view",)"
                                          R"("resource.view"],"membership":{"role":"viewer"}})"));
const QString kDeveloperKey
    = ok(QStringLiteral(R"({"instance_uuid":"i","workspace_uuid":"w-1","api_key_id":"k",)"
                        R"("permissions":["resource.view","resource.manage","provider_secret.manage"]})"));
const QString kCapabilitiesAnswer
    = ok(QStringLiteral(R"({"schema_version":1,"operations":{"provider.scan_models":{"supported":false},)"
                        R"("model.rerank.test":{"supported":true}}})"));

} // namespace

class TestServerProbe : public QObject, protected FakeServerFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void detection_data();
    void detection();
    void notALangBotApi();
    void failureOnTheProbeTellsNothing();
    void withoutCredentialsSystemInfoDecides();
    void cancel();
    void deletingStopsWithoutFinished();

private:
    // "GET /path" -> "status|body" (or "html": the web UI page, not JSON).
    void can(const QString &route, const QString &answer);
    bool runProbe(ServerProbe &probe);
};

void TestServerProbe::init()
{
    QVERIFY2(startServer({}, FakeLangBotServer::demoApiKey(), Data::Empty), qPrintable(serverError()));
}

void TestServerProbe::cleanup()
{
    stopServer();
}

void TestServerProbe::can(const QString &route, const QString &answer)
{
    if (answer == kHtml) {
        m_server->setFault(route, FakeLangBotServer::Fault::HtmlPage);
        return;
    }
    const qsizetype bar = answer.indexOf(QLatin1Char('|'));
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Status;
    spec.status = answer.left(bar).toInt();
    spec.body = answer.mid(bar + 1).toUtf8();
    m_server->setFault(route, spec);
}

bool TestServerProbe::runProbe(ServerProbe &probe)
{
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    if (finished.size() != 0)
        return false; // never before start() returns
    if (!finished.wait(10000))
        return false;
    QTest::qWait(50); // a second finished() would show here
    return finished.size() == 1 && !probe.isRunning();
}

void TestServerProbe::detection_data()
{
    QTest::addColumn<QString>("auth");        // "key" or "jwt"
    QTest::addColumn<QStringList>("answers"); // route, answer, route, answer…
    QTest::addColumn<int>("generation");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("mayCreate");
    QTest::addColumn<QStringList>("routes"); // in the order asked

    using G = ApiGeneration;
    using S = Permissions::Source;
    // Not JSON: 4.0–4.6, whatever system/info suggested.
    QTest::newRow("4.6: providers route is an HTML page")
        << u"key"_qs << QStringList{kInfo, kInfo46} << int(G::Legacy) << int(S::NoRoles) << QString() << true
        << QStringList{kInfo, kProviders};
    QTest::newRow("4.6: HTML 200 even after a 4.7-looking info")
        << u"key"_qs << QStringList{kInfo, kInfo49, kProviders, kHtml} << int(G::Legacy) << int(S::NoRoles) << QString()
        << true << QStringList{kInfo, kProviders};
    // JSON 200 without workspace_uuid: 4.7–4.10.6.
    QTest::newRow("4.9: providers without workspace_uuid")
        << u"key"_qs << QStringList{kInfo, kInfo49, kProviders, kOldProviders} << int(G::Providers) << int(S::NoRoles)
        << QString() << true << QStringList{kInfo, kProviders};
    // With workspace_uuid: 4.10.7+; an API key on 4.10.11 reads system/context
    // and the capabilities.
    QTest::newRow("4.10.11: workspace_uuid, API key, system/context")
        << u"key"_qs << QStringList{kInfo,    kInfo41011,    kProviders,    kNewProviders,
                                    kContext, kDeveloperKey, kCapabilities, kCapabilitiesAnswer}
        << int(G::Workspaces) << int(S::Read) << QString() << true
        << QStringList{kInfo, kProviders, kContext, kCapabilities};
    // 4.10.7–4.10.10 with an API key: no system/context: all assumed.
    QTest::newRow("4.10.8: workspace_uuid, API key, no system/context")
        << u"key"_qs << QStringList{kInfo, kInfo4108, kProviders, kNewProviders, kContext, kHtml} << int(G::Workspaces)
        << int(S::Assumed) << QString() << true << QStringList{kInfo, kProviders, kContext};
    QTest::newRow("4.10.7+: 403 permission_denied")
        << u"jwt"_qs
        << QStringList{kInfo,
                       kInfo4108,
                       kProviders,
                       QStringLiteral(R"(403|{"code":"permission_denied","msg":"Missing Workspace permission: )"
                                      R"(resource.view"})"),
                       kWorkspace,
                       ok(QStringLiteral(R"({"permissions":[],"membership":{"role":"none"}})"))}
        << int(G::Workspaces) << int(S::Read) << u"none"_qs << false << QStringList{kInfo, kProviders, kWorkspace};
    QTest::newRow("4.10.7+: 401 invalid_authentication")
        << u"key"_qs
        << QStringList{kInfo,
                       kInfo49,
                       kProviders,
                       QStringLiteral(R"(401|{"code":"invalid_authentication","msg":"Invalid authentication )"
                                      R"(credentials"})"),
                       kContext,
                       kHtml}
        << int(G::Workspaces) << int(S::Assumed) << QString() << true << QStringList{kInfo, kProviders, kContext};
    // An empty list: system/info decides…
    QTest::newRow("empty list, 4.10.8 info, API key")
        << u"key"_qs << QStringList{kInfo, kInfo4108, kProviders, kNoProviders, kContext, kHtml} << int(G::Workspaces)
        << int(S::Assumed) << QString() << true << QStringList{kInfo, kProviders, kContext};
    QTest::newRow("empty list, 4.9 info, API key")
        << u"key"_qs << QStringList{kInfo, kInfo49, kProviders, kNoProviders} << int(G::Providers) << int(S::NoRoles)
        << QString() << true << QStringList{kInfo, kProviders};
    // …and with a JWT, workspaces/current is JSON only on 4.10.7+.
    QTest::newRow("empty list, JWT, workspaces/current is JSON")
        << u"jwt"_qs << QStringList{kInfo, kInfo49, kProviders, kNoProviders, kWorkspace, kViewer} << int(G::Workspaces)
        << int(S::Read) << u"viewer"_qs << false << QStringList{kInfo, kProviders, kWorkspace};
    QTest::newRow("empty list, JWT, workspaces/current is HTML")
        << u"jwt"_qs << QStringList{kInfo, kInfo49, kProviders, kNoProviders, kWorkspace, kHtml} << int(G::Providers)
        << int(S::NoRoles) << QString() << true << QStringList{kInfo, kProviders, kWorkspace};
    // A JWT on 4.10.11: workspaces/current, then the capabilities.
    QTest::newRow("4.10.11: JWT, a viewer")
        << u"jwt"_qs << QStringList{kInfo,      kInfo41011, kProviders,    kNewProviders,
                                    kWorkspace, kViewer,    kCapabilities, kCapabilitiesAnswer}
        << int(G::Workspaces) << int(S::Read) << u"viewer"_qs << false
        << QStringList{kInfo, kProviders, kWorkspace, kCapabilities};
}

void TestServerProbe::detection()
{
    QFETCH(QString, auth);
    QFETCH(QStringList, answers);
    QFETCH(int, generation);
    QFETCH(int, source);
    QFETCH(QString, role);
    QFETCH(bool, mayCreate);
    QFETCH(QStringList, routes);

    for (qsizetype i = 0; i + 1 < answers.size(); i += 2)
        can(answers.at(i), answers.at(i + 1));
    if (auth == QLatin1String("jwt"))
        m_client->setCredential(ConnectionSettings::AuthMode::Bearer, QStringLiteral("a.jwt.token"));
    QSignalSpy featuresChanged(m_client.get(), &ApiClient::featuresChanged);

    ServerProbe probe(m_client.get());
    QVERIFY(runProbe(probe));
    QVERIFY2(!probe.error(), qPrintable(probe.error().message()));
    QCOMPARE(int(probe.features().generation), generation);
    QVERIFY(probe.features().version.isValid());
    QCOMPARE(int(probe.permissions().source()), source);
    QCOMPARE(probe.permissions().role(), role);
    QCOMPARE(probe.permissions().allows(Permissions::Action::Create), mayCreate);
    QVERIFY(probe.permissions().allows(Permissions::Action::List) || generation == int(ApiGeneration::Workspaces));

    QStringList asked;
    for (const auto &request : m_server->requests())
        asked << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    QCOMPARE(asked, routes);
    // system/info goes without credentials; the rest with them.
    const auto requests = m_server->requests();
    QVERIFY(!requests.first().headers.contains("x-api-key"));
    QVERIFY(!requests.first().headers.contains("authorization"));
    QVERIFY(requests.last().headers.contains(auth == QLatin1String("jwt") ? "authorization" : "x-api-key"));

    // The client keeps what was found, for every caller to ask before sending.
    QCOMPARE(int(m_client->features().generation), generation);
    QCOMPARE(m_client->features().version.text(), probe.features().version.text());
    QCOMPARE(m_client->permissions(), probe.permissions());
    QCOMPARE(featuresChanged.size(), 1);
    if (routes.contains(kCapabilities)) {
        QCOMPARE(probe.supports(QStringLiteral("provider.scan_models")), std::optional<bool>(false));
        QCOMPARE(probe.supports(QStringLiteral("model.rerank.test")), std::optional<bool>(true));
        QCOMPARE(probe.supports(QStringLiteral("provider.list")), std::nullopt); // not listed: probe it
    } else {
        QVERIFY(probe.capabilities().isEmpty());
    }
}

void TestServerProbe::notALangBotApi()
{
    can(kInfo, kHtml);
    ServerProbe probe(m_client.get());
    QVERIFY(runProbe(probe));
    QCOMPARE(probe.error().category(), ApiError::Category::Incompatible);
    QVERIFY2(probe.error().message().contains(QLatin1String("not a LangBot API")), qPrintable(probe.error().message()));
    QCOMPARE(probe.features().generation, ApiGeneration::Unknown);
    QCOMPARE(m_client->features().generation, ApiGeneration::Unknown);
    QCOMPARE(m_server->requestCount(), 1); // nothing sent with credentials

    // An envelope with a failure code: not a LangBot 4.x API either.
    can(kInfo, QStringLiteral(R"(200|{"code":-1,"msg":"no"})"));
    QVERIFY(runProbe(probe));
    QVERIFY(probe.error().isError());
    QCOMPARE(probe.features().generation, ApiGeneration::Unknown);
}

void TestServerProbe::failureOnTheProbeTellsNothing()
{
    can(kInfo, kInfo49);
    m_server->setFault(kProviders, FakeLangBotServer::Fault::Html502);
    ServerProbe probe(m_client.get());
    QVERIFY(runProbe(probe));
    QCOMPARE(probe.error().category(), ApiError::Category::Server);
    QCOMPARE(probe.features().generation, ApiGeneration::Unknown);
    QCOMPARE(m_client->features().generation, ApiGeneration::Unknown);
}

void TestServerProbe::withoutCredentialsSystemInfoDecides()
{
    m_client->setCredential(ConnectionSettings::AuthMode::None, {});
    can(kInfo, kInfo41011);
    ServerProbe probe(m_client.get());
    QVERIFY(runProbe(probe));
    QVERIFY2(!probe.error(), qPrintable(probe.error().message()));
    QCOMPARE(probe.features().generation, ApiGeneration::Workspaces);
    QCOMPARE(probe.features().version.text(), QStringLiteral("v4.10.11"));
    QCOMPARE(probe.permissions().source(), Permissions::Source::Assumed);
    QCOMPARE(probe.systemInfo().value(QLatin1String("invitation_delivery")).toString(), QStringLiteral("email"));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestServerProbe::cancel()
{
    can(kInfo, kInfo49);
    m_server->setLatency(kProviders, 2000);
    ServerProbe probe(m_client.get());
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    QTRY_COMPARE(m_server->requestCount(kProviders), 1);
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(probe.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(probe.error().category(), ApiError::Category::Cancelled);
    probe.cancel(); // twice: nothing more
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_client->runningCalls(), 0);
    QCOMPARE(m_client->features().generation, ApiGeneration::Unknown);
}

void TestServerProbe::deletingStopsWithoutFinished()
{
    m_server->setLatency(kInfo, 2000);
    auto probe = std::make_unique<ServerProbe>(m_client.get());
    QSignalSpy finished(probe.get(), &ServerProbe::finished);
    probe->start();
    QTRY_COMPARE(m_server->requestCount(kInfo), 1);
    probe.reset();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_client->runningCalls(), 0);
}

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
