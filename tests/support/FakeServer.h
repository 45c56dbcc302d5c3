#pragma once

// The fake-server fixture: FakeLangBotServer (src/demo) on 127.0.0.1 with a
// port chosen by the OS, and an ApiClient signed in to it. Target
// langbot_testsupport_server (links langbot_demo).

#include "FakeLangBotServer.h"
#include "api/ApiClient.h"
#include "api/ConnectionSettings.h"

#include <QString>

#include <memory>

namespace lb::testsupport {

// Connection settings for server: its URL and, with apiKey, the demo API key
// (without, no credential: sign in with signIn()).
ConnectionSettings settingsFor(const demo::FakeLangBotServer &server, bool apiKey = true);

// Settings for the server at url with the short time limits of the tests
// (5 s without data, 10 s for a model test) and, by default, the demo API key.
ConnectionSettings quickSettings(const QUrl &url,
                                 ConnectionSettings::AuthMode mode = ConnectionSettings::AuthMode::ApiKey,
                                 const QString &secret = demo::FakeLangBotServer::demoApiKey());

// Signs client in as the demo user (POST /user/auth) and makes it use the
// JWT; false when that failed.
bool signIn(ApiClient &client);

// The three kinds of test certificate of the fake server; error says which
// could not be made, and why.
struct TestCertificates
{
    demo::FakeLangBotServer::TestCertificate selfSigned;
    demo::FakeLangBotServer::TestCertificate expired;
    demo::FakeLangBotServer::TestCertificate wrongHost;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
TestCertificates makeTestCertificates();

// In init(): QVERIFY2(m_fake.start(), qPrintable(m_fake.errorString()));
// in cleanup(): m_fake.stop().
class FakeServerFixture
{
public:
    enum class Data { Demo, Empty };
    enum class Auth { ApiKey, None };

    // Listens on 127.0.0.1 (a port the OS chooses), with the demo models
    // unless Data::Empty, and makes a client with the demo API key unless
    // Auth::None.
    bool start(Data data = Data::Demo, Auth auth = Auth::ApiKey);
    void stop();
    QString errorString() const;

    demo::FakeLangBotServer *server() const { return m_server.get(); }
    ApiClient *client() const { return m_client.get(); }

private:
    std::unique_ptr<demo::FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace lb::testsupport
