// TestHistory: per-profile files, depth, newest first, survives a restart.
#include "testing/TestHistory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lb;

namespace {
TestOutcome outcome(bool ok, qint64 ms, const QString &message = {})
{
    TestOutcome o;
    o.state = ok ? TestOutcome::State::Ok : TestOutcome::State::Failed;
    o.latencyMs = ms;
    o.message = message;
    o.finishedAt = QDateTime::currentDateTime();
    return o;
}
} // namespace

class TestTestHistory : public QObject
{
    Q_OBJECT
private slots:
    void recordsNewestFirstAndPersists();
    void keepsOnlyTheLastN();
    void profilesAreSeparate();
    void ignoresRunningAndCancelled();
    void corruptFileIsIgnored();
};

void TestTestHistory::recordsNewestFirstAndPersists()
{
    QTemporaryDir dir;
    {
        TestHistory history(dir.path());
        history.setProfile(QStringLiteral("p1"));
        history.record(QStringLiteral("m1"), outcome(true, 120));
        history.record(QStringLiteral("m1"), outcome(false, 30, QStringLiteral("401 Unauthorized")));
        QCOMPARE(history.history(QStringLiteral("m1")).size(), 2);
        QCOMPARE(history.latest(QStringLiteral("m1")).state, TestOutcome::State::Failed);
    } // destructor writes
    TestHistory again(dir.path());
    again.setProfile(QStringLiteral("p1"));
    const QList<TestOutcome> list = again.history(QStringLiteral("m1"));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].state, TestOutcome::State::Failed);
    QCOMPARE(list[0].message, QStringLiteral("401 Unauthorized"));
    QCOMPARE(list[1].state, TestOutcome::State::Ok);
    QCOMPARE(list[1].latencyMs, 120);
    QVERIFY(list[1].finishedAt.isValid());
    QCOMPARE(again.latestAll().size(), 1);
    QCOMPARE(again.latest(QStringLiteral("unknown")).state, TestOutcome::State::Never);
}

void TestTestHistory::keepsOnlyTheLastN()
{
    QTemporaryDir dir;
    TestHistory history(dir.path());
    history.setDepth(3);
    history.setProfile(QStringLiteral("p"));
    for (int i = 0; i < 10; ++i)
        history.record(QStringLiteral("m"), outcome(true, i));
    const QList<TestOutcome> list = history.history(QStringLiteral("m"));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].latencyMs, 9);
    QCOMPARE(list[2].latencyMs, 7);
}

void TestTestHistory::profilesAreSeparate()
{
    QTemporaryDir dir;
    TestHistory history(dir.path());
    history.setProfile(QStringLiteral("a"));
    history.record(QStringLiteral("m"), outcome(true, 1));
    history.setProfile(QStringLiteral("b"));
    QVERIFY(history.history(QStringLiteral("m")).isEmpty());
    history.record(QStringLiteral("m"), outcome(false, 2));
    history.setProfile(QStringLiteral("a"));
    QCOMPARE(history.latest(QStringLiteral("m")).latencyMs, 1);
    QVERIFY(QFile::exists(history.fileFor(QStringLiteral("a"))));
    QVERIFY(QFile::exists(history.fileFor(QStringLiteral("b"))));
    QVERIFY(history.fileFor(QStringLiteral("../evil")).startsWith(dir.path() + QLatin1Char('/')));
    QVERIFY(!history.fileFor(QStringLiteral("../evil")).contains(QLatin1String("..")));
}

void TestTestHistory::ignoresRunningAndCancelled()
{
    QTemporaryDir dir;
    TestHistory history(dir.path());
    history.setProfile(QStringLiteral("p"));
    TestOutcome running;
    running.state = TestOutcome::State::Running;
    history.record(QStringLiteral("m"), running);
    TestOutcome cancelled;
    cancelled.state = TestOutcome::State::Cancelled;
    history.record(QStringLiteral("m"), cancelled);
    QVERIFY(history.history(QStringLiteral("m")).isEmpty());
}

void TestTestHistory::corruptFileIsIgnored()
{
    QTemporaryDir dir;
    TestHistory probe(dir.path());
    QFile file(probe.fileFor(QStringLiteral("p")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"langbot-console-test-history\", \"models\": {\"m\": [1, {\"at\": 3}]}");
    file.close();
    TestHistory history(dir.path());
    history.setProfile(QStringLiteral("p"));
    QVERIFY(history.history(QStringLiteral("m")).isEmpty());
    history.record(QStringLiteral("m"), outcome(true, 5));
    QVERIFY(history.flush());
    TestHistory again(dir.path());
    again.setProfile(QStringLiteral("p"));
    QCOMPARE(again.history(QStringLiteral("m")).size(), 1);
}

QTEST_GUILESS_MAIN(TestTestHistory)
#include "tst_testhistory.moc"
