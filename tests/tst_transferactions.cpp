// The File menu's export and import entries of the main window: present with
// their shortcuts, disabled without a server and while offline, opening the
// dialogs with a file chosen through the (scripted) chooser — no native file
// dialog — and reloading the window's list after an import.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"
#include "transfer/KeysPromptDialog.h"
#include "transfer/ProfilesTransfer.h"
#include "transfer/TransferActions.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "transfer/ModelsDocument.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;
using lb::gui::MainWindow;
using lb::gui::TransferActions;

namespace {

const QString kStorage = QStringLiteral("transfer-actions-test");

} // namespace

class TestTransferActions : public QObject, protected lb::testsupport::FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void entriesInTheFileMenu();
    void modelEntriesNeedAServer();
    void disabledOffline();
    void importThroughTheMenuReloadsTheList();
    void cancelledChooserOpensNothing();
    void profilesThroughTheMenu();
    void wiredIntoTheApplication();

private:
    bool openWindow(ApiClient *client);
    QMenu *menuOf(QAction *action) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    TransferActions *m_actions = nullptr;
};

void TestTransferActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTransferActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(startServer(), qPrintable(serverError()));
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_window = std::make_unique<MainWindow>(nullptr, QString());
    m_actions = new TransferActions(m_window.get(), m_store.get(), nullptr);
}

void TestTransferActions::cleanup()
{
    m_window.reset();
    stopServer();
    m_store.reset();
    QThreadPool::globalInstance()->waitForDone();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    m_dir.reset();
}

bool TestTransferActions::openWindow(ApiClient *client)
{
    lb::gui::ServerIdentity identity;
    identity.key = kStorage;
    identity.name = QStringLiteral("Lab server");
    identity.storageId = kStorage;
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    m_window->setServer(client, identity);
    m_window->show();
    return loaded.wait(10000) || !loaded.isEmpty();
}

QMenu *TestTransferActions::menuOf(QAction *action) const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            return top->menu();
    }
    return nullptr;
}

void TestTransferActions::entriesInTheFileMenu()
{
    QVERIFY(m_window->findChild<TransferActions *>() == m_actions);
    QCOMPARE(m_actions->exportModelsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(m_actions->importModelsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(m_actions->exportProfilesAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(m_actions->importProfilesAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QMenu *menu = menuOf(m_actions->exportModelsAction());
    QVERIFY(menu);
    for (QAction *a :
         {m_actions->importModelsAction(), m_actions->exportProfilesAction(), m_actions->importProfilesAction()})
        QCOMPARE(menuOf(a), menu);
    // The File menu when the window names it so (else a menu of their own).
    if (m_window->findChild<QMenu *>(QStringLiteral("fileMenu")))
        QCOMPARE(menu->objectName(), QStringLiteral("fileMenu"));
    QCOMPARE(menu->actions().indexOf(m_actions->exportModelsAction()) + 1,
             menu->actions().indexOf(m_actions->importModelsAction()));
    // No other action of the window uses the shortcuts.
    const QList<QAction *> ours{m_actions->exportModelsAction(), m_actions->importModelsAction(),
                                m_actions->exportProfilesAction(), m_actions->importProfilesAction()};
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (ours.contains(a))
            continue;
        for (QAction *mine : ours)
            QVERIFY2(!a->shortcuts().contains(mine->shortcut()), qPrintable(a->text()));
    }
}

void TestTransferActions::modelEntriesNeedAServer()
{
    // No server shown yet.
    QVERIFY(!m_actions->exportModelsAction()->isEnabled());
    QVERIFY(!m_actions->importModelsAction()->isEnabled());
    QVERIFY(m_actions->exportProfilesAction()->isEnabled());
    QVERIFY(m_actions->importProfilesAction()->isEnabled());
    QVERIFY(!m_actions->exportModels());
    QVERIFY(openWindow(m_client.get()));
    QVERIFY(m_actions->exportModelsAction()->isEnabled());
    QVERIFY(m_actions->importModelsAction()->isEnabled());

    // Export through the action: the dialog opens with a path to change.
    m_actions->exportModelsAction()->trigger();
    lb::gui::ExportDialog *dialog = m_actions->exportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    const QString path = m_dir->filePath(QStringLiteral("menu-export.json"));
    QSignalSpy done(dialog, &lb::gui::ExportDialog::exportFinished);
    dialog->setFilePath(path);
    QVERIFY(dialog->startExport());
    QVERIFY(done.wait(10000));
    QVERIFY(QFile::exists(path));
    dialog->reject();
}

void TestTransferActions::disabledOffline()
{
    QVERIFY(openWindow(m_client.get()));
    QVERIFY(m_actions->importModelsAction()->isEnabled());
    QThreadPool::globalInstance()->waitForDone(); // the saved list is written
    m_server->close();
    m_window->refresh();
    QElapsedTimer clock;
    clock.start();
    while (!m_window->workspace()->isOffline() && clock.elapsed() < 15000)
        QTest::qWait(20);
    QVERIFY(m_window->workspace()->isOffline());
    QVERIFY(!m_actions->exportModelsAction()->isEnabled());
    QVERIFY(!m_actions->importModelsAction()->isEnabled());
    QVERIFY(m_actions->importModelsAction()->toolTip().contains(QLatin1String("connection")));
    // Profiles do not need a server.
    QVERIFY(m_actions->exportProfilesAction()->isEnabled());
    QVERIFY(!m_actions->importModels(m_dir->filePath(QStringLiteral("x.json"))));
}

void TestTransferActions::importThroughTheMenuReloadsTheList()
{
    QVERIFY(openWindow(m_client.get()));
    // A file with one new model.
    QList<LlmModel> models{
        LlmModel(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("n-1")},
                             {QStringLiteral("name"), QStringLiteral("imported-model")},
                             {QStringLiteral("requester"), QStringLiteral("openai-chat-completions")},
                             {QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-x")}}})};
    const QString path = m_dir->filePath(QStringLiteral("in.json"));
    QString error;
    QVERIFY2(ModelsDocument::fromServer(models, {}, ExportOptions{true}).writeFile(path, &error), qPrintable(error));
    QList<TransferActions::FileRole> asked;
    m_actions->setFileChooser([&](TransferActions::FileRole role, const QString &) {
        asked << role;
        return path;
    });
    const int before = m_window->workspace()->models()->rowCount();
    m_actions->importModelsAction()->trigger();
    QCOMPARE(asked, QList<TransferActions::FileRole>{TransferActions::FileRole::ImportModels});
    lb::gui::ImportDialog *dialog = m_actions->importDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QSignalSpy ready(dialog, &lb::gui::ImportDialog::previewReady);
    QVERIFY(ready.wait(10000) || dialog->state() == lb::gui::ImportDialog::State::Preview);
    QCOMPARE(dialog->plan().count(ImportAction::Create), 1);
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    QSignalSpy finished(dialog, &lb::gui::ImportDialog::applyFinished);
    dialog->apply();
    QVERIFY(finished.wait(10000));
    QVERIFY(loaded.wait(10000) || !loaded.isEmpty()); // the window reloads
    QCOMPARE(m_window->workspace()->models()->rowCount(), before + 1);
    dialog->reject();
}

void TestTransferActions::cancelledChooserOpensNothing()
{
    QVERIFY(openWindow(m_client.get()));
    m_actions->setFileChooser([](TransferActions::FileRole, const QString &) { return QString(); });
    m_server->resetCounters();
    m_actions->importModelsAction()->trigger();
    QVERIFY(!m_actions->importDialog());
    m_actions->importProfilesAction()->trigger();
    QVERIFY(!m_actions->profilesImportDialog());
    QVERIFY(!m_actions->exportProfiles());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestTransferActions::profilesThroughTheMenu()
{
    Profile p;
    p.name = QStringLiteral("Remote");
    p.baseUrl = QUrl(QStringLiteral("https://remote.example"));
    m_store->add(p);
    const QString path = m_dir->filePath(QStringLiteral("profiles.json"));
    m_actions->setFileChooser([&](TransferActions::FileRole role, const QString &suggested) {
        if (role == TransferActions::FileRole::ExportProfiles)
            return suggested.endsWith(QLatin1String(".json")) ? path : QString();
        return path;
    });
    m_actions->exportProfilesAction()->trigger();
    QVERIFY(QFile::exists(path));

    // Into an empty list (another installation).
    ProfileStore other(m_dir->filePath(QStringLiteral("other.ini")));
    MainWindow window(nullptr, QString());
    auto *actions = new TransferActions(&window, &other, nullptr);
    actions->setFileChooser([&](TransferActions::FileRole, const QString &) { return path; });
    actions->importProfilesAction()->trigger();
    lb::gui::ProfilesImportDialog *dialog = actions->profilesImportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isValid());
    QVERIFY(dialog->apply());
    QCOMPARE(other.profiles().size(), 1);
    QCOMPARE(other.profiles().constFirst().name, QStringLiteral("Remote"));
    dialog->reject();
}

void TestTransferActions::wiredIntoTheApplication()
{
    ProfileStore store(m_dir->filePath(QStringLiteral("app.ini")));
    CredentialStore credentials(QStringLiteral("langbot-console-test-transferactions"));
    lb::gui::AppController app(&store, &credentials);
    MainWindow *window = app.window();
    auto *actions = window->findChild<TransferActions *>();
    QVERIFY(actions);
    auto *file = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    for (QAction *a : {actions->exportModelsAction(), actions->importModelsAction(), actions->exportProfilesAction(),
                       actions->importProfilesAction()})
        QVERIFY(file->actions().contains(a));
    // Every entry of the File menu has a shortcut, and no two actions share one.
    QHash<QKeySequence, QString> seen;
    for (QAction *a : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            QVERIFY2(!seen.contains(key) || seen.value(key) == a->text(),
                     qPrintable(key.toString() + QStringLiteral(": ") + seen.value(key) + QStringLiteral(" / ")
                                + a->text()));
            seen.insert(key, a->text());
        }
    }
    for (QAction *a : file->actions())
        QVERIFY2(a->isSeparator() || !a->shortcut().isEmpty(), qPrintable(a->text()));
    // Nothing shown yet: the model entries wait for a server.
    QVERIFY(!actions->importModelsAction()->isEnabled());
}

QTEST_MAIN(TestTransferActions)
#include "tst_transferactions.moc"
