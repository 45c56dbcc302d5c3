// The edit dialog's core helpers, without widgets: finding requesters by what
// people type (RequesterSearch), duplicate names and copies, the conflict
// check and the re-edit merge (ModelEdits), and where the schemas come from
// (SchemaSource: server with a user login and its cache, API key, offline,
// sign-in for the demo) against the fake server.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "Fixtures.h"
#include "TestSupport.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "model/ModelEdits.h"
#include "schema/RequesterSearch.h"
#include "schema/SchemaCache.h"
#include "schema/SchemaSource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lb;
using namespace lb::testsupport;
using namespace Qt::StringLiterals;
using lb::demo::FakeLangBotServer;

namespace {

QStringList matching(const QList<RequesterSchema> &requesters, const QString &query)
{
    QStringList names;
    for (const RequesterSchema &schema : requesters) {
        if (requesterMatches(schema, query))
            names.append(schema.name());
    }
    return names;
}

QJsonObject record(const QString &uuid, const QString &name, const QString &updatedAt)
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), QStringLiteral("first")},
        {QStringLiteral("requester"), QStringLiteral("openai-chat-completions")},
        {QStringLiteral("requester_config"),
         QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://api.openai.com/v1")},
                     {QStringLiteral("timeout"), 120}}},
        {QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-1"), QStringLiteral("sk-2")}},
        {QStringLiteral("abilities"), QJsonArray{QStringLiteral("vision")}},
        {QStringLiteral("extra_args"), QJsonObject{{QStringLiteral("temperature"), 0.5}}},
        {QStringLiteral("created_at"), QStringLiteral("2025-01-01T10:00:00")},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("future_field"), QJsonObject{{QStringLiteral("kept"), true}}},
    };
}

} // namespace

class TestModelEdits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void search_data();
    void search();
    void searchKeywordsFromServer();
    void searchAll24();

    void duplicateName_data();
    void duplicateName();
    void duplicateCopy();
    void duplicateNewerModel();
    void changedSince();
    void rebase();
    void overlapping();

    void sourceUserLoginFetchesAndCaches();
    void sourceApiKeyUsesCacheWithoutAsking();
    void sourceApiKeyWithoutCacheIsGeneric();
    void sourceOffline();
    void sourceFetchFailsFallsBackToCache();
    void sourceSignIn();
    void requesterIconIsRawBytes();

private:
    QList<RequesterSchema> m_fixture;
};

void TestModelEdits::initTestCase()
{
    useTestPaths();
    LB_REQUIRE_REQUESTERS(fixture);
    m_fixture = fixture.requesters;
    QCOMPARE(m_fixture.size(), 24);
}

void TestModelEdits::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("alias claude") << u"claude"_s << QStringList{u"anthropic-messages"_s};
    QTest::newRow("alias kimi, any case") << u"KIMI"_s << QStringList{u"moonshot-chat-completions"_s};
    QTest::newRow("alias glm") << u"glm"_s << QStringList{u"zhipuai-chat-completions"_s};
    QTest::newRow("chinese label") << u"智谱"_s << QStringList{u"zhipuai-chat-completions"_s};
    QTest::newRow("alias grok") << u"grok"_s << QStringList{u"xai-chat-completions"_s};
    QTest::newRow("label words") << u"open router"_s << QStringList{u"openrouter-chat-completions"_s};
    QTest::newRow("name part") << u"messages"_s << QStringList{u"anthropic-messages"_s};
    QTest::newRow("local: two") << u"local"_s << QStringList{u"lmstudio-chat-completions"_s, u"ollama-chat"_s};
    QTest::newRow("no match") << u"zzzz-nothing"_s << QStringList{};
}

void TestModelEdits::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(matching(m_fixture, query), expected);
}

void TestModelEdits::searchKeywordsFromServer()
{
    // Alias words a server may send, at the top or in spec, string or list.
    const QJsonObject json{
        {u"name"_s, u"acme-chat"_s},
        {u"label"_s, QJsonObject{{u"en_US"_s, u"Acme"_s}}},
        {u"aliases"_s, QJsonArray{u"Roadrunner"_s}},
        {u"spec"_s, QJsonObject{{u"keywords"_s, u"coyote, anvil"_s}, {u"support_type"_s, QJsonArray{u"llm"_s}}}}};
    const RequesterSchema schema = *RequesterSchema::fromJson(json);
    QVERIFY(requesterMatches(schema, u"roadrunner"_s));
    QVERIFY(requesterMatches(schema, u"anvil"_s));
    QVERIFY(requesterMatches(schema, u"acme coyote"_s));
    QVERIFY(!requesterMatches(schema, u"acme tweety"_s));
    QVERIFY(requesterMatches(schema, QString()));
}

void TestModelEdits::searchAll24()
{
    // Every requester is found by its name and by its English label.
    for (const RequesterSchema &schema : std::as_const(m_fixture)) {
        QVERIFY2(requesterMatches(schema, schema.name()), qPrintable(schema.name()));
        QVERIFY2(requesterMatches(schema, schema.displayName(QLocale(QLocale::English))), qPrintable(schema.name()));
    }
}

void TestModelEdits::duplicateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << u"gpt-4o"_s << QStringList{u"gpt-4o"_s} << u"gpt-4o (copy)"_s;
    QTest::newRow("second") << u"gpt-4o"_s << QStringList{u"gpt-4o"_s, u"GPT-4O (COPY)"_s} << u"gpt-4o (copy 2)"_s;
    QTest::newRow("copy of a copy") << u"gpt-4o (copy)"_s << QStringList{u"gpt-4o (copy)"_s} << u"gpt-4o (copy 2)"_s;
    QTest::newRow("numbered") << u"m (copy 7)"_s << QStringList{} << u"m (copy 8)"_s;
}

void TestModelEdits::duplicateName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(ModelEdits::duplicateName(name, taken), expected);
}

void TestModelEdits::duplicateCopy()
{
    const LlmModel source(record(u"u1"_s, u"gpt-4o"_s, u"2025-01-02T10:00:00"_s));
    const LlmModel copy = ModelEdits::duplicate(source, false, {u"gpt-4o"_s});
    QVERIFY(copy.uuid().isEmpty());
    QVERIFY(!copy.json().contains(u"uuid"_s));
    QVERIFY(!copy.json().contains(u"created_at"_s));
    QVERIFY(!copy.json().contains(u"updated_at"_s));
    QCOMPARE(copy.name(), u"gpt-4o (copy)"_s);
    QCOMPARE(copy.apiKeys(), QStringList());
    QCOMPARE(copy.requesterConfig(), source.requesterConfig());
    QCOMPARE(copy.json().value(u"future_field"_s), source.json().value(u"future_field"_s));
    const LlmModel withKeys = ModelEdits::duplicate(source, true);
    QCOMPARE(withKeys.apiKeys(), source.apiKeys());
    const QJsonObject body = withKeys.createBody();
    QVERIFY(!body.contains(u"uuid"_s));
    QVERIFY(!body.contains(u"updated_at"_s));
}

void TestModelEdits::duplicateNewerModel()
{
    // A 4.10.11 embedding model with the provider nested (keys masked).
    LlmModel source(QJsonObject{
        {u"uuid"_s, u"9be3c4d5-e6f7-4081-92a3-b4c5d6e7f809"_s},
        {u"name"_s, u"text-embedding-3-small"_s},
        {u"provider_uuid"_s, u"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s},
        {u"extra_args"_s, QJsonObject{{u"dimensions"_s, 1536}}},
        {u"prefered_ranking"_s, 1},
        {u"created_at"_s, u"2026-08-21T04:09:00"_s},
        {u"provider"_s,
         QJsonObject{{u"uuid"_s, u"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s},
                     {u"api_keys"_s, QJsonArray{u"sk-plain"_s}}}},
    });
    source.setType(lb::ModelType::Embedding);
    for (bool copyKeys : {false, true}) {
        const LlmModel copy = ModelEdits::duplicate(source, copyKeys);
        QCOMPARE(copy.type(), lb::ModelType::Embedding);
        QCOMPARE(copy.name(), u"text-embedding-3-small (copy)"_s);
        QCOMPARE(copy.providerUuid(), source.providerUuid());
        QCOMPARE(copy.preferredRanking(), 1);
        QCOMPARE(copy.extraArgs(), source.extraArgs());
        QVERIFY(!copy.nestedProvider().has_value());
        QVERIFY(!copy.json().contains(u"api_keys"_s));
        QVERIFY(!copy.json().contains(u"uuid"_s));
        QVERIFY(!copy.json().contains(u"created_at"_s));
    }
}

void TestModelEdits::changedSince()
{
    const LlmModel opened(record(u"u1"_s, u"a"_s, u"2025-01-02T10:00:00"_s));
    QVERIFY(!ModelEdits::changedSince(opened, opened));
    const LlmModel later(record(u"u1"_s, u"a"_s, u"2025-01-02T10:05:00"_s));
    QVERIFY(ModelEdits::changedSince(opened, later));
    // No dates at all: compare the fields.
    QJsonObject a = opened.json();
    a.remove(u"updated_at"_s);
    QJsonObject b = a;
    QVERIFY(!ModelEdits::changedSince(LlmModel(a), LlmModel(b)));
    b.insert(u"description"_s, u"other"_s);
    QVERIFY(ModelEdits::changedSince(LlmModel(a), LlmModel(b)));
}

void TestModelEdits::rebase()
{
    const QJsonObject base = record(u"u1"_s, u"a"_s, u"2025-01-02T10:00:00"_s);
    QJsonObject mine = base;
    mine.insert(u"name"_s, u"mine"_s);
    QJsonObject myConfig = mine.value(u"requester_config"_s).toObject();
    myConfig.insert(u"timeout"_s, 60);
    mine.insert(u"requester_config"_s, myConfig);

    QJsonObject theirs = base;
    theirs.insert(u"description"_s, u"theirs"_s);
    theirs.insert(u"updated_at"_s, u"2025-01-02T11:00:00"_s);
    QJsonObject theirConfig = theirs.value(u"requester_config"_s).toObject();
    theirConfig.insert(u"base_url"_s, u"https://proxy.example.com/v1"_s);
    theirs.insert(u"requester_config"_s, theirConfig);
    theirs.insert(u"newer_field"_s, 1);

    const QJsonObject merged = ModelEdits::rebase(base, mine, theirs);
    QCOMPARE(merged.value(u"name"_s).toString(), u"mine"_s);
    QCOMPARE(merged.value(u"description"_s).toString(), u"theirs"_s);
    const QJsonObject config = merged.value(u"requester_config"_s).toObject();
    QCOMPARE(config.value(u"timeout"_s).toInt(), 60);
    QCOMPARE(config.value(u"base_url"_s).toString(), u"https://proxy.example.com/v1"_s);
    QCOMPARE(merged.value(u"newer_field"_s).toInt(), 1);
    QCOMPARE(merged.value(u"updated_at"_s).toString(), u"2025-01-02T11:00:00"_s);
    QVERIFY(ModelEdits::overlappingChanges(base, mine, theirs).isEmpty());
}

void TestModelEdits::overlapping()
{
    const QJsonObject base = record(u"u1"_s, u"a"_s, u"t1"_s);
    QJsonObject mine = base;
    mine.insert(u"description"_s, u"mine"_s);
    QJsonObject theirs = base;
    theirs.insert(u"description"_s, u"theirs"_s);
    QJsonObject config = base.value(u"requester_config"_s).toObject();
    config.insert(u"timeout"_s, 10);
    mine.insert(u"requester_config"_s, config);
    config.insert(u"timeout"_s, 20);
    theirs.insert(u"requester_config"_s, config);
    QCOMPARE(ModelEdits::overlappingChanges(base, mine, theirs),
             (QStringList{u"description"_s, u"requester_config.timeout"_s}));
    // Mine wins in the merge where both changed.
    QCOMPARE(ModelEdits::rebase(base, mine, theirs).value(u"description"_s).toString(), u"mine"_s);
}

void TestModelEdits::sourceUserLoginFetchesAndCaches()
{
    FakeLangBotServer server;
    QVERIFY(server.listen());
    ApiClient client(settingsFor(server, false));
    QVERIFY(signIn(client));
    QTemporaryDir dir;
    SchemaSource source(&client, u"profile-1"_s, SchemaSource::Access::UserLogin, dir.path());
    QSignalSpy finished(&source, &SchemaSource::finished);
    source.load();
    QVERIFY(finished.wait(5000));
    QCOMPARE(source.origin(), SchemaSource::Origin::Server);
    QVERIFY(source.isFresh());
    QVERIFY(source.notice().isEmpty());
    // Only requesters that serve LLM models.
    QCOMPARE(source.requesters().size(), 23);
    QVERIFY(!source.hasSchema(u"seekdb-embedding"_s));
    QVERIFY(!source.schemaFor(u"openai-chat-completions"_s).isGeneric());
    QVERIFY(source.schemaFor(u"no-such"_s).isGeneric());
    QCOMPARE(*source.schemaFor(u"no-such"_s).genericReason(), RequesterSchema::GenericReason::UnknownRequester);
    QVERIFY(SchemaCache(dir.path()).contains(u"profile-1"_s));
}

void TestModelEdits::sourceApiKeyUsesCacheWithoutAsking()
{
    FakeLangBotServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    {
        ApiClient user(settingsFor(server, false));
        QVERIFY(signIn(user));
        SchemaSource first(&user, u"p"_s, SchemaSource::Access::UserLogin, dir.path());
        QSignalSpy finished(&first, &SchemaSource::finished);
        first.load();
        QVERIFY(finished.wait(5000));
    }
    server.resetCounters();
    ApiClient keyClient(settingsFor(server, true));
    SchemaSource source(&keyClient, u"p"_s, SchemaSource::Access::ApiKeyOnly, dir.path());
    QSignalSpy finished(&source, &SchemaSource::finished);
    source.load();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(source.origin(), SchemaSource::Origin::Cache);
    QVERIFY(source.hasSchema(u"jiekouai-chat-completions"_s));
    QVERIFY(source.notice().contains(u"API key"_s));
    QVERIFY(source.notice().contains(u"saved"_s));
    // An API key is refused by these calls: nothing was asked.
    QCOMPARE(server.requestCount(), 0);
}

void TestModelEdits::sourceApiKeyWithoutCacheIsGeneric()
{
    FakeLangBotServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    ApiClient keyClient(settingsFor(server, true));
    SchemaSource source(&keyClient, u"none"_s, SchemaSource::Access::ApiKeyOnly, dir.path());
    QSignalSpy finished(&source, &SchemaSource::finished);
    source.load();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(source.origin(), SchemaSource::Origin::None);
    const RequesterSchema schema = source.schemaFor(u"openai-chat-completions"_s);
    QVERIFY(schema.isGeneric());
    QCOMPARE(*schema.genericReason(), RequesterSchema::GenericReason::ApiKeyOnly);
    QVERIFY(schema.hasField(u"base_url"_s));
    QVERIFY(schema.hasField(u"timeout"_s));
    QCOMPARE(server.requestCount(), 0);
}

void TestModelEdits::sourceOffline()
{
    QTemporaryDir dir;
    SchemaSource source(nullptr, u"x"_s, SchemaSource::Access::UserLogin, dir.path());
    QCOMPARE(source.access(), SchemaSource::Access::Offline);
    QSignalSpy finished(&source, &SchemaSource::finished);
    source.load();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(*source.schemaFor(u"a"_s).genericReason(), RequesterSchema::GenericReason::Offline);
}

void TestModelEdits::sourceFetchFailsFallsBackToCache()
{
    FakeLangBotServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    LB_REQUIRE_REQUESTERS(fixture);
    QVERIFY(SchemaCache(dir.path()).save(u"p"_s, fixture.data));
    ApiClient client(settingsFor(server, false));
    QVERIFY(signIn(client));
    server.setFault(u"GET /api/v1/provider/requesters"_s, FakeLangBotServer::Fault::Error500Legacy);
    SchemaSource source(&client, u"p"_s, SchemaSource::Access::UserLogin, dir.path());
    QSignalSpy finished(&source, &SchemaSource::finished);
    source.load();
    QVERIFY(finished.wait(5000));
    QCOMPARE(source.origin(), SchemaSource::Origin::Cache);
    QVERIFY(!source.problem().isEmpty());
    QVERIFY(source.notice().contains(u"could not be fetched"_s));
    QVERIFY(source.hasSchema(u"openai-chat-completions"_s));
}

void TestModelEdits::sourceSignIn()
{
    FakeLangBotServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    ApiClient keyClient(settingsFor(server, true));
    SchemaSource source(&keyClient, u"demo"_s, SchemaSource::Access::SignIn, dir.path());
    source.setSignIn(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword());
    QSignalSpy finished(&source, &SchemaSource::finished);
    source.load();
    QVERIFY(finished.wait(5000));
    QCOMPARE(source.origin(), SchemaSource::Origin::Server);
    QVERIFY(source.hasSchema(u"anthropic-messages"_s));
    // The client of the window keeps its API key.
    QCOMPARE(keyClient.settings().authMode, ConnectionSettings::AuthMode::ApiKey);
}

void TestModelEdits::requesterIconIsRawBytes()
{
    FakeLangBotServer server;
    QVERIFY(server.listen());
    ApiClient client(settingsFor(server, true));
    ApiCall *call = client.requesterIcon(u"openai-chat-completions"_s);
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(5000));
    QVERIFY2(call->ok(), qPrintable(call->error().message()));
    QVERIFY(call->contentType().contains("svg"));
    QVERIFY(call->body().contains("<svg"));
    // Sent without credentials.
    const auto requests = server.requests();
    QVERIFY(!requests.isEmpty());
    QVERIFY(!requests.constLast().headers.contains("x-api-key"));
    QVERIFY(!requests.constLast().headers.contains("authorization"));

    ApiCall *missing = client.requesterIcon(u"no-such"_s);
    QSignalSpy missingDone(missing, &ApiCall::finished);
    QVERIFY(missingDone.wait(5000));
    QVERIFY(!missing->ok());
    QCOMPARE(missing->httpStatus(), 404);
}

QTEST_GUILESS_MAIN(TestModelEdits)
#include "tst_modeledits.moc"
