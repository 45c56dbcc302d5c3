// How requests leave the console on the wire: on one kept-alive connection,
// each request's head and body arrive together. A body sent apart from its
// head waits for the server's (delayed) acknowledgement of the head, about
// 40 ms a call on a kept-alive connection (see ApiClient::transmit).
#include "TestSupport.h"
#include "api/ApiClient.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace lb;
using namespace lb::testsupport;

namespace {

// A minimal HTTP/1.1 server that notes, for each request, whether its first
// read held the whole request (head and Content-Length bytes of body), and
// answers {"code":0,...} on the same connection.
class WireServer : public QObject
{
public:
    WireServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    int connections = 0;
    QList<bool> wholeAtFirstRead; // per request
    QByteArrayList methods;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        const bool startsRequest = buffer.isEmpty();
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        qsizetype length = 0;
        if (headEnd >= 0) {
            for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
        }
        const bool whole = headEnd >= 0 && buffer.size() >= headEnd + 4 + length;
        if (startsRequest)
            wholeAtFirstRead << whole;
        if (!whole)
            return;
        methods << buffer.left(buffer.indexOf(' '));
        buffer.remove(0, headEnd + 4 + length);
        const QByteArray body = R"({"code":0,"msg":"ok","data":{"uuid":"u-1","model":{"uuid":"u-1","name":"m"}}})";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestRequestWrites : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestPaths(); }
    void headAndBodyArriveTogether();
};

void TestRequestWrites::headAndBodyArriveTogether()
{
    WireServer server;
    QVERIFY(server.listen());
    lb::ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.authMode = lb::ConnectionSettings::AuthMode::ApiKey;
    settings.secret = QStringLiteral("lbk_test");
    ApiClient client(settings);

    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("m")}, {QStringLiteral("description"), QString()}};
    constexpr int rounds = 5;
    const QList<std::function<ApiCall *()>> calls{
        [&] { return client.createModel(body); },
        [&] { return client.updateModel(QStringLiteral("u-1"), body); },
        [&] { return client.testModel(QStringLiteral("u-1")); },
        [&] { return client.getModel(QStringLiteral("u-1")); },
        [&] { return client.deleteModel(QStringLiteral("u-1")); },
    };
    for (int i = 0; i < rounds; ++i) { // one after another: one kept-alive connection
        for (const auto &send : calls) {
            const auto outcome = awaitCall(send());
            QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        }
    }
    QCOMPARE(server.methods.size(), rounds * 5);
    QCOMPARE(server.methods.mid(0, 5), QByteArrayList({"POST", "PUT", "POST", "GET", "DELETE"}));
    QCOMPARE(server.connections, 2); // kept alive: one for the tests' own lane, one for the rest
    QCOMPARE(server.wholeAtFirstRead, QList<bool>(rounds * 5, true));
}

QTEST_GUILESS_MAIN(TestRequestWrites)
#include "tst_requestwrites.moc"
