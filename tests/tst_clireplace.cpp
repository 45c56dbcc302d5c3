// `langbot-console replace OLD NEW` (issue 16), run as the built binary
// against the fake server: the plan, --dry-run, the refusal without --yes,
// --yes with a result per pipeline, --json, a failing pipeline, a view-only
// key, a type mismatch and 4.0–4.6 servers.
#include "ConsoleRun.h"
#include "DemoIds.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "usage/PipelineRefs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using lb::demo::FakeLangBotServer;
using Run = lb::testsupport::ConsoleRun;

namespace {
const QString &kGpt4o = lb::demoids::kGpt4oNew;
const QString &kGpt41 = lb::demoids::kGatewayModel;
const QString &kSupport = lb::demoids::kSupportPipeline;
const QString &kMini = lb::demoids::kGpt4oMini;
const QString &kLegacyFaq = lb::demoids::kLegacyFaqPipeline;
} // namespace

class TestCliReplace : public QObject, protected lb::testsupport::FakeServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void dryRunPrintsThePlan_data();
    void dryRunPrintsThePlan();
    void refusedWithoutYes();
    void yesApplies_data();
    void yesApplies();
    void plainStringModelStaysAString_data();
    void plainStringModelStaysAString();
    void jsonPlan();
    void failingPipelineExitsOne();
    void viewOnlyKeyCannotReplace();
    void typeMismatchAndUnknownModel();
    void legacyServer();

private:
    void serve(const QString &version);
    Run run(QStringList args, const QString &apiKey = FakeLangBotServer::demoApiKey());
    int puts() const;
    QJsonArray servedPipelines(); // GET /api/v1/pipelines, in the version's shape

    QTemporaryDir m_home;
};

void TestCliReplace::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LANGBOT_CONSOLE_BIN)), LANGBOT_CONSOLE_BIN);
}

void TestCliReplace::cleanup()
{
    stopServer();
}

void TestCliReplace::serve(const QString &version)
{
    QVERIFY2(startServer(version), qPrintable(serverError()));
    m_client->setFeatures(m_server->features());
}

Run TestCliReplace::run(QStringList args, const QString &apiKey)
{
    args << QStringLiteral("--url") << m_server->url().toString();
    return lb::testsupport::runConsole(QStringLiteral(LANGBOT_CONSOLE_BIN), m_home.path(), args, apiKey);
}

int TestCliReplace::puts() const
{
    int count = 0;
    for (const FakeLangBotServer::RecordedRequest &request : m_server->requests())
        count += request.method == "PUT" ? 1 : 0;
    return count;
}

QJsonArray TestCliReplace::servedPipelines()
{
    lb::ApiCall *call = m_client->listPipelines();
    QSignalSpy done(call, &lb::ApiCall::finished);
    if (!done.wait(lb::testsupport::kWaitMs))
        return {};
    const QJsonArray list = call->data().toObject().value(QStringLiteral("pipelines")).toArray();
    call->deleteLater();
    return list;
}

void TestCliReplace::dryRunPrintsThePlan_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("4.9") << QStringLiteral("4.9");
    QTest::newRow("4.10") << QStringLiteral("4.10");
}

void TestCliReplace::dryRunPrintsThePlan()
{
    QFETCH(QString, version);
    serve(version);
    const QJsonArray before = m_server->pipelines();
    const Run r = run(
        {QStringLiteral("replace"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Customer support")), r.out.constData());
    QVERIFY(out.contains(QStringLiteral("ai.local-agent.model.primary")));
    QVERIFY(out.contains(QStringLiteral("QQ support"))); // the bot that will notice
    QCOMPARE(puts(), 0);
    QCOMPARE(m_server->pipelines(), before);
}

void TestCliReplace::refusedWithoutYes()
{
    serve(QStringLiteral("4.10"));
    const QJsonArray before = m_server->pipelines();
    const Run r = run({QStringLiteral("replace"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.contains("Customer support")); // the plan is shown
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(puts(), 0);
    QCOMPARE(m_server->pipelines(), before);
}

void TestCliReplace::yesApplies_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("4.9") << QStringLiteral("4.9");
    QTest::newRow("4.10") << QStringLiteral("4.10");
}

void TestCliReplace::yesApplies()
{
    QFETCH(QString, version);
    serve(version);
    const QJsonArray before = servedPipelines();
    QCOMPARE(before.size(), 5);
    const Run r = run({QStringLiteral("replace"), kGpt4o, QStringLiteral("gpt-4.1"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Customer support"));
    QVERIFY(r.err.contains("langbot-console delete " + kGpt4o.toLatin1())); // offered, not done
    QCOMPARE(m_server->requestCount(QStringLiteral("DELETE /api/v1/provider/models/llm/") + kGpt4o), 0);
    QCOMPARE(puts(), 1);
    // Only gpt-4o's references changed; nothing else of any pipeline (as the
    // server answers them before and after).
    const QByteArray expected
        = QJsonDocument(before).toJson(QJsonDocument::Compact).replace(kGpt4o.toLatin1(), kGpt41.toLatin1());
    QCOMPARE(servedPipelines(), QJsonDocument::fromJson(expected).array());
    for (const FakeLangBotServer::RecordedRequest &request : m_server->requests()) {
        if (request.method == "PUT")
            QCOMPARE(QJsonDocument::fromJson(request.body).object().keys(), QStringList{QStringLiteral("config")});
    }
}

void TestCliReplace::plainStringModelStaysAString_data()
{
    yesApplies_data();
}

// "Legacy FAQ" was made by 4.9.0: its model is a plain uuid string on newer
// servers too, and stays one after the replace.
void TestCliReplace::plainStringModelStaysAString()
{
    QFETCH(QString, version);
    serve(version);
    const auto legacyFaq = [](const QJsonArray &pipelines) {
        for (const QJsonValue &pipeline : pipelines) {
            if (pipeline.toObject().value(QStringLiteral("uuid")).toString() == kLegacyFaq)
                return lb::PipelineRefs::read(pipeline.toObject().value(QStringLiteral("config")).toObject());
        }
        return lb::PipelineRefs();
    };
    const QJsonArray before = servedPipelines();
    QVERIFY(legacyFaq(before).plainModel);
    QCOMPARE(legacyFaq(before).primary, kMini);
    const Run dry = run({QStringLiteral("replace"), kMini, QStringLiteral("gpt-4.1"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    const QString plan = QString::fromUtf8(dry.out);
    QVERIFY2(plan.contains(QStringLiteral("pipeline “Legacy FAQ”")), dry.out.constData());
    QVERIFY2(plan.contains(QStringLiteral("ai.local-agent.model: model (a plain uuid, kept as one)")),
             dry.out.constData());
    QVERIFY2(plan.contains(QStringLiteral("Discord FAQ")), dry.out.constData());
    QCOMPARE(puts(), 0);

    const Run r = run({QStringLiteral("replace"), kMini, QStringLiteral("gpt-4.1"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(puts(), 2); // "Customer support" (a fallback) and "Legacy FAQ"
    const QByteArray expected
        = QJsonDocument(before).toJson(QJsonDocument::Compact).replace(kMini.toLatin1(), kGpt41.toLatin1());
    const QJsonArray after = servedPipelines();
    QCOMPARE(after, QJsonDocument::fromJson(expected).array());
    QVERIFY(legacyFaq(after).plainModel);
    QCOMPARE(legacyFaq(after).primary, kGpt41);
}

void TestCliReplace::jsonPlan()
{
    serve(QStringLiteral("4.10"));
    const Run r = run({QStringLiteral("replace"), QStringLiteral("text-embedding-3-small"),
                       QStringLiteral("BAAI/bge-m3"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(true), false);
    QVERIFY(json.value(QStringLiteral("pipelines")).toArray().isEmpty()); // embedding models are not in configs
    const QJsonArray bases = json.value(QStringLiteral("knowledge_bases_to_recreate")).toArray();
    QCOMPARE(bases.size(), 1);
    QCOMPARE(bases.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Employee handbook"));

    const Run applied = run({QStringLiteral("replace"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1"),
                             QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(applied.exitCode, 0);
    const QJsonArray rows = applied.json().value(QStringLiteral("pipelines")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("uuid")).toString(), kSupport);
    QCOMPARE(row.value(QStringLiteral("result")).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("changed"));
    const QJsonObject change = row.value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("ai.local-agent.model.primary"));
    QCOMPARE(change.value(QStringLiteral("old")).toString(), kGpt4o);
    QCOMPARE(change.value(QStringLiteral("new")).toString(), kGpt41);
}

void TestCliReplace::failingPipelineExitsOne()
{
    serve(QStringLiteral("4.10"));
    m_server->setFault(QStringLiteral("PUT /api/v1/pipelines/") + kSupport, FakeLangBotServer::Fault::Error500New);
    const Run r = run({QStringLiteral("replace"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1"),
                       QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject result = r.json()
                                   .value(QStringLiteral("pipelines"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("result"))
                                   .toObject();
    QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QVERIFY(!result.value(QStringLiteral("request_id")).toString().isEmpty());
    QVERIFY(!r.err.contains("langbot-console delete"));
}

void TestCliReplace::viewOnlyKeyCannotReplace()
{
    serve(QStringLiteral("4.10"));
    const Run usage = run({QStringLiteral("usage"), QStringLiteral("gpt-4o")}, FakeLangBotServer::demoViewApiKey());
    QCOMPARE(usage.exitCode, 0); // it sees the usage
    QVERIFY(usage.out.contains("Customer support"));
    const Run r
        = run({QStringLiteral("replace"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1"), QStringLiteral("--yes")},
              FakeLangBotServer::demoViewApiKey());
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("resource.manage"));
    QCOMPARE(puts(), 0);
}

void TestCliReplace::typeMismatchAndUnknownModel()
{
    serve(QStringLiteral("4.10"));
    const Run typed = run(
        {QStringLiteral("replace"), QStringLiteral("gpt-4o"), QStringLiteral("BAAI/bge-m3"), QStringLiteral("--yes")});
    QCOMPARE(typed.exitCode, 2);
    QVERIFY(typed.err.contains("same type"));
    const Run same = run({QStringLiteral("replace"), QStringLiteral("gpt-4o"), kGpt4o, QStringLiteral("--yes")});
    QCOMPARE(same.exitCode, 2);
    const Run unknown = run({QStringLiteral("replace"), QStringLiteral("gpt-4o"), QStringLiteral("no-such-model")});
    QCOMPARE(unknown.exitCode, 5);
    const Run missing = run({QStringLiteral("replace"), QStringLiteral("gpt-4o")});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(puts(), 0);
}

void TestCliReplace::legacyServer()
{
    serve(QStringLiteral("4.6"));
    const Run r = run(
        {QStringLiteral("replace"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 8);
    QVERIFY(r.err.contains("nothing to replace"));
}

QTEST_GUILESS_MAIN(TestCliReplace)
#include "tst_clireplace.moc"
