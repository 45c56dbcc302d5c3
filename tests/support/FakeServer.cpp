#include "FakeServer.h"

#include "api/ApiCall.h"

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

bool FakeServerFixture::start(Data data, Auth auth)
{
    stop();
    m_server = std::make_unique<demo::FakeLangBotServer>();
    if (data == Data::Demo)
        m_server->loadDemoData();
    if (!m_server->listen())
        return false;
    m_client = std::make_unique<ApiClient>(settingsFor(*m_server, auth == Auth::ApiKey));
    return true;
}

void FakeServerFixture::stop()
{
    m_client.reset();
    m_server.reset();
}

QString FakeServerFixture::errorString() const
{
    return m_server ? m_server->errorString() : u"the fake server was not started"_s;
}

} // namespace lb::testsupport
