// Nothing lost during an import: for each fault hitting one write of an
// import (server error, dropped connection, timeout, refused credentials,
// vanished model, rate limit, the server going away), the report says exactly
// what was applied: every row it calls created or updated is on the server
// as sent, every row it calls failed or not applied is not, the failing row
// carries the message the user sees, and the writes after it go on.
#include "FakeLangBotServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"
#include "transfer/ImportRunner.h"
#include "transfer/ModelsDocument.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lb;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

namespace {

using lb::testsupport::kModelsPath;
const QString kExistingUuid = QStringLiteral("7d0c2b3a-1e4f-4a5b-9c6d-000000000003");

QJsonObject record(const QString &name, const QString &description, const QString &uuid = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("requester"), QStringLiteral("openai-chat-completions")},
                  {QStringLiteral("requester_config"),
                   QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://api.example.com/v1")}}},
                  {QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-import-%1").arg(name)}},
                  {QStringLiteral("abilities"), QJsonArray{}},
                  {QStringLiteral("extra_args"), QJsonObject{}}};
    if (!uuid.isEmpty())
        o.insert(QStringLiteral("uuid"), uuid);
    return o;
}

// Where the fault strikes: the row's write.
enum class Fault {
    Error500,
    Error500New,
    Html502,
    Dropped,
    Truncated,
    Timeout,
    Unauthorized,
    Forbidden,
    TooManyRequests,
    Vanished,
    ServerGone,
};

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestImportFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reportSaysWhatWasApplied_data();
    void reportSaysWhatWasApplied();

private:
    std::unique_ptr<FakeLangBotServer> m_server;
};

void TestImportFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ImportReportEntry>();
}

void TestImportFaults::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY(m_server->listen());
    // One model on the server; the document updates it.
    m_server->setModels({record(QStringLiteral("c-existing"), QStringLiteral("as on the server"), kExistingUuid)});
}

void TestImportFaults::cleanup()
{
    m_server.reset();
}

void TestImportFaults::reportSaysWhatWasApplied_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("faultyRow");   // 0 first, 1 second (create), 2 third (update)
    QTest::addColumn<QString>("message"); // the failing row's message ({port}, {uuid})
    QTest::addColumn<bool>("restGoesOn"); // the rows after it are applied

    const QString create = QStringLiteral("POST /api/v1/provider/models/llm on 127.0.0.1:{port} failed: ");
    const QString update = QStringLiteral("PUT /api/v1/provider/models/llm/{uuid} on 127.0.0.1:{port} failed: ");
    QTest::newRow("500 {code:-2} on a create")
        << Fault::Error500 << 1
        << create + QStringLiteral("the server reported an error (HTTP 500) [code -2]: duplicate name") << true;
    QTest::newRow("500 internal_error on an update") << Fault::Error500New << 2
                                                     << update
            + QStringLiteral("the server reported an error (HTTP 500) [code internal_error]: Internal server error")
                                                     << true;
    QTest::newRow("502 HTML on a create") << Fault::Html502 << 1
                                          << create
            + QStringLiteral("the server answered HTTP 502: an HTML error page came back (a proxy or web "
                             "server in front of LangBot?)")
                                          << true;
    QTest::newRow("connection dropped on a create") << Fault::Dropped << 1
                                                    << create
            + QStringLiteral("could not reach the server: the server closed the connection without answering; "
                             "the request was not sent again (check whether the server applied it)")
                                                    << true;
    QTest::newRow("truncated answer to an update")
        << Fault::Truncated << 2
        << update + QStringLiteral("could not reach the server: the connection closed before the answer was complete")
        << true;
    QTest::newRow("timeout on a create") << Fault::Timeout << 1
                                         << create
            + QStringLiteral("the server did not answer in time: no data for 1 s")
                                         << true;
    QTest::newRow("401 on a create") << Fault::Unauthorized << 1
                                     << create
            + QStringLiteral("the server refused the credentials (HTTP 401) [code -1]: No valid API key")
                                     << true;
    QTest::newRow("403 on an update") << Fault::Forbidden << 2
                                      << update
            + QStringLiteral("permission denied (HTTP 403) [code permission_denied]: Permission denied")
                                      << true;
    QTest::newRow("429 on a create (not sent again)")
        << Fault::TooManyRequests << 1
        << create + QStringLiteral("the server reported an error (HTTP 429) [code -1]: Too many requests") << true;
    QTest::newRow("404: the updated model vanished")
        << Fault::Vanished << 2
        << update + QStringLiteral("not found on the server (HTTP 404) [code -1]: model not found") << true;
    QTest::newRow("the server goes away") << Fault::ServerGone << 1
                                          << create
            + QStringLiteral("could not reach the server: connection refused (is LangBot running at "
                             "127.0.0.1:{port}?)")
                                          << false;
}

void TestImportFaults::reportSaysWhatWasApplied()
{
    QFETCH(Fault, fault);
    QFETCH(int, faultyRow);
    QFETCH(QString, message);
    QFETCH(bool, restGoesOn);

    // The document (rows in name order): two new models, an update of the
    // existing one, one more new.
    const QList<QJsonObject> documentRecords = {
        record(QStringLiteral("a-first"), QStringLiteral("new one")),
        record(QStringLiteral("b-second"), QStringLiteral("new two")),
        record(QStringLiteral("c-existing"), QStringLiteral("changed by the import"), kExistingUuid),
        record(QStringLiteral("d-fourth"), QStringLiteral("new four")),
    };
    QList<LlmModel> incoming;
    for (const QJsonObject &o : documentRecords)
        incoming << LlmModel(o);
    const ModelsDocument doc = ModelsDocument::fromServer(incoming, {}, ExportOptions{true});
    const ModelsDocument::ReadResult read = ModelsDocument::read(doc.toJson());
    QVERIFY(read.ok());
    QList<LlmModel> current;
    for (const QJsonObject &o : m_server->models())
        current << LlmModel(o);
    ImportOptions options;
    options.sameServer = true;
    // fromServer sorts by name: find each row by name.
    const ImportPlan plan = ImportPlan::build(read.document.models, current, options);
    QCOMPARE(plan.size(), 4);
    auto rowOf = [&plan](const QString &name) {
        for (qsizetype i = 0; i < plan.size(); ++i) {
            if (plan.row(i).name() == name)
                return i;
        }
        return qsizetype(-1);
    };
    QCOMPARE(plan.row(rowOf(QStringLiteral("c-existing"))).action, ImportAction::Update);
    QCOMPARE(plan.count(ImportAction::Create), 3);

    // The write of the faulty row: the second create, or the update.
    const QString faultyName = faultyRow == 2 ? QStringLiteral("c-existing") : QStringLiteral("b-second");
    ConnectionSettings s;
    s.baseUrl = m_server->url();
    s.authMode = ConnectionSettings::AuthMode::ApiKey;
    s.secret = FakeLangBotServer::demoApiKey();
    s.timeout = 1s;
    ApiClient client(s);
    ImportRunner runner(&client);

    const QString route = faultyRow == 2 ? QStringLiteral("PUT ") + kModelsPath + QLatin1Char('/') + kExistingUuid
                                         : QStringLiteral("POST ") + kModelsPath;
    // Strike when the faulty row's write starts (earlier rows went through).
    const qsizetype faultyIndex = rowOf(faultyName);
    connect(&runner, &ImportRunner::rowStarted, this, [&](qsizetype row) {
        if (row != faultyIndex)
            return;
        // The request is on its way but not yet read: the fault is set first
        // (the server reads it in a later event-loop turn).
        FakeLangBotServer::FaultSpec spec;
        spec.times = 1;
        switch (fault) {
        case Fault::Error500:
            spec.fault = FakeLangBotServer::Fault::Error500Legacy;
            spec.message = QStringLiteral("duplicate name");
            break;
        case Fault::Error500New:
            spec.fault = FakeLangBotServer::Fault::Error500New;
            break;
        case Fault::Html502:
            spec.fault = FakeLangBotServer::Fault::Html502;
            break;
        case Fault::Dropped:
            spec.fault = FakeLangBotServer::Fault::DropConnection;
            spec.times = -1; // however often it is sent
            break;
        case Fault::Truncated:
            spec.fault = FakeLangBotServer::Fault::TruncatedBody;
            spec.times = -1;
            break;
        case Fault::Timeout:
            spec.fault = FakeLangBotServer::Fault::Stall;
            break;
        case Fault::Unauthorized:
            spec.fault = FakeLangBotServer::Fault::Status;
            spec.status = 401;
            spec.body = R"({"code":-1,"msg":"No valid API key"})";
            break;
        case Fault::Forbidden:
            spec.fault = FakeLangBotServer::Fault::Status;
            spec.status = 403;
            spec.body = R"({"code":"permission_denied","msg":"Permission denied"})";
            break;
        case Fault::TooManyRequests:
            spec.fault = FakeLangBotServer::Fault::Status;
            spec.status = 429;
            spec.body = R"({"code":-1,"msg":"Too many requests"})";
            spec.times = -1;
            break;
        case Fault::Vanished: { // deleted by someone else meanwhile
            QList<QJsonObject> rest = m_server->models();
            rest.removeIf(
                [](const QJsonObject &o) { return o.value(QLatin1String("uuid")).toString() == kExistingUuid; });
            m_server->setModels(rest);
            return;
        }
        case Fault::ServerGone:
            m_server->close();
            return;
        }
        m_server->setFault(route, spec);
    });
    // Faults that need a route cleared after the faulty row (so later rows go through).
    connect(&runner, &ImportRunner::rowFinished, this, [&](qsizetype row) {
        if (row == faultyIndex && fault != Fault::ServerGone)
            m_server->clearFaults();
    });

    QSignalSpy finished(&runner, &ImportRunner::finished);
    const int writesBefore = m_server->writeRequestCount();
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(20000));
    const ImportReport &report = runner.report();
    QCOMPARE(report.entries.size(), plan.size());

    // The failing row: its message, exactly.
    const ImportReportEntry failed = report.entries.at(faultyIndex);
    QCOMPARE(failed.outcome, ImportOutcome::Failed);
    QString expected = message;
    expected.replace(QLatin1String("{port}"), QString::number(s.baseUrl.port()));
    expected.replace(QLatin1String("{uuid}"), kExistingUuid);
    if (fault == Fault::ServerGone && failed.message != expected) {
        // The write may also have gone out on the kept-alive connection just
        // before the server closed it: then it is not sent again either.
        QCOMPARE(failed.message,
                 expected.left(expected.indexOf(QLatin1String("connection refused")))
                     + QStringLiteral("the server closed the connection without answering; the request was "
                                      "not sent again (check whether the server applied it)"));
    } else {
        QCOMPARE(failed.message, expected);
    }

    // Exactly what was applied: the report and the server agree, row by row.
    if (fault == Fault::ServerGone)
        QVERIFY(m_server->listen(QHostAddress::LocalHost, quint16(s.baseUrl.port()))); // to look
    const QList<QJsonObject> onServer = m_server->models();
    auto serverRecord = [&onServer](const QString &name) {
        for (const QJsonObject &o : onServer) {
            if (o.value(QLatin1String("name")).toString() == name)
                return o;
        }
        return QJsonObject();
    };
    int applied = 0;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const ImportReportEntry &entry = report.entries.at(i);
        const QJsonObject there = serverRecord(plan.row(i).name());
        const QString sentDescription = plan.row(i).body.value(QLatin1String("description")).toString();
        switch (entry.outcome) {
        case ImportOutcome::Created:
            ++applied;
            QVERIFY2(!there.isEmpty(), qPrintable(entry.name));
            QCOMPARE(there.value(QLatin1String("uuid")).toString(), entry.uuid);
            QCOMPARE(there.value(QLatin1String("description")).toString(), sentDescription);
            break;
        case ImportOutcome::Updated:
            ++applied;
            QCOMPARE(there.value(QLatin1String("description")).toString(), sentDescription);
            break;
        case ImportOutcome::Failed:
        case ImportOutcome::Skipped:
            // Not applied: a create is not there, an update left the record as it was.
            if (plan.row(i).action == ImportAction::Create)
                QVERIFY2(there.isEmpty(), qPrintable(entry.name + QLatin1String(" is on the server")));
            else if (!there.isEmpty())
                QCOMPARE(there.value(QLatin1String("description")).toString(), QStringLiteral("as on the server"));
            if (entry.outcome == ImportOutcome::Skipped)
                QVERIFY2(entry.message.startsWith(QLatin1String("not applied")), qPrintable(entry.message));
            break;
        }
        // Every row after the faulty one: applied, or said not to be.
        if (i > faultyIndex && restGoesOn)
            QVERIFY2(entry.outcome == ImportOutcome::Created || entry.outcome == ImportOutcome::Updated,
                     qPrintable(entry.name + QLatin1String(": ") + entry.message));
        if (i < faultyIndex)
            QVERIFY2(entry.outcome == ImportOutcome::Created || entry.outcome == ImportOutcome::Updated,
                     qPrintable(entry.name + QLatin1String(": ") + entry.message));
    }
    QCOMPARE(applied, report.count(ImportOutcome::Created) + report.count(ImportOutcome::Updated));
    // A write is sent once: never again on its own after a failure.
    if (fault != Fault::ServerGone && fault != Fault::Vanished)
        QCOMPARE(m_server->writeRequestCount() - writesBefore, 4);
    // The saved report says the same.
    QVERIFY(report.toJson().contains(failed.message.toUtf8()));
}

QTEST_GUILESS_MAIN(TestImportFaults)
#include "tst_importfaults.moc"
