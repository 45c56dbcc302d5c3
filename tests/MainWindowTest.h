#pragma once

// What the main window's tests share (tst_mainwindow, tst_mainwindowtable,
// tst_profileswitching, tst_bulktest, tst_offline): a window model's JSON, and a fixture with the demo
// fake server, a client signed in with the API key and a window opened on
// them under QAbstractItemModelTester; the whole console (profile store,
// credentials, controller) on the demo server (tst_accessibility,
// tst_shortcutsdialog).

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "MainWindowLookup.h"
#include "TestSupport.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace lb::testsupport {

// A model's JSON as a 4.6 server lists it (base URL https://api.example.com/v1,
// one key "sk-test", no abilities).
inline QJsonObject windowModel(const QString &uuid, const QString &name,
                               const QString &requester = QStringLiteral("openai-chat-completions"))
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("requester"), requester},
        {QStringLiteral("requester_config"),
         QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://api.example.com/v1")},
                     {QStringLiteral("timeout"), 120}}},
        {QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-test")}},
        {QStringLiteral("abilities"), QJsonArray{}},
        {QStringLiteral("extra_args"), QJsonObject{}},
        {QStringLiteral("created_at"), QStringLiteral("2025-01-01T10:00:00")},
        {QStringLiteral("updated_at"), QStringLiteral("2025-01-01T10:00:00")},
    };
}

// The window's tests derive from this; initTestCase() calls setUpCase(),
// init() setUp(), cleanup() tearDown().
class MainWindowTest : public QObject
{
protected:
    void setUpCase() { useTestPaths(); }

    void setUp()
    {
        m_server = std::make_unique<demo::FakeLangBotServer>();
        m_server->loadDemoData();
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->models().size() >= 3);
        m_client = std::make_unique<ApiClient>(settingsFor(*m_server));
        gui::MessageBox::setNextAnswer(gui::MessageBox::Answer::Ask);
    }

    void tearDown()
    {
        m_testers.clear();
        m_window.reset();
        m_client.reset();
        m_server.reset();
        gui::MessageBox::setNextAnswer(gui::MessageBox::Answer::Ask);
    }

    // Turns m_server into LangBot version with its demo data, and m_client
    // into a client of it with apiKey (then openWindow()).
    void serveVersion(const QString &version, const QString &apiKey = demo::FakeLangBotServer::demoApiKey())
    {
        QVERIFY(m_server->setLangBotVersion(version));
        m_server->loadDemoData();
        m_client
            = std::make_unique<ApiClient>(quickSettings(m_server->url(), ConnectionSettings::AuthMode::ApiKey, apiKey));
    }

    // Makes a window on m_client, with its models watched.
    void makeWindow()
    {
        m_window = std::make_unique<gui::MainWindow>(m_client.get(), QStringLiteral("Test server"));
        watchModels();
    }

    // Shows the window and waits for the first list.
    bool showAndLoad()
    {
        QSignalSpy loaded(m_window.get(), &gui::MainWindow::modelsLoaded);
        m_window->show();
        return loaded.wait(10000);
    }

    // Starts a window on m_server and waits for the first list.
    bool openWindow()
    {
        makeWindow();
        return showAndLoad();
    }

    // Makes a window without a server, sets client on it as the server
    // storageId named name, shows it and waits for the first list: false
    // when the list failed (or did not come within 10 s).
    bool openOnServer(ApiClient *client, const QString &storageId, const QString &name)
    {
        m_window = std::make_unique<gui::MainWindow>(nullptr, QString());
        gui::ServerIdentity identity;
        identity.key = storageId;
        identity.name = name;
        identity.storageId = storageId;
        QSignalSpy loaded(m_window.get(), &gui::MainWindow::modelsLoaded);
        QSignalSpy failed(m_window.get(), &gui::MainWindow::loadFailed);
        m_window->setServer(client, identity);
        m_window->show();
        QElapsedTimer clock;
        clock.start();
        while (loaded.isEmpty() && failed.isEmpty() && clock.elapsed() < 10000)
            QTest::qWait(10);
        return !loaded.isEmpty();
    }

    // QAbstractItemModelTester on every item model and proxy of the window.
    void watchModels()
    {
        m_testers.clear();
        const QList<QAbstractItemModel *> models{m_window->workspace()->models(), proxy(),
                                                 lookup<QComboBox>(*m_window, QStringLiteral("serverCombo"))->model()};
        for (QAbstractItemModel *model : models) {
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
    }

    LlmSortFilterProxy *proxy() const
    {
        return lookup<LlmSortFilterProxy>(*m_window, QStringLiteral("modelViewProxy"));
    }

    // The Last test cell of uuid's row in the view; invalid when not listed.
    QModelIndex lastTestCell(const QString &uuid) const
    {
        const LlmTableModel *model = m_window->workspace()->models();
        const int row = model->rowOf(uuid);
        if (row < 0)
            return {};
        return proxy()->mapFromSource(model->index(row, LlmTableModel::LastTestColumn));
    }

    QString firstUuidInView() const { return proxy()->index(0, 0).data(LlmTableModel::UuidRole).toString(); }

    QString nameOf(const QString &uuid) const { return m_server->model(uuid).value(QStringLiteral("name")).toString(); }

    std::unique_ptr<demo::FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<gui::MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

// The console as it starts: a profile store in a temporary folder, a
// credential store, and the application controller with its window shown on
// the demo server. In init(): QVERIFY(m_console.start(...)); in cleanup():
// m_console.stop().
class DemoConsole
{
public:
    // service: the credential store's; profiles: stored before the start.
    bool start(const QString &service, const QList<Profile> &profiles = {})
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
        m_credentials = std::make_unique<CredentialStore>(service);
        for (const Profile &profile : profiles)
            m_store->add(profile);
        m_controller = std::make_unique<gui::AppController>(m_store.get(), m_credentials.get());
        QSignalSpy loaded(window(), &gui::MainWindow::modelsLoaded);
        if (!m_controller->switchToDemo())
            return false;
        window()->show();
        return loaded.wait(10000);
    }

    void stop()
    {
        m_controller.reset();
        m_credentials.reset();
        m_store.reset();
        m_dir.reset();
    }

    ProfileStore *store() const { return m_store.get(); }
    CredentialStore *credentials() const { return m_credentials.get(); }
    gui::AppController *controller() const { return m_controller.get(); }
    gui::MainWindow *window() const { return m_controller->window(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<gui::AppController> m_controller;
};

} // namespace lb::testsupport

// What every window test names.
using lb::ApiClient;
using lb::LlmTableModel;
using lb::demo::FakeLangBotServer;
using lb::gui::MainWindow;
using lb::gui::MessageBox;
using lb::testsupport::countText;
using lb::testsupport::lookup;
using lb::testsupport::overlayText;
using lb::testsupport::settingsFor;
using lb::testsupport::windowModel;
using namespace Qt::StringLiterals;
