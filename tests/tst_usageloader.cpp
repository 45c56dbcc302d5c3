// Reading who uses the models from the fake server of each generation
// (issue 16): the three lists in parallel, each version's shapes, refused
// lists as gaps, and nothing asked of a 4.0–4.6 server.
#include "DemoIds.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "usage/UsageLoader.h"

#include <QSignalSpy>
#include <QTest>

using lb::ModelUsage;
using lb::ModelUse;
using lb::UsageBreak;
using lb::UsageLoader;
using lb::demo::FakeLangBotServer;

using lb::demoids::kLlama;
using lb::demoids::kNomic;
using lb::demoids::kReasoner;
namespace {
const QString &kGpt4o = lb::demoids::kGpt4oNew;
const QString &kMini = lb::demoids::kGpt4oMini;
const QString &kRerank = lb::demoids::kReranker;
const QString &kSmallEmbedding = lb::demoids::kEmbeddingSmall;
const QString &kResearch = lb::demoids::kResearchPipeline;
const QString &kLegacyFaq = lb::demoids::kLegacyFaqPipeline;
} // namespace

class TestUsageLoader : public QObject, protected lb::testsupport::FakeServerFixture
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
};

void TestUsageLoader::init() { }

void TestUsageLoader::cleanup()
{
    stopServer();
}

bool TestUsageLoader::serve(const QString &version, const QString &key)
{
    if (!startServer(version, key))
        return false;
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
    const FakeLangBotServer::FaultSpec refusal = lb::testsupport::permissionRefusal();
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
