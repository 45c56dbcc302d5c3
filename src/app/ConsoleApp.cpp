// The program behind langbot-console: the desktop console, the command line
// (with a verb), or (with --demo-server) only the built-in demo LangBot
// server, headless. run() picks QCoreApplication or QApplication before
// constructing either, then wires the objects and runs the event loop.

#include "ConsoleApp.h"

#include "CommandLine.h"
#include "FakeLangBotServer.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Screenshots.h"
#include "profiles/ServerUrl.h"
#include "settings/Preferences.h"

#include "api/ConnectionSettings.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

#include <cstring>
#include <memory>

using lb::ConnectionSettings;
using lb::demo::FakeLangBotServer;
using lb::gui::AppController;
using lb::gui::ServerUrl;

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
        for (const char *option : {"--demo-server", "--version", "-v", "--help", "-h", "--help-all", "-?"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
    }
    return false;
}

void installTranslators(QCoreApplication &app)
{
    // The language chosen in File → Preferences, else the system's. Absent
    // translations are not an error: the source strings are English.
    const QLocale locale = lb::gui::Preferences::interfaceLocale();
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("langbot-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// The LangBot version --demo-server speaks unless --langbot-version says.
const QString kDefaultDemoVersion = FakeLangBotServer::demoVersion();

int runDemoServer(QCoreApplication &app, quint16 port, const QString &version)
{
    FakeLangBotServer server;
    if (!server.setLangBotVersion(version)) {
        QTextStream(stderr) << Main::tr("--langbot-version: “%1” is not a LangBot version (4.6, 4.9, 4.10 or "
                                        "a full one such as 4.10.8).")
                                   .arg(version)
                            << Qt::endl;
        return 2;
    }
    server.loadDemoData();
    if (!server.listen(QHostAddress::LocalHost, port)) {
        QTextStream(stderr)
            << Main::tr("Could not start the demo server on port %1: %2").arg(port).arg(server.errorString())
            << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << Main::tr("Demo LangBot server on %1 — API key: %2")
               .arg(server.url().toString(), FakeLangBotServer::demoApiKey())
        << Qt::endl;
    out << Main::tr("LangBot version: %1").arg(server.langBotVersion()) << Qt::endl;
    if (server.features().hasPermissions())
        out << Main::tr("View-only API key: %1").arg(FakeLangBotServer::demoViewApiKey()) << Qt::endl;
    out << Main::tr("User login: %1, password: %2")
               .arg(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword())
        << Qt::endl;
    return app.exec();
}

// The names of the profiles, for messages.
QString profileNames(const lb::ProfileStore &store)
{
    QStringList names;
    const QList<lb::Profile> profiles = store.profiles();
    for (const lb::Profile &profile : profiles)
        names << QStringLiteral("  ") + profile.name;
    return names.join(QLatin1Char('\n'));
}

// Name, organisation and version: where QSettings and QStandardPaths look.
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("langbot-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("LangBot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LANGBOT_VERSION));
}

// `langbot-console VERB ...`: the command line, headless (no display needed).
int runCommandLine(int argc, char *argv[])
{
    QCoreApplication cli(argc, argv);
    setIdentity();
    installTranslators(cli);
    return lb::cli::run(QCoreApplication::arguments());
}

// The options of the window (and of --demo-server).
struct Options
{
    QCommandLineOption profile{QStringLiteral("profile"),
                               Main::tr("Open the server profile called NAME (see Server → Manage Profiles…)."),
                               Main::tr("NAME")};
    QCommandLineOption url{QStringLiteral("url"),
                           Main::tr("Connect to the LangBot server at URL without saving a profile. The API key is "
                                    "read from the environment variable LANGBOT_API_KEY."),
                           Main::tr("URL")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            Main::tr("Open the built-in demo server (even when --profile or --url is given).")};
    QCommandLineOption demoServer{QStringLiteral("demo-server"),
                                  Main::tr("Run only the demo LangBot server, without a window, until killed.")};
    QCommandLineOption port{QStringLiteral("port"), Main::tr("Port of --demo-server (default 5300)."), Main::tr("N"),
                            QStringLiteral("5300")};
    QCommandLineOption langbotVersion{
        QStringLiteral("langbot-version"),
        Main::tr("The LangBot version --demo-server speaks: 4.6, 4.9 or 4.10 (default %1).").arg(kDefaultDemoVersion),
        Main::tr("VERSION"), kDefaultDemoVersion};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        Main::tr("For the documentation: show sample profiles (never yours), list and test the "
                 "models of the demo server, save a picture of the window to FILE (PNG) and quit."),
        Main::tr("FILE")};
    QCommandLineOption profilesShot{QStringLiteral("screenshot-profiles"),
                                    Main::tr("For the documentation: save a picture of the profile manager with "
                                             "sample profiles to FILE (PNG) and quit."),
                                    Main::tr("FILE")};
    QCommandLineOption offlineShot{QStringLiteral("screenshot-offline"),
                                   Main::tr("For the documentation: save a picture of the window showing a saved "
                                            "list offline (sample profiles, never yours) to FILE (PNG) and quit."),
                                   Main::tr("FILE")};
    QCommandLineOption dialogsShot{
        QStringLiteral("screenshot-dialogs"),
        Main::tr("For the documentation: save pictures of the window and of the model, import and "
                 "profile dialogs (sample profiles, never yours) in DIR (PNG) and quit."),
        Main::tr("DIR")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            Main::tr("A desktop console for the LLM models of LangBot servers.\n"
                     "It opens the server profile used last; with no profiles yet, the built-in "
                     "demo server."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            {profile, url, demo, demoServer, port, langbotVersion, screenshot, profilesShot, offlineShot, dialogsShot});
    }
    // The picture option given, or nullptr.
    const QCommandLineOption *screenshotOption(const QCommandLineParser &parser) const
    {
        for (const QCommandLineOption *option : {&screenshot, &profilesShot, &offlineShot, &dialogsShot}) {
            if (parser.isSet(*option))
                return option;
        }
        return nullptr;
    }
};

int runDemoServerOption(QCoreApplication &app, const QCommandLineParser &parser, const Options &options)
{
    bool ok = false;
    const uint port = parser.value(options.port).toUInt(&ok);
    if (!ok || port > 65535) {
        QTextStream(stderr) << Main::tr("--port needs a number from 0 (any free port) to 65535.") << Qt::endl;
        return 2;
    }
    return runDemoServer(app, quint16(port), parser.value(options.langbotVersion));
}

// Pictures for the documentation never read or write the user's profiles or
// keychain: a scratch store and session-only secrets, test history and saved
// lists in the scratch directory too.
struct Scratch
{
    QTemporaryDir dir;
    lb::ProfileStore store{dir.filePath(QStringLiteral("profiles.ini"))};
    lb::CredentialStore credentials{QStringLiteral("langbot-console-screenshots")};

    Scratch()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(dir.filePath(QStringLiteral("cache"))));
    }
};

bool arrangeScreenshot(AppController &controller, const QCommandLineParser &parser, const Options &options,
                       const QCommandLineOption &option, QString *error)
{
    const QString file = QFileInfo(parser.value(option)).absoluteFilePath();
    if (&option == &options.dialogsShot) { // a folder of pictures
        QDir().mkpath(file);
        return lb::gui::Screenshots::arrangeDialogs(controller, file, error);
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (&option == &options.screenshot)
        return lb::gui::Screenshots::arrangeWindow(controller, file, error);
    if (&option == &options.profilesShot)
        return lb::gui::Screenshots::arrangeProfileManager(controller, file, error);
    return lb::gui::Screenshots::arrangeOffline(controller, file, error);
}

// --profile NAME; false with the exit code when there is no such profile.
bool openProfile(AppController &controller, const QString &name, QString *error, int *exitCode)
{
    const std::optional<lb::Profile> profile = controller.profileStore()->profileByName(name);
    if (profile)
        return controller.switchTo(profile->id, error);
    const QString known = profileNames(*controller.profileStore());
    QTextStream err(stderr);
    err << Main::tr("--profile: there is no profile called “%1”.").arg(name) << Qt::endl;
    if (known.isEmpty())
        err << Main::tr("There are no profiles yet; add one in the console "
                        "(Server → Manage Profiles…).")
            << Qt::endl;
    else
        err << Main::tr("Known profiles:") << Qt::endl << known << Qt::endl;
    *exitCode = 2;
    return false;
}

// --url URL, with the API key from LANGBOT_API_KEY; false on a bad URL.
bool openUrl(AppController &controller, const QString &text, int *exitCode)
{
    QUrl url;
    QString reason;
    if (!ServerUrl::parse(text, &url, &reason)) {
        QTextStream(stderr) << Main::tr("--url: %1").arg(reason) << Qt::endl;
        *exitCode = 2;
        return false;
    }
    ConnectionSettings settings;
    settings.baseUrl = url;
    const QString key = qEnvironmentVariable("LANGBOT_API_KEY").trimmed();
    if (!key.isEmpty()) {
        settings.authMode = ConnectionSettings::AuthMode::ApiKey;
        settings.secret = key;
    }
    controller.connectTo(settings, ServerUrl::displayName(url));
    return true;
}

// Opens what the options ask for; false with the exit code (the error, if
// any, printed).
bool openServer(AppController &controller, const QCommandLineParser &parser, const Options &options, int *exitCode)
{
    QString error;
    bool started = false;
    *exitCode = 1;
    if (const QCommandLineOption *shot = options.screenshotOption(parser))
        started = arrangeScreenshot(controller, parser, options, *shot, &error);
    else if (parser.isSet(options.demo))
        started = controller.switchToDemo(&error);
    else if (parser.isSet(options.profile))
        started = openProfile(controller, parser.value(options.profile), &error, exitCode);
    else if (parser.isSet(options.url))
        started = openUrl(controller, parser.value(options.url), exitCode);
    else
        started = controller.start(&error);
    if (!started && *exitCode == 1)
        QTextStream(stderr) << error << Qt::endl;
    return started;
}

} // namespace

int lb::app::run(int argc, char *argv[], const WindowShown &windowShown)
{
    if (argc > 1 && lb::cli::isVerb(QString::fromLocal8Bit(argv[1])))
        return runCommandLine(argc, argv);
    // A word that is not an option and not a verb: a typo, not a window.
    if (argc > 1 && argv[1][0] != '-') {
        // No translator exists before the application object: English.
        QTextStream(stderr) << "langbot-console: Unknown command “"               // notr
                            << QString::fromLocal8Bit(argv[1]) << "”. Commands: " // notr
                            << lb::cli::verbs().join(QLatin1String(", ")) << Qt::endl;
        return lb::cli::Usage;
    }

    std::unique_ptr<QCoreApplication> app;
    if (runsWithoutWindow(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setIdentity();
    installTranslators(*app);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(*app);
    if (parser.isSet(options.demoServer))
        return runDemoServerOption(*app, parser, options);

    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/langbot-console.svg")));
    QGuiApplication::setApplicationDisplayName(Main::tr("LangBot Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.langbot.Console"));
    // Light, dark or the system's colours (File → Preferences), before any window.
    lb::gui::Appearance::apply(lb::gui::Preferences::theme());

    const bool screenshot = options.screenshotOption(parser) != nullptr;
    const std::unique_ptr<Scratch> scratch = screenshot ? std::make_unique<Scratch>() : nullptr;
    AppController controller(scratch ? &scratch->store : nullptr, scratch ? &scratch->credentials : nullptr);
    if (int exitCode = 0; !openServer(controller, parser, options, &exitCode))
        return exitCode;

    // Pictures for the documentation keep their own size; else the last session's.
    if (!screenshot)
        controller.window()->restoreWindowSettings();
    controller.window()->show();
    if (windowShown)
        windowShown(controller.window());
    return app->exec();
}
