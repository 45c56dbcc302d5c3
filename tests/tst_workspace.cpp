// ServerWorkspace without any widget, against the fake server on 127.0.0.1:
// list, refresh merging by uuid, delete, bulk test counts, the offline
// fallback to the saved list and back, answers of a previous server ignored,
// errors by source set and cleared; and over LangBot 4.6, 4.9 and 4.10: every
// model type and the providers listed (in parallel), one failing type list,
// tests and deletes on each type's route, a view-only key refused before
// sending, the offline copy with its types.
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "cache/ModelCache.h"
#include "model/LlmTableModel.h"
#include "testing/TestHistory.h"
#include "testing/TestRunner.h"
#include "workspace/ServerWorkspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lb;
using lb::demo::FakeLangBotServer;
using namespace Qt::StringLiterals;

namespace {

using lb::testsupport::kListRoute;
const QString kProfile = u"profile-1"_s;

// The rows of one type in the table (TypeRole).
int rowsOfType(const lb::LlmTableModel &table, ModelType type)
{
    int rows = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.index(row, 0).data(lb::LlmTableModel::TypeRole).toString() == lb::modelTypeId(type))
            ++rows;
    }
    return rows;
}

// The requests the server received of that method whose path starts with
// prefix and (if given) ends with suffix.
int requestsTo(const FakeLangBotServer &server, const QByteArray &method, const QString &prefix,
               const QString &suffix = {})
{
    int count = 0;
    const QList<FakeLangBotServer::RecordedRequest> requests = server.requests();
    for (const FakeLangBotServer::RecordedRequest &request : requests) {
        if (request.method == method && request.path.startsWith(prefix)
            && (suffix.isEmpty() || request.path.endsWith(suffix)))
            ++count;
    }
    return count;
}

QString modelsRoute(ModelType type)
{
    return u"/api/v1/provider/models/"_s + lb::modelTypeId(type);
}

} // namespace

// The versions the generation scenarios run on.
namespace {

void addVersions(bool withLegacy = true)
{
    QTest::addColumn<QString>("version");
    if (withLegacy)
        QTest::newRow("4.6") << u"4.6"_s;
    QTest::newRow("4.9") << u"4.9"_s;
    QTest::newRow("4.10") << u"4.10"_s;
}

} // namespace

class TestWorkspace : public QObject, protected lb::testsupport::FakeServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheModelsAndTheVersion();
    void refreshMergesByUuid();
    void deleteRemovesTheModel();
    void bulkTestCountsEachOutcome();
    void offlineFallsBackToTheSavedListAndComesBack();
    void answersOfThePreviousServerAreIgnored();
    void errorsBySourceAreSetAndCleared();
    void listsEveryTypeAndTheProviders_data() { addVersions(); }
    void listsEveryTypeAndTheProviders();
    void oneFailingTypeListKeepsTheOthers_data() { addVersions(false); }
    void oneFailingTypeListKeepsTheOthers();
    void testsAndDeletesGoToTheTypesRoute_data() { addVersions(); }
    void testsAndDeletesGoToTheTypesRoute();
    void viewOnlyKeyIsRefusedBeforeSending();
    void offlineCopyKeepsTheTypes_data() { addVersions(); }
    void offlineCopyKeepsTheTypes();

private:
    // Replaces the server by a demo server of that LangBot version with count
    // generated models, and the client by one with that API key.
    void useServer(const QString &version, int count, const QString &apiKey = FakeLangBotServer::demoApiKey());
    std::unique_ptr<ApiClient> clientFor(const FakeLangBotServer &server) const;
    std::unique_ptr<ServerWorkspace> makeWorkspace() const;
    void listOnce(ServerWorkspace &workspace);

    std::unique_ptr<QTemporaryDir> m_dir;
};

std::unique_ptr<ApiClient> TestWorkspace::clientFor(const FakeLangBotServer &server) const
{
    return std::make_unique<ApiClient>(lb::testsupport::settingsFor(server));
}

std::unique_ptr<ServerWorkspace> TestWorkspace::makeWorkspace() const
{
    return std::make_unique<ServerWorkspace>(nullptr, m_dir->filePath(u"cache"_s), m_dir->filePath(u"history"_s));
}

void TestWorkspace::listOnce(ServerWorkspace &workspace)
{
    QSignalSpy loaded(&workspace, &ServerWorkspace::listLoaded);
    workspace.refresh();
    QVERIFY(workspace.isListing());
    QVERIFY(loaded.wait(5000));
    QVERIFY(!workspace.isListing());
}

void TestWorkspace::initTestCase()
{
    lb::testsupport::useTestPaths();
}

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(startServer({}, FakeLangBotServer::demoApiKey(), Data::Empty), qPrintable(serverError()));
    m_server->generateModels(6);
}

void TestWorkspace::cleanup()
{
    stopServer();
    m_dir.reset();
}

void TestWorkspace::listsTheModelsAndTheVersion()
{
    auto workspace = makeWorkspace();
    QAbstractItemModelTester tester(workspace->models(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    workspace->setServer(m_client.get(), kProfile);
    QVERIFY(!workspace->hasLoaded());
    QSignalSpy info(workspace.get(), &ServerWorkspace::serverInfoChanged);
    workspace->loadServerInfo();
    listOnce(*workspace);
    QVERIFY(workspace->hasLoaded());
    QCOMPARE(workspace->models()->rowCount(), 6);
    QVERIFY(workspace->listedAt().isValid());
    QVERIFY(info.count() > 0 || info.wait(5000));
    QVERIFY(!workspace->serverVersion().isEmpty());
    QVERIFY(workspace->errors().isEmpty());
    // The list is saved for offline work, without key values.
    const QString file = workspace->cache().fileFor(kProfile);
    QTRY_VERIFY(QFile::exists(file));
    QTRY_COMPARE(workspace->cache().load(kProfile).models.size(), 6);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains("sk-"));
}

void TestWorkspace::refreshMergesByUuid()
{
    m_server->setModels({lb::testsupport::modelJson(u"a"_s, u"Alpha"_s), lb::testsupport::modelJson(u"b"_s, u"Beta"_s),
                         lb::testsupport::modelJson(u"c"_s, u"Gamma"_s)});
    auto workspace = makeWorkspace();
    QAbstractItemModelTester tester(workspace->models(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    workspace->setServer(m_client.get(), QString());
    listOnce(*workspace);
    lb::LlmTableModel *models = workspace->models();
    QCOMPARE(models->rowCount(), 3);
    TestOutcome ok;
    ok.state = TestOutcome::State::Ok;
    ok.latencyMs = 12;
    models->setTestOutcome(u"b"_s, ok);
    QSignalSpy resets(models, &QAbstractItemModel::modelReset);

    // b renamed, c gone, d new.
    m_server->setModels({lb::testsupport::modelJson(u"a"_s, u"Alpha"_s),
                         lb::testsupport::modelJson(u"b"_s, u"Beta 2"_s),
                         lb::testsupport::modelJson(u"d"_s, u"Delta"_s)});
    listOnce(*workspace);
    QCOMPARE(resets.count(), 0); // merged, not reset
    QCOMPARE(models->rowCount(), 3);
    QVERIFY(models->rowOf(u"c"_s) < 0);
    QVERIFY(models->rowOf(u"d"_s) >= 0);
    QCOMPARE(models->modelAt(models->rowOf(u"b"_s)).name(), u"Beta 2"_s);
    QCOMPARE(models->testOutcome(u"b"_s).state, TestOutcome::State::Ok);
}

void TestWorkspace::deleteRemovesTheModel()
{
    auto workspace = makeWorkspace();
    workspace->setServer(m_client.get(), kProfile);
    listOnce(*workspace);
    const QString uuid = workspace->models()->modelAt(0).uuid();
    const QString name = workspace->models()->modelAt(0).name();
    QSignalSpy deleted(workspace.get(), &ServerWorkspace::modelDeleted);
    workspace->deleteModels({uuid});
    QVERIFY(deleted.wait(5000));
    QCOMPARE(deleted.at(0).at(0).toString(), uuid);
    QCOMPARE(deleted.at(0).at(1).toString(), name);
    QVERIFY(workspace->models()->rowOf(uuid) < 0);
    QCOMPARE(workspace->models()->rowCount(), 5);
    QCOMPARE(m_server->models().size(), 5);

    // Offline, nothing is deleted.
    workspace->setServer(m_client.get(), kProfile);
    listOnce(*workspace);
    m_server->setFault(kListRoute, FakeLangBotServer::Fault::DropConnection);
    QSignalSpy offline(workspace.get(), &ServerWorkspace::offlineChanged);
    workspace->refresh();
    QVERIFY(offline.wait(5000));
    QVERIFY(workspace->isOffline());
    workspace->deleteModels({workspace->models()->modelAt(0).uuid()});
    QVERIFY(!deleted.wait(300));
    QCOMPARE(m_server->models().size(), 5);
}

void TestWorkspace::bulkTestCountsEachOutcome()
{
    auto workspace = makeWorkspace();
    workspace->setServer(m_client.get(), kProfile);
    listOnce(*workspace);
    QStringList uuids;
    for (const lb::LlmModel &model : workspace->models()->models())
        uuids << model.uuid();
    QCOMPARE(uuids.size(), 6);
    m_server->setTestBehaviour(uuids.at(1), FakeLangBotServer::TestBehaviour::ProviderError);
    m_server->setTestBehaviour(uuids.at(4), FakeLangBotServer::TestBehaviour::ProviderError);
    workspace->testRunner()->setConcurrency(2);

    QSignalSpy finished(workspace.get(), &ServerWorkspace::testFinished);
    QSignalSpy done(workspace.get(), &ServerWorkspace::testsFinished);
    QVERIFY(workspace->test(uuids + QStringList{uuids.first()}));
    QVERIFY(workspace->isTestPending(uuids.first()));
    // Already queued: nothing more to start.
    QVERIFY(!workspace->test({uuids.first()}));
    QVERIFY(done.wait(10000));
    QCOMPARE(finished.count(), 6);
    const auto summary = done.at(0).at(0).value<TestBatchSummary>();
    QCOMPARE(summary.ok, 4);
    QCOMPARE(summary.failed, 2);
    QCOMPARE(summary.cancelled, 0);
    QCOMPARE(summary.total(), 6);
    QStringList failed = workspace->failedUuids();
    failed.sort();
    QStringList expected{uuids.at(1), uuids.at(4)};
    expected.sort();
    QCOMPARE(failed, expected);
    QCOMPARE(workspace->models()->testOutcome(uuids.at(0)).state, TestOutcome::State::Ok);
    QCOMPARE(workspace->models()->testOutcome(uuids.at(1)).state, TestOutcome::State::Failed);
    QCOMPARE(workspace->testHistory()->latest(uuids.at(4)).state, TestOutcome::State::Failed);
    // A batch reports its failures in the rows, not as errors of their own.
    QVERIFY(workspace->errors().isEmpty());

    // Cancelled before they were sent: the rows show what they showed before.
    m_server->setDefaultTestDelay(2000);
    workspace->testRunner()->setConcurrency(1);
    QVERIFY(workspace->test(uuids));
    workspace->cancelTests();
    QTRY_COMPARE(done.count(), 2);
    const auto cancelled = done.at(1).at(0).value<TestBatchSummary>();
    QCOMPARE(cancelled.cancelled, 6);
    QCOMPARE(cancelled.ok + cancelled.failed, 0);
    QCOMPARE(workspace->models()->testOutcome(uuids.at(1)).state, TestOutcome::State::Failed);
    QCOMPARE(workspace->models()->testOutcome(uuids.at(2)).state, TestOutcome::State::Ok);
}

void TestWorkspace::offlineFallsBackToTheSavedListAndComesBack()
{
    {
        auto first = makeWorkspace();
        first->setServer(m_client.get(), kProfile);
        first->loadServerInfo();
        listOnce(*first);
        QTRY_COMPARE(first->cache().load(kProfile).models.size(), 6);
    }
    const lb::ModelCache::Snapshot saved = lb::ModelCache(m_dir->filePath(u"cache"_s)).load(kProfile);
    QVERIFY(saved.valid);

    // A new run: the server cannot be reached.
    m_server->setFault(kListRoute, FakeLangBotServer::Fault::DropConnection);
    auto workspace = makeWorkspace();
    workspace->setServer(m_client.get(), kProfile);
    QSignalSpy offline(workspace.get(), &ServerWorkspace::offlineChanged);
    QSignalSpy failed(workspace.get(), &ServerWorkspace::listFailed);
    QSignalSpy went(workspace.get(), &ServerWorkspace::wentOffline);
    workspace->refresh();
    QVERIFY(offline.wait(5000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(offline.at(0).at(0).toBool(), true);
    QCOMPARE(went.count(), 1);
    QCOMPARE(went.at(0).at(0).toBool(), true);  // found by the list call
    QCOMPARE(went.at(0).at(1).toBool(), false); // not offline before
    QVERIFY(workspace->isOffline());
    QVERIFY(workspace->hasLoaded());
    QVERIFY(!workspace->offlineReason().isEmpty());
    QCOMPARE(workspace->offlineAsOf(), saved.fetchedAt);
    QCOMPARE(workspace->models()->rowCount(), 6);
    QCOMPARE(workspace->serverVersion(), saved.serverVersion);
    // An unreachable server with a saved list is not a list error.
    QVERIFY(!workspace->hasError(u"list"_s));
    // Read-only: no test starts.
    QVERIFY(!workspace->test({workspace->models()->modelAt(0).uuid()}));

    // Still unreachable: the same saved list.
    workspace->refresh();
    QVERIFY(went.wait(5000));
    QCOMPARE(went.at(1).at(1).toBool(), true);
    QCOMPARE(offline.count(), 1);

    // Back online.
    m_server->clearFaults();
    QSignalSpy loaded(workspace.get(), &ServerWorkspace::listLoaded);
    workspace->refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(offline.count(), 2);
    QCOMPARE(offline.at(1).at(0).toBool(), false);
    QVERIFY(!workspace->isOffline());
    QVERIFY(!workspace->offlineAsOf().isValid());

    // No saved list (no storage id): the failure is a list error.
    m_server->setFault(kListRoute, FakeLangBotServer::Fault::DropConnection);
    auto bare = makeWorkspace();
    bare->setServer(m_client.get(), QString());
    QSignalSpy errors(bare.get(), &ServerWorkspace::errorSet);
    bare->refresh();
    QVERIFY(errors.wait(5000));
    QVERIFY(!bare->isOffline());
    QVERIFY(bare->loadFailed());
    QVERIFY(bare->hasError(u"list"_s));
}

void TestWorkspace::answersOfThePreviousServerAreIgnored()
{
    FakeLangBotServer other;
    QVERIFY(other.listen());
    other.setModels({lb::testsupport::modelJson(u"x"_s, u"Other"_s)});
    const auto otherClient = clientFor(other);

    auto workspace = makeWorkspace();
    workspace->setServer(m_client.get(), kProfile);
    listOnce(*workspace);
    const QString uuid = workspace->models()->modelAt(0).uuid();
    const quint64 generation = workspace->serverGeneration();

    // A delete and a list of the first server are under way when the
    // workspace moves to the other one.
    m_server->setLatency(u"DELETE /api/v1/provider/models/llm/"_s + uuid, 300);
    m_server->setLatency(kListRoute, 300);
    QSignalSpy deleted(workspace.get(), &ServerWorkspace::modelDeleted);
    QSignalSpy loaded(workspace.get(), &ServerWorkspace::listLoaded);
    QSignalSpy errors(workspace.get(), &ServerWorkspace::errorSet);
    workspace->deleteModels({uuid});
    workspace->refresh();
    QTRY_COMPARE(m_client->runningCalls(), 2);
    workspace->setServer(otherClient.get(), u"profile-2"_s);
    QVERIFY(workspace->serverGeneration() != generation);
    QCOMPARE(workspace->models()->rowCount(), 0); // nothing of the first server survives
    listOnce(*workspace);
    // Both calls of the first server end (the delete on that server).
    QTRY_COMPARE(m_client->runningCalls(), 0);
    QTRY_COMPARE(m_server->models().size(), 5);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(deleted.count(), 0);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(workspace->models()->rowCount(), 1);
    QCOMPARE(workspace->models()->modelAt(0).uuid(), u"x"_s);
    QCOMPARE(other.models().size(), 1);
}

void TestWorkspace::errorsBySourceAreSetAndCleared()
{
    auto workspace = makeWorkspace();
    workspace->setServer(m_client.get(), kProfile);
    QSignalSpy set(workspace.get(), &ServerWorkspace::errorSet);
    QSignalSpy cleared(workspace.get(), &ServerWorkspace::errorCleared);

    m_server->setFault(kListRoute, FakeLangBotServer::Fault::Error500Legacy, 1);
    QSignalSpy failed(workspace.get(), &ServerWorkspace::listFailed);
    workspace->refresh();
    QVERIFY(failed.wait(5000));
    QVERIFY(workspace->hasError(u"list"_s));
    QVERIFY(workspace->loadFailed());
    QVERIFY(!workspace->isOffline()); // the server answered: not offline
    QCOMPARE(set.count(), 1);
    const auto listError = set.at(0).at(0).value<WorkspaceError>();
    QCOMPARE(listError.source, u"list"_s);
    QCOMPARE(listError.error.httpStatus(), 500);
    QVERIFY(listError.message.contains(u"500"_s));

    // A delete of a model the server does not have.
    QSignalSpy deleted(workspace.get(), &ServerWorkspace::modelDeleted);
    listOnce(*workspace); // the list succeeds: the list error is over
    QVERIFY(!workspace->hasError(u"list"_s));
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(cleared.at(0).at(0).toString(), u"list"_s);
    workspace->deleteModels({u"no-such-model"_s});
    QVERIFY(set.wait(5000));
    QVERIFY(workspace->hasError(u"delete"_s));
    QCOMPARE(workspace->errors().value(u"delete"_s).subject, u"no-such-model"_s);

    // One failing test is an error of its own; its success clears it.
    const QString uuid = workspace->models()->modelAt(0).uuid();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::ProviderError);
    QSignalSpy done(workspace.get(), &ServerWorkspace::testsFinished);
    QVERIFY(workspace->test({uuid}));
    QVERIFY(done.wait(5000));
    const QString source = u"test:"_s + uuid;
    QVERIFY(workspace->hasError(source));
    QCOMPARE(workspace->errors().value(source).subject, workspace->modelName(uuid));
    QVERIFY(!workspace->errors().value(source).message.isEmpty());
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok);
    QVERIFY(workspace->test({uuid}));
    QVERIFY(done.wait(5000));
    QVERIFY(!workspace->hasError(source));
    QVERIFY(workspace->hasError(u"delete"_s));

    // A successful delete ends the delete error.
    workspace->deleteModels({uuid});
    QVERIFY(deleted.wait(5000));
    QVERIFY(!workspace->hasError(u"delete"_s));
    QVERIFY(workspace->errors().isEmpty());
}

void TestWorkspace::useServer(const QString &version, int count, const QString &apiKey)
{
    QVERIFY2(startServer(version, apiKey, Data::Empty), qPrintable(serverError()));
    m_server->generateModels(count);
}

void TestWorkspace::listsEveryTypeAndTheProviders()
{
    QFETCH(QString, version);
    useServer(version, 30);
    if (QTest::currentTestFailed())
        return;
    const lb::ServerFeatures expected = m_server->features();
    // Each list takes a while: sent one after the other, they would never overlap.
    for (const ModelType type : lb::allModelTypes)
        m_server->setLatency(u"GET "_s + modelsRoute(type), 300);
    m_server->setLatency(u"GET /api/v1/provider/providers"_s, 300);

    auto workspace = makeWorkspace();
    QAbstractItemModelTester tester(workspace->models(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy providersChanged(workspace.get(), &ServerWorkspace::providersChanged);
    workspace->setServer(m_client.get(), kProfile);
    QCOMPARE(workspace->features().generation, lb::ApiGeneration::Unknown);
    listOnce(*workspace);
    // The generation was found, and every type the server has was listed.
    QCOMPARE(workspace->features().generation, expected.generation);
    const lb::LlmTableModel &table = *workspace->models();
    int total = 0;
    for (const ModelType type : lb::allModelTypes) {
        const int onServer = int(m_server->models(type).size());
        QCOMPARE(rowsOfType(table, type), expected.hasProviders() ? onServer : (type == ModelType::Llm ? onServer : 0));
        total += rowsOfType(table, type);
    }
    QCOMPARE(table.rowCount(), total);
    QVERIFY(workspace->errors().isEmpty());
    QVERIFY(providersChanged.count() > 0);
    if (expected.hasProviders()) {
        QVERIFY(rowsOfType(table, ModelType::Embedding) > 0);
        QCOMPARE(rowsOfType(table, ModelType::Rerank) > 0, expected.hasRerank());
        QCOMPARE(workspace->providers().size(), m_server->providers().size());
        QVERIFY(!table.index(0, 0).data(lb::LlmTableModel::ProviderUuidRole).toString().isEmpty());
        // Providers and model lists went out together.
        QVERIFY2(m_server->maxInFlight() >= (expected.hasRerank() ? 4 : 3),
                 qPrintable(QString::number(m_server->maxInFlight())));
        QCOMPARE(requestsTo(*m_server, "GET", modelsRoute(ModelType::Rerank)), expected.hasRerank() ? 1 : 0);
    } else {
        // 4.0–4.6: exactly one list, as before; the providers are the implicit ones.
        QCOMPARE(requestsTo(*m_server, "GET", modelsRoute(ModelType::Llm)), 1);
        QCOMPARE(requestsTo(*m_server, "GET", modelsRoute(ModelType::Embedding)), 0);
        QCOMPARE(workspace->providers(), lb::Provider::implicitProviders(table.models()));
        QVERIFY(!workspace->providers().isEmpty());
        QVERIFY(workspace->providers().constFirst().isImplicit());
    }
    // The generation is found once per connection.
    const int infos = requestsTo(*m_server, "GET", u"/api/v1/system/info"_s);
    const int providerLists = requestsTo(*m_server, "GET", u"/api/v1/provider/providers"_s);
    listOnce(*workspace);
    QCOMPARE(requestsTo(*m_server, "GET", u"/api/v1/system/info"_s), infos);
    QCOMPARE(requestsTo(*m_server, "GET", u"/api/v1/provider/providers"_s),
             providerLists + (expected.hasProviders() ? 1 : 0));
    QCOMPARE(table.rowCount(), total);
}

void TestWorkspace::oneFailingTypeListKeepsTheOthers()
{
    QFETCH(QString, version);
    useServer(version, 30);
    if (QTest::currentTestFailed())
        return;
    const QString embeddingList = u"GET "_s + modelsRoute(ModelType::Embedding);
    auto workspace = makeWorkspace();
    workspace->setServer(m_client.get(), kProfile);
    listOnce(*workspace);
    const lb::LlmTableModel &table = *workspace->models();
    const int llms = rowsOfType(table, ModelType::Llm);
    const int embeddings = rowsOfType(table, ModelType::Embedding);
    const int reranks = rowsOfType(table, ModelType::Rerank);
    QVERIFY(embeddings > 0);

    // The embedding list fails; a new LLM model shows, the embedding rows stay.
    m_server->setFault(embeddingList, FakeLangBotServer::Fault::Error500New);
    QJsonObject added = m_server->models(ModelType::Llm).constFirst();
    added.insert(u"uuid"_s, u"added-llm"_s);
    m_server->setModels(ModelType::Llm, m_server->models(ModelType::Llm) << added);
    QSignalSpy failed(workspace.get(), &ServerWorkspace::listFailed);
    listOnce(*workspace);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(rowsOfType(table, ModelType::Llm), llms + 1);
    QVERIFY(table.rowOf(u"added-llm"_s) >= 0);
    QCOMPARE(rowsOfType(table, ModelType::Embedding), embeddings);
    QCOMPARE(rowsOfType(table, ModelType::Rerank), reranks);
    QVERIFY(workspace->hasError(u"list:embedding"_s));
    QVERIFY(!workspace->hasError(u"list"_s));
    const WorkspaceError error = workspace->errors().value(u"list:embedding"_s);
    QCOMPARE(error.error.httpStatus(), 500);
    QVERIFY2(error.message.contains(u"embedding"_s), qPrintable(error.message));

    // A fresh workspace with the fault: the other types' rows still show.
    auto fresh = makeWorkspace();
    fresh->setServer(m_client.get(), QString());
    listOnce(*fresh);
    QCOMPARE(rowsOfType(*fresh->models(), ModelType::Llm), llms + 1);
    QCOMPARE(rowsOfType(*fresh->models(), ModelType::Embedding), 0);
    QCOMPARE(rowsOfType(*fresh->models(), ModelType::Rerank), reranks);
    QVERIFY(fresh->hasError(u"list:embedding"_s));

    // The list works again: its error is over.
    m_server->clearFaults();
    listOnce(*workspace);
    QVERIFY(!workspace->hasError(u"list:embedding"_s));
    QCOMPARE(rowsOfType(table, ModelType::Embedding), embeddings);
}

void TestWorkspace::testsAndDeletesGoToTheTypesRoute()
{
    QFETCH(QString, version);
    useServer(version, 30);
    if (QTest::currentTestFailed())
        return;
    auto workspace = makeWorkspace();
    workspace->setServer(m_client.get(), kProfile);
    listOnce(*workspace);
    const lb::LlmTableModel &table = *workspace->models();
    QStringList uuids;
    for (const lb::LlmModel &model : table.models())
        uuids << model.uuid();

    // Test all: each test on its type's route, none unknown to the server.
    m_server->resetCounters();
    workspace->testRunner()->setConcurrency(4);
    QSignalSpy done(workspace.get(), &ServerWorkspace::testsFinished);
    QSignalSpy finished(workspace.get(), &ServerWorkspace::testFinished);
    QVERIFY(workspace->test(uuids));
    QVERIFY(done.wait(20000));
    QCOMPARE(done.at(0).at(0).value<TestBatchSummary>().total(), uuids.size());
    QCOMPARE(done.at(0).at(0).value<TestBatchSummary>().cancelled, 0);
    for (const ModelType type : lb::allModelTypes)
        QCOMPARE(requestsTo(*m_server, "POST", modelsRoute(type) + u'/', u"/test"_s), rowsOfType(table, type));
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto outcome = args.at(1).value<TestOutcome>();
        QVERIFY2(!outcome.message.contains(u"404"_s), qPrintable(outcome.message));
    }
    QVERIFY(m_server->maxInFlight() <= 4);

    // Delete one model of each type the server has, each on its route.
    QStringList victims;
    QList<ModelType> types;
    for (const ModelType type : lb::allModelTypes) {
        for (const lb::LlmModel &model : table.models()) {
            if (model.type() == type) {
                victims << model.uuid();
                types << type;
                break;
            }
        }
    }
    QCOMPARE(victims.size(), m_server->features().hasProviders() ? (m_server->features().hasRerank() ? 3 : 2) : 1);
    QList<int> before;
    for (const ModelType type : std::as_const(types))
        before << int(m_server->models(type).size());
    QSignalSpy deleted(workspace.get(), &ServerWorkspace::modelDeleted);
    workspace->deleteModels(victims);
    QTRY_COMPARE(deleted.count(), victims.size());
    for (qsizetype i = 0; i < types.size(); ++i) {
        QCOMPARE(int(m_server->models(types.at(i)).size()), before.at(i) - 1);
        QVERIFY(m_server->model(types.at(i), victims.at(i)).isEmpty());
        QVERIFY(table.rowOf(victims.at(i)) < 0);
    }
    QVERIFY(!workspace->hasError(u"delete"_s));
}

void TestWorkspace::viewOnlyKeyIsRefusedBeforeSending()
{
    useServer(u"4.10"_s, 12, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    auto workspace = makeWorkspace();
    QSignalSpy permissionsChanged(workspace.get(), &ServerWorkspace::permissionsChanged);
    workspace->setServer(m_client.get(), kProfile);
    listOnce(*workspace);
    // Listing is allowed; testing and deleting are not.
    QVERIFY(workspace->models()->rowCount() > 0);
    QVERIFY(permissionsChanged.count() > 0);
    QCOMPARE(workspace->permissions().source(), Permissions::Source::Read);
    QVERIFY(!workspace->permissions().allows(Permissions::Action::Test));
    QVERIFY(!workspace->permissions().allows(Permissions::Action::Delete));
    QStringList uuids;
    for (const lb::LlmModel &model : workspace->models()->models())
        uuids << model.uuid();

    m_server->resetCounters();
    QSignalSpy done(workspace.get(), &ServerWorkspace::testsFinished);
    QSignalSpy finished(workspace.get(), &ServerWorkspace::testFinished);
    QVERIFY(workspace->test(uuids));
    QVERIFY(done.count() == 1 || done.wait(5000));
    const auto summary = done.at(0).at(0).value<TestBatchSummary>();
    QCOMPARE(summary.failed, uuids.size());
    const QString testPermission = Permissions::requiredFor(Permissions::Action::Test);
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto outcome = args.at(1).value<TestOutcome>();
        QCOMPARE(outcome.state, TestOutcome::State::Failed);
        QVERIFY2(outcome.message.contains(testPermission), qPrintable(outcome.message));
    }

    QSignalSpy errors(workspace.get(), &ServerWorkspace::errorSet);
    workspace->deleteModels({uuids.first()});
    QVERIFY(errors.count() > 0);
    const WorkspaceError error = workspace->errors().value(u"delete"_s);
    QCOMPARE(error.error.permission(), Permissions::requiredFor(Permissions::Action::Delete));
    QCOMPARE(error.error.category(), lb::ApiError::Category::Permission);
    QVERIFY2(error.message.contains(Permissions::resourceManage()), qPrintable(error.message));
    QVERIFY(workspace->models()->rowOf(uuids.first()) >= 0);
    // Nothing was sent.
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestWorkspace::offlineCopyKeepsTheTypes()
{
    QFETCH(QString, version);
    useServer(version, 24);
    if (QTest::currentTestFailed())
        return;
    QList<int> counts;
    qsizetype providers = 0;
    {
        auto first = makeWorkspace();
        first->setServer(m_client.get(), kProfile);
        first->loadServerInfo();
        listOnce(*first);
        for (const ModelType type : lb::allModelTypes)
            counts << rowsOfType(*first->models(), type);
        providers = first->providers().size();
        QTRY_COMPARE(first->cache().load(kProfile).models.size(), first->models()->rowCount());
    }
    QVERIFY(providers > 0);
    QFile saved(makeWorkspace()->cache().fileFor(kProfile));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(!text.contains("sk-"));
    QVERIFY(!text.contains("\"***\""));

    // The server is gone: the saved list shows the same rows, types and providers.
    m_server.reset();
    auto second = makeWorkspace();
    QSignalSpy shown(second.get(), &ServerWorkspace::savedListShown);
    second->setServer(m_client.get(), kProfile);
    second->refresh();
    QVERIFY(shown.wait(10000));
    QVERIFY(second->isOffline());
    for (qsizetype i = 0; i < counts.size(); ++i)
        QCOMPARE(rowsOfType(*second->models(), lb::allModelTypes[i]), counts.at(i));
    if (m_client->features().hasProviders()) {
        QCOMPARE(second->providers().size(), providers);
    } else {
        // 4.0–4.6: grouped again from the saved models (whose keys are blank).
        QVERIFY(!second->providers().isEmpty());
        QCOMPARE(second->providers(), lb::Provider::implicitProviders(second->models()->models()));
    }
    for (const lb::Provider &provider : second->providers()) {
        for (const QString &key : provider.apiKeys())
            QVERIFY(key.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
