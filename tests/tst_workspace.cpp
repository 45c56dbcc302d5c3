// ServerWorkspace without any widget, against the fake server on 127.0.0.1:
// list, refresh merging by uuid, delete, bulk test counts, the offline
// fallback to the saved list and back, answers of a previous server ignored,
// errors by source set and cleared.
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
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using lb::ApiClient;
using lb::ServerWorkspace;
using lb::TestBatchSummary;
using lb::TestOutcome;
using lb::WorkspaceError;
using lb::demo::FakeLangBotServer;
using namespace Qt::StringLiterals;

namespace {

const QString kListRoute = u"GET /api/v1/provider/models/llm"_s;
const QString kProfile = u"profile-1"_s;

} // namespace

class TestWorkspace : public QObject
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

private:
    std::unique_ptr<ApiClient> clientFor(const FakeLangBotServer &server) const;
    std::unique_ptr<ServerWorkspace> makeWorkspace() const;
    void listOnce(ServerWorkspace &workspace);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
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
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY(m_server->listen());
    m_server->generateModels(6);
    m_client = clientFor(*m_server);
}

void TestWorkspace::cleanup()
{
    m_client.reset();
    m_server.reset();
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

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
