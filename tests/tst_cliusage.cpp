// `langbot-console usage` (issue 16), run as the built binary against the
// fake server: where each model is used, --unused, --json, refused lists
// named, and 4.0–4.6 servers told apart.
#include "ConsoleRun.h"
#include "DemoIds.h"
#include "FakeServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using lb::demo::FakeLangBotServer;
using Run = lb::testsupport::ConsoleRun;

using lb::demoids::kLlama;    // used by nothing
using lb::demoids::kReasoner; // the only model of "Research"
namespace {
const QString &kGpt4o = lb::demoids::kGpt4oNew;
} // namespace

class TestCliUsage : public QObject, protected lb::testsupport::FakeServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void jsonNamesPipelinesAndBots_data();
    void jsonNamesPipelinesAndBots();
    void textForOneModel();
    void unusedModels();
    void refusedListIsNamed();
    void unknownModel();
    void legacyServer();
    // delete names what breaks and refuses it without --force (issue 16)
    void deleteInUseRefused_data();
    void deleteInUseRefused();
    void deleteInUseWithForce();
    void deleteUnusedNamesNothing();
    void deleteWithUnreadableUsage();
    void deleteOnLegacyServer();

private:
    void serve(const QString &version);
    Run run(QStringList args, const QString &apiKey = FakeLangBotServer::demoApiKey());

    QTemporaryDir m_home;
};

void TestCliUsage::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LANGBOT_CONSOLE_BIN)), LANGBOT_CONSOLE_BIN);
}

void TestCliUsage::cleanup()
{
    stopServer();
}

void TestCliUsage::serve(const QString &version)
{
    QVERIFY2(startServer(version), qPrintable(serverError()));
}

Run TestCliUsage::run(QStringList args, const QString &apiKey)
{
    args << QStringLiteral("--url") << m_server->url().toString();
    return lb::testsupport::runConsole(QStringLiteral(LANGBOT_CONSOLE_BIN), m_home.path(), args, apiKey);
}

void TestCliUsage::jsonNamesPipelinesAndBots_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("key");
    QTest::newRow("4.9") << QStringLiteral("4.9") << FakeLangBotServer::demoApiKey();
    QTest::newRow("4.10") << QStringLiteral("4.10") << FakeLangBotServer::demoApiKey();
    QTest::newRow("4.10 view-only") << QStringLiteral("4.10") << FakeLangBotServer::demoViewApiKey();
}

void TestCliUsage::jsonNamesPipelinesAndBots()
{
    QFETCH(QString, version);
    QFETCH(QString, key);
    serve(version);
    const Run r = run({QStringLiteral("usage"), QStringLiteral("--json")}, key);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = r.json();
    QVERIFY(json.value(QLatin1String("complete")).toBool());
    const QJsonArray models = json.value(QLatin1String("models")).toArray();
    int total = 0;
    for (const lb::ModelType type : {lb::ModelType::Llm, lb::ModelType::Embedding, lb::ModelType::Rerank})
        total += int(m_server->models(type).size());
    QCOMPARE(models.size(), total);
    QJsonObject gpt4o;
    for (const QJsonValue &m : models) {
        if (m.toObject().value(QLatin1String("uuid")).toString() == kGpt4o)
            gpt4o = m.toObject();
    }
    const QJsonArray uses = gpt4o.value(QLatin1String("uses")).toArray();
    QCOMPARE(uses.size(), 1);
    const QJsonObject use = uses.first().toObject();
    QCOMPARE(use.value(QLatin1String("role")).toString(), QStringLiteral("primary"));
    QCOMPARE(use.value(QLatin1String("pipeline_name")).toString(), QStringLiteral("Customer support"));
    const QJsonArray bots = use.value(QLatin1String("bots")).toArray();
    QCOMPARE(bots.size(), 1);
    QCOMPARE(bots.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("QQ support"));
}

void TestCliUsage::textForOneModel()
{
    serve(QStringLiteral("4.10"));
    const Run r = run({QStringLiteral("usage"), QStringLiteral("gpt-4o-mini")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(QStringLiteral("gpt-4o-mini (llm, ")), r.out.constData());
    QVERIFY2(text.contains(QStringLiteral("fallback 1 of pipeline “Customer support”; bots: QQ support")),
             r.out.constData());
    // "Legacy FAQ" (made by 4.9.0) still holds the model as a plain string.
    QVERIFY2(text.contains(QStringLiteral("primary model of pipeline “Legacy FAQ”; bots: Discord FAQ")),
             r.out.constData());
    QCOMPARE(text.count(QLatin1Char('\n')), 3); // the model and its two uses
}

void TestCliUsage::unusedModels()
{
    serve(QStringLiteral("4.10"));
    const Run r = run({QStringLiteral("usage"), QStringLiteral("--unused"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList names;
    for (const QJsonValue &m : r.json().value(QLatin1String("models")).toArray())
        names << m.toObject().value(QLatin1String("name")).toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Qwen/Qwen2.5-72B-Instruct"), QStringLiteral("llama3.1:8b")}));
}

void TestCliUsage::refusedListIsNamed()
{
    serve(QStringLiteral("4.10"));
    const FakeLangBotServer::FaultSpec refusal = lb::testsupport::permissionRefusal();
    m_server->setFault(QStringLiteral("GET /api/v1/platform/bots"), refusal);
    const Run r = run({QStringLiteral("usage"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData()); // what could be read is shown
    QVERIFY(!r.json().value(QLatin1String("complete")).toBool());
    QVERIFY2(r.err.contains("bots could not be read") && r.err.contains("resource.view"), r.err.constData());

    // --unused cannot be trusted without every list: exit 1, and no model is
    // called unused.
    m_server->setFault(QStringLiteral("GET /api/v1/knowledge/bases"), refusal);
    const Run unused = run({QStringLiteral("usage"), QStringLiteral("--unused")});
    QCOMPARE(unused.exitCode, 1);
    QVERIFY2(!unused.out.contains("not used"), unused.out.constData());
    QVERIFY2(unused.out.contains("no use found (some lists could not be read)"), unused.out.constData());

    m_server->setFault(QStringLiteral("GET /api/v1/pipelines"), FakeLangBotServer::Fault::Error500New);
    const Run failing = run({QStringLiteral("usage")});
    QCOMPARE(failing.exitCode, 9);
    QVERIFY2(failing.err.contains("pipelines could not be read"), failing.err.constData());
}

void TestCliUsage::unknownModel()
{
    serve(QStringLiteral("4.10"));
    const Run r = run({QStringLiteral("usage"), QStringLiteral("no-such-model")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("no-such-model"), r.err.constData());
}

void TestCliUsage::legacyServer()
{
    serve(QStringLiteral("4.6"));
    const Run r = run({QStringLiteral("usage")});
    QCOMPARE(r.exitCode, 8);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("4.0–4.6")), r.err.constData());
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/pipelines")), 0);
}

void TestCliUsage::deleteInUseRefused_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("4.9") << QStringLiteral("4.9");
    QTest::newRow("4.10") << QStringLiteral("4.10");
}

void TestCliUsage::deleteInUseRefused()
{
    QFETCH(QString, version);
    serve(version);
    const Run r = run({QStringLiteral("delete"), kReasoner, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 6);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("Pipeline “Research” loses its model “deepseek-reasoner” and has no "
                                         "fallback left: bots “Telegram sales”, “WeCom research” stop answering.")),
             r.err.constData());
    QVERIFY2(err.contains(QStringLiteral("--force")), r.err.constData());
    QVERIFY(!m_server->model(kReasoner).isEmpty());
    QCOMPARE(m_server->requestCount(QStringLiteral("DELETE /api/v1/provider/models/llm/") + kReasoner), 0);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
}

void TestCliUsage::deleteInUseWithForce()
{
    serve(QStringLiteral("4.10"));
    // Two models of one pipeline: its primary and its first fallback go, the
    // second fallback answers.
    const QString &mini = lb::demoids::kGpt4oMini;
    const Run r = run({QStringLiteral("delete"), kGpt4o, mini, QStringLiteral("--yes"), QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(
                 QStringLiteral("Pipeline “Customer support” loses its model “gpt-4o” and answers from fallback "
                                "“deepseek-chat” (bots “QQ support”).")),
             r.err.constData());
    QVERIFY2(r.out.contains("Deleted llm model"), r.out.constData());
    QVERIFY(m_server->model(kGpt4o).isEmpty());
    QVERIFY(m_server->model(mini).isEmpty());
}

void TestCliUsage::deleteUnusedNamesNothing()
{
    serve(QStringLiteral("4.10"));
    const Run r = run({QStringLiteral("delete"), kLlama, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(m_server->model(kLlama).isEmpty());
}

void TestCliUsage::deleteWithUnreadableUsage()
{
    serve(QStringLiteral("4.10"));
    const FakeLangBotServer::FaultSpec refusal = lb::testsupport::permissionRefusal();
    m_server->setFault(QStringLiteral("GET /api/v1/pipelines"), refusal);
    // Nothing is known to break: the delete goes ahead, saying the check was not whole.
    const Run r = run({QStringLiteral("delete"), kReasoner, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("could not be fully checked") && r.err.contains("resource.view"), r.err.constData());
    QVERIFY(m_server->model(kReasoner).isEmpty());
}

void TestCliUsage::deleteOnLegacyServer()
{
    serve(QStringLiteral("4.6"));
    const QString uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    const Run r = run({QStringLiteral("delete"), uuid, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(m_server->model(uuid).isEmpty());
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /api/v1/pipelines")), 0);
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
