// Scanning a provider's models and adding many at once, without a window:
// ScannedModelList (the scan diff: the server's "already added" flag and the
// workspace's own models, checkable rows, statuses) and ScanAddRunner (one
// create per model from the allow-list, at most N on their way, a result per
// model, a failure says why, cancel, a missing provider, no permission)
// against the fake server at 4.9.7 and 4.10.

#include "FakeLangBotServer.h"
#include "DemoIds.h"
#include "FakeServer.h"
#include "TestSupport.h"

#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "model/WriteBodies.h"
#include "providers/ScanAddRunner.h"
#include "providers/ScannedModelList.h"
#include "workspace/ServerWorkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lb;
using lb::demo::FakeLangBotServer;
using namespace Qt::StringLiterals;
using Status = ScannedModelList::Status;

namespace {

using lb::demoids::kOpenAi;
const QString kModelsRoute = u"POST /api/v1/provider/models/"_s;

void addVersions()
{
    lb::testsupport::addVersionRows({"4.9.7", "4.10"});
}

} // namespace

class TestScanModels : public QObject, protected lb::testsupport::WorkspaceFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { lb::testsupport::useTestPaths(); }
    void cleanup();
    void parsesTheAnswerWithoutDebug();
    void marksAlreadyAdded_data() { addVersions(); }
    void marksAlreadyAdded();
    void addsWithBoundedConcurrency_data() { addVersions(); }
    void addsWithBoundedConcurrency();
    void oneFailureSaysWhy_data() { addVersions(); }
    void oneFailureSaysWhy();
    void cancelStopsTheRest_data() { addVersions(); }
    void cancelStopsTheRest();
    void missingProviderSendsNoCreate();
    void halfSavedEmbeddingIsNamed();
    void viewOnlyKeySendsNothing();

private:
    void useServer(const QString &version, const QString &apiKey = FakeLangBotServer::demoApiKey());
    QList<ScannedModel> scan(const QString &provider);
    // Scans kOpenAi into list against the workspace's models, checks the rows
    // not added yet: their models.
    QList<ScannedModel> scanNew(ScannedModelList &list);
    // Every create answers after ms; the server's counters start afresh.
    void slowCreates(int ms);
    bool run(ScanAddRunner &runner, const QList<ScannedModel> &models, const QString &provider = kOpenAi);
};

void TestScanModels::cleanup()
{
    stopWorkspace();
}

void TestScanModels::useServer(const QString &version, const QString &apiKey)
{
    QVERIFY2(startWorkspace(version, apiKey), qPrintable(serverError()));
    QVERIFY(m_server->features().canScanModels());
    QVERIFY(connectWorkspace(u"scan-test"_s));
    QVERIFY(m_workspace->features().canScanModels());
}

QList<ScannedModel> TestScanModels::scan(const QString &provider)
{
    ApiCall *call = m_client->scanProviderModels(provider);
    QSignalSpy done(call, &ApiCall::finished);
    if (!lb::testsupport::awaitOne(done) || !call->ok()) {
        qWarning("scan failed: %s", qPrintable(call->error().message()));
        return {};
    }
    return ScannedModel::listFromData(call->data());
}

QList<ScannedModel> TestScanModels::scanNew(ScannedModelList &list)
{
    list.setScan(kOpenAi, scan(kOpenAi), m_workspace->models()->models());
    QList<int> rows;
    QList<ScannedModel> models;
    for (int row = 0; row < list.rowCount(); ++row) {
        if (list.status(row) == Status::New) {
            rows << row;
            models << list.modelAt(row);
        }
    }
    list.setChecked(rows, true);
    return models;
}

void TestScanModels::slowCreates(int ms)
{
    for (const ModelType type : lb::allModelTypes)
        m_server->setLatency(kModelsRoute + lb::modelTypeId(type), ms);
    m_server->resetCounters();
}

bool TestScanModels::run(ScanAddRunner &runner, const QList<ScannedModel> &models, const QString &provider)
{
    QSignalSpy finished(&runner, &ScanAddRunner::finished);
    if (!runner.start(provider, models))
        return false;
    return finished.count() == 1 || finished.wait(15000);
}

void TestScanModels::parsesTheAnswerWithoutDebug()
{
    const QJsonObject data = QJsonDocument::fromJson(R"({"models":[
        {"id":"gpt-4o","name":"gpt-4o","type":"llm","abilities":["vision","func_call","vision"],
         "display_name":"GPT-4o","context_length":128000,"owned_by":"openai","already_added":true,"extra":"x"},
        {"id":"","name":"named-only","type":"embedding","context_length":null},
        {"id":"weird","type":"audio"},
        "not an object"],
        "debug":{"raw":"sk-secret"}})")
                                 .object();
    const QList<ScannedModel> models = ScannedModel::listFromData(data);
    QCOMPARE(models.size(), 3);
    QCOMPARE(models.at(0).id, u"gpt-4o"_s);
    QCOMPARE(models.at(0).displayName, u"GPT-4o"_s);
    QCOMPARE(models.at(0).type, std::optional<ModelType>(ModelType::Llm));
    QCOMPARE(models.at(0).abilities, QStringList({u"vision"_s, u"func_call"_s}));
    QCOMPARE(models.at(0).contextLength, std::optional<int>(128000));
    QCOMPARE(models.at(0).ownedBy, u"openai"_s);
    QVERIFY(models.at(0).alreadyAdded);
    QCOMPARE(models.at(0).publicJson().keys(),
             QStringList({u"abilities"_s, u"already_added"_s, u"context_length"_s, u"id"_s, u"name"_s, u"type"_s}));
    QCOMPARE(models.at(1).id, u"named-only"_s); // no id: the name
    QCOMPARE(models.at(1).type, std::optional<ModelType>(ModelType::Embedding));
    QCOMPARE(models.at(1).contextLength, std::nullopt);
    QCOMPARE(models.at(2).type, std::nullopt);
    QCOMPARE(models.at(2).typeId, u"audio"_s);

    // A type this console does not know cannot be checked.
    ScannedModelList list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setScan(u"p"_s, models, {});
    QVERIFY(!list.isCheckable(0)); // already added
    QVERIFY(list.isCheckable(1));
    QVERIFY(!list.isCheckable(2));
    QVERIFY(!(list.flags(list.index(2, 0)) & Qt::ItemIsUserCheckable));
    QCOMPARE(list.index(2, ScannedModelList::TypeColumn).data().toString(), u"audio"_s);
}

void TestScanModels::marksAlreadyAdded()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    const QList<ScannedModel> scanned = scan(kOpenAi);
    QVERIFY(scanned.size() >= 4);

    ScannedModelList list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&list, &ScannedModelList::checkedCountChanged);
    list.setScan(kOpenAi, scanned, m_workspace->models()->models());
    QCOMPARE(list.rowCount(), int(scanned.size()));
    int added = 0;
    for (int row = 0; row < list.rowCount(); ++row) {
        const ScannedModel &m = list.modelAt(row);
        bool onServer = false;
        for (const QJsonObject &saved : m_server->models(*m.type))
            onServer |= saved.value(u"provider_uuid"_s).toString() == kOpenAi && saved.value(u"name"_s) == m.id;
        QCOMPARE(list.status(row) == Status::AlreadyAdded, onServer);
        QCOMPARE(list.isCheckable(row), !onServer);
        QCOMPARE(bool(list.flags(list.index(row, 0)) & Qt::ItemIsUserCheckable), !onServer);
        QCOMPARE(list.setData(list.index(row, 0), Qt::Checked, Qt::CheckStateRole), !onServer);
        QCOMPARE(list.index(row, ScannedModelList::StatusColumn).data().toString(),
                 ScannedModelList::statusText(onServer ? Status::AlreadyAdded : Status::New));
        added += onServer;
    }
    QVERIFY2(added > 0 && added < list.rowCount(), "the demo provider has some of its models and lacks others");
    QCOMPARE(list.checkedCount(), list.rowCount() - added);
    QCOMPARE(counts.constLast().at(0).toInt(), list.rowCount() - added);

    // Without the server's flag, the workspace's own models of the provider
    // (same name and type) still say "already added"; another provider's do not.
    QList<ScannedModel> unflagged = scanned;
    for (ScannedModel &m : unflagged)
        m.alreadyAdded = false;
    list.setScan(kOpenAi, unflagged, m_workspace->models()->models());
    QCOMPARE(list.checkedCount(), 0);
    for (int row = 0; row < list.rowCount(); ++row)
        QCOMPARE(list.status(row) == Status::AlreadyAdded, scanned.at(row).alreadyAdded);
    list.setScan(u"another-provider"_s, unflagged, m_workspace->models()->models());
    for (int row = 0; row < list.rowCount(); ++row)
        QCOMPARE(list.status(row), Status::New);

    // A model saved for the provider that the endpoint no longer offers.
    QList<lb::LlmModel> saved = m_workspace->models()->models();
    lb::LlmModel gone(
        QJsonObject{{u"uuid"_s, u"gone-1"_s}, {u"name"_s, u"retired-model"_s}, {u"provider_uuid"_s, kOpenAi}});
    saved << gone;
    list.setScan(kOpenAi, scanned, saved);
    QVERIFY(list.savedNotOffered().contains(u"retired-model (LLM)"_s));
    for (const QString &entry : list.savedNotOffered())
        QVERIFY2(!entry.startsWith(scanned.at(0).id + u" ("_s), qPrintable(entry));
}

void TestScanModels::addsWithBoundedConcurrency()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    ScannedModelList list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ScannedModel> models = scanNew(list);
    QVERIFY(models.size() >= 3);
    slowCreates(150);

    ScanAddRunner runner(m_client.get());
    runner.setConcurrency(2);
    QSignalSpy finishedItems(&runner, &ScanAddRunner::itemFinished);
    QSignalSpy progress(&runner, &ScanAddRunner::progressChanged);
    QVERIFY(run(runner, models));
    QCOMPARE(finishedItems.count(), models.size());
    QCOMPARE(runner.addedCount(), int(models.size()));
    QCOMPARE(runner.failedCount(), 0);
    QCOMPARE(progress.constLast().at(0).toInt(), int(models.size()));
    QCOMPARE(m_server->maxInFlight(), 2); // never more than the bound, and it was used

    // One create per model, on its type's route, from the allow-list only.
    int creates = 0;
    for (const FakeLangBotServer::RecordedRequest &r : m_server->requests()) {
        if (r.method != "POST")
            continue;
        ++creates;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"provider_uuid"_s).toString(), kOpenAi);
        const QStringList allowed = lb::WriteBodies::modelAllowList(
            lb::modelTypeFromId(r.path.section(u'/', -1)).value(), m_server->features());
        for (const QString &key : body.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
    }
    QCOMPARE(creates, int(models.size()));
    for (int i = 0; i < models.size(); ++i) {
        const ScanAddResult &result = runner.result(i);
        QCOMPARE(result.outcome, ScanAddResult::Outcome::Added);
        const QJsonObject saved = m_server->model(*models.at(i).type, result.uuid);
        QCOMPARE(saved.value(u"name"_s).toString(), models.at(i).id);
        QCOMPARE(saved.value(u"provider_uuid"_s).toString(), kOpenAi);
        if (models.at(i).type == ModelType::Llm) {
            QCOMPARE(saved.value(u"abilities"_s).toArray(), QJsonArray::fromStringList(models.at(i).abilities));
            if (m_server->features().hasContextLength())
                QCOMPARE(saved.value(u"context_length"_s).toInt(), *models.at(i).contextLength);
        }
    }
    // A new scan says they are added.
    list.setScan(kOpenAi, scan(kOpenAi), {});
    for (int row = 0; row < list.rowCount(); ++row)
        QCOMPARE(list.status(row), Status::AlreadyAdded);
}

void TestScanModels::oneFailureSaysWhy()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    ScannedModelList list;
    QList<ScannedModel> models = scanNew(list);
    models.removeIf([](const ScannedModel &m) { return m.type != ModelType::Llm; });
    QVERIFY(models.size() >= 2);
    const bool opaque = m_server->features().generation == lb::ApiGeneration::Workspaces;
    FakeLangBotServer::FaultSpec fault;
    fault.fault = opaque ? FakeLangBotServer::Fault::Error500New : FakeLangBotServer::Fault::Error500Legacy;
    fault.times = 1;
    fault.message = u"模型请求失败: NotFoundError: Model Not Exist"_s;
    m_server->setFault(kModelsRoute + u"llm"_s, fault);

    ScanAddRunner runner(m_client.get());
    runner.setConcurrency(1);
    QVERIFY(run(runner, models));
    QCOMPARE(runner.failedCount(), 1);
    QCOMPARE(runner.addedCount(), int(models.size()) - 1);
    const ScanAddResult &failed = runner.result(0); // one at a time: the first met the fault
    QCOMPARE(failed.outcome, ScanAddResult::Outcome::Failed);
    QVERIFY(failed.uuid.isEmpty());
    if (opaque) {
        QVERIFY2(failed.message.contains(u"Internal server error"_s), qPrintable(failed.message));
        QVERIFY(!failed.requestId.isEmpty());
    } else {
        QVERIFY2(failed.message.contains(u"Model Not Exist"_s), qPrintable(failed.message));
    }
    for (int i = 1; i < models.size(); ++i)
        QCOMPARE(runner.result(i).outcome, ScanAddResult::Outcome::Added);
}

void TestScanModels::cancelStopsTheRest()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    ScannedModelList list;
    const QList<ScannedModel> models = scanNew(list);
    QVERIFY(models.size() >= 3);
    slowCreates(200);

    ScanAddRunner runner(m_client.get());
    runner.setConcurrency(1);
    QSignalSpy started(&runner, &ScanAddRunner::itemStarted);
    QSignalSpy finished(&runner, &ScanAddRunner::finished);
    QVERIFY(runner.start(kOpenAi, models));
    QVERIFY(lb::testsupport::awaitOne(started));
    runner.cancel();
    QVERIFY(runner.wasCancelled());
    QVERIFY(lb::testsupport::awaitOne(finished));
    // The create on its way was not aborted: it is added; the rest not sent.
    QCOMPARE(started.count(), 1);
    QCOMPARE(runner.result(0).outcome, ScanAddResult::Outcome::Added);
    QCOMPARE(runner.addedCount(), 1);
    QCOMPARE(runner.notSentCount(), int(models.size()) - 1);
    for (int i = 1; i < models.size(); ++i) {
        QCOMPARE(runner.result(i).outcome, ScanAddResult::Outcome::NotSent);
        QVERIFY(!runner.result(i).message.isEmpty());
    }
    QCOMPARE(m_server->writeRequestCount(), 1);
    QVERIFY(!runner.isRunning());
}

void TestScanModels::missingProviderSendsNoCreate()
{
    useServer(u"4.9.7"_s);
    if (QTest::currentTestFailed())
        return;
    ScannedModelList list;
    const QList<ScannedModel> models = scanNew(list);
    m_server->resetCounters();
    ScanAddRunner runner(m_client.get());
    QVERIFY(run(runner, models, u"00000000-1111-4222-8333-444444444444"_s));
    QCOMPARE(runner.failedCount(), int(models.size()));
    QVERIFY2(runner.result(0).message.contains(u"no longer"_s), qPrintable(runner.result(0).message));
    QCOMPARE(m_server->writeRequestCount(), 0); // gotcha 15: no model saved on a missing provider
}

// An embedding row is saved before its provider starts (gotcha 4): a create
// that fails after that names the row the server kept.
void TestScanModels::halfSavedEmbeddingIsNamed()
{
    useServer(u"4.9.7"_s);
    if (QTest::currentTestFailed())
        return;
    const QString broken = u"0b0b0b0b-1111-4222-8333-444444444444"_s;
    QList<QJsonObject> providers = m_server->providers();
    providers << QJsonObject{{u"uuid"_s, broken},
                             {u"name"_s, u"Broken"_s},
                             {u"requester"_s, u"no-such-requester"_s},
                             {u"base_url"_s, u"https://broken.example/v1"_s},
                             {u"api_keys"_s, QJsonArray{u"sk-broken"_s}}};
    m_server->setProviders(providers);
    const QList<ScannedModel> models{
        ScannedModel::fromJson(QJsonObject{{u"id"_s, u"bge-half"_s}, {u"type"_s, u"embedding"_s}})};
    ScanAddRunner runner(m_client.get());
    QVERIFY(run(runner, models, broken));
    const ScanAddResult &result = runner.result(0);
    QCOMPARE(result.outcome, ScanAddResult::Outcome::Failed);
    QVERIFY(!result.uuid.isEmpty());
    QCOMPARE(m_server->model(ModelType::Embedding, result.uuid).value(u"name"_s).toString(), u"bge-half"_s);
    QVERIFY2(result.message.contains(u"no-such-requester"_s) && result.message.contains(result.uuid),
             qPrintable(result.message));
}

void TestScanModels::viewOnlyKeySendsNothing()
{
    useServer(u"4.10"_s, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!m_client->permissions().allows(lb::Permissions::Action::Scan));
    const QList<ScannedModel> models{ScannedModel::fromJson(QJsonObject{{u"id"_s, u"gpt-x"_s}, {u"type"_s, u"llm"_s}})};
    m_server->resetCounters();
    ScanAddRunner runner(m_client.get());
    QVERIFY(run(runner, models));
    QCOMPARE(runner.result(0).outcome, ScanAddResult::Outcome::Failed);
    QVERIFY2(runner.result(0).message.contains(u"provider_secret.manage"_s), qPrintable(runner.result(0).message));
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestScanModels)
#include "tst_scanmodels.moc"
