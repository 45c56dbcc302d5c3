// Reading who uses the models from the fake server of each generation
// (issue 16): the three lists in parallel, each version's shapes, refused
// lists as gaps, and nothing asked of a 4.0–4.6 server.
#include "FakeServer.h"
#include "TestSupport.h"
#include "usage/UsageLoader.h"

#include <QSignalSpy>
#include <QTest>

using lb::ApiClient;
using lb::ModelUsage;
using lb::ModelUse;
using lb::UsageBreak;
using lb::UsageLoader;
using lb::demo::FakeLangBotServer;

namespace {
const QString kGpt4o = QStringLiteral("7fc1a2b3-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
const QString kMini = QStringLiteral("a91d7c35-2e6f-4b08-8d3c-6f4e2b1a9c72");
const QString kReasoner = QStringLiteral("2d4f6a8c-0e1b-4c3d-9f5a-7b9d1e3f5a7c");
const QString kRerank = QStringLiteral("4e6a8c0e-2b4d-4f6a-8c0e-2b4d6f8a0c2e");
const QString kSmallEmbedding = QStringLiteral("b3c5d7e9-1f2a-4b4c-8d6e-0f1a3b5c7d9e");
const QString kNomic = QStringLiteral("f1a3b5c7-9d0e-4f2a-9b4c-6d8e0f2a4b6c");
const QString kLlama = QStringLiteral("0a8f4c2d-7e1b-4d9a-b3f6-9e5c1a7d3b58");
const QString kResearch = QStringLiteral("c0a80101-0000-4000-8000-00000000a003");
const QString kLegacyFaq = QStringLiteral("c0a80101-0000-4000-8000-00000000a005");
} // namespace

class TestUsageLoader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsEachGeneration_data();
    void readsEachGeneration();
    void legacyServerIsNotAsked();
    void refusedListIsAGap();
    void viewOnlyKeyReads();
    void cancelStopsEverything();

private:
    bool serve(const QString &version, const QString &key = FakeLangBotServer::demoApiKey());
    bool load(UsageLoader &loader);
    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestUsageLoader::init() { }

void TestUsageLoader::cleanup()
{
    m_client.reset();
    m_server.reset();
}

bool TestUsageLoader::serve(const QString &version, const QString &key)
{
    m_server = std::make_unique<FakeLangBotServer>();
    if (!m_server->setLangBotVersion(version) || !m_server->listen(QHostAddress::LocalHost))
        return false;
    m_server->loadDemoData();
    m_client = std::make_unique<ApiClient>(
        lb::testsupport::quickSettings(m_server->url(), lb::ConnectionSettings::AuthMode::ApiKey, key));
    m_client->setFeatures(m_server->features());
    return true;
}

bool TestUsageLoader::load(UsageLoader &loader)
{
    QSignalSpy finished(&loader, &UsageLoader::finished);
    loader.load();
    return finished.wait(lb::testsupport::kWaitMs) && finished.size() == 1 && !loader.isLoading();
}

void TestUsageLoader::readsEachGeneration_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("rerank");    // rerank-model in pipelines: 4.9.7+
    QTest::addColumn<bool>("routing");   // bots' routing rules: 4.9.6+
    QTest::addColumn<bool>("reasoning"); // the reasoning map: 4.10.7+
    // 4.8: a plain model uuid, top-level embedding_model_uuid.
    QTest::newRow("4.8.0") << QStringLiteral("4.8.0") << false << false << false;
    QTest::newRow("4.9") << QStringLiteral("4.9") << true << true << false;
    QTest::newRow("4.10") << QStringLiteral("4.10") << true << true << true;
}

void TestUsageLoader::readsEachGeneration()
{
    QFETCH(QString, version);
    QFETCH(bool, rerank);
    QFETCH(bool, routing);
    QFETCH(bool, reasoning);
    QVERIFY(serve(version));
    UsageLoader loader(m_client.get());
    QVERIFY(load(loader));
    QVERIFY2(loader.note().isEmpty(), qPrintable(loader.note()));
    const ModelUsage &usage = loader.usage();
    QVERIFY(usage.isKnown() && usage.isComplete());
    QCOMPARE(usage.pipelineCount(), 5);
    // Every shape gives the same primary models.
    QCOMPARE(usage.usesOf(kGpt4o).size(), 1);
    QCOMPARE(usage.usesOf(kGpt4o).first().role, ModelUse::Role::Primary);
    QCOMPARE(usage.usesOf(kGpt4o).first().pipelineName, QStringLiteral("Customer support"));
    // Fallbacks only exist since the chain shape (4.9.1); "Legacy FAQ", made
    // by 4.9.0, keeps its plain-string model in every version.
    const QList<ModelUse> miniUses = usage.usesOf(kMini);
    QCOMPARE(miniUses.size(), version != QLatin1String("4.8.0") ? 2 : 1);
    QCOMPARE(miniUses.first().role,
             version != QLatin1String("4.8.0") ? ModelUse::Role::Fallback : ModelUse::Role::Primary);
    QCOMPARE(miniUses.last().role, ModelUse::Role::Primary);
    QCOMPARE(miniUses.last().pipelineName, QStringLiteral("Legacy FAQ"));
    QCOMPARE(usage.botsOf(kLegacyFaq).size(), 1);
    QCOMPARE(usage.isUsed(kRerank), rerank);
    QCOMPARE(usage.usesOf(kReasoner).first().reasoningLevel, reasoning ? QStringLiteral("high") : QString());
    // Knowledge bases name their embedding model in both shapes.
    QCOMPARE(usage.usesOf(kSmallEmbedding).first().knowledgeBaseName, QStringLiteral("Employee handbook"));
    QVERIFY(usage.usesOf(kNomic).first().pipelineUuid.isEmpty()); // "Old archive": searched by no pipeline
    QVERIFY(!usage.isUsed(kLlama));
    // The research pipeline is reached by its own bot, and by routing rules.
    QCOMPARE(usage.botsOf(kResearch).size(), routing ? 2 : 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/pipelines")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/platform/bots")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/knowledge/bases")), 1);

    // Deleting the reasoner leaves "Research" without a model: its bots stop.
    const QList<UsageBreak> breaks = usage.breaksIfDeleted({kReasoner});
    QCOMPARE(breaks.size(), 1);
    QCOMPARE(breaks.first().effect, UsageBreak::Effect::StopsAnswering);
    QCOMPARE(breaks.first().bots.size(), routing ? 2 : 1);
}

void TestUsageLoader::legacyServerIsNotAsked()
{
    QVERIFY(serve(QStringLiteral("4.6")));
    UsageLoader loader(m_client.get());
    QVERIFY(load(loader));
    QVERIFY(!loader.usage().isKnown());
    QVERIFY2(loader.note().contains(QStringLiteral("4.0–4.6")), qPrintable(loader.note()));
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/pipelines")), 0);
}

void TestUsageLoader::refusedListIsAGap()
{
    QVERIFY(serve(QStringLiteral("4.10")));
    FakeLangBotServer::FaultSpec refusal;
    refusal.fault = FakeLangBotServer::Fault::Status;
    refusal.status = 403;
    refusal.body = R"({"code":"permission_denied","msg":"Missing Workspace permission: resource.view"})";
    m_server->setFault(QStringLiteral("GET /api/v1/platform/bots"), refusal);
    UsageLoader loader(m_client.get());
    QVERIFY(load(loader));
    QVERIFY(loader.usage().isKnown());
    QVERIFY(!loader.usage().isComplete());
    QVERIFY(!loader.error().isError()); // a refusal is a gap, not a failure
    QVERIFY2(loader.note().contains(QLatin1String("bots could not be read")), qPrintable(loader.note()));
    QVERIFY2(loader.note().contains(QLatin1String("resource.view")), qPrintable(loader.note()));
    QVERIFY(loader.usage().isUsed(kGpt4o)); // the pipelines were read
    QVERIFY(loader.usage().botsOf(kResearch).isEmpty());

    // A server failure is a gap and an error.
    m_server->setFault(QStringLiteral("GET /api/v1/knowledge/bases"), FakeLangBotServer::Fault::Error500New);
    QVERIFY(load(loader));
    QVERIFY(loader.error().isError());
    QCOMPARE(loader.error().httpStatus(), 500);
}

void TestUsageLoader::viewOnlyKeyReads()
{
    QVERIFY(serve(QStringLiteral("4.10"), FakeLangBotServer::demoViewApiKey()));
    UsageLoader loader(m_client.get());
    QVERIFY(load(loader));
    QVERIFY(loader.usage().isComplete());
    QVERIFY(loader.usage().isUsed(kGpt4o));
}

void TestUsageLoader::cancelStopsEverything()
{
    QVERIFY(serve(QStringLiteral("4.10")));
    m_server->setLatency(QStringLiteral("GET /api/v1/pipelines"), 2000);
    UsageLoader loader(m_client.get());
    QSignalSpy finished(&loader, &UsageLoader::finished);
    loader.load();
    QVERIFY(loader.isLoading());
    loader.cancel();
    QVERIFY(!loader.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->runningCalls(), 0, lb::testsupport::kWaitMs);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestUsageLoader)
#include "tst_usageloader.moc"
