#pragma once

// The fake-server fixtures: FakeLangBotServer (src/demo) on 127.0.0.1 with a
// port chosen by the OS, an ApiClient signed in to it, and a workspace on
// that client. Target langbot_testsupport_server (links langbot_demo).

#include "FakeLangBotServer.h"
#include "api/ApiClient.h"
#include "api/ConnectionSettings.h"
#include "workspace/ServerWorkspace.h"

#include <QString>
#include <QTemporaryDir>

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

// A 403 as a 4.7+ server answers a key that lacks permission:
// {"code":"permission_denied","msg":"Missing Workspace permission: <permission>"}.
demo::FakeLangBotServer::FaultSpec permissionRefusal(const QString &permission = QStringLiteral("resource.view"));

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

// A fake server and a client on it, as members of a test class:
//   class TestFoo : public QObject, protected FakeServerFixture
// startServer() in a test (or init()), stopServer() in cleanup().
class FakeServerFixture
{
public:
    // The demo data; the demo data without providers and models (the
    // requesters stay: a provider create needs them); nothing.
    enum class Data { Demo, DemoWithoutModels, Empty };

    // Listens on 127.0.0.1 (a port the OS chooses) as LangBot version (empty:
    // the server's default, 4.6) with data, and
    // makes a client with the tests' time limits (quickSettings) and apiKey
    // (none when empty: sign in with signIn()). False when that failed
    // (serverError() says why).
    bool startServer(const QString &version = {}, const QString &apiKey = demo::FakeLangBotServer::demoApiKey(),
                     Data data = Data::Demo);
    void stopServer();
    QString serverError() const;

protected:
    std::unique_ptr<demo::FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    QString m_error;
};

// FakeServerFixture with a ServerWorkspace (its cache and history in a
// temporary folder) on the client:
//   class TestFoo : public QObject, protected WorkspaceFixture
class WorkspaceFixture : public FakeServerFixture
{
public:
    // startServer(), then a workspace not yet on the server (so that views
    // can be put on it first: then connectWorkspace()).
    bool startWorkspace(const QString &version, const QString &apiKey = demo::FakeLangBotServer::demoApiKey(),
                        Data data = Data::Demo);
    // Puts the workspace on the client as storageId, then listOnce().
    bool connectWorkspace(const QString &storageId);
    // Refreshes the workspace and waits for the list; false when it did not
    // come.
    bool listOnce();
    void stopWorkspace();

protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerWorkspace> m_workspace;
};

} // namespace lb::testsupport
