#pragma once

// The inside of FakeLangBotServer, shared by its parts: the HTTP/1.1
// connections (FakeServerHttp.cpp), the LangBot API (FakeServerApi.cpp), the
// public object (FakeLangBotServer.cpp) and, in langbot_demo_testing only,
// fault injection (FakeServerFaults.cpp) and test certificates
// (FakeServerCertificates.cpp). Not installed, not used outside src/demo.

#include "FakeLangBotServer.h"

#include <QJsonValue>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>
#include <memory>
#include <optional>

namespace lb::demo {

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

inline constexpr qint64 kDefaultTokenLifetime = 7 * 24 * 3600;

// One answer to one request, decided after the route's latency.
struct Answer
{
    enum class Kind { Complete, Truncated, Drop, Stall, StallMidBody, Stream };
    Kind kind = Kind::Complete;
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    qint64 streamSize = 0; // Stream: bytes of garbage to send
    int delayMs = 0;       // further wait before sending (model tests)
};

// Answers in LangBot's envelope: {"code", "msg", "data"} as compact JSON.
QByteArray toCompactJson(const QJsonObject &object);
Answer envelopeAnswer(int status, const QJsonValue &code, const QString &msg, const QJsonValue &data);
Answer okAnswer(const QJsonValue &data = QJsonValue::Null);
Answer failAnswer(int status, int code, const QString &msg);
Answer htmlAnswer(int status, const QByteArray &html);
// What the web UI's single-page app answers for any path it does not know.
QByteArray webUiPage();

// Decides, when a request arrives, whether a fault answers it instead of the
// API. Only langbot_demo_testing makes one (FakeLangBotServer::setFault).
struct FaultInjector
{
    virtual ~FaultInjector() = default;
    virtual std::optional<Answer> take(const QString &route, const FakeLangBotServer::RecordedRequest &request) = 0;
};

// One request waiting for (or in the middle of) its answer.
struct Exchange
{
    quint64 id = 0;
    FakeLangBotServer::RecordedRequest request;
    std::optional<Answer> fault; // the answer of an injected fault (test builds)
    bool tracked = true;         // a recorded request, counted in flight
    bool closeAfter = false;     // "Connection: close" or a fault that ends the connection
    bool ready = false;          // answer decided
    bool parked = false;         // a stall: nothing more will be sent
    bool streaming = false;      // garbage body being sent
    qint64 remaining = 0;
    Answer answer;
};

// One accepted TCP connection. Answers leave strictly in request order.
struct FakeLangBotServer::Connection : QObject
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    std::deque<Exchange> queue;
    bool closing = false; // read no further requests
    bool gone = false;    // the socket disconnected
    bool pumping = false;

    Exchange *find(quint64 id)
    {
        for (Exchange &x : queue) {
            if (x.id == id)
                return &x;
        }
        return nullptr;
    }
};

struct FakeLangBotServer::Impl
{
    struct TestSpec
    {
        TestBehaviour behaviour = TestBehaviour::Ok;
        int delayMs = 0;
        QString message;
    };

    explicit Impl(FakeLangBotServer *owner)
        : q(owner)
    {
    }

    FakeLangBotServer *q;
    QTcpServer *server = nullptr; // a QSslServer in TLS mode
    QSslCertificate tlsCertificate;
    QSslKey tlsKey;
    int tlsFailures = 0;
    QList<Connection *> connections;
    quint64 nextExchangeId = 1;

    // data
    QStringList order;
    QHash<QString, QJsonObject> models;
    QByteArray listAnswerCache; // serialized list answer; empty = stale
    QJsonArray requesters;
    qint64 lastStampMicros = 0;

    // auth
    QSet<QString> apiKeys;
    QString user;
    QString password;
    QByteArray secret;
    qint64 tokenLifetime = kDefaultTokenLifetime;

    // behaviour
    QHash<QString, int> latencies;
    QHash<QString, TestSpec> tests;
    int defaultTestDelay = 0;
    std::unique_ptr<FaultInjector> faults; // set by setFault(): langbot_demo_testing only

    // observation
    QList<RecordedRequest> recorded;
    QHash<QString, int> routeCounts;
    int writeCount = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    int connectionsAccepted = 0;

    // --- connections -------------------------------------------------------
    void makeServer();
    void accept(QTcpSocket *socket);
    void onReadyRead(Connection *c);
    void onDisconnected(Connection *c);
    bool parseOne(Connection *c);
    void protocolError(Connection *c, int status, const QByteArray &text);
    void enqueue(Connection *c, RecordedRequest request, bool closeAfter);
    void process(Connection *c, quint64 id);
    void complete(Connection *c, quint64 id, const Answer &answer);
    void flush(Connection *c);
    void pump(Connection *c);
    void finishFront(Connection *c);
    void untrack(const Exchange &x);

    // --- behaviour ---------------------------------------------------------
    int latencyFor(const QString &route) const;

    // --- the API -----------------------------------------------------------
    Answer handle(const RecordedRequest &request);
    Answer handleModels(const RecordedRequest &request, const QStringList &segments);
    Answer handleRequesters(const RecordedRequest &request, const QStringList &segments);
    Answer login(const RecordedRequest &request);
    Answer listModels();
    Answer createModel(const QJsonObject &body);
    Answer updateModel(const QString &uuid, const QJsonObject &body);
    Answer testModel(const QString &uuid, const QJsonObject &body);
    std::optional<Answer> authorize(const RecordedRequest &request, bool apiKeyAllowed) const;

    // --- tokens and data ---------------------------------------------------
    QByteArray issueToken() const;
    bool verifyToken(const QByteArray &token) const;
    QString nextTimestamp();
    void modelsChanged() { listAnswerCache.clear(); }
    QJsonObject findRequester(const QString &name) const;
};

} // namespace lb::demo
