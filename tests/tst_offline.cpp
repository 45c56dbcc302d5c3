// Working offline: every successful list is saved per profile without any key
// value; when the server cannot be reached the saved list is shown read-only
// under an "Offline" banner with the time it was listed, Delete and Test are
// disabled and say why, and Retry brings the window back online. Also through
// the application controller: a profile's stale rows replaced by the saved
// list when its server is gone.

#include "FakeLangBotServer.h"
#include "MainWindowTest.h"
#include "TestSupport.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "cache/ModelCache.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "testing/TestRunner.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace lb;
using lb::gui::MessageBanner;

namespace {

using lb::testsupport::kListRoute;
const QString kProfile = QStringLiteral("offline-profile-1");

ConnectionSettings settingsFor(const QUrl &url)
{
    ConnectionSettings settings;
    settings.baseUrl = url;
    settings.authMode = ConnectionSettings::AuthMode::ApiKey;
    settings.secret = FakeLangBotServer::demoApiKey();
    return settings;
}

QString cacheDir()
{
    return QFileInfo(ModelCache().fileFor(QStringLiteral("x"))).absolutePath();
}

} // namespace

class TestOffline : public lb::testsupport::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listIsSavedWithoutKeys();
    void unreachableServerShowsTheSavedList();
    void retryBringsTheWindowBackOnline();
    void withoutASavedListTheErrorStays();
    void staleRowsOfAProfileAreReplacedOffline();

private:
    bool openWindow(ApiClient *client, const QString &storageId = kProfile);
    QStringList serverKeys() const;
    QStringList serverNames() const;
};

void TestOffline::initTestCase()
{
    setUpCase();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestOffline::init()
{
    QDir(cacheDir()).removeRecursively();
    m_server = std::make_unique<FakeLangBotServer>();
    m_server->loadDemoData();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QVERIFY(!serverKeys().isEmpty());
    m_client = std::make_unique<ApiClient>(settingsFor(m_server->url()));
    lb::gui::MessageBox::setNextAnswer(lb::gui::MessageBox::Answer::Ask);
}

void TestOffline::cleanup()
{
    tearDown();
    QThreadPool::globalInstance()->waitForDone();
    QDir(cacheDir()).removeRecursively();
}

bool TestOffline::openWindow(ApiClient *client, const QString &storageId)
{
    return openOnServer(client, storageId, QStringLiteral("Lab server"));
}

QStringList TestOffline::serverKeys() const
{
    QStringList keys;
    const QList<QJsonObject> models = m_server->models();
    for (const QJsonObject &model : models) {
        const QJsonArray list = model.value(QStringLiteral("api_keys")).toArray();
        for (const QJsonValue &key : list) {
            if (key.isString() && !key.toString().isEmpty())
                keys << key.toString();
        }
    }
    return keys;
}

QStringList TestOffline::serverNames() const
{
    QStringList names;
    const QList<QJsonObject> models = m_server->models();
    for (const QJsonObject &model : models)
        names << model.value(QStringLiteral("name")).toString();
    return names;
}

void TestOffline::listIsSavedWithoutKeys()
{
    QVERIFY(openWindow(m_client.get()));
    QThreadPool::globalInstance()->waitForDone();
    const QString file = ModelCache().fileFor(kProfile);
    QVERIFY2(QFile::exists(file), qPrintable(file));

    // No file of the cache holds a key; the list itself is there.
    QDirIterator it(cacheDir(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        const QStringList keys = serverKeys();
        for (const QString &key : keys)
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(key));
    }
    QCOMPARE(files, 1);
    const ModelCache::Snapshot snapshot = ModelCache().load(kProfile);
    QVERIFY(snapshot.valid);
    QCOMPARE(snapshot.models.size(), m_server->models().size());
    QVERIFY(qAbs(snapshot.fetchedAt.secsTo(QDateTime::currentDateTime())) < 30);
    QStringList cachedNames;
    for (const lb::LlmModel &model : snapshot.models)
        cachedNames << model.name();
    QCOMPARE(cachedNames, serverNames());
    // A window without a storage id keeps nothing.
    m_window.reset();
    QDir(cacheDir()).removeRecursively();
    QVERIFY(openWindow(m_client.get(), QString()));
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(!QDir(cacheDir()).exists() || QDir(cacheDir()).isEmpty());
}

void TestOffline::unreachableServerShowsTheSavedList()
{
    QVERIFY(openWindow(m_client.get()));
    const int count = m_window->workspace()->models()->rowCount();
    QThreadPool::globalInstance()->waitForDone();
    const QDateTime listedAt = ModelCache().load(kProfile).fetchedAt;
    QVERIFY(listedAt.isValid());
    m_window.reset();

    // The server is gone; a new window on the same profile.
    const QUrl url = m_server->url();
    m_server->close();
    m_client = std::make_unique<ApiClient>(settingsFor(url));
    m_window = std::make_unique<MainWindow>(nullptr, QString());
    QSignalSpy offline(m_window.get(), &MainWindow::offlineChanged);
    lb::gui::ServerIdentity identity;
    identity.key = kProfile;
    identity.name = QStringLiteral("Lab server");
    identity.storageId = kProfile;
    m_window->setServer(m_client.get(), identity);
    m_window->resize(1100, 560);
    m_window->show();
    QVERIFY(offline.wait(10000));
    QCOMPARE(offline.first().value(0).toBool(), true);
    QVERIFY(m_window->workspace()->isOffline());

    // The banner: Offline, the time of the saved list, why, and Retry.
    MessageBanner *banner = lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s);
    QVERIFY(banner->isShowingOffline());
    const QLocale locale;
    const QString time = locale.toString(listedAt.time(), QLocale::ShortFormat);
    const QString date = locale.toString(listedAt.date(), QStringLiteral("d MMM"));
    QCOMPARE(banner->title(), QStringLiteral("Offline — showing the list as of %1, %2").arg(time, date));
    QVERIFY2(banner->message().contains(QStringLiteral("server unreachable")), qPrintable(banner->message()));
    QVERIFY2(banner->message().contains(QStringLiteral("connection refused")), qPrintable(banner->message()));
    QVERIFY(banner->isRetryable());
    QCOMPARE(m_window->workspace()->offlineAsOf().toSecsSinceEpoch(), listedAt.toSecsSinceEpoch());
    auto *indicator = m_window->findChild<QLabel *>(QStringLiteral("offlineIndicator"));
    QVERIFY(indicator && indicator->isVisible());

    // The rows of the saved list, their key counts but no keys.
    QCOMPARE(m_window->workspace()->models()->rowCount(), count);
    QCOMPARE(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount(), count);
    QVERIFY(overlayText(*m_window).isEmpty());
    for (const lb::LlmModel &model : m_window->workspace()->models()->models()) {
        for (const QString &key : model.apiKeys())
            QVERIFY(key.isEmpty());
    }

    // Read-only: Delete and Test are disabled and say why.
    const QString uuid
        = lookup<QTableView>(*m_window, u"modelTable"_s)->model()->index(0, 0).data(LlmTableModel::UuidRole).toString();
    QVERIFY(m_window->selectModel(uuid));
    for (QAction *action :
         {lookup<QAction>(*m_window, u"deleteAction"_s), lookup<QAction>(*m_window, u"testSelectedAction"_s),
          lookup<QAction>(*m_window, u"testAllAction"_s), lookup<QAction>(*m_window, u"retestFailedAction"_s)}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY2(action->toolTip().contains(QStringLiteral("offline: the server cannot be reached")),
                 qPrintable(action->toolTip()));
        QVERIFY2(action->statusTip().contains(QStringLiteral("the server cannot be reached")),
                 qPrintable(action->statusTip()));
    }
    QVERIFY(lookup<QAction>(*m_window, u"refreshAction"_s)->isEnabled());
    QVERIFY(lookup<QAction>(*m_window, u"copyNameAction"_s)->isEnabled()); // reading still works
    m_window->testModel(uuid);
    QVERIFY(!m_window->workspace()->testRunner()->isRunning());

    // Retry while still unreachable: still offline, same list, new message.
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QVERIFY(m_window->workspace()->isOffline());
    QVERIFY(banner->isShowingOffline());
    QCOMPARE(m_window->workspace()->models()->rowCount(), count);

    // The picture of the documentation (docs/offline.png).
    QTest::qWait(50);
    const QPixmap picture = m_window->grab();
    QVERIFY(
        picture.save(QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_offline.png"))));
}

void TestOffline::retryBringsTheWindowBackOnline()
{
    QVERIFY(openWindow(m_client.get()));
    const int count = m_window->workspace()->models()->rowCount();
    const QString uuid
        = lookup<QTableView>(*m_window, u"modelTable"_s)->model()->index(0, 0).data(LlmTableModel::UuidRole).toString();
    QVERIFY(m_window->selectModel(uuid));
    const QString deleteTip = lookup<QAction>(*m_window, u"deleteAction"_s)->toolTip();
    QVERIFY(lookup<QAction>(*m_window, u"deleteAction"_s)->isEnabled());

    // The server stops answering: the rows listed in this run stay, offline.
    m_server->setFault(kListRoute, FakeLangBotServer::Fault::DropConnection);
    QSignalSpy offline(m_window.get(), &MainWindow::offlineChanged);
    lookup<QAction>(*m_window, u"refreshAction"_s)->trigger();
    QVERIFY(offline.wait(10000));
    QVERIFY(m_window->workspace()->isOffline());
    QCOMPARE(m_window->workspace()->models()->rowCount(), count);
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)
                ->title()
                .startsWith(QStringLiteral("Offline — showing the list as of ")));
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)
                ->message()
                .contains(QStringLiteral("closed the connection")));
    QVERIFY(!lookup<QAction>(*m_window, u"deleteAction"_s)->isEnabled());
    QVERIFY(!lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
    QCOMPARE(lookup<QTableView>(*m_window, u"modelTable"_s)->property("offline").toBool(), true);

    // The server is back: Retry lists again and leaves offline mode.
    m_server->clearFaults();
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    QTest::mouseClick(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->retryButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(offline.size(), 2);
    QCOMPARE(offline.last().value(0).toBool(), false);
    QVERIFY(!m_window->workspace()->isOffline());
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isHidden());
    QVERIFY(lookup<QAction>(*m_window, u"deleteAction"_s)->isEnabled());
    QVERIFY(lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
    QCOMPARE(lookup<QAction>(*m_window, u"deleteAction"_s)->toolTip(), deleteTip);
    QCOMPARE(lookup<QTableView>(*m_window, u"modelTable"_s)->property("offline").toBool(), false);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("offlineIndicator"))->isVisible());

    // Online again: a test works.
    QSignalSpy tested(m_window.get(), &MainWindow::testFinished);
    lookup<QAction>(*m_window, u"testSelectedAction"_s)->trigger();
    QVERIFY(tested.wait(10000));
    QCOMPARE(m_window->workspace()->models()->testOutcome(uuid).state, lb::TestOutcome::State::Ok);
}

void TestOffline::withoutASavedListTheErrorStays()
{
    const QUrl url = m_server->url();
    m_server->close();
    m_client = std::make_unique<ApiClient>(settingsFor(url));
    QVERIFY(!openWindow(m_client.get(), QStringLiteral("never-listed")));
    QTest::qWait(200); // the saved list would be read by now
    QVERIFY(!m_window->workspace()->isOffline());
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isShowingError());
    QCOMPARE(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->title(),
             QStringLiteral("Could not load the models."));
    // The first line says what happened, the next one what to do.
    QCOMPARE(overlayText(*m_window).section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("The models could not be loaded."));
    QCOMPARE(m_window->workspace()->models()->rowCount(), 0);
}

void TestOffline::staleRowsOfAProfileAreReplacedOffline()
{
    // A profile in a scratch store; its API key for this session only.
    QTemporaryDir dir;
    lb::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    lb::CredentialStore credentials(QStringLiteral("langbot-console-tst-offline"));
    lb::Profile profile;
    profile.name = QStringLiteral("Lab");
    profile.baseUrl = m_server->url();
    const QString id = store.add(profile);
    QVERIFY(!id.isEmpty());
    credentials.keepForSession(id, lb::CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());

    lb::gui::AppController controller(&store, &credentials);
    MainWindow *window = controller.window();
    QSignalSpy loaded(window, &MainWindow::modelsLoaded);
    QVERIFY(controller.switchTo(id));
    QVERIFY(loaded.wait(10000));
    const int count = window->workspace()->models()->rowCount();
    QVERIFY(count > 0);
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(ModelCache().load(id).valid);

    // Away to the demo, the server goes, back to the profile: its last rows
    // show at once, the list fails, and the saved list is shown offline.
    QVERIFY(controller.switchToDemo());
    QVERIFY(loaded.wait(10000));
    m_server->close();
    QSignalSpy offline(window, &MainWindow::offlineChanged);
    QVERIFY(controller.switchTo(id));
    QCOMPARE(window->workspace()->models()->rowCount(), count);
    QVERIFY(offline.wait(10000));
    QVERIFY(window->workspace()->isOffline());
    QVERIFY(lookup<lb::gui::MessageBanner>(*window, u"messageBanner"_s)->isShowingOffline());
    QCOMPARE(window->workspace()->models()->rowCount(), count);
    QVERIFY(!lookup<QAction>(*window, u"deleteAction"_s)->isEnabled());

    // Deleting the profile forgets its saved list.
    QVERIFY(store.remove(id));
    QTRY_COMPARE(controller.currentKey(), lb::gui::AppController::demoKey());
    QVERIFY(!QFile::exists(ModelCache().fileFor(id)));
}

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
