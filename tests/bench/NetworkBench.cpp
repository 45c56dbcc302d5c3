#include "NetworkBench.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "model/LlmTableModel.h"
#include "testing/TestRunner.h"
#include "transfer/ImportPlan.h"
#include "transfer/ImportRunner.h"
#include "transfer/ModelsDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <optional>

namespace bench {

namespace {

const QString kApiKey = QStringLiteral("lbk_demo_console_key");
const QString kModels = QStringLiteral("/api/v1/provider/models/llm");

QString scriptPath(const char *name)
{
    return QStringLiteral(LANGBOT_BENCH_DIR "/") + QLatin1String(name);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

lb::ConnectionSettings settingsFor(const QUrl &url)
{
    lb::ConnectionSettings s;
    s.baseUrl = url;
    s.authMode = lb::ConnectionSettings::AuthMode::ApiKey;
    s.secret = kApiKey;
    s.timeout = std::chrono::seconds(120);
    s.testTimeout = std::chrono::seconds(120);
    return s;
}

// Runs the event loop until done() (the bench's own driver, not product code).
template<typename F>
void spinUntil(F &&done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// A call's end; fatal when it failed.
void await(lb::ApiCall *call)
{
    bool finished = false;
    QObject::connect(call, &lb::ApiCall::finished, [&finished, call] {
        if (!call->ok())
            qFatal("%s %s failed: %s", call->method().constData(), qPrintable(call->path()),
                   qPrintable(call->error().message()));
        finished = true;
    });
    spinUntil([&] { return finished; });
}

// One request of the bench's own to the reference server (its set-up routes).
QJsonObject adminCall(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", kApiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = method == "GET"
        ? nam.get(request)
        : nam.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer.value(QLatin1String("data")).toObject();
}

// The plain client's JSON line, or an empty object when it failed.
QJsonObject plainClient(const QString &python, const QStringList &arguments)
{
    if (python.isEmpty())
        return {};
    QProcess process;
    process.start(python, QStringList{scriptPath("plain_client.py")} + arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        qWarning("plain client failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
}

// --- the table ------------------------------------------------------------

struct NetRow
{
    QString what;
    QStringList figures; // one per server
    QString target;
};
QList<NetRow> netRows;

void addRow(QTextStream &out, const QString &what, const QStringList &figures, const QString &target = {})
{
    netRows.append({what, figures, target});
    out << "  " << what << ": " << figures.join(QLatin1String(" | "));
    if (!target.isEmpty())
        out << "  (target " << target << ")";
    out << Qt::endl;
}

QString verdict(bool met)
{
    return met ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

// --- the figures ------------------------------------------------------------

// c=1 on one kept-alive connection, after one warm-up call: the time per call
// of the server's answering at once.
QList<double> perCall(const BenchServer &server, int calls, const QByteArray &method)
{
    lb::ApiClient client(settingsFor(server.url));
    const QString uuid = server.uuids().value(0);
    const QJsonObject update{{QStringLiteral("description"), QStringLiteral("bench")}};
    const auto one = [&] {
        if (method == "POST")
            return client.testModel(uuid);
        if (method == "PUT")
            return client.updateModel(uuid, update);
        return client.getModel(uuid);
    };
    await(one());
    QList<double> times;
    for (int i = 0; i < calls; ++i) {
        QElapsedTimer clock;
        clock.start();
        await(one());
        times << double(clock.nsecsElapsed()) / 1e6;
    }
    return times;
}

void benchPerCall(const QList<BenchServer> &servers, const QString &python, int calls, QTextStream &out)
{
    out << QStringLiteral("per-call overhead, the server answering at once, c=1, %1 calls on a kept-alive "
                          "connection: median / worst")
               .arg(calls)
        << Qt::endl;
    for (const char *verb : {"POST", "PUT", "GET"}) {
        const QByteArray method(verb);
        QStringList figures;
        bool met = true;
        for (const BenchServer &server : servers) {
            server.generate(3);
            const QList<double> times = perCall(server, calls, method);
            met = met && median(times) <= 3.0 && worst(times) <= 15.0;
            figures << QStringLiteral("%1 / %2 ms").arg(median(times), 0, 'f', 2).arg(worst(times), 0, 'f', 1);
        }
        const QString what = method == "POST" ? QStringLiteral("test (POST {})")
            : method == "PUT"                 ? QStringLiteral("update (PUT)")
                                              : QStringLiteral("get (GET)");
        addRow(out, QStringLiteral("console, ") + what, figures,
               QStringLiteral("median <= 3 ms, worst <= 15 ms: ") + verdict(met));
    }
    if (python.isEmpty())
        return;
    QStringList figures;
    for (const BenchServer &server : servers) {
        server.generate(3);
        const QString path = kModels + QLatin1Char('/') + server.uuids().value(0) + QLatin1String("/test");
        const QJsonObject r = plainClient(
            python,
            {QStringLiteral("calls"), server.url.toString(), path, QString::number(calls), QStringLiteral("{}")});
        figures << QStringLiteral("%1 / %2 ms")
                       .arg(r.value(QLatin1String("median_ms")).toDouble(), 0, 'f', 2)
                       .arg(r.value(QLatin1String("worst_ms")).toDouble(), 0, 'f', 1);
    }
    addRow(out, QStringLiteral("plain Python client, test (POST {})"), figures);
}

void benchTestAll(const QList<BenchServer> &servers, int count, int delayMs, int concurrency, QTextStream &out)
{
    QStringList figures;
    bool met = true;
    const double ideal = std::ceil(double(count) / concurrency) * delayMs;
    for (const BenchServer &server : servers) {
        server.generate(count);
        server.setTestDelay(delayMs);
        lb::ApiClient client(settingsFor(server.url));
        lb::TestRunner runner(&client);
        runner.setConcurrency(concurrency);
        bool done = false;
        double slowest = 0;
        int failed = 0;
        QObject::connect(&runner, &lb::TestRunner::batchFinished, [&] { done = true; });
        QObject::connect(&runner, &lb::TestRunner::testFinished, [&](const QString &, const lb::TestOutcome &o) {
            slowest = std::max(slowest, double(o.latencyMs));
            failed += o.state == lb::TestOutcome::State::Ok ? 0 : 1;
        });
        QElapsedTimer clock;
        clock.start();
        runner.start(server.uuids());
        spinUntil([&] { return done; });
        const double wall = double(clock.elapsed());
        const int inFlight = server.maxInFlight();
        server.setTestDelay(0);
        if (failed > 0)
            qFatal("%d tests failed against %s", failed, qPrintable(server.name));
        met = met && wall / ideal <= 1.02;
        figures << QStringLiteral("%1 s = %2× (slowest test %3 ms, %4 in flight)")
                       .arg(wall / 1000, 0, 'f', 2)
                       .arg(wall / ideal, 0, 'f', 3)
                       .arg(slowest, 0, 'f', 0)
                       .arg(inFlight);
    }
    addRow(out,
           QStringLiteral("test all %1 × %2 ms, concurrency %3 (ideal %4 s)")
               .arg(count)
               .arg(delayMs)
               .arg(concurrency)
               .arg(ideal / 1000, 0, 'f', 2),
           figures, concurrency == 8 ? QStringLiteral("<= 1.02×: ") + verdict(met) : QString());
}

// The import's plan: `count` new models into an empty 4.0–4.6 server.
lb::ImportPlan importPlan(const BenchServer &from, int count)
{
    from.generate(count);
    lb::ApiClient client(settingsFor(from.url));
    lb::ApiCall *call = client.listModels();
    QList<lb::LlmModel> listed;
    QObject::connect(call, &lb::ApiCall::finished, [&] { listed = lb::ApiClient::modelsFromCall(call); });
    await(call);
    const lb::ModelsDocument document = lb::ModelsDocument::fromServer(
        listed, lb::ExportSource{QStringLiteral("bench"), from.url, {}}, lb::ExportOptions{true});
    const lb::ModelsDocument::ReadResult read = lb::ModelsDocument::read(document.toJson());
    if (!read.ok())
        qFatal("the bench's document does not read back");
    return lb::ImportPlan::build(read.document.models, {}, lb::ImportOptions{false});
}

void benchImport(const QList<BenchServer> &servers, const QString &python, int count, QTextStream &out)
{
    const lb::ImportPlan plan = importPlan(servers.first(), count);
    QJsonArray bodies;
    for (const lb::ImportRow &row : plan.rows()) {
        if (row.action == lb::ImportAction::Create)
            bodies.append(row.body);
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bodies.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(bodies).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(file));
    f.close();

    QStringList console, plain;
    bool met = true;
    for (const BenchServer &server : servers) {
        server.generate(0);
        lb::ApiClient client(settingsFor(server.url));
        lb::ImportRunner runner(&client);
        bool done = false;
        QObject::connect(&runner, &lb::ImportRunner::finished, [&] { done = true; });
        QElapsedTimer clock;
        clock.start();
        if (!runner.start(plan))
            qFatal("the import did not start");
        spinUntil([&] { return done; });
        const double wall = double(clock.elapsed());
        if (server.modelCount() != count)
            qFatal("%s holds %d models after the import, not %d", qPrintable(server.name), server.modelCount(), count);
        console << QStringLiteral("%1 s").arg(wall / 1000, 0, 'f', 2);
        server.generate(0);
        const QJsonObject r = plainClient(python, {QStringLiteral("creates"), server.url.toString(), file});
        const double plainMs = r.value(QLatin1String("total_ms")).toDouble();
        if (plainMs > 0) {
            met = met && wall / plainMs <= 1.2;
            console.last() += QStringLiteral(" (%1× the plain client)").arg(wall / plainMs, 0, 'f', 2);
            plain << QStringLiteral("%1 s").arg(plainMs / 1000, 0, 'f', 2);
        }
    }
    addRow(out, QStringLiteral("import %1 models into an empty server, console").arg(count), console,
           plain.isEmpty() ? QString() : QStringLiteral("<= 1.2× the plain client: ") + verdict(met));
    if (!plain.isEmpty())
        addRow(out, QStringLiteral("the same, plain Python client (one POST after another)"), plain);
}

void benchList(const QList<BenchServer> &servers, int count, QTextStream &out)
{
    QStringList figures;
    for (const BenchServer &server : servers) {
        server.generate(count);
        lb::ApiClient client(settingsFor(server.url));
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < 3; ++i) {
            QThreadPool::globalInstance()->waitForDone(); // the last round's rows, freed on workers
            lb::LlmTableModel table;
            QElapsedTimer clock;
            clock.start();
            lb::ApiCall *call = client.listModels();
            QObject::connect(call, &lb::ApiCall::finished,
                             [&table, call] { table.setModels(lb::ApiClient::modelsFromCall(call)); });
            await(call);
            times << double(clock.nsecsElapsed()) / 1e6;
            rows = table.rowCount();
        }
        if (rows != count)
            qFatal("expected %d rows from %s, got %d", count, qPrintable(server.name), rows);
        figures << QStringLiteral("%1 ms").arg(median(times), 0, 'f', 1);
    }
    addRow(out, QStringLiteral("list %1 models, request to rows in the table (median of 3)").arg(count), figures);
}

} // namespace

QString findPython(QString *why)
{
    QStringList candidates;
    const QString chosen = qEnvironmentVariable("LANGBOT_BENCH_PYTHON");
    if (!chosen.isEmpty())
        candidates << chosen;
    candidates << QStringLiteral("/usr/bin/python3") << QStandardPaths::findExecutable(QStringLiteral("python3"));
    for (const QString &python : std::as_const(candidates)) {
        if (python.isEmpty())
            continue;
        QProcess check;
        check.start(python, {QStringLiteral("-c"), QStringLiteral("import quart, hypercorn")});
        if (check.waitForFinished(30000) && check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0)
            return python;
    }
    *why = QStringLiteral("no python3 with Quart and Hypercorn (Debian: apt-get install python3-quart "
                          "python3-hypercorn, or scripts/install-deps.sh --tests)");
    return {};
}

ReferenceServer::ReferenceServer(QString python)
    : m_python(std::move(python))
{
}

ReferenceServer::~ReferenceServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ReferenceServer::start(QString *why)
{
    QTcpServer probe; // a free port, handed over
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *why = QStringLiteral("no free port");
        return false;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(m_python, {scriptPath("reference_server.py"), QStringLiteral("--port"), QString::number(port)});
    if (!m_process.waitForStarted(10000)) {
        *why = QStringLiteral("could not start %1: %2").arg(m_python, m_process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && m_process.state() == QProcess::Running) {
        if (adminCall(m_url, "GET", QStringLiteral("/api/v1/system/info")).contains(QLatin1String("version")))
            return true;
        QThread::msleep(100);
    }
    *why = QStringLiteral("reference_server.py did not answer on %1").arg(m_url.toString());
    return false;
}

BenchServer ReferenceServer::control()
{
    const QUrl url = m_url;
    BenchServer s;
    s.name = QStringLiteral("Quart on Hypercorn");
    s.url = url;
    s.generate = [url](int count) {
        adminCall(url, "POST", QStringLiteral("/bench/generate"), {{QStringLiteral("count"), count}});
    };
    s.setTestDelay = [url](int ms) {
        adminCall(url, "POST", QStringLiteral("/bench/test-delay"), {{QStringLiteral("ms"), ms}});
    };
    s.maxInFlight = [url] {
        return adminCall(url, "GET", QStringLiteral("/bench/stats")).value(QLatin1String("max_in_flight")).toInt();
    };
    s.modelCount = [url] {
        return adminCall(url, "GET", QStringLiteral("/bench/stats")).value(QLatin1String("models")).toInt();
    };
    s.uuids = [url] {
        QStringList uuids;
        const QJsonArray models = adminCall(url, "GET", kModels).value(QLatin1String("models")).toArray();
        for (const QJsonValue &m : models)
            uuids << m.toObject().value(QLatin1String("uuid")).toString();
        return uuids;
    };
    return s;
}

void runNetworkBench(const QList<BenchServer> &servers, const QString &python, bool quick, QTextStream &out)
{
    QStringList names;
    for (const BenchServer &server : servers)
        names << server.name;
    out << "network, side by side: " << names.join(QLatin1String(" | ")) << Qt::endl;
    benchPerCall(servers, python, quick ? 20 : 100, out);
    benchTestAll(servers, quick ? 16 : 200, quick ? 50 : 500, 8, out);
    benchTestAll(servers, quick ? 64 : 200, quick ? 50 : 500, 32, out);
    benchImport(servers, python, quick ? 100 : 1000, out);
    benchList(servers, quick ? 1000 : 10000, out);

    out << Qt::endl
        << "| network measure | " << names.join(QLatin1String(" | ")) << " | target |" << Qt::endl
        << "|---|";
    for (qsizetype i = 0; i < servers.size(); ++i)
        out << "---|";
    out << "---|" << Qt::endl;
    for (const NetRow &row : std::as_const(netRows)) {
        QStringList cells = row.figures;
        while (cells.size() < servers.size())
            cells << QString();
        out << "| " << row.what << " | " << cells.join(QLatin1String(" | ")) << " | " << row.target << " |" << Qt::endl;
    }
}

} // namespace bench
