// The fault table: one row per way a server (or the network in front of it)
// can fail, each run against the fake LangBot server (or a scripted socket
// where the fake cannot misbehave that way), each asserting the exact message
// the user reads (ApiError::message(), what the banner and dialogs show) and
// what reached the server. Other API tests cover the happy paths; this is the
// one place for hostile and broken servers.
//
// Placeholders in the expected messages: {port} the fake server, {tls} the
// TLS server, {other} another server, {closed} a port nobody listens on,
// {uuid} the model the row works on.
#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "profiles/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

namespace {

// A socket server that answers from a script, for what the fake server
// cannot do: reset the connection, send raw headers (Retry-After).
class ScriptedServer : public QObject
{
public:
    enum class Step { Answer, Reset };
    struct Reply
    {
        Step step = Step::Answer;
        QByteArray raw; // the whole HTTP answer
    };

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }
    void push(const Reply &reply) { m_script.append(reply); }
    int requests() const { return m_requests; }

    static QByteArray answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders
            + "Connection: keep-alive\r\n\r\n" + body;
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            // No request bodies in the script's calls beyond Content-Length.
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            ++m_requests;
            const Reply reply = m_script.isEmpty() ? Reply{Step::Answer, answer(500, "{}")} : m_script.takeFirst();
            if (reply.step == Step::Reset) {
                // SO_LINGER 0: close() sends RST instead of FIN.
                const linger hard{1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                m_buffers.remove(socket);
                socket->abort();
                socket->deleteLater();
                return;
            }
            socket->write(reply.raw);
        }
    }

    QTcpServer m_server;
    QList<Reply> m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

// What a row does (its setup and its call).
enum class Scenario {
    ConnectionRefused,
    UnknownHost,
    Timeout,
    StallMidBody,
    TruncatedBody,
    ConnectionClosed,
    ConnectionReset,
    ConnectionClosedOnWrite,
    ConnectionClosedOnDelete,
    TruncatedOnWrite,
    TooManyThenOk,
    TooManyAlways,
    RetryAfterThenOk,
    Unavailable503Html,
    TooManyOnCreate,
    UnavailableOnUpdate,
    Error500Legacy,
    Error500New,
    Html502,
    Html200,
    MalformedJson,
    Code1WithHttp200,
    WrongApiKey,
    Relogin401,
    ReloginFails401,
    Forbidden403,
    VanishedModelGet,
    VanishedModelUpdate,
    RedirectToAnotherHost,
    HttpsToHttpRedirect,
    TlsSelfSigned,
    TlsExpired,
    TlsWrongHost,
    Garbage10MB,
    Garbage10MBOverLimit,
    DeeplyNestedJson,
    NestedButParsable,
    CodeIsObject,
    CodeIsNull,
    MsgIsNumber,
    NoCode,
    DataIsString,
    ModelsIsObject,
    ModelsIsNull,
    ModelIsArray,
    UuidIsNumber,
    UuidIsBlank,
    EveryOtherFieldWrong,
    OneModelIsList,
    CreateUuidIsNumber,
    VersionIsBool,
    JsonArrayInsteadOfEnvelope,
};

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestFaultTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fault_data();
    void fault();

    // How reads are sent again after HTTP 429/503 (the rows above show that they are).
    void backoffIsHalfASecondThenDoubles();
    void cancelEndsTheWaitAtOnce();
    void retryAfterIsCappedAndBoundedByTheTimeout();

private:
    ConnectionSettings settingsFor(const QUrl &url) const;
    // Runs the row's scenario; *port etc. fill the placeholders.
    CallOutcome run(Scenario scenario);
    // Runs call to its end; retry pauses pass on m_clock, not for real.
    CallOutcome await(ApiCall *call) { return awaitCall(call, m_clock); }
    QString expand(QString text) const;

    ManualClock m_clock; // the clients' retry pauses (before them: they use it)
    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<FakeLangBotServer> m_other; // redirect targets
    std::unique_ptr<FakeLangBotServer> m_tls;
    std::unique_ptr<ApiClient> m_client;
    FakeLangBotServer::TestCertificate m_selfSigned;
    FakeLangBotServer::TestCertificate m_expired;
    FakeLangBotServer::TestCertificate m_wrongHost;
    quint16 m_closedPort = 0;
    QString m_uuid;
};

void TestFaultTable::initTestCase()
{
    useTestPaths();
    const TestCertificates certificates = makeTestCertificates();
    QVERIFY2(certificates.ok(), qPrintable(certificates.error));
    m_selfSigned = certificates.selfSigned;
    m_expired = certificates.expired;
    m_wrongHost = certificates.wrongHost;
}

ConnectionSettings TestFaultTable::settingsFor(const QUrl &url) const
{
    ConnectionSettings s = quickSettings(url);
    s.retryDelay = 100ms; // the table's retries: 100, 200, 400 ms
    return s;
}

void TestFaultTable::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->loadDemoData();
    m_uuid = m_server->models().first().value(QLatin1String("uuid")).toString();
    m_client = std::make_unique<ApiClient>(settingsFor(m_server->url()));
    m_client->setClock(&m_clock);
    QTcpServer probe; // a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_closedPort = probe.serverPort();
}

void TestFaultTable::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_other.reset();
    m_tls.reset();
}

QString TestFaultTable::expand(QString text) const
{
    text.replace(QLatin1String("{port}"), QString::number(m_server->port()));
    text.replace(QLatin1String("{closed}"), QString::number(m_closedPort));
    text.replace(QLatin1String("{uuid}"), m_uuid);
    if (m_other)
        text.replace(QLatin1String("{other}"), QString::number(m_other->port()));
    if (m_tls)
        text.replace(QLatin1String("{tls}"), QString::number(m_tls->port()));
    return text;
}

void TestFaultTable::fault_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message"); // exact; empty: the call succeeds

    using S = Scenario;
    using K = ApiError::Kind;
    const QString list = QStringLiteral("GET /api/v1/provider/models/llm on 127.0.0.1:{port} failed: ");
    const QString one = QStringLiteral("GET /api/v1/provider/models/llm/{uuid} on 127.0.0.1:{port} failed: ");
    const QString bad = list + QStringLiteral("the answer was not what a LangBot server sends: ");

    // --- the network -------------------------------------------------------
    QTest::newRow("connection refused")
        << S::ConnectionRefused << int(K::Network)
        << QStringLiteral("GET /api/v1/provider/models/llm on 127.0.0.1:{closed} failed: could not reach the "
                          "server: connection refused (is LangBot running at 127.0.0.1:{closed}?)");
    QTest::newRow("unknown host")
        << S::UnknownHost << int(K::Network)
        << QStringLiteral("GET /api/v1/provider/models/llm on no-such-host.invalid:5300 failed: could not "
                          "reach the server: unknown host “no-such-host.invalid”");
    QTest::newRow("timeout (no answer)") << S::Timeout << int(K::Timeout)
                                         << list + QStringLiteral("the server did not answer in time: no data for 1 s");
    QTest::newRow("stall mid-body") << S::StallMidBody << int(K::Timeout)
                                    << list + QStringLiteral("the server did not answer in time: no data for 1 s");
    QTest::newRow("truncated body") << S::TruncatedBody << int(K::Network)
                                    << list
            + QStringLiteral("could not reach the server: the connection closed before the answer was complete");
    QTest::newRow("connection closed, no answer")
        << S::ConnectionClosed << int(K::Network)
        << list + QStringLiteral("could not reach the server: the server closed the connection without answering");
    QTest::newRow("connection reset") << S::ConnectionReset << int(K::Network)
                                      << list
            + QStringLiteral("could not reach the server: the server closed the connection without answering");
    QTest::newRow("connection closed during a create (sent once)")
        << S::ConnectionClosedOnWrite << int(K::Network)
        << QStringLiteral("POST /api/v1/provider/models/llm on 127.0.0.1:{port} failed: could not reach the "
                          "server: the server closed the connection without answering; the request was not "
                          "sent again (check whether the server applied it)");
    QTest::newRow("connection closed during a delete (sent once)")
        << S::ConnectionClosedOnDelete << int(K::Network)
        << QStringLiteral("DELETE /api/v1/provider/models/llm/{uuid} on 127.0.0.1:{port} failed: could not "
                          "reach the server: the server closed the connection without answering; the request "
                          "was not sent again (check whether the server applied it)");
    QTest::newRow("truncated answer to an update (sent once)")
        << S::TruncatedOnWrite << int(K::Network)
        << QStringLiteral("PUT /api/v1/provider/models/llm/{uuid} on 127.0.0.1:{port} failed: could not reach "
                          "the server: the connection closed before the answer was complete");

    // --- server errors -------------------------------------------------------
    QTest::newRow("HTTP 500 {code:-2,msg}")
        << S::Error500Legacy << int(K::Server)
        << list + QStringLiteral("the server reported an error (HTTP 500) [code -2]: database is locked");
    QTest::newRow("HTTP 500 internal_error") << S::Error500New << int(K::Server)
                                             << list
            + QStringLiteral("the server reported an error (HTTP 500) [code internal_error]: Internal server error");
    QTest::newRow("HTTP 502 HTML page") << S::Html502 << int(K::Http)
                                        << list
            + QStringLiteral("the server answered HTTP 502: an HTML error page came back (a proxy or web "
                             "server in front of LangBot?)");
    QTest::newRow("HTTP 200 HTML page") << S::Html200 << int(K::BadResponse)
                                        << bad
            + QStringLiteral("an HTML page came back instead of JSON: this is not a LangBot API at that URL "
                             "(check the server URL and its path prefix)");
    QTest::newRow("HTTP 200 malformed JSON")
        << S::MalformedJson << int(K::BadResponse)
        << bad + QStringLiteral("the answer is not valid JSON (illegal number at byte 65)");
    QTest::newRow("HTTP 200 with code 1")
        << S::Code1WithHttp200 << int(K::Server)
        << QStringLiteral("POST /api/v1/user/auth on 127.0.0.1:{port} failed: the server reported an error "
                          "[code 1]: Invalid username or password");

    // --- busy servers: reads are sent again after a pause, writes never -------
    QTest::newRow("429 on a read, then it works") << S::TooManyThenOk << int(K::None) << QString();
    QTest::newRow("429 on a read, every time")
        << S::TooManyAlways << int(K::Server)
        << list + QStringLiteral("the server reported an error (HTTP 429) [code -1]: Too many requests");
    QTest::newRow("503 with Retry-After on a read, then it works") << S::RetryAfterThenOk << int(K::None) << QString();
    QTest::newRow("503 HTML page on a read, every time") << S::Unavailable503Html << int(K::Http)
                                                         << list
            + QStringLiteral("the server answered HTTP 503: an HTML error page came back (a proxy or web "
                             "server in front of LangBot?)");
    QTest::newRow("429 on a create (not sent again)")
        << S::TooManyOnCreate << int(K::Server)
        << QStringLiteral("POST /api/v1/provider/models/llm on 127.0.0.1:{port} failed: the server reported an "
                          "error (HTTP 429) [code -1]: Too many requests");
    QTest::newRow("503 on an update (not sent again)")
        << S::UnavailableOnUpdate << int(K::Server)
        << QStringLiteral("PUT /api/v1/provider/models/llm/{uuid} on 127.0.0.1:{port} failed: the server "
                          "reported an error (HTTP 503) [code -1]: Service unavailable");

    // --- credentials and permissions ------------------------------------------
    QTest::newRow("401 wrong API key") << S::WrongApiKey << int(K::Server)
                                       << list
            + QStringLiteral("the server refused the credentials (HTTP 401) [code -1]: Invalid API key");
    QTest::newRow("401 mid-session, signed in again") << S::Relogin401 << int(K::None) << QString();
    QTest::newRow("401 mid-session, sign-in refused")
        << S::ReloginFails401 << int(K::Server)
        << list + QStringLiteral("the server refused the credentials (HTTP 401) [code -1]: Invalid user token");
    QTest::newRow("403 permission")
        << S::Forbidden403 << int(K::Server)
        << QStringLiteral("DELETE /api/v1/provider/models/llm/{uuid} on 127.0.0.1:{port} failed: permission "
                          "denied (HTTP 403) [code permission_denied]: Permission denied: models.delete");
    QTest::newRow("404 vanished model (get)")
        << S::VanishedModelGet << int(K::Server)
        << one + QStringLiteral("not found on the server (HTTP 404) [code -1]: model not found");
    QTest::newRow("404 vanished model (update)")
        << S::VanishedModelUpdate << int(K::Server)
        << QStringLiteral("PUT /api/v1/provider/models/llm/{uuid} on 127.0.0.1:{port} failed: not found on "
                          "the server (HTTP 404) [code -1]: model not found");

    // --- redirects and TLS ----------------------------------------------------
    QTest::newRow("redirect to another host") << S::RedirectToAnotherHost << int(K::BadResponse)
                                              << bad
            + QStringLiteral("the server redirected to another address (http://127.0.0.1:{other}); not "
                             "followed, so the credentials were not sent there. Use the final address as "
                             "the server URL");
    QTest::newRow("https to http redirect")
        << S::HttpsToHttpRedirect << int(K::BadResponse)
        << QStringLiteral("GET /api/v1/provider/models/llm on 127.0.0.1:{tls} failed: the answer was not what "
                          "a LangBot server sends: the server redirected from https to insecure http "
                          "(127.0.0.1:{port}); not followed");
    QTest::newRow("TLS self-signed")
        << S::TlsSelfSigned << int(K::Tls)
        << QStringLiteral("GET /api/v1/provider/models/llm on 127.0.0.1:{tls} failed: the secure connection "
                          "failed: the certificate of 127.0.0.1 is not trusted: The certificate is "
                          "self-signed, and untrusted");
    QTest::newRow("TLS expired")
        << S::TlsExpired << int(K::Tls)
        << QStringLiteral("GET /api/v1/provider/models/llm on 127.0.0.1:{tls} failed: the secure connection "
                          "failed: the certificate of 127.0.0.1 is not trusted: The certificate has expired; "
                          "The certificate is self-signed, and untrusted");
    QTest::newRow("TLS wrong host")
        << S::TlsWrongHost << int(K::Tls)
        << QStringLiteral("GET /api/v1/provider/models/llm on 127.0.0.1:{tls} failed: the secure connection "
                          "failed: the certificate of 127.0.0.1 is not trusted: The host name did not match "
                          "any of the valid hosts for this certificate; The certificate is self-signed, and "
                          "untrusted");

    // --- hostile bodies --------------------------------------------------------
    QTest::newRow("10 MB of garbage") << S::Garbage10MB << int(K::BadResponse)
                                      << bad + QStringLiteral("the answer is not valid JSON (illegal value at byte 1)");
    QTest::newRow("10 MB of garbage, over the limit")
        << S::Garbage10MBOverLimit << int(K::BadResponse)
        << bad + QStringLiteral("the answer is 10 MiB, more than the limit of 1 MiB");
    QTest::newRow("deeply nested JSON") << S::DeeplyNestedJson << int(K::BadResponse)
                                        << bad
            + QStringLiteral("the answer is not valid JSON (too deeply nested document at byte 1025)");
    QTest::newRow("nested JSON within the parser's limit")
        << S::NestedButParsable << int(K::BadResponse)
        << bad + QStringLiteral("“data.models[0]”: a model must be a JSON object, got an array");

    // --- wrong types in every field ------------------------------------------
    QTest::newRow("code is an object") << S::CodeIsObject << int(K::Server)
                                       << list + QStringLiteral("the server reported an error [code (object)]: ok");
    QTest::newRow("code is null") << S::CodeIsNull << int(K::Server)
                                  << list + QStringLiteral("the server reported an error [code null]: ok");
    QTest::newRow("msg is a number") << S::MsgIsNumber << int(K::Server)
                                     << list + QStringLiteral("the server reported an error [code -1].");
    QTest::newRow("no code") << S::NoCode << int(K::BadResponse)
                             << bad + QStringLiteral("the JSON answer has no LangBot envelope (no \"code\" field)");
    QTest::newRow("JSON array instead of an envelope")
        << S::JsonArrayInsteadOfEnvelope << int(K::BadResponse)
        << bad + QStringLiteral("the JSON answer has no LangBot envelope (no \"code\" field)");
    QTest::newRow("data is a string") << S::DataIsString << int(K::BadResponse)
                                      << bad + QStringLiteral("“data” is missing or not an object");
    QTest::newRow("data.models is an object") << S::ModelsIsObject << int(K::BadResponse)
                                              << bad + QStringLiteral("“data.models” is missing or has the wrong type");
    QTest::newRow("data.models is null") << S::ModelsIsNull << int(K::BadResponse)
                                         << bad + QStringLiteral("“data.models” is missing or has the wrong type");
    QTest::newRow("a model is a list") << S::ModelIsArray << int(K::BadResponse)
                                       << bad
            + QStringLiteral("“data.models[1]”: a model must be a JSON object, got an array");
    QTest::newRow("uuid is a number") << S::UuidIsNumber << int(K::BadResponse)
                                      << bad
            + QStringLiteral("“data.models[0]”: the model's \"uuid\" must be a string, got a number");
    QTest::newRow("uuid is blank") << S::UuidIsBlank << int(K::BadResponse)
                                   << bad + QStringLiteral("“data.models[0]”: the model's \"uuid\" is empty");
    QTest::newRow("every other model field has the wrong type") << S::EveryOtherFieldWrong << int(K::None) << QString();
    QTest::newRow("data.model is a list") << S::OneModelIsList << int(K::BadResponse)
                                          << one
            + QStringLiteral("the answer was not what a LangBot server sends: “data.model” is missing or "
                             "has the wrong type");
    QTest::newRow("created uuid is a number")
        << S::CreateUuidIsNumber << int(K::BadResponse)
        << QStringLiteral("POST /api/v1/provider/models/llm on 127.0.0.1:{port} failed: the answer was not "
                          "what a LangBot server sends: “data.uuid” is missing or has the wrong type");
    QTest::newRow("version is a boolean")
        << S::VersionIsBool << int(K::BadResponse)
        << QStringLiteral("GET /api/v1/system/info on 127.0.0.1:{port} failed: the answer was not what a "
                          "LangBot server sends: “data.version” is missing or has the wrong type");
}

CallOutcome TestFaultTable::run(Scenario scenario)
{
    using S = Scenario;
    using F = FakeLangBotServer::Fault;
    auto status = [this](const QString &route, int code, const QByteArray &body, int times = -1) {
        FakeLangBotServer::FaultSpec spec;
        spec.fault = F::Status;
        spec.status = code;
        spec.body = body;
        spec.times = times;
        m_server->setFault(route, spec);
    };
    auto list200 = [&](const QByteArray &body) {
        status(kListRoute, 200, body);
        return await(m_client->listModels());
    };

    switch (scenario) {
    case S::ConnectionRefused: {
        ApiClient client(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort))));
        client.setClock(&m_clock);
        return await(client.listModels());
    }
    case S::UnknownHost: {
        // ".invalid" never resolves (RFC 6761): no real DNS answer needed.
        ApiClient client(settingsFor(QUrl(QStringLiteral("http://no-such-host.invalid:5300"))));
        client.setClock(&m_clock);
        const CallOutcome r = await(client.listModels());
        if (r.elapsedMs > 3000)
            qWarning("resolving a .invalid name took %lld ms here", r.elapsedMs);
        return r;
    }
    case S::Timeout:
    case S::StallMidBody: {
        ConnectionSettings s = settingsFor(m_server->url());
        s.timeout = 1s;
        m_client->setSettings(s);
        m_client->setClock(nullptr); // the transfer timeout is the network's: real time
        m_server->setFault(kListRoute, scenario == S::Timeout ? F::Stall : F::StallMidBody);
        const CallOutcome r = await(m_client->listModels());
        if (r.elapsedMs < 900 || r.elapsedMs > 5000)
            qWarning("the timeout of 1 s took %lld ms", r.elapsedMs);
        return r;
    }
    case S::TruncatedBody:
        m_server->setFault(kListRoute, F::TruncatedBody);
        return await(m_client->listModels());
    case S::ConnectionClosed:
        m_server->setFault(kListRoute, F::DropConnection);
        return await(m_client->listModels());
    case S::ConnectionReset: {
        ScriptedServer scripted;
        if (!scripted.listen())
            return {};
        // Twice: Qt sends a GET once more on a fresh connection when the
        // first one ends without an answer.
        scripted.push({ScriptedServer::Step::Reset, {}});
        scripted.push({ScriptedServer::Step::Reset, {}});
        ApiClient client(settingsFor(scripted.url()));
        client.setClock(&m_clock);
        CallOutcome r = await(client.listModels());
        // The same text, whichever port: the row's placeholder is {port}.
        r.error.setServer(QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        return r;
    }
    case S::ConnectionClosedOnWrite:
    case S::ConnectionClosedOnDelete:
    case S::TruncatedOnWrite: {
        CallOutcome r;
        if (scenario == S::ConnectionClosedOnDelete) {
            m_server->setFault(QStringLiteral("DELETE ") + kModelsPath + QLatin1Char('/') + m_uuid, F::DropConnection);
            r = await(m_client->deleteModel(m_uuid));
        } else if (scenario == S::ConnectionClosedOnWrite) {
            m_server->setFault(QStringLiteral("POST ") + kModelsPath, F::DropConnection);
            LlmModel model;
            model.setName(QStringLiteral("new"));
            model.setRequester(QStringLiteral("openai-chat-completions"));
            r = await(m_client->createModel(model.createBody()));
        } else {
            m_server->setFault(QStringLiteral("PUT ") + kModelsPath + QLatin1Char('/') + m_uuid, F::TruncatedBody);
            r = await(m_client->updateModel(m_uuid, LlmModel(m_server->model(m_uuid)).updateBody()));
        }
        // The server may have applied it: a write is never sent again on its own.
        if (m_server->writeRequestCount() != 1)
            r.error.setDetail(QStringLiteral("the write was sent %1 times").arg(m_server->writeRequestCount()));
        return r;
    }
    case S::TooManyThenOk:
    case S::TooManyAlways:
    case S::Unavailable503Html: {
        const bool html = scenario == S::Unavailable503Html;
        status(kListRoute, html ? 503 : 429,
               html ? QByteArray("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>")
                    : QByteArray(R"({"code":-1,"msg":"Too many requests"})"),
               scenario == S::TooManyThenOk ? 2 : -1);
        CallOutcome r = await(m_client->listModels());
        const int expected = scenario == S::TooManyThenOk ? 3 : 4; // 3 retries at most
        if (m_server->requestCount(kListRoute) != expected)
            r.error.setDetail(QStringLiteral("asked %1 times").arg(m_server->requestCount(kListRoute)));
        if (scenario == S::TooManyThenOk && r.elapsedMs != 300) // 100 ms, then 200 ms
            r.error.setDetail(QStringLiteral("sent again after pauses of %1 ms in all").arg(r.elapsedMs));
        return r;
    }
    case S::RetryAfterThenOk: {
        ScriptedServer scripted;
        if (!scripted.listen())
            return {};
        scripted.push({ScriptedServer::Step::Answer,
                       ScriptedServer::answer(503, R"({"code":-1,"msg":"busy"})", "Retry-After: 1\r\n")});
        scripted.push({ScriptedServer::Step::Answer,
                       ScriptedServer::answer(200, R"({"code":0,"msg":"ok","data":{"models":[]}})")});
        ApiClient client(settingsFor(scripted.url()));
        client.setClock(&m_clock);
        CallOutcome r = await(client.listModels());
        if (scripted.requests() != 2)
            r.error.setDetail(QStringLiteral("asked %1 times").arg(scripted.requests()));
        if (r.elapsedMs != 1000) // what Retry-After asked, not the 100 ms backoff
            r.error.setDetail(QStringLiteral("sent again after %1 ms").arg(r.elapsedMs));
        return r;
    }
    case S::TooManyOnCreate:
    case S::UnavailableOnUpdate: {
        CallOutcome r;
        if (scenario == S::TooManyOnCreate) {
            status(QStringLiteral("POST ") + kModelsPath, 429, R"({"code":-1,"msg":"Too many requests"})");
            LlmModel model;
            model.setName(QStringLiteral("new"));
            model.setRequester(QStringLiteral("openai-chat-completions"));
            r = await(m_client->createModel(model.createBody()));
        } else {
            status(QStringLiteral("PUT ") + kModelsPath + QLatin1Char('/') + m_uuid, 503,
                   R"({"code":-1,"msg":"Service unavailable"})");
            r = await(m_client->updateModel(m_uuid, LlmModel(m_server->model(m_uuid)).updateBody()));
        }
        if (m_server->writeRequestCount() != 1)
            r.error.setDetail(QStringLiteral("the write was sent %1 times").arg(m_server->writeRequestCount()));
        return r;
    }
    case S::Error500Legacy: {
        FakeLangBotServer::FaultSpec spec;
        spec.fault = F::Error500Legacy;
        spec.message = QStringLiteral("database is locked");
        m_server->setFault(kListRoute, spec);
        return await(m_client->listModels());
    }
    case S::Error500New:
        m_server->setFault(kListRoute, F::Error500New);
        return await(m_client->listModels());
    case S::Html502:
        m_server->setFault(kListRoute, F::Html502);
        return await(m_client->listModels());
    case S::Html200:
        m_server->setFault(kListRoute, F::HtmlPage);
        return await(m_client->listModels());
    case S::MalformedJson:
        m_server->setFault(kListRoute, F::MalformedJson);
        return await(m_client->listModels());
    case S::Code1WithHttp200:
        return await(m_client->login(FakeLangBotServer::demoUser(), QStringLiteral("wrong password")));
    case S::WrongApiKey: {
        ConnectionSettings s = settingsFor(m_server->url());
        s.secret = QStringLiteral("lbk_not_a_key_of_this_server");
        m_client->setSettings(s);
        return await(m_client->listModels());
    }
    case S::Relogin401:
    case S::ReloginFails401: {
        Profile p;
        p.id = QStringLiteral("6f1c9a52-0d3e-4b1a-9c55-1f2e3d4c5b6a");
        p.name = QStringLiteral("Fault table");
        p.baseUrl = m_server->url();
        p.authMode = Profile::AuthMode::UserLogin;
        p.userEmail = FakeLangBotServer::demoUser();
        p.timeoutSeconds = 5;
        Session session(p, nullptr);
        session.provideSecret(FakeLangBotServer::demoPassword(), Session::SecretStorage::SessionOnly);
        if (!QTest::qWaitFor([&] { return session.isReady(); }, 10000))
            return {};
        if (scenario == S::ReloginFails401)
            m_server->setUser(FakeLangBotServer::demoUser(), QStringLiteral("changed elsewhere"));
        m_server->revokeTokens();
        return await(session.client()->listModels());
    }
    case S::Forbidden403:
        status(QStringLiteral("DELETE ") + kModelsPath + QLatin1Char('/') + m_uuid, 403,
               R"({"code":"permission_denied","msg":"Permission denied: models.delete"})");
        return await(m_client->deleteModel(m_uuid));
    case S::VanishedModelGet:
    case S::VanishedModelUpdate: {
        const LlmModel model(m_server->model(m_uuid));
        QList<QJsonObject> rest = m_server->models();
        rest.removeFirst();
        m_server->setModels(rest); // deleted by someone else meanwhile
        if (scenario == S::VanishedModelGet)
            return await(m_client->getModel(m_uuid));
        return await(m_client->updateModel(m_uuid, model.updateBody()));
    }
    case S::RedirectToAnotherHost: {
        m_other = std::make_unique<FakeLangBotServer>();
        if (!m_other->listen())
            return {};
        m_other->loadDemoData();
        FakeLangBotServer::FaultSpec spec;
        spec.fault = F::Redirect;
        spec.redirectTo = m_other->url();
        m_server->setFault(kListRoute, spec);
        CallOutcome r = await(m_client->listModels());
        if (m_other->requestCount() != 0) // the credentials never went there
            r.error.setDetail(QStringLiteral("the other host was asked"));
        return r;
    }
    case S::HttpsToHttpRedirect: {
        m_tls = std::make_unique<FakeLangBotServer>();
        m_tls->setTlsCertificate(m_selfSigned.certificate, m_selfSigned.key);
        if (!m_tls->listen())
            return {};
        FakeLangBotServer::FaultSpec spec;
        spec.fault = F::Redirect;
        spec.redirectTo = m_server->url();
        m_tls->setFault(kListRoute, spec);
        ConnectionSettings s = settingsFor(m_tls->url());
        s.pinnedCertificateSha256 = ApiClient::certificateSha256(m_selfSigned.certificate);
        ApiClient client(s);
        client.setClock(&m_clock);
        CallOutcome r = await(client.listModels());
        if (m_server->requestCount() != 0)
            r.error.setDetail(QStringLiteral("the plain-http server was asked"));
        return r;
    }
    case S::TlsSelfSigned:
    case S::TlsExpired:
    case S::TlsWrongHost: {
        const FakeLangBotServer::TestCertificate &cert = scenario == S::TlsSelfSigned ? m_selfSigned
            : scenario == S::TlsExpired                                               ? m_expired
                                                                                      : m_wrongHost;
        m_tls = std::make_unique<FakeLangBotServer>();
        m_tls->setTlsCertificate(cert.certificate, cert.key);
        if (!m_tls->listen())
            return {};
        m_tls->loadDemoData();
        ApiClient client(settingsFor(m_tls->url()));
        client.setClock(&m_clock);
        CallOutcome r = await(client.listModels());
        if (m_tls->requestCount() != 0) // nothing was sent over the refused connection
            r.error.setDetail(QStringLiteral("a request reached the TLS server"));
        if (r.error.certificateSha256() != ApiClient::certificateSha256(cert.certificate))
            r.error.setDetail(QStringLiteral("the certificate to trust is not offered"));
        return r;
    }
    case S::Garbage10MB:
    case S::Garbage10MBOverLimit: {
        if (scenario == S::Garbage10MBOverLimit) {
            ConnectionSettings s = settingsFor(m_server->url());
            s.maxResponseBytes = 1024 * 1024;
            m_client->setSettings(s);
        }
        FakeLangBotServer::FaultSpec spec;
        spec.fault = F::Garbage;
        spec.size = 10 * 1024 * 1024;
        m_server->setFault(kListRoute, spec);
        return await(m_client->listModels());
    }
    case S::DeeplyNestedJson:
        return list200(QByteArray(100000, '[') + QByteArray(100000, ']'));
    case S::NestedButParsable:
        return list200(R"({"code":0,"msg":"ok","data":{"models":)" + QByteArray(1000, '[') + QByteArray(1000, ']')
                       + "}}");
    case S::CodeIsObject:
        return list200(R"({"code":{"value":0},"msg":"ok","data":{"models":[]}})");
    case S::CodeIsNull:
        return list200(R"({"code":null,"msg":"ok","data":{"models":[]}})");
    case S::MsgIsNumber:
        return list200(R"({"code":-1,"msg":42})");
    case S::NoCode:
        return list200(R"({"msg":"ok","data":{"models":[]}})");
    case S::JsonArrayInsteadOfEnvelope:
        return list200(R"([{"code":0}])");
    case S::DataIsString:
        return list200(R"({"code":0,"msg":"ok","data":"models"})");
    case S::ModelsIsObject:
        return list200(R"({"code":0,"msg":"ok","data":{"models":{"0":{"uuid":"a"}}}})");
    case S::ModelsIsNull:
        return list200(R"({"code":0,"msg":"ok","data":{"models":null}})");
    case S::ModelIsArray:
        return list200(R"({"code":0,"msg":"ok","data":{"models":[{"uuid":"a"},["uuid","b"]]}})");
    case S::UuidIsNumber:
        return list200(R"({"code":0,"msg":"ok","data":{"models":[{"uuid":7,"name":"x"}]}})");
    case S::UuidIsBlank:
        return list200(R"({"code":0,"msg":"ok","data":{"models":[{"uuid":"  ","name":"x"}]}})");
    case S::EveryOtherFieldWrong: {
        CallOutcome r = list200(R"({"code":0,"msg":7,"data":{"models":[{"uuid":"u","name":7,"description":[],)"
                                R"("requester":{},"requester_config":"x","api_keys":"k","abilities":{"a":1},)"
                                R"("extra_args":[1],"created_at":12,"updated_at":"yesterday"}]}})");
        // Read as far as possible: the record is kept, nothing is made up.
        const QList<LlmModel> models = ApiClient::modelsFromData(r.data);
        if (models.size() != 1 || !models.first().name().isEmpty() || models.first().apiKeyCount() != 0
            || models.first().updatedAt().isValid() || models.first().json().value(QLatin1String("name")) != 7) {
            r.error = ApiError(ApiError::Kind::BadResponse, "GET", kModelsPath);
            r.error.setDetail(QStringLiteral("the record was not kept as sent"));
        }
        return r;
    }
    case S::OneModelIsList:
        status(QStringLiteral("GET ") + kModelsPath + QLatin1Char('/') + m_uuid, 200,
               R"({"code":0,"msg":"ok","data":{"model":[{"uuid":"a"}]}})");
        return await(m_client->getModel(m_uuid));
    case S::CreateUuidIsNumber: {
        status(QStringLiteral("POST ") + kModelsPath, 200, R"({"code":0,"msg":"ok","data":{"uuid":12}})");
        LlmModel model;
        model.setName(QStringLiteral("new"));
        model.setRequester(QStringLiteral("openai-chat-completions"));
        return await(m_client->createModel(model.createBody()));
    }
    case S::VersionIsBool:
        status(QStringLiteral("GET /api/v1/system/info"), 200, R"({"code":0,"msg":"ok","data":{"version":true}})");
        return await(m_client->systemInfo());
    }
    return {};
}

void TestFaultTable::fault()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, kind);
    QFETCH(QString, message);

    const CallOutcome r = run(scenario);
    QVERIFY2(r.done, "the call never finished");
    QCOMPARE(r.finishedCount, 1);
    QCOMPARE(r.error.message(), expand(message));
    QCOMPARE(int(r.error.kind()), kind);
    // Whatever failed, the message never carries a credential.
    for (const QString &secret : {FakeLangBotServer::demoApiKey(), FakeLangBotServer::demoPassword()})
        QVERIFY(!r.error.message().contains(secret));
}

void TestFaultTable::backoffIsHalfASecondThenDoubles()
{
    ConnectionSettings s = settingsFor(m_server->url());
    s.retryDelay = ConnectionSettings().retryDelay; // the defaults: 0.5 s, 1 s, 2 s
    s.readRetries = ConnectionSettings().readRetries;
    m_client->setSettings(s);
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Status;
    spec.status = 429;
    spec.body = R"({"code":-1,"msg":"Too many requests"})";
    spec.times = 3;
    m_server->setFault(kListRoute, spec);
    QList<qint64> sentAt; // on the call's clock
    connect(m_server.get(), &FakeLangBotServer::requestReceived, this, [&](const QByteArray &, const QString &path) {
        if (path == kModelsPath)
            sentAt << m_clock.monotonicMs();
    });
    const CallOutcome r = await(m_client->listModels());
    QVERIFY2(!r.error, qPrintable(r.error.message()));
    QCOMPARE(sentAt.size(), 4);
    const QList<qint64> pauses{sentAt.at(1) - sentAt.at(0), sentAt.at(2) - sentAt.at(1), sentAt.at(3) - sentAt.at(2)};
    QCOMPARE(pauses, (QList<qint64>{500, 1000, 2000}));
    QCOMPARE(r.elapsedMs, 3500);
}

void TestFaultTable::cancelEndsTheWaitAtOnce()
{
    ConnectionSettings s = settingsFor(m_server->url());
    s.retryDelay = 2s;
    m_client->setSettings(s);
    FakeLangBotServer::FaultSpec spec;
    spec.fault = FakeLangBotServer::Fault::Status;
    spec.status = 503;
    spec.body = R"({"code":-1,"msg":"Service unavailable"})";
    m_server->setFault(kListRoute, spec);
    ApiCall *call = m_client->listModels();
    QPointer<ApiCall> guard(call);
    const auto outcome = watchCall(call);
    // The answer is in: the call waits on the clock to send it again.
    QTRY_COMPARE(m_clock.pendingTimers(), 1);
    QCOMPARE(m_clock.nextTimerInMs(), 2000);
    QCOMPARE(m_server->requestCount(kListRoute), 1);
    QCOMPARE(outcome->finishedCount, 0);
    QCOMPARE(m_client->runningCalls(), 1);
    call->cancel();
    QCOMPARE(outcome->finishedCount, 1); // at once, not after the pause
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(m_clock.pendingTimers(), 0); // the pause is over too
    QTRY_VERIFY(guard.isNull());
    m_clock.advance(2500);
    QCOMPARE(m_client->runningCalls(), 0); // and it was not sent again
    QCOMPARE(m_server->requestCount(kListRoute), 1);
}

void TestFaultTable::retryAfterIsCappedAndBoundedByTheTimeout()
{
    // An hour asked: waited only retryMaxDelay.
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.push({ScriptedServer::Step::Answer,
                       ScriptedServer::answer(429, R"({"code":-1,"msg":"slow down"})", "Retry-After: 3600\r\n")});
        scripted.push({ScriptedServer::Step::Answer,
                       ScriptedServer::answer(200, R"({"code":0,"msg":"ok","data":{"models":[]}})")});
        ConnectionSettings s = settingsFor(scripted.url());
        s.retryMaxDelay = 300ms;
        ApiClient client(s);
        client.setClock(&m_clock);
        const CallOutcome r = await(client.listModels());
        QVERIFY2(!r.error, qPrintable(r.error.message()));
        QCOMPARE(scripted.requests(), 2);
        QCOMPARE(r.elapsedMs, 300);
    }
    // A wait that would not end within the timeout: not sent again, the
    // server's answer at once (no pause on the clock at all).
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.push({ScriptedServer::Step::Answer,
                       ScriptedServer::answer(503, R"({"code":-1,"msg":"maintenance"})", "Retry-After: 5\r\n")});
        ConnectionSettings s = settingsFor(scripted.url());
        s.timeout = 2s;
        ApiClient client(s);
        client.setClock(&m_clock);
        const qint64 before = m_clock.monotonicMs();
        const CallOutcome r = await(client.listModels());
        QCOMPARE(r.error.httpStatus(), 503);
        QVERIFY2(r.error.message().endsWith(QLatin1String("(HTTP 503) [code -1]: maintenance")),
                 qPrintable(r.error.message()));
        QCOMPARE(scripted.requests(), 1);
        QCOMPARE(r.elapsedMs, 0);
        QCOMPARE(m_clock.monotonicMs(), before);
    }
}

QTEST_GUILESS_MAIN(TestFaultTable)
#include "tst_faulttable.moc"
