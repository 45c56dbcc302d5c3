// "Replace a model everywhere" (issue 16), applied to the fake server of each
// generation: a fresh read and a whole-config PUT per pipeline with only
// {"config"}, nothing else of any config changed, a pipeline changed since the
// plan skipped, a failing PUT reported while the others still go, refusals
// before sending (view-only key, 4.0–4.6), cancel.
#include "DemoIds.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "model/LlmModel.h"
#include "usage/ReplaceRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using lb::ApiCall;
using lb::ApiClient;
using lb::LlmModel;
using lb::ReplacePlan;
using lb::ReplaceRunner;
using lb::demo::FakeLangBotServer;
using Outcome = lb::ReplaceRunner::Result::Outcome;

namespace {
using lb::demoids::kReasoner;
const QString &kGpt4o = lb::demoids::kGpt4oNew;
const QString &kGpt41 = lb::demoids::kGatewayModel;
const QString &kMini = lb::demoids::kGpt4oMini;
const QString kSupport = QStringLiteral("c0a80101-0000-4000-8000-0000000000f1");
const QString kSales = QStringLiteral("c0a80101-0000-4000-8000-0000000000f2");

QJsonObject agentPipeline(const QString &uuid, const QString &name, const QJsonObject &model)
{
    const QJsonObject agent{{QStringLiteral("model"), model},
                            {QStringLiteral("rerank-model"), QStringLiteral("__none__")},
                            {QStringLiteral("knowledge-bases"), QJsonArray()},
                            {QStringLiteral("max-round"), 7},
                            {QStringLiteral("prompt"),
                             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                                    {QStringLiteral("content"), name}}}}};
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("ai"),
                      QJsonObject{{QStringLiteral("runner"),
                                   QJsonObject{{QStringLiteral("runner"), QStringLiteral("local-agent")}}},
                                  {QStringLiteral("local-agent"), agent}}},
                     {QStringLiteral("output"),
                      QJsonObject{{QStringLiteral("misc"), QJsonObject{{QStringLiteral("at-sender"), true}}}}}}}};
}

// The newest shape; the fake answers each version in its own.
QJsonArray testPipelines()
{
    return QJsonArray{
        agentPipeline(kSupport, QStringLiteral("Support"),
                      QJsonObject{{QStringLiteral("primary"), kGpt4o},
                                  {QStringLiteral("fallbacks"), QJsonArray{kMini}},
                                  {QStringLiteral("reasoning"),
                                   QJsonObject{{kGpt4o, QStringLiteral("high")}, {kMini, QStringLiteral("low")}}}}),
        agentPipeline(
            kSales, QStringLiteral("Sales"),
            QJsonObject{{QStringLiteral("primary"), kMini}, {QStringLiteral("fallbacks"), QJsonArray{kGpt4o}}}),
        agentPipeline(QStringLiteral("c0a80101-0000-4000-8000-0000000000f3"), QStringLiteral("Research"),
                      QJsonObject{{QStringLiteral("primary"), kReasoner}, {QStringLiteral("fallbacks"), QJsonArray()}}),
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("c0a80101-0000-4000-8000-0000000000f4")},
                    {QStringLiteral("name"), QStringLiteral("Dify")},
                    {QStringLiteral("config"),
                     QJsonObject{{QStringLiteral("ai"),
                                  QJsonObject{{QStringLiteral("runner"),
                                               QJsonObject{{QStringLiteral("runner"),
                                                            QStringLiteral("dify-service-api")}}}}}}}},
    };
}

LlmModel model(const QString &uuid, const QString &name)
{
    return LlmModel(QJsonObject{{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}});
}
} // namespace

class TestReplaceRunner : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void replacesEverywhere_data();
    void replacesEverywhere();
    void changedSincePlanIsSkipped();
    void failingPutOthersStillGo();
    void viewOnlyKeyIsRefusedBeforeSending();
    void legacyServerHasNothingToReplace();
    void cancelSendsNothingMore();

private:
    bool serve(const QString &version, const QString &key = FakeLangBotServer::demoApiKey());
    QJsonArray listPipelines();
    ReplacePlan plan();
    bool run(ReplaceRunner &runner, const ReplacePlan &plan);
    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestReplaceRunner::cleanup()
{
    m_client.reset();
    m_server.reset();
}

bool TestReplaceRunner::serve(const QString &version, const QString &key)
{
    m_server = std::make_unique<FakeLangBotServer>();
    if (!m_server->setLangBotVersion(version) || !m_server->listen(QHostAddress::LocalHost))
        return false;
    m_server->loadDemoData();
    m_server->setUsageData(testPipelines(), {}, {});
    m_client = std::make_unique<ApiClient>(
        lb::testsupport::quickSettings(m_server->url(), lb::ConnectionSettings::AuthMode::ApiKey, key));
    m_client->setFeatures(m_server->features());
    return true;
}

QJsonArray TestReplaceRunner::listPipelines()
{
    ApiCall *call = m_client->listPipelines();
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(lb::testsupport::kWaitMs) || call->error().isError())
        return {};
    call->deleteLater();
    return call->data().toObject().value(QStringLiteral("pipelines")).toArray();
}

ReplacePlan TestReplaceRunner::plan()
{
    return ReplacePlan::make(model(kGpt4o, QStringLiteral("gpt-4o")), model(kGpt41, QStringLiteral("gpt-4.1")),
                             listPipelines(), {}, {});
}

bool TestReplaceRunner::run(ReplaceRunner &runner, const ReplacePlan &plan)
{
    QSignalSpy finished(&runner, &ReplaceRunner::finished);
    QSignalSpy rows(&runner, &ReplaceRunner::rowFinished);
    if (!runner.start(plan))
        return false;
    return finished.wait(lb::testsupport::kWaitMs) && finished.size() == 1 && rows.size() == plan.rows().size()
        && !runner.isRunning();
}

void TestReplaceRunner::replacesEverywhere_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("pipelines"); // that name gpt-4o in that version's shape
    // 4.9.0: the plain-string model (no fallbacks): only "Support".
    QTest::newRow("4.9.0") << QStringLiteral("4.9.0") << 1;
    QTest::newRow("4.9") << QStringLiteral("4.9") << 2;
    QTest::newRow("4.10") << QStringLiteral("4.10") << 2; // with the reasoning map
}

void TestReplaceRunner::replacesEverywhere()
{
    QFETCH(QString, version);
    QFETCH(int, pipelines);
    QVERIFY(serve(version));
    const QJsonArray before = listPipelines();
    QCOMPARE(before.size(), 4);
    const ReplacePlan p = plan();
    QCOMPARE(p.rows().size(), pipelines);
    ReplaceRunner runner(m_client.get());
    QVERIFY2(run(runner, p), qPrintable(runner.refusal()));
    QCOMPARE(runner.count(Outcome::Changed), pipelines);

    // Afterwards the server's pipelines are the ones before with every gpt-4o
    // uuid (a value or a reasoning key) replaced by gpt-4.1's, and nothing else.
    const QJsonArray after = listPipelines();
    const QByteArray expected
        = QJsonDocument(before).toJson(QJsonDocument::Compact).replace(kGpt4o.toLatin1(), kGpt41.toLatin1());
    QCOMPARE(after, QJsonDocument::fromJson(expected).array());
    QVERIFY(!QJsonDocument(after).toJson().contains(kGpt4o.toLatin1()));
    if (version == QLatin1String("4.9.0")) // the plain string stays a string
        QVERIFY(after.first()
                    .toObject()
                    .value(QStringLiteral("config"))
                    .toObject()
                    .value(QStringLiteral("ai"))
                    .toObject()
                    .value(QStringLiteral("local-agent"))
                    .toObject()
                    .value(QStringLiteral("model"))
                    .isString());

    // One fresh GET and one PUT per pipeline; a PUT holds only "config".
    int puts = 0;
    for (const FakeLangBotServer::RecordedRequest &request : m_server->requests()) {
        if (request.method != "PUT")
            continue;
        ++puts;
        QVERIFY(request.path.startsWith(QStringLiteral("/api/v1/pipelines/")));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("config")});
    }
    QCOMPARE(puts, pipelines);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/pipelines/") + kSupport), 1);
}

void TestReplaceRunner::changedSincePlanIsSkipped()
{
    QVERIFY(serve(QStringLiteral("4.10")));
    const ReplacePlan p = plan();
    QCOMPARE(p.rows().size(), 2);
    // Someone edits "Support" on the server: it no longer uses gpt-4o.
    QJsonArray changed = testPipelines();
    QJsonObject support = agentPipeline(
        kSupport, QStringLiteral("Support"),
        QJsonObject{{QStringLiteral("primary"), kReasoner}, {QStringLiteral("fallbacks"), QJsonArray()}});
    changed.replace(0, support);
    m_server->setUsageData(changed, {}, {});
    ReplaceRunner runner(m_client.get());
    QVERIFY(run(runner, p));
    QCOMPARE(runner.results().at(0).outcome, Outcome::Skipped);
    QVERIFY(runner.results().at(0).message.contains(QStringLiteral("nothing was sent")));
    QCOMPARE(runner.results().at(1).outcome, Outcome::Changed);
    QCOMPARE(m_server->requestCount(QStringLiteral("PUT /api/v1/pipelines/") + kSupport), 0);
    QCOMPARE(m_server->pipelines().at(0).toObject(), support);
}

void TestReplaceRunner::failingPutOthersStillGo()
{
    QVERIFY(serve(QStringLiteral("4.10")));
    m_server->setFault(QStringLiteral("PUT /api/v1/pipelines/") + kSupport, FakeLangBotServer::Fault::Error500New, 1);
    ReplaceRunner runner(m_client.get());
    QVERIFY(run(runner, plan()));
    const ReplaceRunner::Result &failed = runner.results().at(0);
    QCOMPARE(failed.outcome, Outcome::Failed);
    QVERIFY(!failed.message.isEmpty());
    QVERIFY(!failed.requestId.isEmpty());
    QCOMPARE(runner.results().at(1).outcome, Outcome::Changed);
    QCOMPARE(m_server->requestCount(QStringLiteral("PUT /api/v1/pipelines/") + kSales), 1);
}

void TestReplaceRunner::viewOnlyKeyIsRefusedBeforeSending()
{
    QVERIFY(serve(QStringLiteral("4.10"), FakeLangBotServer::demoViewApiKey()));
    ApiCall *context = m_client->systemContext();
    QSignalSpy done(context, &ApiCall::finished);
    QVERIFY(done.wait(lb::testsupport::kWaitMs));
    lb::Permissions permissions;
    QVERIFY(lb::Permissions::fromData(context->data().toObject(), &permissions));
    context->deleteLater();
    m_client->setPermissions(permissions);
    const ReplacePlan p = plan(); // the usage is readable
    QCOMPARE(p.rows().size(), 2);
    const int sent = m_server->requestCount();
    ReplaceRunner runner(m_client.get());
    QVERIFY(!runner.start(p));
    QVERIFY(runner.refusal().contains(QStringLiteral("resource.manage")));
    QCOMPARE(m_server->requestCount(), sent);
    // The server refuses too (the fake's check, like LangBot's).
    ApiCall *put = m_client->updatePipelineConfig(kSupport, QJsonObject());
    QSignalSpy putDone(put, &ApiCall::finished);
    QVERIFY(putDone.wait(lb::testsupport::kWaitMs));
    QCOMPARE(put->error().permission(), QStringLiteral("resource.manage"));
    put->deleteLater();
}

void TestReplaceRunner::legacyServerHasNothingToReplace()
{
    QVERIFY(serve(QStringLiteral("4.6")));
    ReplaceRunner runner(m_client.get());
    const ReplacePlan p = ReplacePlan::make(model(kGpt4o, QStringLiteral("gpt-4o")),
                                            model(kGpt41, QStringLiteral("gpt-4.1")), {}, {}, {});
    QVERIFY(!runner.start(p));
    QCOMPARE(runner.refusal(), ReplacePlan::legacyNote());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestReplaceRunner::cancelSendsNothingMore()
{
    QVERIFY(serve(QStringLiteral("4.10")));
    const ReplacePlan p = plan();
    m_server->setLatency(QStringLiteral("GET /api/v1/pipelines/") + kSupport, 2000);
    ReplaceRunner runner(m_client.get());
    QSignalSpy finished(&runner, &ReplaceRunner::finished);
    QVERIFY(runner.start(p));
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.count(Outcome::Cancelled), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->runningCalls(), 0, lb::testsupport::kWaitMs);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(QStringLiteral("PUT /api/v1/pipelines/") + kSupport), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("PUT /api/v1/pipelines/") + kSales), 0);
}

QTEST_GUILESS_MAIN(TestReplaceRunner)
#include "tst_replacerunner.moc"
