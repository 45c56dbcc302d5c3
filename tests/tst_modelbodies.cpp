// Tests of lb::WriteBodies and lb::GenerationConversion: every body the
// console writes, per generation and model type, holds exactly the keys
// API.md's allow-lists name; the "***" rules, gotcha 13 and the reasoning
// rule; 4.0–4.6 bodies unchanged; conversions between the generations.

#include "TestSupport.h"
#include "Fixtures.h"
#include "model/GenerationConversion.h"
#include "model/LlmModel.h"
#include "model/Provider.h"
#include "model/WriteBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lb;
using lb::testsupport::jsonObject;

Q_DECLARE_METATYPE(lb::ModelType)

namespace {

// A server of the given release ("4.9.7"); "unknown" before detection. The
// generation follows the version as API.md 1 says.
ServerFeatures server(const QString &release)
{
    ServerFeatures f;
    f.version = lb::ServerVersion::parse(release);
    if (!f.version.isValid())
        f.generation = ApiGeneration::Unknown;
    else if (f.version.isAtLeast(4, 10, 7))
        f.generation = ApiGeneration::Workspaces;
    else if (f.version.isAtLeast(4, 7))
        f.generation = ApiGeneration::Providers;
    else
        f.generation = ApiGeneration::Legacy;
    return f;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString typeKey(ModelType type)
{
    return type == ModelType::Llm ? u"llm"_s : type == ModelType::Embedding ? u"embedding"_s : u"rerank"_s;
}

} // namespace

class TestModelBodies : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_records; // tests/data/records-v4.10.json
    QList<LlmModel> m_legacy;

    // A 4.10.11 record of the type, with the 4.0–4.6 fields and an unknown
    // one added: none of them may reach a 4.7+ body.
    LlmModel loaded(ModelType type) const;
    LlmModel record(const char *key, ModelType type) const;
    Provider provider(int index) const;

private slots:
    void initTestCase();

    void bodyKeys_data();
    void bodyKeys();
    void bodyValues();
    void legacyBodiesUnchanged_data();
    void legacyBodiesUnchanged();
    void partialUpdate_data();
    void partialUpdate();
    void updateCarriesProviderOn4_9();
    void createNeedsNameAndProvider();
    void contextLength();
    void reasoningRule_data();
    void reasoningRule();
    void maskedExtraArgs_data();
    void maskedExtraArgs();
    void unknownFieldsSurviveButAreNeverSent();

    void testBody_data();
    void testBody();
    void testBodyRefusesMaskedSecrets();

    void providerCreate();
    void providerCreateRefuses_data();
    void providerCreateRefuses();
    void providerUpdate_data();
    void providerUpdate();

    void fromLegacy();
    void fromLegacyRealList();
    void toLegacy();
    void toLegacyMaskedProvider();
    void toLegacyOtherTypes();
};

void TestModelBodies::initTestCase()
{
    using lb::testsupport::testDataPath;
    LB_REQUIRE_JSON(records, testDataPath(u"records-v4.10.json"_s));
    m_records = records;
    QCOMPARE(m_records.value("providers"_L1).toArray().size(), 3);
    const auto legacy = lb::testsupport::readModelsFixture(testDataPath(u"model-list-v4.6.json"_s));
    QVERIFY2(legacy.ok(), qPrintable(legacy.error));
    m_legacy = legacy.models;
    QCOMPARE(m_legacy.size(), 3);
}

LlmModel TestModelBodies::record(const char *key, ModelType type) const
{
    LlmModel m;
    QString error;
    if (!LlmModel::fromJson(m_records.value(QLatin1StringView(key)), &m, &error))
        qFatal("records-v4.10.json: %s: %s", key, qPrintable(error));
    m.setType(type);
    return m;
}

LlmModel TestModelBodies::loaded(ModelType type) const
{
    LlmModel m = record(type == ModelType::Llm ? "llm" : type == ModelType::Embedding ? "embedding" : "rerank", type);
    QJsonObject json = m.json();
    json.insert(u"description"_s, u"from a 4.6 export"_s);
    json.insert(u"requester"_s, u"openai-chat-completions"_s);
    json.insert(u"requester_config"_s, QJsonObject{{u"base_url"_s, u"https://api.openai.com/v1"_s}});
    json.insert(u"api_keys"_s, QJsonArray{u"sk-legacy"_s});
    json.insert(u"future_field"_s, true);
    LlmModel result(json);
    result.setType(type);
    return result;
}

Provider TestModelBodies::provider(int index) const
{
    return Provider(m_records.value("providers"_L1).toArray().at(index).toObject());
}

void TestModelBodies::bodyKeys_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<ModelType>("type");
    QTest::addColumn<QStringList>("keys"); // empty: refused

    const QStringList base{u"name"_s, u"provider_uuid"_s, u"extra_args"_s, u"prefered_ranking"_s};
    const QStringList llm = base + QStringList{u"abilities"_s};
    const QStringList llmContext = llm + QStringList{u"context_length"_s};
    const QStringList llmReasoning = llmContext + QStringList{u"reasoning_config"_s};
    struct Row
    {
        const char *release;
        QStringList llm, embedding, rerank;
    };
    const Row rows[] = {
        {"4.7.0", llm, base, {}},
        {"4.9.6", llm, base, {}},
        {"4.9.7", llm, base, base},
        {"4.10.1", llm, base, base},
        {"4.10.2", llmContext, base, base},
        {"4.10.6", llmContext, base, base},
        {"v4.10.7", llmReasoning, base, base},
        {"v4.10.11", llmReasoning, base, base},
    };
    for (const Row &row : rows) {
        for (ModelType type : lb::allModelTypes) {
            const QStringList keys = type == ModelType::Llm ? row.llm
                : type == ModelType::Embedding              ? row.embedding
                                                            : row.rerank;
            QTest::addRow("%s %s", row.release, qPrintable(typeKey(type)))
                << QString::fromLatin1(row.release) << type << keys;
        }
    }
    QTest::newRow("4.6 embedding") << u"4.6.5"_s << ModelType::Embedding << QStringList();
    QTest::newRow("4.6 rerank") << u"4.6.5"_s << ModelType::Rerank << QStringList();
    QTest::newRow("unknown rerank") << u"unknown"_s << ModelType::Rerank << QStringList();
}

void TestModelBodies::bodyKeys()
{
    QFETCH(QString, release);
    QFETCH(ModelType, type);
    QFETCH(QStringList, keys);

    const LlmModel m = loaded(type);
    const ServerFeatures s = server(release);
    const WriteBody create = WriteBodies::modelCreate(m, s);
    const WriteBody update = WriteBodies::modelUpdate(m, s);
    if (keys.isEmpty()) {
        QVERIFY2(create.error.contains(typeKey(type)), qPrintable(create.error));
        QVERIFY(create.body.isEmpty());
        QCOMPARE(update.error, create.error);
        QVERIFY(update.body.isEmpty());
        return;
    }
    QVERIFY2(create.ok(), qPrintable(create.error));
    QVERIFY2(update.ok(), qPrintable(update.error));
    QCOMPARE(sorted(create.body.keys()), sorted(keys));
    QCOMPARE(sorted(update.body.keys()), sorted(keys));
    QCOMPARE(sorted(WriteBodies::modelAllowList(type, s)), sorted(keys));
}

void TestModelBodies::bodyValues()
{
    const LlmModel m = loaded(ModelType::Llm);
    const WriteBody b = WriteBodies::modelCreate(m, server(u"4.10.11"_s));
    QVERIFY2(b.ok(), qPrintable(b.error));
    const QJsonObject expected = jsonObject(R"({"name":"gpt-4o","provider_uuid":"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
        "abilities":["vision","func_call"],"context_length":128000,"reasoning_config":{"level":"provider_default"},
        "extra_args":{"temperature":0.3},"prefered_ranking":0})");
    QCOMPARE(b.body, expected);
    const WriteBody rerank = WriteBodies::modelUpdate(loaded(ModelType::Rerank), server(u"4.9.7"_s));
    const QJsonObject expectedRerank = jsonObject(R"({"name":"jina-reranker-v2-base-multilingual",
        "provider_uuid":"5b6c7d8e-9f00-4112-a233-b4c5d6e7f809","extra_args":{},"prefered_ranking":1})");
    QCOMPARE(rerank.body, expectedRerank);
}

void TestModelBodies::legacyBodiesUnchanged_data()
{
    QTest::addColumn<QString>("release");
    QTest::newRow("4.6.5") << u"v4.6.5"_s;
    QTest::newRow("4.0.0") << u"4.0.0"_s;
    QTest::newRow("not detected") << u"unknown"_s;
}

void TestModelBodies::legacyBodiesUnchanged()
{
    QFETCH(QString, release);
    const ServerFeatures s = server(release);
    QList<LlmModel> models = m_legacy;
    LB_REQUIRE_JSON(newer, lb::testsupport::testDataPath(u"model-newer-server.json"_s));
    LB_REQUIRE_JSON(nested, lb::testsupport::testDataPath(u"model-contract-nested.json"_s));
    models << LlmModel(newer) << LlmModel(nested) << LlmModel(jsonObject(R"({"name":"bare"})"));
    for (const LlmModel &m : std::as_const(models)) {
        const WriteBody create = WriteBodies::modelCreate(m, s);
        const WriteBody update = WriteBodies::modelUpdate(m, s);
        QVERIFY(create.ok());
        QVERIFY(update.ok());
        QCOMPARE(create.body, m.createBody());
        QCOMPARE(update.body, m.updateBody());
    }
    QVERIFY(WriteBodies::modelAllowList(ModelType::Llm, s).isEmpty());
}

void TestModelBodies::partialUpdate_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<ModelType>("type");
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QJsonObject>("body");

    const QJsonObject named = jsonObject(R"({"uuid":"m1","name":"x","provider_uuid":"p1","workspace_uuid":"w"})");
    QTest::newRow("4.9 llm") << u"4.9.7"_s << ModelType::Llm << named
                             << jsonObject(R"({"name":"x","provider_uuid":"p1"})");
    QTest::newRow("4.10.11 llm") << u"4.10.11"_s << ModelType::Llm << named
                                 << jsonObject(R"({"name":"x","provider_uuid":"p1",
                                            "reasoning_config":{"level":"provider_default"}})");
    QTest::newRow("4.10.11 embedding") << u"4.10.11"_s << ModelType::Embedding << named
                                       << jsonObject(R"({"name":"x","provider_uuid":"p1"})");
    QTest::newRow("4.10.11 no provider_uuid")
        << u"4.10.11"_s << ModelType::Rerank << jsonObject(R"({"uuid":"m1","extra_args":{"top_n":3}})")
        << jsonObject(R"({"extra_args":{"top_n":3}})");
    QTest::newRow("wrong types left out")
        << u"4.10.6"_s << ModelType::Llm
        << jsonObject(R"({"uuid":"m1","provider_uuid":"p1","name":null,"abilities":"vision","extra_args":[],
                   "prefered_ranking":"1"})")
        << jsonObject(R"({"provider_uuid":"p1"})");
}

void TestModelBodies::partialUpdate()
{
    QFETCH(QString, release);
    QFETCH(ModelType, type);
    QFETCH(QJsonObject, record);
    QFETCH(QJsonObject, body);
    LlmModel m(record);
    m.setType(type);
    const WriteBody b = WriteBodies::modelUpdate(m, server(release));
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(b.body, body);
}

void TestModelBodies::updateCarriesProviderOn4_9()
{
    // Gotcha 13: on 4.7–4.10.6 a PUT without provider_uuid writes, then 500s.
    for (const QString &release : {u"4.7.0"_s, u"4.9.7"_s, u"4.10.6"_s}) {
        for (ModelType type : {ModelType::Llm, ModelType::Embedding}) {
            LlmModel m(jsonObject(R"({"uuid":"m1","name":"x"})"));
            m.setType(type);
            const WriteBody refused = WriteBodies::modelUpdate(m, server(release));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error.contains(u"provider"_s), qPrintable(refused.error));
            QVERIFY(refused.body.isEmpty());
            m.setProviderUuid(u"p1"_s);
            const WriteBody sent = WriteBodies::modelUpdate(m, server(release));
            QVERIFY2(sent.ok(), qPrintable(sent.error));
            QCOMPARE(sent.body.value("provider_uuid"_L1).toString(), u"p1"_s);
        }
    }
    LlmModel m(jsonObject(R"({"uuid":"m1","name":"x"})"));
    QVERIFY(WriteBodies::modelUpdate(m, server(u"4.10.7"_s)).ok()); // 4.10.7+ takes a partial PUT
}

void TestModelBodies::createNeedsNameAndProvider()
{
    for (ModelType type : lb::allModelTypes) {
        LlmModel m;
        m.setType(type);
        m.setName(u"  "_s);
        m.setProviderUuid(u"p1"_s);
        const WriteBody noName = WriteBodies::modelCreate(m, server(u"4.10.11"_s));
        QVERIFY2(noName.error.contains(u"name"_s), qPrintable(noName.error));
        m.setName(u"bge-m3"_s);
        m.setProviderUuid(QString());
        const WriteBody noProvider = WriteBodies::modelCreate(m, server(u"4.10.11"_s));
        QVERIFY2(noProvider.error.contains(u"provider"_s), qPrintable(noProvider.error));
        m.setProviderUuid(u"p1"_s);
        const WriteBody b = WriteBodies::modelCreate(m, server(u"4.10.11"_s));
        QVERIFY2(b.ok(), qPrintable(b.error));
        // A new record: the defaults that make a valid body, nothing else.
        QCOMPARE(b.body.value("extra_args"_L1), QJsonValue(QJsonObject()));
        QCOMPARE(b.body.contains("abilities"_L1), type == ModelType::Llm);
        QVERIFY(!b.body.contains("prefered_ranking"_L1));
        QVERIFY(!b.body.contains("context_length"_L1));
    }
}

void TestModelBodies::contextLength()
{
    LlmModel m = record("llm", ModelType::Llm);
    QCOMPARE(m.contextLength(), std::optional<int>(128000));
    m.setContextLength(std::nullopt); // the user cleared it: null is sent
    const WriteBody cleared = WriteBodies::modelUpdate(m, server(u"4.10.2"_s));
    QVERIFY(cleared.body.contains("context_length"_L1));
    QVERIFY(cleared.body.value("context_length"_L1).isNull());
    m.setContextLength(32768);
    QCOMPARE(WriteBodies::modelUpdate(m, server(u"4.10.11"_s)).body.value("context_length"_L1).toInt(), 32768);
    QVERIFY(!WriteBodies::modelUpdate(m, server(u"4.10.1"_s)).body.contains("context_length"_L1));
}

void TestModelBodies::reasoningRule_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QStringList>("abilities");
    QTest::addColumn<QJsonObject>("extraArgs");
    QTest::addColumn<QString>("errorMentions"); // empty: accepted

    const QStringList reasoning{u"func_call"_s, u"reasoning"_s};
    const QStringList plain{u"func_call"_s};
    QTest::newRow("default without ability") << u"provider_default"_s << plain << QJsonObject() << QString();
    QTest::newRow("high with ability") << u"high"_s << reasoning << QJsonObject() << QString();
    QTest::newRow("high without ability") << u"high"_s << plain << QJsonObject() << u"reasoning ability"_s;
    QTest::newRow("not offered") << u"xhigh"_s << reasoning << QJsonObject() << u"xhigh"_s;
    QTest::newRow("thinking beside") << u"low"_s << reasoning << jsonObject(R"({"thinking":{"type":"enabled"}})")
                                     << u"thinking"_s;
    QTest::newRow("under extra_body") << u"low"_s << reasoning
                                      << jsonObject(R"({"extra_body":{"enable_thinking":true}})")
                                      << u"enable_thinking"_s;
    QTest::newRow("effort beside default")
        << u"provider_default"_s << plain << jsonObject(R"({"reasoning_effort":"low"})") << QString();
}

void TestModelBodies::reasoningRule()
{
    QFETCH(QString, level);
    QFETCH(QStringList, abilities);
    QFETCH(QJsonObject, extraArgs);
    QFETCH(QString, errorMentions);

    LlmModel m = record("llm_reasoning", ModelType::Llm); // offers provider_default, disabled, low, medium, high
    m.setReasoningLevel(level);
    m.setAbilities(abilities);
    m.setExtraArgs(extraArgs);
    QCOMPARE(m.reasoningLevel(), level);
    for (const WriteBody &b :
         {WriteBodies::modelCreate(m, server(u"4.10.11"_s)), WriteBodies::modelUpdate(m, server(u"4.10.7"_s))}) {
        if (errorMentions.isEmpty()) {
            QVERIFY2(b.ok(), qPrintable(b.error));
            QCOMPARE(b.body.value("reasoning_config"_L1).toObject(), (QJsonObject{{u"level"_s, level}}));
        } else {
            QVERIFY2(b.error.contains(errorMentions), qPrintable(b.error));
            QVERIFY(b.body.isEmpty()); // nothing to send
        }
    }
    // 4.7–4.10.6 know no levels: nothing about them is sent or checked.
    const WriteBody older = WriteBodies::modelUpdate(m, server(u"4.10.6"_s));
    QVERIFY2(older.ok(), qPrintable(older.error));
    QVERIFY(!older.body.contains("reasoning_config"_L1));
}

void TestModelBodies::maskedExtraArgs_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("update");
    QTest::addColumn<bool>("sent");
    QTest::newRow("4.10.11 update keeps stored") << u"4.10.11"_s << true << true;
    QTest::newRow("4.10.11 create") << u"4.10.11"_s << false << false;
    QTest::newRow("4.9.7 update") << u"4.9.7"_s << true << false; // no masking there: stored as "***"
    QTest::newRow("4.9.7 create") << u"4.9.7"_s << false << false;
}

void TestModelBodies::maskedExtraArgs()
{
    QFETCH(QString, release);
    QFETCH(bool, update);
    QFETCH(bool, sent);
    LlmModel m = record("embedding", ModelType::Embedding);
    const QJsonObject args = jsonObject(R"({"dimensions":1536,"headers":{"Authorization":"***"}})");
    m.setExtraArgs(args);
    const WriteBody b
        = update ? WriteBodies::modelUpdate(m, server(release)) : WriteBodies::modelCreate(m, server(release));
    QCOMPARE(b.ok(), sent);
    if (sent)
        QCOMPARE(b.body.value("extra_args"_L1).toObject(), args);
    else
        QVERIFY2(b.error.contains(u"headers.Authorization"_s), qPrintable(b.error));
}

void TestModelBodies::unknownFieldsSurviveButAreNeverSent()
{
    // load -> edit -> write: the JSON keeps every field; the body has none of the unknown or read-only ones.
    const QByteArray wire = QJsonDocument(m_records.value("llm"_L1).toObject()).toJson();
    LlmModel m;
    QVERIFY(LlmModel::fromJson(QJsonDocument::fromJson(wire).object(), &m));
    m.setName(u"gpt-4o-2026"_s);
    m.setAbilities({u"vision"_s});
    m.setPreferredRanking(3);
    m.setProviderUuid(u"5b6c7d8e-9f00-4112-a233-b4c5d6e7f809"_s);
    const QJsonObject json = m.json();
    for (const char *kept : {"pipeline_hint", "provider", "reasoning_capabilities", "workspace_uuid", "created_at"})
        QVERIFY2(json.contains(QLatin1StringView(kept)), kept);
    QCOMPARE(json.value("pipeline_hint"_L1).toString(), u"a field this console does not know"_s);
    LlmModel reread;
    QVERIFY(LlmModel::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &reread));
    QCOMPARE(reread, m);

    const WriteBody b = WriteBodies::modelUpdate(m, server(u"4.10.11"_s));
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(sorted(b.body.keys()), sorted(WriteBodies::modelAllowList(ModelType::Llm, server(u"4.10.11"_s))));
    QCOMPARE(b.body.value("name"_L1).toString(), u"gpt-4o-2026"_s);
    QCOMPARE(b.body.value("prefered_ranking"_L1).toInt(), 3);
    QCOMPARE(b.body.value("provider_uuid"_L1).toString(), u"5b6c7d8e-9f00-4112-a233-b4c5d6e7f809"_s);
    QCOMPARE(b.body.value("abilities"_L1).toArray(), QJsonArray{u"vision"_s});
}

void TestModelBodies::testBody_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<ModelType>("type");
    for (const char *release : {"4.9.7", "4.10.2", "4.10.11"}) {
        for (ModelType type : lb::allModelTypes)
            QTest::addRow("%s %s", release, qPrintable(typeKey(type))) << QString::fromLatin1(release) << type;
    }
}

void TestModelBodies::testBody()
{
    QFETCH(QString, release);
    QFETCH(ModelType, type);
    const ServerFeatures s = server(release);
    LlmModel m = loaded(type);
    m.setProviderUuid(QString()); // an unsaved model, as the web UI tests it
    const WriteBody b = WriteBodies::modelTest(m, provider(0), s);
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(sorted(b.body.keys()),
             sorted(WriteBodies::modelAllowList(type, s) + QStringList{u"uuid"_s, u"provider"_s}));
    QCOMPARE(b.body.value("uuid"_L1), QJsonValue(QString()));
    QCOMPARE(b.body.value("provider_uuid"_L1), QJsonValue(QString()));
    const QJsonObject expectedProvider
        = jsonObject(R"({"requester":"openai-chat-completions","base_url":"https://api.openai.com/v1",
                     "api_keys":["sk-abc-fixture-0001","sk-def-fixture-0002"]})");
    QCOMPARE(b.body.value("provider"_L1).toObject(), expectedProvider);
}

void TestModelBodies::testBodyRefusesMaskedSecrets()
{
    const LlmModel m = record("rerank", ModelType::Rerank);
    const WriteBody masked = WriteBodies::modelTest(m, provider(2), server(u"4.10.11"_s));
    QVERIFY(!masked.ok());
    QVERIFY(masked.body.isEmpty());
    QVERIFY2(masked.error.contains(u"***"_s), qPrintable(masked.error));
    Provider url = provider(2);
    url.setApiKeys({u"jina-real-key"_s});
    const WriteBody maskedUrl = WriteBodies::modelTest(m, url, server(u"4.10.11"_s));
    QVERIFY2(maskedUrl.error.contains(u"URL"_s), qPrintable(maskedUrl.error));
    url.setBaseUrl(u"https://api.jina.ai/v1"_s);
    QVERIFY(WriteBodies::modelTest(m, url, server(u"4.10.11"_s)).ok());
    // 4.0–4.6: the model's own CREATE body; it carries its provider fields.
    const WriteBody legacy = WriteBodies::modelTest(m_legacy.at(0), provider(2), server(u"4.6.5"_s));
    QVERIFY(legacy.ok());
    QCOMPARE(legacy.body, m_legacy.at(0).createBody());
}

void TestModelBodies::providerCreate()
{
    for (const QString &release : {u"4.7.0"_s, u"4.10.11"_s}) {
        Provider p = provider(0);
        p.setApiKeys({u"sk-new"_s});
        const WriteBody b = WriteBodies::providerCreate(p, server(release));
        QVERIFY2(b.ok(), qPrintable(b.error));
        const QJsonObject expected = jsonObject(R"({"name":"OpenAI","requester":"openai-chat-completions",
                                 "base_url":"https://api.openai.com/v1","api_keys":["sk-new"]})");
        QCOMPARE(b.body, expected);
    }
    Provider fresh;
    fresh.setName(u"Local"_s);
    fresh.setRequester(u"ollama-chat"_s);
    fresh.setBaseUrl(QString()); // may be ""
    const WriteBody minimal = WriteBodies::providerCreate(fresh, server(u"4.10.11"_s));
    QVERIFY2(minimal.ok(), qPrintable(minimal.error));
    QCOMPARE(minimal.body, jsonObject(R"({"name":"Local","requester":"ollama-chat","base_url":"","api_keys":[]})"));
}

void TestModelBodies::providerCreateRefuses_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("implicit");
    QTest::addColumn<QString>("errorMentions");

    const QJsonObject masked = m_records.value("providers"_L1).toArray().at(2).toObject();
    QJsonObject urlOnly = masked;
    urlOnly.insert(u"api_keys"_s, QJsonArray{u"jina-key"_s});
    QTest::newRow("masked key") << u"4.10.11"_s << masked << false << u"***"_s;
    // Gotcha 14: 4.7–4.10.6 would store "***" as the key itself.
    QJsonObject keyOnly = masked;
    keyOnly.insert(u"base_url"_s, u"https://api.jina.ai/v1"_s);
    keyOnly.insert(u"api_keys"_s, QJsonArray{u"sk-real"_s, u"***"_s});
    QTest::newRow("masked key 4.9.7") << u"4.9.7"_s << keyOnly << false << u"masked key (***)"_s;
    QTest::newRow("masked URL") << u"4.10.11"_s << urlOnly << false << u"URL"_s;
    QTest::newRow("no name") << u"4.10.11"_s << jsonObject(R"({"requester":"ollama-chat","base_url":""})") << false
                             << u"name"_s;
    QTest::newRow("no requester") << u"4.9.7"_s << jsonObject(R"({"name":"x","base_url":""})") << false
                                  << u"requester"_s;
    QTest::newRow("4.6 server") << u"4.6.5"_s << jsonObject(R"({"name":"x","requester":"r","base_url":""})") << false
                                << u"4.0–4.6"_s;
    QTest::newRow("implicit") << u"4.10.11"_s << QJsonObject() << true << u"4.0–4.6"_s;
}

void TestModelBodies::providerCreateRefuses()
{
    QFETCH(QString, release);
    QFETCH(QJsonObject, json);
    QFETCH(bool, implicit);
    QFETCH(QString, errorMentions);
    const Provider p = implicit ? Provider::implicitProviders({m_legacy.at(0)}).constFirst() : Provider(json);
    const WriteBody b = WriteBodies::providerCreate(p, server(release));
    QVERIFY(!b.ok());
    QVERIFY(b.body.isEmpty());
    QVERIFY2(b.error.contains(errorMentions), qPrintable(b.error));
    if (implicit)
        QVERIFY(!WriteBodies::providerUpdate(p, p, server(release)).ok());
}

void TestModelBodies::providerUpdate_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QJsonObject>("original");
    QTest::addColumn<QJsonObject>("edits"); // laid over original
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("errorMentions"); // empty: accepted

    const QJsonObject masked = m_records.value("providers"_L1).toArray().at(2).toObject(); // ["***","","***"]
    const QJsonObject plain = m_records.value("providers"_L1).toArray().at(0).toObject();
    const QJsonObject v49 = m_records.value("provider_v4_9"_L1).toObject();
    QTest::newRow("nothing changed") << u"4.10.11"_s << masked << QJsonObject() << QJsonObject() << QString();
    QTest::newRow("rename, masked URL kept")
        << u"4.10.11"_s << masked << jsonObject(R"({"name":"Jina"})") << jsonObject(R"({"name":"Jina"})") << QString();
    QTest::newRow("URL replaced") << u"4.10.11"_s << masked << jsonObject(R"({"base_url":"https://api.jina.ai/v1"})")
                                  << jsonObject(R"({"base_url":"https://api.jina.ai/v1"})") << QString();
    QTest::newRow("URL still masked") << u"4.10.11"_s << masked
                                      << jsonObject(R"({"base_url":"https://***@api.jina.ai/v2?token=***"})")
                                      << QJsonObject() << u"URL"_s;
    QTest::newRow("keep 0, replace 1, add one")
        << u"4.10.11"_s << masked << jsonObject(R"({"api_keys":["***","sk-new","sk-3"]})")
        << jsonObject(R"({"api_keys":["***","sk-new","sk-3"]})") << QString();
    QTest::newRow("replace 0, keep 2") << u"4.10.11"_s << masked << jsonObject(R"({"api_keys":["sk-a","","***"]})")
                                       << jsonObject(R"({"api_keys":["sk-a","","***"]})") << QString();
    QTest::newRow("all removed") << u"4.10.11"_s << masked << jsonObject(R"({"api_keys":[]})")
                                 << jsonObject(R"({"api_keys":[]})") << QString();
    QTest::newRow("masked key moved") << u"4.10.11"_s << masked << jsonObject(R"({"api_keys":["","***"]})")
                                      << QJsonObject() << u"Key 2"_s;
    QTest::newRow("past the stored list")
        << u"4.10.11"_s << masked << jsonObject(R"({"api_keys":["***","","***","***"]})") << QJsonObject()
        << u"Key 4"_s;
    QTest::newRow("plain key read as ***")
        << u"4.10.11"_s << plain << jsonObject(R"({"api_keys":["***","sk-def-fixture-0002"]})") << QJsonObject()
        << u"Key 1"_s;
    QTest::newRow("4.9: *** never sent") << u"4.9.7"_s << v49
                                         << jsonObject(R"({"api_keys":["sk-deepseek-fixture-0003","***"]})")
                                         << QJsonObject() << u"does not mask"_s;
    QTest::newRow("4.9: keys replaced") << u"4.9.7"_s << v49 << jsonObject(R"({"api_keys":["sk-b"],"requester":"x"})")
                                        << jsonObject(R"({"api_keys":["sk-b"],"requester":"x"})") << QString();
    QTest::newRow("read-only and unknown fields")
        << u"4.10.11"_s << plain
        << jsonObject(R"({"llm_count":9,"updated_at":"2027-01-01T00:00:00","workspace_uuid":"w2","future":1})")
        << QJsonObject() << QString();
    QTest::newRow("emptied name") << u"4.10.11"_s << plain << jsonObject(R"({"name":""})") << QJsonObject()
                                  << u"name"_s;
    QTest::newRow("4.6 server") << u"4.6.5"_s << plain << jsonObject(R"({"name":"y"})") << QJsonObject()
                                << u"4.0–4.6"_s;
}

void TestModelBodies::providerUpdate()
{
    QFETCH(QString, release);
    QFETCH(QJsonObject, original);
    QFETCH(QJsonObject, edits);
    QFETCH(QJsonObject, body);
    QFETCH(QString, errorMentions);
    QJsonObject edited = original;
    for (auto it = edits.begin(); it != edits.end(); ++it)
        edited.insert(it.key(), it.value());
    const WriteBody b = WriteBodies::providerUpdate(Provider(original), Provider(edited), server(release));
    QCOMPARE(b.error.isEmpty(), errorMentions.isEmpty());
    QVERIFY2(b.error.contains(errorMentions), qPrintable(b.error));
    QCOMPARE(b.body, body);
}

void TestModelBodies::fromLegacy()
{
    LB_REQUIRE_JSON(newer, lb::testsupport::testDataPath(u"model-newer-server.json"_s));
    const LlmModel legacy(newer);
    const GenerationConversion::Result r = GenerationConversion::fromLegacy(legacy, u"p-new"_s);
    QCOMPARE(r.model.type(), ModelType::Llm);
    const QJsonObject expectedModel = jsonObject(R"({"name":"gpt-4.1-mini","provider_uuid":"p-new",
        "abilities":["vision","func_call"],"extra_args":{"reasoning":{"effort":"low"}}})");
    QCOMPARE(r.model.json(), expectedModel);
    QCOMPARE(sorted(r.notCarried), (QStringList{u"description"_s, u"requester_config.organization"_s}));
    const Provider p = Provider::fromLegacyModel(legacy);
    const QJsonObject expectedProvider = jsonObject(R"({"name":"api.openai.com","requester":"openai-chat-completions",
        "base_url":"https://api.openai.com/v1","api_keys":["sk-model-fixture-KEY-GGGG7777"]})");
    QCOMPARE(p.json(), expectedProvider);
    QVERIFY(WriteBodies::providerCreate(p, server(u"4.10.11"_s)).ok());
    const WriteBody b = WriteBodies::modelCreate(r.model, server(u"4.10.11"_s));
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(
        sorted(b.body.keys()),
        sorted(QStringList{u"name"_s, u"provider_uuid"_s, u"abilities"_s, u"reasoning_config"_s, u"extra_args"_s}));
}

void TestModelBodies::fromLegacyRealList()
{
    for (const LlmModel &legacy : std::as_const(m_legacy)) {
        const GenerationConversion::Result r = GenerationConversion::fromLegacy(legacy, u"p1"_s);
        QCOMPARE(r.model.name(), legacy.name());
        QCOMPARE(r.model.abilities(), legacy.abilities());
        QCOMPARE(r.model.extraArgs(), legacy.extraArgs());
        QCOMPARE(r.notCarried.contains(u"description"_s), !legacy.description().isEmpty());
        const WriteBody b = WriteBodies::modelCreate(r.model, server(u"4.9.7"_s));
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.body.value("provider_uuid"_L1).toString(), u"p1"_s);
    }
}

void TestModelBodies::toLegacy()
{
    const LlmModel m = record("llm", ModelType::Llm);
    const GenerationConversion::Result r = GenerationConversion::toLegacy(m, provider(0));
    QCOMPARE(r.notCarried, QStringList{u"context_length"_s});
    const QJsonObject expected = jsonObject(R"({"name":"gpt-4o","description":"","requester":"openai-chat-completions",
        "requester_config":{"base_url":"https://api.openai.com/v1","timeout":120},
        "api_keys":["sk-abc-fixture-0001","sk-def-fixture-0002"],"abilities":["vision","func_call"],
        "extra_args":{"temperature":0.3}})");
    QCOMPARE(r.model.createBody(), expected);
    QCOMPARE(WriteBodies::modelCreate(r.model, server(u"4.6.5"_s)).body, r.model.createBody());
}

void TestModelBodies::toLegacyMaskedProvider()
{
    const LlmModel m = record("llm_reasoning", ModelType::Llm); // level high, ranking 2, context null
    const GenerationConversion::Result r = GenerationConversion::toLegacy(m, provider(2));
    QCOMPARE(sorted(r.notCarried),
             sorted({u"api_keys"_s, u"base_url"_s, u"reasoning_config"_s, u"prefered_ranking"_s}));
    QVERIFY(r.model.apiKeys().isEmpty()); // never "***" as a key
    QVERIFY(r.model.baseUrl().isEmpty());
    QCOMPARE(r.model.requester(), u"jina-rerank"_s);
}

void TestModelBodies::toLegacyOtherTypes()
{
    for (ModelType type : {ModelType::Embedding, ModelType::Rerank}) {
        const GenerationConversion::Result r = GenerationConversion::toLegacy(loaded(type), provider(0));
        QCOMPARE(r.notCarried, QStringList{u"type"_s});
        QVERIFY(r.model.json().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestModelBodies)
#include "tst_modelbodies.moc"
