// ProvidersPane against the fake server: the list and its selection, the
// actions per generation and permission (4.0–4.6: read-only grouping; a
// view-only key: disabled, naming the permission), and Delete: an empty
// provider at once, a used one only after its models are deleted or moved
// (asked first, naming them); the pane inside the main window.

#include "FakeLangBotServer.h"
#include "DemoIds.h"
#include "FakeServer.h"
#include "MainWindowLookup.h"
#include "TestSupport.h"
#include "mainwindow/MainWindow.h"
#include "providers/ProviderDeletion.h"
#include "providers/ProvidersPane.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "model/ProviderListModel.h"
#include "schema/RequesterSchema.h"
#include "workspace/ServerWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

using lb::ApiClient;
using lb::ModelType;
using lb::ProviderListModel;
using lb::ServerWorkspace;
using lb::demo::FakeLangBotServer;
using lb::gui::MessageBox;
using lb::gui::ProviderDeletion;
using lb::gui::ProvidersPane;
using namespace Qt::StringLiterals;

namespace {

using lb::demoids::kOpenAi;
using lb::demoids::kSiliconFlow;
const QString &kDeepSeek = lb::demoids::kDeepSeekProvider;
const QString kEmpty = u"99999999-8888-4777-8666-555555555555"_s;

void addVersions(bool withLegacy)
{
    if (withLegacy)
        lb::testsupport::addVersionRows({"4.6", "4.9", "4.10"});
    else
        lb::testsupport::addVersionRows({"4.9", "4.10"});
}

// The server's models (every type) that use the provider.
QStringList usersOf(const FakeLangBotServer &server, const QString &provider)
{
    QStringList uuids;
    for (const ModelType type : lb::allModelTypes) {
        for (const QJsonObject &m : server.models(type)) {
            if (m.value(u"provider_uuid"_s).toString() == provider)
                uuids << m.value(u"uuid"_s).toString();
        }
    }
    return uuids;
}

} // namespace

class TestProvidersPane : public QObject, protected lb::testsupport::WorkspaceFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { lb::testsupport::useTestPaths(); }
    void init();
    void cleanup();
    void listsAndSelects_data() { addVersions(true); }
    void listsAndSelects();
    void viewOnlyKeyDisablesEveryWrite();
    void deletesAnEmptyProvider_data() { addVersions(false); }
    void deletesAnEmptyProvider();
    void usedProviderMovesItsModelsFirst_data() { addVersions(false); }
    void usedProviderMovesItsModelsFirst();
    void usedProviderDeletesItsModelsFirst();
    void cancelledDeletionSendsNothing();
    void deletionRechecksAfterTheQuestions();
    void mainWindowShowsThePane();
    void selectingAProviderFiltersTheTable();

private:
    void useServer(const QString &version, const QString &apiKey = FakeLangBotServer::demoApiKey());
    void refresh();
    bool deleteSelected();
    // useServer(version), then a main window on its client, shown, with its
    // first list loaded; null when any of that failed.
    std::unique_ptr<lb::gui::MainWindow> openWindow(const QString &version);

    std::unique_ptr<ProvidersPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProvidersPane::init()
{
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    ProviderDeletion::setNextChoice(ProviderDeletion::Choice::Ask);
}

void TestProvidersPane::cleanup()
{
    m_tester.reset();
    m_pane.reset();
    stopWorkspace();
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    ProviderDeletion::setNextChoice(ProviderDeletion::Choice::Ask);
}

void TestProvidersPane::useServer(const QString &version, const QString &apiKey)
{
    QVERIFY2(startWorkspace(version, apiKey), qPrintable(serverError()));
    m_pane = std::make_unique<ProvidersPane>(m_workspace.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_pane->view()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->show();
    QVERIFY(connectWorkspace(u"pane-test"_s));
}

std::unique_ptr<lb::gui::MainWindow> TestProvidersPane::openWindow(const QString &version)
{
    useServer(version);
    if (QTest::currentTestFailed())
        return {};
    auto window = std::make_unique<lb::gui::MainWindow>(m_client.get(), u"Test server"_s);
    QSignalSpy loaded(window.get(), &lb::gui::MainWindow::modelsLoaded);
    window->show();
    if (!loaded.wait(10000))
        return {};
    return window;
}

void TestProvidersPane::refresh()
{
    QVERIFY(listOnce());
}

bool TestProvidersPane::deleteSelected()
{
    QSignalSpy finished(m_pane.get(), &ProvidersPane::deletionFinished);
    QSignalSpy loaded(m_workspace.get(), &ServerWorkspace::listLoaded);
    if (!m_pane->deleteAction()->isEnabled()) {
        qWarning("Delete is disabled: %s", qPrintable(m_pane->deleteAction()->toolTip()));
        return false;
    }
    m_pane->deleteAction()->trigger();
    if (!lb::testsupport::awaitOne(finished))
        return false;
    if (!finished.constFirst().at(0).toBool())
        return false;
    return lb::testsupport::awaitOne(loaded);
}

void TestProvidersPane::listsAndSelects()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    const bool providers = m_server->features().hasProviders();
    QTreeView *view = m_pane->view();
    QCOMPARE(view->model()->rowCount(), int(m_workspace->providers().size()) + 1);
    QCOMPARE(m_pane->currentUuid(), QString()); // All providers
    QVERIFY(!view->model()->index(1, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(view->isColumnHidden(ProviderListModel::EmbeddingColumn), !providers);
    QCOMPARE(view->isColumnHidden(ProviderListModel::RerankColumn), !m_server->features().hasRerank());

    // A click on a provider selects it; on All providers, every one.
    QSignalSpy selected(m_pane.get(), &ProvidersPane::providerSelected);
    const QModelIndex second = view->model()->index(2, ProviderListModel::NameColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.constLast().at(0).toString(), m_workspace->providers().at(1).uuid());
    QCOMPARE(m_pane->currentUuid(), m_workspace->providers().at(1).uuid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, ProviderListModel::NameColumn)).center());
    QCOMPARE(selected.constLast().at(0).toString(), QString());
    QVERIFY(m_pane->selectProvider(m_workspace->providers().at(0).uuid()));
    QCOMPARE(selected.constLast().at(0).toString(), m_workspace->providers().at(0).uuid());

    // 4.0–4.6: the grouping is read-only and every action says why.
    for (QAction *action :
         {m_pane->newAction(), m_pane->editAction(), m_pane->duplicateAction(), m_pane->deleteAction()}) {
        QCOMPARE(action->isEnabled(), providers);
        QCOMPARE(action->toolTip().contains(u"read-only"_s), !providers);
        QVERIFY(!action->objectName().isEmpty());
    }
}

void TestProvidersPane::viewOnlyKeyDisablesEveryWrite()
{
    useServer(u"4.10"_s, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_pane->selectProvider(kOpenAi));
    QVERIFY(!m_pane->newAction()->isEnabled());
    QVERIFY(m_pane->newAction()->toolTip().contains(u"provider_secret.manage"_s));
    QVERIFY(!m_pane->editAction()->isEnabled());
    QVERIFY(m_pane->editAction()->toolTip().contains(u"provider_secret.manage"_s));
    QVERIFY(!m_pane->duplicateAction()->isEnabled());
    QVERIFY(!m_pane->deleteAction()->isEnabled());
    QVERIFY(m_pane->deleteAction()->toolTip().contains(u"resource.manage"_s));
    // Still listed, and no secret shown as such.
    QCOMPARE(m_pane->view()->model()->rowCount(), int(m_server->providers().size()) + 1);
}

void TestProvidersPane::deletesAnEmptyProvider()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    QList<QJsonObject> providers = m_server->providers();
    providers << QJsonObject{{u"uuid"_s, kEmpty},
                             {u"name"_s, u"Unused"_s},
                             {u"requester"_s, u"openai-chat-completions"_s},
                             {u"base_url"_s, u"https://unused.example.com/v1"_s},
                             {u"api_keys"_s, QJsonArray{}}};
    m_server->setProviders(providers);
    refresh();
    QVERIFY(m_pane->selectProvider(kEmpty));
    // Asked, and cancelled: nothing sent.
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    const int writes = m_server->writeRequestCount();
    QSignalSpy finished(m_pane.get(), &ProvidersPane::deletionFinished);
    m_pane->deleteAction()->trigger();
    QVERIFY(lb::testsupport::awaitOne(finished));
    QVERIFY(finished.constFirst().at(1).toBool());
    QCOMPARE(m_server->writeRequestCount(), writes);
    QVERIFY(MessageBox::lastText().contains(u"Unused"_s));

    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QVERIFY(deleteSelected());
    QVERIFY(m_server->provider(kEmpty).isEmpty());
    QCOMPARE(m_pane->model()->rowOf(kEmpty), -1);
    QCOMPARE(m_server->writeRequestCount(), writes + 1);
}

void TestProvidersPane::usedProviderMovesItsModelsFirst()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    const QStringList users = usersOf(*m_server, kOpenAi);
    QVERIFY(users.size() >= 2);
    const QStringList targetBefore = usersOf(*m_server, kSiliconFlow);
    QVERIFY(m_pane->selectProvider(kOpenAi));
    ProviderDeletion::setNextChoice(ProviderDeletion::Choice::MoveModels, kSiliconFlow);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QVERIFY(deleteSelected());
    // Said before sending, naming every model; confirmed naming them again.
    for (const QString &uuid : users) {
        const QString name = m_workspace->modelName(uuid);
        QVERIFY2(ProviderDeletion::lastQuestion().contains(name), qPrintable(name));
        QVERIFY2(MessageBox::lastInformativeText().contains(name), qPrintable(name));
    }
    QVERIFY(MessageBox::lastText().contains(u"SiliconFlow"_s));
    // The models kept their uuids and moved; the provider is gone.
    QVERIFY(m_server->provider(kOpenAi).isEmpty());
    QVERIFY(usersOf(*m_server, kOpenAi).isEmpty());
    QCOMPARE(usersOf(*m_server, kSiliconFlow).size(), targetBefore.size() + users.size());
    for (const QString &uuid : users)
        QVERIFY(usersOf(*m_server, kSiliconFlow).contains(uuid));
    QCOMPARE(m_pane->model()->rowOf(kOpenAi), -1);
    QTRY_COMPARE(m_pane->model()->modelCount(kSiliconFlow, ModelType::Llm)
                     + m_pane->model()->modelCount(kSiliconFlow, ModelType::Embedding)
                     + m_pane->model()->modelCount(kSiliconFlow, ModelType::Rerank),
                 int(targetBefore.size() + users.size()));
    QVERIFY(m_pane->messageLabel()->isHidden());
}

void TestProvidersPane::usedProviderDeletesItsModelsFirst()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    const QStringList users = usersOf(*m_server, kOpenAi);
    QVERIFY(!users.isEmpty());
    QVERIFY(m_pane->selectProvider(kOpenAi));
    ProviderDeletion::setNextChoice(ProviderDeletion::Choice::DeleteModels);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QVERIFY(deleteSelected());
    QVERIFY(MessageBox::lastText().contains(QString::number(users.size())));
    QVERIFY(m_server->provider(kOpenAi).isEmpty());
    for (const QString &uuid : users) {
        for (const ModelType type : lb::allModelTypes)
            QVERIFY(m_server->model(type, uuid).isEmpty());
        QCOMPARE(m_workspace->models()->rowOf(uuid), -1);
    }
}

void TestProvidersPane::cancelledDeletionSendsNothing()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_pane->selectProvider(kOpenAi));
    const int writes = m_server->writeRequestCount();
    for (const auto &[choice, answer] : {std::pair{ProviderDeletion::Choice::Cancel, MessageBox::Answer::Accept},
                                         std::pair{ProviderDeletion::Choice::DeleteModels, MessageBox::Answer::Reject},
                                         std::pair{ProviderDeletion::Choice::MoveModels, MessageBox::Answer::Reject}}) {
        ProviderDeletion::setNextChoice(choice, kSiliconFlow);
        MessageBox::setNextAnswer(answer);
        QSignalSpy finished(m_pane.get(), &ProvidersPane::deletionFinished);
        m_pane->deleteAction()->trigger();
        QVERIFY(lb::testsupport::awaitOne(finished));
        QVERIFY(!finished.constFirst().at(0).toBool());
        QVERIFY(finished.constFirst().at(1).toBool());
        MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    }
    QCOMPARE(m_server->writeRequestCount(), writes);
    QVERIFY(!m_server->provider(kOpenAi).isEmpty());
}

void TestProvidersPane::deletionRechecksAfterTheQuestions()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    const QStringList users = usersOf(*m_server, kOpenAi);
    QVERIFY(users.size() > 1);
    lb::Provider openAi;
    for (const lb::Provider &p : m_workspace->providers()) {
        if (p.uuid() == kOpenAi)
            openAi = p;
    }
    QCOMPARE(openAi.uuid(), kOpenAi);
    const int writes = m_server->writeRequestCount();
    // Runs one deletion asked about `models`, answered yes; `meanwhile` happens
    // between the object's making (the question) and the answer.
    const auto run = [&](const QStringList &models, const std::function<void()> &meanwhile) {
        auto *deletion = new ProviderDeletion(m_workspace.get(), openAi, models, m_pane.get());
        QSignalSpy finished(deletion, &ProviderDeletion::finished);
        meanwhile();
        ProviderDeletion::setNextChoice(ProviderDeletion::Choice::MoveModels, kSiliconFlow);
        MessageBox::setNextAnswer(MessageBox::Answer::Accept);
        deletion->start();
        MessageBox::setNextAnswer(MessageBox::Answer::Ask);
        return finished.count() == 1 ? finished.constFirst() : QVariantList{};
    };
    // The models that use it are not those asked about (one was added meanwhile).
    QVariantList result = run(users.mid(1), [] {});
    QCOMPARE(result.size(), 4);
    QVERIFY(!result.at(0).toBool());
    QVERIFY(!result.at(1).toBool());
    QVERIFY2(result.at(2).toString().contains(u"changed"_s), qPrintable(result.at(2).toString()));
    // A target whose requester does not serve the models' types (DeepSeek:
    // chat only; OpenAI has an embedding model).
    {
        ApiClient signedIn(lb::testsupport::settingsFor(*m_server, false));
        QVERIFY(lb::testsupport::signIn(signedIn));
        const lb::testsupport::CallOutcome listed = lb::testsupport::awaitCall(signedIn.listRequesters(QString()));
        QVERIFY2(!listed.error, qPrintable(listed.error.message()));
        const QList<lb::RequesterSchema> requesters = lb::parseRequesterList(listed.data).requesters;
        QVERIFY(lb::findRequester(requesters, u"seekdb-embedding"_s)); // every type is listed
        auto *deletion = new ProviderDeletion(m_workspace.get(), openAi, users, m_pane.get());
        deletion->setRequesters(requesters);
        QSignalSpy finished(deletion, &ProviderDeletion::finished);
        ProviderDeletion::setNextChoice(ProviderDeletion::Choice::MoveModels, kDeepSeek);
        MessageBox::setNextAnswer(MessageBox::Answer::Accept);
        deletion->start();
        MessageBox::setNextAnswer(MessageBox::Answer::Ask);
        QCOMPARE(finished.count(), 1);
        const QString message = finished.constFirst().at(2).toString();
        QVERIFY2(message.contains(u"does not serve Embedding models"_s), qPrintable(message));
    }
    // The window switched servers meanwhile.
    result = run(users, [this] { m_workspace->setServer(m_client.get(), u"pane-test-2"_s); });
    QCOMPARE(result.size(), 4);
    QVERIFY2(result.at(2).toString().contains(u"another server"_s), qPrintable(result.at(2).toString()));
    QCOMPARE(m_server->writeRequestCount(), writes);
    QVERIFY(!m_server->provider(kOpenAi).isEmpty());
}

void TestProvidersPane::mainWindowShowsThePane()
{
    const std::unique_ptr<lb::gui::MainWindow> window = openWindow(u"4.6"_s);
    QVERIFY(window);
    ProvidersPane *pane = window->providersPane();
    QVERIFY(pane);
    QCOMPARE(pane, lb::testsupport::lookup<ProvidersPane>(*window, u"providersPane"_s));
    auto *splitter = qobject_cast<QSplitter *>(pane->parentWidget());
    QVERIFY(splitter);
    QCOMPARE(splitter->widget(1), lb::testsupport::lookup<QWidget>(*window, u"modelTable"_s));
    QTRY_COMPARE(pane->view()->model()->rowCount(), int(window->workspace()->providers().size()) + 1);
    QVERIFY(pane->view()->model()->rowCount() > 1);
    QVERIFY(!pane->newAction()->isEnabled());

    // Selecting a provider (here an implicit one) shows its models only.
    auto *table = lb::testsupport::lookup<QAbstractItemView>(*window, u"modelTable"_s);
    const int all = table->model()->rowCount();
    const QModelIndex first = pane->view()->model()->index(1, 0);
    pane->view()->setCurrentIndex(first);
    QTRY_VERIFY(table->model()->rowCount() < all);
    QVERIFY(table->model()->rowCount() > 0);
    pane->view()->setCurrentIndex(pane->view()->model()->index(0, 0)); // All providers
    QTRY_COMPARE(table->model()->rowCount(), all);
}

void TestProvidersPane::selectingAProviderFiltersTheTable()
{
    const std::unique_ptr<lb::gui::MainWindow> window = openWindow(u"4.10"_s);
    QVERIFY(window);
    ProvidersPane *pane = window->providersPane();
    QTRY_VERIFY(pane->view()->model()->rowCount() > 1);
    QVERIFY(pane->selectProvider(kSiliconFlow));
    auto *table = lb::testsupport::lookup<QAbstractItemView>(*window, u"modelTable"_s);
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << table->model()->index(row, 0).data(lb::LlmTableModel::UuidRole).toString();
    QStringList expected;
    for (const lb::ModelType type : {lb::ModelType::Llm, lb::ModelType::Embedding, lb::ModelType::Rerank}) {
        for (const QJsonObject &model : m_server->models(type)) {
            if (model.value(u"provider_uuid"_s).toString() == kSiliconFlow)
                expected << model.value(u"uuid"_s).toString();
        }
    }
    shown.sort();
    expected.sort();
    QVERIFY(expected.size() >= 3); // all three types
    QCOMPARE(shown, expected);
}

QTEST_MAIN(TestProvidersPane)
#include "tst_providerspane.moc"
