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

#include "api/ServerGeneration.h"
#include "model/ModelType.h"

class QTcpServer;
class QTcpSocket;
class QSslSocket;

namespace lb::demo {

// A faithful HTTP/1.1 LangBot server on loopback, for --demo, the tests and the
// benchmarks: 4.6 by default, or 4.7–4.10.6 or 4.10.7+ (setLangBotVersion). It
// speaks the envelopes, statuses and shapes of API.md for that version, and
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

    // --- LangBot version ------------------------------------------------------
    // Which LangBot this server is: "4.6" (v4.6.5, the default), "4.9"
    // (v4.9.8), "4.10" (v4.10.11), or a full version such as "4.10.8" or
    // "v4.9.5". It decides system/info, the routes, the shapes and the error
    // bodies. False (and nothing changed) for a text that is not a 4.x version.
    // Set it before loading data: the data's shape follows the version.
    bool setLangBotVersion(const QString &version);
    QString langBotVersion() const; // as system/info says it, e.g. "v4.10.11"
    ApiGeneration generation() const;
    ServerFeatures features() const;

    // --- data --------------------------------------------------------------
    // The sample data of the demo: a handful of realistic models (4.7+: with
    // providers and all three model types), the requesters of a real server,
    // and test behaviours that show both ok and failing providers.
    void loadDemoData();
    void setModels(const QList<QJsonObject> &models); // LLM models; each needs a "uuid"
    QList<QJsonObject> models() const;                // LLM models in list order
    QJsonObject model(const QString &uuid) const;     // {} when absent
    // Models of one type (4.7+; Llm is the same list as models()).
    void setModels(ModelType type, const QList<QJsonObject> &models);
    QList<QJsonObject> models(ModelType type) const;
    QJsonObject model(ModelType type, const QString &uuid) const;
    // Providers (4.7+), as stored: without counts.
    void setProviders(const QList<QJsonObject> &providers); // each needs a "uuid"
    QList<QJsonObject> providers() const;
    QJsonObject provider(const QString &uuid) const;
    // Who uses the models (4.7+, API.md 10): pipelines, bots and knowledge
    // bases in the newest shape; each version's answers carry its own shape
    // (a plain model uuid before 4.9.1, no rerank before 4.9.7, …).
    // loadDemoData() sets the demo's.
    void setUsageData(const QJsonArray &pipelines, const QJsonArray &bots, const QJsonArray &knowledgeBases);
    // The pipelines as stored (newest shape; a PUT's config as it was sent).
    QJsonArray pipelines() const;
    // Generates `count` synthetic models (for benchmarks and big lists); on
    // 4.7+ spread over a few dozen providers and the three model types.
    void generateModels(int count);

    // Accepted credentials. By default: API key demoApiKey(), user
    // demoUser()/demoPassword().
    void addApiKey(const QString &key);
    void setUser(const QString &email, const QString &password);
    static QString demoApiKey();
    // 4.10.7+: a second API key with the viewer's permissions only
    // (workspace.view, member.view, resource.view): reads are masked, writes 403.
    static QString demoViewApiKey();
    // The LangBot version of the built-in demo and of --demo-server unless
    // told otherwise: the newest release ("4.10", i.e. v4.10.11). A server
    // made without setLangBotVersion() speaks 4.6, as the tests expect.
    static QString demoVersion();
    // The permissions of a viewer and of an owner (every permission), 4.10.7+.
    static QStringList viewerPermissions();
    static QStringList allPermissions();
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
    // POST/PUT/DELETE on /api/v1/provider/models/* and /api/v1/provider/providers*,
    // /test calls excluded
    int writeRequestCount() const;
    int inFlight() const; // requests received and not yet answered
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
