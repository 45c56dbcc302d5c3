// Tests of the fake LangBot server's HTTP/1.1: keep-alive, pipelining,
// partial reads, Connection: close; misbehaving exactly as told (faults);
// latency, counters, big lists, and listening.

#include "FakeServerTest.h"

class TestFakeServerHttp : public FakeServerTest
{
    Q_OBJECT
private slots:
    void keepAliveWithNetworkAccessManager();
    void pipelinedRequestsAnsweredInOrder();
    void partialReads();
    void connectionCloseHonoured();
    void faultAnswers_data();
    void faultAnswers();
    void faultTimesCountDown();
    void faultWildcardAndExactRoute();
    void faultTruncatedBody();
    void faultDropConnection();
    void faultStall();
    void faultStallMidBody();
    void faultGarbage();
    void faultRedirect_data();
    void faultRedirect();
    void latency();
    void counters();
    void maxInFlightWithConcurrentTests();
    void generateHundredThousandModels();
    void listenFailsOnABusyPort();
    void closeDropsConnections();
};

// ---------------------------------------------------------------------------
// HTTP/1.1 behaviour
// ---------------------------------------------------------------------------

void TestFakeServerHttp::keepAliveWithNetworkAccessManager()
{
    m_server->resetCounters();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(send("GET", i % 2 ? kModels : u"/api/v1/system/info"_s, {}, apiKeyHeader()).status, 200);
    QCOMPARE(send("PUT", kModels + u'/' + kQwen, R"({"description":"x"})", apiKeyHeader()).status, 200);
    QCOMPARE(m_server->requestCount(), 6);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestFakeServerHttp::pipelinedRequestsAnsweredInOrder()
{
    m_server->setTestBehaviour(kGpt4o, TestBehaviour::Slow, 400);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QElapsedTimer timer;
    timer.start();
    socket.write(rawRequest("POST", (kModels + u'/' + kGpt4o + u"/test"_s).toLatin1(), "{}")
                 + rawRequest("GET", "/api/v1/system/info") + rawRequest("GET", (kModels + u"/nope"_s).toLatin1()));
    QByteArray buffer;
    QList<RawResponse> responses;
    QVERIFY(readRaw(socket, buffer, responses, 3));
    QVERIFY(timer.elapsed() >= 400); // the quick ones waited for the slow first one
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(QJsonDocument::fromJson(responses.at(0).body)["data"_L1].toObject(), QJsonObject());
    QCOMPARE(responses.at(1).status, 200);
    QCOMPARE(QJsonDocument::fromJson(responses.at(1).body)["data"_L1]["version"_L1].toString(), u"v4.6.5"_s);
    QCOMPARE(responses.at(2).status, 404);
    for (const RawResponse &r : std::as_const(responses))
        QCOMPARE(r.headers.value("connection"), QByteArray("keep-alive"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestFakeServerHttp::partialReads()
{
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy received(m_server.get(), &FakeLangBotServer::requestReceived);
    const QByteArray request = rawRequest("POST", kModels.toLatin1(), json(createBody()));
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    const QList<qsizetype> cuts{5, headEnd / 2, headEnd + 2, headEnd + 4, headEnd + 30, request.size()};
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        QCOMPARE(received.count(), 0); // nothing complete yet
        socket.write(request.mid(from, cut - from));
        socket.flush();
        from = cut;
        QTest::qWait(30);
    }
    QTRY_COMPARE(received.count(), 1);
    QByteArray buffer;
    QList<RawResponse> responses;
    QVERIFY(readRaw(socket, buffer, responses, 1));
    QCOMPARE(responses.first().status, 200);
    const QString uuid = QJsonDocument::fromJson(responses.first().body)["data"_L1]["uuid"_L1].toString();
    QCOMPARE(m_server->model(uuid).value(u"name"_s).toString(), u"glm-4-plus"_s);
    QCOMPARE(m_server->requests().last().body, json(createBody()));
}

void TestFakeServerHttp::connectionCloseHonoured()
{
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("GET", "/api/v1/system/info", {}, "Connection: close\r\n")
                 + rawRequest("GET", "/api/v1/system/info")); // must be ignored
    QByteArray buffer;
    QList<RawResponse> responses;
    QVERIFY(readRaw(socket, buffer, responses, 1));
    QCOMPARE(responses.first().status, 200);
    QCOMPARE(responses.first().headers.value("connection"), QByteArray("close"));
    QVERIFY(disconnected.count() > 0 || disconnected.wait(5000));
    QVERIFY(!readRaw(socket, buffer, responses, 2, 200));
    QCOMPARE(m_server->requestCount(), 1);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

// ---------------------------------------------------------------------------
// faults
// ---------------------------------------------------------------------------

void TestFakeServerHttp::faultAnswers_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QJsonValue>("code"); // Undefined: the body is no JSON object

    QTest::newRow("Error500Legacy") << int(Fault::Error500Legacy) << 500 << QByteArray("application/json")
                                    << QJsonValue(-2);
    QTest::newRow("Error500New") << int(Fault::Error500New) << 500 << QByteArray("application/json")
                                 << QJsonValue(u"internal_error"_s);
    QTest::newRow("HtmlPage") << int(Fault::HtmlPage) << 200 << QByteArray("text/html")
                              << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("Html502") << int(Fault::Html502) << 502 << QByteArray("text/html")
                             << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("MalformedJson") << int(Fault::MalformedJson) << 200 << QByteArray("application/json")
                                   << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("Status") << int(Fault::Status) << 403 << QByteArray("application/json")
                            << QJsonValue(u"permission_denied"_s);
}

void TestFakeServerHttp::faultAnswers()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QJsonValue, code);

    FakeLangBotServer::FaultSpec spec;
    spec.fault = Fault(fault);
    spec.message = u"database is locked"_s;
    spec.status = 403;
    spec.body = R"({"code":"permission_denied","msg":"Permission denied"})";
    m_server->setFault(kListRoute, spec);

    const HttpResult result = send("GET", kModels, {}, apiKeyHeader());
    QCOMPARE(result.status, status);
    QVERIFY2(result.header("content-type").startsWith(contentType), result.header("content-type").constData());
    QCOMPARE(result.header("content-length").toLongLong(), result.body.size());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    if (code.isUndefined()) {
        QVERIFY(!document.isObject());
    } else {
        QCOMPARE(document.object().value(u"code"_s), code);
    }
    if (Fault(fault) == Fault::Error500Legacy)
        QCOMPARE(document.object().value(u"msg"_s).toString(), u"database is locked"_s);
    if (Fault(fault) == Fault::Status)
        QCOMPARE(result.body, spec.body);

    // Other routes are untouched, and the route keeps failing until cleared.
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).status, 200);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, status);
    m_server->clearFaults();
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 200);
}

void TestFakeServerHttp::faultTimesCountDown()
{
    m_server->setFault(kListRoute, Fault::Error500New, 2);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 500);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 500);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 200);
    QCOMPARE(m_server->requestCount(kListRoute), 3);
}

void TestFakeServerHttp::faultWildcardAndExactRoute()
{
    m_server->setFault(u"*"_s, Fault::Html502);
    m_server->setFault(kListRoute, Fault::Error500New);
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).status, 502);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 500); // the exact route wins
    m_server->setFault(u"*"_s, Fault::None);
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).status, 200);
}

void TestFakeServerHttp::faultTruncatedBody()
{
    m_server->setFault(u"GET /api/v1/system/info"_s, Fault::TruncatedBody);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("GET", "/api/v1/system/info"));
    QVERIFY(disconnected.wait(5000));
    const QByteArray received = socket.readAll();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QByteArray copy = received;
    QVERIFY(!takeResponse(copy)); // incomplete
    const QRegularExpressionMatch length
        = QRegularExpression(u"Content-Length: (\\d+)"_s).match(QString::fromLatin1(received.left(headEnd)));
    QVERIFY(length.hasMatch());
    const qint64 declared = length.captured(1).toLongLong();
    QVERIFY(declared > 100);
    QCOMPARE(received.size() - headEnd - 4, declared / 2);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestFakeServerHttp::faultDropConnection()
{
    m_server->setFault(kListRoute, Fault::DropConnection, 1);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("GET", kModels.toLatin1()));
    QVERIFY(disconnected.wait(5000));
    QVERIFY(socket.readAll().isEmpty());
    QCOMPARE(m_server->requestCount(kListRoute), 1);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 200); // only once
}

void TestFakeServerHttp::faultStall()
{
    m_server->setFault(kListRoute, Fault::Stall, 1);
    QNetworkReply *stalled = start("GET", kModels, {}, apiKeyHeader());
    QSignalSpy finished(stalled, &QNetworkReply::finished);
    QVERIFY(!finished.wait(500));
    QCOMPARE(m_server->requestCount(kListRoute), 1);
    QCOMPARE(m_server->inFlight(), 1); // received, never answered

    // Other connections are served meanwhile.
    const HttpResult other = send("GET", kModels, {}, apiKeyHeader());
    QCOMPARE(other.status, 200);
    QCOMPARE(m_server->inFlight(), 1);

    stalled->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(stalled->error(), QNetworkReply::OperationCanceledError);
    stalled->deleteLater();
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestFakeServerHttp::faultStallMidBody()
{
    m_server->setFault(kListRoute, Fault::StallMidBody);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write(rawRequest("GET", kModels.toLatin1()));
    QByteArray buffer;
    QList<RawResponse> responses;
    QVERIFY(!readRaw(socket, buffer, responses, 1, 600)); // never complete
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(buffer.startsWith("HTTP/1.1 200"));
    const QRegularExpressionMatch length
        = QRegularExpression(u"Content-Length: (\\d+)"_s).match(QString::fromLatin1(buffer.left(headEnd)));
    QVERIFY(length.hasMatch());
    QCOMPARE(buffer.size() - headEnd - 4, length.captured(1).toLongLong() / 2);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept open, silently
    QCOMPARE(m_server->inFlight(), 1);

    socket.abort();
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestFakeServerHttp::faultGarbage()
{
    constexpr qint64 size = 100 * 1024 * 1024;
    FakeLangBotServer::FaultSpec spec;
    spec.fault = Fault::Garbage;
    spec.size = size;
    m_server->setFault(kListRoute, spec);

    QNetworkReply *reply = start("GET", kModels, {}, apiKeyHeader());
    qint64 total = 0;
    connect(reply, &QIODevice::readyRead, this, [reply, &total] { total += reply->readAll().size(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(120000));
    total += reply->readAll().size();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), size);
    QCOMPARE(total, size);
    reply->deleteLater();
    QTRY_COMPARE(m_server->inFlight(), 0);

    // The connection is still good for the next request.
    m_server->clearFaults();
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).status, 200);
}

void TestFakeServerHttp::faultRedirect_data()
{
    QTest::addColumn<QUrl>("redirectTo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host only: path kept")
        << QUrl(u"https://langbot.example.org"_s) << u"https://langbot.example.org/api/v1/provider/models/llm?page=2"_s;
    QTest::newRow("full URL") << QUrl(u"https://example.org/langbot/api/v1/provider/models/llm"_s)
                              << u"https://example.org/langbot/api/v1/provider/models/llm"_s;
}

void TestFakeServerHttp::faultRedirect()
{
    QFETCH(QUrl, redirectTo);
    QFETCH(QString, expected);
    FakeLangBotServer::FaultSpec spec;
    spec.fault = Fault::Redirect;
    spec.redirectTo = redirectTo;
    m_server->setFault(kListRoute, spec);
    const HttpResult result = send("GET", kModels + u"?page=2"_s, {}, apiKeyHeader());
    QCOMPARE(result.status, 302);
    QCOMPARE(QString::fromLatin1(result.header("location")), expected);
    QCOMPARE(m_server->requests().last().query, u"page=2"_s);
}

void TestFakeServerHttp::latency()
{
    m_server->setLatency(u"GET /api/v1/system/info"_s, 300);
    const HttpResult slow = send("GET", u"/api/v1/system/info"_s);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 300, QByteArray::number(slow.elapsedMs).constData());

    m_server->setLatency(u"*"_s, 250);
    const HttpResult all = send("GET", u"/api/v1/user/init"_s);
    QCOMPARE(all.status, 200);
    QVERIFY2(all.elapsedMs >= 250, QByteArray::number(all.elapsedMs).constData());

    // A fault comes after the latency.
    m_server->setFault(u"GET /api/v1/user/init"_s, Fault::Error500New, 1);
    const HttpResult failed = send("GET", u"/api/v1/user/init"_s);
    QCOMPARE(failed.status, 500);
    QVERIFY(failed.elapsedMs >= 250);
}

// ---------------------------------------------------------------------------
// observation
// ---------------------------------------------------------------------------

void TestFakeServerHttp::counters()
{
    QSignalSpy received(m_server.get(), &FakeLangBotServer::requestReceived);
    const QString uuid = send("POST", kModels, json(createBody()), apiKeyHeader()).data().value(u"uuid"_s).toString();
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(send("PUT", kModels + u'/' + uuid, R"({"description":"d"})", apiKeyHeader()).status, 200);
    QCOMPARE(send("POST", kModels + u'/' + uuid + u"/test"_s, "{}", apiKeyHeader()).status, 200);
    QCOMPARE(send("POST", kModels + u"/_/test"_s, json(createBody()), apiKeyHeader()).status, 200);
    QCOMPARE(send("DELETE", kModels + u'/' + uuid, {}, apiKeyHeader()).status, 200);
    QCOMPARE(send("GET", kModels + u"?page=1"_s, {}, apiKeyHeader()).status, 200);

    QCOMPARE(m_server->writeRequestCount(), 3); // create, update, delete; tests excluded
    QCOMPARE(m_server->requestCount(), 6);
    QCOMPARE(m_server->requestCount(u"POST /api/v1/provider/models/llm"_s), 1);
    QCOMPARE(m_server->requestCount(u"PUT /api/v1/provider/models/llm/"_s + uuid), 1);
    QCOMPARE(m_server->requestCount(kListRoute), 1);
    QCOMPARE(m_server->requestCount(u"GET /api/v1/system/info"_s), 0);
    QCOMPARE(received.count(), 6);
    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("POST"));
    QCOMPARE(received.at(0).at(1).toString(), kModels);

    const QList<FakeLangBotServer::RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 6);
    const FakeLangBotServer::RecordedRequest &put = requests.at(1);
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.path, kModels + u'/' + uuid);
    QCOMPARE(put.body, QByteArray(R"({"description":"d"})"));
    QCOMPARE(put.headers.value("x-api-key"), FakeLangBotServer::demoApiKey().toUtf8());
    QVERIFY(put.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(requests.last().path, kModels);
    QCOMPARE(requests.last().query, u"page=1"_s);
    QCOMPARE(m_server->maxInFlight(), 1);

    m_server->resetCounters();
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QCOMPARE(m_server->requestCount(kListRoute), 0);
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->maxInFlight(), 0);
    QCOMPARE(m_server->inFlight(), 0);
}

void TestFakeServerHttp::maxInFlightWithConcurrentTests()
{
    const QStringList uuids{kGpt4o, kClaude, kDeepSeek, kQwen};
    for (const QString &uuid : uuids)
        m_server->setTestBehaviour(uuid, TestBehaviour::Slow, 500);
    m_server->resetCounters();

    QList<QNetworkReply *> replies;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (const QString &uuid : uuids) {
        replies.append(start("POST", kModels + u'/' + uuid + u"/test"_s, "{}", apiKeyHeader()));
        spies.append(std::make_shared<QSignalSpy>(replies.last(), &QNetworkReply::finished));
    }
    QTRY_COMPARE(m_server->inFlight(), 4);
    for (const auto &spy : std::as_const(spies))
        QVERIFY(spy->count() > 0 || spy->wait(5000));
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(m_server->maxInFlight(), 4);
    QCOMPARE(m_server->inFlight(), 0);
    QCOMPARE(m_server->connectionCount(), 4);
    QCOMPARE(m_server->writeRequestCount(), 0);
}

void TestFakeServerHttp::generateHundredThousandModels()
{
    QElapsedTimer timer;
    timer.start();
    m_server->generateModels(100000);
    qInfo("generateModels(100000): %lld ms", timer.elapsed());
    QCOMPARE(m_server->models().size(), 100000);

    timer.restart();
    const HttpResult result = send("GET", kModels, {}, apiKeyHeader(), 120000);
    qInfo("first list answer: %lld ms, %lld bytes", timer.elapsed(), qint64(result.body.size()));
    QCOMPARE(result.status, 200);
    const QJsonArray models = result.data().value(u"models"_s).toArray();
    QCOMPARE(models.size(), 100000);

    QSet<QString> uuids;
    QSet<QString> requesters;
    const QStringList fields{u"uuid"_s,     u"name"_s,      u"description"_s, u"requester"_s,  u"requester_config"_s,
                             u"api_keys"_s, u"abilities"_s, u"extra_args"_s,  u"created_at"_s, u"updated_at"_s};
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        uuids.insert(model.value(u"uuid"_s).toString());
        requesters.insert(model.value(u"requester"_s).toString());
        const QJsonArray keys = model.value(u"api_keys"_s).toArray();
        QVERIFY(keys.size() <= 3);
        for (const QJsonValue &key : keys)
            QVERIFY(key.toString().startsWith(u"sk-fake-"_s));
    }
    QCOMPARE(uuids.size(), 100000);
    QVERIFY(requesters.size() >= 8);
    const QJsonObject sample = models.at(12345).toObject();
    for (const QString &field : fields)
        QVERIFY2(sample.contains(field), qPrintable(field));
    QVERIFY(kIsoWithoutZone.match(sample.value(u"created_at"_s).toString()).hasMatch());
    QCOMPARE(sample, m_server->models().at(12345));

    // A change shows up in the next list answer (the cached one is dropped).
    const QString uuid = sample.value(u"uuid"_s).toString();
    QCOMPARE(send("DELETE", kModels + u'/' + uuid, {}, apiKeyHeader()).status, 200);
    const HttpResult after = send("GET", kModels, {}, apiKeyHeader(), 120000);
    QCOMPARE(after.data().value(u"models"_s).toArray().size(), 99999);
}

void TestFakeServerHttp::listenFailsOnABusyPort()
{
    FakeLangBotServer second;
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));
    QVERIFY(!second.errorString().isEmpty());
    QCOMPARE(m_server->url(), QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
}

void TestFakeServerHttp::closeDropsConnections()
{
    m_server->setFault(kListRoute, Fault::Stall);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("GET", kModels.toLatin1()));
    QTRY_COMPARE(m_server->inFlight(), 1);

    m_server->close();
    QCOMPARE(m_server->inFlight(), 0);
    QVERIFY(disconnected.count() > 0 || disconnected.wait(5000));
    const HttpResult refused = send("GET", u"/api/v1/system/info"_s);
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
}

QTEST_MAIN(TestFakeServerHttp)
#include "tst_fakeserverhttp.moc"
