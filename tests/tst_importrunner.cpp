// ImportRunner against the fake LangBot server: rows applied one by one in
// document order, one report entry per row, a failing row does not stop the
// rest, cancel stops before the next row and says which rows were not
// applied, creates without keys are flagged.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"

#include "api/ApiClient.h"
#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"
#include "transfer/ImportRunner.h"
#include "transfer/ModelsDocument.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;

class TestImportRunner : public QObject, protected lb::testsupport::FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void appliesRowsInDocumentOrder();
    void failureDoesNotStopTheRest();
    void cancelStopsBeforeTheNextRow();
    void cancelBeforeTheFirstRow();
    void createWithoutKeysIsFlagged();
    void nothingToSend();
    void refusesToStartTwice();

private:
    // A plan for `documentModels` against the server's current models.
    ImportPlan planFor(const QList<QJsonObject> &documentModels, bool includeKeys = true);
    // Runs to the end.
    bool run(ImportRunner &runner, const ImportPlan &plan);
};

void TestImportRunner::initTestCase()
{
    useTestPaths();
}

void TestImportRunner::init()
{
    QVERIFY2(startServer({}, FakeLangBotServer::demoApiKey(), Data::Empty), qPrintable(serverError()));
}

void TestImportRunner::cleanup()
{
    stopServer();
}

ImportPlan TestImportRunner::planFor(const QList<QJsonObject> &documentModels, bool includeKeys)
{
    const ModelsDocument doc = ModelsDocument::fromServer(
        asModels(documentModels), ExportSource{QStringLiteral("src"), m_server->url(), {}}, ExportOptions{includeKeys});
    // Through the file format, as an import sees it.
    const ModelsDocument::ReadResult read = ModelsDocument::read(doc.toJson());
    if (!read.ok())
        qWarning() << read.errors.toText();
    return ImportPlan::build(read.document.models, asModels(m_server->models()), ImportOptions{true});
}

bool TestImportRunner::run(ImportRunner &runner, const ImportPlan &plan)
{
    QSignalSpy finished(&runner, &ImportRunner::finished);
    if (!runner.start(plan))
        return false;
    return finished.wait(10000) || finished.count() == 1;
}

void TestImportRunner::appliesRowsInDocumentOrder()
{
    // On the server: a (differs), b (identical). The file: a, b, c (new).
    m_server->setModels({modelJson(QStringLiteral("u-a"), QStringLiteral("a"), QStringLiteral("old")),
                         modelJson(QStringLiteral("u-b"), QStringLiteral("b"))});
    const ImportPlan plan = planFor({modelJson(QStringLiteral("u-a"), QStringLiteral("a"), QStringLiteral("new")),
                                     modelJson(QStringLiteral("u-b"), QStringLiteral("b")),
                                     modelJson(QStringLiteral("u-c"), QStringLiteral("c"))});
    QCOMPARE(plan.row(0).action, ImportAction::Update);
    QCOMPARE(plan.row(1).action, ImportAction::Skip);
    QCOMPARE(plan.row(2).action, ImportAction::Create);
    m_server->resetCounters();

    ImportRunner runner(m_client.get());
    runner.setSourceFile(QStringLiteral("models.json"));
    runner.setTargetProfile(QStringLiteral("Staging"));
    QSignalSpy started(&runner, &ImportRunner::rowStarted);
    QSignalSpy rows(&runner, &ImportRunner::rowFinished);
    QSignalSpy progress(&runner, &ImportRunner::progressChanged);
    QVERIFY(run(runner, plan));

    QCOMPARE(runner.total(), 2);
    QCOMPARE(runner.completed(), 2);
    QCOMPARE(started.count(), 2);
    QCOMPARE(rows.count(), 3);
    QCOMPARE(progress.count(), 2);
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);
    QCOMPARE(m_server->writeRequestCount(), 2);

    const ImportReport &report = runner.report();
    QCOMPARE(report.entries.size(), 3);
    QCOMPARE(report.sourceFile, QStringLiteral("models.json"));
    QCOMPARE(report.targetProfile, QStringLiteral("Staging"));
    QCOMPARE(report.targetUrl, m_server->url());
    QVERIFY(report.startedAt.isValid() && report.finishedAt.isValid());
    QCOMPARE(report.entries.at(0).name, QStringLiteral("a"));
    QCOMPARE(report.entries.at(0).outcome, ImportOutcome::Updated);
    QCOMPARE(report.entries.at(0).uuid, QStringLiteral("u-a"));
    QCOMPARE(report.entries.at(1).outcome, ImportOutcome::Skipped);
    QVERIFY(report.entries.at(1).message.contains(QLatin1String("identical")));
    QCOMPARE(report.entries.at(2).outcome, ImportOutcome::Created);
    QVERIFY(!report.entries.at(2).uuid.isEmpty());
    QVERIFY(report.entries.at(2).uuid != QStringLiteral("u-c")); // the server's new uuid
    QVERIFY(!m_server->model(report.entries.at(2).uuid).isEmpty());
    QCOMPARE(m_server->model(QStringLiteral("u-a")).value(QLatin1String("description")).toString(),
             QStringLiteral("new"));
    for (qsizetype i = 0; i < 3; ++i)
        QVERIFY(runner.result(i).has_value());
}

void TestImportRunner::failureDoesNotStopTheRest()
{
    m_server->setModels({});
    const ImportPlan plan = planFor({modelJson(QStringLiteral("u-1"), QStringLiteral("first")),
                                     modelJson(QStringLiteral("u-2"), QStringLiteral("second")),
                                     modelJson(QStringLiteral("u-3"), QStringLiteral("third"))});
    FakeLangBotServer::FaultSpec fault;
    fault.fault = FakeLangBotServer::Fault::Error500Legacy;
    fault.times = 1;
    fault.message = QStringLiteral("model already exists");
    m_server->setFault(kCreateRoute, fault);

    ImportRunner runner(m_client.get());
    QVERIFY(run(runner, plan));
    const ImportReport &report = runner.report();
    QCOMPARE(report.entries.size(), 3);
    QCOMPARE(report.entries.at(0).outcome, ImportOutcome::Failed);
    QVERIFY2(report.entries.at(0).message.contains(QLatin1String("500")), qPrintable(report.entries.at(0).message));
    QVERIFY2(report.entries.at(0).message.contains(QLatin1String("model already exists")),
             qPrintable(report.entries.at(0).message));
    QCOMPARE(report.entries.at(1).outcome, ImportOutcome::Created);
    QCOMPARE(report.entries.at(2).outcome, ImportOutcome::Created);
    QCOMPARE(report.count(ImportOutcome::Failed), 1);
    QCOMPARE(m_server->models().size(), 2);
    QCOMPARE(m_server->writeRequestCount(), 3);
}

void TestImportRunner::cancelStopsBeforeTheNextRow()
{
    m_server->setModels({});
    const ImportPlan plan = planFor({modelJson(QStringLiteral("u-1"), QStringLiteral("first")),
                                     modelJson(QStringLiteral("u-2"), QStringLiteral("second")),
                                     modelJson(QStringLiteral("u-3"), QStringLiteral("third"))});
    m_server->setLatency(kCreateRoute, 150);
    ImportRunner runner(m_client.get());
    QSignalSpy finished(&runner, &ImportRunner::finished);
    // Cancel while the first row is on its way: it still completes.
    connect(&runner, &ImportRunner::rowStarted, &runner, [&runner](qsizetype row) {
        if (row == 0)
            runner.cancel();
    });
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(10000));
    QVERIFY(runner.wasCancelled());
    QVERIFY(!runner.isRunning());
    QCOMPARE(m_server->writeRequestCount(), 1);
    QCOMPARE(m_server->models().size(), 1);

    const ImportReport &report = runner.report();
    QCOMPARE(report.entries.size(), 3);
    QCOMPARE(report.entries.at(0).outcome, ImportOutcome::Created);
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(report.entries.at(i).outcome, ImportOutcome::Skipped);
        QCOMPARE(report.entries.at(i).action, ImportAction::Create);
        QVERIFY2(report.entries.at(i).message.startsWith(QLatin1String("not applied")),
                 qPrintable(report.entries.at(i).message));
    }
    QVERIFY(report.toText().contains(QLatin1String("not applied")));
}

void TestImportRunner::cancelBeforeTheFirstRow()
{
    m_server->setModels({});
    const ImportPlan plan = planFor({modelJson(QStringLiteral("u-1"), QStringLiteral("first"))});
    ImportRunner runner(m_client.get());
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(runner.isRunning());
    QCOMPARE(finished.count(), 0); // never from inside start()
    runner.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QCOMPARE(runner.report().entries.size(), 1);
    QCOMPARE(runner.report().entries.at(0).outcome, ImportOutcome::Skipped);
}

void TestImportRunner::createWithoutKeysIsFlagged()
{
    m_server->setModels({});
    // Exported without keys: the creates carry none.
    ImportPlan plan = planFor({modelJson(QStringLiteral("u-1"), QStringLiteral("with-keys")),
                               modelJson(QStringLiteral("u-2"), QStringLiteral("without-keys"))},
                              false);
    QVERIFY(plan.row(0).needsKeys());
    QVERIFY(plan.row(1).needsKeys());
    plan.setSuppliedKeys(0, {QStringLiteral("sk-typed")});
    ImportRunner runner(m_client.get());
    QVERIFY(run(runner, plan));
    const ImportReport &report = runner.report();
    QCOMPARE(report.entries.at(0).outcome, ImportOutcome::Created);
    QVERIFY(report.entries.at(0).message.isEmpty());
    QCOMPARE(report.entries.at(1).outcome, ImportOutcome::Created);
    QCOMPARE(report.entries.at(1).message, ImportRunner::createdWithoutKeysText());
    const QJsonObject withKeys = m_server->model(report.entries.at(0).uuid);
    QCOMPARE(withKeys.value(QLatin1String("api_keys")).toArray(), QJsonArray{QStringLiteral("sk-typed")});
    const QJsonObject without = m_server->model(report.entries.at(1).uuid);
    QVERIFY(without.value(QLatin1String("api_keys")).toArray().isEmpty());
    // No key in the report.
    QVERIFY(!report.toJson().contains("sk-typed"));
}

void TestImportRunner::nothingToSend()
{
    m_server->setModels({modelJson(QStringLiteral("u-a"), QStringLiteral("a"))});
    const ImportPlan plan = planFor({modelJson(QStringLiteral("u-a"), QStringLiteral("a"))});
    QCOMPARE(plan.row(0).action, ImportAction::Skip);
    m_server->resetCounters();
    ImportRunner runner(m_client.get());
    QSignalSpy progress(&runner, &ImportRunner::progressChanged);
    QVERIFY(run(runner, plan));
    QCOMPARE(runner.total(), 0);
    QCOMPARE(progress.count(), 0);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QCOMPARE(runner.report().count(ImportOutcome::Skipped), 1);
}

void TestImportRunner::refusesToStartTwice()
{
    m_server->setModels({});
    const ImportPlan plan = planFor({modelJson(QStringLiteral("u-1"), QStringLiteral("first"))});
    ImportRunner runner(m_client.get());
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(!runner.start(plan));
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_server->writeRequestCount(), 1);

    ImportRunner orphan(nullptr);
    QVERIFY(!orphan.start(plan));
}

QTEST_GUILESS_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
