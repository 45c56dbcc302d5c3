// No secret leaves memory: a whole session with known secret strings (sign
// in, create models with API keys, test them, import, export without the
// opt-in, the caches and the history the console keeps), in-process and with
// the real binary, then every file written below a private HOME, every log
// line (debug logging on) and every output is scanned for the secrets.
#include "FakeLangBotServer.h"
#include "api/ApiClient.h"
#include "cache/ModelCache.h"
#include "model/LlmModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/Session.h"
#include "schema/SchemaCache.h"
#include "testing/TestHistory.h"
#include "testing/TestRunner.h"
#include "transfer/ImportRunner.h"
#include "transfer/ModelsDocument.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lb;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

namespace {

// The secrets of the session. Each is unique enough that finding it anywhere
// can only mean it leaked.
const QString kApiKey = QStringLiteral("lbk_SECRET_apikey_7f3a9c41");
const QString kPassword = QStringLiteral("pw-SECRET-9b2e-hunter2");
const QString kUser = QStringLiteral("owner@example.org");
const QStringList kModelKeys = {QStringLiteral("sk-SECRET-model-key-0a1b"), QStringLiteral("sk-SECRET-model-key-2c3d")};
const QString kImportedKey = QStringLiteral("sk-SECRET-imported-key-4e5f");

// Every message of every category, as the app would print it.
QMutex g_logMutex;
QStringList g_log;

void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log << QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : "default"), message);
}

struct Outcome
{
    bool done = false;
    ApiError error;
    QJsonValue data;
};

Outcome await(ApiCall *call, int timeoutMs = 15000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(call, &ApiCall::finished, call, [outcome, call] {
        outcome->done = true;
        outcome->error = call->error();
        outcome->data = call->data();
    });
    if (!QTest::qWaitFor([&] { return outcome->done; }, timeoutMs))
        qWarning("call %s did not finish in %d ms", qPrintable(call->path()), timeoutMs);
    return *outcome;
}

// The secret's forms a file could hold it in: as is, JSON-escaped or
// percent-encoded, base64 (a QSettings @ByteArray or a JWT's payload).
QList<QByteArray> formsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8, QUrl::toPercentEncoding(secret), utf8.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

// "file: secret" for every secret found in the files below dir.
QStringList findSecrets(const QString &dir, const QStringList &secrets)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << QStringLiteral("%1: unreadable").arg(path);
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QString &secret : secrets) {
            for (const QByteArray &form : formsOf(secret)) {
                if (bytes.contains(form))
                    found << QStringLiteral("%1: %2").arg(path, secret);
            }
        }
    }
    return found;
}

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(dir.size() + 1);
    files.sort();
    return files;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void logsNeverCarryCredentials();
    void wholeSessionLeavesNoSecretOnDisk();
    void commandLineLeavesNoSecretOnDisk();

private:
    std::unique_ptr<FakeLangBotServer> newServer() const;
    QTemporaryDir m_home;
    QtMessageHandler m_previous = nullptr;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything the app writes goes below this directory: config (QSettings),
    // cache, data. Set before the first QSettings or QStandardPaths use.
    const QByteArray home = m_home.path().toUtf8();
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/config");
    qputenv("XDG_CACHE_HOME", home + "/cache");
    qputenv("XDG_DATA_HOME", home + "/data");
    qputenv("XDG_STATE_HOME", home + "/state");
    QCoreApplication::setOrganizationName(QStringLiteral("LangBot"));
    QCoreApplication::setApplicationName(QStringLiteral("langbot-console"));

    // Debug logging of the console's own categories on (a user chasing a
    // problem turns it on); every message is kept.
    QLoggingCategory::setFilterRules(QStringLiteral("langbot.*.debug=true"));
    m_previous = qInstallMessageHandler(collect);
}

void TestSecrets::cleanupTestCase()
{
    qInstallMessageHandler(m_previous);
}

std::unique_ptr<FakeLangBotServer> TestSecrets::newServer() const
{
    auto server = std::make_unique<FakeLangBotServer>();
    if (!server->listen())
        return nullptr;
    server->loadDemoData();
    server->addApiKey(kApiKey);
    server->setUser(kUser, kPassword);
    return server;
}

void TestSecrets::logsNeverCarryCredentials()
{
    auto server = newServer();
    QVERIFY(server);
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    // API key in X-API-Key, a login (password in the body), a JWT in
    // Authorization, writes carrying keys, a 401 and a renewal, a redirect.
    ConnectionSettings s;
    s.baseUrl = server->url();
    s.authMode = ConnectionSettings::AuthMode::ApiKey;
    s.secret = kApiKey;
    s.timeout = 5s;
    ApiClient client(s);
    QVERIFY(!await(client.listModels()).error);
    LlmModel model;
    model.setName(QStringLiteral("logged"));
    model.setRequester(QStringLiteral("openai-chat-completions"));
    model.setApiKeys(kModelKeys);
    const Outcome created = await(client.createModel(model.createBody()));
    QVERIFY2(!created.error, qPrintable(created.error.message()));
    const QString uuid = ApiClient::stringFromData(created.data, QStringLiteral("uuid"));
    QVERIFY(!await(client.updateModel(uuid, model.updateBody())).error);
    QVERIFY(!await(client.testUnsavedModel(model.createBody())).error);

    const Outcome login = await(client.login(kUser, kPassword));
    QVERIFY2(!login.error, qPrintable(login.error.message()));
    const QString token = ApiClient::stringFromData(login.data, QStringLiteral("token"));
    QVERIFY(!token.isEmpty());
    client.setCredential(ConnectionSettings::AuthMode::Bearer, token);
    QVERIFY(!await(client.listRequesters()).error);
    server->revokeTokens();
    QString renewed;
    client.setReauthenticator([&client, &renewed](ApiClient::RenewalDone done) {
        ApiCall *call = client.login(kUser, kPassword);
        QObject::connect(call, &ApiCall::finished, &client, [&client, &renewed, call, done] {
            renewed = ApiClient::stringFromData(call->data(), QStringLiteral("token"));
            client.setCredential(ConnectionSettings::AuthMode::Bearer, renewed);
            done(call->ok());
        });
    });
    QVERIFY(!await(client.listModels()).error); // 401, login again, again
    QVERIFY(!renewed.isEmpty());
    QVERIFY(await(client.login(kUser, QStringLiteral("wrong"))).error); // a failure is logged too

    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    // The categories did log: the check below is not vacuous.
    QVERIFY2(log.filter(QStringLiteral("langbot.api")).size() >= 8, qPrintable(log.join(u'\n')));
    const QStringList secrets = QStringList{kApiKey, kPassword, token, renewed} + kModelKeys;
    for (const QString &line : std::as_const(log)) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(line));
        // No header or key field is printed, redacted or not.
        QVERIFY2(!line.contains(QLatin1String("X-API-Key"), Qt::CaseInsensitive), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Bearer "), Qt::CaseInsensitive), qPrintable(line));
    }
}

void TestSecrets::wholeSessionLeavesNoSecretOnDisk()
{
    auto server = newServer();
    QVERIFY(server);
    const QString home = m_home.path();

    // The profile, as the profile manager saves it.
    ProfileStore store;
    Profile profile;
    profile.name = QStringLiteral("Secrets");
    profile.baseUrl = server->url();
    profile.authMode = Profile::AuthMode::UserLogin;
    profile.userEmail = kUser;
    profile.id = store.add(profile);
    QVERIFY(!profile.id.isEmpty());
    store.setLastUsedId(profile.id);
    store.sync();

    // Sign in with the password (kept for the session only).
    Session session(*store.profile(profile.id), nullptr);
    session.provideSecret(kPassword, Session::SecretStorage::SessionOnly);
    QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), 10000);
    ApiClient *client = session.client();
    const QString token = client->settings().secret;
    QVERIFY(!token.isEmpty());

    // Create two models with keys.
    QStringList uuids;
    for (int i = 0; i < 2; ++i) {
        LlmModel model;
        model.setName(QStringLiteral("secret-model-%1").arg(i));
        model.setRequester(QStringLiteral("openai-chat-completions"));
        model.setRequesterConfig({{QStringLiteral("base_url"), QStringLiteral("https://api.example.com/v1")}});
        model.setApiKeys({kModelKeys.at(i)});
        const Outcome created = await(client->createModel(model.createBody()));
        QVERIFY2(!created.error, qPrintable(created.error.message()));
        uuids << ApiClient::stringFromData(created.data, QStringLiteral("uuid"));
    }
    server->setTestBehaviour(uuids.at(1), FakeLangBotServer::TestBehaviour::ProviderError, 0,
                             QStringLiteral("401 Unauthorized"));

    // The list, as the window keeps it offline; the requesters as the edit
    // dialog caches them.
    const Outcome list = await(client->listModels());
    QVERIFY(!list.error);
    const QList<LlmModel> models = ApiClient::modelsFromData(list.data);
    QVERIFY(ModelCache().save(profile.id, models, QStringLiteral("v4.6.5")));
    const Outcome requesters = await(client->listRequesters());
    QVERIFY2(!requesters.error, qPrintable(requesters.error.message()));
    QVERIFY(SchemaCache().save(profile.id, requesters.data, QStringLiteral("v4.6.5")));

    // Test them all; the history keeps the outcomes.
    {
        TestHistory history;
        history.setProfile(profile.id);
        TestRunner runner(client);
        connect(&runner, &TestRunner::testFinished, &history, &TestHistory::record);
        QSignalSpy done(&runner, &TestRunner::batchFinished);
        runner.start(uuids);
        QVERIFY(done.wait(15000));
        QCOMPARE(runner.failedCount(), 1);
        QVERIFY(history.flush());
    }

    // Import a document that carries a key (creates a model with it), with
    // its report; then export without the opt-in.
    const QString exportDir = home + QStringLiteral("/exports");
    QVERIFY(QDir().mkpath(exportDir));
    {
        LlmModel incoming;
        incoming.setName(QStringLiteral("imported"));
        incoming.setRequester(QStringLiteral("openai-chat-completions"));
        incoming.setApiKeys({kImportedKey});
        const ModelsDocument doc = ModelsDocument::fromServer({incoming}, {}, ExportOptions{true});
        const ModelsDocument::ReadResult read = ModelsDocument::read(doc.toJson());
        QVERIFY(read.ok());
        ImportPlan plan = ImportPlan::build(read.document.models, models, ImportOptions{});
        ImportRunner runner(client);
        QSignalSpy finished(&runner, &ImportRunner::finished);
        QVERIFY(runner.start(plan));
        QVERIFY(finished.wait(15000));
        QCOMPARE(runner.report().count(ImportOutcome::Created), 1);
        QString error;
        QVERIFY2(runner.report().save(exportDir + QStringLiteral("/import-report.json"), &error), qPrintable(error));
        QVERIFY2(runner.report().save(exportDir + QStringLiteral("/import-report.txt"), &error), qPrintable(error));
    }
    const Outcome all = await(client->listModels());
    QVERIFY(!all.error);
    const ModelsDocument exported
        = ModelsDocument::fromServer(ApiClient::modelsFromData(all.data),
                                     {profile.name, profile.baseUrl, QStringLiteral("v4.6.5")}, ExportOptions{});
    QString error;
    QVERIFY2(exported.writeFile(exportDir + QStringLiteral("/models.json"), &error), qPrintable(error));
    session.close();

    // The log, as a file the user might attach to a bug report.
    {
        QMutexLocker lock(&g_logMutex);
        QFile log(home + QStringLiteral("/session.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(g_log.join(u'\n').toUtf8());
    }

    // What was written: the app's files exist (the scan is not vacuous)...
    const QStringList files = filesBelow(home);
    for (const QString &expected :
         {QStringLiteral("config/LangBot/langbot-console.conf"), QStringLiteral("exports/models.json"),
          QStringLiteral("exports/import-report.json"), QStringLiteral("session.log")})
        QVERIFY2(files.contains(expected), qPrintable(files.join(u'\n')));
    QVERIFY2(files.filter(QStringLiteral("/models/")).size() == 1, qPrintable(files.join(u'\n')));
    QVERIFY2(files.filter(QStringLiteral("/schemas/")).size() == 1, qPrintable(files.join(u'\n')));
    QVERIFY2(files.filter(QStringLiteral("test-history")).size() == 1, qPrintable(files.join(u'\n')));
    // ...and none holds a secret.
    const QStringList secrets = QStringList{kApiKey, kPassword, token, kImportedKey} + kModelKeys;
    const QStringList leaks = findSecrets(home, secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void TestSecrets::commandLineLeavesNoSecretOnDisk()
{
    auto server = newServer();
    QVERIFY(server);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString dir = home.path();

    // A document with a key to import (it creates a model with that key).
    LlmModel incoming;
    incoming.setName(QStringLiteral("from-the-command-line"));
    incoming.setRequester(QStringLiteral("openai-chat-completions"));
    incoming.setApiKeys({kImportedKey});
    const QString input = dir + QStringLiteral("/in/keys.json");
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/in")));
    QString error;
    QVERIFY(ModelsDocument::fromServer({incoming}, {}, ExportOptions{true}).writeFile(input, &error));

    auto run = [&](const QStringList &args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
        env.insert(QStringLiteral("LANGBOT_API_KEY"), kApiKey);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("langbot.*.debug=true"));
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(dir + QStringLiteral("/out/stdout.log"), QIODevice::Append);
        process.setStandardErrorFile(dir + QStringLiteral("/out/stderr.log"), QIODevice::Append);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(LANGBOT_CONSOLE_BIN),
                      args + QStringList{QStringLiteral("--url"), server->url().toString()});
        // The fake server lives in this thread: wait with the event loop running.
        if (!finished.wait(60000))
            qWarning("langbot-console %s did not finish", qPrintable(args.join(u' ')));
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/out")));
    QCOMPARE(run({QStringLiteral("import"), input, QStringLiteral("--yes"), QStringLiteral("--report"),
                  dir + QStringLiteral("/out/report.json")}),
             0);
    QCOMPARE(run({QStringLiteral("list")}), 0);
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json")}), 0);
    QCOMPARE(run({QStringLiteral("test"), QStringLiteral("--all"), QStringLiteral("--json")}), 1); // a demo model fails
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("-o"), dir + QStringLiteral("/out/models.json")}), 0);
    QVERIFY(QFile::exists(dir + QStringLiteral("/out/models.json")));
    QVERIFY(QFileInfo(dir + QStringLiteral("/out/stderr.log")).size() > 0); // the logs were written

    // The imported key reached the server...
    bool onServer = false;
    for (const QJsonObject &m : server->models())
        onServer = onServer || LlmModel(m).apiKeys().contains(kImportedKey);
    QVERIFY(onServer);
    // ...and no file below HOME but the input holds a secret.
    QFile::remove(input);
    const QStringList demoKeys = [&] {
        QStringList keys;
        for (const QJsonObject &m : server->models())
            keys += LlmModel(m).apiKeys();
        return keys;
    }();
    const QStringList leaks = findSecrets(dir, QStringList{kApiKey} + demoKeys);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
