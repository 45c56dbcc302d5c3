#include "Screenshots.h"

#include "AppController.h"
#include "FakeLangBotServer.h"
#include "MainWindow.h"
#include "models/ModelDialog.h"
#include "models/ModelEditing.h"
#include "models/ProviderModelDialog.h"
#include "models/ReplaceModelDialog.h"
#include "profiles/ProfileManagerDialog.h"
#include "providers/ProviderDialog.h"
#include "providers/ProvidersPane.h"
#include "providers/ScanModelsDialog.h"
#include "settings/Appearance.h"
#include "transfer/ImportDialog.h"

#include "model/LlmTableModel.h"
#include "model/ModelType.h"
#include "model/Provider.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "workspace/ServerWorkspace.h"
#include "transfer/ModelsDocument.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QTableView>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <functional>
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

bool saveOnly(QWidget *widget, const QString &file)
{
    const bool saved = widget->grab().save(file);
    if (!saved)
        QTextStream(stderr)
            << QCoreApplication::translate("lb::gui::Screenshots", "Could not save the screenshot to %1").arg(file)
            << Qt::endl;
    return saved;
}

// The import document of the demo server's providers and models (format 2:
// the demo is a LangBot 4.10), and the server changed after it: one model
// updated, one gone (created again by the import).
QByteArray importSample(demo::FakeLangBotServer *server)
{
    QList<Provider> providers;
    for (const QJsonObject &provider : server->providers())
        providers.append(Provider(provider));
    QList<LlmModel> records;
    for (const ModelType type : allModelTypes) {
        for (const QJsonObject &model : server->models(type)) {
            LlmModel record(model);
            record.setType(type);
            records.append(record);
        }
    }
    const ModelsDocument document = ModelsDocument::fromServer(
        providers, records, ExportSource{QStringLiteral("Acme staging"), server->url(), server->langBotVersion()},
        ExportOptions{false});
    QList<QJsonObject> llms = server->models(ModelType::Llm);
    for (qsizetype i = llms.size() - 1; i >= 0; --i) {
        const QString name = llms.at(i).value(QLatin1String("name")).toString();
        if (name == QLatin1String("gpt-4o"))
            llms[i].insert(QStringLiteral("extra_args"), QJsonObject{{QStringLiteral("temperature"), 0.2}});
        else if (name == QLatin1String("deepseek-chat"))
            llms.removeAt(i);
    }
    server->setModels(ModelType::Llm, llms);
    return document.toJson();
}

void save(QWidget *widget, const QString &file)
{
    QCoreApplication::exit(saveOnly(widget, file) ? 0 : 1);
}

// The window's sample profiles: a production one served by the demo server
// (returned) and two others.
QString addWindowProfiles(AppController &controller, bool userLogin = false)
{
    const QString demoUrl = controller.demoServer()->url().toString();
    ProfileStore *store = controller.profileStore();
    Profile main = sampleProfile(QStringLiteral("Acme production"), demoUrl, Profile::Environment::Production);
    if (userLogin) { // the server describes its requesters to a signed-in user
        main.authMode = Profile::AuthMode::UserLogin;
        main.userEmail = demo::FakeLangBotServer::demoUser();
    }
    const QString production = store->add(main);
    store->add(sampleProfile(QStringLiteral("Acme staging"), QStringLiteral("https://staging.langbot.acme.example"),
                             Profile::Environment::Staging));
    store->add(sampleProfile(QStringLiteral("Laptop"), QStringLiteral("http://127.0.0.1:5300"),
                             Profile::Environment::Development));
    if (userLogin)
        controller.credentialStore()->keepForSession(production, CredentialStore::Kind::Password,
                                                     demo::FakeLangBotServer::demoPassword());
    else
        controller.credentialStore()->keepForSession(production, CredentialStore::Kind::ApiKey,
                                                     demo::FakeLangBotServer::demoApiKey());
    return production;
}

} // namespace

bool Screenshots::arrangeWindow(AppController &controller, const QString &file, QString *error)
{
    if (!controller.switchToDemo(error))
        return false;
    const QString production = addWindowProfiles(controller);
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
    QObject::connect(window, &MainWindow::testFinished, window, [window, file, pending](const QString &uuid) {
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
    server->setLangBotVersion(demo::FakeLangBotServer::demoVersion());
    server->loadDemoData();
    if (!server->listen()) {
        if (error)
            *error = server->errorString();
        return false;
    }
    ProfileStore *store = controller.profileStore();
    store->add(sampleProfile(QStringLiteral("Acme production"), QStringLiteral("https://langbot.acme.example"),
                             Profile::Environment::Production));
    const QString staging = store->add(
        sampleProfile(QStringLiteral("Acme staging"), server->url().toString(), Profile::Environment::Staging));
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

bool Screenshots::arrangeProfileManager(AppController &controller, const QString &file, QString *error)
{
    if (!controller.switchToDemo(error))
        return false;
    const QString demoUrl = controller.demoServer()->url().toString();
    ProfileStore *store = controller.profileStore();
    store->add(sampleProfile(QStringLiteral("Acme production"), QStringLiteral("https://langbot.acme.example/langbot"),
                             Profile::Environment::Production));
    store->add(sampleProfile(QStringLiteral("Acme staging"), QStringLiteral("https://staging.langbot.acme.example"),
                             Profile::Environment::Staging));
    const QString local
        = store->add(sampleProfile(QStringLiteral("Local LangBot"), demoUrl, Profile::Environment::Development));
    Profile research = sampleProfile(QStringLiteral("Research lab"), QStringLiteral("http://10.20.0.15:5300"),
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
    QObject::connect(dialog, &ProfileManagerDialog::checkFinished, dialog,
                     [dialog, file] { QTimer::singleShot(300, dialog, [dialog, file] { save(dialog, file); }); });
    // Once the dialog is up and knows where the key is kept.
    QTimer::singleShot(300, dialog, [dialog] { dialog->checkConnection(); });
    return true;
}

bool Screenshots::arrangeDialogs(AppController &controller, const QString &dir, QString *error)
{
    if (!controller.switchToDemo(error))
        return false;
    const QString production = addWindowProfiles(controller, true);
    const QString theme = Appearance::keyOf(Appearance::isDark() ? Appearance::Theme::Dark : Appearance::Theme::Light);
    const auto path = [dir, theme](const char *name) {
        return QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name), theme));
    };
    // Saves widget, closes it (not the window) and goes on with next.
    const auto shoot = [path](QWidget *widget, const char *name, std::function<void()> next) {
        QTimer::singleShot(400, widget, [widget, path, name, next] {
            if (!saveOnly(widget, path(name))) {
                QCoreApplication::exit(1);
                return;
            }
            if (qobject_cast<QDialog *>(widget))
                widget->close();
            next();
        });
    };
    MainWindow *window = controller.window();
    // 7. Replacing deepseek-reasoner by deepseek-chat everywhere: the plan; then quit.
    const auto replace = [window, shoot] {
        ServerWorkspace *workspace = window->workspace();
        QString oldUuid, newUuid;
        for (const LlmModel &model : workspace->models()->models()) {
            if (model.name() == QLatin1String("deepseek-reasoner"))
                oldUuid = model.uuid();
            else if (model.name() == QLatin1String("deepseek-chat"))
                newUuid = model.uuid();
        }
        auto *dialog = new ReplaceModelDialog(workspace, oldUuid, QStringLiteral("Acme production"), true, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!dialog->setSuccessor(newUuid)) {
            QCoreApplication::exit(1);
            return;
        }
        dialog->show();
        shoot(dialog, "replace-model", [] { QCoreApplication::exit(0); });
    };
    // 6. A scan of the first provider's endpoint, once it has answered.
    const auto scan = [window, shoot, replace] {
        ProvidersPane *pane = window->providersPane();
        pane->selectProvider(window->workspace()->providers().constFirst().uuid());
        ScanModelsDialog *dialog = pane->openScan();
        if (!dialog) {
            QCoreApplication::exit(1);
            return;
        }
        QObject::connect(dialog, &ScanModelsDialog::scanFinished, dialog,
                         [dialog, shoot, replace] { shoot(dialog, "scan-models", replace); });
    };
    // 5. The first provider's dialog.
    const auto provider = [window, shoot, scan] {
        ProviderDialog *dialog
            = window->providersPane()->openEdit(window->workspace()->providers().constFirst().uuid());
        if (!dialog) {
            QCoreApplication::exit(1);
            return;
        }
        shoot(dialog, "provider-dialog", scan);
    };
    // 4. The import preview, its update selected.
    const auto import = [window, &controller, shoot, provider] {
        auto *dialog = new ImportDialog(window->client(), QStringLiteral("Acme production"), true, window);
        QObject::connect(dialog, &ImportDialog::previewReady, dialog, [dialog, shoot, provider] {
            for (qsizetype i = 0; i < dialog->plan().size(); ++i) {
                if (dialog->plan().row(i).action == ImportAction::Update)
                    dialog->selectRow(i);
            }
            shoot(dialog, "import-preview", provider);
        });
        dialog->show();
        dialog->openDocument(importSample(controller.demoServer()), QStringLiteral("acme-staging-models.json"));
    };
    // 3. The profile manager once it has checked the demo server.
    const auto profiles = [&controller, shoot, import] {
        ProfileManagerDialog *dialog = controller.openProfileManager();
        QObject::connect(dialog, &ProfileManagerDialog::checkFinished, dialog,
                         [dialog, shoot, import] { shoot(dialog, "profiles", import); });
        QTimer::singleShot(300, dialog, [dialog] { dialog->checkConnection(); });
    };
    // 2. A new model's dialog, once its form is ready.
    const auto modelDialog = [&controller, shoot, profiles] {
        ModelDialog *dialog = controller.modelEditing()->openNew();
        if (!dialog) { // LangBot 4.7+: the provider model dialog, ready at once
            shoot(controller.modelEditing()->providerDialog(), "model-dialog", profiles);
            return;
        }
        if (dialog->isReady())
            shoot(dialog, "model-dialog", profiles);
        else
            QObject::connect(dialog, &ModelDialog::ready, dialog,
                             [dialog, shoot, profiles] { shoot(dialog, "model-dialog", profiles); });
    };
    // 1. The window once every model is tested, the first one selected.
    auto step = std::make_shared<int>(0);
    QObject::connect(window, &MainWindow::modelsLoaded, window, [window, step] {
        if (*step != 0)
            return;
        *step = 1;
        const QAbstractItemModel *rows = window->findChild<QTableView *>(QStringLiteral("modelTable"))->model();
        if (rows->rowCount() > 0)
            window->selectModel(rows->index(0, 0).data(LlmTableModel::UuidRole).toString());
        window->testAllModels();
    });
    QObject::connect(window, &MainWindow::testsFinished, window, [window, step, shoot, modelDialog] {
        if (*step != 1)
            return;
        *step = 2;
        shoot(window, "window", modelDialog);
    });
    QObject::connect(window, &MainWindow::loadFailed, window, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    return controller.switchTo(production, error);
}

} // namespace lb::gui
