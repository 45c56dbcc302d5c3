// The fake server's HTTP/1.1: connections, parsing, answers in request order,
// streamed bodies. Requests go to Impl::handle (FakeServerApi.cpp) or, in
// test builds, to an injected fault.
#include "FakeServerInternals.h"

#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lb::demo {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
constexpr qint64 kStreamChunk = 64 * 1024;
constexpr qint64 kStreamHighWater = 512 * 1024;
const QString kModelsPath = u"/api/v1/provider/models/"_s;
const QString kProvidersPath = u"/api/v1/provider/providers"_s;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
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

// Writes to models (of any type) and providers; tests are not writes.
bool isWriteRoute(const QByteArray &method, const QString &path)
{
    if (method != "POST" && method != "PUT" && method != "DELETE")
        return false;
    if (!path.startsWith(kModelsPath) && !path.startsWith(kProvidersPath))
        return false;
    return !path.endsWith(u"/test"_s);
}

QString routeKey(const FakeLangBotServer::RecordedRequest &request)
{
    return QString::fromLatin1(request.method) + u' ' + request.path;
}

} // namespace

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
        QObject::connect(ssl, &QSslServer::errorOccurred, q, [this](QSslSocket *socket, QAbstractSocket::SocketError) {
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
        return; // a closing connection reads nothing more
    c->buffer += incoming;
    QPointer<Connection> guard(c);
    while (guard && !c->gone && !c->closing && parseOne(c)) { }
}

// Takes one complete request off the buffer. False when more bytes are needed
// (or the connection is done).
bool FakeLangBotServer::Impl::parseOne(Connection *c)
{
    QByteArray &buffer = c->buffer;
    while (buffer.startsWith("\r\n")) // stray line breaks between requests
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
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form
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
        return false; // the body is still on its way
    request.body = buffer.mid(headEnd + 4, contentLength);
    buffer.remove(0, total);

    const QByteArray connectionHeader = request.headers.value("connection").toLower();
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    const bool closeAfter = connectionHeader.contains("close") || (http10 && !connectionHeader.contains("keep-alive"));
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
    if (faults)
        x.fault = faults->take(route, request);
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
    Answer answer = x->fault ? *x->fault : handle(x->request);
    if (answer.delayMs > 0) {
        const int delay = std::exchange(answer.delayMs, 0);
        QTimer::singleShot(delay, Qt::PreciseTimer, c, [this, c, id, answer] { complete(c, id, answer); });
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
    if (x->fault)
        qCDebug(lcDemo).noquote() << x->request.method << x->request.path << "-> fault" << answer.status;
    else
        qCDebug(lcDemo).noquote() << x->request.method << x->request.path << "->" << answer.status;
    flush(c);
}

static QByteArray responseHead(const Answer &answer, qint64 contentLength, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
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
            x.parked = true; // stays in flight until the client gives up
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
        c->socket->disconnectFromHost(); // may emit disconnected() right here
}

int FakeLangBotServer::Impl::latencyFor(const QString &route) const
{
    const auto it = latencies.constFind(route);
    if (it != latencies.constEnd())
        return *it;
    return latencies.value(u"*"_s, 0);
}

} // namespace lb::demo
