// Envelope decoding: every answer shape of API.md, as a pure function.
#include "api/ApiCall.h"
#include "api/Envelope.h"

#include <QJsonObject>
#include <QTest>

using namespace lb;

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

    // LangBot 4.10.7+: request ids, permissions, string codes (API.md 2 and 3)
    void requestIdOfA500();
    void hostileRequestIdIsDropped_data();
    void hostileRequestIdIsDropped();
    void permissionDeniedNamesThePermission();
    void otherForbiddenKeepsItsMessage();
    void notFound_data();
    void notFound();
    void busyAndPasswordLoginDisabled();
    void category_data();
    void category();
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

namespace {

ApiError decoded(int status, const QByteArray &body, const QString &path = QStringLiteral("/api/v1/x"))
{
    return lb::decodeEnvelope(status, "application/json", body, "GET", path).error;
}

} // namespace

void TestEnvelope::requestIdOfA500()
{
    ApiError e = decoded(500, R"({"code":"internal_error","msg":"Internal server error","request_id":"req-7f3a"})");
    QCOMPARE(e.serverRequestId(), QStringLiteral("req-7f3a"));
    e.setOwnRequestId(QStringLiteral("lbc-1"));
    QCOMPARE(e.requestId(), QStringLiteral("req-7f3a")); // the server's first
    QCOMPARE(e.ownRequestId(), QStringLiteral("lbc-1"));
    QCOMPARE(e.message(),
             QStringLiteral("GET /api/v1/x failed: the server reported an error (HTTP 500) [code "
                            "internal_error]: Internal server error (request id req-7f3a)"));
    QCOMPARE(e.category(), ApiError::Category::Server);

    // Without one from the server: ours, but the message does not claim the
    // server logged it (4.0–4.10.6 servers do not).
    ApiError old = decoded(500, R"({"code":-2,"msg":"boom"})");
    old.setOwnRequestId(QStringLiteral("lbc-2"));
    QCOMPARE(old.requestId(), QStringLiteral("lbc-2"));
    QVERIFY(old.serverRequestId().isEmpty());
    QCOMPARE(old.message(),
             QStringLiteral("GET /api/v1/x failed: the server reported an error (HTTP 500) [code -2]: boom"));
}

void TestEnvelope::hostileRequestIdIsDropped_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("control character") << QByteArray(R"({"code":-2,"msg":"m","request_id":"a\nb"})");
    QTest::newRow("space") << QByteArray(R"({"code":-2,"msg":"m","request_id":"a b"})");
    QTest::newRow("129 characters") << (R"({"code":-2,"msg":"m","request_id":")" + QByteArray(129, 'r') + R"("})");
    QTest::newRow("a number") << QByteArray(R"({"code":-2,"msg":"m","request_id":12})");
}

void TestEnvelope::hostileRequestIdIsDropped()
{
    QFETCH(QByteArray, body);
    const ApiError e = decoded(500, body);
    QVERIFY(e.isError());
    QVERIFY(e.serverRequestId().isEmpty());
    QVERIFY(!e.message().contains(QLatin1String("request id")));
    QCOMPARE(lb::sanitizedRequestId(QString(128, QLatin1Char('r'))), QString(128, QLatin1Char('r')));
}

void TestEnvelope::permissionDeniedNamesThePermission()
{
    const ApiError e
        = decoded(403, R"({"code":"permission_denied","msg":"Missing Workspace permission: resource.manage"})");
    QVERIFY(e.isPermissionDenied());
    QCOMPARE(e.permission(), QStringLiteral("resource.manage"));
    QCOMPARE(e.category(), ApiError::Category::Permission);
    QCOMPARE(e.message(), QStringLiteral("GET /api/v1/x failed: you lack the permission resource.manage (HTTP 403)"));
}

void TestEnvelope::otherForbiddenKeepsItsMessage()
{
    // A 403 that names no permission the 4.10.7+ way: shown as it came.
    const ApiError e = decoded(403, R"({"code":"permission_denied","msg":"Permission denied: models.delete"})");
    QVERIFY(e.isPermissionDenied());
    QVERIFY(e.permission().isEmpty());
    QCOMPARE(e.message(),
             QStringLiteral("GET /api/v1/x failed: permission denied (HTTP 403) [code "
                            "permission_denied]: Permission denied: models.delete"));
    QCOMPARE(e.category(), ApiError::Category::Permission);
    // Not a 403 at all: no permission.
    QVERIFY(
        !decoded(400, R"({"code":"permission_denied","msg":"Missing Workspace permission: x"})").isPermissionDenied());
}

void TestEnvelope::notFound_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("notFound");
    QTest::newRow("GET by uuid: -1") << 404 << QByteArray(R"({"code":-1,"msg":"model not found"})") << true;
    QTest::newRow("4.10.7+: resource_not_found")
        << 404 << QByteArray(R"({"code":"resource_not_found","msg":"Resource not found"})") << true;
    QTest::newRow("404 with another code") << 404 << QByteArray(R"({"code":-2,"msg":"x"})") << false;
    QTest::newRow("400 -1") << 400 << QByteArray(R"({"code":-1,"msg":"bad"})") << false;
}

void TestEnvelope::notFound()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, notFound);
    const ApiError e = decoded(status, body);
    QCOMPARE(e.isNotFound(), notFound);
    if (notFound)
        QCOMPARE(e.category(), ApiError::Category::NotFound);
}

void TestEnvelope::busyAndPasswordLoginDisabled()
{
    const ApiError busy = decoded(429, R"({"code":"task_capacity_exceeded","msg":"Too many tasks"})");
    QVERIFY(busy.isServerBusy());
    QCOMPARE(busy.category(), ApiError::Category::Server);
    QVERIFY2(busy.message().contains(QLatin1String("the server is busy (HTTP 429)")), qPrintable(busy.message()));
    QVERIFY(!decoded(429, R"({"code":-1,"msg":"Too many requests"})").isServerBusy());

    const ApiError cloud
        = lb::decodeEnvelope(403, "application/json",
                             R"({"code":"password_login_disabled","msg":"Password login is disabled"})", "POST",
                             QStringLiteral("/api/v1/user/auth"))
              .error;
    QCOMPARE(cloud.category(), ApiError::Category::Authentication);
    QVERIFY2(cloud.message().contains(QLatin1String("use an API key")), qPrintable(cloud.message()));
}

void TestEnvelope::category_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("category");

    using C = ApiError::Category;
    const QByteArray json = "application/json";
    const QByteArray html = "text/html";
    const QString any = QStringLiteral("/api/v1/provider/models/llm");
    const QString auth = QStringLiteral("/api/v1/user/auth");
    QTest::newRow("ok") << 200 << json << QByteArray(R"({"code":0,"data":{}})") << any << int(C::None);
    QTest::newRow("401 -1") << 401 << json << QByteArray(R"({"code":-1,"msg":"No valid token"})") << any
                            << int(C::Authentication);
    QTest::newRow("401 invalid_authentication")
        << 401 << json << QByteArray(R"({"code":"invalid_authentication","msg":"Invalid"})") << any
        << int(C::Authentication);
    QTest::newRow("wrong password, HTTP 200 code 1")
        << 200 << json << QByteArray(R"({"code":1,"msg":"Invalid username or password"})") << auth
        << int(C::Authentication);
    QTest::newRow("403") << 403 << json << QByteArray(R"({"code":"permission_denied","msg":"x"})") << any
                         << int(C::Permission);
    QTest::newRow("404 -1") << 404 << json << QByteArray(R"({"code":-1,"msg":"model not found"})") << any
                            << int(C::NotFound);
    QTest::newRow("400 rejected input") << 400 << json << QByteArray(R"({"code":-1,"msg":"bad level"})") << any
                                        << int(C::Conflict);
    QTest::newRow("409") << 409 << json << QByteArray(R"({"code":-1,"msg":"exists"})") << any << int(C::Conflict);
    QTest::newRow("412") << 412 << json << QByteArray(R"({"code":-1,"msg":"changed"})") << any << int(C::Conflict);
    QTest::newRow("200 with a failure code")
        << 200 << json << QByteArray(R"({"code":-1,"msg":"no"})") << any << int(C::Conflict);
    QTest::newRow("500 -2") << 500 << json << QByteArray(R"({"code":-2,"msg":"boom"})") << any << int(C::Server);
    QTest::newRow("500 internal_error") << 500 << json
                                        << QByteArray(R"({"code":"internal_error","msg":"Internal server error"})")
                                        << any << int(C::Server);
    QTest::newRow("502 proxy page") << 502 << html << QByteArray("<html>bad gateway</html>") << any << int(C::Server);
    QTest::newRow("HTML 200: not a LangBot API")
        << 200 << html << QByteArray("<html></html>") << any << int(C::Incompatible);
    QTest::newRow("HTML 404: route absent")
        << 404 << html << QByteArray("<html></html>") << any << int(C::Incompatible);
    QTest::newRow("not JSON") << 200 << json << QByteArray("{nope") << any << int(C::Incompatible);
}

void TestEnvelope::category()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(int, category);
    const ApiError e = lb::decodeEnvelope(status, contentType, body, "GET", path).error;
    QCOMPARE(int(e.category()), category);

    // The kinds without an answer.
    QCOMPARE(ApiError(ApiError::Kind::Network, "GET", path).category(), ApiError::Category::Network);
    QCOMPARE(ApiError(ApiError::Kind::Timeout, "GET", path).category(), ApiError::Category::Network);
    QCOMPARE(ApiError(ApiError::Kind::Tls, "GET", path).category(), ApiError::Category::Network);
    QCOMPARE(ApiError(ApiError::Kind::Cancelled, "GET", path).category(), ApiError::Category::Cancelled);
    QCOMPARE(ApiError::categoryId(ApiError::Category::NotFound), QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
