// TestRunner against the fake server: the concurrency bound, cancel, mixed
// outcomes and re-testing the failures.
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "testing/TestRunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace lb;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

class TestTestRunner : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void concurrencyNeverExceedsTheBound_data();
    void concurrencyNeverExceedsTheBound();
    void aFreeSlotNeverWaitsBehindASlowTest_data();
    void aFreeSlotNeverWaitsBehindASlowTest();
    void mixedOutcomesPerModel();
    void cancelLeavesNothingRunning();
    void retestFailedRunsOnlyFailures();
    void addingToARunningBatch();
    void concurrencyIsClamped();
    void estimateOfTimeLeft();
    void eachTypeOnItsRouteAndRefusedWithoutPermission();

private:
    QStringList uuids() const;
    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

QStringList TestTestRunner::uuids() const
{
    QStringList list;
    for (const QJsonObject &m : m_server->models())
        list << m.value(QLatin1String("uuid")).toString();
    return list;
}

void TestTestRunner::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY(m_server->listen());
    m_server->generateModels(24);
    m_client = std::make_unique<ApiClient>(lb::testsupport::settingsFor(*m_server));
}

void TestTestRunner::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestTestRunner::concurrencyNeverExceedsTheBound_data()
{
    QTest::addColumn<int>("bound");
    QTest::newRow("1") << 1;
    QTest::newRow("4") << 4;
    QTest::newRow("8") << 8;
}

void TestTestRunner::concurrencyNeverExceedsTheBound()
{
    QFETCH(int, bound);
    m_server->setDefaultTestDelay(60);
    TestRunner runner(m_client.get());
    runner.setConcurrency(bound);
    QSignalSpy finished(&runner, &TestRunner::testFinished);
    QSignalSpy done(&runner, &TestRunner::batchFinished);
    int maxRunning = 0;
    connect(&runner, &TestRunner::testStarted, this, [&] { maxRunning = std::max(maxRunning, runner.runningCount()); });
    runner.start(uuids());
    QVERIFY(done.wait(20000));
    QCOMPARE(finished.size(), 24);
    QCOMPARE(runner.completed(), 24);
    QCOMPARE(runner.total(), 24);
    QCOMPARE(maxRunning, bound);
    QCOMPARE(m_server->maxInFlight(), bound); // what the server saw
    QCOMPARE(m_server->inFlight(), 0);
}

void TestTestRunner::aFreeSlotNeverWaitsBehindASlowTest_data()
{
    // Above 6 too: Qt opens at most 6 connections per host and manager, and a
    // test queued inside Qt behind a running one would wait for it.
    QTest::addColumn<int>("bound");
    QTest::newRow("2") << 2;
    QTest::newRow("6") << 6;
    QTest::newRow("7") << 7;
    QTest::newRow("13") << 13;
}

void TestTestRunner::aFreeSlotNeverWaitsBehindASlowTest()
{
    // bound - 1 slow tests hold their slots; every other test goes through the
    // one free slot, one after another, and all of them end before the first
    // slow one: none waited behind a slow test on a busy connection.
    QFETCH(int, bound);
    const QStringList ids = uuids();
    const QStringList slow = ids.mid(0, bound - 1);
    for (const QString &uuid : slow)
        m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Slow, 3000);
    m_server->setDefaultTestDelay(5);

    TestRunner runner(m_client.get());
    runner.setConcurrency(bound);
    QStringList finishOrder;
    int mostRunning = 0;
    connect(&runner, &TestRunner::testStarted, this,
            [&] { mostRunning = std::max(mostRunning, runner.runningCount()); });
    connect(&runner, &TestRunner::testFinished, this, [&](const QString &uuid, const TestOutcome &o) {
        QCOMPARE(o.state, TestOutcome::State::Ok);
        finishOrder << uuid;
    });
    QSignalSpy done(&runner, &TestRunner::batchFinished);
    runner.start(ids);
    QVERIFY(done.wait(30000));

    QCOMPARE(finishOrder.size(), ids.size());
    const QStringList fastOnes = ids.mid(bound - 1);
    // The fast ones, in queue order (one slot), then the slow ones.
    QCOMPARE(finishOrder.mid(0, fastOnes.size()), fastOnes);
    QCOMPARE(QSet<QString>(finishOrder.cbegin() + fastOnes.size(), finishOrder.cend()),
             QSet<QString>(slow.cbegin(), slow.cend()));
    QCOMPARE(mostRunning, bound);
    QCOMPARE(m_server->maxInFlight(), bound); // what the server saw
}

void TestTestRunner::mixedOutcomesPerModel()
{
    const QStringList ids = uuids().mid(0, 6);
    m_server->setTestBehaviour(ids[0], FakeLangBotServer::TestBehaviour::Ok, 50);
    m_server->setTestBehaviour(ids[1], FakeLangBotServer::TestBehaviour::ProviderError, 10,
                               QStringLiteral("Error code: 401 - invalid key"));
    m_server->setTestBehaviour(ids[2], FakeLangBotServer::TestBehaviour::Slow, 400);
    m_server->setTestBehaviour(ids[3], FakeLangBotServer::TestBehaviour::Ok, 10);
    m_server->setTestBehaviour(ids[4], FakeLangBotServer::TestBehaviour::ProviderError, 30,
                               QStringLiteral("Model Not Exist"));
    m_server->setTestBehaviour(ids[5], FakeLangBotServer::TestBehaviour::Ok, 20);

    TestRunner runner(m_client.get());
    runner.setConcurrency(3);
    QHash<QString, TestOutcome> results;
    connect(&runner, &TestRunner::testFinished, this,
            [&](const QString &uuid, const TestOutcome &o) { results.insert(uuid, o); });
    QSignalSpy done(&runner, &TestRunner::batchFinished);
    runner.start(ids);
    QVERIFY(done.wait(10000));

    QCOMPARE(results.size(), 6);
    QCOMPARE(results[ids[0]].state, TestOutcome::State::Ok);
    QVERIFY(results[ids[0]].latencyMs >= 50);
    QCOMPARE(results[ids[1]].state, TestOutcome::State::Failed);
    QVERIFY(results[ids[1]].message.contains(QLatin1String("Error code: 401 - invalid key")));
    QCOMPARE(results[ids[2]].state, TestOutcome::State::Ok);
    QVERIFY(results[ids[2]].latencyMs >= 400);
    QCOMPARE(results[ids[4]].state, TestOutcome::State::Failed);
    QVERIFY(results[ids[4]].message.contains(QLatin1String("Model Not Exist")));
    QCOMPARE(runner.failedCount(), 2);
    QCOMPARE(QSet<QString>(runner.failedUuids().cbegin(), runner.failedUuids().cend()),
             QSet<QString>({ids[1], ids[4]}));
}

void TestTestRunner::cancelLeavesNothingRunning()
{
    m_server->setDefaultTestDelay(5000);
    TestRunner runner(m_client.get());
    runner.setConcurrency(4);
    QHash<QString, TestOutcome> results;
    connect(&runner, &TestRunner::testFinished, this,
            [&](const QString &uuid, const TestOutcome &o) { results.insert(uuid, o); });
    QSignalSpy done(&runner, &TestRunner::batchFinished);
    runner.start(uuids());
    QTRY_COMPARE(m_server->inFlight(), 4);
    QCOMPARE(runner.queuedCount(), 20);

    runner.cancel();
    QCOMPARE(done.size(), 1);
    QVERIFY(!runner.isRunning());
    QCOMPARE(results.size(), 24); // every model has an outcome
    for (const TestOutcome &o : std::as_const(results))
        QCOMPARE(o.state, TestOutcome::State::Cancelled);
    QCOMPARE(m_client->runningCalls(), 0);
    QTRY_COMPARE(m_server->inFlight(), 0); // the server saw every request go
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 4); // nothing queued was sent
    QCOMPARE(done.size(), 1);
}

void TestTestRunner::retestFailedRunsOnlyFailures()
{
    const QStringList ids = uuids().mid(0, 5);
    m_server->setTestBehaviour(ids[1], FakeLangBotServer::TestBehaviour::ProviderError, 5);
    m_server->setTestBehaviour(ids[3], FakeLangBotServer::TestBehaviour::ProviderError, 5);
    TestRunner runner(m_client.get());
    QSignalSpy done(&runner, &TestRunner::batchFinished);
    runner.start(ids);
    QVERIFY(done.wait(10000));
    QCOMPARE(runner.failedCount(), 2);

    m_server->setTestBehaviour(ids[1], FakeLangBotServer::TestBehaviour::Ok, 5);
    m_server->resetCounters();
    QStringList retested;
    connect(&runner, &TestRunner::testStarted, this, [&](const QString &u) { retested << u; });
    runner.start(runner.failedUuids());
    QVERIFY(done.wait(10000));
    retested.sort();
    QStringList expected{ids[1], ids[3]};
    expected.sort();
    QCOMPARE(retested, expected);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(runner.failedUuids(), QStringList{ids[3]});
}

void TestTestRunner::addingToARunningBatch()
{
    m_server->setDefaultTestDelay(100);
    TestRunner runner(m_client.get());
    runner.setConcurrency(2);
    QSignalSpy done(&runner, &TestRunner::batchFinished);
    const QStringList ids = uuids();
    runner.start(ids.mid(0, 4));
    runner.start(ids.mid(2, 4)); // two of them already queued: not twice
    QCOMPARE(runner.total(), 6);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(runner.completed(), 6);
    QCOMPARE(m_server->requestCount(), 6);
}

void TestTestRunner::concurrencyIsClamped()
{
    TestRunner runner(m_client.get());
    QCOMPARE(runner.concurrency(), 4);
    runner.setConcurrency(0);
    QCOMPARE(runner.concurrency(), 1);
    runner.setConcurrency(1000);
    QCOMPARE(runner.concurrency(), 32);
}

void TestTestRunner::estimateOfTimeLeft()
{
    // Round trips measured on a manual clock: the first two tests take
    // exactly 300 ms; the other eight wait at the server.
    lb::testsupport::ManualClock clock;
    m_client->setClock(&clock);
    const QStringList batch = uuids().mid(0, 10);
    for (const QString &uuid : batch.mid(2))
        m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Slow, 60'000);
    TestRunner runner(m_client.get());
    runner.setConcurrency(2);
    QCOMPARE(runner.estimatedRemainingMs(), -1);
    QSignalSpy progress(&runner, &TestRunner::progressChanged);
    QSignalSpy done(&runner, &TestRunner::batchFinished);
    runner.start(batch);
    QCOMPARE(runner.runningCount(), 2);
    QCOMPARE(runner.estimatedRemainingMs(), -1); // nothing measured yet
    clock.advance(300);
    QTRY_COMPARE(runner.completed(), 2);
    QCOMPARE(runner.runningCount(), 2); // the next two wait at the server
    // 8 left at 300 ms each on 2 lanes.
    QCOMPARE(runner.estimatedRemainingMs(), 1200);
    QCOMPARE(progress.constLast().at(0).toInt(), 2);

    runner.cancel();
    QVERIFY(lb::testsupport::awaitOne(done));
    QCOMPARE(progress.constLast().at(0).toInt(), 10);
    QCOMPARE(progress.constLast().at(1).toInt(), 10);
    QCOMPARE(runner.estimatedRemainingMs(), -1);
}

// On a 4.10 server each model is tested on its type's route; without the
// permission to test, none is sent and each failure names the permission.
void TestTestRunner::eachTypeOnItsRouteAndRefusedWithoutPermission()
{
    m_client.reset();
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY(m_server->setLangBotVersion(QStringLiteral("4.10")));
    QVERIFY(m_server->listen());
    m_server->generateModels(30);
    m_client = std::make_unique<ApiClient>(lb::testsupport::settingsFor(*m_server));
    QStringList all;
    QHash<QString, lb::ModelType> types;
    QHash<lb::ModelType, int> perType;
    for (const lb::ModelType type : lb::allModelTypes) {
        for (const QJsonObject &m : m_server->models(type)) {
            const QString uuid = m.value(QLatin1String("uuid")).toString();
            all << uuid;
            types.insert(uuid, type);
            ++perType[type];
        }
    }
    QVERIFY(perType.value(lb::ModelType::Embedding) > 0);
    QVERIFY(perType.value(lb::ModelType::Rerank) > 0);

    TestRunner runner(m_client.get());
    runner.setConcurrency(6);
    QSignalSpy finished(&runner, &TestRunner::testFinished);
    QSignalSpy done(&runner, &TestRunner::batchFinished);
    runner.start(all, types);
    QVERIFY(done.wait(20000));
    QCOMPARE(finished.size(), all.size());
    QHash<lb::ModelType, int> sent;
    const auto requests = m_server->requests();
    for (const auto &request : requests) {
        for (const lb::ModelType type : lb::allModelTypes) {
            if (request.method == "POST" && request.path.endsWith(QLatin1String("/test"))
                && request.path.startsWith(QLatin1String("/api/v1/provider/models/") + lb::modelTypeId(type) + u'/'))
                ++sent[type];
        }
    }
    QCOMPARE(sent, perType);
    for (const QList<QVariant> &args : std::as_const(finished))
        QVERIFY(!args.at(1).value<TestOutcome>().message.contains(QLatin1String("404")));

    // A viewer may not test: nothing is sent.
    m_client->setPermissions(lb::Permissions::read(FakeLangBotServer::viewerPermissions(), QStringLiteral("viewer")));
    m_server->resetCounters();
    finished.clear();
    runner.start(all.mid(0, 5), types);
    QVERIFY(done.count() == 2 || done.wait(5000));
    QCOMPARE(finished.size(), 5);
    QCOMPARE(runner.failedCount(), 5);
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto outcome = args.at(1).value<TestOutcome>();
        QCOMPARE(outcome.state, TestOutcome::State::Failed);
        QVERIFY2(outcome.message.contains(lb::Permissions::providerSecretManage()), qPrintable(outcome.message));
    }
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestTestRunner)
#include "tst_testrunner.moc"
