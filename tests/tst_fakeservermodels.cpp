// Tests of the fake LangBot server's models on 4.7–4.10.6 and 4.10.7+ (API.md
// 5 and 6): LLM, embedding and rerank lists and shapes by version, the
// allow-lists (an extra key is a 500), partial updates and "***" leaves,
// gotchas 13 and 15, reasoning levels, and tests (saved and unsaved).
// Providers, permissions and request ids: tst_fakeserverproviders.

#include "FakeServerNewTest.h"

class TestFakeServerModels : public FakeServerNewTest
{
    Q_OBJECT
private slots:
    void shapesByVersion_data();
    void shapesByVersion();
    void listFilter();
    void getModel();
    void allowLists_data();
    void allowLists();
    void createModel();
    void createWithProviderObject();
    void missingProvider();
    void requesterLacksType();
    void updatePartial();
    void updateMaskedLeaves();
    void updateWithoutProviderUuid();
    void reasoningLevels();
    void deleteModel();
    void testSaved();
    void testProviderError();
    void testUnsaved();
};

void TestFakeServerModels::shapesByVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("contextLength");
    QTest::addColumn<bool>("workspaces");

    QTest::newRow("4.9.8") << u"4.9"_s << false << false;
    QTest::newRow("4.10.2") << u"4.10.2"_s << true << false;
    QTest::newRow("4.10.11") << u"4.10"_s << true << true;
}

void TestFakeServerModels::shapesByVersion()
{
    QFETCH(QString, version);
    QFETCH(bool, contextLength);
    QFETCH(bool, workspaces);
    QVERIFY(useVersion(version));

    const HttpResult llm = send("GET", modelsPath(u"llm"_s), {}, apiKeyHeader());
    QCOMPARE(llm.status, 200);
    const QJsonObject gpt = byUuid(array(llm, u"models"_s), kGpt4oNew);
    QCOMPARE(gpt.value(u"name"_s).toString(), u"gpt-4o"_s);
    QCOMPARE(gpt.value(u"provider_uuid"_s).toString(), kOpenAi);
    QCOMPARE(gpt.value(u"abilities"_s).toArray(), (QJsonArray{u"vision"_s, u"func_call"_s}));
    QCOMPARE(gpt.value(u"prefered_ranking"_s).toInt(-1), 0);
    QCOMPARE(gpt.contains(u"context_length"_s), contextLength);
    QCOMPARE(gpt.contains(u"reasoning_config"_s), workspaces);
    QCOMPARE(gpt.contains(u"reasoning_capabilities"_s), workspaces);
    QCOMPARE(gpt.contains(u"workspace_uuid"_s), workspaces);
    for (const char *legacy : {"requester", "requester_config", "api_keys", "description"})
        QVERIFY2(!gpt.contains(QLatin1String(legacy)), legacy);
    // The nested provider, without counts.
    const QJsonObject provider = gpt.value(u"provider"_s).toObject();
    QCOMPARE(provider.value(u"uuid"_s).toString(), kOpenAi);
    QCOMPARE(provider.value(u"requester"_s).toString(), u"openai-chat-completions"_s);
    QVERIFY(!provider.contains(u"llm_count"_s));

    const QJsonObject embedding
        = byUuid(array(send("GET", modelsPath(u"embedding"_s), {}, apiKeyHeader()), u"models"_s), kEmbeddingSmall);
    QCOMPARE(embedding.value(u"provider_uuid"_s).toString(), kOpenAi);
    for (const char *absent : {"abilities", "context_length", "reasoning_config"})
        QVERIFY2(!embedding.contains(QLatin1String(absent)), absent);
    QCOMPARE(array(send("GET", modelsPath(u"rerank"_s), {}, apiKeyHeader()), u"models"_s).size(), 1);
}

void TestFakeServerModels::listFilter()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult filtered = send("GET", modelsPath(u"llm"_s) + u"?provider_uuid="_s + kOpenAi, {}, apiKeyHeader());
    const QJsonArray list = array(filtered, u"models"_s);
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &value : list) {
        QCOMPARE(value.toObject().value(u"provider_uuid"_s).toString(), kOpenAi);
        QVERIFY(!value.toObject().contains(u"provider"_s)); // not nested with a filter
    }
    const QString unknown = u"?provider_uuid=00000000-0000-4000-8000-000000000000"_s;
    QVERIFY(isNotFoundResource(send("GET", modelsPath(u"llm"_s) + unknown, {}, apiKeyHeader())));

    QVERIFY(useVersion(u"4.9"_s));
    const HttpResult older = send("GET", modelsPath(u"llm"_s) + unknown, {}, apiKeyHeader());
    QCOMPARE(older.status, 200);
    QCOMPARE(array(older, u"models"_s).size(), 0);
}

void TestFakeServerModels::getModel()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult result = send("GET", modelsPath(u"rerank"_s) + u'/' + kReranker, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    const QJsonObject model = result.data().value(u"model"_s).toObject();
    QCOMPARE(model.value(u"provider_uuid"_s).toString(), kSiliconFlow);
    QCOMPARE(model.value(u"provider"_s).toObject().value(u"name"_s).toString(), u"SiliconFlow"_s);

    const HttpResult missing = send("GET", modelsPath(u"llm"_s) + u'/' + kReranker, {}, apiKeyHeader());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"code"_s), QJsonValue(-1));
    QCOMPARE(missing.json().value(u"msg"_s).toString(), u"model not found"_s);
}

// Gotcha 2: the allow-lists follow the version; any other key is a 500.
void TestFakeServerModels::allowLists_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");

    const QJsonValue level = QJsonObject{{u"level"_s, u"provider_default"_s}};
    QTest::newRow("4.9 llm context_length") << u"4.9"_s << u"llm"_s << u"context_length"_s << QJsonValue(8192) << false;
    QTest::newRow("4.10.2 llm context_length")
        << u"4.10.2"_s << u"llm"_s << u"context_length"_s << QJsonValue(8192) << true;
    QTest::newRow("4.10.2 llm reasoning_config") << u"4.10.2"_s << u"llm"_s << u"reasoning_config"_s << level << false;
    QTest::newRow("4.10 llm reasoning_config") << u"4.10"_s << u"llm"_s << u"reasoning_config"_s << level << true;
    QTest::newRow("4.10 llm prefered_ranking")
        << u"4.10"_s << u"llm"_s << u"prefered_ranking"_s << QJsonValue(3) << true;
    QTest::newRow("4.10 embedding abilities")
        << u"4.10"_s << u"embedding"_s << u"abilities"_s << QJsonValue(QJsonArray()) << false;
    QTest::newRow("4.10 rerank context_length")
        << u"4.10"_s << u"rerank"_s << u"context_length"_s << QJsonValue(512) << false;
    for (const QString &version : {u"4.9"_s, u"4.10"_s}) {
        const QByteArray tag = version.toLatin1();
        QTest::newRow(tag + " llm description")
            << version << u"llm"_s << u"description"_s << QJsonValue(u"x"_s) << false;
        QTest::newRow(tag + " llm requester")
            << version << u"llm"_s << u"requester"_s << QJsonValue(u"openai-chat-completions"_s) << false;
        QTest::newRow(tag + " embedding uuid") << version << u"embedding"_s << u"uuid"_s << QJsonValue(u"x"_s) << false;
        QTest::newRow(tag + " llm created_at")
            << version << u"llm"_s << u"created_at"_s << QJsonValue(u"2026-01-01T00:00:00"_s) << false;
        QTest::newRow(tag + " embedding extra_args")
            << version << u"embedding"_s << u"extra_args"_s << QJsonValue(QJsonObject{{u"dimensions"_s, 512}}) << true;
    }
}

void TestFakeServerModels::allowLists()
{
    QFETCH(QString, version);
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QVERIFY(useVersion(version));
    const lb::ModelType modelType = *lb::modelTypeFromId(type);
    const qsizetype before = m_server->models(modelType).size();

    QJsonObject body{{u"name"_s, u"text-embedding-3-large"_s}, {u"provider_uuid"_s, kSiliconFlow}};
    body.insert(key, value);
    const HttpResult created = send("POST", modelsPath(type), json(body), apiKeyHeader());
    QCOMPARE(created.status, accepted ? 200 : 500);
    QCOMPARE(m_server->models(modelType).size(), before + (accepted ? 1 : 0));

    // The same key in an update of a saved model.
    const QString uuid = m_server->models(modelType).first().value(u"uuid"_s).toString();
    const QJsonObject stored = m_server->model(modelType, uuid);
    QJsonObject update{{u"provider_uuid"_s, stored.value(u"provider_uuid"_s)}};
    update.insert(key, value);
    const HttpResult updated = send("PUT", modelsPath(type) + u'/' + uuid, json(update), apiKeyHeader());
    QCOMPARE(updated.status, accepted ? 200 : 500);
    if (!accepted) {
        QCOMPARE(m_server->model(modelType, uuid), stored);
        if (m_server->generation() == lb::ApiGeneration::Workspaces)
            QVERIFY(isOpaque500(updated));
        else
            QVERIFY(isLegacy500(updated, key));
    }
}

void TestFakeServerModels::createModel()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult created = send("POST", modelsPath(u"llm"_s),
                                    json({{u"name"_s, u"gpt-4.1"_s}, {u"provider_uuid"_s, kOpenAi}}), apiKeyHeader());
    QCOMPARE(created.status, 200);
    const QString uuid = created.data().value(u"uuid"_s).toString();
    const QJsonObject model
        = send("GET", modelsPath(u"llm"_s) + u'/' + uuid, {}, apiKeyHeader()).data().value(u"model"_s).toObject();
    QCOMPARE(model.value(u"abilities"_s).toArray(), QJsonArray());
    QCOMPARE(model.value(u"extra_args"_s).toObject(), QJsonObject());
    QCOMPARE(model.value(u"context_length"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(model.value(u"reasoning_config"_s).toObject().value(u"level"_s).toString(), u"provider_default"_s);
    QCOMPARE(model.value(u"prefered_ranking"_s).toInt(-1), 0);
    QVERIFY(kIsoWithoutZone.match(model.value(u"created_at"_s).toString()).hasMatch());
    QCOMPARE(byUuid(array(send("GET", kProviders, {}, apiKeyHeader()), u"providers"_s), kOpenAi)
                 .value(u"llm_count"_s)
                 .toInt(),
             3);

    for (const QString &missing : {u"name"_s, u"provider_uuid"_s}) {
        QJsonObject body{{u"name"_s, u"x"_s}, {u"provider_uuid"_s, kOpenAi}};
        body.remove(missing);
        QVERIFY(isOpaque500(send("POST", modelsPath(u"embedding"_s), json(body), apiKeyHeader())));
    }
    QVERIFY(isOpaque500(send("POST", modelsPath(u"llm"_s), "not json", apiKeyHeader())));
}

void TestFakeServerModels::createWithProviderObject()
{
    QVERIFY(useVersion(u"4.10"_s));
    const qsizetype providers = m_server->providers().size();
    // Creates a model of type named name with that provider object: the
    // provider_uuid the server saved it with.
    const auto create = [this](lb::ModelType type, const QString &name, const QJsonObject &provider) {
        const HttpResult result = send("POST", modelsPath(lb::modelTypeId(type)),
                                       json({{u"name"_s, name}, {u"provider"_s, provider}}), apiKeyHeader());
        if (result.status != 200)
            return u"HTTP %1"_s.arg(result.status);
        return m_server->model(type, result.data().value(u"uuid"_s).toString()).value(u"provider_uuid"_s).toString();
    };
    // The same requester, URL and keys: the existing provider.
    QCOMPARE(create(lb::ModelType::Llm, u"deepseek-coder"_s,
                    QJsonObject{{u"requester"_s, u"deepseek-chat-completions"_s},
                                {u"base_url"_s, u"https://api.deepseek.com"_s},
                                {u"api_keys"_s, QJsonArray{u"sk-demo-deepseek"_s}}}),
             kDeepSeekProvider);
    QCOMPARE(m_server->providers().size(), providers);
    // Another: a new provider named after the URL's host.
    const QString fresh = create(lb::ModelType::Llm, u"glm-4-plus"_s,
                                 QJsonObject{{u"requester"_s, u"zhipuai-chat-completions"_s},
                                             {u"base_url"_s, u"https://open.bigmodel.cn/api/paas/v4"_s},
                                             {u"api_keys"_s, QJsonArray{u"sk-zhipu"_s}}});
    QVERIFY2(!fresh.startsWith(u"HTTP"_s), qPrintable(fresh));
    QCOMPARE(m_server->providers().size(), providers + 1);
    QCOMPARE(m_server->providers().last().value(u"name"_s).toString(), u"open.bigmodel.cn"_s);
    QCOMPARE(m_server->providers().last().value(u"uuid"_s).toString(), fresh);
    // By uuid.
    QCOMPARE(create(lb::ModelType::Embedding, u"bge-large"_s, QJsonObject{{u"uuid"_s, kSiliconFlow}}), kSiliconFlow);
}

// Gotcha 15: 4.7–4.10.6 save an LLM model on a missing provider, then 500.
void TestFakeServerModels::missingProvider()
{
    const QJsonObject body{{u"name"_s, u"ghost"_s}, {u"provider_uuid"_s, u"00000000-0000-4000-8000-000000000000"_s}};
    QVERIFY(useVersion(u"4.9"_s));
    const qsizetype before = m_server->models().size();
    const HttpResult saved = send("POST", modelsPath(u"llm"_s), json(body), apiKeyHeader());
    QCOMPARE(saved.status, 500);
    QCOMPARE(saved.json().value(u"code"_s), QJsonValue(-2));
    QCOMPARE(m_server->models().size(), before + 1);
    QCOMPARE(m_server->models().last().value(u"name"_s).toString(), u"ghost"_s);

    QVERIFY(useVersion(u"4.10"_s));
    const qsizetype now = m_server->models().size();
    QVERIFY(isNotFoundResource(send("POST", modelsPath(u"llm"_s), json(body), apiKeyHeader())));
    QCOMPARE(m_server->models().size(), now);
}

void TestFakeServerModels::requesterLacksType()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult result
        = send("POST", modelsPath(u"rerank"_s), json({{u"name"_s, u"r"_s}, {u"provider_uuid"_s, kDeepSeekProvider}}),
               apiKeyHeader());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"code"_s), QJsonValue(-1));
    QCOMPARE(result.json().value(u"msg"_s).toString(),
             u"Provider requester \"deepseek-chat-completions\" does not support rerank models"_s);
    QVERIFY(m_server->models(lb::ModelType::Rerank).size() == 1);
}

void TestFakeServerModels::updatePartial()
{
    QVERIFY(useVersion(u"4.10"_s));
    const QString item = modelsPath(u"llm"_s) + u'/' + kGpt4oNew;
    const QJsonObject before = m_server->model(lb::ModelType::Llm, kGpt4oNew);
    const HttpResult result
        = send("PUT", item, json({{u"extra_args"_s, QJsonObject{{u"top_p"_s, 0.5}}}}), apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"data"_s), QJsonValue(QJsonValue::Null));
    const QJsonObject after = m_server->model(lb::ModelType::Llm, kGpt4oNew);
    QCOMPARE(after.value(u"extra_args"_s).toObject(), (QJsonObject{{u"top_p"_s, 0.5}})); // replaced whole
    QCOMPARE(after.value(u"name"_s), before.value(u"name"_s));
    QCOMPARE(after.value(u"abilities"_s), before.value(u"abilities"_s));
    QVERIFY(after.value(u"updated_at"_s).toString() > before.value(u"updated_at"_s).toString());

    // provider_uuid moves a model; an unknown one is 404 on 4.10.7+.
    QCOMPARE(send("PUT", item, json({{u"provider_uuid"_s, kGateway}}), apiKeyHeader()).status, 200);
    QCOMPARE(m_server->model(lb::ModelType::Llm, kGpt4oNew).value(u"provider_uuid"_s).toString(), kGateway);
    QVERIFY(isNotFoundResource(
        send("PUT", item, json({{u"provider_uuid"_s, u"00000000-0000-4000-8000-000000000000"_s}}), apiKeyHeader())));
    QVERIFY(isNotFoundResource(send("PUT", modelsPath(u"llm"_s) + u"/00000000-0000-4000-8000-000000000000"_s,
                                    json({{u"name"_s, u"x"_s}}), apiKeyHeader())));
}

// A "***" leaf keeps the stored value (4.10.7+); before, it is stored as sent.
void TestFakeServerModels::updateMaskedLeaves()
{
    const QJsonObject masked{
        {u"extra_headers"_s, QJsonObject{{u"Authorization"_s, u"***"_s}, {u"X-Team"_s, u"support"_s}}},
        {u"callback_url"_s, u"***"_s},
        {u"new_token"_s, u"***"_s},
    };
    const QString item = modelsPath(u"llm"_s) + u'/' + kGatewayModel;
    QVERIFY(useVersion(u"4.10"_s));
    QCOMPARE(send("PUT", item, json({{u"extra_args"_s, masked}}), apiKeyHeader()).status, 200);
    const QJsonObject args = m_server->model(lb::ModelType::Llm, kGatewayModel).value(u"extra_args"_s).toObject();
    QCOMPARE(args.value(u"extra_headers"_s).toObject().value(u"Authorization"_s).toString(),
             u"Bearer demo-gateway-header-token"_s);
    QCOMPARE(args.value(u"extra_headers"_s).toObject().value(u"X-Team"_s).toString(), u"support"_s);
    QCOMPARE(args.value(u"callback_url"_s).toString(), u"https://hook:demo-hook-pass@hooks.example.com/llm"_s);
    QCOMPARE(args.value(u"new_token"_s).toString(), u"***"_s); // nothing stored there
    QVERIFY(!args.contains(u"temperature"_s));

    QVERIFY(useVersion(u"4.9"_s));
    QCOMPARE(
        send("PUT", item, json({{u"provider_uuid"_s, kGateway}, {u"extra_args"_s, masked}}), apiKeyHeader()).status,
        200);
    QCOMPARE(m_server->model(lb::ModelType::Llm, kGatewayModel)
                 .value(u"extra_args"_s)
                 .toObject()
                 .value(u"extra_headers"_s)
                 .toObject()
                 .value(u"Authorization"_s)
                 .toString(),
             u"***"_s);
}

// Gotcha 13: 4.7–4.10.6 write a PUT without provider_uuid, then answer 500.
void TestFakeServerModels::updateWithoutProviderUuid()
{
    QVERIFY(useVersion(u"4.9"_s));
    const QString item = modelsPath(u"embedding"_s) + u'/' + kEmbeddingSmall;
    const HttpResult failed = send("PUT", item, json({{u"name"_s, u"renamed"_s}}), apiKeyHeader());
    QVERIFY(isLegacy500(failed, u"'provider_uuid'"_s));
    QCOMPARE(failed.json().value(u"msg"_s).toString(), u"'provider_uuid'"_s);
    QCOMPARE(m_server->model(lb::ModelType::Embedding, kEmbeddingSmall).value(u"name"_s).toString(), u"renamed"_s);
    const HttpResult ok
        = send("PUT", item, json({{u"name"_s, u"again"_s}, {u"provider_uuid"_s, kOpenAi}}), apiKeyHeader());
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(u"data"_s), QJsonValue(QJsonValue::Null));

    QVERIFY(useVersion(u"4.10"_s));
    QCOMPARE(send("PUT", item, json({{u"name"_s, u"renamed"_s}}), apiKeyHeader()).status, 200);
}

void TestFakeServerModels::reasoningLevels()
{
    QVERIFY(useVersion(u"4.10"_s));
    const auto put = [&](const QString &uuid, const QJsonObject &body) {
        return send("PUT", modelsPath(u"llm"_s) + u'/' + uuid, json(body), apiKeyHeader());
    };
    const auto level = [](const char *name) { return QJsonObject{{u"level"_s, QLatin1String(name)}}; };
    const QString needsAbility = u"The reasoning ability must be enabled before selecting a reasoning level"_s;

    // gpt-4o lacks the reasoning ability.
    HttpResult result = put(kGpt4oNew, {{u"reasoning_config"_s, level("high")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"msg"_s).toString(), needsAbility);
    QCOMPARE(send("POST", modelsPath(u"llm"_s),
                  json({{u"name"_s, u"x"_s}, {u"provider_uuid"_s, kOpenAi}, {u"reasoning_config"_s, level("low")}}),
                  apiKeyHeader())
                 .json()
                 .value(u"msg"_s)
                 .toString(),
             needsAbility);

    // deepseek-reasoner has it, at "high": levels come from its capabilities.
    const QJsonObject reasoner
        = send("GET", modelsPath(u"llm"_s) + u'/' + kReasoner, {}, apiKeyHeader()).data().value(u"model"_s).toObject();
    QCOMPARE(reasoner.value(u"reasoning_config"_s).toObject().value(u"level"_s).toString(), u"high"_s);
    const QJsonArray levels = reasoner.value(u"reasoning_capabilities"_s).toObject().value(u"levels"_s).toArray();
    QVERIFY(levels.contains(u"low"_s) && !levels.contains(u"max"_s));
    QCOMPARE(put(kReasoner, {{u"reasoning_config"_s, level("max")}}).status, 400);
    QCOMPARE(put(kReasoner, {{u"reasoning_config"_s, level("bogus")}}).status, 400);
    QCOMPARE(put(kReasoner, {{u"reasoning_config"_s, QJsonObject{{u"level"_s, u"low"_s}, {u"budget"_s, 1}}}}).status,
             400);
    QCOMPARE(put(kReasoner, {{u"reasoning_config"_s, level("low")}}).status, 200);
    // A reasoning key in extra_args (or extra_body) beside a level.
    QCOMPARE(put(kReasoner, {{u"extra_args"_s, QJsonObject{{u"reasoning_effort"_s, u"low"_s}}}}).status, 400);
    QCOMPARE(
        put(kReasoner, {{u"extra_args"_s, QJsonObject{{u"extra_body"_s, QJsonObject{{u"thinking"_s, true}}}}}}).status,
        400);
    // Dropping the ability is checked against the merged record.
    QCOMPARE(put(kReasoner, {{u"abilities"_s, QJsonArray()}}).json().value(u"msg"_s).toString(), needsAbility);
    QCOMPARE(
        put(kReasoner, {{u"abilities"_s, QJsonArray()}, {u"reasoning_config"_s, level("provider_default")}}).status,
        200);
    QCOMPARE(m_server->model(lb::ModelType::Llm, kReasoner).value(u"abilities"_s).toArray(), QJsonArray());
}

void TestFakeServerModels::deleteModel()
{
    QVERIFY(useVersion(u"4.10"_s));
    const QString item = modelsPath(u"embedding"_s) + u'/' + kEmbeddingSmall;
    const HttpResult deleted = send("DELETE", item, {}, apiKeyHeader());
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"data"_s), QJsonValue(QJsonValue::Null));
    QVERIFY(m_server->model(lb::ModelType::Embedding, kEmbeddingSmall).isEmpty());
    QVERIFY(isNotFoundResource(send("DELETE", item, {}, apiKeyHeader())));

    QVERIFY(useVersion(u"4.9"_s)); // not checked before 4.10.7
    QCOMPARE(
        send("DELETE", modelsPath(u"llm"_s) + u"/00000000-0000-4000-8000-000000000000"_s, {}, apiKeyHeader()).status,
        200);
}

void TestFakeServerModels::testSaved()
{
    QVERIFY(useVersion(u"4.10"_s));
    m_server->setTestBehaviour(kGpt4oNew, TestBehaviour::Ok);
    const HttpResult ok = send("POST", modelsPath(u"llm"_s) + u'/' + kGpt4oNew + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(u"data"_s), QJsonValue(QJsonValue::Null));
    const HttpResult overlay = send("POST", modelsPath(u"llm"_s) + u'/' + kGpt4oNew + u"/test"_s,
                                    json({{u"extra_args"_s, QJsonObject{{u"temperature"_s, 0}}}}), apiKeyHeader());
    QCOMPARE(overlay.status, 200);
    // LLM tests need a body; embedding and rerank ignore it.
    QVERIFY(isOpaque500(send("POST", modelsPath(u"llm"_s) + u'/' + kGpt4oNew + u"/test"_s, {}, apiKeyHeader())));
    m_server->setTestBehaviour(kReranker, TestBehaviour::Ok);
    QCOMPARE(send("POST", modelsPath(u"rerank"_s) + u'/' + kReranker + u"/test"_s, {}, apiKeyHeader()).status, 200);
    QVERIFY(isNotFoundResource(
        send("POST", modelsPath(u"embedding"_s) + u'/' + kReranker + u"/test"_s, "{}", apiKeyHeader())));
}

// The opaque 500 of 4.10.7+ and the provider's words on 4.7–4.10.6.
void TestFakeServerModels::testProviderError()
{
    const QString text = u"Error code: 401 - invalid key"_s;
    for (const QString &version : {u"4.9"_s, u"4.10"_s}) {
        QVERIFY(useVersion(version));
        m_server->setTestBehaviour(kEmbeddingSmall, TestBehaviour::ProviderError, 0, text);
        const HttpResult failed
            = send("POST", modelsPath(u"embedding"_s) + u'/' + kEmbeddingSmall + u"/test"_s, "{}", apiKeyHeader());
        QCOMPARE(failed.status, 500);
        if (m_server->generation() == lb::ApiGeneration::Workspaces) {
            QVERIFY(isOpaque500(failed));
            QVERIFY(!failed.body.contains("invalid key"));
        } else {
            QCOMPARE(failed.json().value(u"msg"_s).toString(), u"模型请求失败: RequesterError: "_s + text);
            QCOMPARE(failed.json().value(u"code"_s), QJsonValue(-2));
        }
    }
}

void TestFakeServerModels::testUnsaved()
{
    QVERIFY(useVersion(u"4.10"_s));
    const QJsonObject provider{{u"requester"_s, u"openai-chat-completions"_s},
                               {u"base_url"_s, u"https://api.openai.com/v1"_s},
                               {u"api_keys"_s, QJsonArray{u"sk-real"_s}}};
    const QJsonObject webUi{{u"uuid"_s, u""_s},
                            {u"name"_s, u"gpt-4o"_s},
                            {u"provider_uuid"_s, u""_s},
                            {u"provider"_s, provider},
                            {u"abilities"_s, QJsonArray()},
                            {u"reasoning_config"_s, QJsonObject{{u"level"_s, u"provider_default"_s}}},
                            {u"extra_args"_s, QJsonObject()}};
    const QString unsaved = modelsPath(u"llm"_s) + u"/_/test"_s;
    QCOMPARE(send("POST", unsaved, json(webUi), apiKeyHeader()).status, 200);

    QJsonObject copied = webUi; // a provider copied from GET
    QJsonObject withCounts = provider;
    withCounts.insert(u"llm_count"_s, 2);
    copied.insert(u"provider"_s, withCounts);
    QVERIFY(isOpaque500(send("POST", unsaved, json(copied), apiKeyHeader())));

    QJsonObject maskedKey = webUi; // "***" goes upstream: an auth failure
    QJsonObject masked = provider;
    masked.insert(u"api_keys"_s, QJsonArray{u"***"_s});
    maskedKey.insert(u"provider"_s, masked);
    QVERIFY(isOpaque500(send("POST", unsaved, json(maskedKey), apiKeyHeader())));

    QJsonObject badLevel = webUi; // 500 here, not 400
    badLevel.insert(u"reasoning_config"_s, QJsonObject{{u"level"_s, u"high"_s}});
    QVERIFY(isOpaque500(send("POST", unsaved, json(badLevel), apiKeyHeader())));

    QJsonObject legacyShape = webUi;
    legacyShape.insert(u"description"_s, u"x"_s);
    QVERIFY(isOpaque500(send("POST", unsaved, json(legacyShape), apiKeyHeader())));

    // 4.9: no reasoning_config in the allow-list; real text in failures.
    QVERIFY(useVersion(u"4.9"_s));
    QJsonObject older = webUi;
    older.remove(u"reasoning_config"_s);
    QCOMPARE(send("POST", unsaved, json(older), apiKeyHeader()).status, 200);
    QVERIFY(isLegacy500(send("POST", unsaved, json(webUi), apiKeyHeader()), u"reasoning_config"_s));
    QJsonObject unreachable = older;
    QJsonObject far = provider;
    far.insert(u"base_url"_s, u"https://invalid.example.com/v1"_s);
    unreachable.insert(u"provider"_s, far);
    QVERIFY(isLegacy500(send("POST", unsaved, json(unreachable), apiKeyHeader()), u"Connection error."_s));
}

QTEST_MAIN(TestFakeServerModels)
#include "tst_fakeservermodels.moc"
