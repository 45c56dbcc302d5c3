// The command line, run as the built binary against the fake server: output,
// JSON, exit codes, and profiles shared through QSettings and the keychain.
#include "ConsoleRun.h"
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using lb::demo::FakeLangBotServer;
using lb::testsupport::writeFile;

using Run = lb::testsupport::ConsoleRun;

class TestCli : public QObject, protected lb::testsupport::FakeServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpForEveryVerb_data();
    void helpForEveryVerb();
    void usageErrors_data();
    void usageErrors();
    void listText();
    void listJsonHasNoKeys();
    void getOneModel();
    void getUnknownModelFails();
    void testAllJson();
    void testRespectsConcurrency();
    void testOnlyPassingExitsZeroQuietly();
    void connectionAndAuthErrors();
    void apiKeyOfAnyFormat();
    void loginFailureHasItsExitCode();
    void serverErrorsHaveTheirExitCodes_data();
    void serverErrorsHaveTheirExitCodes();
    void helpListsExitCodes();
    void listAndGetPrintNoProviderSecrets();
    void exportWritesNoProviderSecrets();
    void importKeepsTheSecretsLeftOut();
    void profilesShareSettingsAndKeychain();
    void exportImportReproducesModels();
    void exportSecretsOnlyOnRequest();
    void badDocumentsSendNothing_data();
    void badDocumentsSendNothing();
    void dryRunWritesNothing();
    void onConflictSkip();
    void productionImportNeedsYes();

private:
    Run run(const QStringList &args, const QString &apiKey = FakeLangBotServer::demoApiKey(),
            const QProcessEnvironment &extra = {});
    QString url() const { return m_server->url().toString(); }

    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LANGBOT_CONSOLE_BIN)), LANGBOT_CONSOLE_BIN);
}

void TestCli::init()
{
    QVERIFY2(startServer(), qPrintable(serverError()));
}

void TestCli::cleanup()
{
    stopServer();
}

Run TestCli::run(const QStringList &args, const QString &apiKey, const QProcessEnvironment &extra)
{
    return lb::testsupport::runConsole(QStringLiteral(LANGBOT_CONSOLE_BIN), m_home.path(), args, apiKey, extra);
}

void TestCli::helpForEveryVerb_data()
{
    QTest::addColumn<QString>("verb");
    for (const char *v : {"list", "get", "export", "import", "test", "profiles", "info", "providers", "models",
                          "create", "update", "delete"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestCli::helpForEveryVerb()
{
    QFETCH(QString, verb);
    const Run r = run({verb, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Usage:") && r.out.contains(verb.toUtf8()) && r.out.contains("Exit codes:"),
             r.out.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("test without models") << QStringList{QStringLiteral("test"), QStringLiteral("--url"),
                                                        QStringLiteral("http://127.0.0.1:1")}
                                         << QByteArray("either model UUIDs or --all");
    QTest::newRow("bad concurrency") << QStringList{QStringLiteral("test"), QStringLiteral("--all"),
                                                    QStringLiteral("--concurrency"), QStringLiteral("99")}
                                     << QByteArray("1 to 32");
    QTest::newRow("get without uuid") << QStringList{QStringLiteral("get")} << QByteArray("exactly one UUID");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")}
                                    << QByteArray("bogus");
    QTest::newRow("profile and url") << QStringList{
        QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--url"),
        QStringLiteral("http://h")} << QByteArray("not both");
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("list"), QStringLiteral("--profile"),
                                                    QStringLiteral("nope")}
                                     << QByteArray("No profile called");
    QTest::newRow("bad url") << QStringList{QStringLiteral("list"), QStringLiteral("--url"), QStringLiteral("ftp://x")}
                             << QByteArray("not an http(s) URL");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("lsit")} << QByteArray("Unknown command");
    // Gotcha 9: "text-embedding" is the requesters' word, not a model type.
    QTest::newRow("requester type id") << QStringList{QStringLiteral("create"), QStringLiteral("--type"),
                                                      QStringLiteral("text-embedding")}
                                       << QByteArray("llm, embedding or rerank");
    QTest::newRow("requester type id in list")
        << QStringList{QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("text-embedding")}
        << QByteArray("llm, embedding, rerank or all");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::listText()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--url"), url()});
    QCOMPARE(r.exitCode, 0);
    for (const QJsonObject &m : m_server->models()) {
        QVERIFY2(r.out.contains(m.value(QLatin1String("name")).toString().toUtf8()), r.out.constData());
        QVERIFY(r.out.contains(m.value(QLatin1String("uuid")).toString().toUtf8()));
    }
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCli::listJsonHasNoKeys()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--url"), url(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray models = r.json().value(QLatin1String("models")).toArray();
    QCOMPARE(models.size(), m_server->models().size());
    for (const QJsonObject &m : m_server->models()) {
        for (const QJsonValue &key : m.value(QLatin1String("api_keys")).toArray())
            QVERIFY2(!r.out.contains(key.toString().toUtf8()), "a key value was printed");
    }
    QJsonObject first;
    for (const QJsonValue &v : models) {
        if (v.toObject().value(QLatin1String("uuid")) == m_server->models().first().value(QLatin1String("uuid")))
            first = v.toObject();
    }
    QCOMPARE(first.value(QLatin1String("api_keys_count")).toInt(),
             m_server->models().first().value(QLatin1String("api_keys")).toArray().size());
    QVERIFY(!first.contains(QLatin1String("api_keys")));
    // Stable: the same answer prints the same bytes.
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--url"), url(), QStringLiteral("--json")}).out, r.out);
}

void TestCli::getOneModel()
{
    const QJsonObject m = m_server->models().at(2);
    const QString uuid = m.value(QLatin1String("uuid")).toString();
    const Run r = run({QStringLiteral("get"), uuid, QStringLiteral("--url"), url()});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject model = r.json().value(QLatin1String("model")).toObject();
    QCOMPARE(model.value(QLatin1String("uuid")).toString(), uuid);
    QCOMPARE(model.value(QLatin1String("name")), m.value(QLatin1String("name")));
    QCOMPARE(model.value(QLatin1String("requester_config")), m.value(QLatin1String("requester_config")));
    QVERIFY(!model.contains(QLatin1String("api_keys")));
}

void TestCli::getUnknownModelFails()
{
    const Run r = run({QStringLiteral("get"), QStringLiteral("no-such-model"), QStringLiteral("--url"), url()});
    QCOMPARE(r.exitCode, 5); // not found
    QVERIFY2(r.err.contains("model not found"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::testAllJson()
{
    int failing = 0;
    const QList<QJsonObject> models = m_server->models();
    for (int i = 0; i < models.size(); ++i) {
        const QString uuid = models[i].value(QLatin1String("uuid")).toString();
        const bool fail = i % 3 == 0;
        failing += fail;
        m_server->setTestBehaviour(
            uuid, fail ? FakeLangBotServer::TestBehaviour::ProviderError : FakeLangBotServer::TestBehaviour::Ok, 20,
            QStringLiteral("provider said no"));
    }
    const Run r = run(
        {QStringLiteral("test"), QStringLiteral("--all"), QStringLiteral("--json"), QStringLiteral("--url"), url()});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QLatin1String("total")).toInt(), models.size());
    QCOMPARE(json.value(QLatin1String("failed")).toInt(), failing);
    QCOMPARE(json.value(QLatin1String("passed")).toInt(), int(models.size()) - failing);
    for (const QJsonValue &v : json.value(QLatin1String("results")).toArray()) {
        const QJsonObject result = v.toObject();
        if (!result.value(QLatin1String("ok")).toBool())
            QVERIFY(result.value(QLatin1String("message")).toString().contains(QLatin1String("provider said no")));
        else
            QVERIFY(result.value(QLatin1String("latency_ms")).toDouble() >= 20);
    }
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress on a pipe
}

void TestCli::testRespectsConcurrency()
{
    m_server->generateModels(12);
    m_server->setDefaultTestDelay(150);
    const Run r = run({QStringLiteral("test"), QStringLiteral("--all"), QStringLiteral("--concurrency"),
                       QStringLiteral("3"), QStringLiteral("--url"), url()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->maxInFlight(), 3);
    QVERIFY(r.out.contains("12 tested, 12 passed, 0 failed."));
}

void TestCli::testOnlyPassingExitsZeroQuietly()
{
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 100);
    const Run r = run({QStringLiteral("test"), uuid, QStringLiteral("--url"), url()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("✓"), r.out.constData());
    QVERIFY(r.err.isEmpty());
}

void TestCli::connectionAndAuthErrors()
{
    const Run badKey = run({QStringLiteral("list"), QStringLiteral("--url"), url()}, QStringLiteral("lbk_wrong"));
    QCOMPARE(badKey.exitCode, 3);
    QVERIFY2(badKey.err.contains("401"), badKey.err.constData());
    QVERIFY(!badKey.err.contains("lbk_wrong"));

    const quint16 port = m_server->port();
    m_server->close();
    const Run down
        = run({QStringLiteral("list"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(port)});
    QCOMPARE(down.exitCode, 7); // network
    QVERIFY2(down.err.contains("connection refused"), down.err.constData());

    const Run noKey = run({QStringLiteral("list"), QStringLiteral("--url"), url()}, QString());
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY(noKey.err.contains("LANGBOT_API_KEY"));
}

void TestCli::apiKeyOfAnyFormat()
{
    // Gotcha 10: a server's global API key need not start with "lbk_".
    const QString key = QStringLiteral("langbot-global-key-123");
    m_server->addApiKey(key);
    const Run info = run({QStringLiteral("info"), QStringLiteral("--url"), url()}, key);
    QVERIFY2(info.exitCode == 0, info.err.constData());
    QVERIFY2(info.out.contains(m_server->langBotVersion().toUtf8()), info.out.constData());
    const Run list = run({QStringLiteral("list"), QStringLiteral("--url"), url()}, key);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY2(list.out.contains(m_server->models().constFirst().value(QStringLiteral("name")).toString().toUtf8()),
             list.out.constData());
    QVERIFY(!list.out.contains(key.toUtf8()) && !list.err.contains(key.toUtf8()));
}

void TestCli::loginFailureHasItsExitCode()
{
    // A login profile (password in the keychain): the server fails the
    // login itself (9), then cannot be reached (7).
    const QString name = QStringLiteral("cli-login-%1").arg(QCoreApplication::applicationPid());
    QProcessEnvironment password;
    password.insert(QStringLiteral("LANGBOT_PASSWORD"), FakeLangBotServer::demoPassword());
    const Run added = run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"), url(),
                           QStringLiteral("--auth"), QStringLiteral("login"), QStringLiteral("--user"),
                           FakeLangBotServer::demoUser()},
                          QString(), password);
    QVERIFY2(added.exitCode == 0, added.err.constData());

    m_server->setFault(QStringLiteral("POST /api/v1/user/auth"), FakeLangBotServer::Fault::Error500New);
    const Run failing = run({QStringLiteral("list"), QStringLiteral("--profile"), name}, QString());
    QCOMPARE(failing.exitCode, 9);
    QVERIFY2(failing.err.contains("500"), failing.err.constData());
    QVERIFY(!failing.err.contains(FakeLangBotServer::demoPassword().toUtf8()));

    m_server->clearFaults();
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--profile"), name}, QString()).exitCode, 0);
    m_server->close();
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--profile"), name}, QString()).exitCode, 7);
    QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("remove"), name}).exitCode, 0);
}

void TestCli::serverErrorsHaveTheirExitCodes_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    using F = FakeLangBotServer::Fault;
    QTest::newRow("403 permission")
        << int(F::Status) << 403
        << QByteArray(R"({"code":"permission_denied","msg":"Missing Workspace permission: resource.view"})") << 4;
    QTest::newRow("404 envelope") << int(F::Status) << 404
                                  << QByteArray(R"({"code":"resource_not_found","msg":"Resource not found"})") << 5;
    QTest::newRow("400 rejected") << int(F::Status) << 400 << QByteArray(R"({"code":-1,"msg":"bad input"})") << 6;
    QTest::newRow("409 conflict") << int(F::Status) << 409 << QByteArray(R"({"code":-1,"msg":"conflict"})") << 6;
    QTest::newRow("412 precondition") << int(F::Status) << 412 << QByteArray(R"({"code":-1,"msg":"changed"})") << 6;
    QTest::newRow("HTML page") << int(F::HtmlPage) << 200 << QByteArray() << 8;
    QTest::newRow("500 legacy") << int(F::Error500Legacy) << 500 << QByteArray() << 9;
    QTest::newRow("500 opaque") << int(
        F::Status) << 500 << QByteArray(R"({"code":"internal_error","msg":"Internal server error","request_id":"r-1"})")
                                << 9;
    QTest::newRow("502 proxy page") << int(F::Html502) << 502 << QByteArray() << 9;
}

void TestCli::serverErrorsHaveTheirExitCodes()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault(fault);
    spec.status = status;
    spec.body = body;
    m_server->setFault(QStringLiteral("GET /api/v1/provider/models/llm"), spec);
    const QStringList list{QStringLiteral("list"), QStringLiteral("--url"), url()};
    const QStringList exportToStdout{QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"),
                                     QStringLiteral("-")};
    for (const QStringList &args : {list, exportToStdout}) {
        const Run r = run(args);
        const QString verb = args.first();
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(verb + QLatin1Char(' ') + QString::number(r.exitCode) + QLatin1Char(' ')
                            + QString::fromUtf8(r.err)));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }
}

void TestCli::helpListsExitCodes()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Exit codes:"), r.out.constData());
    for (int code = 0; code <= 9; ++code)
        QVERIFY2(r.out.contains(QByteArray("\n  ") + QByteArray::number(code) + "  "), r.out.constData());
}

namespace {
// A model as a 4.10 server lists it: its provider nested with the provider's
// keys, extra_args with a header and a token, a URL with credentials.
QJsonObject newServerModel()
{
    return QJsonDocument::fromJson(R"({
      "uuid": "7fc1a2b3-0000-4000-8000-000000000001", "name": "gpt-4o", "provider_uuid": "3f0c1d2e",
      "abilities": ["vision"], "context_length": 128000, "reasoning_config": {"level": "provider_default"},
      "prefered_ranking": 0, "created_at": "2026-08-21T04:07:36", "updated_at": "2026-08-21T04:07:36",
      "provider": {"uuid": "3f0c1d2e", "name": "OpenAI", "requester": "openai-chat-completions",
                   "base_url": "https://proxyuser:url-password-1@api.example.org/v1?token=url-token-2",
                   "api_keys": ["sk-provider-key-3", "sk-provider-key-4"]},
      "extra_args": {"temperature": 0.3, "max_tokens": 512,
                     "headers": {"Authorization": "Bearer header-secret-5"},
                     "fallbacks": [{"api_key": "fallback-key-6"}]}})")
        .object();
}

const QList<QByteArray> kNewServerSecrets
    = {"url-password-1", "url-token-2", "sk-provider-key-3", "sk-provider-key-4", "header-secret-5", "fallback-key-6"};
} // namespace

void TestCli::listAndGetPrintNoProviderSecrets()
{
    QList<QJsonObject> models = m_server->models();
    models.append(newServerModel());
    m_server->setModels(models);

    const Run list = run({QStringLiteral("list"), QStringLiteral("--url"), url(), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const Run get = run({QStringLiteral("get"), newServerModel().value(QLatin1String("uuid")).toString(),
                         QStringLiteral("--url"), url()});
    QCOMPARE(get.exitCode, 0);
    for (const QByteArray &secret : kNewServerSecrets) {
        QVERIFY2(!list.out.contains(secret), secret.constData());
        QVERIFY2(!get.out.contains(secret), secret.constData());
    }
    const QJsonObject model = get.json().value(QLatin1String("model")).toObject();
    QCOMPARE(model.value(QLatin1String("name")).toString(), QStringLiteral("gpt-4o"));
    const QJsonObject provider = model.value(QLatin1String("provider")).toObject();
    QCOMPARE(provider.value(QLatin1String("api_keys_count")).toInt(), 2);
    QCOMPARE(provider.value(QLatin1String("base_url")).toString(), QStringLiteral("https://api.example.org/v1"));
    QCOMPARE(model.value(QLatin1String("extra_args")).toObject().value(QLatin1String("max_tokens")).toInt(), 512);
    QCOMPARE(model.value(QLatin1String("redacted")).toArray().size(), 3);
    QVERIFY(
        model.value(QLatin1String("redacted")).toArray().contains(QStringLiteral("extra_args.headers.Authorization")));
    // The list prints the same record.
    bool found = false;
    for (const QJsonValue &v : list.json().value(QLatin1String("models")).toArray())
        found = found || v.toObject() == model;
    QVERIFY(found);
}

void TestCli::exportWritesNoProviderSecrets()
{
    m_server->setModels({newServerModel()});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("models.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"), file}).exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.contains("gpt-4o"));
    for (const QByteArray &secret : kNewServerSecrets)
        QVERIFY2(!bytes.contains(secret), secret.constData());

    // --include-secrets: the model's own extra_args go out, its provider's
    // keys and URL credentials do not.
    const Run secret = run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"),
                            QStringLiteral("-"), QStringLiteral("--include-secrets")});
    QCOMPARE(secret.exitCode, 0);
    QVERIFY(secret.out.contains("header-secret-5"));
    QVERIFY(secret.out.contains("fallback-key-6"));
    for (const QByteArray &providerSecret : kNewServerSecrets.mid(0, 4))
        QVERIFY2(!secret.out.contains(providerSecret), providerSecret.constData());
}

void TestCli::importKeepsTheSecretsLeftOut()
{
    // An export without secrets, imported back over the same model, leaves
    // the server's secret values as they are.
    QList<QJsonObject> models = m_server->models();
    QJsonObject args = models[0].value(QLatin1String("extra_args")).toObject();
    args.insert(QStringLiteral("headers"),
                QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer keep-me")}});
    models[0].insert(QStringLiteral("extra_args"), args);
    m_server->setModels(models);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"), file}).exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("keep-me"));

    models[0].insert(QStringLiteral("description"), QStringLiteral("drifted"));
    m_server->setModels(models);
    m_server->resetCounters();
    const Run r = run({QStringLiteral("import"), file, QStringLiteral("--url"), url()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server->writeRequestCount(), 1);
    const QJsonObject after = m_server->models().first();
    QVERIFY(after.value(QLatin1String("description")).toString() != QStringLiteral("drifted"));
    QCOMPARE(after.value(QLatin1String("extra_args")).toObject(), args);
    QVERIFY(!r.out.contains("keep-me"));

    // Into another server the secret cannot come along: the plan says so.
    FakeLangBotServer empty;
    QVERIFY(empty.listen());
    empty.setModels({});
    const Run dry = run(
        {QStringLiteral("import"), file, QStringLiteral("--url"), empty.url().toString(), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("extra_args.headers.Authorization"), dry.out.constData());
}

void TestCli::profilesShareSettingsAndKeychain()
{
    // Needs the Secret Service of the README's test command (dbus-run-session
    // with an unlocked gnome-keyring), like the console itself.
    const QString name = QStringLiteral("cli-test-%1").arg(QCoreApplication::applicationPid());
    const Run added = run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"), url(),
                           QStringLiteral("--environment"), QStringLiteral("staging")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.out.contains("keychain"));

    // No key on disk: scan the private config dir.
    QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(FakeLangBotServer::demoApiKey().toUtf8()), qPrintable(file.fileName()));
    }

    const Run listed = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray profiles = listed.json().value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).toObject().value(QLatin1String("name")).toString(), name);
    QCOMPARE(profiles.at(0).toObject().value(QLatin1String("environment")).toString(), QStringLiteral("staging"));

    // The key comes from the keychain, not from the environment.
    const Run models
        = run({QStringLiteral("list"), QStringLiteral("--profile"), name, QStringLiteral("--json")}, QString());
    QVERIFY2(models.exitCode == 0, models.err.constData());
    QCOMPARE(models.json().value(QLatin1String("models")).toArray().size(), m_server->models().size());

    const Run removed = run({QStringLiteral("profiles"), QStringLiteral("remove"), name});
    QCOMPARE(removed.exitCode, 0);
    const Run after = run({QStringLiteral("list"), QStringLiteral("--profile"), name}, QString());
    QCOMPARE(after.exitCode, 2);
    QVERIFY(after.err.contains("No profile called"));
}

namespace {
} // namespace

void TestCli::exportImportReproducesModels()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("models.json"));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"), file});
    QCOMPARE(exported.exitCode, 0);

    FakeLangBotServer empty;
    QVERIFY(empty.listen());
    empty.setModels({});
    const Run imported = run(
        {QStringLiteral("import"), file, QStringLiteral("--url"), empty.url().toString(), QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(empty.models().size(), m_server->models().size());
    QCOMPARE(empty.writeRequestCount(), int(m_server->models().size()));

    // Field by field, less secrets (and the server's own uuid and times).
    for (const QJsonObject &original : m_server->models()) {
        const QString name = original.value(QLatin1String("name")).toString();
        QJsonObject copy;
        for (const QJsonObject &m : empty.models()) {
            if (m.value(QLatin1String("name")).toString() == name)
                copy = m;
        }
        QVERIFY2(!copy.isEmpty(), qPrintable(name));
        for (auto it = original.begin(); it != original.end(); ++it) {
            if (it.key() == QLatin1String("uuid") || it.key() == QLatin1String("created_at")
                || it.key() == QLatin1String("updated_at") || it.key() == QLatin1String("api_keys"))
                continue;
            QVERIFY2(copy.value(it.key()) == it.value(), qPrintable(name + QLatin1Char('.') + it.key()));
        }
        QVERIFY(copy.value(QLatin1String("api_keys")).toArray().isEmpty());
    }
    const QJsonArray results = imported.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), m_server->models().size());
    for (const QJsonValue &r : results)
        QCOMPARE(r.toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("created"));
}

void TestCli::exportSecretsOnlyOnRequest()
{
    QStringList keys;
    for (const QJsonObject &m : m_server->models()) {
        for (const QJsonValue &k : m.value(QLatin1String("api_keys")).toArray())
            keys << k.toString();
    }
    QVERIFY(!keys.isEmpty());
    const Run plain
        = run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("\"not_exported\": true"));
    for (const QString &key : std::as_const(keys))
        QVERIFY2(!plain.out.contains(key.toUtf8()), "a key was exported without --include-secrets");

    const Run secret = run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"),
                            QStringLiteral("-"), QStringLiteral("--include-secrets")});
    QCOMPARE(secret.exitCode, 0);
    for (const QString &key : std::as_const(keys))
        QVERIFY(secret.out.contains(key.toUtf8()));
    QVERIFY(secret.err.contains("API keys in plain text"));
}

void TestCli::badDocumentsSendNothing_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": ") << QByteArray("line 2");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"something-else","version":1,"models":[]})")
                                  << QByteArray("format");
    QTest::newRow("wrong version") << QByteArray(R"({"format":"langbot-console/models","version":99,"models":[]})")
                                   << QByteArray("version");
    QTest::newRow("no name") << QByteArray(
        R"({"format":"langbot-console/models","version":1,"models":[{"requester":"x"}]})")
                             << QByteArray("models[0].name");
    QTest::newRow("no requester") << QByteArray(
        R"({"format":"langbot-console/models","version":1,"models":[{"name":"x"}]})")
                                  << QByteArray("models[0].requester");
    QTest::newRow("wrong type") << QByteArray(
        R"({"format":"langbot-console/models","version":1,"models":[{"name":"x","requester":"y","requester_config":"z"}]})")
                                << QByteArray("models[0].requester_config");
}

void TestCli::badDocumentsSendNothing()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("bad.json"), document);
    const Run r = run({QStringLiteral("import"), file, QStringLiteral("--url"), url()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::dryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"), file}).exitCode, 0);
    FakeLangBotServer other;
    QVERIFY(other.listen());
    other.generateModels(3);
    const Run r = run(
        {QStringLiteral("import"), file, QStringLiteral("--url"), other.url().toString(), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("create"), r.out.constData());
    QCOMPARE(other.writeRequestCount(), 0);
    QCOMPARE(other.models().size(), 3);
}

void TestCli::onConflictSkip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"), file}).exitCode, 0);
    // The server changes one model after the export: importing with
    // --on-conflict skip leaves it alone.
    QList<QJsonObject> models = m_server->models();
    models[0].insert(QStringLiteral("description"), QStringLiteral("changed on the server"));
    m_server->setModels(models);
    m_server->resetCounters();
    const Run r = run({QStringLiteral("import"), file, QStringLiteral("--url"), url(), QStringLiteral("--on-conflict"),
                       QStringLiteral("skip")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QCOMPARE(m_server->models().first().value(QLatin1String("description")).toString(),
             QStringLiteral("changed on the server"));
    // and with the default policy it is updated
    const Run u = run({QStringLiteral("import"), file, QStringLiteral("--url"), url()});
    QCOMPARE(u.exitCode, 0);
    QCOMPARE(m_server->writeRequestCount(), 1);
    QVERIFY(m_server->models().first().value(QLatin1String("description")).toString()
            != QStringLiteral("changed on the server"));
}

void TestCli::productionImportNeedsYes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--url"), url(), QStringLiteral("-o"), file}).exitCode, 0);
    QList<QJsonObject> models = m_server->models();
    models[0].insert(QStringLiteral("description"), QStringLiteral("drifted"));
    m_server->setModels(models);
    const QString name = QStringLiteral("prod-%1").arg(QCoreApplication::applicationPid());
    QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"), url(),
                  QStringLiteral("--environment"), QStringLiteral("production")})
                 .exitCode,
             0);
    m_server->resetCounters();
    const Run refused = run({QStringLiteral("import"), file, QStringLiteral("--profile"), name}, QString());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QCOMPARE(m_server->writeRequestCount(), 0);
    const Run confirmed
        = run({QStringLiteral("import"), file, QStringLiteral("--profile"), name, QStringLiteral("--yes")}, QString());
    QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
    QCOMPARE(m_server->writeRequestCount(), 1);
    QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("remove"), name}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
