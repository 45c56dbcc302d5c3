// ProviderDialog against the fake server (LangBot 4.9 and 4.10): a new
// provider with its type picked from the requesters, the base URL filled in
// from the requester's default, and two keys; an edit that keeps one key,
// replaces one and adds one; a view-only key's masked keys shown as hidden,
// kept, and its refused save explained; a failed create's message and
// request id, with what was typed kept.

#include "FakeLangBotServer.h"
#include "DemoIds.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "models/RequesterIcons.h"
#include "models/RequesterPicker.h"
#include "providers/ProviderDialog.h"
#include "providers/ProviderTestPanel.h"
#include "widgets/RequestIdButton.h"

#include "api/ApiClient.h"
#include "schema/SchemaSource.h"
#include "workspace/ServerWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace lb;
using lb::demo::FakeLangBotServer;
using lb::gui::ProviderDialog;
using namespace Qt::StringLiterals;

namespace {

using lb::demoids::kOpenAi;

void addVersions()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QStringList keysOf(const QJsonObject &provider)
{
    QStringList keys;
    for (const QJsonValue &key : provider.value(u"api_keys"_s).toArray())
        keys << key.toString();
    return keys;
}

// The body of the last unsaved (`_`) test the server was sent; empty when none.
QJsonObject lastUnsavedTest(const FakeLangBotServer &server, const QString &type)
{
    QJsonObject body;
    for (const FakeLangBotServer::RecordedRequest &request : server.requests()) {
        if (request.path == u"/api/v1/provider/models/%1/_/test"_s.arg(type))
            body = QJsonDocument::fromJson(request.body).object();
    }
    return body;
}

// Clicks Test connection and waits for its end; its outcome.
bool clickTest(lb::gui::ProviderTestPanel *panel, bool *ok)
{
    QSignalSpy finished(panel, &lb::gui::ProviderTestPanel::finished);
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    if (!lb::testsupport::awaitOne(finished, 20000))
        return false;
    *ok = finished.constFirst().at(0).toBool();
    return true;
}

} // namespace

class TestProviderDialog : public QObject, protected lb::testsupport::WorkspaceFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void createsWithSeveralKeys_data() { addVersions(); }
    void createsWithSeveralKeys();
    void editKeepsReplacesAndAddsKeys_data() { addVersions(); }
    void editKeepsReplacesAndAddsKeys();
    void maskedKeysStayHiddenAndKept();
    void failedCreateShowsRequestIdAndKeepsInput();
    void testsConnectionOfASavedModel_data() { addVersions(); }
    void testsConnectionOfASavedModel();
    void testsConnectionOfATypedModel_data() { addVersions(); }
    void testsConnectionOfATypedModel();
    void testConnectionNeedsThePermission();
    void duplicateSaysWhatItCannotCopy();

private:
    // A server of that version; signedIn: the demo user (requesters readable),
    // else that API key (no requesters).
    void useServer(const QString &version, bool signedIn, const QString &apiKey = FakeLangBotServer::demoApiKey());
    // A dialog started in mode on uuid, shown and loaded.
    ProviderDialog *openDialog(ProviderDialog::Mode mode, const QString &uuid = {});
    bool saveAndWait(bool expectOk);
    QJsonObject providerNamed(const QString &name) const;

    std::unique_ptr<SchemaSource> m_schemas;
    std::unique_ptr<lb::gui::RequesterIcons> m_icons;
    std::unique_ptr<ProviderDialog> m_dialog;
};

void TestProviderDialog::initTestCase()
{
    lb::testsupport::useTestPaths();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestProviderDialog::cleanup()
{
    m_dialog.reset();
    m_icons.reset();
    m_schemas.reset();
    stopWorkspace();
}

void TestProviderDialog::useServer(const QString &version, bool signedIn, const QString &apiKey)
{
    QVERIFY2(startWorkspace(version, signedIn ? QString() : apiKey), qPrintable(serverError()));
    if (signedIn)
        QVERIFY(lb::testsupport::signIn(*m_client));
    QVERIFY(connectWorkspace(u"dialog-test"_s));
    m_schemas = std::make_unique<SchemaSource>(
        m_client.get(), u"profile-a"_s, signedIn ? SchemaSource::Access::UserLogin : SchemaSource::Access::ApiKeyOnly,
        m_dir->filePath(u"schemas"_s));
    QSignalSpy schemas(m_schemas.get(), &SchemaSource::finished);
    m_schemas->load();
    QVERIFY(lb::testsupport::awaitOne(schemas));
    QCOMPARE(m_schemas->requesters().isEmpty(), !signedIn);
    m_icons = std::make_unique<lb::gui::RequesterIcons>(u"profile-a"_s, nullptr, m_dir->filePath(u"icons"_s));
}

ProviderDialog *TestProviderDialog::openDialog(ProviderDialog::Mode mode, const QString &uuid)
{
    m_dialog = std::make_unique<ProviderDialog>(m_workspace.get(), m_schemas->allRequesters(), m_icons.get());
    QSignalSpy loaded(m_dialog.get(), &ProviderDialog::loaded);
    m_dialog->start(mode, uuid);
    m_dialog->show();
    if (!lb::testsupport::awaitOne(loaded))
        return nullptr;
    return m_dialog.get();
}

bool TestProviderDialog::saveAndWait(bool expectOk)
{
    QSignalSpy finished(m_dialog.get(), &ProviderDialog::saveFinished);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    const bool ok = lb::testsupport::awaitOne(finished) && finished.constFirst().at(0).toBool() == expectOk;
    if (!ok)
        qWarning("Save: %s", qPrintable(m_dialog->errorLabel()->text()));
    return ok;
}

QJsonObject TestProviderDialog::providerNamed(const QString &name) const
{
    for (const QJsonObject &p : m_server->providers()) {
        if (p.value(u"name"_s).toString() == name)
            return p;
    }
    return {};
}

void TestProviderDialog::createsWithSeveralKeys()
{
    QFETCH(QString, version);
    useServer(version, true);
    if (QTest::currentTestFailed())
        return;
    ProviderDialog *dialog = openDialog(ProviderDialog::Mode::New);
    QVERIFY(dialog);
    QCOMPARE(dialog->keyEdits().size(), 1);
    typeInto(dialog->nameEdit(), u"Team DeepSeek"_s);
    // The type from the searchable list; the URL follows its default.
    lb::gui::RequesterPicker *picker = dialog->requesterPicker();
    QVERIFY(picker);
    QTest::keyClicks(picker->searchEdit(), u"deepseek"_s);
    QVERIFY(picker->visibleNames().contains(u"deepseek-chat-completions"_s));
    const int at = int(picker->visibleNames().indexOf(u"deepseek-chat-completions"_s));
    QListView *list = picker->listView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(at, 0)).center());
    QCOMPARE(picker->currentName(), u"deepseek-chat-completions"_s);
    const QString expectedUrl
        = m_schemas->schemaFor(u"deepseek-chat-completions"_s).defaultConfig().value(u"base_url"_s).toString();
    QVERIFY(!expectedUrl.isEmpty());
    QCOMPARE(dialog->baseUrlEdit()->text(), expectedUrl);

    typeInto(dialog->keyEdits().at(0), u"sk-first"_s);
    QTest::mouseClick(dialog->addKeyButton(), Qt::LeftButton);
    QCOMPARE(dialog->keyEdits().size(), 2);
    typeInto(dialog->keyEdits().at(1), u"sk-second"_s);
    QCOMPARE(dialog->keyEdits().at(1)->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->keyEdits().at(1)->accessibleName().isEmpty());

    QSignalSpy saved(dialog, &ProviderDialog::saved);
    QSignalSpy refreshed(m_workspace.get(), &ServerWorkspace::listLoaded);
    QVERIFY(saveAndWait(true));
    const QJsonObject stored = providerNamed(u"Team DeepSeek"_s);
    QCOMPARE(stored.value(u"requester"_s).toString(), u"deepseek-chat-completions"_s);
    QCOMPARE(stored.value(u"base_url"_s).toString(), expectedUrl);
    QCOMPARE(keysOf(stored), (QStringList{u"sk-first"_s, u"sk-second"_s}));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.constFirst().at(0).toString(), stored.value(u"uuid"_s).toString());
    QVERIFY(saved.constFirst().at(1).toBool());
    QVERIFY(lb::testsupport::awaitOne(refreshed));
    bool listed = false;
    for (const lb::Provider &p : m_workspace->providers())
        listed = listed || p.uuid() == stored.value(u"uuid"_s).toString();
    QVERIFY(listed);
    QVERIFY(!dialog->isVisible());
}

void TestProviderDialog::editKeepsReplacesAndAddsKeys()
{
    QFETCH(QString, version);
    useServer(version, true);
    if (QTest::currentTestFailed())
        return;
    const QStringList before = keysOf(m_server->provider(kOpenAi));
    QCOMPARE(before.size(), 2);
    ProviderDialog *dialog = openDialog(ProviderDialog::Mode::Edit, kOpenAi);
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), u"OpenAI"_s);
    QCOMPARE(dialog->requesterPicker()->currentName(), u"openai-chat-completions"_s);
    QCOMPARE(dialog->keyEdits().size(), 2);
    QCOMPARE(dialog->keyEdits().at(0)->text(), before.at(0));
    // Masked, with a reveal.
    QLineEdit *first = dialog->keyEdits().at(0);
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QVERIFY(!first->actions().isEmpty());
    first->actions().constFirst()->trigger();
    QCOMPARE(first->echoMode(), QLineEdit::Normal);

    typeInto(dialog->keyEdits().at(1), u"sk-replaced"_s);
    QTest::mouseClick(dialog->addKeyButton(), Qt::LeftButton);
    typeInto(dialog->keyEdits().at(2), u"sk-third"_s);
    QVERIFY(saveAndWait(true));
    QCOMPARE(keysOf(m_server->provider(kOpenAi)), (QStringList{before.at(0), u"sk-replaced"_s, u"sk-third"_s}));
    QCOMPARE(m_server->provider(kOpenAi).value(u"name"_s).toString(), u"OpenAI"_s);

    // Removing a row removes that key.
    dialog = openDialog(ProviderDialog::Mode::Edit, kOpenAi);
    QVERIFY(dialog);
    QCOMPARE(dialog->keyEdits().size(), 3);
    QTest::mouseClick(dialog->removeKeyButton(1), Qt::LeftButton);
    QCOMPARE(dialog->keyEdits().size(), 2);
    QVERIFY(saveAndWait(true));
    QCOMPARE(keysOf(m_server->provider(kOpenAi)), (QStringList{before.at(0), u"sk-third"_s}));
}

void TestProviderDialog::maskedKeysStayHiddenAndKept()
{
    useServer(u"4.10"_s, false, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    ProviderDialog *dialog = openDialog(ProviderDialog::Mode::Edit, kOpenAi);
    QVERIFY(dialog);
    QVERIFY(dialog->requesterEdit()); // no requester list with an API key
    QCOMPARE(dialog->keyEdits().size(), 2);
    for (QLineEdit *edit : dialog->keyEdits()) {
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(edit->placeholderText(), u"hidden by the server (no secret permission)"_s);
    }
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        QVERIFY2(!edit->text().contains(u"***"_s), qPrintable(edit->objectName()));
    // Kept unless replaced; a hidden key is kept by its index, so its row
    // cannot be removed (that would keep the wrong key).
    QCOMPARE(dialog->editedProvider().apiKeys(), (QStringList{u"***"_s, u"***"_s}));
    for (int row = 0; row < 2; ++row)
        QVERIFY(!dialog->removeKeyButton(row)->isEnabled());
    typeInto(dialog->keyEdits().at(1), u"sk-new"_s);
    QCOMPARE(dialog->editedProvider().apiKeys(), (QStringList{u"***"_s, u"sk-new"_s}));

    // A viewer may not write: the server says which permission is missing.
    typeInto(dialog->nameEdit(), u"Renamed by a viewer"_s);
    QVERIFY(saveAndWait(false));
    QVERIFY2(dialog->errorLabel()->text().contains(u"provider_secret.manage"_s),
             qPrintable(dialog->errorLabel()->text()));
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), u"Renamed by a viewer"_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_server->provider(kOpenAi).value(u"name"_s).toString(), u"OpenAI"_s);
}

void TestProviderDialog::failedCreateShowsRequestIdAndKeepsInput()
{
    useServer(u"4.10"_s, false);
    if (QTest::currentTestFailed())
        return;
    ProviderDialog *dialog = openDialog(ProviderDialog::Mode::New);
    QVERIFY(dialog);
    QVERIFY(dialog->requesterEdit());
    typeInto(dialog->nameEdit(), u"Broken"_s);
    typeInto(dialog->requesterEdit(), u"no-such-requester"_s);
    typeInto(dialog->baseUrlEdit(), u"https://broken.example.com/v1"_s);
    typeInto(dialog->keyEdits().at(0), u"sk-broken"_s);
    QVERIFY(saveAndWait(false));
    QVERIFY(!dialog->requestId().isEmpty());
    // Once in the text, and one click to copy.
    QCOMPARE(dialog->errorLabel()->text().count(dialog->requestId()), 1);
    QVERIFY(dialog->copyRequestIdButton()->isVisible());
    QCOMPARE(dialog->copyRequestIdButton()->requestId(), dialog->requestId());
    QCOMPARE(dialog->nameEdit()->text(), u"Broken"_s);
    QCOMPARE(dialog->keyEdits().at(0)->text(), u"sk-broken"_s);
    QVERIFY(dialog->isVisible());

    // The row was saved before the 500: shown as such, cleaned up in one click.
    QVERIFY(!providerNamed(u"Broken"_s).isEmpty());
    QTRY_VERIFY(dialog->cleanupButton()->isVisible());
    QVERIFY(dialog->errorLabel()->text().contains(u"Broken"_s));
    QSignalSpy removed(dialog, &ProviderDialog::orphanRemoved);
    QTest::mouseClick(dialog->cleanupButton(), Qt::LeftButton);
    QVERIFY(lb::testsupport::awaitOne(removed));
    QVERIFY(providerNamed(u"Broken"_s).isEmpty());
    QVERIFY(!dialog->cleanupButton()->isVisible());
}

void TestProviderDialog::testsConnectionOfASavedModel()
{
    QFETCH(QString, version);
    useServer(version, true);
    if (QTest::currentTestFailed())
        return;
    ProviderDialog *dialog = openDialog(ProviderDialog::Mode::Edit, kOpenAi);
    QVERIFY(dialog);
    lb::gui::ProviderTestPanel *panel = dialog->testPanel();
    QVERIFY(panel && panel->isVisible());
    // The provider's saved models are offered, the first picked.
    QStringList offered;
    for (int i = 0; i < panel->modelCombo()->count(); ++i)
        offered << panel->modelCombo()->itemText(i);
    QVERIFY2(offered.contains(u"gpt-4o"_s), qPrintable(offered.join(u',')));
    QVERIFY(!panel->modelName().isEmpty());
    QVERIFY2(panel->testButton()->isEnabled(), qPrintable(panel->testButton()->toolTip()));

    // The form's settings go to the server unsaved, with a key typed now.
    typeInto(dialog->keyEdits().at(1), u"sk-typed-now"_s);
    bool ok = false;
    QVERIFY(clickTest(panel, &ok));
    QVERIFY2(ok, qPrintable(panel->resultLabel()->text()));
    QVERIFY(panel->resultLabel()->text().contains(u" ms"_s));
    const QJsonObject sent = lastUnsavedTest(*m_server, lb::modelTypeId(panel->modelType()));
    QCOMPARE(sent.value(u"name"_s).toString(), panel->modelName());
    const QJsonObject provider = sent.value(u"provider"_s).toObject();
    QCOMPARE(provider.value(u"requester"_s).toString(), u"openai-chat-completions"_s);
    QCOMPARE(keysOf(provider).value(1), u"sk-typed-now"_s);
    QCOMPARE(keysOf(m_server->provider(kOpenAi)).value(1) == u"sk-typed-now"_s, false); // nothing saved
    QVERIFY(!panel->requestIdButton()->isVisible());

    // A base URL the provider cannot be reached at: the failure, its time and,
    // on 4.10.7+, its request id shown once with a copy button.
    typeInto(dialog->baseUrlEdit(), u"https://invalid.example.com/v1"_s);
    QVERIFY(clickTest(panel, &ok));
    QVERIFY(!ok);
    const QString text = panel->resultLabel()->text();
    QVERIFY2(text.contains(u"failed"_s), qPrintable(text));
    if (version == u"4.10"_s) {
        const QString id = panel->requestIdButton()->requestId();
        QVERIFY(!id.isEmpty());
        QVERIFY(panel->requestIdButton()->isVisible());
        QCOMPARE(text.count(id), 1);
    } else {
        QVERIFY2(text.contains(u"Connection error"_s), qPrintable(text));
        QVERIFY(!panel->requestIdButton()->isVisible());
    }
    QVERIFY(dialog->isVisible());
}

void TestProviderDialog::testsConnectionOfATypedModel()
{
    QFETCH(QString, version);
    useServer(version, true);
    if (QTest::currentTestFailed())
        return;
    ProviderDialog *dialog = openDialog(ProviderDialog::Mode::New);
    QVERIFY(dialog);
    lb::gui::ProviderTestPanel *panel = dialog->testPanel();
    const qsizetype providersBefore = m_server->providers().size();
    QCOMPARE(panel->modelCombo()->count(), 0); // a new provider has no models
    QVERIFY(!panel->testButton()->isEnabled());
    QVERIFY(!panel->testButton()->toolTip().isEmpty());

    // An embedding-only requester: only the embedding type can be tested.
    lb::gui::RequesterPicker *picker = dialog->requesterPicker();
    QTest::keyClicks(picker->searchEdit(), u"seekdb"_s);
    const int at = int(picker->visibleNames().indexOf(u"seekdb-embedding"_s));
    QVERIFY(at >= 0);
    QListView *list = picker->listView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(at, 0)).center());
    QCOMPARE(picker->currentName(), u"seekdb-embedding"_s);
    QCOMPARE(panel->typeCombo()->count(), 1);
    QCOMPARE(panel->modelType(), lb::ModelType::Embedding);

    typeInto(panel->modelCombo()->lineEdit(), u"all-MiniLM-L6-v2"_s);
    QVERIFY2(panel->testButton()->isEnabled(), qPrintable(panel->testButton()->toolTip()));
    bool ok = false;
    QVERIFY(clickTest(panel, &ok));
    QVERIFY2(ok, qPrintable(panel->resultLabel()->text()));
    const QJsonObject sent = lastUnsavedTest(*m_server, u"embedding"_s);
    QCOMPARE(sent.value(u"name"_s).toString(), u"all-MiniLM-L6-v2"_s);
    QCOMPARE(sent.value(u"provider"_s).toObject().value(u"requester"_s).toString(), u"seekdb-embedding"_s);
    QCOMPARE(m_server->providers().size(), providersBefore); // nothing was created
}

void TestProviderDialog::testConnectionNeedsThePermission()
{
    useServer(u"4.10"_s, false, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    ProviderDialog *dialog = openDialog(ProviderDialog::Mode::Edit, kOpenAi);
    QVERIFY(dialog);
    lb::gui::ProviderTestPanel *panel = dialog->testPanel();
    QVERIFY(!panel->testButton()->isEnabled());
    QVERIFY2(panel->testButton()->toolTip().contains(u"provider_secret.manage"_s),
             qPrintable(panel->testButton()->toolTip()));
    const qsizetype before = m_server->requests().size();
    panel->test();
    QCOMPARE(m_server->requests().size(), before);
}

void TestProviderDialog::duplicateSaysWhatItCannotCopy()
{
    // Plain keys are copied without a word.
    useServer(u"4.10"_s, true);
    if (QTest::currentTestFailed())
        return;
    ProviderDialog *dialog = openDialog(ProviderDialog::Mode::Duplicate, kOpenAi);
    QVERIFY(dialog);
    QCOMPARE(dialog->keyEdits().size(), 2);
    QVERIFY(!dialog->noteLabel()->isVisible());
    cleanup();

    // Hidden keys cannot be copied: the duplicate says so.
    useServer(u"4.10"_s, false, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    dialog = openDialog(ProviderDialog::Mode::Duplicate, kOpenAi);
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), u"OpenAI (copy)"_s);
    QCOMPARE(dialog->keyEdits().size(), 1);
    QVERIFY(dialog->keyEdits().at(0)->text().isEmpty());
    QVERIFY(dialog->noteLabel()->isVisible());
    QVERIFY2(dialog->noteLabel()->text().contains(u"hides 2 of the source's API keys"_s),
             qPrintable(dialog->noteLabel()->text()));
}

QTEST_MAIN(TestProviderDialog)
#include "tst_providerdialog.moc"
