// The command line against the three API generations (issue 14), run as the
// built binary against the fake server: info, providers, models of every
// type, the view-only key, exit codes, and no secret in any output.
#include "ConsoleRun.h"
#include "FakeLangBotServer.h"
#include "DemoIds.h"
#include "FakeServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lb;
using lb::demo::FakeLangBotServer;
using Run = lb::testsupport::ConsoleRun;

using lb::demoids::kOpenAi;
using lb::demoids::kSiliconFlow; // all three types

class TestCliProviders : public QObject, protected lb::testsupport::FakeServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void info_data();
    void info();
    void providersListAndGetShowNoSecrets_data();
    void providersListAndGetShowNoSecrets();
    void providersOnLegacyServer();
    void providerCreateUpdateDelete_data();
    void providerCreateUpdateDelete();
    void halfSavedProviderIsNamed_data();
    void halfSavedProviderIsNamed();
    void providerInUseIsNotDeleted_data();
    void providerInUseIsNotDeleted();
    void scanHidesDebug_data();
    void scanHidesDebug();
    void modelsOfEveryType_data();
    void modelsOfEveryType();
    void listFiltersByTypeAndProvider();
    void reasoningRuleRefusedBeforeSending();
    void viewOnlyKeyListsAndWritesNothing();
    void forbiddenWriteNamesThePermission();
    void opaqueServerErrorShowsRequestId();
    void testAllOneLinePerModel_data();
    void testAllOneLinePerModel();
    void halfSavedModelIsNamed_data();
    void halfSavedModelIsNamed();
    void modelOnMissingProviderRefused_data();
    void modelOnMissingProviderRefused();
    void createWithoutReadPermission();
    void apiKeyOfAnyFormat();
    void maskedKeyNeverSentToUnmaskingServer();
    void modelHeadersNeverPrinted();

private:
    void serve(const QString &version);
    Run run(QStringList args, const QString &apiKey = FakeLangBotServer::demoApiKey());
    QString writeJson(const QJsonObject &object);
    // Every secret the server holds (provider keys, 4.0–4.6 model keys, the
    // values of every model's extra_args.headers): none may appear in an output.
    QStringList serverKeys() const;
    void verifyNoSecrets(const Run &r) const;

    QTemporaryDir m_home;
    int m_files = 0;
};

void TestCliProviders::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LANGBOT_CONSOLE_BIN)), LANGBOT_CONSOLE_BIN);
}

void TestCliProviders::init()
{
    serve(QStringLiteral("4.10"));
}

void TestCliProviders::cleanup()
{
    stopServer();
}

void TestCliProviders::serve(const QString &version)
{
    QVERIFY2(startServer(version), qPrintable(serverError()));
}

Run TestCliProviders::run(QStringList args, const QString &apiKey)
{
    args << QStringLiteral("--url") << m_server->url().toString();
    return lb::testsupport::runConsole(QStringLiteral(LANGBOT_CONSOLE_BIN), m_home.path(), args, apiKey);
}

QString TestCliProviders::writeJson(const QJsonObject &object)
{
    const QString path = m_home.filePath(QStringLiteral("record%1.json").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(object).toJson());
    return path;
}

QStringList TestCliProviders::serverKeys() const
{
    QStringList keys;
    for (const QJsonObject &p : m_server->providers()) {
        for (const QJsonValue &k : p.value(QStringLiteral("api_keys")).toArray())
            keys << k.toString();
    }
    for (ModelType type : lb::allModelTypes) {
        for (const QJsonObject &m : m_server->models(type)) {
            for (const QJsonValue &k : m.value(QStringLiteral("api_keys")).toArray())
                keys << k.toString();
            const QJsonObject headers
                = m.value(QStringLiteral("extra_args")).toObject().value(QStringLiteral("headers")).toObject();
            for (const QJsonValue &v : headers)
                keys << v.toString();
        }
    }
    keys.removeAll(QString());
    return keys;
}

void TestCliProviders::verifyNoSecrets(const Run &r) const
{
    const QStringList keys = serverKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        QVERIFY2(!r.out.contains(key.toUtf8()), qPrintable(key));
        QVERIFY2(!r.err.contains(key.toUtf8()), qPrintable(key));
    }
    // A masked key ("***", not an upstream's "sk-demo-****") is never shown.
    static const QRegularExpression masked(QStringLiteral("(^|[^*])\\*\\*\\*($|[^*])"));
    QVERIFY2(!masked.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
}

void TestCliProviders::info_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("generation");
    QTest::addColumn<QString>("source");
    QTest::newRow("4.6") << QStringLiteral("4.6") << QStringLiteral("4.0") << QStringLiteral("no_roles");
    QTest::newRow("4.9") << QStringLiteral("4.9") << QStringLiteral("4.7") << QStringLiteral("no_roles");
    QTest::newRow("4.10") << QStringLiteral("4.10") << QStringLiteral("4.10.7") << QStringLiteral("read");
}

void TestCliProviders::info()
{
    QFETCH(QString, version);
    QFETCH(QString, generation);
    QFETCH(QString, source);
    serve(version);
    const Run r = run({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject info = r.json();
    QCOMPARE(info.value(QStringLiteral("generation")).toString(), generation);
    QCOMPARE(info.value(QStringLiteral("version")).toString(), m_server->langBotVersion());
    QCOMPARE(info.value(QStringLiteral("permissions_source")).toString(), source);
    QCOMPARE(info.value(QStringLiteral("all_permissions")).toBool(), source != QLatin1String("read"));
    const Run text = run({QStringLiteral("info")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(m_server->langBotVersion().toUtf8()), text.out.constData());
    if (source == QLatin1String("read"))
        QVERIFY2(text.out.contains("provider_secret.manage"), text.out.constData());
    else
        QVERIFY2(text.out.contains("all, assumed"), text.out.constData());
}

void TestCliProviders::providersListAndGetShowNoSecrets_data()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

void TestCliProviders::providersListAndGetShowNoSecrets()
{
    QFETCH(QString, version);
    serve(version);
    const Run text = run({QStringLiteral("providers"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("OpenAI") && text.out.contains(kOpenAi.toUtf8()), text.out.constData());
    verifyNoSecrets(text);

    const Run json = run({QStringLiteral("providers"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray providers = json.json().value(QStringLiteral("providers")).toArray();
    QCOMPARE(providers.size(), m_server->providers().size());
    for (const QJsonValue &p : providers)
        QVERIFY(!p.toObject().contains(QStringLiteral("api_keys")));
    verifyNoSecrets(json);

    const Run get = run({QStringLiteral("providers"), QStringLiteral("get"), QStringLiteral("OpenAI")});
    QCOMPARE(get.exitCode, 0);
    const QJsonObject provider = get.json().value(QStringLiteral("provider")).toObject();
    QCOMPARE(provider.value(QStringLiteral("uuid")).toString(), kOpenAi);
    QCOMPARE(provider.value(QStringLiteral("api_keys_count")).toInt(), 2);
    verifyNoSecrets(get);

    const Run secrets
        = run({QStringLiteral("providers"), QStringLiteral("get"), kOpenAi, QStringLiteral("--include-secrets")});
    QCOMPARE(secrets.exitCode, 0);
    QCOMPARE(secrets.json().value(QStringLiteral("provider")).toObject().value(QStringLiteral("api_keys")),
             m_server->provider(kOpenAi).value(QStringLiteral("api_keys")));

    const Run missing = run({QStringLiteral("providers"), QStringLiteral("get"), QStringLiteral("no such")});
    QCOMPARE(missing.exitCode, 5);
}

void TestCliProviders::providersOnLegacyServer()
{
    serve(QStringLiteral("4.6"));
    const Run list = run({QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray providers = list.json().value(QStringLiteral("providers")).toArray();
    QVERIFY(!providers.isEmpty());
    int models = 0;
    for (const QJsonValue &p : providers) {
        QVERIFY(p.toObject().value(QStringLiteral("implicit")).toBool());
        models += p.toObject().value(QStringLiteral("llm_count")).toInt();
    }
    QCOMPARE(models, m_server->models().size());
    verifyNoSecrets(list);

    const int writes = m_server->writeRequestCount();
    const Run create = run({QStringLiteral("providers"), QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("X"), QStringLiteral("--requester"),
                            QStringLiteral("openai-chat-completions"), QStringLiteral("--base-url"), QString()});
    QCOMPARE(create.exitCode, 8);
    QVERIFY2(create.err.contains("no providers"), create.err.constData());
    QCOMPARE(m_server->writeRequestCount(), writes);
}

void TestCliProviders::providerCreateUpdateDelete_data()
{
    providersListAndGetShowNoSecrets_data();
}

void TestCliProviders::providerCreateUpdateDelete()
{
    QFETCH(QString, version);
    serve(version);
    const int before = m_server->providers().size();
    const Run create = run({QStringLiteral("providers"), QStringLiteral("create"), QStringLiteral("--json"),
                            QStringLiteral("--name"), QStringLiteral("Gateway"), QStringLiteral("--requester"),
                            QStringLiteral("openai-chat-completions"), QStringLiteral("--base-url"),
                            QStringLiteral("https://gw.example.org/v1"), QStringLiteral("--api-key"),
                            QStringLiteral("sk-one"), QStringLiteral("--api-key"), QStringLiteral("sk-two")});
    QCOMPARE(create.exitCode, 0);
    const QString uuid = create.json().value(QStringLiteral("uuid")).toString();
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(m_server->providers().size(), before + 1);
    QJsonObject stored = m_server->provider(uuid);
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Gateway"));
    QCOMPARE(stored.value(QStringLiteral("api_keys")).toArray(),
             (QJsonArray{QStringLiteral("sk-one"), QStringLiteral("sk-two")}));
    QVERIFY2(!create.out.contains("sk-one") && !create.err.contains("sk-one"), create.out.constData());

    const QString file = writeJson(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Gateway 2")}, {QStringLiteral("llm_count"), 7}});
    const Run update = run({QStringLiteral("providers"), QStringLiteral("update"), QStringLiteral("Gateway"),
                            QStringLiteral("--file"), file, QStringLiteral("--base-url"),
                            QStringLiteral("https://gw2.example.org/v1")});
    QCOMPARE(update.exitCode, 0);
    stored = m_server->provider(uuid);
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Gateway 2"));
    QCOMPARE(stored.value(QStringLiteral("base_url")).toString(), QStringLiteral("https://gw2.example.org/v1"));
    QCOMPARE(stored.value(QStringLiteral("api_keys")).toArray().size(), 2);
    const QJsonObject put
        = QJsonDocument::fromJson(m_server->requests().constLast().body).object(); // only the changed fields
    QVERIFY2(!put.contains(QStringLiteral("llm_count")) && !put.contains(QStringLiteral("api_keys")),
             QJsonDocument(put).toJson().constData());

    const Run unconfirmed = run({QStringLiteral("providers"), QStringLiteral("delete"), uuid});
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY(!m_server->provider(uuid).isEmpty());
    const Run del = run({QStringLiteral("providers"), QStringLiteral("delete"), uuid, QStringLiteral("--yes")});
    QCOMPARE(del.exitCode, 0);
    QVERIFY(m_server->provider(uuid).isEmpty());
}

void TestCliProviders::halfSavedProviderIsNamed_data()
{
    providersListAndGetShowNoSecrets_data();
}

void TestCliProviders::halfSavedProviderIsNamed()
{
    QFETCH(QString, version);
    serve(version);
    // An unknown requester: the server saves the row, then fails (API.md 4).
    const Run r = run({QStringLiteral("providers"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("Orphan"), QStringLiteral("--requester"), QStringLiteral("no-such-requester"),
                       QStringLiteral("--base-url"), QString()});
    QCOMPARE(r.exitCode, 9);
    QString orphan;
    for (const QJsonObject &p : m_server->providers()) {
        if (p.value(QStringLiteral("name")).toString() == QLatin1String("Orphan"))
            orphan = p.value(QStringLiteral("uuid")).toString();
    }
    QVERIFY(!orphan.isEmpty());
    QVERIFY2(r.err.contains("providers delete " + orphan.toUtf8()), r.err.constData());
    QCOMPARE(run({QStringLiteral("providers"), QStringLiteral("delete"), orphan, QStringLiteral("--yes")}).exitCode, 0);
    QVERIFY(m_server->provider(orphan).isEmpty());
}

void TestCliProviders::providerInUseIsNotDeleted_data()
{
    providersListAndGetShowNoSecrets_data();
}

void TestCliProviders::providerInUseIsNotDeleted()
{
    QFETCH(QString, version);
    serve(version);
    const Run r = run(
        {QStringLiteral("providers"), QStringLiteral("delete"), QStringLiteral("OpenAI"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(!m_server->provider(kOpenAi).isEmpty());
    for (const QJsonObject &m : m_server->models(ModelType::Llm)) {
        if (m.value(QStringLiteral("provider_uuid")).toString() == kOpenAi)
            QVERIFY2(r.err.contains(m.value(QStringLiteral("name")).toString().toUtf8()), r.err.constData());
    }
}

void TestCliProviders::scanHidesDebug_data()
{
    providersListAndGetShowNoSecrets_data();
}

void TestCliProviders::scanHidesDebug()
{
    QFETCH(QString, version);
    serve(version);
    const Run r = run({QStringLiteral("providers"), QStringLiteral("scan"), QStringLiteral("OpenAI"),
                       QStringLiteral("--type"), QStringLiteral("llm"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("debug"));
    const QJsonArray models = r.json().value(QStringLiteral("models")).toArray();
    QVERIFY(!models.isEmpty());
    bool added = false;
    for (const QJsonValue &m : models) {
        QCOMPARE(m.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("llm"));
        added = added || m.toObject().value(QStringLiteral("already_added")).toBool();
    }
    QVERIFY(added);
    const Run table = run({QStringLiteral("providers"), QStringLiteral("scan"), kOpenAi});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("ADDED") && table.out.contains("gpt-4o"), table.out.constData());
}

void TestCliProviders::modelsOfEveryType_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("type");
    for (const char *v : {"4.9", "4.10"}) {
        for (const char *t : {"llm", "embedding", "rerank"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(v), QLatin1String(t))))
                << QString::fromLatin1(v) << QString::fromLatin1(t);
    }
}

void TestCliProviders::modelsOfEveryType()
{
    QFETCH(QString, version);
    QFETCH(QString, type);
    serve(version);
    const ModelType modelType = *lb::modelTypeFromId(type);
    const int before = m_server->models(modelType).size();
    // A record as a GET returns it: read-only fields are never sent.
    const QString file = writeJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("cli-model")},
                                               {QStringLiteral("provider_uuid"), kSiliconFlow},
                                               {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00")},
                                               {QStringLiteral("extra_args"), QJsonObject{}}});
    const Run create = run({QStringLiteral("create"), QStringLiteral("--type"), type, QStringLiteral("--file"), file,
                            QStringLiteral("--json")});
    QCOMPARE(create.exitCode, 0);
    const QString uuid = create.json().value(QStringLiteral("uuid")).toString();
    QCOMPARE(m_server->models(modelType).size(), before + 1);
    QCOMPARE(m_server->model(modelType, uuid).value(QStringLiteral("name")).toString(), QStringLiteral("cli-model"));

    // get without --type finds it in its type.
    const Run get = run({QStringLiteral("get"), uuid});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.json().value(QStringLiteral("model")).toObject().value(QStringLiteral("type")).toString(), type);
    verifyNoSecrets(get);

    const Run update = run({QStringLiteral("update"), uuid, QStringLiteral("--file"),
                            writeJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("cli-model-2")}})});
    QCOMPARE(update.exitCode, 0);
    QCOMPARE(m_server->model(modelType, uuid).value(QStringLiteral("name")).toString(), QStringLiteral("cli-model-2"));

    if (modelType == ModelType::Llm) { // TODO(issue 14): every type once ServerWorkspace tests them
        const Run test = run({QStringLiteral("test"), uuid, QStringLiteral("--json")});
        QCOMPARE(test.exitCode, 0);
        QCOMPARE(test.json().value(QStringLiteral("passed")).toInt(), 1);
    }

    const Run del = run({QStringLiteral("delete"), uuid, QStringLiteral("--yes")});
    QCOMPARE(del.exitCode, 0);
    QVERIFY(m_server->model(modelType, uuid).isEmpty());
    QCOMPARE(run({QStringLiteral("get"), uuid}).exitCode, 5);
}

void TestCliProviders::listFiltersByTypeAndProvider()
{
    const Run llm
        = run({QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("llm"), QStringLiteral("--json")});
    QCOMPARE(llm.exitCode, 0);
    const QJsonArray models = llm.json().value(QStringLiteral("models")).toArray();
    QCOMPARE(models.size(), m_server->models(ModelType::Llm).size());
    for (const QJsonValue &m : models)
        QCOMPARE(m.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("llm"));
    verifyNoSecrets(llm);

    const Run openAi = run({QStringLiteral("models"), QStringLiteral("--type"), QStringLiteral("llm"),
                            QStringLiteral("--provider"), QStringLiteral("OpenAI"), QStringLiteral("--json")});
    QCOMPARE(openAi.exitCode, 0);
    int expected = 0;
    for (const QJsonObject &m : m_server->models(ModelType::Llm))
        expected += m.value(QStringLiteral("provider_uuid")).toString() == kOpenAi ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(openAi.json().value(QStringLiteral("models")).toArray().size(), expected);

    const Run text = run({QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("TYPE") && text.out.contains("PROVIDER") && text.out.contains("OpenAI"),
             text.out.constData());
    verifyNoSecrets(text);

    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("chat")}).exitCode, 2);
}

void TestCliProviders::reasoningRuleRefusedBeforeSending()
{
    const int writes = m_server->writeRequestCount();
    const QString file = writeJson(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("x")},
        {QStringLiteral("provider_uuid"), kOpenAi},
        {QStringLiteral("reasoning_config"), QJsonObject{{QStringLiteral("level"), QStringLiteral("high")}}}});
    const Run r = run({QStringLiteral("create"), QStringLiteral("--file"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("reasoning"), r.err.constData());
    QCOMPARE(m_server->writeRequestCount(), writes);
}

void TestCliProviders::viewOnlyKeyListsAndWritesNothing()
{
    const QString key = FakeLangBotServer::demoViewApiKey();
    const Run list = run({QStringLiteral("list"), QStringLiteral("--json")}, key);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.json().value(QStringLiteral("models")).toArray().isEmpty());
    verifyNoSecrets(list);
    const Run providers = run({QStringLiteral("providers"), QStringLiteral("list")}, key);
    QCOMPARE(providers.exitCode, 0);
    verifyNoSecrets(providers);

    const int writes = m_server->writeRequestCount();
    const QString file = writeJson(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("provider_uuid"), kOpenAi}});
    const QList<std::pair<QStringList, QByteArray>> refused = {
        {{QStringLiteral("providers"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X")},
         "provider_secret.manage"},
        {{QStringLiteral("providers"), QStringLiteral("update"), kOpenAi, QStringLiteral("--name"),
          QStringLiteral("X")},
         "provider_secret.manage"},
        {{QStringLiteral("providers"), QStringLiteral("delete"), kOpenAi, QStringLiteral("--yes")}, "resource.manage"},
        {{QStringLiteral("providers"), QStringLiteral("scan"), kOpenAi}, "provider_secret.manage"},
        {{QStringLiteral("providers"), QStringLiteral("get"), kOpenAi, QStringLiteral("--include-secrets")},
         "provider_secret.manage"},
        {{QStringLiteral("create"), QStringLiteral("--file"), file}, "provider_secret.manage"},
        {{QStringLiteral("update"), lb::demoids::kGpt4oNew, QStringLiteral("--file"), file}, "provider_secret.manage"},
        {{QStringLiteral("delete"), lb::demoids::kGpt4oNew, QStringLiteral("--yes")}, "resource.manage"},
    };
    for (const auto &[args, permission] : refused) {
        const Run r = run(args, key);
        QVERIFY2(r.exitCode == 4, qPrintable(args.join(QLatin1Char(' ')) + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(permission), r.err.constData());
    }
    QCOMPARE(m_server->writeRequestCount(), writes);
}

void TestCliProviders::forbiddenWriteNamesThePermission()
{
    // A 403 the console could not foresee: the server's answer names it.
    serve(QStringLiteral("4.10"));
    m_server->setFault(QStringLiteral("DELETE /api/v1/provider/providers/") + kOpenAi,
                       FakeLangBotServer::FaultSpec{FakeLangBotServer::Fault::Status,
                                                    -1,
                                                    {},
                                                    0,
                                                    {},
                                                    403,
                                                    R"({"code":"permission_denied","msg":"Missing Workspace )"
                                                    R"(permission: resource.manage"})"});
    const Run r = run({QStringLiteral("providers"), QStringLiteral("delete"), kOpenAi, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("resource.manage"), r.err.constData());
}

void TestCliProviders::opaqueServerErrorShowsRequestId()
{
    m_server->setFault(QStringLiteral("GET /api/v1/provider/providers/") + kOpenAi,
                       FakeLangBotServer::Fault::Error500New);
    const Run r = run({QStringLiteral("providers"), QStringLiteral("get"), kOpenAi});
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.err.contains("request id"), r.err.constData());
    QString sent;
    for (const FakeLangBotServer::RecordedRequest &request : m_server->requests()) {
        if (request.path.endsWith(kOpenAi))
            sent = QString::fromUtf8(request.headers.value("x-request-id"));
    }
    QVERIFY(!sent.isEmpty());
    QVERIFY2(r.err.contains(sent.toUtf8()), r.err.constData());
}

void TestCliProviders::testAllOneLinePerModel_data()
{
    info_data();
}

void TestCliProviders::testAllOneLinePerModel()
{
    QFETCH(QString, version);
    serve(version);
    const Run r = run({QStringLiteral("test"), QStringLiteral("--all"), QStringLiteral("--type"), QStringLiteral("llm"),
                       QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
    const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), m_server->models(ModelType::Llm).size());
    for (const QJsonValue &v : results) {
        const QJsonObject result = v.toObject();
        QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("llm"));
        QVERIFY(result.contains(QStringLiteral("latency_ms")));
        // An opaque 4.10.7+ failure carries its request id.
        if (!result.value(QStringLiteral("ok")).toBool() && version == QLatin1String("4.10"))
            QVERIFY2(result.value(QStringLiteral("message")).toString().contains(QLatin1String("request id")),
                     qPrintable(result.value(QStringLiteral("message")).toString()));
    }
    QVERIFY(r.json().value(QStringLiteral("failed")).toInt() > 0);
    verifyNoSecrets(r);
}

void TestCliProviders::halfSavedModelIsNamed_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("type");
    for (const char *v : {"4.9", "4.10"}) {
        for (const char *t : {"embedding", "rerank"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(v), QLatin1String(t))))
                << QString::fromLatin1(v) << QString::fromLatin1(t);
    }
}

void TestCliProviders::halfSavedModelIsNamed()
{
    QFETCH(QString, version);
    QFETCH(QString, type);
    serve(version);
    const ModelType modelType = *lb::modelTypeFromId(type);
    // A provider whose requester does not start (as a half-saved provider
    // has): an embedding or rerank create saves the row, then fails (API.md 5).
    const QString broken = QStringLiteral("b0b0b0b0-1111-4222-8333-444455556666");
    QList<QJsonObject> providers = m_server->providers();
    providers << QJsonObject{{QStringLiteral("uuid"), broken},
                             {QStringLiteral("name"), QStringLiteral("Broken")},
                             {QStringLiteral("requester"), QStringLiteral("no-such-requester")},
                             {QStringLiteral("base_url"), QString()},
                             {QStringLiteral("api_keys"), QJsonArray()}};
    m_server->setProviders(providers);
    const int before = m_server->models(modelType).size();
    const QString file = writeJson(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("half-saved")}, {QStringLiteral("provider_uuid"), broken}});
    const Run r = run({QStringLiteral("create"), QStringLiteral("--type"), type, QStringLiteral("--file"), file});
    QCOMPARE(r.exitCode, 9);
    QCOMPARE(m_server->models(modelType).size(), before + 1);
    QString orphan;
    for (const QJsonObject &m : m_server->models(modelType)) {
        if (m.value(QStringLiteral("name")).toString() == QLatin1String("half-saved"))
            orphan = m.value(QStringLiteral("uuid")).toString();
    }
    QVERIFY(!orphan.isEmpty());
    const QByteArray command = "langbot-console delete " + orphan.toUtf8() + " --type " + type.toUtf8() + " --yes";
    QVERIFY2(r.err.contains(command), r.err.constData());
    QCOMPARE(r.err.count(" --yes"), 1); // only the new row, no other model
    QCOMPARE(run(QString::fromUtf8(command).split(QLatin1Char(' ')).mid(1)).exitCode, 0);
    QVERIFY(m_server->model(modelType, orphan).isEmpty());
}

void TestCliProviders::modelOnMissingProviderRefused_data()
{
    providersListAndGetShowNoSecrets_data();
}

void TestCliProviders::modelOnMissingProviderRefused()
{
    // Gotcha 15: 4.7–4.10.6 save an LLM on a missing provider, then fail.
    QFETCH(QString, version);
    serve(version);
    const QString missing = QStringLiteral("deadbeef-0000-4000-8000-000000000000");
    const QList<QJsonObject> models = m_server->models(ModelType::Llm);
    const int writes = m_server->writeRequestCount();
    const QString file = writeJson(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("stray")}, {QStringLiteral("provider_uuid"), missing}});
    const Run r = run(
        {QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("llm"), QStringLiteral("--file"), file});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
    QCOMPARE(m_server->writeRequestCount(), writes);
    QCOMPARE(m_server->models(ModelType::Llm), models);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/provider/providers/") + missing), 1);
}

void TestCliProviders::createWithoutReadPermission()
{
    // A key scoped to provider_secret.manage without resource.view: the
    // checks before a create (reads) get 403, the create itself is allowed.
    const FakeLangBotServer::FaultSpec forbidden{FakeLangBotServer::Fault::Status,
                                                 -1,
                                                 {},
                                                 0,
                                                 {},
                                                 403,
                                                 R"({"code":"permission_denied","msg":"Missing Workspace )"
                                                 R"(permission: resource.view"})"};
    m_server->setFault(QStringLiteral("GET /api/v1/provider/providers/") + kSiliconFlow, forbidden);
    m_server->setFault(QStringLiteral("GET /api/v1/provider/models/embedding"), forbidden);
    const int before = m_server->models(ModelType::Embedding).size();
    const QString file = writeJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("scoped")},
                                               {QStringLiteral("provider_uuid"), kSiliconFlow}});
    const Run r = run({QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("embedding"),
                       QStringLiteral("--file"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server->models(ModelType::Embedding).size(), before + 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/provider/providers/") + kSiliconFlow), 1);
}

void TestCliProviders::apiKeyOfAnyFormat()
{
    // Gotcha 10: the server's global API key need not start with "lbk_".
    const QString key = QStringLiteral("langbot-global-key-123");
    m_server->addApiKey(key);
    const QList<QStringList> verbs
        = {{QStringLiteral("info")}, {QStringLiteral("list")}, {QStringLiteral("providers"), QStringLiteral("list")}};
    for (const QStringList &args : verbs) {
        const Run r = run(args, key);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QString::fromUtf8(r.err)));
        QVERIFY(!r.out.isEmpty());
        QVERIFY(!r.out.contains(key.toUtf8()) && !r.err.contains(key.toUtf8()));
    }
    QVERIFY(run({QStringLiteral("providers"), QStringLiteral("list")}, key).out.contains("OpenAI"));
}

void TestCliProviders::maskedKeyNeverSentToUnmaskingServer()
{
    // Gotcha 14: 4.7–4.10.6 would store "***" as the key itself.
    serve(QStringLiteral("4.9"));
    const QJsonArray keys = m_server->provider(kOpenAi).value(QStringLiteral("api_keys")).toArray();
    QVERIFY(!keys.isEmpty());
    const int writes = m_server->writeRequestCount();
    const Run flag = run({QStringLiteral("providers"), QStringLiteral("update"), kOpenAi, QStringLiteral("--api-key"),
                          QStringLiteral("***")});
    QCOMPARE(flag.exitCode, 2);
    QVERIFY2(flag.err.contains("***"), flag.err.constData());
    const QString file = writeJson(
        QJsonObject{{QStringLiteral("api_keys"), QJsonArray{QStringLiteral("***"), QStringLiteral("sk-new")}}});
    const Run fromFile
        = run({QStringLiteral("providers"), QStringLiteral("update"), kOpenAi, QStringLiteral("--file"), file});
    QCOMPARE(fromFile.exitCode, 2);
    QCOMPARE(m_server->writeRequestCount(), writes);
    QCOMPARE(m_server->provider(kOpenAi).value(QStringLiteral("api_keys")).toArray(), keys);
}

void TestCliProviders::modelHeadersNeverPrinted()
{
    // Gotcha 16: extra_args carries headers and tokens; no output shows them.
    const QString canary = QStringLiteral("Bearer canary-header-4711");
    QString llmUuid;
    for (ModelType type : {ModelType::Llm, ModelType::Embedding}) {
        QList<QJsonObject> models = m_server->models(type);
        QVERIFY(!models.isEmpty());
        QJsonObject args = models[0].value(QStringLiteral("extra_args")).toObject();
        args.insert(QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"), canary}});
        models[0].insert(QStringLiteral("extra_args"), args);
        if (type == ModelType::Llm)
            llmUuid = models[0].value(QStringLiteral("uuid")).toString();
        m_server->setModels(type, models);
    }
    QVERIFY(serverKeys().contains(canary));
    const QList<QStringList> verbs = {{QStringLiteral("list")},
                                      {QStringLiteral("list"), QStringLiteral("--json")},
                                      {QStringLiteral("get"), llmUuid},
                                      {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("-")}};
    for (const QStringList &args : verbs) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QString::fromUtf8(r.err)));
        QVERIFY(!r.out.isEmpty());
        QVERIFY2(!r.out.contains("canary-header-4711"), qPrintable(args.join(QLatin1Char(' '))));
        verifyNoSecrets(r);
    }
    const Run get = run({QStringLiteral("get"), llmUuid});
    QVERIFY2(get.out.contains("extra_args.headers.Authorization"), get.out.constData()); // named, not shown
}

QTEST_GUILESS_MAIN(TestCliProviders)
#include "tst_cliproviders.moc"
