// The window stays responsive under a slow server: while 8 requests stall
// (no answer, half an answer, a provider that takes its time), and while a
// big model list arrives and is decoded, the event loop of the thread that
// owns the client (the GUI thread in the app) keeps turning: a 20 ms timer
// fires on time. The server runs on a thread of its own, as a remote one
// would.
#include "FakeLangBotServer.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QTest>
#include <QTimer>

#include <atomic>

using lb::ApiCall;
using lb::ApiClient;
using lb::ApiError;
using lb::ConnectionSettings;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

namespace {

const QString kList = QStringLiteral("/api/v1/provider/models/llm");

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
            const QString route = QStringLiteral("GET ") + kList + QLatin1Char('/') + uuids.at(i);
            m_server->setFault(route, i < 2 ? F::Stall : F::StallMidBody);
        }
    });
    QCOMPARE(uuids.size(), 4);

    ConnectionSettings s;
    s.baseUrl = m_url;
    s.authMode = ConnectionSettings::AuthMode::ApiKey;
    s.secret = FakeLangBotServer::demoApiKey();
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
    QVERIFY(QTest::qWaitFor([&] {
        onServer([&] { inFlight = m_server->inFlight(); });
        return inFlight == 8;
    }, 10000));

    // Meanwhile a big list arrives and is decoded (20,000 models, ~10 MB).
    // (Made on the server's thread without this one waiting for it.)
    std::atomic<bool> generated = false;
    QMetaObject::invokeMethod(m_server, [&] {
        m_server->clearFaults();
        m_server->generateModels(20'000);
        generated = true;
    }, Qt::QueuedConnection);
    QVERIFY(QTest::qWaitFor([&] { return generated.load(); }, 60000));
    bool listed = false;
    qsizetype listedCount = 0;
    ApiCall *list = client.listModels();
    connect(list, &ApiCall::finished, this, [&listed, &listedCount, list] {
        listed = true;
        listedCount = ApiClient::modelsFromCall(list).size();
    });
    QVERIFY(QTest::qWaitFor([&] { return listed; }, 60000));
    QCOMPARE(listedCount, qsizetype(20'000));
    QTest::qWait(1500); // and the 8 still stall
    meter.stop();

    for (const QPointer<ApiCall> &call : std::as_const(stalled))
        QVERIFY2(call && !call->isFinished(), "a stalled request ended early");
    onServer([&] { inFlight = m_server->inFlight(); });
    QCOMPARE(inFlight, 8);

    // The timer kept its pace: most ticks came, none was held up for long.
    // (Generous bounds: CI machines are shared, sanitizers slow everything.)
    const int expected = int(meter.elapsedMs() / 20);
    qInfo("%d of %d ticks in %lld ms; longest gap %lld ms", meter.ticks(), expected, meter.elapsedMs(),
          meter.maxGapMs());
    QVERIFY2(meter.ticks() >= expected / 2, qPrintable(QString::number(meter.ticks())));
    QVERIFY2(meter.maxGapMs() < 500, qPrintable(QString::number(meter.maxGapMs())));

    // Cancel ends them at once, without waiting for the server.
    QElapsedTimer cancelClock;
    cancelClock.start();
    client.cancelAll();
    QVERIFY(cancelClock.elapsed() < 200);
    QTRY_COMPARE(client.runningCalls(), 0);
}

QTEST_GUILESS_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
