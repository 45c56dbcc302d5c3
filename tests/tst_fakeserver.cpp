// Tests of the fake LangBot server: it must speak the LangBot 4.6 API the way
// a real server does (data, authentication, the model calls, requesters).
// HTTP framing and faults: tst_fakeserverhttp.

#include "FakeServerTest.h"

class TestFakeServer : public FakeServerTest
{
    Q_OBJECT
private slots:
    void demoData();
    void systemInfo();
    void userInit();
    void authentication_data();
    void authentication();
    void login();
    void checkToken();
    void revokedAndExpiredTokens();
    void listModels();
    void getModel();
    void createModel();
    void createRejects_data();
    void createRejects();
    void updateModel();
    void updateRejectsServerFields_data();
    void updateRejectsServerFields();
    void deleteModel();
    void testOk();
    void testProviderError();
    void testSlow();
    void testClientGivesUp();
    void testUnknownModel();
    void testUnsavedConfiguration();
    void requestersNeedJwt();
    void requesterIconWithoutAuth();
    void unknownPaths();
};

// ---------------------------------------------------------------------------
// data and plain calls
// ---------------------------------------------------------------------------

void TestFakeServer::demoData()
{
    const QList<QJsonObject> models = m_server->models();
    QVERIFY(models.size() >= 6 && models.size() <= 8);
    QCOMPARE(models.first().value(u"uuid"_s).toString(), kGpt4o);
    QCOMPARE(m_server->model(kOllama).value(u"requester"_s).toString(), u"ollama-chat"_s);
    QVERIFY(m_server->model(u"no-such-uuid"_s).isEmpty());

    const QRegularExpression realLookingKey(uR"(sk-[A-Za-z0-9]{32,}|lbk_[A-Za-z0-9]{20,})"_s);
    for (const QJsonObject &model : models) {
        const QString name = model.value(u"name"_s).toString();
        QVERIFY2(!name.isEmpty(), "every demo model has a name");
        QVERIFY(QUuid::fromString(model.value(u"uuid"_s).toString()).version() == QUuid::Random);
        QVERIFY(model.value(u"requester_config"_s).toObject().contains(u"base_url"_s));
        QVERIFY(model.value(u"extra_args"_s).isObject());
        QVERIFY(kIsoWithoutZone.match(model.value(u"created_at"_s).toString()).hasMatch());
        QVERIFY(kIsoWithoutZone.match(model.value(u"updated_at"_s).toString()).hasMatch());
        for (const QJsonValue &key : model.value(u"api_keys"_s).toArray()) {
            QVERIFY2(key.isString(), qPrintable(name)); // the plain 4.6 shape
            QVERIFY2(!realLookingKey.match(key.toString()).hasMatch(), qPrintable(name));
        }
        for (const QJsonValue &ability : model.value(u"abilities"_s).toArray())
            QVERIFY(ability == u"vision"_s || ability == u"func_call"_s);
    }
}

void TestFakeServer::systemInfo()
{
    const HttpResult result = send("GET", u"/api/v1/system/info"_s);
    QVERIFY(result.finished);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    QCOMPARE(result.header("content-length").toLongLong(), result.body.size());
    QCOMPARE(result.header("connection").toLower(), QByteArray("keep-alive"));
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QCOMPARE(result.json().value(u"msg"_s).toString(), u"ok"_s);
    QCOMPARE(result.data().value(u"version"_s).toString(), u"v4.6.5"_s);
    QCOMPARE(result.data().value(u"debug"_s), QJsonValue(false));
    // 4.0–4.6: none of the fields later versions added (API.md 1), so a
    // client can tell the generation from system/info alone.
    for (const QString &later : {u"allow_modify_login_info"_s, u"disable_models_service"_s, u"edition"_s,
                                 u"limitation"_s, u"invitation_delivery"_s})
        QVERIFY2(!result.data().contains(later), qPrintable(later));
}

void TestFakeServer::userInit()
{
    const HttpResult result = send("GET", u"/api/v1/user/init"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QCOMPARE(result.data().value(u"initialized"_s), QJsonValue(true));
}

void TestFakeServer::authentication_data()
{
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<bool>("useLogin");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QByteArray key = FakeLangBotServer::demoApiKey().toUtf8();
    QTest::newRow("none") << QByteArray() << QByteArray() << false << 401 << u"No valid user token provided"_s;
    QTest::newRow("basic auth") << QByteArray("Authorization") << QByteArray("Basic YWRtaW46YWRtaW4=") << false << 401
                                << u"No valid user token provided"_s;
    QTest::newRow("wrong X-API-Key") << QByteArray("X-API-Key") << QByteArray("lbk_wrong") << false << 401
                                     << u"Invalid API key"_s;
    QTest::newRow("garbage bearer") << QByteArray("Authorization") << QByteArray("Bearer not.a.jwt") << false << 401
                                    << u"Invalid user token"_s;
    QTest::newRow("X-API-Key") << QByteArray("X-API-Key") << key << false << 200 << u"ok"_s;
    QTest::newRow("API key as bearer") << QByteArray("Authorization") << QByteArray("Bearer " + key) << false << 200
                                       << u"ok"_s;
    QTest::newRow("added API key") << QByteArray("X-API-Key") << QByteArray("lbk_second") << false << 200 << u"ok"_s;
    QTest::newRow("user JWT") << QByteArray("Authorization") << QByteArray() << true << 200 << u"ok"_s;
}

void TestFakeServer::authentication()
{
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(bool, useLogin);
    QFETCH(int, status);
    QFETCH(QString, message);

    m_server->addApiKey(u"lbk_second"_s);
    if (useLogin) {
        const QByteArray token = loginToken();
        QVERIFY(!token.isEmpty());
        headerValue = "Bearer " + token;
    }
    Headers headers;
    if (!headerName.isEmpty())
        headers.append({headerName, headerValue});
    const HttpResult result = send("GET", kModels, {}, headers);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), status == 200 ? 0 : -1);
    QCOMPARE(result.json().value(u"msg"_s).toString(), message);
    if (status == 200)
        QCOMPARE(result.data().value(u"models"_s).toArray().size(), m_server->models().size());
}

void TestFakeServer::login()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QByteArray token = loginToken();
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(decodeJwtPart(parts.at(0)).value(u"alg"_s).toString(), u"HS256"_s);
    const QJsonObject payload = decodeJwtPart(parts.at(1));
    QCOMPARE(payload.value(u"user"_s).toString(), FakeLangBotServer::demoUser());
    const qint64 iat = payload.value(u"iat"_s).toInteger();
    QVERIFY(iat >= before && iat <= before + 5);
    QCOMPARE(payload.value(u"exp"_s).toInteger() - iat, qint64(7 * 24 * 3600));
    QCOMPARE(QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding).size(), 32); // SHA-256

    QCOMPARE(send("GET", kModels, {}, bearer(token)).status, 200);

    const HttpResult wrong = send("POST", u"/api/v1/user/auth"_s,
                                  json({{u"user"_s, FakeLangBotServer::demoUser()}, {u"password"_s, u"nope"_s}}));
    QCOMPARE(wrong.status, 200); // a failure inside HTTP 200, like the real server
    QCOMPARE(wrong.json().value(u"code"_s).toInt(), 1);
    QCOMPARE(wrong.json().value(u"msg"_s).toString(), u"Invalid username or password"_s);
    QVERIFY(!wrong.data().contains(u"token"_s));

    m_server->setUser(u"ops@example.org"_s, u"s3cret"_s);
    const HttpResult old
        = send("POST", u"/api/v1/user/auth"_s,
               json({{u"user"_s, FakeLangBotServer::demoUser()}, {u"password"_s, FakeLangBotServer::demoPassword()}}));
    QCOMPARE(old.json().value(u"code"_s).toInt(), 1);
    const HttpResult changed
        = send("POST", u"/api/v1/user/auth"_s, json({{u"user"_s, u"ops@example.org"_s}, {u"password"_s, u"s3cret"_s}}));
    QCOMPARE(changed.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY(!changed.data().value(u"token"_s).toString().isEmpty());
}

void TestFakeServer::checkToken()
{
    const QByteArray token = loginToken();
    const HttpResult result = send("GET", u"/api/v1/user/check-token"_s, {}, bearer(token));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    const QByteArray fresh = result.data().value(u"token"_s).toString().toLatin1();
    QCOMPARE(fresh.split('.').size(), 3);
    QCOMPARE(send("GET", kModels, {}, bearer(fresh)).status, 200);

    const HttpResult missing = send("GET", u"/api/v1/user/check-token"_s);
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.json().value(u"msg"_s).toString(), u"No valid user token provided"_s);

    // An API key is no user token.
    const HttpResult apiKey
        = send("GET", u"/api/v1/user/check-token"_s, {}, bearer(FakeLangBotServer::demoApiKey().toUtf8()));
    QCOMPARE(apiKey.status, 401);
    QCOMPARE(apiKey.json().value(u"code"_s).toInt(), -1);

    // A token whose payload was edited fails its signature.
    QList<QByteArray> parts = token.split('.');
    QJsonObject payload = decodeJwtPart(parts.at(1));
    payload.insert(u"exp"_s, payload.value(u"exp"_s).toInteger() + 3600);
    parts[1] = json(payload).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const HttpResult tampered = send("GET", u"/api/v1/user/check-token"_s, {}, bearer(parts.join('.')));
    QCOMPARE(tampered.status, 401);
    QCOMPARE(tampered.json().value(u"msg"_s).toString(), u"Invalid user token"_s);
}

void TestFakeServer::revokedAndExpiredTokens()
{
    const QByteArray token = loginToken();
    QCOMPARE(send("GET", kModels, {}, bearer(token)).status, 200);
    m_server->revokeTokens();
    const HttpResult revoked = send("GET", kModels, {}, bearer(token));
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.json().value(u"code"_s).toInt(), -1);
    QCOMPARE(revoked.json().value(u"msg"_s).toString(), u"Invalid user token"_s);
    QCOMPARE(send("GET", kModels, {}, bearer(loginToken())).status, 200); // a new login works

    m_server->setTokenLifetimeSeconds(-60);
    const QByteArray expired = loginToken();
    QVERIFY(!expired.isEmpty());
    QCOMPARE(send("GET", kModels, {}, bearer(expired)).status, 401);
    QCOMPARE(send("GET", u"/api/v1/user/check-token"_s, {}, bearer(expired)).status, 401);
}

void TestFakeServer::listModels()
{
    const HttpResult result = send("GET", kModels, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    const QJsonArray models = result.data().value(u"models"_s).toArray();
    QCOMPARE(models.size(), m_server->models().size());
    for (qsizetype i = 0; i < models.size(); ++i)
        QCOMPARE(models.at(i).toObject(), m_server->models().at(i));
}

void TestFakeServer::getModel()
{
    const HttpResult result = send("GET", kModels + u'/' + kGpt4o, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    const QJsonObject model = result.data().value(u"model"_s).toObject();
    QCOMPARE(model.value(u"uuid"_s).toString(), kGpt4o);
    QCOMPARE(model.value(u"name"_s).toString(), u"gpt-4o"_s);
    QCOMPARE(model.value(u"requester"_s).toString(), u"openai-chat-completions"_s);

    const HttpResult missing = send("GET", kModels + u"/00000000-0000-4000-8000-000000000000"_s, {}, apiKeyHeader());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"code"_s).toInt(), -1);
    QCOMPARE(missing.json().value(u"msg"_s).toString(), u"model not found"_s);
}

void TestFakeServer::createModel()
{
    const int before = int(m_server->models().size());
    QJsonObject body = createBody();
    body.insert(u"prefered_ranking"_s, 3); // a field this console does not know
    const HttpResult result = send("POST", kModels, json(body), apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    const QString uuid = result.data().value(u"uuid"_s).toString();
    QVERIFY(!QUuid::fromString(uuid).isNull());

    const HttpResult fetched = send("GET", kModels + u'/' + uuid, {}, apiKeyHeader());
    const QJsonObject model = fetched.data().value(u"model"_s).toObject();
    for (auto it = body.begin(); it != body.end(); ++it)
        QCOMPARE(model.value(it.key()), it.value());
    QCOMPARE(model.value(u"uuid"_s).toString(), uuid);
    const QString created = model.value(u"created_at"_s).toString();
    QVERIFY2(kIsoWithoutZone.match(created).hasMatch(), qPrintable(created));
    QCOMPARE(model.value(u"updated_at"_s).toString(), created);
    QCOMPARE(m_server->models().size(), before + 1);
    QCOMPARE(m_server->models().last().value(u"uuid"_s).toString(), uuid);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).data().value(u"models"_s).toArray().size(), before + 1);
}

void TestFakeServer::createRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    QJsonObject noName = createBody();
    noName.remove(u"name"_s);
    QJsonObject noRequester = createBody();
    noRequester.remove(u"requester"_s);
    QJsonObject unknownRequester = createBody();
    unknownRequester.insert(u"requester"_s, u"no-such-requester"_s);
    QJsonObject withDate = createBody();
    withDate.insert(u"created_at"_s, u"2025-06-01T10:20:30.123456"_s);

    QTest::newRow("no name") << json(noName) << u"llm_models.name"_s;
    QTest::newRow("no requester") << json(noRequester) << u"llm_models.requester"_s;
    QTest::newRow("unknown requester") << json(unknownRequester) << u"no-such-requester"_s;
    QTest::newRow("created_at") << json(withDate) << u"Invalid isoformat"_s;
    QTest::newRow("not JSON") << QByteArray("name=x") << u"Expecting value"_s;
}

void TestFakeServer::createRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const qsizetype before = m_server->models().size();
    const HttpResult result = send("POST", kModels, body, apiKeyHeader());
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json().value(u"code"_s).toInt(), -2);
    QVERIFY2(result.json().value(u"msg"_s).toString().contains(messagePart), result.body.constData());
    QCOMPARE(m_server->models().size(), before);
}

void TestFakeServer::updateModel()
{
    const QJsonObject original = m_server->model(kGpt4o);
    const QJsonObject body{{u"description"_s, u"changed"_s}, {u"api_keys"_s, QJsonArray{u"sk-demo-new"_s}}};
    const HttpResult result = send("PUT", kModels + u'/' + kGpt4o, json(body), apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY(result.json().value(u"data"_s).isObject());
    QVERIFY(result.data().isEmpty());

    const QJsonObject updated = m_server->model(kGpt4o);
    QCOMPARE(updated.value(u"description"_s).toString(), u"changed"_s);
    QCOMPARE(updated.value(u"api_keys"_s).toArray(), QJsonArray{u"sk-demo-new"_s});
    for (const QString &kept :
         {u"name"_s, u"requester"_s, u"requester_config"_s, u"abilities"_s, u"extra_args"_s, u"created_at"_s})
        QCOMPARE(updated.value(kept), original.value(kept)); // a partial update
    const QString stamp = updated.value(u"updated_at"_s).toString();
    QVERIFY(kIsoWithoutZone.match(stamp).hasMatch());
    QVERIFY(stamp > original.value(u"updated_at"_s).toString());

    const HttpResult missing
        = send("PUT", kModels + u"/00000000-0000-4000-8000-000000000000"_s, json(body), apiKeyHeader());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"msg"_s).toString(), u"model not found"_s);
}

void TestFakeServer::updateRejectsServerFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("created_at") << u"created_at"_s << u"Invalid isoformat"_s;
    QTest::newRow("updated_at") << u"updated_at"_s << u"Invalid isoformat"_s;
    QTest::newRow("uuid") << u"uuid"_s << u"uuid"_s;
}

void TestFakeServer::updateRejectsServerFields()
{
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const QJsonObject original = m_server->model(kGpt4o);
    QJsonObject body{{u"description"_s, u"should not be stored"_s}};
    body.insert(field, original.value(field)); // the value as the server sent it
    const HttpResult result = send("PUT", kModels + u'/' + kGpt4o, json(body), apiKeyHeader());
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json().value(u"code"_s).toInt(), -2);
    QVERIFY2(result.json().value(u"msg"_s).toString().contains(messagePart), result.body.constData());
    QCOMPARE(m_server->model(kGpt4o), original);
}

void TestFakeServer::deleteModel()
{
    const qsizetype before = m_server->models().size();
    const HttpResult result = send("DELETE", kModels + u'/' + kDeepSeek, {}, apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY(result.json().value(u"data"_s).isNull());
    QCOMPARE(m_server->models().size(), before - 1);
    QVERIFY(m_server->model(kDeepSeek).isEmpty());
    QCOMPARE(send("GET", kModels + u'/' + kDeepSeek, {}, apiKeyHeader()).status, 404);
    QCOMPARE(send("DELETE", kModels + u'/' + kDeepSeek, {}, apiKeyHeader()).status, 404);
    QCOMPARE(send("GET", kModels, {}, apiKeyHeader()).data().value(u"models"_s).toArray().size(), before - 1);
}

// ---------------------------------------------------------------------------
// model tests
// ---------------------------------------------------------------------------

void TestFakeServer::testOk()
{
    m_server->setTestBehaviour(kGpt4o, TestBehaviour::Ok, 300);
    const HttpResult result = send("POST", kModels + u'/' + kGpt4o + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY(result.data().isEmpty());
    QVERIFY2(result.elapsedMs >= 300, QByteArray::number(result.elapsedMs).constData());

    // A model without its own behaviour takes the default delay.
    const QString uuid = send("POST", kModels, json(createBody()), apiKeyHeader()).data().value(u"uuid"_s).toString();
    m_server->setDefaultTestDelay(200);
    const HttpResult byDefault = send("POST", kModels + u'/' + uuid + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(byDefault.status, 200);
    QVERIFY2(byDefault.elapsedMs >= 200, QByteArray::number(byDefault.elapsedMs).constData());
}

void TestFakeServer::testProviderError()
{
    m_server->setTestBehaviour(kGpt4o, TestBehaviour::ProviderError);
    const HttpResult result = send("POST", kModels + u'/' + kGpt4o + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json().value(u"code"_s).toInt(), -2);
    QVERIFY(result.json().value(u"msg"_s).toString().contains(u"Incorrect API key provided"_s));

    // The demo data's local Ollama is down.
    const HttpResult ollama = send("POST", kModels + u'/' + kOllama + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(ollama.status, 500);
    QCOMPARE(ollama.json().value(u"msg"_s).toString(), u"Connection error."_s);
    QVERIFY(ollama.elapsedMs >= 300);
}

void TestFakeServer::testSlow()
{
    m_server->setTestBehaviour(kClaude, TestBehaviour::Slow, 700);
    const HttpResult result = send("POST", kModels + u'/' + kClaude + u"/test"_s, "{}", apiKeyHeader());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"code"_s).toInt(-99), 0);
    QVERIFY2(result.elapsedMs >= 700, QByteArray::number(result.elapsedMs).constData());
}

void TestFakeServer::testClientGivesUp()
{
    m_server->setTestBehaviour(kClaude, TestBehaviour::Slow); // 5 s by default
    const HttpResult result = send("POST", kModels + u'/' + kClaude + u"/test"_s, "{}", apiKeyHeader(), 300);
    QVERIFY(!result.finished);
    QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
    // The socket died during the delay: nothing is left in flight, nothing crashes.
    QTRY_COMPARE(m_server->inFlight(), 0);
    QCOMPARE(send("GET", u"/api/v1/system/info"_s).status, 200);
}

void TestFakeServer::testUnknownModel()
{
    const HttpResult result
        = send("POST", kModels + u"/00000000-0000-4000-8000-000000000000/test"_s, "{}", apiKeyHeader());
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json().value(u"code"_s).toInt(), -1);
}

void TestFakeServer::testUnsavedConfiguration()
{
    const HttpResult ok = send("POST", kModels + u"/_/test"_s, json(createBody()), apiKeyHeader());
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(u"code"_s).toInt(-99), 0);

    QJsonObject broken = createBody();
    broken.insert(u"requester_config"_s,
                  QJsonObject{{u"base_url"_s, u"https://invalid.example.com/v1"_s}, {u"timeout"_s, 120}});
    const HttpResult failed = send("POST", kModels + u"/_/test"_s, json(broken), apiKeyHeader());
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.json().value(u"code"_s).toInt(), -2);
    QVERIFY(!failed.json().value(u"msg"_s).toString().isEmpty());

    QCOMPARE(send("POST", kModels + u"/_/test"_s, "{}", apiKeyHeader()).status, 500); // no CREATE body
    QCOMPARE(m_server->models().size(), 8);                                           // nothing was saved
}

// ---------------------------------------------------------------------------
// requesters and other paths
// ---------------------------------------------------------------------------

void TestFakeServer::requestersNeedJwt()
{
    QFile file(u":/demo/requesters.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray all
        = QJsonDocument::fromJson(file.readAll()).object().value(u"data"_s).toObject().value(u"requesters"_s).toArray();
    QCOMPARE(all.size(), 24);
    qsizetype llm = 0;
    for (const QJsonValue &r : all)
        llm += r.toObject().value(u"spec"_s).toObject().value(u"support_type"_s).toArray().contains(u"llm"_s);

    const HttpResult withKey = send("GET", u"/api/v1/provider/requesters?type=llm"_s, {}, apiKeyHeader());
    QCOMPARE(withKey.status, 401);
    QCOMPARE(withKey.json().value(u"code"_s).toInt(), -1);
    QCOMPARE(
        send("GET", u"/api/v1/provider/requesters?type=llm"_s, {}, bearer(FakeLangBotServer::demoApiKey().toUtf8()))
            .status,
        401);

    const Headers jwt = bearer(loginToken());
    const HttpResult filtered = send("GET", u"/api/v1/provider/requesters?type=llm"_s, {}, jwt);
    QCOMPARE(filtered.status, 200);
    const QJsonArray requesters = filtered.data().value(u"requesters"_s).toArray();
    QCOMPARE(requesters.size(), llm);
    QVERIFY(llm < all.size());
    for (const QJsonValue &r : requesters)
        QVERIFY(r.toObject().value(u"spec"_s).toObject().value(u"support_type"_s).toArray().contains(u"llm"_s));
    QCOMPARE(send("GET", u"/api/v1/provider/requesters"_s, {}, jwt).data().value(u"requesters"_s).toArray(), all);

    const HttpResult one = send("GET", u"/api/v1/provider/requesters/openai-chat-completions"_s, {}, jwt);
    QCOMPARE(one.status, 200);
    const QJsonObject requester = one.data().value(u"requester"_s).toObject();
    QCOMPARE(requester.value(u"name"_s).toString(), u"openai-chat-completions"_s);
    QVERIFY(!requester.value(u"spec"_s).toObject().value(u"config"_s).toArray().isEmpty());
    QCOMPARE(send("GET", u"/api/v1/provider/requesters/openai-chat-completions"_s, {}, apiKeyHeader()).status, 401);
    QCOMPARE(send("GET", u"/api/v1/provider/requesters/no-such"_s, {}, jwt).status, 404);
}

void TestFakeServer::requesterIconWithoutAuth()
{
    const HttpResult icon = send("GET", u"/api/v1/provider/requesters/anthropic-messages/icon"_s);
    QCOMPARE(icon.status, 200);
    QCOMPARE(icon.header("content-type"), QByteArray("image/svg+xml"));
    QVERIFY(icon.body.startsWith("<svg"));
    QVERIFY(icon.body.contains(">A</text>"));
    QCOMPARE(send("GET", u"/api/v1/provider/requesters/no-such/icon"_s).status, 404);
}

void TestFakeServer::unknownPaths()
{
    const HttpResult unknown = send("GET", u"/api/v1/no/such/thing"_s, {}, apiKeyHeader());
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.header("content-type").startsWith("text/html"));
    QVERIFY(unknown.body.contains("<html"));
    QVERIFY(QJsonDocument::fromJson(unknown.body).isNull());

    const HttpResult tooDeep = send("GET", kModels + u'/' + kGpt4o + u"/extra"_s, {}, apiKeyHeader());
    QCOMPARE(tooDeep.status, 404);
    QVERIFY(tooDeep.header("content-type").startsWith("text/html"));

    const HttpResult webUi = send("GET", u"/"_s);
    QCOMPARE(webUi.status, 200);
    QVERIFY(webUi.header("content-type").startsWith("text/html"));

    const HttpResult patch = send("PATCH", kModels + u'/' + kGpt4o, "{}", apiKeyHeader());
    QCOMPARE(patch.status, 405);
    QCOMPARE(patch.json().value(u"code"_s).toInt(), -1);
    QCOMPARE(send("DELETE", u"/api/v1/system/info"_s).status, 405);
}

QTEST_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
