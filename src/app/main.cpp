// langbot-console: the desktop console, or (with --demo-server) only the
// built-in demo LangBot server, headless. One executable; main() picks
// QCoreApplication or QApplication before constructing either.

#include "ConnectDialog.h"
#include "FakeLangBotServer.h"
#include "MainWindow.h"

#include "api/ApiClient.h"
#include "api/ConnectionSettings.h"
#include "model/LlmTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstring>
#include <memory>

using lb::ApiClient;
using lb::ConnectionSettings;
using lb::demo::FakeLangBotServer;
using lb::gui::ConnectDialog;
using lb::gui::MainWindow;

namespace {

// The translation context of the strings of main().
class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// Options that never show a window: they run without a display.
bool runsWithoutWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        for (const char *option : {"--demo-server", "--version", "-v", "--help", "-h",
                                   "--help-all", "-?"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
    }
    return false;
}

void installTranslators(QCoreApplication &app)
{
    // Absent translations are not an error: the source strings are English.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("langbot-console"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

ConnectionSettings demoSettings(const FakeLangBotServer &server)
{
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.authMode = ConnectionSettings::AuthMode::ApiKey;
    settings.secret = FakeLangBotServer::demoApiKey();
    return settings;
}

int runDemoServer(QCoreApplication &app, quint16 port)
{
    FakeLangBotServer server;
    server.loadDemoData();
    if (!server.listen(QHostAddress::LocalHost, port)) {
        QTextStream(stderr) << Main::tr("Could not start the demo server on port %1: %2")
                                   .arg(port)
                                   .arg(server.errorString())
                            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << Main::tr("Demo LangBot server on %1 — API key: %2")
                               .arg(server.url().toString(), FakeLangBotServer::demoApiKey())
                        << Qt::endl;
    return app.exec();
}

// The GUI's connections: the in-process demo server (started on demand) and
// the client of the server the window shows. Declared before the window so
// the window goes first.
struct Connections
{
    std::unique_ptr<FakeLangBotServer> demoServer;
    std::unique_ptr<ApiClient> client;

    // Starts the in-process demo server if needed; nullptr (and *error) on failure.
    FakeLangBotServer *demo(QString *error)
    {
        if (!demoServer) {
            auto server = std::make_unique<FakeLangBotServer>();
            server->loadDemoData();
            if (!server->listen()) {
                *error = server->errorString();
                return nullptr;
            }
            demoServer = std::move(server);
        }
        return demoServer.get();
    }
};

// --screenshot FILE (for the documentation): once the models are listed,
// test all of them (the first row last, so the test panel shows it), then save
// a picture of the window and quit.
void arrangeScreenshot(MainWindow *window, const QString &file)
{
    auto pending = std::make_shared<QStringList>();
    auto started = std::make_shared<bool>(false);
    QObject::connect(window, &MainWindow::modelsLoaded, window, [window, started, pending] {
        if (*started)
            return;
        *started = true;
        const QAbstractItemModel *rows = window->tableView()->model();
        for (int row = rows->rowCount() - 1; row >= 0; --row)
            pending->append(rows->index(row, 0).data(lb::LlmTableModel::UuidRole).toString());
        if (pending->isEmpty()) {
            QCoreApplication::exit(1);
            return;
        }
        window->selectModel(pending->last());
        for (const QString &uuid : std::as_const(*pending))
            window->testModel(uuid);
    });
    QObject::connect(window, &MainWindow::testFinished, window,
                     [window, file, pending](const QString &uuid) {
        pending->removeAll(uuid);
        if (!pending->isEmpty())
            return;
        // Let the status bar and busy indicator settle before the picture.
        QTimer::singleShot(400, window, [window, file] {
            const bool saved = window->grab().save(file);
            if (!saved)
                QTextStream(stderr) << Main::tr("Could not save the screenshot to %1").arg(file)
                                    << Qt::endl;
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    QObject::connect(window, &MainWindow::loadFailed, window, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (runsWithoutWindow(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("langbot-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("LangBot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LANGBOT_VERSION));
    installTranslators(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("A desktop console for the LLM models of LangBot servers.\n"
           "With no --url it starts against a built-in demo server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        Main::tr("Connect to the LangBot server at URL. The API key is read from the "
           "environment variable LANGBOT_API_KEY."),
        Main::tr("URL"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Main::tr("Use the built-in demo server (even when --url is given)."));
    const QCommandLineOption demoServerOption(
        QStringLiteral("demo-server"),
        Main::tr("Run only the demo LangBot server, without a window, until killed."));
    const QCommandLineOption portOption(
        QStringLiteral("port"), Main::tr("Port of --demo-server (default 5300)."), Main::tr("N"),
        QStringLiteral("5300"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Main::tr("For the documentation: once the models are listed and tested, save a "
                 "picture of the window to FILE (PNG) and quit."),
        Main::tr("FILE"));
    parser.addOptions({urlOption, demoOption, demoServerOption, portOption, screenshotOption});
    parser.process(*app);

    if (parser.isSet(demoServerOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            QTextStream(stderr) << Main::tr("--port needs a number from 0 (any free port) to 65535.")
                                << Qt::endl;
            return 2;
        }
        return runDemoServer(*app, quint16(port));
    }

    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/langbot-console.svg")));
    QGuiApplication::setApplicationDisplayName(Main::tr("LangBot Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("langbot-console"));

    Connections connections;
    ConnectionSettings settings;
    QString serverName;
    if (parser.isSet(urlOption) && !parser.isSet(demoOption)) {
        QUrl url;
        QString reason;
        if (!ConnectDialog::validateUrl(parser.value(urlOption), &url, &reason)) {
            QTextStream(stderr) << Main::tr("--url: %1").arg(reason) << Qt::endl;
            return 2;
        }
        settings.baseUrl = url;
        const QString key = qEnvironmentVariable("LANGBOT_API_KEY").trimmed();
        if (!key.isEmpty()) {
            settings.authMode = ConnectionSettings::AuthMode::ApiKey;
            settings.secret = key;
        }
        serverName = ConnectDialog::displayNameFor(url);
    } else {
        QString error;
        FakeLangBotServer *demo = connections.demo(&error);
        if (!demo) {
            QTextStream(stderr) << Main::tr("Could not start the demo server: %1").arg(error)
                                << Qt::endl;
            return 1;
        }
        settings = demoSettings(*demo);
        serverName = Main::tr("Demo server");
    }
    connections.client = std::make_unique<ApiClient>(settings);

    MainWindow window(connections.client.get(), serverName);

    // File → Connect…: ask, build a new client, hand it to the window.
    QObject::connect(&window, &MainWindow::connectRequested, &window, [&window, &connections] {
        auto *dialog = new ConnectDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Pre-fill with the current server unless it is the demo one.
        if (connections.client
            && (!connections.demoServer
                || connections.client->settings().baseUrl != connections.demoServer->url()))
            dialog->setSettings(connections.client->settings());
        QObject::connect(dialog, &QDialog::accepted, &window, [dialog, &window, &connections] {
            ConnectionSettings next;
            QString name;
            if (dialog->useDemoServer()) {
                QString error;
                FakeLangBotServer *demo = connections.demo(&error);
                if (!demo) {
                    QMessageBox::warning(&window, Main::tr("Demo server"),
                                         Main::tr("Could not start the demo server: %1")
                                             .arg(error));
                    return;
                }
                next = demoSettings(*demo);
                name = Main::tr("Demo server");
            } else {
                next = dialog->settings();
                name = dialog->displayName();
            }
            auto client = std::make_unique<ApiClient>(next);
            window.setClient(client.get(), name);
            if (connections.client)
                connections.client.release()->deleteLater();
            connections.client = std::move(client);
        });
        dialog->open();
    });

    if (parser.isSet(screenshotOption)) {
        const QString file = QFileInfo(parser.value(screenshotOption)).absoluteFilePath();
        QDir().mkpath(QFileInfo(file).absolutePath());
        arrangeScreenshot(&window, file);
    }

    window.show();
    return app->exec();
}
