// The application controller with two fake LangBot servers holding different
// models and a profile for each: switching by the toolbar combo box and by
// Ctrl+1…9, answers of the old server never reaching the new table, last known
// rows at once, selection and sort per profile, the production cues (strip,
// title, typed confirmation), the last used profile at start, the secret
// prompt, the first start on the demo server, and edits of the profile shown.

#include "Dialogs.h"
#include "FakeLangBotServer.h"
#include "MainWindowTest.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "profiles/ProfileManagerDialog.h"
#include "profiles/SecretPromptDialog.h"
#include "widgets/EnvironmentStrip.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "model/TestOutcome.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/Session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace lb;
using namespace lb::testsupport;
using lb::gui::AppController;

namespace {

QString uuidA(int i)
{
    return QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000%1").arg(i);
}

QString uuidB(int i)
{
    return QStringLiteral("bbbbbbbb-0000-4000-8000-00000000000%1").arg(i);
}

} // namespace

class TestProfileSwitching : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void switchesByComboAndShortcut();
    void oldRepliesNeverReachTheNewTable();
    void lastKnownRowsShowAtOnce();
    void selectionAndSortPerProfile();
    void productionStripTitleAndTypedDelete();
    void deleteConfirmedAfterASwitchDeletesNothing();
    void lastUsedProfileOpensAtStart();
    void secretPromptForAProfileWithoutKey();
    void refusedKeyOffersToEnterAnother();
    void firstStartShowsTheDemoWithABanner();
    void editingTheShownProfileReconnects();
    void deletingTheShownProfileSwitchesAway();
    void serverMenuAndManageAction();
    void viewStateSavedAtExit();
    void columnsAndResultsPerProfile();

private:
    void makeController();
    bool startAndLoad();
    bool switchAndLoad(const QString &key);
    QStringList shownUuids() const;
    static QStringList sorted(QStringList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<FakeLangBotServer> m_serverA;
    std::unique_ptr<FakeLangBotServer> m_serverB;
    std::unique_ptr<AppController> m_controller;
    QString m_idA;
    QString m_idB;
};

void TestProfileSwitching::initTestCase()
{
    useTestPaths();
}

void TestProfileSwitching::init()
{
    m_serverA = std::make_unique<FakeLangBotServer>();
    m_serverA->setModels(
        {windowModel(uuidA(1), QStringLiteral("alpha-one"), QStringLiteral("openai-chat-completions")),
         windowModel(uuidA(2), QStringLiteral("alpha-two"), QStringLiteral("zhipuai-chat-completions")),
         windowModel(uuidA(3), QStringLiteral("alpha-three"), QStringLiteral("anthropic-messages"))});
    QVERIFY(m_serverA->listen());
    m_serverB = std::make_unique<FakeLangBotServer>();
    m_serverB->setModels(
        {windowModel(uuidB(1), QStringLiteral("beta-one"), QStringLiteral("ollama-chat")),
         windowModel(uuidB(2), QStringLiteral("beta-two"), QStringLiteral("deepseek-chat-completions"))});
    QVERIFY(m_serverB->listen());

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_credentials = std::make_unique<CredentialStore>(
        QStringLiteral("langbot-console-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_credentials->setTimeout(std::chrono::seconds(5));

    Profile a;
    a.name = QStringLiteral("Lab A");
    a.baseUrl = m_serverA->url();
    a.environment = Profile::Environment::Development;
    m_idA = m_store->add(a);
    Profile b;
    b.name = QStringLiteral("Prod B");
    b.baseUrl = m_serverB->url();
    b.environment = Profile::Environment::Production;
    m_idB = m_store->add(b);
    QVERIFY(!m_idA.isEmpty() && !m_idB.isEmpty());
    // Session-only secrets: the GUI tests do not depend on a keyring.
    m_credentials->keepForSession(m_idA, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());
    m_credentials->keepForSession(m_idB, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    MessageBox::setNextTypedAnswer(std::nullopt);
}

void TestProfileSwitching::cleanup()
{
    m_controller.reset();
    if (m_store) {
        const QList<Profile> profiles = m_store->profiles();
        for (const Profile &profile : profiles)
            m_credentials->removeAll(profile.id);
        QTest::qWait(20);
    }
    m_credentials.reset();
    m_store.reset();
    m_dir.reset();
    m_serverA.reset();
    m_serverB.reset();
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    MessageBox::setNextTypedAnswer(std::nullopt);
}

void TestProfileSwitching::makeController()
{
    m_controller = std::make_unique<AppController>(m_store.get(), m_credentials.get());
    m_controller->window()->show();
}

bool TestProfileSwitching::startAndLoad()
{
    makeController();
    QSignalSpy loaded(m_controller->window(), &MainWindow::modelsLoaded);
    if (!m_controller->start())
        return false;
    return loaded.wait(10000);
}

bool TestProfileSwitching::switchAndLoad(const QString &key)
{
    QSignalSpy loaded(m_controller->window(), &MainWindow::modelsLoaded);
    if (!m_controller->switchTo(key))
        return false;
    return loaded.wait(10000);
}

QStringList TestProfileSwitching::shownUuids() const
{
    QStringList uuids;
    const QList<lb::LlmModel> models = m_controller->window()->workspace()->models()->models();
    for (const lb::LlmModel &model : models)
        uuids << model.uuid();
    return sorted(uuids);
}

// --- switching -----------------------------------------------------------------------

void TestProfileSwitching::switchesByComboAndShortcut()
{
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    QCOMPARE(m_controller->currentKey(), m_idA); // no last used yet: the first profile
    QCOMPARE(shownUuids(), (QStringList{uuidA(1), uuidA(2), uuidA(3)}));

    // The combo box: a chip per profile and the demo server.
    QComboBox *combo = lookup<QComboBox>(*window, u"serverCombo"_s);
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("Lab A"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Prod B"));
    QCOMPARE(combo->itemData(2).toString(), AppController::demoKey());
    QVERIFY(!combo->itemIcon(0).isNull());
    QCOMPARE(combo->currentIndex(), 0);

    QSignalSpy loaded(window, &MainWindow::modelsLoaded);
    combo->setCurrentIndex(1);
    emit combo->activated(1); // what a user's pick emits
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_controller->currentKey(), m_idB);
    QCOMPARE(shownUuids(), (QStringList{uuidB(1), uuidB(2)}));
    QCOMPARE(serverActions(*window).at(1)->isChecked(), true);
    QCOMPARE(serverActions(*window).at(0)->isChecked(), false);

    // Ctrl+1 / Ctrl+2, shown in the Server menu.
    QCOMPARE(serverActions(*window).at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(serverActions(*window).at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_controller->currentKey(), m_idA);
    QCOMPARE(shownUuids(), (QStringList{uuidA(1), uuidA(2), uuidA(3)}));
    QCOMPARE(combo->currentIndex(), 0);
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_controller->currentKey(), m_idB);
    QCOMPARE(shownUuids(), (QStringList{uuidB(1), uuidB(2)}));
    QCOMPARE(combo->currentIndex(), 1);
    QCOMPARE(m_store->lastUsedId(), m_idB);
}

void TestProfileSwitching::oldRepliesNeverReachTheNewTable()
{
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    // A slow list on A is in flight when the user switches to B.
    m_serverA->setLatency(kListRoute, 700);
    const int before = m_serverA->requestCount(kListRoute);
    window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_serverA->requestCount(kListRoute), before + 1, 5000);
    QCOMPARE(m_serverA->inFlight(), 1);

    QSignalSpy loaded(window, &MainWindow::modelsLoaded);
    QVERIFY(m_controller->switchTo(m_idB));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(shownUuids(), (QStringList{uuidB(1), uuidB(2)}));
    // Long after A would have answered: still only B's models.
    QTest::qWait(1000);
    QCOMPARE(shownUuids(), (QStringList{uuidB(1), uuidB(2)}));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(countText(*window), QStringLiteral("2 models"));
    QTRY_COMPARE_WITH_TIMEOUT(m_serverA->inFlight(), 0, 5000);

    // The same while B's answer is the slow one and the user goes back to A:
    // B's late answer does not replace A's rows.
    m_serverB->setLatency(kListRoute, 700);
    window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_serverB->inFlight(), 1, 5000);
    m_serverA->setLatency(kListRoute, 0);
    QVERIFY(switchAndLoad(m_idA));
    QTest::qWait(1000);
    QCOMPARE(shownUuids(), (QStringList{uuidA(1), uuidA(2), uuidA(3)}));
}

void TestProfileSwitching::lastKnownRowsShowAtOnce()
{
    QVERIFY(startAndLoad());
    QVERIFY(switchAndLoad(m_idB));
    m_serverA->setLatency(kListRoute, 800);
    MainWindow *window = m_controller->window();
    QSignalSpy loaded(window, &MainWindow::modelsLoaded);

    QVERIFY(m_controller->switchTo(m_idA));
    // At once, before the server answered: the rows A had.
    QCOMPARE(shownUuids(), (QStringList{uuidA(1), uuidA(2), uuidA(3)}));
    QVERIFY(overlayText(*window).isEmpty());
    QCOMPARE(loaded.count(), 0);

    // Then the fresh list replaces them (A lost a model meanwhile).
    m_serverA->setModels(
        {windowModel(uuidA(1), QStringLiteral("alpha-one"), QStringLiteral("openai-chat-completions"))});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(shownUuids(), QStringList{uuidA(1)});
}

void TestProfileSwitching::selectionAndSortPerProfile()
{
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    QTableView *view = lookup<QTableView>(*window, u"modelTable"_s);

    // A: alpha-two selected, sorted by requester, descending.
    view->sortByColumn(LlmTableModel::RequesterColumn, Qt::DescendingOrder);
    QVERIFY(window->selectModel(uuidA(2)));
    QVERIFY(switchAndLoad(m_idB));
    // B starts with its own (default) view: by name, nothing selected.
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(LlmTableModel::NameColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(window->currentUuid().isEmpty());
    QVERIFY(window->selectModel(uuidB(2)));

    QVERIFY(switchAndLoad(m_idA));
    QCOMPARE(window->currentUuid(), uuidA(2));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(LlmTableModel::RequesterColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // The rows really are in that order: zhipuai, openai, anthropic.
    QCOMPARE(view->model()->index(0, 0).data(LlmTableModel::UuidRole).toString(), uuidA(2));
    QCOMPARE(view->model()->index(2, 0).data(LlmTableModel::UuidRole).toString(), uuidA(3));

    QVERIFY(switchAndLoad(m_idB));
    QCOMPARE(window->currentUuid(), uuidB(2));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(LlmTableModel::NameColumn));

    // Kept in the store, per profile.
    const ProfileStore::ViewState saved = m_store->viewState(m_idA);
    QCOMPARE(saved.currentUuid, uuidA(2));
    QCOMPARE(saved.sortColumn, int(LlmTableModel::RequesterColumn));
    QCOMPARE(saved.sortOrder, Qt::DescendingOrder);
}

// --- production --------------------------------------------------------------------------

void TestProfileSwitching::productionStripTitleAndTypedDelete()
{
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    const Profile prod = *m_store->profile(m_idB);
    const Profile lab = *m_store->profile(m_idA);

    // Not production: a light strip in the profile's colour, the plain title.
    QCOMPARE(window->windowTitle(), QStringLiteral("Lab A — LangBot Console"));
    QVERIFY(lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->isVisible());
    QVERIFY(!lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->isProduction());
    QCOMPARE(lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->color(), QColor(lab.effectiveColor()));

    QVERIFY(switchAndLoad(m_idB));
    QCOMPARE(window->windowTitle(), QStringLiteral("Production — Prod B — LangBot Console"));
    QVERIFY(lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->isVisible());
    QVERIFY(lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->isProduction());
    QCOMPARE(lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->color(), QColor(prod.effectiveColor()));
    QVERIFY(lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)
                ->text()
                .contains(QStringLiteral("PRODUCTION")));
    QVERIFY(
        lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->text().contains(QStringLiteral("Prod B")));
    QVERIFY(lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->height() > 20);

    // Delete asks for the typed name: a wrong one deletes nothing.
    QVERIFY(window->selectModel(uuidB(1)));
    m_serverB->resetCounters();
    MessageBox::setNextAnswer(MessageBox::Answer::Accept); // a yes/no answer is not enough
    MessageBox::setNextTypedAnswer(QStringLiteral("prod b"));
    lookup<QAction>(*window, u"deleteAction"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("beta-one")), qPrintable(MessageBox::lastText()));
    QTest::qWait(200);
    QCOMPARE(m_serverB->writeRequestCount(), 0);
    QVERIFY(!m_serverB->model(uuidB(1)).isEmpty());
    QVERIFY(window->workspace()->models()->rowOf(uuidB(1)) >= 0);
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);

    // The right name: deleted on the server.
    QSignalSpy deleted(window, &MainWindow::modelDeleted);
    MessageBox::setNextTypedAnswer(QStringLiteral("Prod B"));
    lookup<QAction>(*window, u"deleteAction"_s)->trigger();
    QVERIFY(deleted.wait(5000));
    QVERIFY(m_serverB->model(uuidB(1)).isEmpty());
    QCOMPARE(window->workspace()->models()->rowOf(uuidB(1)), -1);

    // Back on a non-production profile the usual yes/no confirmation stays.
    QVERIFY(switchAndLoad(m_idA));
    QVERIFY(window->selectModel(uuidA(1)));
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    lookup<QAction>(*window, u"deleteAction"_s)->trigger();
    QVERIFY(deleted.wait(5000));
    QVERIFY(m_serverA->model(uuidA(1)).isEmpty());
}

// The user switches servers while the delete confirmation is open, then
// confirms: the answer was about a model of the server left, so nothing is
// deleted, neither there nor on the server now shown.
void TestProfileSwitching::deleteConfirmedAfterASwitchDeletesNothing()
{
    // B holds a copy of A's first model, with the same uuid.
    m_serverB->setModels(
        {windowModel(uuidB(1), QStringLiteral("beta-one"), QStringLiteral("ollama-chat")),
         windowModel(uuidA(1), QStringLiteral("alpha-one copy"), QStringLiteral("openai-chat-completions"))});
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    QCOMPARE(m_controller->currentKey(), m_idA);
    QVERIFY(window->selectModel(uuidA(1)));
    m_serverA->resetCounters();
    m_serverB->resetCounters();

    bool switched = false;
    bool confirmed = false;
    ModalPoller poller([&](QWidget *modal) {
        switched = switchAndLoad(m_idB); // Ctrl+2 while the question is open
        auto *box = qobject_cast<QMessageBox *>(modal);
        confirmed = box && box->objectName() == QLatin1String("confirmDestructive")
            && clickButton(box, QMessageBox::DestructiveRole);
        if (!confirmed)
            modal->close();
    });
    QSignalSpy deleted(window, &MainWindow::modelDeleted);
    lookup<QAction>(*window, u"deleteAction"_s)->trigger();
    QVERIFY(poller.answered());
    QVERIFY(switched);
    QVERIFY(confirmed);
    QCOMPARE(m_controller->currentKey(), m_idB);
    QVERIFY(!deleted.wait(300));
    QCOMPARE(m_serverA->writeRequestCount(), 0);
    QCOMPARE(m_serverB->writeRequestCount(), 0);
    QVERIFY(!m_serverA->model(uuidA(1)).isEmpty());
    QVERIFY(!m_serverB->model(uuidA(1)).isEmpty());
    QCOMPARE(shownUuids(), sorted(QStringList{uuidB(1), uuidA(1)}));
}

// --- start and secrets ----------------------------------------------------------------

void TestProfileSwitching::lastUsedProfileOpensAtStart()
{
    QVERIFY(startAndLoad());
    QVERIFY(switchAndLoad(m_idB));
    m_controller.reset();

    // A new controller on the same store: B again.
    QVERIFY(startAndLoad());
    QCOMPARE(m_controller->currentKey(), m_idB);
    QCOMPARE(shownUuids(), (QStringList{uuidB(1), uuidB(2)}));
    QCOMPARE(lookup<QComboBox>(*m_controller->window(), u"serverCombo"_s)->currentText(), QStringLiteral("Prod B"));
}

void TestProfileSwitching::secretPromptForAProfileWithoutKey()
{
    Profile c;
    c.name = QStringLiteral("Fresh C");
    c.baseUrl = m_serverA->url();
    const QString idC = m_store->add(c); // no key stored anywhere
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();

    QSignalSpy loaded(window, &MainWindow::modelsLoaded);
    QVERIFY(m_controller->switchTo(idC));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->secretPrompt() != nullptr, 15000);
    lb::gui::SecretPromptDialog *prompt = m_controller->secretPrompt();
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(m_controller->session()->state(), lb::Session::State::NeedsSecret);
    QVERIFY(!prompt->reasonText().isEmpty());
    QVERIFY2(overlayText(*window).contains(QStringLiteral("Fresh C")), qPrintable(overlayText(*window)));
    // Masked, with a reveal; OK needs a secret.
    QCOMPARE(prompt->secretEdit()->echoMode(), QLineEdit::Password);
    prompt->revealAction()->trigger();
    QCOMPARE(prompt->secretEdit()->echoMode(), QLineEdit::Normal);
    prompt->revealAction()->trigger();
    QVERIFY(!prompt->okButton()->isEnabled());
    QVERIFY(prompt->keychainButton()->isChecked());

    QTest::keyClicks(prompt->secretEdit(), FakeLangBotServer::demoApiKey());
    QVERIFY(prompt->grab().save(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_secretprompt.png"))));
    QTest::mouseClick(prompt->sessionOnlyButton(), Qt::LeftButton);
    QVERIFY(prompt->sessionOnlyButton()->isChecked());
    QVERIFY(!prompt->windowTitle().contains(FakeLangBotServer::demoApiKey()));
    QTest::mouseClick(prompt->okButton(), Qt::LeftButton);

    QVERIFY(loaded.wait(10000));
    QCOMPARE(shownUuids(), (QStringList{uuidA(1), uuidA(2), uuidA(3)}));
    QVERIFY(m_credentials->hasSessionSecret(idC, CredentialStore::Kind::ApiKey));
    QTRY_VERIFY(m_controller->secretPrompt() == nullptr);
}

void TestProfileSwitching::refusedKeyOffersToEnterAnother()
{
    m_credentials->keepForSession(m_idA, CredentialStore::Kind::ApiKey, QStringLiteral("lbk_not_accepted"));
    makeController();
    MainWindow *window = m_controller->window();
    QSignalSpy failed(window, &MainWindow::loadFailed);
    QVERIFY(m_controller->start());
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY(lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s)->isShowingError());
    QVERIFY(lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s)->actionButton()->isVisible());
    QCOMPARE(lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s)->actionButton()->text(),
             QStringLiteral("Enter API &Key…"));
    QVERIFY(!lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s)
                 ->text()
                 .contains(QStringLiteral("lbk_not_accepted")));

    QTest::mouseClick(lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s)->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(m_controller->secretPrompt() != nullptr);
    lb::gui::SecretPromptDialog *prompt = m_controller->secretPrompt();
    QVERIFY(prompt->reasonText().contains(QStringLiteral("refused")));
    QSignalSpy loaded(window, &MainWindow::modelsLoaded);
    QTest::keyClicks(prompt->secretEdit(), FakeLangBotServer::demoApiKey());
    prompt->sessionOnlyButton()->setChecked(true);
    QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(shownUuids(), (QStringList{uuidA(1), uuidA(2), uuidA(3)}));
    QVERIFY(!lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s)->isShowingError());
}

void TestProfileSwitching::firstStartShowsTheDemoWithABanner()
{
    m_store->remove(m_idA);
    m_store->remove(m_idB);
    QVERIFY(m_store->isEmpty());
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    QCOMPARE(m_controller->currentKey(), AppController::demoKey());
    QVERIFY(m_controller->demoServer());
    QVERIFY(window->workspace()->models()->rowCount() > 0); // real data at once
    QCOMPARE(window->windowTitle(), QStringLiteral("Demo server — LangBot Console"));
    QVERIFY(!lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->isVisible());

    lb::gui::MessageBanner *banner = lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), lb::gui::MessageBanner::Kind::Info);
    QVERIFY2(banner->text().contains(QStringLiteral("built-in demo server")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Add your LangBot server")), qPrintable(banner->text()));
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("&Add Server…"));

    // The button opens the profile manager with a new profile to fill in.
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    lb::gui::ProfileManagerDialog *manager = m_controller->profileManager();
    QVERIFY(manager);
    QVERIFY(manager->isVisible());
    QCOMPARE(manager->entryCount(), 1);
    QVERIFY(manager->currentProfileId().isEmpty());
    auto *name = manager->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QTRY_VERIFY(name->hasFocus() || !QApplication::activeWindow());

    // Fill it in, save, open it: the window shows that server.
    QTest::keyClicks(name, QStringLiteral("My LangBot"));
    QTest::keyClicks(manager->findChild<QLineEdit *>(QStringLiteral("urlEdit")), m_serverB->url().toString());
    QVERIFY(manager->save());
    const QString id = manager->currentProfileId();
    QVERIFY(!id.isEmpty());
    m_credentials->keepForSession(id, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());
    QSignalSpy loaded(window, &MainWindow::modelsLoaded);
    QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("openButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_controller->currentKey(), id);
    QCOMPARE(shownUuids(), (QStringList{uuidB(1), uuidB(2)}));
    QVERIFY(!banner->isVisible());
}

// --- the profile shown changes -------------------------------------------------------

void TestProfileSwitching::editingTheShownProfileReconnects()
{
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    QSignalSpy loaded(window, &MainWindow::modelsLoaded);

    // A new name or colour: only the title and the strip change.
    Profile a = *m_store->profile(m_idA);
    a.name = QStringLiteral("Lab A2");
    a.color = QStringLiteral("#123456");
    QVERIFY(m_store->update(a));
    QCOMPARE(window->windowTitle(), QStringLiteral("Lab A2 — LangBot Console"));
    QCOMPARE(lookup<lb::gui::EnvironmentStrip>(*window, u"environmentStrip"_s)->color(),
             QColor(QStringLiteral("#123456")));
    QCOMPARE(lookup<QComboBox>(*window, u"serverCombo"_s)->itemText(0), QStringLiteral("Lab A2"));
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 0);

    // A new address: connected again, to the other server.
    a.baseUrl = m_serverB->url();
    QVERIFY(m_store->update(a));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(shownUuids(), (QStringList{uuidB(1), uuidB(2)}));
}

void TestProfileSwitching::deletingTheShownProfileSwitchesAway()
{
    QVERIFY(startAndLoad());
    QSignalSpy loaded(m_controller->window(), &MainWindow::modelsLoaded);
    QVERIFY(m_store->remove(m_idA));
    QCOMPARE(m_controller->currentKey(), m_idB);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(shownUuids(), (QStringList{uuidB(1), uuidB(2)}));
    QCOMPARE(lookup<QComboBox>(*m_controller->window(), u"serverCombo"_s)->count(), 2); // B and the demo
}

void TestProfileSwitching::serverMenuAndManageAction()
{
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    QMenu *menu = lookup<QMenu>(*window, u"serverMenu"_s);
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text();
    }
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Lab A"), QStringLiteral("Prod B"), QStringLiteral("Demo server"),
                          QStringLiteral("&Manage Profiles…")}));
    QVERIFY(serverActions(*window).at(0)->isCheckable());
    QVERIFY(serverActions(*window).at(0)->isChecked());
    QCOMPARE(lookup<QAction>(*window, u"manageProfilesAction"_s)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    // The demo entry switches to the built-in server.
    QSignalSpy loaded(window, &MainWindow::modelsLoaded);
    serverActions(*window).at(2)->trigger();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_controller->currentKey(), AppController::demoKey());
    QVERIFY(!lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s)
                 ->isVisible()); // profiles exist: no first-start banner

    // Manage Profiles… opens the manager on the profile shown; its demo
    // button, from a profile, goes back to the demo.
    QVERIFY(switchAndLoad(m_idB));
    lookup<QAction>(*window, u"manageProfilesAction"_s)->trigger();
    lb::gui::ProfileManagerDialog *manager = m_controller->profileManager();
    QVERIFY(manager && manager->isVisible());
    QCOMPARE(manager->currentProfileId(), m_idB);
    QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_controller->currentKey(), AppController::demoKey());
}

void TestProfileSwitching::viewStateSavedAtExit()
{
    QVERIFY(startAndLoad());
    lookup<QTableView>(*m_controller->window(), u"modelTable"_s)
        ->sortByColumn(LlmTableModel::UpdatedColumn, Qt::DescendingOrder);
    QVERIFY(m_controller->window()->selectModel(uuidA(3)));
    m_controller.reset();
    const ProfileStore::ViewState saved = m_store->viewState(m_idA);
    QCOMPARE(saved.currentUuid, uuidA(3));
    QCOMPARE(saved.sortColumn, int(LlmTableModel::UpdatedColumn));
    QCOMPARE(saved.sortOrder, Qt::DescendingOrder);

    // And restored at the next start.
    QVERIFY(startAndLoad());
    QCOMPARE(m_controller->window()->currentUuid(), uuidA(3));
    QCOMPARE(lookup<QTableView>(*m_controller->window(), u"modelTable"_s)->horizontalHeader()->sortIndicatorSection(),
             int(LlmTableModel::UpdatedColumn));
}

void TestProfileSwitching::columnsAndResultsPerProfile()
{
    QVERIFY(startAndLoad());
    MainWindow *window = m_controller->window();
    QHeaderView *header = lookup<QTableView>(*window, u"modelTable"_s)->horizontalHeader();

    // A: Base URL hidden (from the column chooser), a model tested.
    QAction *baseUrl = nullptr;
    const QList<QAction *> columns = lookup<QMenu>(*window, u"columnMenu"_s)->actions();
    for (QAction *action : columns) {
        if (action->isCheckable() && action->data().toInt() == LlmTableModel::BaseUrlColumn)
            baseUrl = action;
    }
    QVERIFY(baseUrl);
    baseUrl->trigger();
    QVERIFY(header->isSectionHidden(LlmTableModel::BaseUrlColumn));
    QSignalSpy tested(window, &MainWindow::testFinished);
    window->testModel(uuidA(1));
    QVERIFY(tested.wait(5000));
    QCOMPARE(window->workspace()->models()->testOutcome(uuidA(1)).state, lb::TestOutcome::State::Ok);

    // B: all columns, no results of A.
    QVERIFY(switchAndLoad(m_idB));
    QVERIFY(!header->isSectionHidden(LlmTableModel::BaseUrlColumn));
    QCOMPARE(window->workspace()->models()->testOutcome(uuidB(1)).state, lb::TestOutcome::State::Never);

    // Back to A: the column is hidden again and the result is there.
    QVERIFY(switchAndLoad(m_idA));
    QVERIFY(header->isSectionHidden(LlmTableModel::BaseUrlColumn));
    QCOMPARE(window->workspace()->models()->testOutcome(uuidA(1)).state, lb::TestOutcome::State::Ok);

    // Also in a new run of the application (the store and the history on disk).
    m_controller.reset();
    QVERIFY(startAndLoad());
    window = m_controller->window();
    QCOMPARE(m_controller->currentKey(), m_idA);
    QVERIFY(lookup<QTableView>(*window, u"modelTable"_s)
                ->horizontalHeader()
                ->isSectionHidden(LlmTableModel::BaseUrlColumn));
    QCOMPARE(window->workspace()->models()->testOutcome(uuidA(1)).state, lb::TestOutcome::State::Ok);
}

QTEST_MAIN(TestProfileSwitching)
#include "tst_profileswitching.moc"
