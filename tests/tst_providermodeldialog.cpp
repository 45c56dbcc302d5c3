// The model dialog on LangBot 4.7+ (ProviderModelDialog), clicked through
// against the fake server at 4.9 and 4.10: creating an embedding model, editing
// an LLM's context length and reasoning level, test before save (passing, and
// refused when the provider's keys are masked), server errors that keep what
// the user typed, and the "New provider…" entry.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "mainwindow/MainWindow.h"
#include "models/ChangeReviewDialog.h"
#include "models/ModelDialog.h"
#include "models/ModelEditing.h"
#include "models/ProviderModelDialog.h"
#include "models/editors/ModelFieldEditors.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "model/WriteBodies.h"
#include "schema/SchemaSource.h"
#include "workspace/ServerWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lb;
using namespace lb::gui;
using lb::demo::FakeLangBotServer;
using namespace Qt::StringLiterals;

namespace {

const QString kOpenAi = u"p-openai"_s;
const QString kLocal = u"p-local"_s;
const QString kThinker = u"m-thinker"_s;
const QString kWorkspace = u"9a1e0000-0000-4000-8000-000000000001"_s;

QJsonObject provider(const QString &uuid, const QString &name, const QString &url, const QJsonArray &keys)
{
    return {{u"uuid"_s, uuid},
            {u"name"_s, name},
            {u"requester"_s, u"openai-chat-completions"_s},
            {u"base_url"_s, url},
            {u"api_keys"_s, keys},
            {u"created_at"_s, u"2026-08-21T04:07:36"_s},
            {u"updated_at"_s, u"2026-08-21T04:07:36"_s}};
}

QJsonObject llm(const ServerFeatures &features)
{
    QJsonObject model{{u"uuid"_s, kThinker},
                      {u"name"_s, u"o3-mini"_s},
                      {u"provider_uuid"_s, kOpenAi},
                      {u"abilities"_s, QJsonArray{u"func_call"_s, u"reasoning"_s}},
                      {u"extra_args"_s, QJsonObject{{u"temperature"_s, 0.3}, {u"api_key"_s, u"sk-extra-9"_s}}},
                      {u"prefered_ranking"_s, 0},
                      {u"created_at"_s, u"2026-08-21T04:07:36"_s},
                      {u"updated_at"_s, u"2026-08-21T04:07:36"_s}};
    if (features.hasContextLength())
        model.insert(u"context_length"_s, 128000);
    if (features.hasReasoningConfig())
        model.insert(u"reasoning_config"_s, QJsonObject{{u"level"_s, u"provider_default"_s}});
    return model;
}

QList<FakeLangBotServer::RecordedRequest> requestsTo(const FakeLangBotServer &server, const QByteArray &method,
                                                     const QString &path)
{
    QList<FakeLangBotServer::RecordedRequest> result;
    for (const auto &request : server.requests()) {
        if (request.method == method && request.path == path)
            result.append(request);
    }
    return result;
}

QJsonObject bodyOf(const FakeLangBotServer::RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// Picks an entry of a combo box the way a user does: opens it with the
// keyboard, moves to the entry, presses Enter (emits activated()).
void pick(QComboBox *combo, int index)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    while (combo->currentIndex() < index) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, Qt::Key_Down);
        if (combo->currentIndex() == before)
            break;
    }
}

void setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestProviderModelDialog : public QObject, protected lb::testsupport::WorkspaceFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void createsAnEmbeddingModel_data();
    void createsAnEmbeddingModel();
    void editsAnLlm_data();
    void editsAnLlm();
    void reasoningLevelsNeedTheAbility();
    void testBeforeSavePasses_data();
    void testBeforeSavePasses();
    void maskedKeysAreNotSentForATest();
    void maskedExtraArgsAreNotShown();
    void serverErrorsKeepTheInput_data();
    void serverErrorsKeepTheInput();
    void forbiddenSaveNamesThePermission();
    void newProviderEntry();
    void offersOnlyProvidersServingTheType_data();
    void reviewsThenOverwritesAConflict_data();
    void reviewsThenOverwritesAConflict();
    void halfSavedCreateIsCleanedUp();
    void offersOnlyProvidersServingTheType();
    void windowOpensTheDialogOfItsServer_data();
    void windowOpensTheDialogOfItsServer();

private:
    void useServer(const QString &version, const QString &apiKey = FakeLangBotServer::demoApiKey());
    ProviderModelDialog *openDialog(ProviderModelDialog::Mode mode, const QString &uuid = {},
                                    ModelType newType = ModelType::Llm);
    bool clickSave(ProviderModelDialog *dialog);

    QPointer<ProviderModelDialog> m_dialog;
    SchemaSource *m_schemas = nullptr; // given to the dialogs opened
};

void TestProviderModelDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestProviderModelDialog::cleanup()
{
    delete m_dialog.data();
    m_schemas = nullptr;
    stopWorkspace();
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
}

void TestProviderModelDialog::useServer(const QString &version, const QString &apiKey)
{
    QVERIFY2(startWorkspace(version, apiKey, Data::Empty), qPrintable(serverError()));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"cache"_s)));
    QList<QJsonObject> providers{
        provider(kOpenAi, u"OpenAI"_s, u"https://api.openai.com/v1"_s, {u"sk-live-0001"_s, u"sk-live-0002"_s}),
        provider(kLocal, u"Local gateway"_s, u"http://127.0.0.1:9/v1"_s, {u"sk-local"_s})};
    QJsonObject model = llm(m_server->features());
    // 4.10.7+ records carry their workspace (the generation shows from it).
    if (m_server->features().hasPermissions()) {
        for (QJsonObject *record : {&providers[0], &providers[1], &model})
            record->insert(u"workspace_uuid"_s, kWorkspace);
    }
    m_server->setProviders(providers);
    m_server->setModels(ModelType::Llm, {model});
    QVERIFY(connectWorkspace(u"profile-1"_s));
    QCOMPARE(m_workspace->providers().size(), 2);
    QVERIFY(m_workspace->features().hasProviders());
}

ProviderModelDialog *TestProviderModelDialog::openDialog(ProviderModelDialog::Mode mode, const QString &uuid,
                                                         ModelType newType)
{
    ProviderModelDialog::Context context;
    context.client = m_client.get();
    context.workspace = m_workspace.get();
    context.schemas = m_schemas;
    LlmModel record;
    record.setType(newType);
    const LlmTableModel *table = m_workspace->models();
    if (!uuid.isEmpty())
        record = table->modelAt(table->rowOf(uuid));
    delete m_dialog.data();
    auto *dialog = new ProviderModelDialog(mode, record, context);
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

bool TestProviderModelDialog::clickSave(ProviderModelDialog *dialog)
{
    QSignalSpy saved(dialog, &ProviderModelDialog::saved);
    QSignalSpy failed(dialog, &ProviderModelDialog::saveFailed);
    if (!dialog->saveButton()->isEnabled())
        return false;
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save); // the review before sending
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return saved.count() > 0 || failed.count() > 0; }, 5000) && saved.count() > 0;
}

void TestProviderModelDialog::createsAnEmbeddingModel_data()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

void TestProviderModelDialog::createsAnEmbeddingModel()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::New);
    QVERIFY(dialog->typeCombo()->isEnabled());
    // LLM, Embedding and (4.9.7+) Rerank.
    QCOMPARE(dialog->typeCombo()->count(), 3);
    QVERIFY(dialog->abilitiesEditor()->isVisibleTo(dialog));
    QVERIFY(!dialog->saveButton()->isEnabled());

    pick(dialog->typeCombo(), 1);
    QCOMPARE(dialog->modelType(), ModelType::Embedding);
    // Abilities, context length and reasoning are LLM fields.
    QVERIFY(!dialog->abilitiesEditor()->isVisibleTo(dialog));
    QVERIFY(!dialog->contextLengthSpin()->isVisibleTo(dialog));
    QVERIFY(!dialog->reasoningLevelCombo()->isVisibleTo(dialog));

    // The picker shows each provider's name and base URL, then "New provider…".
    QComboBox *providers = dialog->providerCombo();
    QCOMPARE(providers->currentIndex(), -1);
    QVERIFY(providers->itemText(0).contains(u"OpenAI"_s));
    QVERIFY(providers->itemText(0).contains(u"https://api.openai.com/v1"_s));
    QCOMPARE(dialog->newProviderIndex(), providers->count() - 1);
    pick(providers, 0);
    QCOMPARE(dialog->provider().uuid(), kOpenAi);
    QVERIFY(dialog->providerKeysLabel()->text().contains(u"API keys: 2"_s));
    QVERIFY(!dialog->saveButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameEdit(), u"text-embedding-3-small"_s);
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->saveBlockedReason()));

    m_server->resetCounters();
    QVERIFY(clickSave(dialog));
    const auto posts = requestsTo(*m_server, "POST", u"/api/v1/provider/models/embedding"_s);
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = bodyOf(posts.constFirst());
    QCOMPARE(body.value(u"name"_s).toString(), u"text-embedding-3-small"_s);
    QCOMPARE(body.value(u"provider_uuid"_s).toString(), kOpenAi);
    // The embedding allow-list only: no LLM or 4.0–4.6 field.
    for (const QString &key : body.keys())
        QVERIFY2(WriteBodies::modelAllowList(ModelType::Embedding, m_server->features()).contains(key),
                 qPrintable(key));
    QVERIFY(requestsTo(*m_server, "POST", u"/api/v1/provider/models/llm"_s).isEmpty());
    const QList<QJsonObject> stored = m_server->models(ModelType::Embedding);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().value(u"name"_s).toString(), u"text-embedding-3-small"_s);
    QCOMPARE(dialog->savedUuid(), stored.constFirst().value(u"uuid"_s).toString());
}

void TestProviderModelDialog::editsAnLlm_data()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

void TestProviderModelDialog::editsAnLlm()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    const ServerFeatures features = m_server->features();
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::Edit, kThinker);
    // The type of a saved model is fixed.
    QVERIFY(!dialog->typeCombo()->isEnabled());
    QCOMPARE(dialog->provider().uuid(), kOpenAi);
    QCOMPARE(dialog->nameEdit()->text(), u"o3-mini"_s);
    QVERIFY(dialog->abilitiesEditor()->checkBox(u"reasoning"_s)->isChecked());
    QVERIFY(!dialog->saveButton()->isEnabled()); // nothing changed yet
    QCOMPARE(dialog->contextLengthSpin()->isVisibleTo(dialog), features.hasContextLength());
    QCOMPARE(dialog->reasoningLevelCombo()->isVisibleTo(dialog), features.hasReasoningConfig());

    if (features.hasContextLength()) {
        QCOMPARE(dialog->contextLengthSpin()->value(), 128000);
        dialog->contextLengthSpin()->setFocus();
        QTest::keyClick(dialog->contextLengthSpin(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->contextLengthSpin(), u"64000"_s);
        QCOMPARE(dialog->contextLengthSpin()->value(), 64000);
    }
    if (features.hasReasoningConfig()) {
        // Only the levels the server reports for this model.
        QComboBox *levels = dialog->reasoningLevelCombo();
        QVERIFY(levels->isEnabled());
        QStringList offered;
        for (int i = 0; i < levels->count(); ++i)
            offered << levels->itemData(i).toString();
        const LlmTableModel *table = m_workspace->models();
        const QStringList reported = table->modelAt(table->rowOf(kThinker)).reasoningLevels();
        QVERIFY(reported.size() > 1);
        QCOMPARE(offered, reported);
        pick(levels, levels->findData(u"high"_s));
        QCOMPARE(levels->currentData().toString(), u"high"_s);
    } else {
        QTest::mouseClick(dialog->abilitiesEditor()->checkBox(u"vision"_s), Qt::LeftButton, {}, QPoint(8, 8));
    }
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->saveBlockedReason()));

    m_server->resetCounters();
    QVERIFY(clickSave(dialog));
    const auto puts = requestsTo(*m_server, "PUT", u"/api/v1/provider/models/llm/"_s + kThinker);
    QCOMPARE(puts.size(), 1);
    const QJsonObject body = bodyOf(puts.constFirst());
    // Gotcha 13: provider_uuid in every PUT; the allow-list only.
    QCOMPARE(body.value(u"provider_uuid"_s).toString(), kOpenAi);
    for (const QString &key : body.keys())
        QVERIFY2(WriteBodies::modelAllowList(ModelType::Llm, features).contains(key), qPrintable(key));
    const QJsonObject stored = m_server->model(ModelType::Llm, kThinker);
    if (features.hasContextLength())
        QCOMPARE(stored.value(u"context_length"_s).toInt(), 64000);
    else
        QVERIFY(!body.contains(u"context_length"_s));
    if (features.hasReasoningConfig()) {
        QCOMPARE(stored.value(u"reasoning_config"_s).toObject().value(u"level"_s).toString(), u"high"_s);
    } else {
        QVERIFY(!body.contains(u"reasoning_config"_s));
        QVERIFY(stored.value(u"abilities"_s).toArray().contains(u"vision"_s));
    }
    QCOMPARE(stored.value(u"name"_s).toString(), u"o3-mini"_s);
}

void TestProviderModelDialog::reasoningLevelsNeedTheAbility()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::Edit, kThinker);
    QComboBox *levels = dialog->reasoningLevelCombo();
    pick(levels, levels->findData(u"medium"_s));
    QCOMPARE(levels->currentData().toString(), u"medium"_s);
    QVERIFY(dialog->reasoningHintLabel()->isHidden());

    // Dropping the ability drops the level back to provider_default (API.md 5).
    QCheckBox *reasoning = dialog->abilitiesEditor()->checkBox(u"reasoning"_s);
    QTest::mouseClick(reasoning, Qt::LeftButton, {}, QPoint(8, reasoning->height() / 2));
    QVERIFY(!reasoning->isChecked());
    QVERIFY(!levels->isEnabled());
    QCOMPARE(levels->currentData().toString(), u"provider_default"_s);
    QVERIFY(dialog->reasoningHintLabel()->isVisibleTo(dialog));
    QVERIFY(dialog->reasoningHintLabel()->text().contains(u"Reasoning"_s));

    QVERIFY(clickSave(dialog));
    const QJsonObject stored = m_server->model(ModelType::Llm, kThinker);
    QVERIFY(!stored.value(u"abilities"_s).toArray().contains(u"reasoning"_s));
    QCOMPARE(stored.value(u"reasoning_config"_s).toObject().value(u"level"_s).toString(), u"provider_default"_s);

    // A new model has no levels from the server yet: only provider_default.
    ProviderModelDialog *fresh = openDialog(ProviderModelDialog::Mode::New);
    QCOMPARE(fresh->reasoningLevelCombo()->count(), 1);
    QCOMPARE(fresh->reasoningLevelCombo()->itemData(0).toString(), u"provider_default"_s);
    QTest::mouseClick(fresh->abilitiesEditor()->checkBox(u"reasoning"_s), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(!fresh->reasoningLevelCombo()->isEnabled());
    QVERIFY(fresh->reasoningHintLabel()->text().contains(u"no other level"_s));
}

void TestProviderModelDialog::testBeforeSavePasses_data()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

void TestProviderModelDialog::testBeforeSavePasses()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::New);
    pick(dialog->providerCombo(), 0);
    QTest::keyClicks(dialog->nameEdit(), u"gpt-4o"_s);
    QVERIFY(dialog->testButton()->isEnabled());
    m_server->resetCounters();
    QSignalSpy finished(dialog, &ProviderModelDialog::testFinished);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(dialog->testResultLabel()->text().startsWith(u"Test passed"_s));

    // The `_` body of API.md 6: uuid "", the provider's requester, URL and keys.
    const auto tests = requestsTo(*m_server, "POST", u"/api/v1/provider/models/llm/_/test"_s);
    QCOMPARE(tests.size(), 1);
    const QJsonObject body = bodyOf(tests.constFirst());
    QCOMPARE(body.value(u"uuid"_s).toString(), QString());
    QCOMPARE(body.value(u"name"_s).toString(), u"gpt-4o"_s);
    const QJsonObject sentProvider = body.value(u"provider"_s).toObject();
    QCOMPARE(sentProvider.value(u"requester"_s).toString(), u"openai-chat-completions"_s);
    QCOMPARE(sentProvider.value(u"base_url"_s).toString(), u"https://api.openai.com/v1"_s);
    QCOMPARE(sentProvider.value(u"api_keys"_s).toArray(), (QJsonArray{u"sk-live-0001"_s, u"sk-live-0002"_s}));
    // Nothing was saved.
    QCOMPARE(m_server->writeRequestCount(), 0);
    QCOMPARE(m_server->models(ModelType::Llm).size(), 1);
}

void TestProviderModelDialog::maskedKeysAreNotSentForATest()
{
    useServer(u"4.10"_s, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_workspace->providers().constFirst().hasMaskedKeys());
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::New);
    pick(dialog->providerCombo(), 0);
    QTest::keyClicks(dialog->nameEdit(), u"gpt-4o"_s);
    // No "***" shown as a key: the label says the server hides them.
    const QString keys = dialog->providerKeysLabel()->text();
    QVERIFY(keys.contains(ProviderModelDialog::hiddenSecretText()));
    QVERIFY(!keys.contains(u"***"_s));
    // A viewer may not create: Save says which permission is missing.
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(dialog->saveButton()->toolTip().contains(u"provider_secret.manage"_s));

    m_server->resetCounters();
    QSignalSpy finished(dialog, &ProviderModelDialog::testFinished);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(3000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString said = dialog->testResultLabel()->text();
    QVERIFY2(said.contains(u"A saved model can be tested"_s), qPrintable(said));
    QVERIFY(said.contains(u"an unsaved one cannot"_s));
    QVERIFY(requestsTo(*m_server, "POST", u"/api/v1/provider/models/llm/_/test"_s).isEmpty());
}

void TestProviderModelDialog::maskedExtraArgsAreNotShown()
{
    useServer(u"4.10"_s, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::Edit, kThinker);
    ExtraArgsEditor *args = dialog->extraArgsEditor();
    int row = -1;
    for (int i = 0; i < args->rowCount(); ++i) {
        if (args->keyEdit(i)->text() == u"api_key"_s)
            row = i;
    }
    QVERIFY(row >= 0);
    const auto *value = qobject_cast<QLineEdit *>(args->valueEditor(row));
    QVERIFY(value);
    QCOMPARE(value->text(), QString());
    QCOMPARE(value->placeholderText(), ProviderModelDialog::hiddenSecretText());
    // Left alone it stays the server's "***" (an update keeps the stored value).
    QCOMPARE(dialog->edited().extraArgs().value(u"api_key"_s).toString(), u"***"_s);
    QVERIFY(!dialog->isDirty());
    // No field or label of the dialog shows "***".
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        QVERIFY2(!edit->text().contains(u"***"_s), qPrintable(edit->objectName()));
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"***"_s), qPrintable(label->objectName()));
}

void TestProviderModelDialog::serverErrorsKeepTheInput_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected"); // in the banner
    QTest::newRow("4.9") << u"4.9"_s << u"database is locked"_s;
    QTest::newRow("4.10") << u"4.10"_s << u"request id"_s;
}

void TestProviderModelDialog::serverErrorsKeepTheInput()
{
    QFETCH(QString, version);
    QFETCH(QString, expected);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    FakeLangBotServer::FaultSpec fault;
    fault.fault
        = version == u"4.9"_s ? FakeLangBotServer::Fault::Error500Legacy : FakeLangBotServer::Fault::Error500New;
    fault.message = u"database is locked"_s;
    fault.times = 1;
    m_server->setFault(u"POST /api/v1/provider/models/llm"_s, fault);

    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::New);
    pick(dialog->providerCombo(), 1);
    QTest::keyClicks(dialog->nameEdit(), u"qwen2.5-72b"_s);
    QTest::mouseClick(dialog->abilitiesEditor()->checkBox(u"vision"_s), Qt::LeftButton, {}, QPoint(8, 8));
    dialog->extraArgsEditor()->addRow(u"top_p"_s, ExtraArgsEditor::Type::Number, u"0.9"_s, false);
    const LlmModel typed = dialog->edited();

    QVERIFY(!clickSave(dialog));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->banner()->isShowingError());
    QVERIFY2(dialog->banner()->message().contains(expected), qPrintable(dialog->banner()->message()));
    // Everything typed is still there, and Save sends it again.
    QCOMPARE(dialog->edited(), typed);
    QCOMPARE(dialog->nameEdit()->text(), u"qwen2.5-72b"_s);
    QCOMPARE(dialog->provider().uuid(), kLocal);
    QVERIFY(dialog->abilitiesEditor()->checkBox(u"vision"_s)->isChecked());
    QVERIFY(clickSave(dialog));
    bool found = false;
    for (const QJsonObject &stored : m_server->models(ModelType::Llm))
        found = found || (stored.value(u"name"_s) == u"qwen2.5-72b"_s && stored.value(u"provider_uuid"_s) == kLocal);
    QVERIFY(found);
}

void TestProviderModelDialog::forbiddenSaveNamesThePermission()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    const FakeLangBotServer::FaultSpec fault = lb::testsupport::permissionRefusal(u"provider_secret.manage"_s);
    m_server->setFault(u"PUT /api/v1/provider/models/llm/"_s + kThinker, fault);
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::Edit, kThinker);
    setText(dialog->nameEdit(), u"o3-mini-renamed"_s);
    QVERIFY(!clickSave(dialog));
    QVERIFY(dialog->banner()->message().contains(u"provider_secret.manage"_s));
    QCOMPARE(dialog->nameEdit()->text(), u"o3-mini-renamed"_s);
    QCOMPARE(m_server->model(ModelType::Llm, kThinker).value(u"name"_s).toString(), u"o3-mini"_s);
}

void TestProviderModelDialog::newProviderEntry()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::New);
    QComboBox *providers = dialog->providerCombo();
    pick(providers, 1);
    QCOMPARE(dialog->provider().uuid(), kLocal);
    QSignalSpy requested(dialog, &ProviderModelDialog::newProviderRequested);
    pick(providers, dialog->newProviderIndex());
    QCOMPARE(requested.count(), 1);
    // The entry is an action: the pick stays.
    QCOMPARE(dialog->provider().uuid(), kLocal);

    // A provider made meanwhile shows up, and can be picked.
    QList<QJsonObject> now = m_server->providers();
    QJsonObject made = provider(u"p-new"_s, u"DeepSeek"_s, u"https://api.deepseek.com/v1"_s, {u"sk-ds"_s});
    made.insert(u"workspace_uuid"_s, kWorkspace);
    now.append(made);
    m_server->setProviders(now);
    QSignalSpy loaded(m_workspace.get(), &ServerWorkspace::listLoaded);
    m_workspace->refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(dialog->provider().uuid(), kLocal);
    dialog->selectProvider(u"p-new"_s);
    QCOMPARE(dialog->provider().name(), u"DeepSeek"_s);
    QVERIFY(providers->currentText().contains(u"https://api.deepseek.com/v1"_s));
}

void TestProviderModelDialog::offersOnlyProvidersServingTheType_data()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

void TestProviderModelDialog::offersOnlyProvidersServingTheType()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    // Beside the two OpenAI-compatible providers: a chat-only and an embedding-only one.
    QList<QJsonObject> providers = m_server->providers();
    QJsonObject chat = provider(u"p-chat"_s, u"DeepSeek"_s, u"https://api.deepseek.com"_s, {u"sk-d"_s});
    chat.insert(u"requester"_s, u"deepseek-chat-completions"_s);
    QJsonObject embedder = provider(u"p-embed"_s, u"Built-in embedder"_s, QString(), {});
    embedder.insert(u"requester"_s, u"seekdb-embedding"_s);
    for (QJsonObject *record : {&chat, &embedder}) {
        if (m_server->features().hasPermissions())
            record->insert(u"workspace_uuid"_s, kWorkspace);
        providers.append(*record);
    }
    m_server->setProviders(providers);
    QSignalSpy loaded(m_workspace.get(), &ServerWorkspace::listLoaded);
    m_workspace->refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_workspace->providers().size(), 4);
    // The requesters' types come from a signed-in read.
    ApiClient signedIn(lb::testsupport::settingsFor(*m_server, false));
    QVERIFY(lb::testsupport::signIn(signedIn));
    SchemaSource schemas(&signedIn, u"profile-1"_s, SchemaSource::Access::UserLogin, m_dir->filePath(u"schemas"_s));
    QSignalSpy schemasLoaded(&schemas, &SchemaSource::finished);
    schemas.load();
    QVERIFY(schemasLoaded.wait(5000));
    QVERIFY(!schemas.allRequesters().isEmpty());
    m_schemas = &schemas;

    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::New);
    const auto offered = [dialog] {
        QStringList uuids;
        for (int i = 0; i < dialog->providerCombo()->count(); ++i) {
            const QString uuid = dialog->providerCombo()->itemData(i).toString();
            if (!uuid.isEmpty())
                uuids << uuid;
        }
        uuids.sort();
        return uuids;
    };
    QCOMPARE(offered(), (QStringList{u"p-chat"_s, kLocal, kOpenAi}));
    pick(dialog->providerCombo(), dialog->providerCombo()->findData(u"p-chat"_s));
    QCOMPARE(dialog->provider().uuid(), u"p-chat"_s);
    pick(dialog->typeCombo(), 1);
    QCOMPARE(dialog->modelType(), ModelType::Embedding);
    QCOMPARE(offered(), (QStringList{u"p-embed"_s, kLocal, kOpenAi}));
    // The chat-only pick is gone with its type.
    QVERIFY(dialog->provider().uuid().isEmpty());
    QVERIFY(dialog->providerCombo()->toolTip().contains(u"Embedding"_s));
    pick(dialog->typeCombo(), 2);
    QCOMPARE(dialog->modelType(), ModelType::Rerank);
    QCOMPARE(offered(), QStringList{}); // openai-chat-completions serves no rerank models here
    pick(dialog->typeCombo(), 0);
    QCOMPARE(offered(), (QStringList{u"p-chat"_s, kLocal, kOpenAi}));
    delete m_dialog.data();
}

void TestProviderModelDialog::reviewsThenOverwritesAConflict_data()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

void TestProviderModelDialog::reviewsThenOverwritesAConflict()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::Edit, kThinker);
    setText(dialog->nameEdit(), u"o3-mini-mine"_s);
    const QString put = u"/api/v1/provider/models/llm/%1"_s.arg(kThinker);

    // The review comes first: Back sends nothing.
    m_server->resetCounters();
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Back);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(requestsTo(*m_server, "PUT", put).isEmpty());
    QStringList paths;
    for (const FieldChange &change : ChangeReviewDialog::lastChanges())
        paths << change.path;
    QCOMPARE(paths, QStringList{u"name"_s});
    QVERIFY(dialog->isVisible());

    // Someone else saves the model meanwhile: the save says so, and the
    // user overwrites.
    QJsonObject theirs = m_server->models(ModelType::Llm).constFirst();
    theirs.insert(u"prefered_ranking"_s, 7);
    theirs.insert(u"updated_at"_s, u"2026-09-01T10:00:00"_s);
    m_server->setModels(ModelType::Llm, {theirs});
    QSignalSpy conflict(dialog, &ProviderModelDialog::conflictDetected);
    connect(dialog, &ProviderModelDialog::conflictDetected, this,
            [] { ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Overwrite); });
    QVERIFY(clickSave(dialog));
    QCOMPARE(conflict.count(), 1);
    QVERIFY(ChangeReviewDialog::lastText().contains(u"o3-mini"_s));
    QCOMPARE(requestsTo(*m_server, "PUT", put).size(), 1);
    const QJsonObject stored = m_server->models(ModelType::Llm).constFirst();
    QCOMPARE(stored.value(u"name"_s).toString(), u"o3-mini-mine"_s);
}

void TestProviderModelDialog::halfSavedCreateIsCleanedUp()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    // A provider whose requester the server cannot start: an embedding
    // create saves the row, then fails (API.md 5).
    QList<QJsonObject> providers = m_server->providers();
    QJsonObject broken = provider(u"p-broken"_s, u"Broken"_s, u"https://broken.example.com/v1"_s, {u"sk-b"_s});
    broken.insert(u"requester"_s, u"no-such-requester"_s);
    broken.insert(u"workspace_uuid"_s, kWorkspace);
    m_server->setProviders(providers << broken);
    QSignalSpy loaded(m_workspace.get(), &ServerWorkspace::listLoaded);
    m_workspace->refresh();
    QVERIFY(loaded.wait(5000));

    ProviderModelDialog *dialog = openDialog(ProviderModelDialog::Mode::New, {}, ModelType::Embedding);
    QCOMPARE(dialog->modelType(), ModelType::Embedding);
    pick(dialog->providerCombo(), dialog->providerCombo()->findData(u"p-broken"_s));
    QCOMPARE(dialog->provider().uuid(), u"p-broken"_s);
    QTest::keyClicks(dialog->nameEdit(), u"orphan-embedding"_s);
    QSignalSpy found(dialog, &ProviderModelDialog::orphanFound);
    QVERIFY(!clickSave(dialog));
    QVERIFY(lb::testsupport::awaitOne(found));
    QCOMPARE(m_server->models(ModelType::Embedding).size(), 1); // the half-saved row
    QVERIFY(dialog->banner()->text().contains(u"orphan-embedding"_s));
    QVERIFY(dialog->banner()->actionButton()->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), u"orphan-embedding"_s);

    QSignalSpy removed(dialog, &ProviderModelDialog::orphanRemoved);
    QTest::mouseClick(dialog->banner()->actionButton(), Qt::LeftButton);
    QVERIFY(lb::testsupport::awaitOne(removed));
    QVERIFY(m_server->models(ModelType::Embedding).isEmpty());
}

void TestProviderModelDialog::windowOpensTheDialogOfItsServer_data()
{
    lb::testsupport::addVersionRows({"4.6", "4.9", "4.10"});
}

void TestProviderModelDialog::windowOpensTheDialogOfItsServer()
{
    QFETCH(QString, version);
    FakeLangBotServer server;
    QVERIFY(server.setLangBotVersion(version));
    server.loadDemoData();
    QVERIFY(server.listen());
    ApiClient client(lb::testsupport::quickSettings(server.url()));
    MainWindow window(&client, u"Test server"_s);
    ModelEditing editing(&window);
    QSignalSpy loaded(&window, &MainWindow::modelsLoaded);
    window.show();
    QVERIFY(loaded.wait(10000));

    QSignalSpy opened(&editing, &ModelEditing::providerDialogOpened);
    ModelDialog *legacy = editing.openNew();
    if (!server.features().hasProviders()) {
        // 4.0–4.6: the dialog of the requester schemas, as always.
        QVERIFY(legacy);
        QVERIFY(!editing.providerDialog());
        QCOMPARE(opened.count(), 0);
        return;
    }
    QVERIFY(!legacy);
    QCOMPARE(opened.count(), 1);
    ProviderModelDialog *dialog = editing.providerDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), ProviderModelDialog::Mode::New);
    QCOMPARE(dialog->providerCombo()->count() - 1, int(server.providers().size()) + 1); // + separator
    QSignalSpy requested(&editing, &ModelEditing::newProviderRequested);
    pick(dialog->providerCombo(), dialog->newProviderIndex());
    QCOMPARE(requested.count(), 1);
    // A provider was picked on the way: closing asks before discarding it.
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    dialog->close();
    QTRY_VERIFY(!editing.providerDialog());

    // Editing an embedding model opens it with its type, fixed.
    const LlmTableModel *table = window.workspace()->models();
    QString uuid;
    for (int row = 0; row < table->rowCount() && uuid.isEmpty(); ++row) {
        if (table->modelAt(row).type() == ModelType::Embedding)
            uuid = table->modelAt(row).uuid();
    }
    QVERIFY(!uuid.isEmpty());
    QVERIFY(!editing.openEdit(uuid));
    dialog = editing.providerDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->modelType(), ModelType::Embedding);
    QVERIFY(!dialog->typeCombo()->isEnabled());
    QCOMPARE(dialog->original().uuid(), uuid);
}

QTEST_MAIN(TestProviderModelDialog)
#include "tst_providermodeldialog.moc"
