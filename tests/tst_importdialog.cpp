// The import dialog against the fake LangBot server: bad documents show
// their path-named problems and send nothing; the preview shows each model's
// action, the match rule and a field-level diff; changing an action changes
// what is sent; creates without keys ask for them; a failing row does not stop
// the rest and every row says what happened; the report saves; overwriting on
// a production profile asks to type its name; Stop stops before the next row.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "transfer/ImportDialog.h"
#include "transfer/ImportPreviewModel.h"
#include "transfer/KeysPromptDialog.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "transfer/ImportRunner.h"
#include "transfer/ModelsDocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace lb;
using lb::demo::FakeLangBotServer;
using lb::gui::ImportDialog;
using lb::gui::ImportPreviewModel;
using lb::gui::KeysPromptDialog;
using lb::gui::MessageBox;

using lb::testsupport::asModels;
using lb::testsupport::kCreateRoute;
using lb::testsupport::settingsFor;
using lb::testsupport::withField;
using lb::testsupport::writeFile;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badDocumentsShowPathsAndSendNothing_data();
    void badDocumentsShowPathsAndSendNothing();
    void previewShowsActionsRuleAndDiff();
    void otherServerMatchesByName();
    void changingActionsChangesWhatIsSent();
    void updateRefusedWithoutTarget();
    void actionCellEditor();
    void keysAreAskedForCreatesWithoutKeys();
    void keysPromptCanBeLeftForThePreview();
    void failingRowDoesNotStopTheRest();
    void reportSaves();
    void productionOverwriteNeedsTypedName();
    void stopAppliesNoFurtherRows();
    void listFailureShowsRetry();
    void previewModelIsSound();
    void screenshot();

private:
    // The demo models exported (optionally with keys) to a file.
    QString exportFile(bool includeKeys, const QList<QJsonObject> &models = {});
    // Opens a dialog on path and waits for the preview.
    std::unique_ptr<ImportDialog> openPreview(const QString &path, bool production = false,
                                              const QString &target = QStringLiteral("Staging"));
    bool applyAndWait(ImportDialog &dialog);
    qsizetype rowOf(const ImportDialog &dialog, const QString &name) const;

    std::unique_ptr<FakeLangBotServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportDialog::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY(m_server->listen());
    m_server->loadDemoData();
    m_client = std::make_unique<ApiClient>(settingsFor(*m_server));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    MessageBox::setNextTypedAnswer(std::nullopt);
}

void TestImportDialog::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestImportDialog::exportFile(bool includeKeys, const QList<QJsonObject> &models)
{
    const QList<QJsonObject> source = models.isEmpty() ? m_server->models() : models;
    const ModelsDocument doc = ModelsDocument::fromServer(
        asModels(source), ExportSource{QStringLiteral("Staging"), m_server->url(), QStringLiteral("v4.6.5")},
        ExportOptions{includeKeys});
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("models.json"));
    if (!doc.writeFile(path, &error))
        qWarning() << error;
    return path;
}

std::unique_ptr<ImportDialog> TestImportDialog::openPreview(const QString &path, bool production, const QString &target)
{
    auto dialog = std::make_unique<ImportDialog>(m_client.get(), target, production);
    QSignalSpy ready(dialog.get(), &ImportDialog::previewReady);
    if (!dialog->openFile(path) || !ready.wait(10000))
        return nullptr;
    return dialog;
}

bool TestImportDialog::applyAndWait(ImportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ImportDialog::applyFinished);
    dialog.apply();
    if (KeysPromptDialog *prompt = dialog.keysPrompt())
        prompt->accept(); // create without keys
    return dialog.state() == ImportDialog::State::Done || finished.wait(10000);
}

qsizetype TestImportDialog::rowOf(const ImportDialog &dialog, const QString &name) const
{
    for (qsizetype i = 0; i < dialog.plan().size(); ++i) {
        if (dialog.plan().row(i).name() == name)
            return i;
    }
    return -1;
}

void TestImportDialog::badDocumentsShowPathsAndSendNothing_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"langbot-console/models\",\n  \"version\": ")
                              << QStringLiteral("not JSON: line 3, column");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"something-else","version":1,"models":[]})")
                                  << QStringLiteral("format: expected \"langbot-console/models\"");
    QTest::newRow("profiles document") << QByteArray(
        R"({"format":"langbot-console/profiles","version":1,"profiles":[]})")
                                       << QStringLiteral("format: this is a \"langbot-console/profiles\" document");
    QTest::newRow("newer version") << QByteArray(R"({"format":"langbot-console/models","version":3,"models":[]})")
                                   << QStringLiteral("version: unsupported version 3");
    QTest::newRow("no name") << QByteArray(
        R"({"format":"langbot-console/models","version":1,"models":[{"requester":"x"}]})")
                             << QStringLiteral("models[0].name: missing");
    QTest::newRow("no requester") << QByteArray(
        R"({"format":"langbot-console/models","version":1,"models":[{"name":"a","requester":"x"},{"name":"b"}]})")
                                  << QStringLiteral("models[1].requester: missing");
    QTest::newRow("wrong type") << QByteArray(
        R"({"format":"langbot-console/models","version":1,"models":[{"name":"x","requester":"y","requester_config":"z"}]})")
                                << QStringLiteral("models[0].requester_config: expected an object, got a string");
    QTest::newRow("wrong item type") << QByteArray(
        R"({"format":"langbot-console/models","version":1,"models":[{"name":"x","requester":"y","abilities":["vision",3]}]})")
                                     << QStringLiteral("models[0].abilities[1]: expected a string, got a number");
}

void TestImportDialog::badDocumentsShowPathsAndSendNothing()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    const QString path = writeFile(*m_dir, QStringLiteral("bad.json"), document);
    m_server->resetCounters();

    ImportDialog dialog(m_client.get(), QStringLiteral("Staging"), false);
    QVERIFY(!dialog.openFile(path));
    QCOMPARE(dialog.state(), ImportDialog::State::Invalid);
    QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QLatin1String("Nothing was sent")));
    // What the user sees: the list of problems.
    auto *list = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importErrors"));
    QVERIFY(list);
    QVERIFY2(list->toPlainText().contains(message), qPrintable(list->toPlainText()));
    QVERIFY(!dialog.applyButton()->isEnabled());
    dialog.apply();
    QTest::qWait(50);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestImportDialog::previewShowsActionsRuleAndDiff()
{
    const QString path = exportFile(false);
    // After the export: gpt-4o changes on the server (→ update), deepseek-chat
    // is deleted (→ create), the rest stay as they were (→ skip, identical).
    QList<QJsonObject> models = m_server->models();
    QString gptUuid;
    for (qsizetype i = models.size() - 1; i >= 0; --i) {
        const QString name = models.at(i).value(QLatin1String("name")).toString();
        if (name == QLatin1String("gpt-4o")) {
            gptUuid = models.at(i).value(QLatin1String("uuid")).toString();
            QJsonObject config = models.at(i).value(QLatin1String("requester_config")).toObject();
            config.insert(QStringLiteral("base_url"), QStringLiteral("https://proxy.internal/v1"));
            models[i] = withField(withField(models.at(i), QStringLiteral("requester_config"), config),
                                  QStringLiteral("description"), QStringLiteral("edited on the server"));
        } else if (name == QLatin1String("deepseek-chat")) {
            models.removeAt(i);
        }
    }
    m_server->setModels(models);
    m_server->resetCounters();

    auto dialog = openPreview(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->state(), ImportDialog::State::Preview);
    QCOMPARE(m_server->writeRequestCount(), 0); // a preview sends nothing
    // The rule: same server → uuid first, then name.
    QVERIFY2(dialog->matchRuleText().contains(QLatin1String("uuid, then by its name")),
             qPrintable(dialog->matchRuleText()));
    auto *rule = dialog->findChild<QLabel *>(QStringLiteral("importMatchRule"));
    QVERIFY(rule && rule->isVisibleTo(dialog.get()));
    QCOMPARE(rule->text(), dialog->matchRuleText());

    const qsizetype gpt = rowOf(*dialog, QStringLiteral("gpt-4o"));
    const qsizetype deepseek = rowOf(*dialog, QStringLiteral("deepseek-chat"));
    const qsizetype qwen = rowOf(*dialog, QStringLiteral("qwen-plus"));
    QVERIFY(gpt >= 0 && deepseek >= 0 && qwen >= 0);
    ImportPreviewModel *model = dialog->previewModel();
    auto cell = [model](qsizetype row, int column) { return model->index(int(row), column).data().toString(); };
    QCOMPARE(cell(gpt, ImportPreviewModel::ActionColumn), QStringLiteral("Update"));
    QCOMPARE(cell(gpt, ImportPreviewModel::MatchColumn), QStringLiteral("uuid"));
    QCOMPARE(cell(gpt, ImportPreviewModel::ChangesColumn), QStringLiteral("2 changes"));
    QCOMPARE(cell(gpt, ImportPreviewModel::KeysColumn), QStringLiteral("server's kept"));
    QCOMPARE(cell(deepseek, ImportPreviewModel::ActionColumn), QStringLiteral("Create"));
    QCOMPARE(cell(deepseek, ImportPreviewModel::MatchColumn), QStringLiteral("no match"));
    QCOMPARE(cell(deepseek, ImportPreviewModel::KeysColumn), QStringLiteral("needed"));
    QCOMPARE(cell(qwen, ImportPreviewModel::ActionColumn), QStringLiteral("Skip"));
    QCOMPARE(cell(qwen, ImportPreviewModel::ChangesColumn), QStringLiteral("identical"));
    QVERIFY(model->index(int(qwen), ImportPreviewModel::ActionColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("identical to the server's model (matched by uuid)")));
    QCOMPARE(dialog->plan().count(ImportAction::Update), 1);
    QCOMPARE(dialog->plan().count(ImportAction::Create), 1);
    QCOMPARE(dialog->summaryText(), dialog->plan().summaryText());

    // The diff of the update: field by field, old → new.
    dialog->selectRow(gpt);
    const QStringList diff = dialog->diffLines();
    QVERIFY2(
        diff.contains(QStringLiteral("description: \"edited on the server\" → \"OpenAI flagship, vision and tools\""))
            || diff.filter(QStringLiteral("description: \"edited on the server\" → ")).size() == 1,
        qPrintable(diff.join(QLatin1Char('\n'))));
    QVERIFY2(diff.filter(QStringLiteral("requester_config.base_url: \"https://proxy.internal/v1\" → ")).size() == 1,
             qPrintable(diff.join(QLatin1Char('\n'))));
    QCOMPARE(dialog->diffTree()->topLevelItemCount(), 2);
    QCOMPARE(dialog->actionCombo()->currentText(), QStringLiteral("Update"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("importKeysInfo"))->text().contains(QLatin1String("kept")));

    // A create shows every field it sends; a skip says it is identical.
    dialog->selectRow(deepseek);
    QVERIFY(dialog->diffLines().filter(QStringLiteral("name: — → \"deepseek-chat\"")).size() == 1);
    QVERIFY(dialog->keysButton()->isVisibleTo(dialog.get()));
    dialog->selectRow(qwen);
    QCOMPARE(dialog->diffLines(), QStringList{QStringLiteral("No differences from the server's model.")});
    QCOMPARE(m_server->writeRequestCount(), 0);
}

void TestImportDialog::otherServerMatchesByName()
{
    const QString path = exportFile(true);
    FakeLangBotServer other;
    QVERIFY(other.listen());
    // One model of the same name, another uuid.
    QJsonObject gpt;
    for (const QJsonObject &m : m_server->models()) {
        if (m.value(QLatin1String("name")).toString() == QLatin1String("gpt-4o"))
            gpt = m;
    }
    gpt.insert(QStringLiteral("uuid"), QStringLiteral("other-uuid-1"));
    gpt.insert(QStringLiteral("description"), QStringLiteral("other"));
    other.setModels({gpt});
    ApiClient client(settingsFor(other));
    ImportDialog dialog(&client, QStringLiteral("Other"), false);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(dialog.openFile(path));
    QVERIFY(ready.wait(10000));
    QVERIFY2(dialog.matchRuleText().contains(QLatin1String("another server")), qPrintable(dialog.matchRuleText()));
    QVERIFY(dialog.matchRuleText().contains(QLatin1String("exact name")));
    const qsizetype row = rowOf(dialog, QStringLiteral("gpt-4o"));
    QCOMPARE(dialog.plan().row(row).matchedBy, MatchRule::Name);
    QCOMPARE(dialog.previewModel()->index(int(row), ImportPreviewModel::MatchColumn).data().toString(),
             QStringLiteral("name"));
    QCOMPARE(dialog.plan().row(row).targetUuid(), QStringLiteral("other-uuid-1"));
    // The file carries keys: they are sent.
    QCOMPARE(dialog.previewModel()->index(int(row), ImportPreviewModel::KeysColumn).data().toString(),
             QStringLiteral("2 from the file"));
}

void TestImportDialog::changingActionsChangesWhatIsSent()
{
    const QString path = exportFile(true);
    QList<QJsonObject> models = m_server->models();
    QString gptUuid;
    QString miniUuid;
    for (QJsonObject &m : models) {
        const QString name = m.value(QLatin1String("name")).toString();
        if (name == QLatin1String("gpt-4o")) {
            gptUuid = m.value(QLatin1String("uuid")).toString();
            m.insert(QStringLiteral("description"), QStringLiteral("drifted"));
        } else if (name == QLatin1String("gpt-4o-mini")) {
            miniUuid = m.value(QLatin1String("uuid")).toString();
            m.insert(QStringLiteral("description"), QStringLiteral("drifted too"));
        }
    }
    m_server->setModels(models);
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    const qsizetype gpt = rowOf(*dialog, QStringLiteral("gpt-4o"));
    const qsizetype mini = rowOf(*dialog, QStringLiteral("gpt-4o-mini"));
    const qsizetype qwen = rowOf(*dialog, QStringLiteral("qwen-plus"));
    QCOMPARE(dialog->plan().row(gpt).action, ImportAction::Update);
    QCOMPARE(dialog->plan().row(mini).action, ImportAction::Update);

    // gpt-4o: Skip through the Action field (as the user would).
    dialog->selectRow(gpt);
    QComboBox *combo = dialog->actionCombo();
    combo->setCurrentIndex(combo->findData(int(ImportAction::Skip)));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(dialog->plan().row(gpt).action, ImportAction::Skip);
    QCOMPARE(dialog->previewModel()->index(int(gpt), ImportPreviewModel::ActionColumn).data().toString(),
             QStringLiteral("Skip"));
    // qwen-plus (identical): Create a second one, through the table's cell.
    QVERIFY(dialog->previewModel()->setData(dialog->previewModel()->index(int(qwen), ImportPreviewModel::ActionColumn),
                                            int(ImportAction::Create)));
    QCOMPARE(dialog->plan().row(qwen).action, ImportAction::Create);
    QVERIFY(!dialog->plan().row(qwen).warnings.isEmpty()); // "… creates a second one"
    QCOMPARE(dialog->applyButton()->text(), QStringLiteral("&Import 2 Models"));

    m_server->resetCounters();
    QVERIFY(applyAndWait(*dialog));
    QCOMPARE(m_server->writeRequestCount(), 2);
    const QList<FakeLangBotServer::RecordedRequest> requests = m_server->requests();
    QStringList writes;
    for (const auto &r : requests) {
        if (r.method != "GET")
            writes << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    }
    QCOMPARE(writes,
             (QStringList{QStringLiteral("PUT /api/v1/provider/models/llm/") + miniUuid,
                          QStringLiteral("POST /api/v1/provider/models/llm")}));
    // gpt-4o was left alone, gpt-4o-mini updated, a second qwen-plus created.
    QCOMPARE(m_server->model(gptUuid).value(QLatin1String("description")).toString(), QStringLiteral("drifted"));
    QVERIFY(m_server->model(miniUuid).value(QLatin1String("description")).toString() != QStringLiteral("drifted too"));
    int qwens = 0;
    for (const QJsonObject &m : m_server->models())
        qwens += m.value(QLatin1String("name")).toString() == QLatin1String("qwen-plus") ? 1 : 0;
    QCOMPARE(qwens, 2);
    // Each row says what happened.
    auto result = [&](qsizetype row) {
        return dialog->previewModel()->index(int(row), ImportPreviewModel::ResultColumn).data().toString();
    };
    QCOMPARE(result(gpt), QStringLiteral("skipped"));
    QCOMPARE(result(mini), QStringLiteral("updated"));
    QCOMPARE(result(qwen), QStringLiteral("created"));
    // Actions can no longer change.
    QVERIFY(!(dialog->previewModel()->flags(dialog->previewModel()->index(0, ImportPreviewModel::ActionColumn))
              & Qt::ItemIsEditable));
    QVERIFY(!dialog->setRowAction(gpt, ImportAction::Update));
}

void TestImportDialog::updateRefusedWithoutTarget()
{
    m_server->setModels({});
    const ModelsDocument doc = ModelsDocument::fromServer(
        {LlmModel(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("x")},
                              {QStringLiteral("name"), QStringLiteral("lonely")},
                              {QStringLiteral("requester"), QStringLiteral("openai-chat-completions")},
                              {QStringLiteral("api_keys"), QJsonArray{}}})},
        ExportSource{}, ExportOptions{});
    const QString one = writeFile(*m_dir, QStringLiteral("one.json"), doc.toJson());
    auto dialog = openPreview(one);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().row(0).action, ImportAction::Create);
    QSignalSpy refused(dialog->previewModel(), &ImportPreviewModel::actionRefused);
    QVERIFY(!dialog->setRowAction(0, ImportAction::Update));
    QCOMPARE(refused.count(), 1);
    QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("create it instead")));
    QCOMPARE(dialog->plan().row(0).action, ImportAction::Create);
    // The Action field does not offer Update.
    dialog->selectRow(0);
    const QList<int> allowed = dialog->previewModel()
                                   ->index(0, ImportPreviewModel::ActionColumn)
                                   .data(ImportPreviewModel::AllowedActionsRole)
                                   .value<QList<int>>();
    QCOMPARE(allowed, (QList<int>{int(ImportAction::Create), int(ImportAction::Skip)}));
    // api_keys [] in the file: no keys needed, no prompt.
    QCOMPARE(dialog->previewModel()->index(0, ImportPreviewModel::KeysColumn).data().toString(),
             QStringLiteral("none"));
}

void TestImportDialog::actionCellEditor()
{
    const QString path = exportFile(true);
    QList<QJsonObject> models = m_server->models();
    models[0].insert(QStringLiteral("description"), QStringLiteral("drifted"));
    m_server->setModels(models);
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    qsizetype row = -1;
    for (qsizetype i = 0; i < dialog->plan().size(); ++i)
        row = dialog->plan().row(i).action == ImportAction::Update ? i : row;
    QVERIFY(row >= 0);
    // F2 on the Action cell opens a combo box with the row's choices.
    const QModelIndex cell = dialog->previewModel()->index(int(row), ImportPreviewModel::ActionColumn);
    dialog->previewTable()->setCurrentIndex(cell);
    dialog->previewTable()->edit(cell);
    auto *editor = dialog->previewTable()->findChild<QComboBox *>(QStringLiteral("actionCellEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->count(), 3);
    QCOMPARE(editor->currentText(), QStringLiteral("Update"));
    QVERIFY(editor->accessibleName().startsWith(QLatin1String("Action for ")));
    editor->setCurrentIndex(editor->findData(int(ImportAction::Skip)));
    emit editor->activated(editor->currentIndex());
    QTRY_COMPARE(dialog->plan().row(row).action, ImportAction::Skip);
    QCOMPARE(dialog->actionCombo()->currentText(), QStringLiteral("Skip"));
    QCOMPARE(dialog->applyButton()->isEnabled(), false); // nothing left to send
}

void TestImportDialog::keysAreAskedForCreatesWithoutKeys()
{
    const QString path = exportFile(false);
    m_server->setModels({});
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().count(ImportAction::Create), 8);
    // llama3.1:8b has no keys at all ([]): it needs none.
    QCOMPARE(dialog->plan().needsKeysCount(), 7);

    dialog->apply();
    KeysPromptDialog *prompt = dialog->keysPrompt();
    QVERIFY(prompt);
    QCOMPARE(m_server->writeRequestCount(), 0); // waits for the answer
    QCOMPARE(prompt->entries().size(), 7);
    // Each field is announced by the model's name (its buddy label).
    const QList<QLabel *> labels = prompt->findChildren<QLabel *>();
    bool buddy = false;
    for (QLabel *label : labels)
        buddy |= label->buddy() == prompt->edit(0) && label->text().startsWith(prompt->entries().at(0).name);
    QVERIFY(buddy);
    QCOMPARE(prompt->edit(0)->echoMode(), QLineEdit::Password);
    const QString first = prompt->entries().at(0).name;
    prompt->edit(0)->setText(QStringLiteral(" sk-typed-1 , sk-typed-2 "));
    QCOMPARE(prompt->continueButton()->text(), QStringLiteral("&Continue (6 without keys)"));
    QSignalSpy finished(dialog.get(), &ImportDialog::applyFinished);
    prompt->accept();
    QVERIFY(finished.wait(10000));

    QCOMPARE(m_server->models().size(), 8);
    const ImportReport &report = dialog->report();
    QCOMPARE(report.count(ImportOutcome::Created), 8);
    for (const ImportReportEntry &e : report.entries) {
        const QJsonObject created = m_server->model(e.uuid);
        const QJsonArray keys = created.value(QLatin1String("api_keys")).toArray();
        if (e.name == first) {
            QCOMPARE(keys, (QJsonArray{QStringLiteral("sk-typed-1"), QStringLiteral("sk-typed-2")}));
            QVERIFY(e.message.isEmpty());
        } else if (e.name == QLatin1String("llama3.1:8b")) {
            QVERIFY(keys.isEmpty());
            QVERIFY(e.message.isEmpty());
        } else {
            QVERIFY(keys.isEmpty());
            QCOMPARE(e.message, ImportRunner::createdWithoutKeysText()); // flagged
        }
    }
    QVERIFY(!report.toJson().contains("sk-typed"));
    // The rows say so too.
    const qsizetype row = rowOf(*dialog, QStringLiteral("gpt-4o-mini"));
    QVERIFY(dialog->previewModel()
                ->index(int(row), ImportPreviewModel::ResultColumn)
                .data()
                .toString()
                .contains(QLatin1String("no API keys sent")));
}

void TestImportDialog::keysPromptCanBeLeftForThePreview()
{
    const QString path = exportFile(false);
    m_server->setModels({});
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    dialog->apply();
    QVERIFY(dialog->keysPrompt());
    dialog->keysPrompt()->reject();
    QTest::qWait(20);
    QCOMPARE(dialog->state(), ImportDialog::State::Preview);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("keys")));

    // One row at a time, from the detail pane.
    const qsizetype gpt = rowOf(*dialog, QStringLiteral("gpt-4o"));
    dialog->selectRow(gpt);
    QVERIFY(dialog->keysButton()->isEnabled());
    dialog->keysButton()->click();
    QVERIFY(dialog->keysPrompt());
    QCOMPARE(dialog->keysPrompt()->entries().size(), 1);
    dialog->keysPrompt()->edit(0)->setText(QStringLiteral("sk-one"));
    dialog->keysPrompt()->accept();
    QTest::qWait(20);
    QCOMPARE(dialog->previewModel()->index(int(gpt), ImportPreviewModel::KeysColumn).data().toString(),
             QStringLiteral("1 entered"));
    QVERIFY(!dialog->plan().row(gpt).needsKeys());
}

void TestImportDialog::failingRowDoesNotStopTheRest()
{
    const QString path = exportFile(true);
    m_server->setModels({});
    FakeLangBotServer::FaultSpec fault;
    fault.fault = FakeLangBotServer::Fault::Error500Legacy;
    fault.times = 1;
    fault.message = QStringLiteral("provider table locked");
    m_server->setFault(kCreateRoute, fault);
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    QVERIFY(applyAndWait(*dialog));
    QCOMPARE(dialog->state(), ImportDialog::State::Done);
    QCOMPARE(m_server->writeRequestCount(), 8);
    QCOMPARE(m_server->models().size(), 7);

    // The first model (sorted by name) failed, with the server's error.
    const ImportReport &report = dialog->report();
    QCOMPARE(report.count(ImportOutcome::Failed), 1);
    QCOMPARE(report.count(ImportOutcome::Created), 7);
    const QString failedName = report.entries.constFirst().name;
    QCOMPARE(report.entries.constFirst().outcome, ImportOutcome::Failed);
    const qsizetype failedRow = rowOf(*dialog, failedName);
    const QString failedText
        = dialog->previewModel()->index(int(failedRow), ImportPreviewModel::ResultColumn).data().toString();
    QVERIFY2(failedText.startsWith(QLatin1String("failed: ")), qPrintable(failedText));
    QVERIFY2(failedText.contains(QLatin1String("HTTP 500")), qPrintable(failedText));
    QVERIFY2(failedText.contains(QLatin1String("provider table locked")), qPrintable(failedText));
    for (qsizetype i = 0; i < dialog->plan().size(); ++i) {
        if (i == failedRow)
            continue;
        QCOMPARE(dialog->previewModel()->index(int(i), ImportPreviewModel::ResultColumn).data().toString(),
                 QStringLiteral("created"));
    }
    QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("7 created, 0 updated, 0 skipped, 1 failed")),
             qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(dialog->progressBar()->value(), 8);
    QVERIFY(dialog->saveReportButton()->isVisibleTo(dialog.get()));
    QVERIFY(!dialog->applyButton()->isVisibleTo(dialog.get()));
}

void TestImportDialog::reportSaves()
{
    const QString path = exportFile(true);
    m_server->setModels({});
    m_server->setFault(kCreateRoute, FakeLangBotServer::Fault::Error500Legacy, 1);
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    QString error;
    QVERIFY(!dialog->saveReport(m_dir->filePath(QStringLiteral("early.json")), &error)); // nothing yet
    QVERIFY(applyAndWait(*dialog));

    const QString json = m_dir->filePath(QStringLiteral("report.json"));
    QVERIFY2(dialog->saveReport(json, &error), qPrintable(error));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("langbot-console/import-report"));
    QCOMPARE(root.value(QLatin1String("source_file")).toString(), path);
    QCOMPARE(root.value(QLatin1String("target")).toObject().value(QLatin1String("profile")).toString(),
             QStringLiteral("Staging"));
    QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("failed")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("created")).toInt(), 7);
    QCOMPARE(root.value(QLatin1String("results")).toArray().size(), 8);
    // The file held keys; the report holds none.
    for (const QJsonObject &m : m_server->models()) {
        for (const QJsonValue &k : m.value(QLatin1String("api_keys")).toArray())
            QVERIFY(!bytes.contains(k.toString().toUtf8()));
    }

    const QString text = m_dir->filePath(QStringLiteral("report.txt"));
    QVERIFY(dialog->saveReport(text, &error));
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    const QString plain = QString::fromUtf8(textFile.readAll());
    QVERIFY2(plain.contains(QLatin1String("Result: 7 created, 0 updated, 0 skipped, 1 failed")), qPrintable(plain));
    QVERIFY(plain.contains(QLatin1String("failed ")));
    QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("Report saved")));
}

void TestImportDialog::productionOverwriteNeedsTypedName()
{
    const QString path = exportFile(true);
    QList<QJsonObject> models = m_server->models();
    models[0].insert(QStringLiteral("description"), QStringLiteral("drifted"));
    m_server->setModels(models);
    const QString name = QStringLiteral("Acme Production");
    auto dialog = openPreview(path, true, name);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().count(ImportAction::Update), 1);
    QVERIFY(dialog->summaryText().contains(QLatin1String("type its name")));
    m_server->resetCounters();

    // A wrong name: nothing is sent.
    MessageBox::setNextTypedAnswer(QStringLiteral("acme production"));
    dialog->apply();
    QTest::qWait(50);
    QCOMPARE(dialog->state(), ImportDialog::State::Preview);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QVERIFY(MessageBox::lastText().contains(name));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("overwrites 1 model")));
    QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("not confirmed")));

    // The right one: the import runs.
    MessageBox::setNextTypedAnswer(name);
    QVERIFY(applyAndWait(*dialog));
    QCOMPARE(m_server->writeRequestCount(), 1);
    QCOMPARE(dialog->report().count(ImportOutcome::Updated), 1);
}

void TestImportDialog::stopAppliesNoFurtherRows()
{
    const QString path = exportFile(true);
    m_server->setModels({});
    m_server->setLatency(kCreateRoute, 150);
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    dialog->show();
    QSignalSpy finished(dialog.get(), &ImportDialog::applyFinished);
    dialog->apply();
    QCOMPARE(dialog->state(), ImportDialog::State::Applying);
    QCOMPARE(dialog->closeButton()->text(), QStringLiteral("&Stop"));
    // Closing while applying stops after the model being sent; the dialog stays.
    QTRY_VERIFY(m_server->inFlight() > 0 || m_server->writeRequestCount() > 0);
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->writeRequestCount(), 1);
    QCOMPARE(m_server->models().size(), 1);
    const ImportReport &report = dialog->report();
    QCOMPARE(report.count(ImportOutcome::Created), 1);
    QCOMPARE(report.count(ImportOutcome::Skipped), 7);
    QVERIFY(dialog->statusLabel()->text().startsWith(QLatin1String("Stopped.")));
    const QString second = dialog->previewModel()
                               ->index(int(rowOf(*dialog, report.entries.at(1).name)), ImportPreviewModel::ResultColumn)
                               .data()
                               .toString();
    QVERIFY2(second.contains(QLatin1String("not applied")), qPrintable(second));
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void TestImportDialog::listFailureShowsRetry()
{
    const QString path = exportFile(true);
    m_server->setFault(QStringLiteral("GET /api/v1/provider/models/llm"), FakeLangBotServer::Fault::Error500New, 1);
    ImportDialog dialog(m_client.get(), QStringLiteral("Staging"), false);
    QSignalSpy failed(&dialog, &ImportDialog::previewFailed);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(dialog.openFile(path));
    QVERIFY(failed.wait(10000));
    QCOMPARE(dialog.state(), ImportDialog::State::LoadFailed);
    QVERIFY(dialog.errorText().contains(QLatin1String("Could not read the models")));
    auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("importRetry"));
    QVERIFY(retry && retry->isVisibleTo(&dialog));
    QCOMPARE(m_server->writeRequestCount(), 0);
    retry->click();
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.state(), ImportDialog::State::Preview);
}

void TestImportDialog::previewModelIsSound()
{
    const QString path = exportFile(false);
    QList<QJsonObject> models = m_server->models();
    models[1].insert(QStringLiteral("description"), QStringLiteral("x"));
    models.removeFirst();
    m_server->setModels(models);
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (qsizetype i = 0; i < dialog->plan().size(); ++i) {
        dialog->setRowAction(i, ImportAction::Skip);
        dialog->setRowAction(i, dialog->plan().row(i).proposed);
    }
    QCOMPARE(dialog->previewModel()->columnCount(), int(ImportPreviewModel::ColumnCount));
    QCOMPARE(dialog->previewModel()->headerData(ImportPreviewModel::MatchColumn, Qt::Horizontal).toString(),
             QStringLiteral("Matched by"));
    QVERIFY(applyAndWait(*dialog));
}

void TestImportDialog::screenshot()
{
    // The preview with a mix of create, update and skip, the diff of the
    // update shown. Saved when LANGBOT_SCREENSHOT_DIR is set.
    const QString path = exportFile(false);
    QList<QJsonObject> models = m_server->models();
    for (qsizetype i = models.size() - 1; i >= 0; --i) {
        const QString name = models.at(i).value(QLatin1String("name")).toString();
        if (name == QLatin1String("gpt-4o")) {
            QJsonObject config = models.at(i).value(QLatin1String("requester_config")).toObject();
            config.insert(QStringLiteral("base_url"), QStringLiteral("https://llm-proxy.internal/openai/v1"));
            config.insert(QStringLiteral("timeout"), 60);
            models[i] = withField(withField(models.at(i), QStringLiteral("requester_config"), config),
                                  QStringLiteral("description"), QStringLiteral("Routed through the proxy"));
            models[i].insert(QStringLiteral("abilities"), QJsonArray{QStringLiteral("vision")});
        } else if (name == QLatin1String("qwen-plus")) {
            models[i].insert(QStringLiteral("description"), QStringLiteral("Bailian, cn-north"));
        } else if (name == QLatin1String("deepseek-chat") || name == QLatin1String("kimi-k2-0905-preview")) {
            models.removeAt(i);
        }
    }
    m_server->setModels(models);
    auto dialog = openPreview(path);
    QVERIFY(dialog);
    const qsizetype gpt = rowOf(*dialog, QStringLiteral("gpt-4o"));
    const qsizetype qwen = rowOf(*dialog, QStringLiteral("qwen-plus"));
    // The user keeps the server's qwen-plus.
    QVERIFY(dialog->setRowAction(qwen, ImportAction::Skip));
    dialog->selectRow(gpt);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::qWait(50);
    const QPixmap shot = dialog->grab();
    QVERIFY(!shot.isNull());
    QCOMPARE(dialog->plan().count(ImportAction::Create), 2);
    QCOMPARE(dialog->plan().count(ImportAction::Update), 1);
    QVERIFY(dialog->plan().count(ImportAction::Skip) >= 4);
    const QString dir = qEnvironmentVariable("LANGBOT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + QStringLiteral("/import-preview.png")));

    // And after the apply, with one failing row.
    m_server->setFault(kCreateRoute, FakeLangBotServer::Fault::Error500Legacy, 1);
    QVERIFY(applyAndWait(*dialog));
    dialog->selectRow(rowOf(*dialog, QStringLiteral("deepseek-chat")));
    QTest::qWait(50);
    const QPixmap after = dialog->grab();
    QVERIFY(!after.isNull());
    if (!dir.isEmpty())
        QVERIFY(after.save(dir + QStringLiteral("/import-result.png")));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
