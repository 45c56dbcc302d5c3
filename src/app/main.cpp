// langbot-console: the desktop console, or (with --demo-server) only the
// built-in demo LangBot server, headless. One executable; main() picks
// QCoreApplication or QApplication before constructing either.

#include "AppController.h"
#include "CommandLine.h"
#include "FakeLangBotServer.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "Screenshots.h"
#include "ServerUrl.h"

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
    // The language chosen in File → Preferences, else the system's. Absent
    // translations are not an error: the source strings are English.
    const QString language = lb::gui::Preferences::language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("langbot-console"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
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

// The names of the profiles, for messages.
QString profileNames(const lb::ProfileStore &store)
{
    QStringList names;
    const QList<lb::Profile> profiles = store.profiles();
    for (const lb::Profile &profile : profiles)
        names << QStringLiteral("  ") + profile.name;
    return names.join(QLatin1Char('\n'));
}

} // namespace

int main(int argc, char *argv[])
{
    // `langbot-console VERB ...`: the command line, headless (no display needed).
    if (argc > 1 && lb::cli::isVerb(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication cli(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("langbot-console"));
        QCoreApplication::setOrganizationName(QStringLiteral("LangBot"));
        QCoreApplication::setApplicationVersion(QStringLiteral(LANGBOT_VERSION));
        installTranslators(cli);
        return lb::cli::run(QCoreApplication::arguments());
    }
    // A word that is not an option and not a verb: a typo, not a window.
    if (argc > 1 && argv[1][0] != '-') {
        QTextStream(stderr) << "langbot-console: Unknown command “" << QString::fromLocal8Bit(argv[1])
                            << "”. Commands: " << lb::cli::verbs().join(QLatin1String(", "))
                            << Qt::endl;
        return lb::cli::Usage;
    }

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
                 "It opens the server profile used last; with no profiles yet, the built-in "
                 "demo server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        Main::tr("Open the server profile called NAME (see Server → Manage Profiles…)."),
        Main::tr("NAME"));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        Main::tr("Connect to the LangBot server at URL without saving a profile. The API key is "
                 "read from the environment variable LANGBOT_API_KEY."),
        Main::tr("URL"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Main::tr("Open the built-in demo server (even when --profile or --url is given)."));
    const QCommandLineOption demoServerOption(
        QStringLiteral("demo-server"),
        Main::tr("Run only the demo LangBot server, without a window, until killed."));
    const QCommandLineOption portOption(
        QStringLiteral("port"), Main::tr("Port of --demo-server (default 5300)."), Main::tr("N"),
        QStringLiteral("5300"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Main::tr("For the documentation: show sample profiles (never yours), list and test the "
                 "models of the demo server, save a picture of the window to FILE (PNG) and quit."),
        Main::tr("FILE"));
    const QCommandLineOption profilesShotOption(
        QStringLiteral("screenshot-profiles"),
        Main::tr("For the documentation: save a picture of the profile manager with sample "
                 "profiles to FILE (PNG) and quit."),
        Main::tr("FILE"));
    const QCommandLineOption offlineShotOption(
        QStringLiteral("screenshot-offline"),
        Main::tr("For the documentation: save a picture of the window showing a saved list "
                 "offline (sample profiles, never yours) to FILE (PNG) and quit."),
        Main::tr("FILE"));
    parser.addOptions({profileOption, urlOption, demoOption, demoServerOption, portOption,
                       screenshotOption, profilesShotOption, offlineShotOption});
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
    QGuiApplication::setDesktopFileName(QStringLiteral("app.langbot.Console"));
    // Light, dark or the system's colours (File → Preferences), before any window.
    lb::gui::Appearance::apply(lb::gui::Preferences::theme());

    // Pictures for the documentation never read or write the user's profiles
    // or keychain: a scratch store and session-only secrets.
    const bool screenshot = parser.isSet(screenshotOption) || parser.isSet(profilesShotOption)
        || parser.isSet(offlineShotOption);
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<lb::ProfileStore> scratchStore;
    std::unique_ptr<lb::CredentialStore> scratchCredentials;
    if (screenshot) {
        scratch = std::make_unique<QTemporaryDir>();
        // Test history and saved lists go to the scratch directory too.
        qputenv("XDG_DATA_HOME", QFile::encodeName(scratch->filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(scratch->filePath(QStringLiteral("cache"))));
        scratchStore = std::make_unique<lb::ProfileStore>(
            scratch->filePath(QStringLiteral("profiles.ini")));
        scratchCredentials =
            std::make_unique<lb::CredentialStore>(QStringLiteral("langbot-console-screenshots"));
    }
    AppController controller(scratchStore.get(), scratchCredentials.get());

    QString error;
    bool started = false;
    if (screenshot) {
        const QCommandLineOption &option = parser.isSet(screenshotOption)   ? screenshotOption
                                         : parser.isSet(profilesShotOption) ? profilesShotOption
                                                                            : offlineShotOption;
        const QString file = QFileInfo(parser.value(option)).absoluteFilePath();
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (&option == &screenshotOption)
            started = lb::gui::Screenshots::arrangeWindow(controller, file, &error);
        else if (&option == &profilesShotOption)
            started = lb::gui::Screenshots::arrangeProfileManager(controller, file, &error);
        else
            started = lb::gui::Screenshots::arrangeOffline(controller, file, &error);
    } else if (parser.isSet(demoOption)) {
        started = controller.switchToDemo(&error);
    } else if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        const std::optional<lb::Profile> profile = controller.profileStore()->profileByName(name);
        if (!profile) {
            const QString known = profileNames(*controller.profileStore());
            QTextStream err(stderr);
            err << Main::tr("--profile: there is no profile called “%1”.").arg(name) << Qt::endl;
            if (known.isEmpty())
                err << Main::tr("There are no profiles yet; add one in the console "
                                "(Server → Manage Profiles…).")
                    << Qt::endl;
            else
                err << Main::tr("Known profiles:") << Qt::endl << known << Qt::endl;
            return 2;
        }
        started = controller.switchTo(profile->id, &error);
    } else if (parser.isSet(urlOption)) {
        QUrl url;
        QString reason;
        if (!ServerUrl::parse(parser.value(urlOption), &url, &reason)) {
            QTextStream(stderr) << Main::tr("--url: %1").arg(reason) << Qt::endl;
            return 2;
        }
        ConnectionSettings settings;
        settings.baseUrl = url;
        const QString key = qEnvironmentVariable("LANGBOT_API_KEY").trimmed();
        if (!key.isEmpty()) {
            settings.authMode = ConnectionSettings::AuthMode::ApiKey;
            settings.secret = key;
        }
        controller.connectTo(settings, ServerUrl::displayName(url));
        started = true;
    } else {
        started = controller.start(&error);
    }
    if (!started) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }

    // Pictures for the documentation keep their own size; else the last session's.
    if (!screenshot)
        controller.window()->restoreWindowSettings();
    controller.window()->show();
    return app->exec();
}
