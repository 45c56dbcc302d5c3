// langbot-bench: measures the console's hot paths against the fake LangBot
// server over loopback and prints a table. Targets come from issue 5; the
// program prints them beside the figures and never fails on them.
#include "FakeLangBotServer.h"
#include "NetworkBench.h"
#include "api/ApiClient.h"
#include "api/Envelope.h"
#include "api/ServerProbe.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "testing/TestRunner.h"
#include "workspace/ServerWorkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cmath>

using lb::ApiClient;
using lb::demo::FakeLangBotServer;

namespace {

QTextStream out(stdout);

struct Row
{
    QString what;
    QString figure;
    QString target;
    QString verdict; // "ok", "MISSED", or "" (no target)
};
QList<Row> rows;

void report(const QString &what, const QString &figure, const QString &target = {},
            std::optional<bool> met = std::nullopt)
{
    rows.append({what, figure, target, met ? (*met ? QStringLiteral("ok") : QStringLiteral("MISSED")) : QString()});
    out << "  " << what << ": " << figure;
    if (!target.isEmpty())
        out << "  (target " << target << (met ? (*met ? ", ok" : ", MISSED") : "") << ")";
    out << Qt::endl;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// The fake server runs in its own thread, so serving big answers does not
// count as the console's GUI-thread time.
class ServerThread
{
public:
    ServerThread()
    {
        m_thread.setObjectName(QStringLiteral("fake-server"));
        m_thread.start();
        m_server = new FakeLangBotServer;
        m_server->moveToThread(&m_thread);
        run([this] { m_server->listen(); });
    }
    ~ServerThread()
    {
        run([this] { delete m_server; });
        m_thread.quit();
        m_thread.wait();
    }
    template<typename F>
    void run(F &&f)
    {
        QMetaObject::invokeMethod(m_server ? static_cast<QObject *>(m_server) : nullptr, std::forward<F>(f),
                                  Qt::BlockingQueuedConnection);
    }
    FakeLangBotServer *server() const { return m_server; }
    QUrl url()
    {
        QUrl u;
        run([&] { u = m_server->url(); });
        return u;
    }

private:
    QThread m_thread;
    FakeLangBotServer *m_server = nullptr;
};

lb::ConnectionSettings settingsFor(const QUrl &url)
{
    lb::ConnectionSettings s;
    s.baseUrl = url;
    s.authMode = lb::ConnectionSettings::AuthMode::ApiKey;
    s.secret = FakeLangBotServer::demoApiKey();
    s.timeout = std::chrono::seconds(120);
    s.testTimeout = std::chrono::seconds(120);
    return s;
}

QByteArray fetchRaw(const QUrl &base)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/provider/models/llm"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", FakeLangBotServer::demoApiKey().toUtf8());
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop; // the benchmark's own driver, not product code
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray bytes = reply->readAll();
    reply->deleteLater();
    return bytes;
}

// bytes -> rows, all on this thread: what the console does with an answer
// (the list call's own one-pass check and decode, then the synchronous merge).
void bytesToRows(const QByteArray &bytes, lb::LlmTableModel *table)
{
    const auto decoded
        = lb::decodeEnvelope(200, "application/json", bytes, "GET", QStringLiteral("/api/v1/provider/models/llm"));
    QList<lb::LlmModel> models;
    const QString problem = ApiClient::decodeModels(decoded.data, &models);
    if (decoded.error || !problem.isEmpty())
        qFatal("bad list answer: %s", qPrintable(decoded.error ? decoded.error.message() : problem));
    table->setModels(models);
}

void benchList(ServerThread &st, int count, bool measureStall)
{
    st.run([&] { st.server()->generateModels(count); });
    const QByteArray bytes = fetchRaw(st.url());
    out << QStringLiteral("list %1 models (%2 MB answer)").arg(count).arg(bytes.size() / 1e6, 0, 'f', 1) << Qt::endl;

    QList<double> bare, full;
    for (int i = 0; i < 5; ++i) { // medians of 5: the machine may be shared
        // The last round's tables are freed on worker threads: not in this round.
        QThreadPool::globalInstance()->waitForDone();
        bare << timeMs([&] { (void)QJsonDocument::fromJson(bytes); });
        lb::LlmTableModel table;
        lb::LlmSortFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.sort(lb::LlmTableModel::NameColumn);
        full << timeMs([&] { bytesToRows(bytes, &table); });
        if (table.rowCount() != count)
            qFatal("expected %d rows, got %d", count, table.rowCount());
    }
    const double ratio = median(full) / median(bare);
    report(QStringLiteral("bare QJsonDocument::fromJson"), QStringLiteral("%1 ms").arg(median(bare), 0, 'f', 1));
    report(QStringLiteral("bytes -> rows (sorted proxy)"), QStringLiteral("%1 ms").arg(median(full), 0, 'f', 1));
    report(QStringLiteral("ratio to bare parse"), QStringLiteral("%1x").arg(ratio, 0, 'f', 2),
           count <= 10000 ? QStringLiteral("<= 2.0x") : QString(),
           count <= 10000 ? std::optional<bool>(ratio <= 2.0) : std::nullopt);

    if (!measureStall)
        return;
    // The real path over loopback, as the GUI takes it: the call decodes the
    // answer on a worker thread, applyModels() prepares the rows on a worker
    // and inserts them in batches; modelsApplied() ends it. A 1 ms ticker on
    // this (the GUI) thread: the longest gap between ticks is the longest
    // stall a user would feel. The fake server runs in its own thread.
    QThreadPool::globalInstance()->waitForDone(); // the tables above, freed on workers
    ApiClient client(settingsFor(st.url()));
    lb::LlmTableModel table;
    lb::LlmSortFilterProxy proxy;
    proxy.setSourceModel(&table);
    proxy.sort(lb::LlmTableModel::NameColumn);
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    bool done = false;
    clock.start();
    ticker.start();
    QObject::connect(&table, &lb::LlmTableModel::modelsApplied, [&] { done = true; });
    lb::ApiCall *call = client.listModels();
    QObject::connect(call, &lb::ApiCall::finished, [&, call] {
        if (!call->ok())
            qFatal("list failed: %s", qPrintable(call->error().message()));
        table.applyModels(ApiClient::modelsFromCall(call));
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    const qint64 now = clock.elapsed();
    worst = std::max(worst, now - last);
    if (table.rowCount() != count || proxy.rowCount() != count)
        qFatal("expected %d rows, got %d (proxy %d)", count, table.rowCount(), proxy.rowCount());
    report(QStringLiteral("list over loopback, total"), QStringLiteral("%1 ms").arg(now));
    report(QStringLiteral("longest GUI-thread stall"), QStringLiteral("%1 ms").arg(worst), QStringLiteral("<= 50 ms"),
           worst <= 50);
}

void benchFilter(ServerThread &st)
{
    st.run([&] { st.server()->generateModels(10000); });
    const QByteArray bytes = fetchRaw(st.url());
    lb::LlmTableModel table;
    lb::LlmSortFilterProxy proxy;
    proxy.setSourceModel(&table);
    proxy.sort(lb::LlmTableModel::NameColumn);
    bytesToRows(bytes, &table);
    QThreadPool::globalInstance()->waitForDone(); // what earlier sections left to free
    out << "filter 10000 rows, typing \"openai gpt\" and deleting it again" << Qt::endl;
    const QString typed = QStringLiteral("openai gpt");
    QList<double> perKey;
    for (int i = 1; i <= typed.size(); ++i)
        perKey << timeMs([&] { proxy.setFilterText(typed.left(i)); });
    for (int i = typed.size() - 1; i >= 0; --i)
        perKey << timeMs([&] { proxy.setFilterText(typed.left(i)); });
    const double worst = *std::max_element(perKey.cbegin(), perKey.cend());
    report(QStringLiteral("per keystroke, median"), QStringLiteral("%1 ms").arg(median(perKey), 0, 'f', 2));
    report(QStringLiteral("per keystroke, worst"), QStringLiteral("%1 ms").arg(worst, 0, 'f', 2),
           QStringLiteral("<= 16 ms"), worst <= 16.0);
}

// The built-in fake, for the network figures (NetworkBench.cpp).
bench::BenchServer fakeControl(ServerThread &st)
{
    bench::BenchServer s;
    s.name = QStringLiteral("built-in fake");
    s.url = st.url();
    s.generate = [&st](int count) { st.run([&] { st.server()->generateModels(count); }); };
    s.setTestDelay = [&st](int ms) {
        st.run([&] {
            st.server()->setDefaultTestDelay(ms);
            st.server()->resetCounters();
        });
    };
    s.maxInFlight = [&st] {
        int n = 0;
        st.run([&] { n = st.server()->maxInFlight(); });
        return n;
    };
    s.uuids = [&st] {
        QStringList uuids;
        st.run([&] {
            for (const QJsonObject &m : st.server()->models())
                uuids << m.value(QLatin1String("uuid")).toString();
        });
        return uuids;
    };
    s.modelCount = [&st] {
        int n = 0;
        st.run([&] { n = int(st.server()->models().size()); });
        return n;
    };
    return s;
}

// The list as the console takes it (ServerWorkspace::refresh() to
// listLoaded(), the rows in the table), of count models on a LangBot of that
// version: 4.6 one list; 4.10 the providers and the three type lists in
// parallel. The generation is detected once before (as Session does); medians
// of 3, a fresh workspace each.
void benchWorkspaceList(ServerThread &st, const QString &version, int count)
{
    st.run([&] {
        st.server()->setLangBotVersion(version);
        st.server()->generateModels(count);
    });
    QThreadPool::globalInstance()->waitForDone();
    ApiClient client(settingsFor(st.url()));
    lb::ServerProbe probe(&client);
    bool detected = false;
    QObject::connect(&probe, &lb::ServerProbe::finished, [&] { detected = true; });
    probe.start();
    while (!detected)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (probe.error())
        qFatal("detection failed: %s", qPrintable(probe.error().message()));
    int lists = 0;
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        QThreadPool::globalInstance()->waitForDone(); // the last round's rows, freed on workers
        st.run([&] { st.server()->resetCounters(); });
        lb::ServerWorkspace workspace;
        workspace.setServer(&client, QString());
        bool loaded = false;
        QObject::connect(&workspace, &lb::ServerWorkspace::listLoaded, [&] { loaded = true; });
        QObject::connect(&workspace, &lb::ServerWorkspace::listFailed,
                         [](const lb::ApiError &error) { qFatal("list failed: %s", qPrintable(error.message())); });
        QElapsedTimer clock;
        clock.start();
        workspace.refresh();
        while (!loaded)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        times << double(clock.nsecsElapsed()) / 1e6;
        if (workspace.models()->rowCount() != count)
            qFatal("expected %d rows, got %d", count, workspace.models()->rowCount());
        st.run([&] { lists = st.server()->maxInFlight(); });
    }
    report(QStringLiteral("workspace list %1 models, LangBot %2 (%3)")
               .arg(count)
               .arg(version,
                    client.features().hasProviders()
                        ? QStringLiteral("providers + 3 type lists, %1 in flight").arg(lists)
                        : QStringLiteral("one list")),
           QStringLiteral("%1 ms").arg(median(times), 0, 'f', 1));
    st.run([&] { st.server()->setLangBotVersion(QStringLiteral("4.6")); });
}

// --- the real console, as a child process --------------------------------
// langbot-console-probe --url <fake server> (the console with the probe, see
// ConsoleProbe.cpp): it prints when its first frame is shown, and its VmRSS
// once the list is in the table, then quits. Fresh HOME and XDG directories
// per run: no profiles, no saved lists, no test history.

struct ConsoleRun
{
    double firstFrameMs = -1;     // in the child, from its process start (10 ms steps)
    double firstFrameWallMs = -1; // here, from QProcess::start() to the line
    double loadedWallMs = -1;     // here, from QProcess::start() to "models="
    qint64 rssKb = -1;
    qint64 anonKb = -1; // of which anonymous (heap, stacks)
    qint64 fileKb = -1; // and file-backed (libraries, fonts)
    int models = -1;
    QString error;
};

ConsoleRun runConsole(const QString &exe, const QUrl &url, const QProcessEnvironment &base, int timeoutMs)
{
    ConsoleRun run;
    QTemporaryDir home;
    if (!home.isValid()) {
        run.error = QStringLiteral("no temporary directory");
        return run;
    }
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString name = QString::fromLatin1(dir);
        const QString path = home.filePath(name.toLower());
        QDir().mkpath(path);
        env.insert(name, path);
    }
    if (!env.contains(QStringLiteral("XDG_RUNTIME_DIR"))) { // else Qt warns, and picks /tmp/runtime-$USER
        const QString runtime = home.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }
    env.insert(QStringLiteral("LANGBOT_API_KEY"), FakeLangBotServer::demoApiKey());

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home.path());
    process.setStandardOutputFile(QProcess::nullDevice());
    QByteArray pending, other;
    QElapsedTimer clock;
    bool ended = false;
    QObject::connect(&process, &QProcess::readyReadStandardError, [&] {
        pending += process.readAllStandardError();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            const double now = double(clock.nsecsElapsed()) / 1e6;
            if (line.startsWith("probe: first-frame-ms=")) {
                run.firstFrameMs = line.mid(22).toDouble();
                run.firstFrameWallMs = now;
            } else if (line == "probe: loaded") {
                run.loadedWallMs = now; // the memory line follows once settled
            } else if (line.startsWith("probe: models=")) {
                // "probe: models=N rss-kb=M"
                const QList<QByteArray> parts = line.mid(7).split(' ');
                for (const QByteArray &part : parts) {
                    if (part.startsWith("models="))
                        run.models = part.mid(7).toInt();
                    else if (part.startsWith("rss-kb="))
                        run.rssKb = part.mid(7).toLongLong();
                    else if (part.startsWith("anon-kb="))
                        run.anonKb = part.mid(8).toLongLong();
                    else if (part.startsWith("file-kb="))
                        run.fileKb = part.mid(8).toLongLong();
                }
            } else if (line == "probe: load-failed") {
                run.error = QStringLiteral("the console could not list the models");
            } else if (other.size() < 4000) {
                other += line + '\n';
            }
        }
    });
    QObject::connect(&process, &QProcess::finished, [&] { ended = true; });
    QObject::connect(&process, &QProcess::errorOccurred, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            run.error = QStringLiteral("could not start %1: %2").arg(exe, process.errorString());
            ended = true;
        }
    });
    QTimer wake; // WaitForMoreEvents must come back for the deadline
    wake.start(100);
    clock.start();
    process.start(exe, {QStringLiteral("--url"), url.toString()});
    while (!ended && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!ended) {
        process.kill();
        process.waitForFinished(5000);
        run.error = QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000);
    } else if (run.error.isEmpty() && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)) {
        run.error = QStringLiteral("exit status %1").arg(process.exitCode());
    } else if (run.error.isEmpty() && (run.firstFrameMs < 0 || run.rssKb < 0)) {
        run.error = QStringLiteral("no probe lines");
    }
    if (!run.error.isEmpty() && !other.isEmpty())
        run.error += QStringLiteral("; its stderr:\n") + QString::fromLocal8Bit(other);
    return run;
}

// An Xvfb of our own for the xcb figures; stops it when destroyed.
class Xvfb
{
public:
    // Empty display() when there is no Xvfb or it does not come up.
    Xvfb()
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (exe.isEmpty())
            return;
        for (int n = 90; n < 110; ++n) {
            const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(n);
            if (QFileInfo::exists(socket) || QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            m_process.setStandardOutputFile(QProcess::nullDevice());
            m_process.setStandardErrorFile(QProcess::nullDevice());
            m_process.start(exe,
                            {QStringLiteral(":%1").arg(n), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                             QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x1024x24")});
            if (!m_process.waitForStarted(5000))
                return;
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 10000 && m_process.state() == QProcess::Running) {
                if (QFileInfo::exists(socket)) {
                    m_display = QStringLiteral(":%1").arg(n);
                    return;
                }
                QThread::msleep(20);
            }
            stop();
        }
    }
    ~Xvfb() { stop(); }
    QString display() const { return m_display; }

private:
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_display.clear();
    }
    QProcess m_process;
    QString m_display;
};

void benchConsole(ServerThread &st, const QString &exe, int count, int runs, bool xcb)
{
    st.run([&] { st.server()->generateModels(count); });
    const QUrl url = st.url();
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.remove(QStringLiteral("LANGBOT_API_KEY"));
    base.remove(QStringLiteral("QT_SCALE_FACTOR"));

    const auto series = [&](const QString &platform, const QProcessEnvironment &env) {
        out << QStringLiteral("console start-up, %1: langbot-console --url (%2 models), one warm-up "
                              "run, then the median of %3")
                   .arg(platform)
                   .arg(count)
                   .arg(runs)
            << Qt::endl;
        QList<double> frame, frameWall, loaded, rss, anon, file;
        for (int i = 0; i <= runs; ++i) {
            const ConsoleRun run = runConsole(exe, url, env, 120000);
            if (!run.error.isEmpty()) {
                out << "  run " << i << " failed: " << run.error << Qt::endl;
                return;
            }
            if (run.models != count) {
                out << "  run " << i << ": the table held " << run.models << " models, not " << count << Qt::endl;
                return;
            }
            if (i == 0)
                continue; // warm-up: the page cache, fontconfig's caches
            frame << run.firstFrameMs;
            frameWall << run.firstFrameWallMs;
            loaded << run.loadedWallMs;
            rss << double(run.rssKb);
            anon << double(run.anonKb);
            file << double(run.fileKb);
        }
        const QString tag = platform == QLatin1String("offscreen") ? QString() : QStringLiteral(", ") + platform;
        // " (lowest–highest)" of the runs, divided by `scale`.
        const auto range = [](const QList<double> &values, double scale = 1, int decimals = 0) {
            return QStringLiteral(" (%1–%2)")
                .arg(*std::min_element(values.cbegin(), values.cend()) / scale, 0, 'f', decimals)
                .arg(*std::max_element(values.cbegin(), values.cend()) / scale, 0, 'f', decimals);
        };
        report(QStringLiteral("start-up to first frame, in the console%1").arg(tag),
               QStringLiteral("%1 ms").arg(median(frame), 0, 'f', 0) + range(frame), QStringLiteral("<= 300 ms"),
               median(frame) <= 300);
        report(QStringLiteral("start-up to first frame, wall from QProcess::start%1").arg(tag),
               QStringLiteral("%1 ms").arg(median(frameWall), 0, 'f', 0) + range(frameWall),
               QStringLiteral("<= 300 ms"), median(frameWall) <= 300);
        report(QStringLiteral("start-up to %1 models in the table, wall%2").arg(count).arg(tag),
               QStringLiteral("%1 ms").arg(median(loaded), 0, 'f', 0) + range(loaded));
        // VmRSS is in kB (KiB); 80 MB here means 80 MiB.
        const double mib = median(rss) / 1024.0;
        report(QStringLiteral("console VmRSS with %1 models in the table%2").arg(count).arg(tag),
               QStringLiteral("%1 MiB").arg(mib, 0, 'f', 1) + range(rss, 1024.0, 1),
               count == 10000 ? QStringLiteral("<= 80 MiB") : QString(),
               count == 10000 ? std::optional<bool>(mib <= 80.0) : std::nullopt);
        report(QStringLiteral("  of which anonymous / file-backed%1").arg(tag),
               QStringLiteral("%1 MiB / %2 MiB")
                   .arg(median(anon) / 1024.0, 0, 'f', 1)
                   .arg(median(file) / 1024.0, 0, 'f', 1));
    };

    QProcessEnvironment offscreen = base;
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    series(QStringLiteral("offscreen"), offscreen);

    if (!xcb)
        return;
    Xvfb server;
    if (server.display().isEmpty()) {
        out << "  (no Xvfb: no xcb figures)" << Qt::endl;
        return;
    }
    QProcessEnvironment onX = base;
    onX.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    onX.insert(QStringLiteral("DISPLAY"), server.display());
    onX.remove(QStringLiteral("WAYLAND_DISPLAY"));
    onX.remove(QStringLiteral("XAUTHORITY"));
    series(QStringLiteral("xcb (Xvfb)"), onX);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks of langbot-console; prints a table."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Small sizes only (a smoke run)."));
    parser.addOption(quick);
    const QCommandLineOption noConsole(QStringLiteral("no-console"),
                                       QStringLiteral("Do not start langbot-console (start-up and memory figures)."));
    parser.addOption(noConsole);
    const QCommandLineOption consoleOnly(QStringLiteral("console-only"),
                                         QStringLiteral("Only the start-up and memory figures of langbot-console."));
    parser.addOption(consoleOnly);
    const QCommandLineOption noXcb(QStringLiteral("no-xcb"),
                                   QStringLiteral("Start-up and memory with the offscreen platform only, "
                                                  "not also on an Xvfb of its own."));
    parser.addOption(noXcb);
    const QCommandLineOption noReference(QStringLiteral("no-reference"),
                                         QStringLiteral("Network figures against the built-in fake only, not also "
                                                        "against reference_server.py (Quart on Hypercorn)."));
    parser.addOption(noReference);
    const QCommandLineOption networkOnly(QStringLiteral("network-only"),
                                         QStringLiteral("Only the network figures (both servers side by side)."));
    parser.addOption(networkOnly);
    const QCommandLineOption consoleExe(QStringLiteral("console"),
                                        QStringLiteral("The console with the probe to start (default: the "
                                                       "langbot-console-probe built with the bench)."),
                                        QStringLiteral("PATH"), QString::fromUtf8(LANGBOT_CONSOLE_EXE));
    parser.addOption(consoleExe);
    parser.process(app);
    const bool isQuick = parser.isSet(quick);

    ServerThread st;
    out << "langbot-console " LANGBOT_VERSION " benchmarks, Qt " << qVersion() << ", " << QThread::idealThreadCount()
        << " cores" << Qt::endl
        << Qt::endl;

    const bool network = !parser.isSet(consoleOnly);
    if (!parser.isSet(consoleOnly) && !parser.isSet(networkOnly)) {
        benchList(st, isQuick ? 1000 : 10000, false);
        if (!isQuick)
            benchList(st, 100000, true);
        benchFilter(st);
        out << "workspace list (refresh to rows), 4.6 beside 4.10" << Qt::endl;
        benchWorkspaceList(st, QStringLiteral("4.6"), isQuick ? 1000 : 10000);
        benchWorkspaceList(st, QStringLiteral("4.10"), isQuick ? 1000 : 10000);
    }
    if (!parser.isSet(noConsole) && !parser.isSet(networkOnly))
        benchConsole(st, parser.value(consoleExe), isQuick ? 1000 : 10000, isQuick ? 2 : 5, !parser.isSet(noXcb));

    if (!rows.isEmpty()) {
        out << Qt::endl << "| measure | figure | target | |" << Qt::endl << "|---|---|---|---|" << Qt::endl;
        for (const Row &r : std::as_const(rows))
            out << "| " << r.what << " | " << r.figure << " | " << r.target << " | " << r.verdict << " |" << Qt::endl;
    }
    if (network) {
        // Last, after the table above: the network figures side by side.
        QList<bench::BenchServer> servers{fakeControl(st)};
        QString why;
        const QString python = bench::findPython(&why);
        std::optional<bench::ReferenceServer> reference;
        if (parser.isSet(noReference)) {
            out << Qt::endl << "(--no-reference: the network figures against the built-in fake only)" << Qt::endl;
        } else if (python.isEmpty()) {
            out << Qt::endl
                << "NOTE: no reference server: " << why
                << ". The network figures below are against the built-in fake only." << Qt::endl;
        } else {
            reference.emplace(python);
            if (reference->start(&why))
                servers << reference->control();
            else
                out << Qt::endl << "NOTE: the reference server did not start: " << why << Qt::endl;
        }
        out << Qt::endl;
        bench::runNetworkBench(servers, python, isQuick, out);
    }
    return 0;
}
