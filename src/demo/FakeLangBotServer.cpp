#include "FakeLangBotServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <deque>
#include <optional>

using namespace Qt::StringLiterals;

namespace lb::demo {

// Debug level only, and never with credentials: one line per answered request
// (method, path without query, status).
Q_LOGGING_CATEGORY(lcDemo, "langbot.demo", QtInfoMsg)

namespace {

const QString kModelsPath = u"/api/v1/provider/models/llm"_s;
const QString kRequestersPath = u"/api/v1/provider/requesters"_s;

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
constexpr qint64 kStreamChunk = 64 * 1024;
constexpr qint64 kStreamHighWater = 512 * 1024;
constexpr int kDefaultSlowTestMs = 5000;
constexpr qint64 kDefaultTokenLifetime = 7 * 24 * 3600;

const QString kDefaultProviderError =
    u"Error code: 401 - {'error': {'message': 'Incorrect API key provided'}}"_s;

// One answer to one request, decided after the route's latency.
struct Answer {
    enum class Kind { Complete, Truncated, Drop, Stall, StallMidBody, Stream };
    Kind kind = Kind::Complete;
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    qint64 streamSize = 0;   // Stream: bytes of garbage to send
    int delayMs = 0;         // further wait before sending (model tests)
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray toCompactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Answer envelopeAnswer(int status, const QJsonValue &code, const QString &msg, const QJsonValue &data)
{
    Answer a;
    a.status = status;
    a.body = toCompactJson(QJsonObject{{u"code"_s, code}, {u"msg"_s, msg}, {u"data"_s, data}});
    return a;
}

Answer okAnswer(const QJsonValue &data = QJsonValue::Null)
{
    return envelopeAnswer(200, 0, u"ok"_s, data);
}

Answer failAnswer(int status, int code, const QString &msg)
{
    return envelopeAnswer(status, code, msg, QJsonValue::Null);
}

Answer modelNotFound() { return failAnswer(404, -1, u"model not found"_s); }
Answer methodNotAllowed() { return failAnswer(405, -1, u"Method not allowed"_s); }

Answer htmlAnswer(int status, const QByteArray &html)
{
    Answer a;
    a.status = status;
    a.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    a.body = html;
    return a;
}

// What the web UI's single-page app answers for any path it does not know.
QByteArray webUiPage()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>LangBot</title></head><body><div id=\"root\"></div>"
        "<noscript>You need to enable JavaScript to run this app.</noscript>"
        "</body></html>\n");
}

QByteArray notFoundPage()
{
    return QByteArrayLiteral(
        "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
        "<h1>Not Found</h1>\n<p>The requested URL was not found on the server. "
        "If you entered the URL manually please check your spelling and try again.</p>\n");
}

QByteArray badGatewayPage()
{
    return QByteArrayLiteral(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n");
}

// A well-formed JSON answer long enough to be cut in half meaningfully.
QByteArray paddedJsonBody()
{
    const QString padding(2048, u'x');
    return toCompactJson(QJsonObject{
        {u"code"_s, 0}, {u"msg"_s, u"ok"_s},
        {u"data"_s, QJsonObject{{u"models"_s, QJsonArray()}, {u"padding"_s, padding}}}});
}

// 64 KiB of noise, made once, streamed over and over by the Garbage fault.
const QByteArray &garbageChunk()
{
    static const QByteArray chunk = [] {
        QByteArray bytes(kStreamChunk, Qt::Uninitialized);
        QRandomGenerator generator(0x1a2b3c4d);
        for (char &c : bytes)
            c = char(generator.bounded(256));
        return bytes;
    }();
    return chunk;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// Python's datetime.isoformat() of a naive datetime: no zone, microseconds.
QString isoTimestamp(qint64 epochMicros)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(epochMicros / 1000, Qt::UTC);
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.'
        + QString::number(epochMicros % 1000000).rightJustified(6, u'0');
}

// A version-4 UUID from a (possibly seeded) generator.
QString uuidFrom(QRandomGenerator &generator)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x40);
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool isWriteRoute(const QByteArray &method, const QString &path)
{
    if (method != "POST" && method != "PUT" && method != "DELETE")
        return false;
    if (path != kModelsPath && !path.startsWith(kModelsPath + u'/'))
        return false;
    return !path.endsWith(u"/test"_s);
}

QString routeKey(const FakeLangBotServer::RecordedRequest &request)
{
    return QString::fromLatin1(request.method) + u' ' + request.path;
}

// A small square icon with the first letter of the requester's label.
QByteArray iconSvg(const QString &name, const QString &label)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    const QString colour = u"#%1%2%3"_s
                               .arg(uint(uchar(hash.at(0)) / 2 + 40), 2, 16, QChar(u'0'))
                               .arg(uint(uchar(hash.at(1)) / 2 + 40), 2, 16, QChar(u'0'))
                               .arg(uint(uchar(hash.at(2)) / 2 + 40), 2, 16, QChar(u'0'));
    QChar letter = u'?';
    for (const QChar c : label) {
        if (c.isLetterOrNumber()) {
            letter = c.toUpper();
            break;
        }
    }
    const QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" "
                        "viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" rx=\"14\" fill=\"%1\"/>"
                        "<text x=\"32\" y=\"43\" font-family=\"sans-serif\" font-size=\"30\" "
                        "font-weight=\"bold\" text-anchor=\"middle\" fill=\"#ffffff\">%2</text></svg>\n"_s
                            .arg(colour, QString(letter).toHtmlEscaped());
    return svg.toUtf8();
}

} // namespace

// One request waiting for (or in the middle of) its answer.
struct Exchange {
    quint64 id = 0;
    FakeLangBotServer::RecordedRequest request;
    FakeLangBotServer::FaultSpec fault;
    bool tracked = true;      // a recorded request, counted in flight
    bool closeAfter = false;  // "Connection: close" or a fault that ends the connection
    bool ready = false;       // answer decided
    bool parked = false;      // a stall: nothing more will be sent
    bool streaming = false;   // garbage body being sent
    qint64 remaining = 0;
    Answer answer;
};

// One accepted TCP connection. Answers leave strictly in request order.
struct FakeLangBotServer::Connection : QObject {
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    std::deque<Exchange> queue;
    bool closing = false;  // read no further requests
    bool gone = false;     // the socket disconnected
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

struct FakeLangBotServer::Impl {
    struct TestSpec {
        TestBehaviour behaviour = TestBehaviour::Ok;
        int delayMs = 0;
        QString message;
    };

    explicit Impl(FakeLangBotServer *owner) : q(owner) {}

    FakeLangBotServer *q;
    QTcpServer *server = nullptr;     // a QSslServer in TLS mode
    QSslCertificate tlsCertificate;
    QSslKey tlsKey;
    int tlsFailures = 0;
    QList<Connection *> connections;
    quint64 nextExchangeId = 1;

    // data
    QStringList order;
    QHash<QString, QJsonObject> models;
    QByteArray listAnswerCache;   // serialized list answer; empty = stale
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
    QHash<QString, FaultSpec> faults;

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
    std::optional<FaultSpec> takeFault(const QString &route);
    int latencyFor(const QString &route) const;
    Answer faultAnswer(const FaultSpec &fault, const RecordedRequest &request) const;

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

// ============================================================================
// Connections and HTTP/1.1
// ============================================================================

void FakeLangBotServer::Impl::accept(QTcpSocket *socket)
{
    auto *c = new Connection;
    c->setParent(q);
    c->socket = socket;
    socket->setParent(c);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++connectionsAccepted;
    connections.append(c);

    QObject::connect(socket, &QTcpSocket::readyRead, c, [this, c] { onReadyRead(c); });
    QObject::connect(socket, &QTcpSocket::bytesWritten, c, [this, c] { pump(c); });
    QObject::connect(socket, &QTcpSocket::disconnected, c, [this, c] { onDisconnected(c); });
    if (socket->bytesAvailable() > 0)
        onReadyRead(c);
}

void FakeLangBotServer::Impl::onDisconnected(Connection *c)
{
    if (c->gone)
        return;
    c->gone = true;
    c->closing = true;
    for (const Exchange &x : c->queue)
        untrack(x);
    c->queue.clear();
    c->buffer.clear();
    connections.removeOne(c);
    if (c->socket)
        QObject::disconnect(c->socket, nullptr, c, nullptr);
    c->deleteLater();
}

void FakeLangBotServer::Impl::onReadyRead(Connection *c)
{
    if (c->gone || !c->socket)
        return;
    const QByteArray incoming = c->socket->readAll();
    if (c->closing)
        return;   // a closing connection reads nothing more
    c->buffer += incoming;
    QPointer<Connection> guard(c);
    while (guard && !c->gone && !c->closing && parseOne(c)) {
    }
}

// Takes one complete request off the buffer. False when more bytes are needed
// (or the connection is done).
bool FakeLangBotServer::Impl::parseOne(Connection *c)
{
    QByteArray &buffer = c->buffer;
    while (buffer.startsWith("\r\n"))   // stray line breaks between requests
        buffer.remove(0, 2);

    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > kMaxHeadBytes)
            protocolError(c, 431, QByteArrayLiteral("Request header too large"));
        return false;
    }
    if (headEnd > kMaxHeadBytes) {
        protocolError(c, 431, QByteArrayLiteral("Request header too large"));
        return false;
    }

    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()
        || !requestLine.at(2).startsWith("HTTP/1.")) {
        protocolError(c, 400, QByteArrayLiteral("Malformed request line"));
        return false;
    }

    RecordedRequest request;
    request.method = requestLine.at(0);
    QByteArray target = requestLine.at(1);
    if (target.startsWith("http://") || target.startsWith("https://")) {   // absolute form
        const QUrl absolute = QUrl::fromEncoded(target);
        target = absolute.path(QUrl::FullyEncoded).toLatin1();
        if (absolute.hasQuery())
            target += '?' + absolute.query(QUrl::FullyEncoded).toLatin1();
    }
    const qsizetype questionMark = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(target.left(questionMark < 0 ? target.size() : questionMark));
    if (questionMark >= 0)
        request.query = QString::fromLatin1(target.mid(questionMark + 1));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            protocolError(c, 400, QByteArrayLiteral("Malformed header line"));
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = request.headers.find(name);
        if (it == request.headers.end())
            request.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }

    if (request.headers.contains("transfer-encoding")) {
        protocolError(c, 501, QByteArrayLiteral("Chunked request bodies are not supported"));
        return false;
    }
    qint64 contentLength = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        contentLength = request.headers.value("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0) {
            protocolError(c, 400, QByteArrayLiteral("Bad Content-Length"));
            return false;
        }
        if (contentLength > kMaxBodyBytes) {
            protocolError(c, 413, QByteArrayLiteral("Request body too large"));
            return false;
        }
    }
    const qsizetype total = headEnd + 4 + contentLength;
    if (buffer.size() < total)
        return false;   // the body is still on its way
    request.body = buffer.mid(headEnd + 4, contentLength);
    buffer.remove(0, total);

    const QByteArray connectionHeader = request.headers.value("connection").toLower();
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    const bool closeAfter = connectionHeader.contains("close")
        || (http10 && !connectionHeader.contains("keep-alive"));
    enqueue(c, std::move(request), closeAfter);
    return true;
}

void FakeLangBotServer::Impl::protocolError(Connection *c, int status, const QByteArray &text)
{
    Exchange x;
    x.id = nextExchangeId++;
    x.tracked = false;
    x.closeAfter = true;
    x.ready = true;
    x.answer.status = status;
    x.answer.contentType = QByteArrayLiteral("text/plain");
    x.answer.body = text;
    c->closing = true;
    c->buffer.clear();
    c->queue.push_back(std::move(x));
    flush(c);
}

void FakeLangBotServer::Impl::enqueue(Connection *c, RecordedRequest request, bool closeAfter)
{
    const QString route = routeKey(request);
    recorded.append(request);
    ++routeCounts[route];
    if (isWriteRoute(request.method, request.path))
        ++writeCount;
    ++inFlight;
    maxInFlight = std::max(maxInFlight, inFlight);

    Exchange x;
    x.id = nextExchangeId++;
    x.closeAfter = closeAfter;
    if (const auto fault = takeFault(route))
        x.fault = *fault;
    const quint64 id = x.id;
    const QByteArray method = request.method;
    const QString path = request.path;
    x.request = std::move(request);
    c->queue.push_back(std::move(x));
    if (closeAfter)
        c->closing = true;

    QTimer::singleShot(latencyFor(route), Qt::PreciseTimer, c, [this, c, id] { process(c, id); });
    emit q->requestReceived(method, path);
}

void FakeLangBotServer::Impl::process(Connection *c, quint64 id)
{
    if (c->gone)
        return;
    Exchange *x = c->find(id);
    if (!x)
        return;
    Answer answer = x->fault.fault != Fault::None ? faultAnswer(x->fault, x->request)
                                                  : handle(x->request);
    if (answer.delayMs > 0) {
        const int delay = std::exchange(answer.delayMs, 0);
        QTimer::singleShot(delay, Qt::PreciseTimer, c,
                           [this, c, id, answer] { complete(c, id, answer); });
        return;
    }
    complete(c, id, answer);
}

void FakeLangBotServer::Impl::complete(Connection *c, quint64 id, const Answer &answer)
{
    if (c->gone)
        return;
    Exchange *x = c->find(id);
    if (!x)
        return;
    x->answer = answer;
    x->ready = true;
    if (x->fault.fault != Fault::None)
        qCDebug(lcDemo).noquote() << x->request.method << x->request.path << "-> fault" << int(x->fault.fault);
    else
        qCDebug(lcDemo).noquote() << x->request.method << x->request.path << "->" << answer.status;
    flush(c);
}

static QByteArray responseHead(const Answer &answer, qint64 contentLength, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
        + reasonPhrase(answer.status) + "\r\n";
    head += "Server: hypercorn-h11\r\n";
    head += "Content-Type: " + answer.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : answer.extraHeaders)
        head += name + ": " + value + "\r\n";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    return head;
}

// Sends the answers at the head of the queue that are ready, in order.
void FakeLangBotServer::Impl::flush(Connection *c)
{
    while (!c->gone && c->socket && !c->queue.empty()) {
        Exchange &x = c->queue.front();
        if (!x.ready || x.parked || x.streaming)
            return;
        QTcpSocket *socket = c->socket;
        const Answer &a = x.answer;
        switch (a.kind) {
        case Answer::Kind::Complete:
            socket->write(responseHead(a, a.body.size(), x.closeAfter)
                          + (x.request.method == "HEAD" ? QByteArray() : a.body));
            break;
        case Answer::Kind::Truncated:
            socket->write(responseHead(a, a.body.size(), false) + a.body.left(a.body.size() / 2));
            x.closeAfter = true;
            break;
        case Answer::Kind::Drop:
            x.closeAfter = true;
            break;
        case Answer::Kind::Stall:
            x.parked = true;   // stays in flight until the client gives up
            return;
        case Answer::Kind::StallMidBody:
            socket->write(responseHead(a, a.body.size(), false) + a.body.left(a.body.size() / 2));
            x.parked = true;
            return;
        case Answer::Kind::Stream:
            socket->write(responseHead(a, a.streamSize, x.closeAfter));
            x.streaming = true;
            x.remaining = a.streamSize;
            pump(c);
            return;
        }
        finishFront(c);
    }
}

// Feeds a streamed body to the socket without ever buffering much of it.
void FakeLangBotServer::Impl::pump(Connection *c)
{
    if (c->gone || !c->socket || c->queue.empty() || c->pumping)
        return;
    Exchange &x = c->queue.front();
    if (!x.streaming)
        return;
    c->pumping = true;
    const QByteArray &chunk = garbageChunk();
    while (x.remaining > 0 && c->socket->bytesToWrite() < kStreamHighWater) {
        const qint64 n = std::min(x.remaining, qint64(chunk.size()));
        c->socket->write(chunk.constData(), n);
        x.remaining -= n;
    }
    c->pumping = false;
    if (x.remaining == 0) {
        x.streaming = false;
        finishFront(c);
        flush(c);
    }
}

void FakeLangBotServer::Impl::untrack(const Exchange &x)
{
    if (x.tracked)
        --inFlight;
}

void FakeLangBotServer::Impl::finishFront(Connection *c)
{
    const bool close = c->queue.front().closeAfter;
    untrack(c->queue.front());
    c->queue.pop_front();
    if (!close)
        return;
    c->closing = true;
    for (const Exchange &x : c->queue)
        untrack(x);
    c->queue.clear();
    if (c->socket)
        c->socket->disconnectFromHost();   // may emit disconnected() right here
}

// ============================================================================
// Faults and latency
// ============================================================================

std::optional<FakeLangBotServer::FaultSpec> FakeLangBotServer::Impl::takeFault(const QString &route)
{
    for (const QString &key : {route, u"*"_s}) {
        auto it = faults.find(key);
        if (it == faults.end())
            continue;
        if (it->fault == Fault::None || it->times == 0) {
            faults.erase(it);
            continue;
        }
        const FaultSpec spec = *it;
        if (it->times > 0 && --it->times == 0)
            faults.erase(it);
        return spec;
    }
    return std::nullopt;
}

int FakeLangBotServer::Impl::latencyFor(const QString &route) const
{
    const auto it = latencies.constFind(route);
    if (it != latencies.constEnd())
        return *it;
    return latencies.value(u"*"_s, 0);
}

Answer FakeLangBotServer::Impl::faultAnswer(const FaultSpec &fault, const RecordedRequest &request) const
{
    Answer a;
    switch (fault.fault) {
    case Fault::None:
        break;
    case Fault::Error500Legacy:
        return failAnswer(500, -2, fault.message.isEmpty() ? u"internal error"_s : fault.message);
    case Fault::Error500New:
        return envelopeAnswer(500, u"internal_error"_s, u"Internal server error"_s, QJsonValue::Null);
    case Fault::HtmlPage:
        return htmlAnswer(200, webUiPage());
    case Fault::Html502:
        return htmlAnswer(502, badGatewayPage());
    case Fault::MalformedJson:
        a.body = QByteArrayLiteral(R"({"code":0,"msg":"ok","data":{"models":[{"uuid":"3f6c2a1e",)"
                                   R"("name":'gpt-4o',,"api_keys":[})");
        return a;
    case Fault::TruncatedBody:
        a.kind = Answer::Kind::Truncated;
        a.body = paddedJsonBody();
        return a;
    case Fault::DropConnection:
        a.kind = Answer::Kind::Drop;
        return a;
    case Fault::Stall:
        a.kind = Answer::Kind::Stall;
        return a;
    case Fault::StallMidBody:
        a.kind = Answer::Kind::StallMidBody;
        a.body = paddedJsonBody();
        return a;
    case Fault::Garbage:
        a.kind = Answer::Kind::Stream;
        a.streamSize = std::max<qint64>(0, fault.size);
        return a;
    case Fault::Redirect: {
        QUrl location = fault.redirectTo;
        if (location.path().isEmpty()) {
            location.setPath(request.path);
            location.setQuery(request.query.isEmpty() ? QString() : request.query, QUrl::TolerantMode);
        }
        a = htmlAnswer(302, QByteArrayLiteral("<!doctype html>\n<title>Redirecting...</title>\n"));
        a.extraHeaders.append({QByteArrayLiteral("Location"), location.toEncoded()});
        return a;
    }
    case Fault::Status:
        a.status = fault.status;
        a.body = fault.body;
        return a;
    }
    return a;
}

// ============================================================================
// The LangBot API
// ============================================================================

Answer FakeLangBotServer::Impl::handle(const RecordedRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;

    if (!path.startsWith(u"/api/"_s)) {   // the web UI
        if (method == "GET" || method == "HEAD")
            return htmlAnswer(200, webUiPage());
        return htmlAnswer(404, notFoundPage());
    }

    if (path == u"/api/v1/system/info"_s) {
        if (method != "GET")
            return methodNotAllowed();
        return okAnswer(QJsonObject{
            {u"version"_s, u"v4.6.5"_s},
            {u"debug"_s, false},
            {u"edition"_s, u"community"_s},
            {u"enable_marketplace"_s, true},
            {u"cloud_service_url"_s, u"https://space.langbot.app"_s},
            {u"allow_modify_login_info"_s, true},
            {u"disable_models_service"_s, false},
            {u"limitation"_s, QJsonObject{{u"max_bots"_s, -1}, {u"max_pipelines"_s, -1},
                                          {u"max_extensions"_s, -1}}},
        });
    }
    if (path == u"/api/v1/user/init"_s) {
        if (method != "GET")
            return methodNotAllowed();
        return okAnswer(QJsonObject{{u"initialized"_s, true}});
    }
    if (path == u"/api/v1/user/auth"_s) {
        if (method != "POST")
            return methodNotAllowed();
        return login(request);
    }
    if (path == u"/api/v1/user/check-token"_s) {
        if (method != "GET")
            return methodNotAllowed();
        if (auto denied = authorize(request, false))
            return *denied;
        return okAnswer(QJsonObject{{u"token"_s, QString::fromLatin1(issueToken())}});
    }
    if (path == kModelsPath || path.startsWith(kModelsPath + u'/')) {
        const QStringList segments = path.mid(kModelsPath.size() + 1).split(u'/');
        return handleModels(request, path == kModelsPath ? QStringList() : segments);
    }
    if (path == kRequestersPath || path.startsWith(kRequestersPath + u'/')) {
        const QStringList segments = path.mid(kRequestersPath.size() + 1).split(u'/');
        return handleRequesters(request, path == kRequestersPath ? QStringList() : segments);
    }
    return htmlAnswer(404, notFoundPage());
}

Answer FakeLangBotServer::Impl::handleModels(const RecordedRequest &request, const QStringList &segments)
{
    const QByteArray &method = request.method;
    const bool collection = segments.isEmpty();
    const bool item = segments.size() == 1 && !segments.at(0).isEmpty();
    const bool test = segments.size() == 2 && !segments.at(0).isEmpty() && segments.at(1) == u"test"_s;
    if (!collection && !item && !test)
        return htmlAnswer(404, notFoundPage());

    const bool allowed = (collection && (method == "GET" || method == "POST"))
        || (item && (method == "GET" || method == "PUT" || method == "DELETE"))
        || (test && method == "POST");
    if (!allowed)
        return methodNotAllowed();
    if (auto denied = authorize(request, true))
        return *denied;

    // The body of a write (or of a test of an unsaved configuration).
    QJsonObject body;
    const bool needsBody = (collection && method == "POST") || (item && method == "PUT")
        || (test && segments.at(0) == u"_"_s);
    if (needsBody) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (!document.isObject()) {
            return failAnswer(500, -2, request.body.isEmpty()
                                           ? u"400 Bad Request: The browser (or proxy) sent a request "
                                             "that this server could not understand."_s
                                           : u"Expecting value: line 1 column %1 (char %2)"_s
                                                 .arg(error.offset + 1).arg(error.offset));
        }
        body = document.object();
    }

    if (collection)
        return method == "GET" ? listModels() : createModel(body);

    const QString uuid = segments.at(0);
    if (test)
        return testModel(uuid, body);
    if (!models.contains(uuid))
        return modelNotFound();
    if (method == "GET")
        return okAnswer(QJsonObject{{u"model"_s, models.value(uuid)}});
    if (method == "PUT")
        return updateModel(uuid, body);
    models.remove(uuid);
    order.removeOne(uuid);
    modelsChanged();
    return okAnswer();
}

Answer FakeLangBotServer::Impl::listModels()
{
    if (listAnswerCache.isEmpty()) {
        QByteArray out;
        out.reserve(order.size() * 512 + 64);
        out += R"({"code":0,"msg":"ok","data":{"models":[)";
        bool first = true;
        for (const QString &uuid : std::as_const(order)) {
            if (!first)
                out += ',';
            first = false;
            out += toCompactJson(models.value(uuid));
        }
        out += "]}}";
        listAnswerCache = out;
    }
    Answer a;
    a.body = listAnswerCache;
    return a;
}

// Dates are the server's: a real 4.6 server crashes on the strings.
static std::optional<Answer> rejectServerFields(const QJsonObject &body, bool uuidAllowed)
{
    for (const QString &field : {u"created_at"_s, u"updated_at"_s}) {
        if (body.contains(field)) {
            const QString shown = body.value(field).toVariant().toString();
            return failAnswer(500, -2, u"Invalid isoformat string: '%1'"_s.arg(shown));
        }
    }
    if (!uuidAllowed && body.contains(u"uuid"_s))
        return failAnswer(500, -2, u"(builtins.ValueError) uuid is not an updatable field of "
                                   "llm_models"_s);
    return std::nullopt;
}

Answer FakeLangBotServer::Impl::createModel(const QJsonObject &body)
{
    if (auto rejected = rejectServerFields(body, true))
        return *rejected;
    for (const QString &field : {u"name"_s, u"requester"_s}) {
        if (!body.value(field).isString() || body.value(field).toString().isEmpty()) {
            return failAnswer(500, -2, u"(sqlite3.IntegrityError) NOT NULL constraint failed: "
                                       "llm_models.%1"_s.arg(field));
        }
    }
    const QString requester = body.value(u"requester"_s).toString();
    if (findRequester(requester).isEmpty())
        return failAnswer(500, -2, u"Requester %1 not found"_s.arg(requester));

    QJsonObject stored{
        {u"description"_s, QString()},
        {u"requester_config"_s, QJsonObject()},
        {u"api_keys"_s, QJsonArray()},
        {u"abilities"_s, QJsonArray()},
        {u"extra_args"_s, QJsonObject()},
    };
    for (auto it = body.begin(); it != body.end(); ++it)
        stored.insert(it.key(), it.value());
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nextTimestamp();
    stored.insert(u"uuid"_s, uuid);
    stored.insert(u"created_at"_s, now);
    stored.insert(u"updated_at"_s, now);
    models.insert(uuid, stored);
    order.append(uuid);
    modelsChanged();
    return okAnswer(QJsonObject{{u"uuid"_s, uuid}});
}

Answer FakeLangBotServer::Impl::updateModel(const QString &uuid, const QJsonObject &body)
{
    if (auto rejected = rejectServerFields(body, false))
        return *rejected;
    QJsonObject &stored = models[uuid];
    for (auto it = body.begin(); it != body.end(); ++it)
        stored.insert(it.key(), it.value());
    stored.insert(u"updated_at"_s, nextTimestamp());
    modelsChanged();
    return okAnswer(QJsonObject());
}

Answer FakeLangBotServer::Impl::testModel(const QString &uuid, const QJsonObject &body)
{
    Answer answer;
    if (uuid == u"_"_s) {   // an unsaved configuration, in a CREATE body
        if (!body.value(u"requester"_s).isString())
            return failAnswer(500, -2, u"'requester'"_s);
        const QString baseUrl = body.value(u"requester_config"_s).toObject()
                                    .value(u"base_url"_s).toString();
        answer = baseUrl.contains(u"invalid"_s) ? failAnswer(500, -2, u"Connection error."_s)
                                                 : okAnswer(QJsonObject());
        answer.delayMs = defaultTestDelay;
        return answer;
    }
    if (!models.contains(uuid))
        return modelNotFound();

    const TestSpec spec = tests.value(uuid);
    switch (spec.behaviour) {
    case TestBehaviour::Ok:
        answer = okAnswer(QJsonObject());
        answer.delayMs = spec.delayMs > 0 ? spec.delayMs : defaultTestDelay;
        break;
    case TestBehaviour::ProviderError:
        answer = failAnswer(500, -2, spec.message.isEmpty() ? kDefaultProviderError : spec.message);
        answer.delayMs = spec.delayMs > 0 ? spec.delayMs : defaultTestDelay;
        break;
    case TestBehaviour::Slow:
        answer = okAnswer(QJsonObject());
        answer.delayMs = spec.delayMs > 0 ? spec.delayMs : kDefaultSlowTestMs;
        break;
    }
    return answer;
}

Answer FakeLangBotServer::Impl::handleRequesters(const RecordedRequest &request,
                                                 const QStringList &segments)
{
    const bool collection = segments.isEmpty();
    const bool item = segments.size() == 1 && !segments.at(0).isEmpty();
    const bool icon = segments.size() == 2 && !segments.at(0).isEmpty() && segments.at(1) == u"icon"_s;
    if (!collection && !item && !icon)
        return htmlAnswer(404, notFoundPage());
    if (request.method != "GET")
        return methodNotAllowed();

    if (icon) {   // no auth: the web UI loads it in an <img>
        const QJsonObject requester = findRequester(segments.at(0));
        if (requester.isEmpty())
            return failAnswer(404, -1, u"requester not found"_s);
        Answer a;
        a.contentType = QByteArrayLiteral("image/svg+xml");
        a.body = iconSvg(segments.at(0),
                         requester.value(u"label"_s).toObject().value(u"en_US"_s).toString());
        return a;
    }

    if (auto denied = authorize(request, false))
        return *denied;

    if (item) {
        const QJsonObject requester = findRequester(segments.at(0));
        if (requester.isEmpty())
            return failAnswer(404, -1, u"requester not found"_s);
        return okAnswer(QJsonObject{{u"requester"_s, requester}});
    }

    const QString type = QUrlQuery(request.query).queryItemValue(u"type"_s, QUrl::FullyDecoded);
    QJsonArray list;
    for (const QJsonValue &value : std::as_const(requesters)) {
        const QJsonArray supported = value.toObject().value(u"spec"_s).toObject()
                                         .value(u"support_type"_s).toArray();
        if (type.isEmpty() || supported.contains(type))
            list.append(value);
    }
    return okAnswer(QJsonObject{{u"requesters"_s, list}});
}

Answer FakeLangBotServer::Impl::login(const RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString email = body.value(u"user"_s).toString();
    const QString pw = body.value(u"password"_s).toString();
    if (email.isEmpty() || email != user || pw != password)
        return failAnswer(200, 1, u"Invalid username or password"_s);
    return okAnswer(QJsonObject{{u"token"_s, QString::fromLatin1(issueToken())}});
}

// X-API-Key first, then the bearer token as a user JWT, then (where keys are
// accepted) the bearer token as an API key.
std::optional<Answer> FakeLangBotServer::Impl::authorize(const RecordedRequest &request,
                                                         bool apiKeyAllowed) const
{
    const QByteArray apiKey = request.headers.value("x-api-key");
    if (apiKeyAllowed && !apiKey.isEmpty()) {
        if (apiKeys.contains(QString::fromUtf8(apiKey)))
            return std::nullopt;
        return failAnswer(401, -1, u"Invalid API key"_s);
    }

    const QByteArray authorization = request.headers.value("authorization");
    QByteArray bearer;
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        bearer = authorization.mid(7).trimmed();
    if (bearer.isEmpty())
        return failAnswer(401, -1, u"No valid user token provided"_s);
    if (verifyToken(bearer))
        return std::nullopt;
    if (apiKeyAllowed) {
        if (apiKeys.contains(QString::fromUtf8(bearer)))
            return std::nullopt;
        if (bearer.startsWith("lbk_"))
            return failAnswer(401, -1, u"Invalid API key"_s);
    }
    return failAnswer(401, -1, u"Invalid user token"_s);
}

QByteArray FakeLangBotServer::Impl::issueToken() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray header = base64Url(QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})"));
    const QByteArray payload = base64Url(toCompactJson(QJsonObject{
        {u"user"_s, user},
        {u"iss"_s, u"LangBot-community"_s},
        {u"iat"_s, now},
        {u"exp"_s, now + tokenLifetime},
    }));
    const QByteArray signingInput = header + '.' + payload;
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, secret,
                                                                  QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}

bool FakeLangBotServer::Impl::verifyToken(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return false;
    const auto signature = fromBase64Url(parts.at(2));
    if (!signature)
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1),
                                                                 secret, QCryptographicHash::Sha256);
    if (!constantTimeEquals(*signature, expected))
        return false;
    const auto payload = fromBase64Url(parts.at(1));
    if (!payload)
        return false;
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    const qint64 expires = claims.value(u"exp"_s).toInteger();
    return expires > QDateTime::currentSecsSinceEpoch() && claims.value(u"user"_s).toString() == user;
}

// Strictly increasing, so that an update always moves updated_at forward.
QString FakeLangBotServer::Impl::nextTimestamp()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000
        + QRandomGenerator::global()->bounded(1000);
    lastStampMicros = std::max(now, lastStampMicros + 1);
    return isoTimestamp(lastStampMicros);
}

QJsonObject FakeLangBotServer::Impl::findRequester(const QString &name) const
{
    for (const QJsonValue &value : requesters) {
        const QJsonObject requester = value.toObject();
        if (requester.value(u"name"_s).toString() == name)
            return requester;
    }
    return {};
}

// ============================================================================
// FakeLangBotServer
// ============================================================================

FakeLangBotServer::FakeLangBotServer(QObject *parent)
    : QObject(parent), d(new Impl(this))
{
    d->makeServer();

    d->apiKeys.insert(demoApiKey());
    d->user = demoUser();
    d->password = demoPassword();
    d->secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(d->secret.data()),
                                          d->secret.size() / int(sizeof(quint32)));

    QFile file(u":/demo/requesters.json"_s);
    if (file.open(QIODevice::ReadOnly)) {
        d->requesters = QJsonDocument::fromJson(file.readAll()).object()
                            .value(u"data"_s).toObject().value(u"requesters"_s).toArray();
    }
    if (d->requesters.isEmpty())
        qCWarning(lcDemo) << "The bundled requesters list is missing";
}

FakeLangBotServer::~FakeLangBotServer()
{
    // Silence the sockets before they go: their last signals must not reach d.
    const QList<Connection *> open = d->connections;
    for (Connection *c : open) {
        if (c->socket)
            QObject::disconnect(c->socket, nullptr, c, nullptr);
        delete c;
    }
    delete d->server;
    delete d;
}

// A plain QTcpServer, or a QSslServer when a certificate is set. A QSslServer
// hands out a connection only once its handshake succeeded.
void FakeLangBotServer::Impl::makeServer()
{
    delete server;
    if (tlsCertificate.isNull()) {
        server = new QTcpServer(q);
    } else {
        auto *ssl = new QSslServer(q);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(tlsCertificate);
        configuration.setPrivateKey(tlsKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(configuration);
        QObject::connect(ssl, &QSslServer::errorOccurred, q,
                         [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                             if (!socket->isEncrypted() && !socket->property("lb_failed").toBool()) {
                                 socket->setProperty("lb_failed", true);
                                 ++tlsFailures;
                             }
                         });
        server = ssl;
    }
    // A QSslServer queues a connection once encrypted and then announces it
    // with pendingConnectionAvailable (newConnection came before, too early).
    const auto acceptPending = [this] {
        while (QTcpSocket *socket = server->nextPendingConnection())
            accept(socket);
    };
    QObject::connect(server, &QTcpServer::newConnection, q, acceptPending);
    QObject::connect(server, &QTcpServer::pendingConnectionAvailable, q, acceptPending);
}

void FakeLangBotServer::setTlsCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    close();
    d->tlsCertificate = certificate;
    d->tlsKey = key;
    d->makeServer();
}

bool FakeLangBotServer::isTls() const
{
    return !d->tlsCertificate.isNull();
}

int FakeLangBotServer::tlsHandshakeFailures() const
{
    return d->tlsFailures;
}

FakeLangBotServer::TestCertificate FakeLangBotServer::makeTestCertificate(TestCertificateKind kind)
{
    TestCertificate result;
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        result.error = u"the openssl command-line tool is not installed (Debian: apt install openssl)"_s;
        return result;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = u"no temporary directory: %1"_s.arg(dir.errorString());
        return result;
    }
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            result.error = u"openssl %1 failed: %2"_s.arg(arguments.value(0),
                                                          QString::fromLocal8Bit(process.readAll()));
            return false;
        }
        return true;
    };
    const QStringList newKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                             u"-nodes"_s, u"-keyout"_s, u"key.pem"_s};
    const bool wrongHost = kind == TestCertificateKind::WrongHost;
    const QString subject = wrongHost ? u"/CN=wrong-host.invalid"_s : u"/CN=127.0.0.1"_s;
    const QString altNames = wrongHost ? u"subjectAltName=DNS:wrong-host.invalid"_s
                                       : u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s;

    if (kind == TestCertificateKind::Expired) {
        // "req -x509" cannot back-date; a one-off self-signing CA can.
        QFile config(dir.filePath(u"ca.cnf"_s));
        QFile index(dir.filePath(u"index.txt"_s));
        QFile serial(dir.filePath(u"serial"_s));
        if (!config.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)
            || !index.open(QIODevice::WriteOnly)) {
            result.error = u"cannot write the openssl configuration"_s;
            return result;
        }
        index.close();
        serial.write("01\n");
        serial.close();
        config.write("[ca]\ndefault_ca = test_ca\n"
                     "[test_ca]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                     "default_md = sha256\npolicy = any\ncopy_extensions = copy\n"
                     "unique_subject = no\n"
                     "[any]\ncommonName = supplied\n"
                     "[req]\ndistinguished_name = dn\nprompt = no\n"
                     "[dn]\nCN = 127.0.0.1\n");
        config.close();
        if (!run(QStringList{u"req"_s, u"-new"_s} + newKey
                 + QStringList{u"-out"_s, u"request.csr"_s, u"-config"_s, u"ca.cnf"_s,
                               u"-addext"_s, altNames})
            || !run({u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-selfsign"_s,
                     u"-keyfile"_s, u"key.pem"_s, u"-in"_s, u"request.csr"_s, u"-out"_s,
                     u"cert.pem"_s, u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s,
                     u"20201231000000Z"_s, u"-notext"_s})) {
            return result;
        }
    } else if (!run(QStringList{u"req"_s, u"-x509"_s} + newKey
                    + QStringList{u"-out"_s, u"cert.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s,
                                  subject, u"-addext"_s, altNames})) {
        return result;
    }

    QFile certFile(dir.filePath(u"cert.pem"_s));
    QFile keyFile(dir.filePath(u"key.pem"_s));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        result.error = u"openssl wrote no certificate"_s;
        return result;
    }
    result.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    result.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (result.isNull())
        result.error = u"the certificate or key made by openssl could not be read"_s;
    return result;
}

bool FakeLangBotServer::listen(const QHostAddress &address, quint16 port)
{
    if (d->server->isListening())
        d->server->close();
    return d->server->listen(address, port);
}

void FakeLangBotServer::close()
{
    d->server->close();
    const QList<Connection *> open = d->connections;
    for (Connection *c : open) {
        if (c->socket)
            c->socket->abort();
        d->onDisconnected(c);
    }
}

quint16 FakeLangBotServer::port() const
{
    return d->server->serverPort();
}

QUrl FakeLangBotServer::url() const
{
    QUrl url;
    url.setScheme(isTls() ? u"https"_s : u"http"_s);
    const QHostAddress address = d->server->serverAddress();
    if (address == QHostAddress::LocalHostIPv6)
        url.setHost(u"::1"_s);
    else if (address.isLoopback() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
             || address == QHostAddress::AnyIPv6 || address.isNull())
        url.setHost(u"127.0.0.1"_s);
    else
        url.setHost(address.toString());
    url.setPort(port());
    return url;
}

QString FakeLangBotServer::errorString() const
{
    return d->server->errorString();
}

void FakeLangBotServer::loadDemoData()
{
    QFile file(u":/demo/models.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDemo) << "The bundled demo models are missing";
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonArray list = document.isArray() ? document.array()
                                               : document.object().value(u"models"_s).toArray();
    QList<QJsonObject> demoModels;
    for (const QJsonValue &value : list)
        demoModels.append(value.toObject());
    setModels(demoModels);

    const QJsonObject behaviours = document.object().value(u"test_behaviour"_s).toObject();
    for (auto it = behaviours.begin(); it != behaviours.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        const QString kind = spec.value(u"behaviour"_s).toString();
        const TestBehaviour behaviour = kind == u"provider_error"_s ? TestBehaviour::ProviderError
            : kind == u"slow"_s                                     ? TestBehaviour::Slow
                                                                    : TestBehaviour::Ok;
        setTestBehaviour(it.key(), behaviour, spec.value(u"delay_ms"_s).toInt(),
                         spec.value(u"message"_s).toString());
    }
}

void FakeLangBotServer::setModels(const QList<QJsonObject> &models)
{
    d->order.clear();
    d->models.clear();
    for (const QJsonObject &model : models) {
        const QString uuid = model.value(u"uuid"_s).toString();
        if (uuid.isEmpty()) {
            qCWarning(lcDemo) << "Skipping a model without uuid";
            continue;
        }
        if (!d->models.contains(uuid))
            d->order.append(uuid);
        d->models.insert(uuid, model);
    }
    d->modelsChanged();
}

QList<QJsonObject> FakeLangBotServer::models() const
{
    QList<QJsonObject> list;
    list.reserve(d->order.size());
    for (const QString &uuid : std::as_const(d->order))
        list.append(d->models.value(uuid));
    return list;
}

QJsonObject FakeLangBotServer::model(const QString &uuid) const
{
    return d->models.value(uuid);
}

void FakeLangBotServer::generateModels(int count)
{
    struct Family {
        const char *requester;
        QStringList names;
    };
    const QList<Family> families{
        {"openai-chat-completions", {u"gpt-4o"_s, u"gpt-4o-mini"_s, u"gpt-4.1"_s, u"o3-mini"_s}},
        {"anthropic-messages", {u"claude-sonnet-4-20250514"_s, u"claude-3-5-haiku-latest"_s}},
        {"deepseek-chat-completions", {u"deepseek-chat"_s, u"deepseek-reasoner"_s}},
        {"bailian-chat-completions", {u"qwen-plus"_s, u"qwen-max"_s, u"qwen-turbo"_s}},
        {"moonshot-chat-completions", {u"kimi-k2-0905-preview"_s, u"moonshot-v1-32k"_s}},
        {"gemini-chat-completions", {u"gemini-2.5-flash"_s, u"gemini-2.5-pro"_s}},
        {"ollama-chat", {u"llama3.1:8b"_s, u"qwen2.5:14b"_s, u"mistral:7b"_s}},
        {"siliconflow-chat-completions", {u"deepseek-ai/DeepSeek-V3"_s, u"Qwen/Qwen2.5-72B-Instruct"_s}},
        {"openrouter-chat-completions", {u"meta-llama/llama-3.3-70b-instruct"_s, u"x-ai/grok-3-mini"_s}},
        {"zhipuai-chat-completions", {u"glm-4-plus"_s, u"glm-4-flash"_s}},
        {"volcark-chat-completions", {u"doubao-1.5-pro-32k"_s}},
        {"xai-chat-completions", {u"grok-3"_s}},
    };
    // Default base URLs come from the requesters' own schemas.
    QList<QString> baseUrls;
    for (const Family &family : families) {
        QString url;
        const QJsonArray config = d->findRequester(QString::fromLatin1(family.requester))
                                      .value(u"spec"_s).toObject().value(u"config"_s).toArray();
        for (const QJsonValue &field : config) {
            if (field.toObject().value(u"name"_s).toString() == u"base_url"_s)
                url = field.toObject().value(u"default"_s).toString();
        }
        baseUrls.append(url.isEmpty() ? u"https://llm.example.com/v1"_s : url);
    }
    const QList<QJsonObject> extraArgs{
        {},
        {{u"temperature"_s, 0.7}},
        {{u"max_tokens"_s, 4096}},
        {{u"temperature"_s, 0.2}, {u"top_p"_s, 0.9}},
        {{u"stream"_s, false}},
    };
    const QJsonArray abilitySets[] = {
        {}, {u"func_call"_s}, {u"vision"_s}, {u"vision"_s, u"func_call"_s}};

    QRandomGenerator generator(20250601);   // the same list on every run
    const qint64 start = QDateTime(QDate(2024, 9, 1), QTime(8, 0), Qt::UTC)
                             .toMSecsSinceEpoch() * 1000;
    d->order.clear();
    d->models.clear();
    d->order.reserve(count);
    d->models.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int f = int(generator.bounded(int(families.size())));
        const Family &family = families.at(f);
        const QString &baseName = family.names.at(int(generator.bounded(int(family.names.size()))));
        const QString uuid = uuidFrom(generator);

        QJsonObject requesterConfig{
            {u"base_url"_s, generator.bounded(5) == 0
                                ? u"https://llm-gw-%1.example.com/v1"_s.arg(generator.bounded(40))
                                : baseUrls.at(f)},
            {u"timeout"_s, generator.bounded(4) == 0 ? 300 : 120},
        };
        QJsonArray keys;
        const int keyCount = generator.bounded(4);
        for (int k = 0; k < keyCount; ++k)
            keys.append(u"sk-fake-%1"_s.arg(uint(generator.generate()), 8, 16, QChar(u'0')));

        const qint64 created = start + qint64(generator.bounded(300 * 24 * 3600)) * 1000000
            + generator.bounded(1000000);
        const qint64 updated = created + qint64(generator.bounded(30 * 24 * 3600)) * 1000000;

        d->models.insert(uuid, QJsonObject{
            {u"uuid"_s, uuid},
            {u"name"_s, u"%1 #%2"_s.arg(baseName).arg(i + 1)},
            {u"description"_s, generator.bounded(3) == 0 ? QString()
                                                         : u"Synthetic model %1 for load tests"_s.arg(i + 1)},
            {u"requester"_s, QString::fromLatin1(family.requester)},
            {u"requester_config"_s, requesterConfig},
            {u"api_keys"_s, keys},
            {u"abilities"_s, abilitySets[generator.bounded(4)]},
            {u"extra_args"_s, extraArgs.at(int(generator.bounded(int(extraArgs.size()))))},
            {u"created_at"_s, isoTimestamp(created)},
            {u"updated_at"_s, isoTimestamp(updated)},
        });
        d->order.append(uuid);
    }
    d->modelsChanged();
}

void FakeLangBotServer::addApiKey(const QString &key)
{
    d->apiKeys.insert(key);
}

void FakeLangBotServer::setUser(const QString &email, const QString &password)
{
    d->user = email;
    d->password = password;
}

QString FakeLangBotServer::demoApiKey()
{
    return u"lbk_demo_console_key"_s;
}

QString FakeLangBotServer::demoUser()
{
    return u"admin@example.com"_s;
}

QString FakeLangBotServer::demoPassword()
{
    return u"langbot-demo"_s;
}

void FakeLangBotServer::setTokenLifetimeSeconds(qint64 seconds)
{
    d->tokenLifetime = seconds;
}

void FakeLangBotServer::revokeTokens()
{
    // A new signing secret: every token signed with the old one fails.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(d->secret.data()),
                                          d->secret.size() / int(sizeof(quint32)));
}

void FakeLangBotServer::setLatency(const QString &route, int ms)
{
    if (ms <= 0)
        d->latencies.remove(route);
    else
        d->latencies.insert(route, ms);
}

void FakeLangBotServer::setTestBehaviour(const QString &uuid, TestBehaviour behaviour, int delayMs,
                                         const QString &providerMessage)
{
    d->tests.insert(uuid, Impl::TestSpec{behaviour, delayMs, providerMessage});
}

void FakeLangBotServer::setDefaultTestDelay(int ms)
{
    d->defaultTestDelay = std::max(0, ms);
}

void FakeLangBotServer::setFault(const QString &route, const FaultSpec &spec)
{
    if (spec.fault == Fault::None || spec.times == 0)
        d->faults.remove(route);
    else
        d->faults.insert(route, spec);
}

void FakeLangBotServer::setFault(const QString &route, Fault fault, int times)
{
    FaultSpec spec;
    spec.fault = fault;
    spec.times = times;
    setFault(route, spec);
}

void FakeLangBotServer::clearFaults()
{
    d->faults.clear();
}

QList<FakeLangBotServer::RecordedRequest> FakeLangBotServer::requests() const
{
    return d->recorded;
}

int FakeLangBotServer::requestCount() const
{
    return int(d->recorded.size());
}

int FakeLangBotServer::requestCount(const QString &route) const
{
    if (route == u"*"_s)
        return requestCount();
    return d->routeCounts.value(route);
}

int FakeLangBotServer::writeRequestCount() const
{
    return d->writeCount;
}

int FakeLangBotServer::inFlight() const
{
    return d->inFlight;
}

int FakeLangBotServer::maxInFlight() const
{
    return d->maxInFlight;
}

int FakeLangBotServer::connectionCount() const
{
    return d->connectionsAccepted;
}

void FakeLangBotServer::resetCounters()
{
    d->recorded.clear();
    d->routeCounts.clear();
    d->writeCount = 0;
    d->maxInFlight = d->inFlight;
    d->connectionsAccepted = 0;
}

} // namespace lb::demo
