// The window stays responsive under a slow server: while 8 requests stall
// (no answer, half an answer, a provider that takes its time), and while a
// big model list arrives and is decoded, the event loop of the thread that
// owns the client (the GUI thread in the app) keeps turning: a 20 ms timer
// keeps firing in each of these phases (asserted by the order of events, not
// by durations; the figures are printed). The server runs on a thread of its
// own, as a remote one would.
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace lb;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

namespace {

using lb::testsupport::kModelsPath;

// Ticks of a timer: how many, and the longest gap between two.
class TickMeter : public QObject
{
public:
    explicit TickMeter(int intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_ticks = 0;
        m_maxGap = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    int ticks() const { return m_ticks; }
    qint64 maxGapMs() const { return m_maxGap; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void timerFiresWhileEightRequestsStall();

private:
    // Runs f on the server's thread and waits for it.
    template<typename F>
    void onServer(F f)
    {
        QMetaObject::invokeMethod(m_server, f, Qt::BlockingQueuedConnection);
    }

    QThread m_serverThread;
    FakeLangBotServer *m_server = nullptr;
    QUrl m_url;
};

void TestResponsiveness::init()
{
    m_serverThread.start();
    m_server = new FakeLangBotServer;
    m_server->moveToThread(&m_serverThread);
    bool listening = false;
    onServer([&] {
        listening = m_server->listen();
        m_server->loadDemoData();
        m_url = m_server->url();
    });
    QVERIFY(listening);
}

void TestResponsiveness::cleanup()
{
    onServer([this] { delete m_server; });
    m_server = nullptr;
    m_serverThread.quit();
    m_serverThread.wait();
}

void TestResponsiveness::timerFiresWhileEightRequestsStall()
{
    using F = FakeLangBotServer::Fault;
    QStringList uuids;
    onServer([&] {
        m_server->generateModels(4);
        for (const QJsonObject &m : m_server->models())
            uuids << m.value(QLatin1String("uuid")).toString();
        // Each of the 4 model tests takes its time; each GET of one model
        // stalls (2 without a byte, 2 after half the body).
        m_server->setDefaultTestDelay(60'000);
        for (int i = 0; i < 4; ++i) {
            const QString route = QStringLiteral("GET ") + kModelsPath + QLatin1Char('/') + uuids.at(i);
            m_server->setFault(route, i < 2 ? F::Stall : F::StallMidBody);
        }
    });
    QCOMPARE(uuids.size(), 4);

    ConnectionSettings s = lb::testsupport::quickSettings(m_url);
    s.timeout = 60s;
    s.testTimeout = 60s;
    ApiClient client(s);

    TickMeter meter(20);
    meter.start();
    QList<QPointer<ApiCall>> stalled;
    for (const QString &uuid : std::as_const(uuids)) {
        stalled << client.testModel(uuid);
        stalled << client.getModel(uuid);
    }
    int inFlight = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            onServer([&] { inFlight = m_server->inFlight(); });
            return inFlight == 8;
        },
        10000));
    // The loop turns while they stall.
    const int stalledAt = meter.ticks();
    QTRY_VERIFY_WITH_TIMEOUT(meter.ticks() >= stalledAt + 5, 10000);

    // Meanwhile a big list arrives and is decoded (20,000 models, ~10 MB).
    // (Made on the server's thread without this one waiting for it.)
    std::atomic<bool> generated = false;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            m_server->clearFaults();
            m_server->generateModels(20'000);
            generated = true;
        },
        Qt::QueuedConnection);
    QVERIFY(QTest::qWaitFor([&] { return generated.load(); }, 60000));
    bool listed = false;
    qsizetype listedCount = 0;
    int ticksWhenListed = 0;
    // The workers are held: the decoding waits until the test lets it run.
    auto blocker = std::make_unique<lb::testsupport::ThreadPoolBlocker>();
    QVERIFY(blocker->holding());
    ApiCall *list = client.listModels();
    const QPointer<ApiCall> alive(list);
    connect(list, &ApiCall::finished, this, [&, list] {
        listed = true;
        listedCount = ApiClient::modelsFromCall(list).size();
        ticksWhenListed = meter.ticks();
    });
    QVERIFY(QTest::qWaitFor([&] { return !alive || alive->isDecoding(); }, 60000));
    QVERIFY2(alive && !listed, "the list ended before its decoding began");
    // The whole answer is in and waits for its decoding: the loop turns on.
    const int decodingAt = meter.ticks();
    QTRY_VERIFY_WITH_TIMEOUT(meter.ticks() >= decodingAt + 5, 10000);
    QVERIFY(!listed);
    blocker.reset();
    QVERIFY(QTest::qWaitFor([&] { return listed; }, 60000));
    QCOMPARE(listedCount, qsizetype(20'000));
    // And after it, while the 8 still stall.
    QTRY_VERIFY_WITH_TIMEOUT(meter.ticks() >= ticksWhenListed + 5, 10000);
    meter.stop();

    for (const QPointer<ApiCall> &call : std::as_const(stalled))
        QVERIFY2(call && !call->isFinished(), "a stalled request ended early");
    onServer([&] { inFlight = m_server->inFlight(); });
    QCOMPARE(inFlight, 8);
    qInfo("%d ticks of 20 ms in %lld ms; longest gap %lld ms", meter.ticks(), meter.elapsedMs(), meter.maxGapMs());

    // Cancel ends them at once, without waiting for the server: each has
    // finished when cancelAll() returns.
    client.cancelAll();
    QCOMPARE(client.runningCalls(), 0);
    for (const QPointer<ApiCall> &call : std::as_const(stalled))
        QVERIFY(!call || call->isFinished());
}

QTEST_GUILESS_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
