#include "Screenshots.h"

#include "AppController.h"
#include "FakeLangBotServer.h"
#include "MainWindow.h"
#include "profiles/ProfileManagerDialog.h"

#include "model/LlmTableModel.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>
#include <QThreadPool>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace lb::gui {

namespace {

Profile sampleProfile(const QString &name, const QString &url, Profile::Environment environment)
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(url);
    profile.environment = environment;
    return profile;
}

void save(QWidget *widget, const QString &file)
{
    const bool saved = widget->grab().save(file);
    if (!saved)
        QTextStream(stderr) << QCoreApplication::translate("lb::gui::Screenshots",
                                                           "Could not save the screenshot to %1")
                                   .arg(file)
                            << Qt::endl;
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace

bool Screenshots::arrangeWindow(AppController &controller, const QString &file, QString *error)
{
    if (!controller.switchToDemo(error))
        return false;
    const QString demoUrl = controller.demoServer()->url().toString();
    ProfileStore *store = controller.profileStore();
    const QString production = store->add(
        sampleProfile(QStringLiteral("Acme production"), demoUrl, Profile::Environment::Production));
    store->add(sampleProfile(QStringLiteral("Acme staging"),
                             QStringLiteral("https://staging.langbot.acme.example"),
                             Profile::Environment::Staging));
    store->add(sampleProfile(QStringLiteral("Laptop"), QStringLiteral("http://127.0.0.1:5300"),
                             Profile::Environment::Development));
    controller.credentialStore()->keepForSession(production, CredentialStore::Kind::ApiKey,
                                                 demo::FakeLangBotServer::demoApiKey());

    MainWindow *window = controller.window();
    auto pending = std::make_shared<QStringList>();
    auto started = std::make_shared<bool>(false);
    QObject::connect(window, &MainWindow::modelsLoaded, window, [window, started, pending] {
        if (*started)
            return;
        *started = true;
        const QAbstractItemModel *rows = window->findChild<QTableView *>(QStringLiteral("modelTable"))->model();
        for (int row = rows->rowCount() - 1; row >= 0; --row)
            pending->append(rows->index(row, 0).data(LlmTableModel::UuidRole).toString());
        if (pending->isEmpty()) {
            QCoreApplication::exit(1);
            return;
        }
        // The first row last, so the test panel shows it.
        window->selectModel(pending->last());
        for (const QString &uuid : std::as_const(*pending))
            window->testModel(uuid);
    });
    QObject::connect(window, &MainWindow::testFinished, window,
                     [window, file, pending](const QString &uuid) {
                         pending->removeAll(uuid);
                         if (pending->isEmpty()) // let the status bar settle
                             QTimer::singleShot(400, window, [window, file] { save(window, file); });
                     });
    QObject::connect(window, &MainWindow::loadFailed, window, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    return controller.switchTo(production, error);
}

bool Screenshots::arrangeOffline(AppController &controller, const QString &file, QString *error)
{
    if (!controller.switchToDemo(error))
        return false;
    // The staging server: a second demo server that goes away later. It
    // lives as long as the controller.
    auto *server = new demo::FakeLangBotServer(&controller);
    server->loadDemoData();
    if (!server->listen()) {
        if (error)
            *error = server->errorString();
        return false;
    }
    ProfileStore *store = controller.profileStore();
    store->add(sampleProfile(QStringLiteral("Acme production"),
                             QStringLiteral("https://langbot.acme.example"),
                             Profile::Environment::Production));
    const QString staging = store->add(sampleProfile(
        QStringLiteral("Acme staging"), server->url().toString(), Profile::Environment::Staging));
    controller.credentialStore()->keepForSession(staging, CredentialStore::Kind::ApiKey,
                                                 demo::FakeLangBotServer::demoApiKey());

    MainWindow *window = controller.window();
    auto step = std::make_shared<int>(0);
    QObject::connect(window, &MainWindow::modelsLoaded, window, [window, step] {
        if (*step != 0)
            return;
        *step = 1;
        window->testAllModels();
    });
    QObject::connect(window, &MainWindow::testsFinished, window, [window, server, step] {
        if (*step != 1)
            return;
        *step = 2;
        QThreadPool::globalInstance()->waitForDone(); // the saved list is written
        server->close();
        window->refresh();
    });
    QObject::connect(window, &MainWindow::offlineChanged, window, [window, file, step](bool offline) {
        if (!offline || *step != 2)
            return;
        *step = 3;
        const QAbstractItemModel *rows = window->findChild<QTableView *>(QStringLiteral("modelTable"))->model();
        if (rows->rowCount() > 1)
            window->selectModel(rows->index(1, 0).data(LlmTableModel::UuidRole).toString());
        // Let the chips count and the status bar settle.
        QTimer::singleShot(500, window, [window, file] { save(window, file); });
    });
    return controller.switchTo(staging, error);
}

bool Screenshots::arrangeProfileManager(AppController &controller, const QString &file,
                                        QString *error)
{
    if (!controller.switchToDemo(error))
        return false;
    const QString demoUrl = controller.demoServer()->url().toString();
    ProfileStore *store = controller.profileStore();
    store->add(sampleProfile(QStringLiteral("Acme production"),
                             QStringLiteral("https://langbot.acme.example/langbot"),
                             Profile::Environment::Production));
    store->add(sampleProfile(QStringLiteral("Acme staging"),
                             QStringLiteral("https://staging.langbot.acme.example"),
                             Profile::Environment::Staging));
    const QString local = store->add(sampleProfile(QStringLiteral("Local LangBot"), demoUrl,
                                                   Profile::Environment::Development));
    Profile research = sampleProfile(QStringLiteral("Research lab"),
                                     QStringLiteral("http://10.20.0.15:5300"),
                                     Profile::Environment::Other);
    research.authMode = Profile::AuthMode::UserLogin;
    research.userEmail = QStringLiteral("admin@example.com");
    store->add(research);
    controller.credentialStore()->keepForSession(local, CredentialStore::Kind::ApiKey,
                                                 demo::FakeLangBotServer::demoApiKey());
    if (!controller.switchTo(local, error))
        return false;

    ProfileManagerDialog *dialog = controller.openProfileManager();
    dialog->selectProfile(local);
    QObject::connect(dialog, &ProfileManagerDialog::checkFinished, dialog, [dialog, file] {
        QTimer::singleShot(300, dialog, [dialog, file] { save(dialog, file); });
    });
    // Once the dialog is up and knows where the key is kept.
    QTimer::singleShot(300, dialog, [dialog] { dialog->checkConnection(); });
    return true;
}

} // namespace lb::gui
