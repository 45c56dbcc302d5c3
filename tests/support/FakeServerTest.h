#pragma once

// The fixture of the fake server's tests (tst_fakeserver: data, auth and
// the model calls; tst_fakeserverhttp: HTTP/1.1 framing, faults, counters):
// a server on 127.0.0.1, a QNetworkAccessManager, raw sockets, and the
// helpers that send requests and read answers.

#include "FakeLangBotServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using lb::demo::FakeLangBotServer;
using Fault = FakeLangBotServer::Fault;
using TestBehaviour = FakeLangBotServer::TestBehaviour;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace lb::fakeservertest {

inline const QString kGpt4o = u"3f6c2a1e-8b4d-4c7a-9e21-5d0b7a6c4e11"_s;
inline const QString kClaude = u"c4e8b2f0-6a1d-4f3e-b5c7-0d9a8e2f6b34"_s;
inline const QString kDeepSeek = u"5b2f9e7a-1c3d-4a6b-8e0f-2d4c6a8b0e93"_s;
inline const QString kQwen = u"e7d3a6b1-9f2c-4e5d-a0b8-7c1e3f5a9d26"_s;
inline const QString kOllama = u"0a8f4c2d-7e1b-4d9a-b3f6-9e5c1a7d3b58"_s;
inline const QString kModels = u"/api/v1/provider/models/llm"_s;
inline const QString kListRoute = u"GET /api/v1/provider/models/llm"_s;

inline const QRegularExpression kIsoWithoutZone(uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$)"_s);

inline Headers apiKeyHeader()
{
    return {{"X-API-Key", FakeLangBotServer::demoApiKey().toUtf8()}};
}

inline Headers bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject createBody()
{
    return QJsonObject{
        {u"name"_s, u"glm-4-plus"_s},
        {u"description"_s, u"Zhipu GLM for the CN group"_s},
        {u"requester"_s, u"zhipuai-chat-completions"_s},
        {u"requester_config"_s,
         QJsonObject{{u"base_url"_s, u"https://open.bigmodel.cn/api/paas/v4"_s}, {u"timeout"_s, 120}}},
        {u"api_keys"_s, QJsonArray{u"sk-demo-zhipu"_s}},
        {u"abilities"_s, QJsonArray{u"func_call"_s}},
        {u"extra_args"_s, QJsonObject{{u"temperature"_s, 0.3}}},
    };
}

inline QJsonObject decodeJwtPart(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

// One answer as QNetworkAccessManager delivered it.
struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject data() const { return json().value(u"data"_s).toObject(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

// One answer read off a raw socket.
struct RawResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// Takes one Content-Length framed response off the front of buffer.
inline std::optional<RawResponse> takeResponse(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    RawResponse response;
    response.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        response.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qint64 length = response.headers.value("content-length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    response.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return response;
}

inline QByteArray rawRequest(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                             const QByteArray &extraHeaders = {})
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    request += "X-Api-Key: " + FakeLangBotServer::demoApiKey().toUtf8() + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += extraHeaders;
    request += "\r\n";
    return request + body;
}

} // namespace lb::fakeservertest

using namespace lb::fakeservertest;

// The base of the fake server's test classes: each test starts with a
// fresh server with the demo data (init()) and ends without it (cleanup()).
class FakeServerTest : public QObject
{
    Q_OBJECT
protected:
    void setUp();
    void tearDown();

    HttpResult send(const QByteArray &method, const QString &target, const QByteArray &body = {},
                    const Headers &headers = {}, int timeoutMs = 10000);
    QNetworkReply *start(const QByteArray &method, const QString &target, const QByteArray &body = {},
                         const Headers &headers = {});
    static HttpResult collect(QNetworkReply *reply, bool finished);
    QByteArray loginToken();
    // POSTs body to path with the demo API key: the uuid of what the server
    // made (empty when it made nothing).
    QString createdUuid(const QString &path, const QJsonObject &body);
    QUrl urlFor(const QString &target) const;
    bool connectRaw(QTcpSocket &socket);
    static bool readRaw(QTcpSocket &socket, QByteArray &buffer, QList<RawResponse> &out, int count,
                        int timeoutMs = 5000);

    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
};

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

inline QUrl FakeServerTest::urlFor(const QString &target) const
{
    QUrl url = m_server->url();
    const qsizetype question = target.indexOf(u'?');
    url.setPath(target.left(question < 0 ? target.size() : question));
    if (question >= 0)
        url.setQuery(target.mid(question + 1));
    return url;
}

inline QNetworkReply *FakeServerTest::start(const QByteArray &method, const QString &target, const QByteArray &body,
                                            const Headers &headers)
{
    QNetworkRequest request(urlFor(target));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_nam->sendCustomRequest(request, method, body);
}

inline HttpResult FakeServerTest::collect(QNetworkReply *reply, bool finished)
{
    HttpResult result;
    result.finished = finished;
    if (!finished)
        reply->abort();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

inline HttpResult FakeServerTest::send(const QByteArray &method, const QString &target, const QByteArray &body,
                                       const Headers &headers, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = start(method, target, body, headers);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = finished.wait(timeoutMs);
    HttpResult result = collect(reply, done);
    result.elapsedMs = timer.elapsed();
    return result;
}

inline QByteArray FakeServerTest::loginToken()
{
    const HttpResult result
        = send("POST", u"/api/v1/user/auth"_s,
               json({{u"user"_s, FakeLangBotServer::demoUser()}, {u"password"_s, FakeLangBotServer::demoPassword()}}));
    return result.data().value(u"token"_s).toString().toLatin1();
}

inline QString FakeServerTest::createdUuid(const QString &path, const QJsonObject &body)
{
    return send("POST", path, json(body), apiKeyHeader()).data().value(u"uuid"_s).toString();
}

inline bool FakeServerTest::connectRaw(QTcpSocket &socket)
{
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    return socket.state() == QAbstractSocket::ConnectedState || connected.wait(5000);
}

inline bool FakeServerTest::readRaw(QTcpSocket &socket, QByteArray &buffer, QList<RawResponse> &out, int count,
                                    int timeoutMs)
{
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    QElapsedTimer timer;
    timer.start();
    while (true) {
        buffer += socket.readAll();
        while (out.size() < count) {
            auto response = takeResponse(buffer);
            if (!response)
                break;
            out.append(*response);
        }
        if (out.size() >= count)
            return true;
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || socket.state() != QAbstractSocket::ConnectedState || !readyRead.wait(int(left)))
            break;
    }
    buffer += socket.readAll();
    return false;
}
inline void FakeServerTest::setUp()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
    m_server->loadDemoData();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

inline void FakeServerTest::tearDown()
{
    m_nam.reset();
    m_server.reset();
}
