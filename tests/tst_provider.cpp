// Tests of lb::Provider: reading a 4.7+ provider record (masked keys, counts,
// LangBot Models, unknown fields), and the implicit providers that group the
// models of a 4.0–4.6 server.

#include "TestSupport.h"
#include "Fixtures.h"
#include "model/LlmModel.h"
#include "model/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace lb;
using lb::testsupport::jsonObject;

namespace {

LlmModel legacyModel(const QString &uuid, const QString &requester, const QString &baseUrl, const QStringList &keys)
{
    LlmModel m(QJsonObject{{u"uuid"_s, uuid}, {u"name"_s, u"model "_s + uuid}});
    m.setRequester(requester);
    m.setRequesterConfig(QJsonObject{{u"base_url"_s, baseUrl}, {u"timeout"_s, 120}});
    m.setApiKeys(keys);
    return m;
}

} // namespace

class TestProvider : public QObject
{
    Q_OBJECT

private:
    QJsonArray m_providers;   // the 4.10.11 list
    QJsonObject m_v49;        // a 4.9 provider
    QList<LlmModel> m_legacy; // the 4.6 list

private slots:
    void initTestCase();

    void fromJson_data();
    void fromJson();
    void accessorsOfRealRecord();
    void olderRecordHasNoWorkspaceOrRerank();
    void maskedKeys_data();
    void maskedKeys();
    void maskedUrl_data();
    void maskedUrl();
    void langBotModels_data();
    void langBotModels();
    void settersKeepUnknownFields();
    void wrongTypesGiveEmpties();

    void fromLegacyModel();
    void implicitProvidersGroupRealList();
    void implicitProvidersGroupByTriple();
    void implicitUuidIsStable();
    void nestedProviderOfModel();
};

void TestProvider::initTestCase()
{
    using lb::testsupport::testDataPath;
    LB_REQUIRE_JSON(records, testDataPath(u"records-v4.10.json"_s));
    m_providers = records.value("providers"_L1).toArray();
    m_v49 = records.value("provider_v4_9"_L1).toObject();
    QCOMPARE(m_providers.size(), 3);
    QVERIFY(!m_v49.isEmpty());
    const auto legacy = lb::testsupport::readModelsFixture(testDataPath(u"model-list-v4.6.json"_s));
    QVERIFY2(legacy.ok(), qPrintable(legacy.error));
    m_legacy = legacy.models;
    QCOMPARE(m_legacy.size(), 3);
}

void TestProvider::fromJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("real record") << m_providers.at(0) << true << QString();
    QTest::newRow("minimal") << QJsonValue(jsonObject(R"({"uuid":"p1"})")) << true << QString();
    QTest::newRow("array") << QJsonValue(QJsonArray{1}) << false << u"object"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << u"object"_s;
    QTest::newRow("no uuid") << QJsonValue(jsonObject(R"({"name":"x"})")) << false << u"uuid"_s;
    QTest::newRow("uuid number") << QJsonValue(jsonObject(R"({"uuid":7})")) << false << u"string"_s;
    QTest::newRow("uuid blank") << QJsonValue(jsonObject(R"({"uuid":" "})")) << false << u"empty"_s;
}

void TestProvider::fromJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(QString, errorMentions);

    Provider p;
    QString error = u"stale"_s;
    QCOMPARE(Provider::fromJson(value, &p, &error), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        QCOMPARE(p.json(), value.toObject());
        QVERIFY(!p.isImplicit());
    } else {
        QVERIFY2(error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(p, Provider()); // untouched
    }
    QCOMPARE(Provider::fromJson(value, nullptr, nullptr), ok);
}

void TestProvider::accessorsOfRealRecord()
{
    Provider p;
    QVERIFY(Provider::fromJson(m_providers.at(0), &p));
    QCOMPARE(p.uuid(), u"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s);
    QCOMPARE(p.name(), u"OpenAI"_s);
    QCOMPARE(p.requester(), u"openai-chat-completions"_s);
    QCOMPARE(p.baseUrl(), u"https://api.openai.com/v1"_s);
    QCOMPARE(p.apiKeys(), (QStringList{u"sk-abc-fixture-0001"_s, u"sk-def-fixture-0002"_s}));
    QVERIFY(!p.hasMaskedKeys());
    QCOMPARE(p.workspaceUuid(), u"9a1e2b3c-4d5e-4f60-8172-839405a6b7c8"_s);
    QCOMPARE(p.modelCount(ModelType::Llm), 2);
    QCOMPARE(p.modelCount(ModelType::Embedding), 1);
    QCOMPARE(p.modelCount(ModelType::Rerank), 0);
    QCOMPARE(p.createdAtText(), u"2026-08-21T04:07:36"_s);
    QCOMPARE(p.createdAt(), QDateTime(QDate(2026, 8, 21), QTime(4, 7, 36), Qt::UTC));
    QCOMPARE(p.updatedAt(), p.createdAt());
    QVERIFY(!p.isLangBotModels());
    QVERIFY(!p.isImplicit());
}

void TestProvider::olderRecordHasNoWorkspaceOrRerank()
{
    Provider p;
    QVERIFY(Provider::fromJson(m_v49, &p));
    QCOMPARE(p.name(), u"DeepSeek"_s);
    QVERIFY(p.workspaceUuid().isEmpty());
    QCOMPARE(p.modelCount(ModelType::Llm), 1);
    QCOMPARE(p.modelCount(ModelType::Rerank), 0); // rerank_count arrived in 4.9.7
    QCOMPARE(p.apiKeys(), QStringList{u"sk-deepseek-fixture-0003"_s});
}

void TestProvider::maskedKeys_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("masked");

    QTest::newRow("real masked record") << m_providers.at(2).toObject() << true;
    QTest::newRow("plain keys") << m_providers.at(0).toObject() << false;
    QTest::newRow("no keys") << m_providers.at(1).toObject() << false;
    QTest::newRow("one of two") << jsonObject(R"({"api_keys":["sk-1","***"]})") << true;
    QTest::newRow("four stars") << jsonObject(R"({"api_keys":["****"]})") << false;
    QTest::newRow("stars inside") << jsonObject(R"({"api_keys":["sk-***"]})") << false;
    QTest::newRow("empty string") << jsonObject(R"({"api_keys":[""]})") << false;
    QTest::newRow("not a list") << jsonObject(R"({"api_keys":"***"})") << false;
}

void TestProvider::maskedKeys()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, masked);
    const Provider p(json);
    QCOMPARE(p.hasMaskedKeys(), masked);
    QCOMPARE(p.apiKeys().contains(u"***"_s), masked);
}

void TestProvider::maskedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("masked");
    QTest::newRow("redacted user") << u"https://***@api.jina.ai/v1?token=***"_s << true;
    QTest::newRow("redacted token") << u"https://host/v1?token=***"_s << true;
    QTest::newRow("plain") << u"https://user:pw@host/v1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProvider::maskedUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, masked);
    QCOMPARE(Provider::isMaskedUrl(url), masked);
}

void TestProvider::langBotModels_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("langBotModels");
    QTest::newRow("listed") << m_providers.at(1).toObject() << true;
    QTest::newRow("by uuid") << jsonObject(R"({"uuid":"00000000-0000-0000-0000-000000000000","requester":"x"})")
                             << true;
    QTest::newRow("by requester") << jsonObject(R"({"uuid":"u1","requester":"space-chat-completions"})") << true;
    QTest::newRow("other") << m_providers.at(0).toObject() << false;
    QTest::newRow("almost nil uuid") << jsonObject(R"({"uuid":"00000000-0000-0000-0000-000000000001"})") << false;
}

void TestProvider::langBotModels()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, langBotModels);
    QCOMPARE(Provider(json).isLangBotModels(), langBotModels);
}

void TestProvider::settersKeepUnknownFields()
{
    Provider p(m_providers.at(2).toObject());
    p.setName(u"Jina"_s);
    p.setRequester(u"jina-rerank-v2"_s);
    p.setBaseUrl(u"https://api.jina.ai/v1"_s);
    p.setApiKeys({u"***"_s, u"jina-new"_s});
    QCOMPARE(p.name(), u"Jina"_s);
    QCOMPARE(p.requester(), u"jina-rerank-v2"_s);
    QCOMPARE(p.baseUrl(), u"https://api.jina.ai/v1"_s);
    QCOMPARE(p.apiKeys(), (QStringList{u"***"_s, u"jina-new"_s}));
    QCOMPARE(p.json().value("icon_hint"_L1).toString(), u"a field this console does not know"_s);
    QCOMPARE(p.modelCount(ModelType::Rerank), 1);
    QVERIFY(p != Provider(m_providers.at(2).toObject()));
}

void TestProvider::wrongTypesGiveEmpties()
{
    const Provider p(jsonObject(R"({"uuid":1,"name":[],"requester":null,"base_url":{},"api_keys":["k",2,null],
                              "llm_count":"3","workspace_uuid":5,"created_at":7})"));
    QVERIFY(p.uuid().isEmpty());
    QVERIFY(p.name().isEmpty());
    QVERIFY(p.requester().isEmpty());
    QVERIFY(p.baseUrl().isEmpty());
    QCOMPARE(p.apiKeys(), QStringList{u"k"_s});
    QCOMPARE(p.modelCount(ModelType::Llm), 0);
    QVERIFY(p.workspaceUuid().isEmpty());
    QVERIFY(!p.createdAt().isValid());
}

void TestProvider::fromLegacyModel()
{
    const Provider p = Provider::fromLegacyModel(m_legacy.at(0));
    QCOMPARE(p.requester(), u"openai-chat-completions"_s);
    QCOMPARE(p.baseUrl(), u"https://api.openai.com/v1"_s);
    QCOMPARE(p.apiKeys(), m_legacy.at(0).apiKeys());
    QCOMPARE(p.name(), u"api.openai.com"_s); // after the host, as a 4.7+ server names them
    QVERIFY(p.uuid().isEmpty());
    QVERIFY(!p.isImplicit());
    // The nested (contract) shape of api_keys is read too.
    LlmModel nested = legacyModel(u"n1"_s, u"ollama-chat"_s, QString(), {});
    nested.setRequesterConfig({});
    const Provider noUrl = Provider::fromLegacyModel(nested);
    QCOMPARE(noUrl.name(), u"ollama-chat"_s); // no host: after the requester
    QCOMPARE(noUrl.json().keys(), (QStringList{u"api_keys"_s, u"base_url"_s, u"name"_s, u"requester"_s}));
}

void TestProvider::implicitProvidersGroupRealList()
{
    const QList<Provider> providers = Provider::implicitProviders(m_legacy);
    QCOMPARE(providers.size(), 3); // three requesters, URLs and key sets
    int models = 0;
    for (int i = 0; i < providers.size(); ++i) {
        const Provider &p = providers.at(i);
        QVERIFY(p.isImplicit());
        QVERIFY(!QUuid::fromString(p.uuid()).isNull());
        QCOMPARE(p.requester(), m_legacy.at(i).requester());
        QCOMPARE(p.baseUrl(), m_legacy.at(i).baseUrl());
        QCOMPARE(p.apiKeys(), m_legacy.at(i).apiKeys());
        QCOMPARE(Provider::implicitProviderUuid(m_legacy.at(i)), p.uuid());
        QCOMPARE(p.modelCount(ModelType::Embedding), 0);
        QCOMPARE(p.modelCount(ModelType::Rerank), 0);
        models += p.modelCount(ModelType::Llm);
    }
    QCOMPARE(models, m_legacy.size());
    QVERIFY(Provider::implicitProviders({}).isEmpty());
}

void TestProvider::implicitProvidersGroupByTriple()
{
    const QString openai = u"openai-chat-completions"_s;
    const QString url = u"https://api.openai.com/v1"_s;
    const QList<LlmModel> models{
        legacyModel(u"a"_s, openai, url, {u"k1"_s, u"k2"_s}),
        legacyModel(u"b"_s, openai, url, {u"k2"_s, u"k1"_s, u"k1"_s}), // same key set
        legacyModel(u"c"_s, openai, url, {u"k1"_s}),                   // another key set
        legacyModel(u"d"_s, openai, url + u'/', {u"k1"_s, u"k2"_s}),   // another URL
        legacyModel(u"e"_s, u"deepseek-chat-completions"_s, url, {u"k1"_s, u"k2"_s}),
        legacyModel(u"f"_s, openai, url, {u"k1"_s, u"k2"_s}),
    };
    const QList<Provider> providers = Provider::implicitProviders(models);
    QCOMPARE(providers.size(), 4);
    QCOMPARE(providers.at(0).modelCount(ModelType::Llm), 3);              // a, b, f
    QCOMPARE(providers.at(0).apiKeys(), (QStringList{u"k1"_s, u"k2"_s})); // the first model's
    for (int i = 1; i < 4; ++i)
        QCOMPARE(providers.at(i).modelCount(ModelType::Llm), 1);
    QSet<QString> uuids;
    for (const Provider &p : providers)
        uuids.insert(p.uuid());
    QCOMPARE(uuids.size(), 4);
    const QStringList groupOf{providers.at(0).uuid(), providers.at(0).uuid(), providers.at(1).uuid(),
                              providers.at(2).uuid(), providers.at(3).uuid(), providers.at(0).uuid()};
    for (int i = 0; i < models.size(); ++i)
        QCOMPARE(Provider::implicitProviderUuid(models.at(i)), groupOf.at(i));
}

void TestProvider::implicitUuidIsStable()
{
    const LlmModel m = legacyModel(u"x"_s, u"openai-chat-completions"_s, u"https://a/v1"_s, {u"k"_s});
    const QString uuid = Provider::implicitProviderUuid(m);
    QCOMPARE(Provider::implicitProviderUuid(m), uuid);
    LlmModel renamed = m;
    renamed.setName(u"other name"_s);
    renamed.setUuid(u"y"_s);
    QCOMPARE(Provider::implicitProviderUuid(renamed), uuid); // the model's own fields do not count
    // A separator inside a field cannot make two triples alike.
    const LlmModel a = legacyModel(u"a"_s, u"r"_s, u"u\",\"v"_s, {});
    const LlmModel b = legacyModel(u"b"_s, u"r\",\"u"_s, u"v"_s, {});
    QVERIFY(Provider::implicitProviderUuid(a) != Provider::implicitProviderUuid(b));
    QCOMPARE(Provider::implicitProviders({m}).constFirst().uuid(), uuid);
    QVERIFY(uuid != QString(Provider::kLangBotModelsUuid));
}

void TestProvider::nestedProviderOfModel()
{
    // A model's nested provider is a Provider value, not an implicit one.
    const QJsonObject nested = jsonObject(R"({"uuid":"p1","name":"OpenAI","api_keys":["***"]})");
    const LlmModel m(QJsonObject{{u"uuid"_s, u"m1"_s}, {u"provider"_s, nested}});
    const std::optional<Provider> p = m.nestedProvider();
    QVERIFY(p.has_value());
    QCOMPARE(p->json(), nested);
    QVERIFY(p->hasMaskedKeys());
    QVERIFY(!p->isImplicit());
}

QTEST_GUILESS_MAIN(TestProvider)
#include "tst_provider.moc"
