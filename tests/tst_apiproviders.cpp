// ApiClient's calls of LangBot 4.7+ (API.md "Newer servers"): models of every
// type, providers, scans and what the server says about the credentials; the
// features and permissions the client keeps. The fake server answers these
// routes with canned envelopes (FaultSpec Status), as a 4.10 server would.
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;

namespace {

const QString kProviders = QStringLiteral("/api/v1/provider/providers");

QByteArray ok(const QJsonValue &data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), 0},
                                     {QStringLiteral("msg"), QStringLiteral("ok")},
                                     {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

class TestApiProviders : public QObject, protected FakeServerFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void modelCallsForEveryType_data();
    void modelCallsForEveryType();
    void listFiltersByProvider();
    void providerCalls();
    void providerAnswersOfTheWrongShape();
    void scanNeverKeepsDebug();
    void serverCalls();
    void featuresAndPermissionsAreKept();

private:
    // The next request on METHOD path answers status with body.
    void answer(const char *method, const QString &path, const QByteArray &body, int status = 200);
    FakeLangBotServer::RecordedRequest last() const { return m_server->requests().constLast(); }
};

void TestApiProviders::init()
{
    QVERIFY2(startServer({}, FakeLangBotServer::demoApiKey(), Data::Empty), qPrintable(serverError()));
}

void TestApiProviders::cleanup()
{
    stopServer();
}

void TestApiProviders::answer(const char *method, const QString &path, const QByteArray &body, int status)
{
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Status;
    spec.times = 1;
    spec.status = status;
    spec.body = body;
    m_server->setFault(route(method, path), spec);
}

void TestApiProviders::modelCallsForEveryType_data()
{
    QTest::addColumn<ModelType>("type");
    QTest::addColumn<QString>("record");
    QTest::newRow("llm") << ModelType::Llm
                         << QStringLiteral(R"({"uuid":"m-1","name":"gpt-4o","provider_uuid":"p-1",)"
                                           R"("abilities":["vision"],"context_length":128000,"extra_args":{}})");
    // Embedding and rerank records have no requester, no abilities.
    QTest::newRow("embedding") << ModelType::Embedding
                               << QStringLiteral(R"({"uuid":"m-1","name":"text-embedding-3-small",)"
                                                 R"("provider_uuid":"p-1","extra_args":{},"prefered_ranking":0})");
    QTest::newRow("rerank") << ModelType::Rerank
                            << QStringLiteral(R"({"uuid":"m-1","name":"bge-reranker","provider_uuid":"p-1",)"
                                              R"("extra_args":{},"prefered_ranking":0})");
}

void TestApiProviders::modelCallsForEveryType()
{
    QFETCH(ModelType, type);
    QFETCH(QString, record);
    const QString collection = QStringLiteral("/api/v1/provider/models/") + lb::modelTypeId(type);
    const QString item = collection + QStringLiteral("/m-1");
    const QJsonObject model = parse(record);

    answer("GET", collection, ok(QJsonObject{{QStringLiteral("models"), QJsonArray{model}}}));
    ApiCall *listCall = m_client->listModels(type);
    QList<lb::LlmModel> listed;
    connect(listCall, &ApiCall::finished, this, [&listed, listCall] { listed = ApiClient::modelsFromCall(listCall); });
    CallOutcome r = awaitCall(listCall);
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().uuid(), QStringLiteral("m-1"));
    QCOMPARE(listed.first().json(), model); // every field kept
    QCOMPARE(last().path, collection);

    answer("GET", item, ok(QJsonObject{{QStringLiteral("model"), model}}));
    r = awaitCall(m_client->getModel(QStringLiteral("m-1"), type));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(ApiClient::modelFromData(r.data).name(), model.value(QLatin1String("name")).toString());

    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("n")},
                           {QStringLiteral("provider_uuid"), QStringLiteral("p-1")}};
    answer("POST", collection, ok(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("m-2")}}));
    r = awaitCall(m_client->createModel(body, type));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(ApiClient::stringFromData(r.data, QStringLiteral("uuid")), QStringLiteral("m-2"));

    answer("PUT", item, ok(QJsonValue::Null));
    r = awaitCall(m_client->updateModel(QStringLiteral("m-1"), body, type));
    QVERIFY2(!r.error, qPrintable(r.error.message()));

    answer("DELETE", item, ok(QJsonValue::Null));
    r = awaitCall(m_client->deleteModel(QStringLiteral("m-1"), type));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(last().method, QByteArray("DELETE"));
    QCOMPARE(last().path, item);

    answer("POST", item + QStringLiteral("/test"), ok(QJsonValue::Null));
    r = awaitCall(m_client->testModel(QStringLiteral("m-1"), type));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(last().body, QByteArray("{}")); // a JSON object, {} at least

    const QJsonObject overlay{{QStringLiteral("extra_args"), QJsonObject{{QStringLiteral("temperature"), 0}}}};
    answer("POST", item + QStringLiteral("/test"), ok(QJsonValue::Null));
    r = awaitCall(m_client->testModel(QStringLiteral("m-1"), type, overlay));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(QJsonDocument::fromJson(last().body).object(), overlay);

    answer("POST", collection + QStringLiteral("/_/test"), ok(QJsonValue::Null));
    r = awaitCall(m_client->testUnsavedModel(body, type));
    QVERIFY2(!r.error, qPrintable(r.error.message()));

    // Every POST and PUT: application/json and a JSON object.
    int writes = 0;
    for (const auto &request : m_server->requests()) {
        if (request.method != "POST" && request.method != "PUT")
            continue;
        ++writes;
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY2(QJsonDocument::fromJson(request.body).isObject(), request.body.constData());
        QVERIFY(request.path.startsWith(collection));
    }
    QCOMPARE(writes, 5);
}

void TestApiProviders::listFiltersByProvider()
{
    const QString path = QStringLiteral("/api/v1/provider/models/rerank");
    answer("GET", path, ok(QJsonObject{{QStringLiteral("models"), QJsonArray()}}));
    const CallOutcome r = awaitCall(m_client->listModels(ModelType::Rerank, QStringLiteral("p 1/x")));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(last().path, path);
    QCOMPARE(last().query, QStringLiteral("provider_uuid=p%201%2Fx"));
    // Without a filter: no query at all (and the default type is llm).
    awaitCall(m_client->listModels());
    QCOMPARE(last().path, QStringLiteral("/api/v1/provider/models/llm"));
    QVERIFY(last().query.isEmpty());
}

void TestApiProviders::providerCalls()
{
    const QJsonObject provider = parse(QStringLiteral(
        R"({"uuid":"p-1","name":"OpenAI","requester":"openai-chat-completions","base_url":"https://api.openai.com/v1",)"
        R"("api_keys":["***"],"llm_count":2,"embedding_count":1,"rerank_count":0})"));
    answer("GET", kProviders, ok(QJsonObject{{QStringLiteral("providers"), QJsonArray{provider}}}));
    CallOutcome r = awaitCall(m_client->listProviders());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(r.data.toObject().value(QLatin1String("providers")).toArray().first().toObject(), provider);

    answer("GET", kProviders + QStringLiteral("/p-1"), ok(QJsonObject{{QStringLiteral("provider"), provider}}));
    r = awaitCall(m_client->getProvider(QStringLiteral("p-1")));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(r.data.toObject().value(QLatin1String("provider")).toObject(), provider);

    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("OpenAI")},
                           {QStringLiteral("requester"), QStringLiteral("openai-chat-completions")},
                           {QStringLiteral("base_url"), QString()}};
    answer("POST", kProviders, ok(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("p-2")}}));
    r = awaitCall(m_client->createProvider(body));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(ApiClient::stringFromData(r.data, QStringLiteral("uuid")), QStringLiteral("p-2"));
    QCOMPARE(QJsonDocument::fromJson(last().body).object(), body);
    QCOMPARE(last().headers.value("content-type"), QByteArray("application/json"));

    answer("PUT", kProviders + QStringLiteral("/p-1"), ok(QJsonValue::Null));
    r = awaitCall(
        m_client->updateProvider(QStringLiteral("p-1"), QJsonObject{{QStringLiteral("name"), QStringLiteral("B")}}));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(last().method, QByteArray("PUT"));
    QCOMPARE(last().headers.value("content-type"), QByteArray("application/json"));

    // Delete refused while models use it: a 400, classified as a conflict.
    answer("DELETE", kProviders + QStringLiteral("/p-1"),
           R"({"code":-1,"msg":"Cannot delete provider: LLM models still reference it"})", 400);
    r = awaitCall(m_client->deleteProvider(QStringLiteral("p-1")));
    QCOMPARE(r.error.category(), ApiError::Category::Conflict);
    QVERIFY2(r.error.message().contains(QLatin1String("still reference it")), qPrintable(r.error.message()));

    // Unknown uuid on GET: the integer -1 of a 404.
    answer("GET", kProviders + QStringLiteral("/nope"), R"({"code":-1,"msg":"provider not found"})", 404);
    r = awaitCall(m_client->getProvider(QStringLiteral("nope")));
    QVERIFY(r.error.isNotFound());
    QCOMPARE(r.error.category(), ApiError::Category::NotFound);
}

void TestApiProviders::providerAnswersOfTheWrongShape()
{
    answer("GET", kProviders, ok(QJsonObject{{QStringLiteral("providers"), QJsonObject()}}));
    CallOutcome r = awaitCall(m_client->listProviders());
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    answer("GET", kProviders + QStringLiteral("/p-1"), ok(QJsonObject{{QStringLiteral("provider"), QJsonArray()}}));
    r = awaitCall(m_client->getProvider(QStringLiteral("p-1")));
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    answer("POST", kProviders, ok(QJsonObject{{QStringLiteral("uuid"), 7}}));
    r = awaitCall(m_client->createProvider(QJsonObject()));
    QCOMPARE(r.error.kind(), ApiError::Kind::BadResponse);
    // Not JSON where the route should be: an incompatible server.
    m_server->setFault(route("GET", kProviders), FakeLangBotServer::Fault::HtmlPage, 1);
    r = awaitCall(m_client->listProviders());
    QCOMPARE(r.error.category(), ApiError::Category::Incompatible);
}

void TestApiProviders::scanNeverKeepsDebug()
{
    const QString path = kProviders + QStringLiteral("/p-1/scan-models");
    const QJsonArray models
        = QJsonDocument::fromJson(R"([{"id":"gpt-4o","name":"gpt-4o","type":"llm","abilities":["vision"],)"
                                  R"("context_length":128000,"already_added":true}])")
              .array();
    const QJsonObject debug{{QStringLiteral("headers"),
                             QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer sk-upstream")}}}};
    answer("GET", path, ok(QJsonObject{{QStringLiteral("models"), models}, {QStringLiteral("debug"), debug}}));
    CallOutcome r = awaitCall(m_client->scanProviderModels(QStringLiteral("p-1"), ModelType::Embedding));
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(last().path, path);
    QCOMPARE(last().query, QStringLiteral("type=embedding"));
    QCOMPARE(r.data.toObject().value(QLatin1String("models")).toArray(), models);
    QVERIFY(!r.data.toObject().contains(QLatin1String("debug")));
    QVERIFY(!QJsonDocument(r.data.toObject()).toJson().contains("sk-upstream"));

    answer("GET", path, R"({"code":-1,"msg":"current provider does not support model scanning"})", 400);
    r = awaitCall(m_client->scanProviderModels(QStringLiteral("p-1")));
    QVERIFY(last().query.isEmpty()); // every type
    QCOMPARE(r.error.category(), ApiError::Category::Conflict);
}

void TestApiProviders::serverCalls()
{
    answer(
        "GET", QStringLiteral("/api/v1/workspaces/current"),
        ok(parse(QStringLiteral(R"({"uuid":"w-1","permissions":["resource.view"],"membership":{"role":"viewer"}})"))));
    CallOutcome r = awaitCall(m_client->currentWorkspace());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(r.data.toObject().value(QLatin1String("uuid")).toString(), QStringLiteral("w-1"));

    answer("GET", QStringLiteral("/api/v1/system/context"), ok(parse(QStringLiteral(R"({"permissions":["*"]})"))));
    r = awaitCall(m_client->systemContext());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(last().headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());

    answer("GET", QStringLiteral("/api/v1/system/capabilities"),
           ok(parse(QStringLiteral(R"({"schema_version":1,"operations":{"provider.list":{"supported":true}}})"))));
    r = awaitCall(m_client->systemCapabilities());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    // On an older server these routes are absent: an HTML page.
    r = awaitCall(m_client->systemCapabilities());
    QCOMPARE(r.error.category(), ApiError::Category::Incompatible);
}

void TestApiProviders::featuresAndPermissionsAreKept()
{
    QSignalSpy featuresChanged(m_client.get(), &ApiClient::featuresChanged);
    QSignalSpy permissionsChanged(m_client.get(), &ApiClient::permissionsChanged);
    QCOMPARE(m_client->features().generation, lb::ApiGeneration::Unknown);
    QVERIFY(m_client->permissions().allows(lb::Permissions::Action::Delete)); // nothing known: nothing refused

    lb::ServerFeatures features;
    features.generation = lb::ApiGeneration::Workspaces;
    features.version = lb::ServerVersion::parse(QStringLiteral("v4.10.11"));
    m_client->setFeatures(features);
    m_client->setFeatures(features); // no change, no signal
    QCOMPARE(featuresChanged.size(), 1);
    const lb::Permissions viewer = lb::Permissions::read({QStringLiteral("resource.view")}, QStringLiteral("viewer"));
    m_client->setPermissions(viewer);
    m_client->setPermissions(viewer);
    QCOMPARE(permissionsChanged.size(), 1);
    QVERIFY(m_client->permissions().allows(lb::Permissions::Action::List));
    QVERIFY(!m_client->permissions().allows(lb::Permissions::Action::Create));

    // The same server with new settings keeps them; another server drops them.
    lb::ConnectionSettings settings = m_client->settings();
    settings.timeout = std::chrono::seconds(7);
    m_client->setSettings(settings);
    QCOMPARE(m_client->features().generation, lb::ApiGeneration::Workspaces);
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    m_client->setSettings(settings);
    QCOMPARE(m_client->features().generation, lb::ApiGeneration::Unknown);
    QCOMPARE(m_client->permissions().source(), lb::Permissions::Source::Unknown);
    QCOMPARE(featuresChanged.size(), 2);
    QCOMPARE(permissionsChanged.size(), 2);
}

QTEST_GUILESS_MAIN(TestApiProviders)
#include "tst_apiproviders.moc"
