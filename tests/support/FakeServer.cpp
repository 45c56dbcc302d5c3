#include "FakeServer.h"

#include "TestSupport.h"
#include "api/ApiCall.h"
#include "model/ModelType.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace lb::testsupport {

ConnectionSettings settingsFor(const demo::FakeLangBotServer &server, bool apiKey)
{
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    if (apiKey) {
        settings.authMode = ConnectionSettings::AuthMode::ApiKey;
        settings.secret = demo::FakeLangBotServer::demoApiKey();
    }
    return settings;
}

demo::FakeLangBotServer::FaultSpec permissionRefusal(const QString &permission)
{
    demo::FakeLangBotServer::FaultSpec refusal;
    refusal.fault = demo::FakeLangBotServer::Fault::Status;
    refusal.status = 403;
    refusal.body
        = R"({"code":"permission_denied","msg":"Missing Workspace permission: )" + permission.toUtf8() + R"("})";
    return refusal;
}

ConnectionSettings quickSettings(const QUrl &url, ConnectionSettings::AuthMode mode, const QString &secret)
{
    using namespace std::chrono_literals;
    ConnectionSettings s;
    s.baseUrl = url;
    s.authMode = mode;
    s.secret = secret;
    s.timeout = 5s;
    s.testTimeout = 10s;
    return s;
}

bool signIn(ApiClient &client)
{
    ApiCall *call = client.login(demo::FakeLangBotServer::demoUser(), demo::FakeLangBotServer::demoPassword());
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(5000) || !call->ok())
        return false;
    client.setCredential(ConnectionSettings::AuthMode::Bearer, ApiClient::stringFromData(call->data(), u"token"_s));
    return true;
}

TestCertificates makeTestCertificates()
{
    using Kind = demo::FakeLangBotServer::TestCertificateKind;
    TestCertificates result;
    const std::pair<demo::FakeLangBotServer::TestCertificate *, Kind> wanted[] = {
        {&result.selfSigned, Kind::SelfSigned}, {&result.expired, Kind::Expired}, {&result.wrongHost, Kind::WrongHost}};
    for (const auto &[certificate, kind] : wanted) {
        *certificate = demo::FakeLangBotServer::makeTestCertificate(kind);
        if (certificate->isNull() && result.error.isEmpty())
            result.error
                = certificate->error.isEmpty() ? u"a test certificate could not be made"_s : certificate->error;
    }
    return result;
}

bool FakeServerFixture::startServer(const QString &version, const QString &apiKey, Data data)
{
    stopServer();
    m_server = std::make_unique<demo::FakeLangBotServer>();
    if (!version.isEmpty() && !m_server->setLangBotVersion(version)) {
        m_error = u"the fake server does not speak LangBot %1"_s.arg(version);
        return false;
    }
    if (data != Data::Empty)
        m_server->loadDemoData();
    if (data == Data::DemoWithoutModels) {
        const bool providers = m_server->features().hasProviders();
        for (const ModelType type : allModelTypes) {
            if (providers || type == ModelType::Llm)
                m_server->setModels(type, {});
        }
        if (providers)
            m_server->setProviders({});
    }
    if (!m_server->listen()) {
        m_error = m_server->errorString();
        return false;
    }
    m_client = std::make_unique<ApiClient>(quickSettings(
        m_server->url(), apiKey.isEmpty() ? ConnectionSettings::AuthMode::None : ConnectionSettings::AuthMode::ApiKey,
        apiKey));
    return true;
}

void FakeServerFixture::stopServer()
{
    m_client.reset();
    m_server.reset();
    m_error.clear();
}

QString FakeServerFixture::serverError() const
{
    return m_error;
}

bool WorkspaceFixture::startWorkspace(const QString &version, const QString &apiKey, Data data)
{
    stopWorkspace();
    if (!startServer(version, apiKey, data))
        return false;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return false;
    }
    m_workspace
        = std::make_unique<ServerWorkspace>(nullptr, m_dir->filePath(u"cache"_s), m_dir->filePath(u"history"_s));
    return true;
}

bool WorkspaceFixture::connectWorkspace(const QString &storageId)
{
    m_workspace->setServer(m_client.get(), storageId);
    return listOnce();
}

bool WorkspaceFixture::listOnce()
{
    QSignalSpy loaded(m_workspace.get(), &ServerWorkspace::listLoaded);
    m_workspace->refresh();
    return awaitOne(loaded);
}

void WorkspaceFixture::stopWorkspace()
{
    m_workspace.reset();
    m_dir.reset();
    stopServer();
}

} // namespace lb::testsupport
