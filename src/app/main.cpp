// langbot-console: the desktop console, or (with --demo-server) only the
// built-in demo LangBot server, headless. One executable; main() picks
// QCoreApplication or QApplication before constructing either.

#include "mainwindow/AppController.h"
#include "CommandLine.h"
#include "FakeLangBotServer.h"
#include "mainwindow/MainWindow.h"
#include "settings/Preferences.h"
#include "mainwindow/Screenshots.h"
#include "profiles/ServerUrl.h"

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
#include <QTimer>
#include <QThreadPool>
#include <QTranslator>
#include <QWindow>

#include <cstring>
#include <ctime>
#include <memory>

#include <unistd.h>

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
    const QLocale locale = lb::gui::Preferences::interfaceLocale();
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

// LANGBOT_CONSOLE_PROBE=1, for the benchmark (tests/bench): prints to stderr
//   probe: first-frame-ms=N         once the main window's first frame is
//                                   painted (N: ms since the process started,
//                                   exec and dynamic linking included)
//   probe: loaded                   once the first list is in the table;
//   probe: models=N rss-kb=M anon-kb=A file-kb=F
//                                   the resident memory with it, once settled
//                                   (300 ms later, the worker threads idle),
//                                   and quits;
//   probe: load-failed              if that list fails (exit status 3).
// Nothing else: no URLs, no keys.
namespace probe {

// ms from the start of this process (/proc/self/stat field 22, in clock ticks
// since boot: 10 ms steps) to now; -1 if unknown.
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 2 (the name, in parentheses) may hold spaces: count after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const int index = 22 - 3; // fields.at(0) is field 3
    timespec now{};
    if (fields.size() <= index || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const double startMs = fields.at(index).toDouble() * 1000.0 / ticks;
    return qint64(double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs);
}

// The resident memory from /proc/self/status: "rss-kb=M anon-kb=A file-kb=F"
// (VmRSS, and its anonymous and file-backed parts: heap vs. mapped libraries).
QByteArray memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "rss-kb=-1";
    // procfs files have no size: read them whole, not with atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    const auto kb = [&lines](const QByteArray &name) {
        for (const QByteArray &line : lines) {
            if (line.startsWith(name + ':'))
                return line.mid(name.size() + 1).trimmed().split(' ').value(0);
        }
        return QByteArray("-1");
    };
    return "rss-kb=" + kb("VmRSS") + " anon-kb=" + kb("RssAnon") + " file-kb=" + kb("RssFile");
}

// Watches the window's QWindow for its first Expose: the widgets are painted
// and flushed while that event is handled, so the figure is taken at the
// next turn of the event loop.
class FirstFrame : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed())
            shown();
        return false;
    }
    void shown()
    {
        if (m_seen)
            return;
        m_seen = true;
        QTimer::singleShot(0, this, [this] {
            QTextStream(stderr) << "probe: first-frame-ms=" << msSinceProcessStart() << Qt::endl; // notr
            deleteLater();
        });
    }

private:
    bool m_seen = false;
};

// After show(): the QWindow exists; its Expose is delivered by the event loop.
void install(lb::gui::MainWindow *window)
{
    QWindow *handle = window->windowHandle();
    if (!handle)
        return;
    auto *firstFrame = new FirstFrame(window);
    handle->installEventFilter(firstFrame);
    if (handle->isExposed())
        firstFrame->shown();
    // Queued, and posted events (the table's repaint) sent first.
    QObject::connect(
        window, &lb::gui::MainWindow::modelsLoaded, window,
        [](int count) {
            QTextStream(stderr) << "probe: loaded" << Qt::endl; // notr
            // The steady state: the table painted, the work that follows a
            // list (the saved copy, freeing the old rows) done.
            QTimer::singleShot(300, [count] {
                QThreadPool::globalInstance()->waitForDone(5000);
                QTextStream(stderr) << "probe: models=" << count << ' ' << memory() << Qt::endl; // notr
                QCoreApplication::quit();
            });
        },
        Qt::QueuedConnection);
    // A failed list would never end the run: say so (not why) and quit.
    QObject::connect(
        window, &lb::gui::MainWindow::loadFailed, window,
        [] {
            QTextStream(stderr) << "probe: load-failed" << Qt::endl; // notr
            QCoreApplication::exit(3);
        },
        Qt::QueuedConnection);
}

} // namespace probe

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
        // No translator exists before the application object: English.
        QTextStream(stderr) << "langbot-console: Unknown command “" // notr
                            << QString::fromLocal8Bit(argv[1])
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
    const QCommandLineOption dialogsShotOption(
        QStringLiteral("screenshot-dialogs"),
        Main::tr("For the documentation: save pictures of the window and of the model, import and "
                 "profile dialogs (sample profiles, never yours) in DIR (PNG) and quit."),
        Main::tr("DIR"));
    parser.addOptions({profileOption, urlOption, demoOption, demoServerOption, portOption,
                       screenshotOption, profilesShotOption, offlineShotOption, dialogsShotOption});
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
        || parser.isSet(offlineShotOption) || parser.isSet(dialogsShotOption);
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
    if (parser.isSet(dialogsShotOption)) {
        const QString dir = QFileInfo(parser.value(dialogsShotOption)).absoluteFilePath();
        QDir().mkpath(dir);
        started = lb::gui::Screenshots::arrangeDialogs(controller, dir, &error);
    } else if (screenshot) {
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
    if (qEnvironmentVariable("LANGBOT_CONSOLE_PROBE") == QLatin1String("1"))
        probe::install(controller.window());
    return app->exec();
}
