// Envelope decoding: every answer shape of API.md, as a pure function.
#include "api/ApiCall.h"
#include "api/Envelope.h"

#include <QJsonObject>
#include <QTest>

using lb::ApiError;

class TestEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void successDataShapes_data();
    void successDataShapes();
    void messageNamesWhatAndWhere();
    void redirectRule_data();
    void redirectRule();
    void deeplyNestedJsonIsAnError();
};

void TestEnvelope::decode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<QString>("serverMessage");

    const QByteArray json = "application/json";
    const QByteArray html = "text/html; charset=utf-8";
    const int none = int(ApiError::Kind::None);
    const int server = int(ApiError::Kind::Server);
    const int http = int(ApiError::Kind::Http);
    const int bad = int(ApiError::Kind::BadResponse);

    QTest::newRow("ok") << 200 << json << QByteArray(R"({"code":0,"msg":"ok","data":{"models":[]}})") << none
                        << QString() << QString();
    QTest::newRow("ok, string zero") << 200 << json << QByteArray(R"({"code":"0","msg":"ok","data":{}})") << none
                                     << QString() << QString();
    QTest::newRow("wrong password: HTTP 200 code 1")
        << 200 << json << QByteArray(R"({"code":1,"msg":"Invalid username or password"})") << server
        << QStringLiteral("1") << QStringLiteral("Invalid username or password");
    QTest::newRow("401 legacy") << 401 << json << QByteArray(R"({"code":-1,"msg":"No valid user token provided"})")
                                << server << QStringLiteral("-1") << QStringLiteral("No valid user token provided");
    QTest::newRow("403 string code") << 403 << json
                                     << QByteArray(R"({"code":"permission_denied","msg":"Permission denied"})")
                                     << server << QStringLiteral("permission_denied")
                                     << QStringLiteral("Permission denied");
    QTest::newRow("404 model not found") << 404 << json << QByteArray(R"({"code":-1,"msg":"model not found"})")
                                         << server << QStringLiteral("-1") << QStringLiteral("model not found");
    QTest::newRow("500 legacy") << 500 << json << QByteArray(R"({"code":-2,"msg":"boom"})") << server
                                << QStringLiteral("-2") << QStringLiteral("boom");
    QTest::newRow("500 new") << 500 << json << QByteArray(R"({"code":"internal_error","msg":"Internal server error"})")
                             << server << QStringLiteral("internal_error") << QStringLiteral("Internal server error");
    QTest::newRow("500 without envelope")
        << 500 << QByteArray("text/plain") << QByteArray("Internal Server Error") << http << QString() << QString();
    QTest::newRow("500 empty body") << 500 << QByteArray() << QByteArray() << http << QString() << QString();
    QTest::newRow("401 empty body") << 401 << QByteArray() << QByteArray() << http << QString() << QString();
    QTest::newRow("200 HTML page") << 200 << html << QByteArray("<!DOCTYPE html><html><body>LangBot</body></html>")
                                   << bad << QString() << QString();
    QTest::newRow("200 HTML without content type")
        << 200 << QByteArray() << QByteArray("\n  <html><head></head></html>") << bad << QString() << QString();
    QTest::newRow("404 HTML page") << 404 << html << QByteArray("<html>Not found</html>") << http << QString()
                                   << QString();
    QTest::newRow("502 HTML page") << 502 << html << QByteArray("<html>Bad gateway</html>") << http << QString()
                                   << QString();
    QTest::newRow("malformed JSON") << 200 << json << QByteArray(R"({"code":0,"data":)") << bad << QString()
                                    << QString();
    QTest::newRow("JSON without code") << 200 << json << QByteArray(R"({"models":[]})") << bad << QString()
                                       << QString();
    QTest::newRow("JSON array") << 200 << json << QByteArray("[1,2,3]") << bad << QString() << QString();
    QTest::newRow("empty 200") << 200 << json << QByteArray() << bad << QString() << QString();
    QTest::newRow("blank 200") << 200 << json << QByteArray(" \t\r\n\v\f ") << bad << QString() << QString();
    QTest::newRow("blank 500") << 500 << json << QByteArray("\r\n") << http << QString() << QString();
    QTest::newRow("ok, blanks around") << 200 << json << QByteArray("\r\n {\"code\":0,\"msg\":\"ok\",\"data\":{}} \n")
                                       << none << QString() << QString();
    QTest::newRow("code is an object") << 200 << json << QByteArray(R"({"code":{},"msg":"x"})") << server
                                       << QStringLiteral("(object)") << QStringLiteral("x");
    QTest::newRow("code null") << 200 << json << QByteArray(R"({"code":null,"msg":"x"})") << server
                               << QStringLiteral("null") << QStringLiteral("x");
    QTest::newRow("msg not a string") << 500 << json << QByteArray(R"({"code":-2,"msg":42})") << server
                                      << QStringLiteral("-2") << QString();
    QTest::newRow("code 0 with HTTP 500") << 500 << json << QByteArray(R"({"code":0,"msg":"odd"})") << server
                                          << QStringLiteral("0") << QStringLiteral("odd");
}

void TestEnvelope::decode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, serverCode);
    QFETCH(QString, serverMessage);

    const auto result
        = lb::decodeEnvelope(status, contentType, body, "GET", QStringLiteral("/api/v1/provider/models/llm"));
    QCOMPARE(int(result.error.kind()), kind);
    if (kind == int(ApiError::Kind::None))
        return;
    QCOMPARE(result.error.httpStatus(), status);
    QCOMPARE(result.error.serverCode(), serverCode);
    QCOMPARE(result.error.serverMessage(), serverMessage);
    QCOMPARE(result.error.method(), QByteArray("GET"));
    QCOMPARE(result.error.path(), QStringLiteral("/api/v1/provider/models/llm"));
    const QString message = result.error.message();
    QVERIFY2(message.contains(QLatin1String("GET /api/v1/provider/models/llm")), qPrintable(message));
    if (!serverMessage.isEmpty())
        QVERIFY2(message.contains(serverMessage), qPrintable(message));
}

void TestEnvelope::successDataShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("dataType");
    QTest::newRow("data {}") << QByteArray(R"({"code":0,"msg":"ok","data":{}})") << int(QJsonValue::Object);
    QTest::newRow("data null") << QByteArray(R"({"code":0,"msg":"ok","data":null})") << int(QJsonValue::Null);
    QTest::newRow("data missing") << QByteArray(R"({"code":0,"msg":"ok"})") << int(QJsonValue::Undefined);
}

void TestEnvelope::successDataShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, dataType);
    const auto result
        = lb::decodeEnvelope(200, "application/json", body, "PUT", QStringLiteral("/api/v1/provider/models/llm/x"));
    QVERIFY(!result.error);
    QCOMPARE(int(result.data.type()), dataType);
}

void TestEnvelope::messageNamesWhatAndWhere()
{
    auto result = lb::decodeEnvelope(200, "text/html", "<html></html>", "GET",
                                     QStringLiteral("/langbot/api/v1/provider/models/llm"));
    result.error.setServer(QStringLiteral("example.org:443"));
    const QString message = result.error.message();
    QVERIFY2(message.contains(QLatin1String("GET /langbot/api/v1/provider/models/llm")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("example.org:443")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not a LangBot API")), qPrintable(message));

    const auto json = lb::decodeEnvelope(200, "application/json", "{\"code\":0,", "GET", QStringLiteral("/p"));
    QVERIFY2(json.error.message().contains(QLatin1String("not valid JSON")), qPrintable(json.error.message()));
    QVERIFY2(json.error.message().contains(QLatin1String("at byte")), qPrintable(json.error.message()));
}

void TestEnvelope::redirectRule_data()
{
    QTest::addColumn<QUrl>("from");
    QTest::addColumn<QUrl>("to");
    QTest::addColumn<bool>("allowed");
    auto u = [](const char *s) { return QUrl(QString::fromLatin1(s)); };
    QTest::newRow("same origin") << u("http://a:5300/x") << u("http://a:5300/y") << true;
    QTest::newRow("same https, default port") << u("https://a/x") << u("https://a:443/y") << true;
    QTest::newRow("host case") << u("http://Example.org/x") << u("http://example.org/y") << true;
    QTest::newRow("other host") << u("http://a:5300/x") << u("http://b:5300/x") << false;
    QTest::newRow("other port") << u("http://a:5300/x") << u("http://a:5301/x") << false;
    QTest::newRow("https to http") << u("https://a/x") << u("http://a/x") << false;
    QTest::newRow("http to https") << u("http://a/x") << u("https://a/x") << false;
}

void TestEnvelope::redirectRule()
{
    QFETCH(QUrl, from);
    QFETCH(QUrl, to);
    QFETCH(bool, allowed);
    const QString why = lb::ApiCall::redirectRefusal(from, to);
    QCOMPARE(why.isEmpty(), allowed);
}

void TestEnvelope::deeplyNestedJsonIsAnError()
{
    const QByteArray deep
        = QByteArray(R"({"code":0,"data":)") + QByteArray(100000, '[') + QByteArray(100000, ']') + '}';
    const auto result = lb::decodeEnvelope(200, "application/json", deep, "GET", QStringLiteral("/p"));
    QCOMPARE(result.error.kind(), ApiError::Kind::BadResponse);
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
