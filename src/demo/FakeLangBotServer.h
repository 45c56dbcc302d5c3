#pragma once

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QSslSocket;

namespace lb::demo {

// A faithful HTTP/1.1 LangBot 4.6 server on loopback, for --demo, the tests and
// the benchmarks. It speaks the envelopes, statuses and shapes of API.md, and
// can be told to be slow, to fail a model's test, or to misbehave (faults).
// Everything runs on the thread it lives in, without blocking it.
//
// Target langbot_demo holds the server; its test-only parts, fault injection
// (setFault, clearFaults) and makeTestCertificate, are in langbot_demo_testing,
// which the tests and the benchmark link and the console does not.
class FakeLangBotServer : public QObject
{
    Q_OBJECT
public:
    // Canned misbehaviour for one route.
    enum class Fault {
        None,
        Error500Legacy, // HTTP 500 {"code":-2,"msg":<message or "internal error">}
        Error500New,    // HTTP 500 {"code":"internal_error","msg":"Internal server error"}
        HtmlPage,       // HTTP 200 text/html page instead of JSON
        Html502,        // HTTP 502 text/html page (a proxy in front)
        MalformedJson,  // HTTP 200 application/json with broken JSON
        TruncatedBody,  // Content-Length larger than the bytes sent, then close
        DropConnection, // close the socket without answering
        Stall,          // read the request, never answer (until the client gives up)
        StallMidBody,   // send headers and half the body, then never send more
        Garbage,        // HTTP 200 with `size` bytes of garbage (Content-Length set)
        Redirect,       // HTTP 302 to `redirectTo` (path kept unless it has one)
        Status,         // answer `status` with `body` verbatim (application/json)
    };
    struct FaultSpec
    {
        Fault fault = Fault::None;
        int times = -1;   // how many requests it applies to; -1 = until cleared
        QString message;  // for Error500Legacy
        qint64 size = 0;  // for Garbage
        QUrl redirectTo;  // for Redirect
        int status = 200; // for Status
        QByteArray body;  // for Status
    };

    // What the /test call of one model does.
    enum class TestBehaviour { Ok, ProviderError, Slow };

    struct RecordedRequest
    {
        QByteArray method;
        QString path; // without query
        QString query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit FakeLangBotServer(QObject *parent = nullptr);
    ~FakeLangBotServer() override;

    // Listens on address:port (0 = a port chosen by the OS). False on failure,
    // with errorString() saying why.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT (https:// with TLS)
    QString errorString() const;

    // --- TLS ---------------------------------------------------------------
    // Serve HTTPS with this certificate and private key from the next listen()
    // on (a server already listening is closed). A client that refuses the
    // certificate ends the handshake: then no request reaches the server;
    // tlsHandshakeFailures() counts such connections.
    void setTlsCertificate(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const;
    int tlsHandshakeFailures() const;

    enum class TestCertificateKind {
        SelfSigned, // for 127.0.0.1 (CN and IP address), valid for 30 days
        Expired,    // for 127.0.0.1, valid only during 2020
        WrongHost,  // valid, but for the host name "wrong-host.invalid" only
    };
    struct TestCertificate
    {
        QSslCertificate certificate;
        QSslKey key;
        QString error; // why there is none (e.g. no openssl tool)
        bool isNull() const { return certificate.isNull() || key.isNull(); }
    };
    // A throw-away self-signed certificate (EC P-256) made with the openssl
    // command-line tool. Blocks while openssl runs: for tests and tools only
    // (langbot_demo_testing).
    static TestCertificate makeTestCertificate(TestCertificateKind kind);

    // --- data --------------------------------------------------------------
    // The sample data of the demo: a handful of realistic models, the
    // requesters of a real 4.6 server, and test behaviours that show both ok
    // and failing providers.
    void loadDemoData();
    void setModels(const QList<QJsonObject> &models); // each needs a "uuid"
    QList<QJsonObject> models() const;                // in list order
    QJsonObject model(const QString &uuid) const;     // {} when absent
    // Generates `count` synthetic models (for benchmarks and big lists).
    void generateModels(int count);

    // Accepted credentials. By default: API key demoApiKey(), user
    // demoUser()/demoPassword().
    void addApiKey(const QString &key);
    void setUser(const QString &email, const QString &password);
    static QString demoApiKey();
    static QString demoUser();
    static QString demoPassword();
    // JWT lifetime for login/check-token (default 7 days).
    void setTokenLifetimeSeconds(qint64 seconds);
    // Make every token issued so far invalid (to provoke a 401 mid-session).
    void revokeTokens();

    // --- behaviour ---------------------------------------------------------
    // Latency added before answering. route is "METHOD /path" exactly as
    // requested (e.g. "GET /api/v1/provider/models/llm"), or "*" for all.
    void setLatency(const QString &route, int ms);
    void setTestBehaviour(const QString &uuid, TestBehaviour behaviour, int delayMs = 0,
                          const QString &providerMessage = {});
    // Default delay of a model test when none is set per model (ms).
    void setDefaultTestDelay(int ms);
    // Faults: langbot_demo_testing only.
    void setFault(const QString &route, const FaultSpec &spec);
    void setFault(const QString &route, Fault fault, int times = -1);
    void clearFaults();

    // --- observation -------------------------------------------------------
    QList<RecordedRequest> requests() const;
    int requestCount() const;
    int requestCount(const QString &route) const;
    int writeRequestCount() const; // POST/PUT/DELETE on /api/v1/provider/models/llm*, /test calls excluded
    int inFlight() const;          // requests received and not yet answered
    int maxInFlight() const;
    int connectionCount() const; // TCP connections accepted (keep-alive checks)
    void resetCounters();

signals:
    void requestReceived(const QByteArray &method, const QString &path);

private:
    struct Connection;
    struct Impl;
    Impl *d;
};

} // namespace lb::demo
