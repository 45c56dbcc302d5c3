// Nothing lost during a save: for each fault a server or the network can
// throw at the model dialog's save (server errors, HTML pages, broken JSON, a
// dropped or truncated answer, a timeout, refused credentials or permission,
// a rate limit, a vanished model, 10 MB of garbage), for a new model and for
// an edit, the dialog stays open with every value the user typed, says what
// failed (the same message the fault table asserts), sends the write once,
// leaves the server as it was, and the next save works.
#include "FakeLangBotServer.h"
#include "TestSupport.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/ChangeReviewDialog.h"
#include "models/ModelDialog.h"
#include "models/editors/ModelFieldEditors.h"
#include "schema/SchemaSource.h"
#include "transfer/ImportDialog.h"
#include "transfer/ModelsDocument.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lb;
using namespace lb::gui;
using lb::demo::FakeLangBotServer;
using namespace std::chrono_literals;

namespace {

using lb::testsupport::kModelsPath;
const QString kUuid = QStringLiteral("m-1");

QJsonObject record()
{
    return QJsonObject{
        {QStringLiteral("uuid"), kUuid},
        {QStringLiteral("name"), QStringLiteral("gpt-4o")},
        {QStringLiteral("description"), QStringLiteral("as on the server")},
        {QStringLiteral("requester"), QStringLiteral("openai-chat-completions")},
        {QStringLiteral("requester_config"),
         QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://api.openai.com/v1")},
                     {QStringLiteral("timeout"), 120}}},
        {QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-live-0001")}},
        {QStringLiteral("abilities"), QJsonArray{QStringLiteral("vision")}},
        {QStringLiteral("extra_args"), QJsonObject{{QStringLiteral("temperature"), 0.7}}},
        {QStringLiteral("created_at"), QStringLiteral("2025-05-01T09:00:00")},
        {QStringLiteral("updated_at"), QStringLiteral("2025-05-02T10:00:00")},
        {QStringLiteral("future_field"), QJsonObject{{QStringLiteral("kept"), true}}},
    };
}

enum class Fault {
    Error500Legacy,
    Error500New,
    Html502,
    Html200,
    MalformedJson,
    Dropped,
    Truncated,
    Timeout,
    Unauthorized,
    Forbidden,
    TooManyRequests,
    Garbage,
    CheckFails, // Edit: reading the model again before the update fails
    Vanished,   // Edit: the model was deleted meanwhile
};

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(ModelDialog::Mode)

class TestSaveFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saveFaultKeepsEveryValue_data();
    void saveFaultKeepsEveryValue();
    // The import dialog's report under faults (ImportRunner's own table is
    // tst_importfaults): what it shows and saves is what the server has.
    void importDialogReportSaysWhatWasApplied();

private:
    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<SchemaSource> m_schemas;
    QPointer<ModelDialog> m_dialog;
};

void TestSaveFaults::initTestCase()
{
    lb::testsupport::useTestPaths();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSaveFaults::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY(m_server->listen());
    m_server->setModels({record()});
    ConnectionSettings s;
    s.baseUrl = m_server->url();
    s.timeout = 1s;
    m_client = std::make_unique<ApiClient>(s);
    ApiCall *login = m_client->login(FakeLangBotServer::demoUser(), FakeLangBotServer::demoPassword());
    QSignalSpy done(login, &ApiCall::finished);
    QVERIFY(done.wait(5000));
    QVERIFY(login->ok());
    m_client->setCredential(ConnectionSettings::AuthMode::Bearer,
                            ApiClient::stringFromData(login->data(), QStringLiteral("token")));
    m_cacheDir = std::make_unique<QTemporaryDir>();
    m_schemas
        = std::make_unique<SchemaSource>(m_client.get(), QStringLiteral("profile-a"), SchemaSource::Access::UserLogin,
                                         m_cacheDir->filePath(QStringLiteral("schemas")));
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Ask);
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
}

void TestSaveFaults::cleanup()
{
    delete m_dialog.data();
    m_schemas.reset();
    m_client.reset();
    m_server.reset();
    m_cacheDir.reset();
}

void TestSaveFaults::saveFaultKeepsEveryValue_data()
{
    QTest::addColumn<ModelDialog::Mode>("mode");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("message"); // in the banner; {port}, {write}

    const QString write = QStringLiteral("{write} on 127.0.0.1:{port} failed: ");
    struct Row
    {
        const char *name;
        Fault fault;
        QString message;
    };
    const QList<Row> rows = {
        {"500 {code:-2}", Fault::Error500Legacy,
         write + QStringLiteral("the server reported an error (HTTP 500) [code -2]: database is locked")},
        {"500 internal_error", Fault::Error500New,
         write
             + QStringLiteral("the server reported an error (HTTP 500) [code internal_error]: Internal server error")},
        {"502 HTML", Fault::Html502,
         write
             + QStringLiteral("the server answered HTTP 502: an HTML error page came back (a proxy or web server "
                              "in front of LangBot?)")},
        {"200 HTML", Fault::Html200,
         write
             + QStringLiteral("the answer was not what a LangBot server sends: an HTML page came back instead of "
                              "JSON: this is not a LangBot API at that URL (check the server URL and its path "
                              "prefix)")},
        {"malformed JSON", Fault::MalformedJson,
         write
             + QStringLiteral("the answer was not what a LangBot server sends: the answer is not valid JSON "
                              "(illegal number at byte 65)")},
        {"connection dropped", Fault::Dropped,
         write
             + QStringLiteral("could not reach the server: the server closed the connection without answering; "
                              "the request was not sent again (check whether the server applied it)")},
        {"truncated answer", Fault::Truncated,
         write + QStringLiteral("could not reach the server: the connection closed before the answer was complete")},
        {"timeout", Fault::Timeout, write + QStringLiteral("the server did not answer in time: no data for 1 s")},
        {"401", Fault::Unauthorized,
         write + QStringLiteral("the server refused the credentials (HTTP 401) [code -1]: Invalid user token")},
        {"403", Fault::Forbidden,
         write + QStringLiteral("permission denied (HTTP 403) [code permission_denied]: Permission denied")},
        {"429", Fault::TooManyRequests,
         write + QStringLiteral("the server reported an error (HTTP 429) [code -1]: Too many requests")},
        {"10 MB of garbage", Fault::Garbage,
         write
             + QStringLiteral("the answer was not what a LangBot server sends: the answer is not valid JSON "
                              "(illegal value at byte 1)")},
    };
    for (const ModelDialog::Mode mode : {ModelDialog::Mode::New, ModelDialog::Mode::Edit}) {
        const char *prefix = mode == ModelDialog::Mode::New ? "new: " : "edit: ";
        for (const Row &row : rows)
            QTest::newRow((QByteArray(prefix) + row.name).constData()) << mode << row.fault << row.message;
    }
    QTest::newRow("edit: the check before saving fails")
        << ModelDialog::Mode::Edit << Fault::CheckFails
        << QStringLiteral("The model could not be read again before saving, so nothing was sent: GET "
                          "/api/v1/provider/models/llm/m-1 on 127.0.0.1:{port} failed: the server reported an "
                          "error (HTTP 500) [code -2]: internal error");
    QTest::newRow("edit: the model vanished")
        << ModelDialog::Mode::Edit << Fault::Vanished
        << QStringLiteral("“gpt-4o” no longer exists on the server: it was deleted after you opened it. Nothing "
                          "was sent; your values are still here.");
}

namespace {

// What the fake server does for a fault of the table.
FakeLangBotServer::FaultSpec faultSpec(Fault fault)
{
    using F = FakeLangBotServer::Fault;
    FakeLangBotServer::FaultSpec spec;
    spec.fault = F::Status;
    switch (fault) {
    case Fault::Error500Legacy:
        spec.fault = F::Error500Legacy;
        spec.message = QStringLiteral("database is locked");
        break;
    case Fault::Error500New:
        spec.fault = F::Error500New;
        break;
    case Fault::Html502:
        spec.fault = F::Html502;
        break;
    case Fault::Html200:
        spec.fault = F::HtmlPage;
        break;
    case Fault::MalformedJson:
        spec.fault = F::MalformedJson;
        break;
    case Fault::Dropped:
        spec.fault = F::DropConnection;
        break;
    case Fault::Truncated:
        spec.fault = F::TruncatedBody;
        break;
    case Fault::Timeout:
        spec.fault = F::Stall;
        break;
    case Fault::Unauthorized:
        spec.status = 401;
        spec.body = R"({"code":-1,"msg":"Invalid user token"})";
        break;
    case Fault::Forbidden:
        spec.status = 403;
        spec.body = R"({"code":"permission_denied","msg":"Permission denied"})";
        break;
    case Fault::TooManyRequests:
        spec.status = 429;
        spec.body = R"({"code":-1,"msg":"Too many requests"})";
        break;
    case Fault::Garbage:
        spec.fault = F::Garbage;
        spec.size = 10 * 1024 * 1024;
        break;
    case Fault::CheckFails:
        spec.fault = F::Error500Legacy;
        break;
    case Fault::Vanished:
        break;
    }
    return spec;
}

} // namespace

void TestSaveFaults::saveFaultKeepsEveryValue()
{
    QFETCH(ModelDialog::Mode, mode);
    QFETCH(Fault, fault);
    QFETCH(QString, message);
    const bool create = mode == ModelDialog::Mode::New;

    ModelDialog::Context context;
    context.client = m_client.get();
    context.schemas = m_schemas.get();
    context.takenNames = {QStringLiteral("gpt-4o")};
    auto *dialog = new ModelDialog(mode, LlmModel(record()), context);
    m_dialog = dialog;
    dialog->show();
    if (!dialog->isReady()) {
        QSignalSpy ready(dialog, &ModelDialog::ready);
        QVERIFY(ready.wait(5000));
    }

    // What the user typed.
    if (create) {
        dialog->setRequester(QStringLiteral("openai-chat-completions"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("typed-model"));
    } else {
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("renamed-model"));
    }
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral(" typed description"));
    ApiKeysEditor *keysEditor = dialog->keysEditor();
    while (keysEditor->count() > 0)
        keysEditor->removeKey(0);
    for (const QString &key : {QStringLiteral("sk-typed-0001"), QStringLiteral("sk-typed-0002")}) {
        keysEditor->addKey();
        QTest::keyClicks(keysEditor->keyEdit(keysEditor->count() - 1), key);
    }
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->saveBlockedReason()));
    const QJsonObject body = dialog->body();
    const QJsonObject edited = dialog->edited().json();
    const QString name = dialog->nameEdit()->text();
    const QString description = dialog->descriptionEdit()->text();
    const QStringList keys = dialog->keysEditor()->keys();
    QCOMPARE(keys.size(), 2);

    // The fault, on the write (or on the check an edit makes first).
    const QString route = create ? QStringLiteral("POST ") + kModelsPath
                                 : QStringLiteral("PUT ") + kModelsPath + QLatin1Char('/') + kUuid;
    const FakeLangBotServer::FaultSpec spec = faultSpec(fault);
    if (fault == Fault::CheckFails)
        m_server->setFault(QStringLiteral("GET ") + kModelsPath + QLatin1Char('/') + kUuid, spec);
    else if (fault == Fault::Vanished)
        m_server->setModels({});
    else
        m_server->setFault(route, spec);
    const QList<QJsonObject> serverBefore = m_server->models();
    const int writesBefore = m_server->writeRequestCount();

    QSignalSpy failed(dialog, &ModelDialog::saveFailed);
    QSignalSpy saved(dialog, &ModelDialog::saved);
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !saved.isEmpty(); }, 15000));
    QCOMPARE(saved.size(), 0);

    // What the user sees.
    message.replace(QLatin1String("{port}"), QString::number(m_server->port()));
    message.replace(QLatin1String("{write}"),
                    create ? QStringLiteral("POST ") + kModelsPath
                           : QStringLiteral("PUT ") + kModelsPath + QLatin1Char('/') + kUuid);
    QCOMPARE(failed.constFirst().at(0).toString(), message);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->banner()->isShowingError());
    QVERIFY2(dialog->banner()->text().contains(message), qPrintable(dialog->banner()->text()));
    for (const QString &key : keys)
        QVERIFY(!dialog->banner()->text().contains(key));

    // Every value is still there.
    QCOMPARE(dialog->body(), body);
    QCOMPARE(dialog->edited().json(), edited);
    QCOMPARE(dialog->nameEdit()->text(), name);
    QCOMPARE(dialog->descriptionEdit()->text(), description);
    QCOMPARE(dialog->keysEditor()->keys(), keys);
    QVERIFY(dialog->isDirty());
    QVERIFY(!dialog->isSaving());
    QVERIFY(dialog->cancelButton()->isEnabled());

    // The write went out at most once, and the server is as it was.
    const int writes = m_server->writeRequestCount() - writesBefore;
    QVERIFY2(writes == (fault == Fault::CheckFails || fault == Fault::Vanished ? 0 : 1),
             qPrintable(QString::number(writes)));
    QCOMPARE(m_server->models(), serverBefore);

    // Once the server is well again, the same values save.
    m_server->clearFaults();
    if (fault == Fault::Vanished)
        return; // nothing to update any more; the values stay for the user to copy
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->saveBlockedReason()));
    failed.clear();
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 10000) && !saved.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.constFirst().at(0).toString()));
    QJsonObject stored;
    for (const QJsonObject &m : m_server->models()) {
        if (m.value(QLatin1String("name")).toString() == name)
            stored = m;
    }
    QCOMPARE(stored.value(QLatin1String("description")).toString(), description);
    QCOMPARE(LlmModel(stored).apiKeys(), keys);
}

void TestSaveFaults::importDialogReportSaysWhatWasApplied()
{
    // Four models to create, with keys; the second create fails with 500,
    // the third with a dropped connection.
    QList<LlmModel> incoming;
    for (const QString &name :
         {QStringLiteral("imp-a"), QStringLiteral("imp-b"), QStringLiteral("imp-c"), QStringLiteral("imp-d")}) {
        QJsonObject o = record();
        o.remove(QStringLiteral("uuid"));
        o.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-") + name});
        incoming << LlmModel(o);
    }
    const ModelsDocument doc = ModelsDocument::fromServer(incoming, {}, ExportOptions{true});
    ImportDialog dialog(m_client.get(), QStringLiteral("Faults"), false);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(dialog.openDocument(doc.toJson(), QStringLiteral("faults.json")));
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.plan().count(ImportAction::Create), 4);

    int creates = 0;
    connect(m_server.get(), &FakeLangBotServer::requestReceived, this,
            [&](const QByteArray &method, const QString &path) {
                if (method != "POST" || path != kModelsPath)
                    return;
                ++creates;
                FakeLangBotServer::FaultSpec spec;
                spec.times = 1;
                if (creates == 1) { // arm the fault for the second create
                    spec.fault = FakeLangBotServer::Fault::Error500Legacy;
                    spec.message = QStringLiteral("duplicate entry");
                    m_server->setFault(QStringLiteral("POST ") + kModelsPath, spec);
                } else if (creates == 2) { // and the third
                    spec.fault = FakeLangBotServer::Fault::DropConnection;
                    m_server->setFault(QStringLiteral("POST ") + kModelsPath, spec);
                }
            });
    QSignalSpy finished(&dialog, &ImportDialog::applyFinished);
    dialog.apply();
    QVERIFY(finished.wait(15000));
    QCOMPARE(creates, 4); // each sent once

    const ImportReport &report = dialog.report();
    QCOMPARE(report.entries.size(), 4);
    QCOMPARE(report.count(ImportOutcome::Created), 2);
    QCOMPARE(report.count(ImportOutcome::Failed), 2);
    const QString where
        = QStringLiteral("POST /api/v1/provider/models/llm on 127.0.0.1:%1 failed: ").arg(m_server->port());
    QCOMPARE(report.entries.at(1).message,
             where + QStringLiteral("the server reported an error (HTTP 500) [code -2]: duplicate entry"));
    QCOMPARE(report.entries.at(2).message,
             where
                 + QStringLiteral("could not reach the server: the server closed the connection without "
                                  "answering; the request was not sent again (check whether the server "
                                  "applied it)"));
    for (const ImportReportEntry &entry : report.entries) {
        const QJsonObject there = m_server->model(entry.uuid);
        bool named = false;
        for (const QJsonObject &m : m_server->models())
            named = named || m.value(QLatin1String("name")).toString() == entry.name;
        if (entry.outcome == ImportOutcome::Created) {
            QCOMPARE(there.value(QLatin1String("name")).toString(), entry.name);
            QCOMPARE(LlmModel(there).apiKeys(), QStringList{QStringLiteral("sk-") + entry.name});
        } else {
            QVERIFY2(!named, qPrintable(entry.name));
        }
    }
    // The report as saved says the same, and holds no key.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QString error;
    QVERIFY2(dialog.saveReport(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("duplicate entry"));
    QVERIFY(!saved.contains("sk-imp-"));
}

QTEST_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"
