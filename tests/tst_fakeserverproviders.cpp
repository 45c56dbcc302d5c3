// Tests of the fake LangBot server as 4.7–4.10.6 and 4.10.7+ (API.md, "Newer
// servers"): versions and system/info, the probe that tells generations
// apart, providers and their errors, scans, permissions and masking with the
// view-only key, request ids, the workspace and system routes, and the demo
// data. Models of the three types: tst_fakeservermodels.

#include "FakeServerNewTest.h"
#include "TestSupport.h"

#include "api/ServerGeneration.h"

class TestFakeServerProviders : public FakeServerNewTest
{
    Q_OBJECT
private slots:
    void versions_data();
    void versions();
    void rejectsBadVersions();
    void generationProbe_data();
    void generationProbe();
    void listProviders();
    void getProvider();
    void createProvider();
    void createProviderRejects_data();
    void createProviderRejects();
    void maskedKeyStoredBefore4107();
    void halfSavedProvider_data();
    void halfSavedProvider();
    void updateProvider();
    void updateProviderRejects();
    void deleteProvider();
    void scan();
    void scanErrors();
    void viewOnlyKeyReadsMasked();
    void viewOnlyKeyCannotWrite_data();
    void viewOnlyKeyCannotWrite();
    void includeSecretFalse();
    void requestIds();
    void authenticationBodies();
    void workspaceAndSystemRoutes();
    void requestersByVersion();
    void demoData();
    void generatedModels();
};

// ---------------------------------------------------------------------------
// versions
// ---------------------------------------------------------------------------

void TestFakeServerProviders::versions_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("generation");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("4.7.0") << u"4.7.0"_s << u"v4.7.0"_s << int(lb::ApiGeneration::Providers)
                           << QStringList{u"allow_modify_login_info"_s, u"disable_models_service"_s}
                           << QStringList{u"edition"_s, u"limitation"_s, u"wizard_status"_s, u"outbound_ips"_s};
    QTest::newRow("4.9") << u"4.9"_s << u"v4.9.8"_s << int(lb::ApiGeneration::Providers)
                         << QStringList{u"edition"_s, u"limitation"_s, u"wizard_status"_s, u"wizard_progress"_s}
                         << QStringList{u"outbound_ips"_s, u"mcp_stdio_enabled"_s, u"invitation_delivery"_s};
    QTest::newRow("4.10.2") << u"v4.10.2"_s << u"v4.10.2"_s << int(lb::ApiGeneration::Providers)
                            << QStringList{u"outbound_ips"_s}
                            << QStringList{u"mcp_stdio_enabled"_s, u"invitation_delivery"_s};
    QTest::newRow("4.10") << u"4.10"_s << u"v4.10.11"_s << int(lb::ApiGeneration::Workspaces)
                          << QStringList{u"outbound_ips"_s, u"mcp_stdio_enabled"_s, u"invitation_delivery"_s}
                          << QStringList{};
    QTest::newRow("4.10.8") << u"4.10.8"_s << u"v4.10.8"_s << int(lb::ApiGeneration::Workspaces)
                            << QStringList{u"invitation_delivery"_s} << QStringList{};
}

void TestFakeServerProviders::versions()
{
    QFETCH(QString, asked);
    QFETCH(QString, version);
    QFETCH(int, generation);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    QCOMPARE(m_server->langBotVersion(), u"v4.6.5"_s); // the default
    QVERIFY(m_server->setLangBotVersion(asked));
    QCOMPARE(m_server->langBotVersion(), version);
    QCOMPARE(int(m_server->generation()), generation);

    const HttpResult info = send("GET", u"/api/v1/system/info"_s);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.data().value(u"version"_s).toString(), version);
    for (const QString &field : present)
        QVERIFY2(info.data().contains(field), qPrintable(field));
    for (const QString &field : absent)
        QVERIFY2(!info.data().contains(field), qPrintable(field));
    QCOMPARE(int(lb::generationFromSystemInfo(info.data())), generation);
}

void TestFakeServerProviders::rejectsBadVersions()
{
    for (const QString &bad : {u""_s, u"banana"_s, u"5.0.1"_s, u"4"_s, u"4.10.x"_s}) {
        QVERIFY2(!m_server->setLangBotVersion(bad), qPrintable(bad));
        QCOMPARE(m_server->langBotVersion(), u"v4.6.5"_s);
    }
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).data().value(u"version"_s).toString(), u"v4.6.5"_s);
}

// API.md 1, step 3, and the unknown-route row of API.md 2.
void TestFakeServerProviders::generationProbe_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("workspaceUuid");
    QTest::addColumn<bool>("rerankRoute");
    QTest::addColumn<int>("unknownStatus");

    QTest::newRow("4.6") << u"4.6"_s << false << false << false << 404;
    QTest::newRow("4.9.5") << u"4.9.5"_s << true << false << false << 200;
    QTest::newRow("4.9.8") << u"4.9"_s << true << false << true << 404;
    QTest::newRow("4.10.11") << u"4.10"_s << true << true << true << 404;
}

void TestFakeServerProviders::generationProbe()
{
    QFETCH(QString, version);
    QFETCH(bool, json);
    QFETCH(bool, workspaceUuid);
    QFETCH(bool, rerankRoute);
    QFETCH(int, unknownStatus);
    QVERIFY(useVersion(version));

    const HttpResult probe = send("GET", kProviders, {}, apiKeyHeader());
    QCOMPARE(probe.header("content-type").startsWith("application/json"), json);
    if (!json)
        QVERIFY(probe.header("content-type").startsWith("text/html"));
    else
        QCOMPARE(array(probe, u"providers"_s).first().toObject().contains(u"workspace_uuid"_s), workspaceUuid);

    const HttpResult rerank = send("GET", modelsPath(u"rerank"_s), {}, apiKeyHeader());
    QCOMPARE(rerank.header("content-type").startsWith("application/json"), rerankRoute);

    const HttpResult unknown = send("GET", u"/api/v1/no/such/route"_s, {}, apiKeyHeader());
    QCOMPARE(unknown.status, unknownStatus);
    QVERIFY(unknown.header("content-type").startsWith("text/html"));
}

// ---------------------------------------------------------------------------
// providers
// ---------------------------------------------------------------------------

void TestFakeServerProviders::listProviders()
{
    QVERIFY(useVersion(u"4.9"_s));
    const HttpResult result = send("GET", kProviders, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    const QJsonArray list = array(result, u"providers"_s);
    QVERIFY(list.size() >= 4);
    const QJsonObject openAi = byUuid(list, kOpenAi);
    QCOMPARE(openAi.value(u"name"_s).toString(), u"OpenAI"_s);
    QCOMPARE(openAi.value(u"requester"_s).toString(), u"openai-chat-completions"_s);
    QCOMPARE(openAi.value(u"api_keys"_s).toArray(),
             (QJsonArray{u"sk-demo-openai-primary"_s, u"sk-demo-openai-backup"_s})); // no masking before 4.10.7
    QCOMPARE(openAi.value(u"llm_count"_s).toInt(), 2);
    QCOMPARE(openAi.value(u"embedding_count"_s).toInt(), 1);
    QCOMPARE(openAi.value(u"rerank_count"_s).toInt(-1), 0);
    QCOMPARE(byUuid(list, kSiliconFlow).value(u"rerank_count"_s).toInt(), 1);
    QCOMPARE(byUuid(list, kOllamaProvider).value(u"api_keys"_s).toArray(), QJsonArray());
    QVERIFY(kIsoWithoutZone.match(openAi.value(u"created_at"_s).toString()).hasMatch());

    QVERIFY(useVersion(u"4.9.5"_s)); // rerank_count is 4.9.7+
    const QJsonObject early = byUuid(array(send("GET", kProviders, {}, apiKeyHeader()), u"providers"_s), kOpenAi);
    QVERIFY(early.contains(u"llm_count"_s));
    QVERIFY(!early.contains(u"rerank_count"_s));
}

void TestFakeServerProviders::getProvider()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult result = send("GET", kProviders + u'/' + kDeepSeekProvider, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    const QJsonObject provider = result.data().value(u"provider"_s).toObject();
    QCOMPARE(provider.value(u"name"_s).toString(), u"DeepSeek"_s);
    QCOMPARE(provider.value(u"llm_count"_s).toInt(), 2);
    QVERIFY(!provider.value(u"workspace_uuid"_s).toString().isEmpty());

    const HttpResult missing = send("GET", kProviders + u"/00000000-0000-4000-8000-000000000000"_s, {}, apiKeyHeader());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"code"_s), QJsonValue(-1)); // the integer code is kept
    QCOMPARE(missing.json().value(u"msg"_s).toString(), u"provider not found"_s);
}

void TestFakeServerProviders::createProvider()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult created = send("POST", kProviders,
                                    json({{u"name"_s, u"Moonshot"_s},
                                          {u"requester"_s, u"moonshot-chat-completions"_s},
                                          {u"base_url"_s, u"https://api.moonshot.cn/v1"_s},
                                          {u"api_keys"_s, QJsonArray{u" sk-a "_s, u""_s, u"sk-b"_s, u"sk-a"_s}}}),
                                    apiKeyHeader());
    QCOMPARE(created.status, 200);
    const QString uuid = created.data().value(u"uuid"_s).toString();
    QVERIFY(!uuid.isEmpty());
    const QJsonObject stored = m_server->provider(uuid);
    QCOMPARE(stored.value(u"api_keys"_s).toArray(), (QJsonArray{u"sk-a"_s, u"sk-b"_s})); // trimmed, deduplicated
    QCOMPARE(stored.value(u"base_url"_s).toString(), u"https://api.moonshot.cn/v1"_s);

    // One string is accepted; base_url may be empty; api_keys may be left out.
    const HttpResult single = send("POST", kProviders,
                                   json({{u"name"_s, u"Local"_s},
                                         {u"requester"_s, u"ollama-chat"_s},
                                         {u"base_url"_s, u""_s},
                                         {u"api_keys"_s, u"sk-one"_s}}),
                                   apiKeyHeader());
    QCOMPARE(single.status, 200);
    QCOMPARE(m_server->provider(single.data().value(u"uuid"_s).toString()).value(u"api_keys"_s).toArray(),
             QJsonArray{u"sk-one"_s});
    const HttpResult noKeys = send(
        "POST", kProviders,
        json({{u"name"_s, u"Bare"_s}, {u"requester"_s, u"ollama-chat"_s}, {u"base_url"_s, u"http://10.0.0.2:11434"_s}}),
        apiKeyHeader());
    QCOMPARE(noKeys.status, 200);
    QCOMPARE(m_server->providers().size(), qsizetype(8));
    QCOMPARE(m_server->writeRequestCount(), 3);
}

void TestFakeServerProviders::createProviderRejects_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text"); // the 4.7–4.10.6 msg (4.10.7+: opaque)

    const QJsonObject good{{u"name"_s, u"X"_s}, {u"requester"_s, u"openai-chat-completions"_s}, {u"base_url"_s, u""_s}};
    QJsonObject counted = good;
    counted.insert(u"llm_count"_s, 0);
    QJsonObject unnamed = good;
    unnamed.remove(u"name"_s);
    QJsonObject masked = good;
    masked.insert(u"api_keys"_s, QJsonArray{u"***"_s});
    for (const QString &version : {u"4.9"_s, u"4.10"_s}) {
        const QByteArray tag = version.toLatin1();
        QTest::newRow(tag + " extra key") << version << json(counted) << 500 << u"llm_count"_s;
        QTest::newRow(tag + " no name") << version << json(unnamed) << 500 << u"'name'"_s;
        QTest::newRow(tag + " not JSON") << version << QByteArray("name=X") << 500 << u"400 Bad Request"_s;
    }
    QTest::newRow("4.10 masked key") << u"4.10"_s << json(masked) << 400 << u"Masked secret has no existing value"_s;
}

void TestFakeServerProviders::createProviderRejects()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, text);
    QVERIFY(useVersion(version));
    const qsizetype before = m_server->providers().size();

    const HttpResult result = send("POST", kProviders, body, apiKeyHeader());
    QCOMPARE(result.status, status);
    if (status == 400) {
        QCOMPARE(result.json().value(u"code"_s), QJsonValue(-1));
        QCOMPARE(result.json().value(u"msg"_s).toString(), text);
    } else if (m_server->generation() == lb::ApiGeneration::Workspaces) {
        QVERIFY2(isOpaque500(result), result.body.constData());
        QVERIFY(!result.body.contains(text.toUtf8()));
    } else {
        QVERIFY2(isLegacy500(result, text), result.body.constData());
    }
    QCOMPARE(m_server->providers().size(), before);
}

// Gotcha 14: 4.7–4.10.6 have no masking, "***" is stored as the key itself.
void TestFakeServerProviders::maskedKeyStoredBefore4107()
{
    QVERIFY(useVersion(u"4.9"_s));
    const HttpResult created = send("POST", kProviders,
                                    json({{u"name"_s, u"X"_s},
                                          {u"requester"_s, u"openai-chat-completions"_s},
                                          {u"base_url"_s, u""_s},
                                          {u"api_keys"_s, QJsonArray{u"***"_s}}}),
                                    apiKeyHeader());
    QCOMPARE(created.status, 200);
    QCOMPARE(m_server->provider(created.data().value(u"uuid"_s).toString()).value(u"api_keys"_s).toArray(),
             QJsonArray{u"***"_s});
    QCOMPARE(
        send("PUT", kProviders + u'/' + kOpenAi, json({{u"api_keys"_s, QJsonArray{u"***"_s}}}), apiKeyHeader()).status,
        200);
    QCOMPARE(m_server->provider(kOpenAi).value(u"api_keys"_s).toArray(), QJsonArray{u"***"_s});
}

void TestFakeServerProviders::halfSavedProvider_data()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

// API.md 4: the row is saved before the provider starts; a 500 leaves it.
void TestFakeServerProviders::halfSavedProvider()
{
    QFETCH(QString, version);
    QVERIFY(useVersion(version));
    const HttpResult result = send(
        "POST", kProviders,
        json(
            {{u"name"_s, u"Orphan"_s}, {u"requester"_s, u"no-such-requester"_s}, {u"base_url"_s, u"https://x.test"_s}}),
        apiKeyHeader());
    QCOMPARE(result.status, 500);
    if (m_server->generation() == lb::ApiGeneration::Workspaces)
        QVERIFY(isOpaque500(result));
    else
        QVERIFY(isLegacy500(result, u"no-such-requester"_s));

    const QJsonArray list = array(send("GET", kProviders, {}, apiKeyHeader()), u"providers"_s);
    QString orphan;
    for (const QJsonValue &value : list) {
        if (value.toObject().value(u"name"_s) == u"Orphan"_s)
            orphan = value.toObject().value(u"uuid"_s).toString();
    }
    QVERIFY2(!orphan.isEmpty(), "the row stays behind the 500");
    QCOMPARE(send("DELETE", kProviders + u'/' + orphan, {}, apiKeyHeader()).status, 200); // clean-up works
    QVERIFY(m_server->provider(orphan).isEmpty());
}

void TestFakeServerProviders::updateProvider()
{
    QVERIFY(useVersion(u"4.10"_s));
    const QString item = kProviders + u'/' + kOpenAi;
    // Partial: only the name.
    const HttpResult renamed = send("PUT", item, json({{u"name"_s, u"OpenAI (prod)"_s}}), apiKeyHeader());
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(u"data"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(m_server->provider(kOpenAi).value(u"name"_s).toString(), u"OpenAI (prod)"_s);
    QCOMPARE(m_server->provider(kOpenAi).value(u"api_keys"_s).toArray().size(), 2);
    QCOMPARE(m_server->provider(kOpenAi).value(u"base_url"_s).toString(), u"https://api.openai.com/v1"_s);

    // Keep key 0, replace key 1, add one.
    const HttpResult keys
        = send("PUT", item, json({{u"api_keys"_s, QJsonArray{u"***"_s, u"sk-new"_s, u"sk-3"_s}}}), apiKeyHeader());
    QCOMPARE(keys.status, 200);
    QCOMPARE(m_server->provider(kOpenAi).value(u"api_keys"_s).toArray(),
             (QJsonArray{u"sk-demo-openai-primary"_s, u"sk-new"_s, u"sk-3"_s}));

    // "***" past the stored list: 400, nothing written.
    const HttpResult past
        = send("PUT", item, json({{u"api_keys"_s, QJsonArray{u"sk-x"_s, u"a"_s, u"b"_s, u"***"_s}}}), apiKeyHeader());
    QCOMPARE(past.status, 400);
    QCOMPARE(past.json().value(u"msg"_s).toString(), u"Masked secret has no existing value"_s);
    QCOMPARE(m_server->provider(kOpenAi).value(u"api_keys"_s).toArray().size(), 3);

    // [] removes them all.
    QCOMPARE(send("PUT", item, json({{u"api_keys"_s, QJsonArray()}}), apiKeyHeader()).status, 200);
    QCOMPARE(m_server->provider(kOpenAi).value(u"api_keys"_s).toArray(), QJsonArray());
}

void TestFakeServerProviders::updateProviderRejects()
{
    QVERIFY(useVersion(u"4.10"_s));
    const QJsonObject before = m_server->provider(kOpenAi);
    QVERIFY(isOpaque500(
        send("PUT", kProviders + u'/' + kOpenAi, json({{u"name"_s, u"Y"_s}, {u"llm_count"_s, 2}}), apiKeyHeader())));
    QVERIFY(isOpaque500(send("PUT", kProviders + u'/' + kOpenAi,
                             json({{u"created_at"_s, before.value(u"created_at"_s)}}), apiKeyHeader())));
    QCOMPARE(m_server->provider(kOpenAi), before);
    QVERIFY(isNotFoundResource(send("PUT", kProviders + u"/00000000-0000-4000-8000-000000000000"_s,
                                    json({{u"name"_s, u"Y"_s}}), apiKeyHeader())));

    QVERIFY(useVersion(u"4.9"_s)); // unknown uuid not checked: the lookup fails
    QVERIFY(isLegacy500(send("PUT", kProviders + u"/00000000-0000-4000-8000-000000000000"_s,
                             json({{u"name"_s, u"Y"_s}}), apiKeyHeader()),
                        u"NoneType"_s));
}

void TestFakeServerProviders::deleteProvider()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult refused = send("DELETE", kProviders + u'/' + kOpenAi, {}, apiKeyHeader());
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"code"_s), QJsonValue(-1));
    QCOMPARE(refused.json().value(u"msg"_s).toString(), u"Cannot delete provider: LLM models still reference it"_s);

    // A provider with only a rerank model names that type.
    const QString uuid = createdUuid(kProviders,
                                     {{u"name"_s, u"SF 2"_s},
                                      {u"requester"_s, u"siliconflow-chat-completions"_s},
                                      {u"base_url"_s, u"https://api.siliconflow.cn/v1"_s}});
    const QString model
        = createdUuid(modelsPath(u"rerank"_s), {{u"name"_s, u"BAAI/bge-reranker-v2-m3"_s}, {u"provider_uuid"_s, uuid}});
    QVERIFY(!model.isEmpty());
    QCOMPARE(send("DELETE", kProviders + u'/' + uuid, {}, apiKeyHeader()).json().value(u"msg"_s).toString(),
             u"Cannot delete provider: Rerank models still reference it"_s);
    QCOMPARE(send("DELETE", modelsPath(u"rerank"_s) + u'/' + model, {}, apiKeyHeader()).status, 200);
    const HttpResult deleted = send("DELETE", kProviders + u'/' + uuid, {}, apiKeyHeader());
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"data"_s), QJsonValue(QJsonValue::Null));
    QVERIFY(m_server->provider(uuid).isEmpty());
    QVERIFY(isNotFoundResource(send("DELETE", kProviders + u'/' + uuid, {}, apiKeyHeader())));
}

void TestFakeServerProviders::scan()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult all = send("GET", kProviders + u'/' + kOpenAi + u"/scan-models"_s, {}, apiKeyHeader());
    QCOMPARE(all.status, 200);
    QVERIFY(all.data().value(u"debug"_s).isObject());
    const QJsonArray models = array(all, u"models"_s);
    QVERIFY(models.size() >= 4);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : models)
        byId.insert(value.toObject().value(u"id"_s).toString(), value.toObject());
    QCOMPARE(byId.value(u"gpt-4o"_s).value(u"type"_s).toString(), u"llm"_s);
    QCOMPARE(byId.value(u"gpt-4o"_s).value(u"already_added"_s), QJsonValue(true));
    QCOMPARE(byId.value(u"gpt-4.1"_s).value(u"already_added"_s), QJsonValue(false));
    QCOMPARE(byId.value(u"text-embedding-3-small"_s).value(u"type"_s).toString(), u"embedding"_s);
    QCOMPARE(byId.value(u"text-embedding-3-small"_s).value(u"already_added"_s), QJsonValue(true));
    QCOMPARE(byId.value(u"text-embedding-3-large"_s).value(u"already_added"_s), QJsonValue(false));

    const QJsonArray embeddings = array(
        send("GET", kProviders + u'/' + kOpenAi + u"/scan-models?type=embedding"_s, {}, apiKeyHeader()), u"models"_s);
    QCOMPARE(embeddings.size(), 2);
    for (const QJsonValue &value : embeddings)
        QCOMPARE(value.toObject().value(u"type"_s).toString(), u"embedding"_s);
    const HttpResult other
        = send("GET", kProviders + u'/' + kSiliconFlow + u"/scan-models?type=text-embedding"_s, {}, apiKeyHeader());
    QCOMPARE(other.status, 200);
    QCOMPARE(array(other, u"models"_s).size(), 0); // not llm, embedding or rerank: empty
    const QJsonArray rerank = array(
        send("GET", kProviders + u'/' + kSiliconFlow + u"/scan-models?type=rerank"_s, {}, apiKeyHeader()), u"models"_s);
    QCOMPARE(rerank.size(), 2);
}

void TestFakeServerProviders::scanErrors()
{
    QVERIFY(useVersion(u"4.10"_s));
    QVERIFY(isNotFoundResource(
        send("GET", kProviders + u"/00000000-0000-4000-8000-000000000000/scan-models"_s, {}, apiKeyHeader())));
    QVERIFY(send("PUT", kProviders + u'/' + kDeepSeekProvider,
                 json({{u"base_url"_s, u"https://invalid.example.com"_s}}), apiKeyHeader())
                .status
            == 200);
    const HttpResult upstream
        = send("GET", kProviders + u'/' + kDeepSeekProvider + u"/scan-models"_s, {}, apiKeyHeader());
    QCOMPARE(upstream.status, 400);
    QVERIFY(upstream.json().value(u"msg"_s).toString().contains(u"Connection error"_s));
    const QString builtin = createdUuid(
        kProviders,
        {{u"name"_s, u"Local embeddings"_s}, {u"requester"_s, u"seekdb-embedding"_s}, {u"base_url"_s, u""_s}});
    const HttpResult unsupported = send("GET", kProviders + u'/' + builtin + u"/scan-models"_s, {}, apiKeyHeader());
    QCOMPARE(unsupported.status, 400);
    QCOMPARE(unsupported.json().value(u"msg"_s).toString(), u"current provider does not support model scanning"_s);

    QVERIFY(useVersion(u"4.9.5"_s)); // scans are 4.9.7+: the route is absent
    const HttpResult absent = send("GET", kProviders + u'/' + kOpenAi + u"/scan-models"_s, {}, apiKeyHeader());
    QVERIFY(absent.header("content-type").startsWith("text/html"));
}

// ---------------------------------------------------------------------------
// permissions, masking, request ids (4.10.7+)
// ---------------------------------------------------------------------------

void TestFakeServerProviders::viewOnlyKeyReadsMasked()
{
    QVERIFY(useVersion(u"4.10"_s));
    const QJsonArray list = array(send("GET", kProviders, {}, viewKeyHeader()), u"providers"_s);
    QCOMPARE(byUuid(list, kOpenAi).value(u"api_keys"_s).toArray(), (QJsonArray{u"***"_s, u"***"_s}));
    QCOMPARE(byUuid(list, kOllamaProvider).value(u"api_keys"_s).toArray(), QJsonArray());
    QCOMPARE(byUuid(list, kGateway).value(u"base_url"_s).toString(), u"https://***@llm-gw.example.com/v1?token=***"_s);
    QCOMPARE(byUuid(list, kOpenAi).value(u"base_url"_s).toString(), u"https://api.openai.com/v1"_s);

    const QJsonObject one = send("GET", kProviders + u'/' + kDeepSeekProvider, {}, viewKeyHeader())
                                .data()
                                .value(u"provider"_s)
                                .toObject();
    QCOMPARE(one.value(u"api_keys"_s).toArray(), QJsonArray{u"***"_s});

    // Models: the nested provider and secret-looking extra_args.
    const QJsonObject model
        = byUuid(array(send("GET", modelsPath(u"llm"_s), {}, viewKeyHeader()), u"models"_s), kGatewayModel);
    const QJsonObject args = model.value(u"extra_args"_s).toObject();
    QCOMPARE(args.value(u"extra_headers"_s).toObject().value(u"Authorization"_s).toString(), u"***"_s);
    QCOMPARE(args.value(u"callback_url"_s).toString(), u"https://***@hooks.example.com/llm"_s);
    QCOMPARE(model.value(u"provider"_s).toObject().value(u"api_keys"_s).toArray(), QJsonArray{u"***"_s});
    QVERIFY(!model.value(u"provider"_s).toObject().contains(u"llm_count"_s));

    // The full key reads plain text.
    const QJsonObject plain
        = byUuid(array(send("GET", modelsPath(u"llm"_s), {}, apiKeyHeader()), u"models"_s), kGatewayModel);
    QCOMPARE(plain.value(u"extra_args"_s).toObject().value(u"extra_headers"_s).toObject().value(u"Authorization"_s),
             QJsonValue(u"Bearer demo-gateway-header-token"_s));
    QCOMPARE(plain.value(u"provider"_s).toObject().value(u"api_keys"_s).toArray(), QJsonArray{u"sk-demo-gateway"_s});

    // Before 4.10.7 the view-only key does not exist.
    QVERIFY(useVersion(u"4.9"_s));
    QCOMPARE(send("GET", kProviders, {}, viewKeyHeader()).status, 401);
}

void TestFakeServerProviders::viewOnlyKeyCannotWrite_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("permission");

    const QByteArray provider = json({{u"name"_s, u"X"_s}, {u"requester"_s, u"ollama-chat"_s}, {u"base_url"_s, u""_s}});
    QTest::newRow("provider create") << QByteArray("POST") << kProviders << provider << u"provider_secret.manage"_s;
    QTest::newRow("provider update") << QByteArray("PUT") << kProviders + u'/' + kOpenAi << json({{u"name"_s, u"X"_s}})
                                     << u"provider_secret.manage"_s;
    QTest::newRow("provider delete") << QByteArray("DELETE") << kProviders + u'/' + kOllamaProvider << QByteArray()
                                     << u"resource.manage"_s;
    QTest::newRow("provider scan") << QByteArray("GET") << kProviders + u'/' + kOpenAi + u"/scan-models"_s
                                   << QByteArray() << u"provider_secret.manage"_s;
    QTest::newRow("model create") << QByteArray("POST") << modelsPath(u"embedding"_s)
                                  << json({{u"name"_s, u"e"_s}, {u"provider_uuid"_s, kOpenAi}})
                                  << u"provider_secret.manage"_s;
    QTest::newRow("model update") << QByteArray("PUT") << modelsPath(u"llm"_s) + u'/' + kGpt4oNew
                                  << json({{u"name"_s, u"x"_s}}) << u"provider_secret.manage"_s;
    QTest::newRow("model delete") << QByteArray("DELETE") << modelsPath(u"rerank"_s) + u'/' + kReranker << QByteArray()
                                  << u"resource.manage"_s;
    QTest::newRow("model test") << QByteArray("POST") << modelsPath(u"llm"_s) + u'/' + kGpt4oNew + u"/test"_s
                                << QByteArray("{}") << u"provider_secret.manage"_s;
}

void TestFakeServerProviders::viewOnlyKeyCannotWrite()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, permission);
    QVERIFY(useVersion(u"4.10"_s));
    const QList<QJsonObject> providersBefore = m_server->providers();
    const QList<QJsonObject> modelsBefore = m_server->models(lb::ModelType::Llm);

    const HttpResult denied = send(method, path, body, viewKeyHeader());
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json().value(u"code"_s).toString(), u"permission_denied"_s);
    QCOMPARE(denied.json().value(u"msg"_s).toString(), u"Missing Workspace permission: "_s + permission);
    QCOMPARE(m_server->providers(), providersBefore);
    QCOMPARE(m_server->models(lb::ModelType::Llm), modelsBefore);
    QCOMPARE(m_server->models(lb::ModelType::Rerank).size(), 1);
    QVERIFY(send(method, path, body, apiKeyHeader()).status != 403); // the full key may
}

void TestFakeServerProviders::includeSecretFalse()
{
    QVERIFY(useVersion(u"4.10"_s)); // 4.10.11: forces the masked view
    QCOMPARE(
        byUuid(array(send("GET", kProviders + u"?include_secret=false"_s, {}, apiKeyHeader()), u"providers"_s), kOpenAi)
            .value(u"api_keys"_s)
            .toArray(),
        (QJsonArray{u"***"_s, u"***"_s}));
    QCOMPARE(
        byUuid(array(send("GET", kProviders + u"?include_secret=true"_s, {}, viewKeyHeader()), u"providers"_s), kOpenAi)
            .value(u"api_keys"_s)
            .toArray(),
        (QJsonArray{u"***"_s, u"***"_s})); // true adds no rights

    QVERIFY(useVersion(u"4.10.8"_s)); // older servers ignore it
    QCOMPARE(
        byUuid(array(send("GET", kProviders + u"?include_secret=false"_s, {}, apiKeyHeader()), u"providers"_s), kOpenAi)
            .value(u"api_keys"_s)
            .toArray()
            .first(),
        QJsonValue(u"sk-demo-openai-primary"_s));
}

void TestFakeServerProviders::requestIds()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult echoed = send("GET", kProviders, {}, apiKeyHeader() + Headers{{"X-Request-Id", "console-42"}});
    QCOMPARE(echoed.header("x-request-id"), QByteArray("console-42"));
    const HttpResult made = send("GET", kProviders, {}, apiKeyHeader());
    QVERIFY(made.header("x-request-id").size() >= 16);
    QVERIFY(send("GET", kProviders, {}, apiKeyHeader()).header("x-request-id") != made.header("x-request-id"));
    const HttpResult tooLong
        = send("GET", kProviders, {}, apiKeyHeader() + Headers{{"X-Request-Id", QByteArray(129, 'a')}});
    QVERIFY(!tooLong.header("x-request-id").isEmpty());
    QVERIFY(tooLong.header("x-request-id") != QByteArray(129, 'a'));

    const HttpResult failed
        = send("POST", kProviders, json({{u"bogus"_s, 1}}), apiKeyHeader() + Headers{{"X-Request-Id", "req-500"}});
    QVERIFY(isOpaque500(failed));
    QCOMPARE(failed.json().value(u"request_id"_s).toString(), u"req-500"_s);

    QVERIFY(useVersion(u"4.9"_s));
    QVERIFY(
        !send("GET", kProviders, {}, apiKeyHeader() + Headers{{"X-Request-Id", "x"}}).headers.contains("x-request-id"));
}

void TestFakeServerProviders::authenticationBodies()
{
    QVERIFY(useVersion(u"4.10"_s));
    const HttpResult none = send("GET", kProviders);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json().value(u"code"_s), QJsonValue(-1));
    QVERIFY(none.json().value(u"msg"_s).toString().startsWith(u"No valid"_s));
    const HttpResult bad = send("GET", kProviders, {}, {{"X-API-Key", "lbk_wrong"}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.json().value(u"code"_s).toString(), u"invalid_authentication"_s);
    QCOMPARE(bad.json().value(u"msg"_s).toString(), u"Invalid authentication credentials"_s);
    QCOMPARE(send("GET", kProviders, {}, bearer(loginToken())).status, 200);

    QVERIFY(useVersion(u"4.9"_s));
    const HttpResult older = send("GET", kProviders, {}, {{"X-API-Key", "lbk_wrong"}});
    QCOMPARE(older.status, 401);
    QCOMPARE(older.json().value(u"code"_s), QJsonValue(-1));
}

void TestFakeServerProviders::workspaceAndSystemRoutes()
{
    QVERIFY(useVersion(u"4.10"_s));
    const Headers jwt = bearer(loginToken());
    const HttpResult current = send("GET", u"/api/v1/workspaces/current"_s, {}, jwt);
    QCOMPARE(current.status, 200);
    QCOMPARE(current.data().value(u"membership"_s).toObject().value(u"role"_s).toString(), u"owner"_s);
    QCOMPARE(current.data().value(u"permissions"_s).toArray(),
             QJsonArray::fromStringList(FakeLangBotServer::allPermissions()));

    const HttpResult viewer = send("GET", u"/api/v1/system/context"_s, {}, viewKeyHeader());
    QCOMPARE(viewer.status, 200);
    QCOMPARE(viewer.data().value(u"permissions"_s).toArray(),
             QJsonArray::fromStringList(FakeLangBotServer::viewerPermissions()));
    QVERIFY(!viewer.data().value(u"workspace_uuid"_s).toString().isEmpty());
    QVERIFY(viewer.data().value(u"api_key_id"_s).isString());
    const HttpResult full = send("GET", u"/api/v1/system/context"_s, {}, apiKeyHeader());
    QVERIFY(full.data().value(u"permissions"_s).toArray().contains(u"provider_secret.manage"_s));

    const HttpResult capabilities = send("GET", u"/api/v1/system/capabilities"_s, {}, apiKeyHeader());
    QCOMPARE(capabilities.data().value(u"schema_version"_s).toInt(), 1);
    const QJsonObject operations = capabilities.data().value(u"operations"_s).toObject();
    for (const QString &id : {u"provider.scan_models"_s, u"model.rerank.test"_s, u"model.embedding.list"_s})
        QCOMPARE(operations.value(id).toObject().value(u"supported"_s), QJsonValue(true));

    QVERIFY(useVersion(u"4.10.8"_s)); // context and capabilities are 4.10.11+
    QVERIFY(
        send("GET", u"/api/v1/system/context"_s, {}, apiKeyHeader()).header("content-type").startsWith("text/html"));
    QVERIFY(send("GET", u"/api/v1/system/capabilities"_s, {}, apiKeyHeader())
                .header("content-type")
                .startsWith("text/html"));
    QCOMPARE(send("GET", u"/api/v1/workspaces/current"_s, {}, jwt).status, 200);

    QVERIFY(useVersion(u"4.9"_s)); // no workspaces before 4.10.7
    QVERIFY(send("GET", u"/api/v1/workspaces/current"_s, {}, jwt).header("content-type").startsWith("text/html"));
}

void TestFakeServerProviders::requestersByVersion()
{
    const Headers jwt = bearer(loginToken());
    const auto rerankRequesters = [&] {
        return array(send("GET", u"/api/v1/provider/requesters?type=rerank"_s, {}, jwt), u"requesters"_s).size();
    };
    QCOMPARE(rerankRequesters(), 0); // 4.6: the real list, no rerank
    QVERIFY(useVersion(u"4.10"_s));
    QVERIFY(rerankRequesters() >= 3);
    const QJsonObject siliconFlow
        = send("GET", u"/api/v1/provider/requesters/siliconflow-chat-completions"_s, {}, jwt).data();
    QVERIFY(siliconFlow.value(u"requester"_s)
                .toObject()
                .value(u"spec"_s)
                .toObject()
                .value(u"support_type"_s)
                .toArray()
                .contains(u"rerank"_s));
    QVERIFY(array(send("GET", u"/api/v1/provider/requesters?type=text-embedding"_s, {}, jwt), u"requesters"_s).size()
            >= 10);
    QVERIFY(useVersion(u"4.9.5"_s));
    QCOMPARE(rerankRequesters(), 0);
}

// ---------------------------------------------------------------------------
// data
// ---------------------------------------------------------------------------

void TestFakeServerProviders::demoData()
{
    QVERIFY(useVersion(u"4.10"_s));
    const QList<QJsonObject> providers = m_server->providers();
    QVERIFY(providers.size() >= 4);
    QCOMPARE(m_server->provider(kOllamaProvider).value(u"api_keys"_s).toArray(), QJsonArray());
    const Headers jwt = bearer(loginToken());
    for (const lb::ModelType type : lb::allModelTypes) {
        const QList<QJsonObject> models = m_server->models(type);
        QVERIFY2(!models.isEmpty(), qPrintable(lb::modelTypeId(type)));
        for (const QJsonObject &model : models) {
            const QJsonObject provider = m_server->provider(model.value(u"provider_uuid"_s).toString());
            QVERIFY2(!provider.isEmpty(), qPrintable(model.value(u"name"_s).toString()));
            const QJsonObject requester
                = send("GET", u"/api/v1/provider/requesters/"_s + provider.value(u"requester"_s).toString(), {}, jwt)
                      .data()
                      .value(u"requester"_s)
                      .toObject();
            QVERIFY(requester.value(u"spec"_s)
                        .toObject()
                        .value(u"support_type"_s)
                        .toArray()
                        .contains(lb::requesterSupportType(type)));
        }
    }
    // Tests show ok and failing models (opaque on 4.10.7+).
    QCOMPARE(send("POST", modelsPath(u"llm"_s) + u'/' + kGpt4oNew + u"/test"_s, "{}", apiKeyHeader()).status, 200);
    QVERIFY(isOpaque500(send("POST", modelsPath(u"llm"_s) + u'/' + kGpt4oMini + u"/test"_s, "{}", apiKeyHeader())));

    QVERIFY(useVersion(u"4.9.5"_s)); // rerank models arrive in 4.9.7
    QVERIFY(m_server->models(lb::ModelType::Rerank).isEmpty());
    QVERIFY(!m_server->models(lb::ModelType::Embedding).isEmpty());
}

void TestFakeServerProviders::generatedModels()
{
    QVERIFY(m_server->setLangBotVersion(u"4.10"_s));
    m_server->generateModels(10000);
    const qsizetype llm = m_server->models(lb::ModelType::Llm).size();
    const qsizetype embedding = m_server->models(lb::ModelType::Embedding).size();
    const qsizetype rerank = m_server->models(lb::ModelType::Rerank).size();
    QCOMPARE(llm + embedding + rerank, qsizetype(10000));
    QVERIFY(llm > embedding && embedding > rerank && rerank > 0);
    QCOMPARE(m_server->providers().size(), qsizetype(200));
    const QJsonArray listed = array(send("GET", modelsPath(u"embedding"_s), {}, apiKeyHeader()), u"models"_s);
    QCOMPARE(listed.size(), embedding);
    for (const QJsonValue &value : listed)
        QVERIFY(value.toObject().value(u"provider"_s).isObject());
    int counted = 0;
    for (const QJsonValue &value : array(send("GET", kProviders, {}, apiKeyHeader()), u"providers"_s))
        counted += value.toObject().value(u"embedding_count"_s).toInt();
    QCOMPARE(counted, int(embedding));

    QVERIFY(m_server->setLangBotVersion(u"4.9.5"_s));
    m_server->generateModels(500);
    QVERIFY(m_server->models(lb::ModelType::Rerank).isEmpty());
    QCOMPARE(m_server->models(lb::ModelType::Llm).size() + m_server->models(lb::ModelType::Embedding).size(),
             qsizetype(500));
}

QTEST_MAIN(TestFakeServerProviders)
#include "tst_fakeserverproviders.moc"
