// The main window against the fake LangBot server: listing, testing (ok,
// failing, cancelled), deleting with a confirmation, the error banner and its
// retry, the empty state and switching servers;
// the switcher, the environment strip and title, notices, and the
// URL checks of ServerUrl (the profile editor's and --url's).

#include "Dialogs.h"
#include "MainWindowTest.h"
#include "mainwindow/FilterChipBar.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/TestResultPanel.h"
#include "mainwindow/TestStateDelegate.h"
#include "profiles/ServerUrl.h"
#include "widgets/EnvironmentStrip.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "model/TestOutcome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace lb;
using namespace lb::testsupport;
using lb::gui::ServerUrl;
using lb::gui::TestResultPanel;
using lb::gui::TestStateDelegate;

namespace {

qint64 latencyIn(const QString &headline)
{
    static const QRegularExpression re(QStringLiteral("in (\\d+) ms"));
    const QRegularExpressionMatch match = re.match(headline);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestMainWindow : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup();

    void listsEveryModelOfTheServer();
    void bigListFillsInBatches();
    void statusBarShowsVersionCountAndBusy();
    void emptyServerShowsHint();
    void actionsFollowSelection();
    void menusCarryActionsWithShortcuts();
    void toolbarButtonsDropTheMnemonics();
    void testSuccessShowsRoundTrip();
    void testFailureShowsProviderMessage();
    void cancelSlowTest();
    void deleteAfterConfirmingTheDialog();
    void deleteDeclinedSendsNothing();
    void deleteSeveralAsksOnceListingThem();
    void deleteFailureShowsBanner();
    void listErrorShowsBannerUntilRetrySucceeds();
    void setClientSwitchesServer();
    void lastKnownRowsThenLoad();
    void identityNamesTheEnvironment();
    void productionDeleteNeedsTheTypedName();
    void switcherEntriesAndSignal();
    void noticeWithAction();
    void windowGrabsToPng();

    void serverUrlValidates_data();
    void serverUrlValidates();

private:
    // Starts a window on m_server and waits for the first list.
    bool openWindow();
    bool waitForTest(const QString &uuid, int timeoutMs = 10000);

    std::unique_ptr<QSignalSpy> m_testsFinished;
};

void TestMainWindow::cleanup()
{
    m_testsFinished.reset();
    tearDown();
}

bool TestMainWindow::openWindow()
{
    makeWindow();
    m_testsFinished = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::testFinished);
    return showAndLoad();
}

bool TestMainWindow::waitForTest(const QString &uuid, int timeoutMs)
{
    // m_testsFinished records from the window's creation on: a test that
    // ends at once (cancel) is not missed.
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        for (qsizetype i = 0; i < m_testsFinished->size(); ++i) {
            if (m_testsFinished->at(i).value(0).toString() == uuid) {
                m_testsFinished->removeAt(i);
                return true;
            }
        }
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        m_testsFinished->wait(int(left));
    }
}

// --- listing -------------------------------------------------------------------

void TestMainWindow::listsEveryModelOfTheServer()
{
    QVERIFY(openWindow());
    const QList<QJsonObject> serverModels = m_server->models();
    QCOMPARE(m_window->workspace()->models()->rowCount(), int(serverModels.size()));
    QCOMPARE(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount(), int(serverModels.size()));
    for (const QJsonObject &model : serverModels)
        QVERIFY(m_window->workspace()->models()->rowOf(model.value(QStringLiteral("uuid")).toString()) >= 0);

    QCOMPARE(m_window->windowTitle(), QStringLiteral("Test server — LangBot Console"));
    QVERIFY(overlayText(*m_window).isEmpty());
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isHidden());
    QVERIFY(m_window->workspace()->hasLoaded());

    // Sorted by name, ascending, by default; clicking the header sorts.
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    QVERIFY(view->isSortingEnabled());
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(LlmTableModel::NameColumn));
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, LlmTableModel::NameColumn).data().toString().toLower();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    view->sortByColumn(LlmTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, LlmTableModel::NameColumn).data().toString().toLower(), sorted.last());

    QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(view->alternatingRowColors());
}

void TestMainWindow::bigListFillsInBatches()
{
    // 12,000 rows: the table is filled off the GUI thread (a worker prepares
    // the rows, batches insert them) while the event loop goes on turning,
    // and the window says "loaded" only once it holds the whole list.
    QList<QJsonObject> many;
    for (int i = 0; i < 12000; ++i)
        many << windowModel(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                            QStringLiteral("model %1").arg(11999 - i));
    m_server->setModels(many);
    m_window = std::make_unique<MainWindow>(m_client.get(), QStringLiteral("Test server"));
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    int turnsWhileFilling = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (m_window->workspace()->models()->isApplying()) {
            ++turnsWhileFilling;
            QVERIFY(loaded.isEmpty());
            QVERIFY(!m_window->workspace()->hasLoaded());
        }
    });
    ticker.start();
    m_window->show();
    QVERIFY(loaded.wait(30000));
    ticker.stop();
    QVERIFY2(turnsWhileFilling > 0, "the table was filled in one go on the GUI thread");
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().value(0).toInt(), 12000);
    QCOMPARE(m_window->workspace()->models()->rowCount(), 12000);
    QCOMPARE(proxy()->rowCount(), 12000);
    QVERIFY(m_window->workspace()->hasLoaded());
    // Natural sort by name over the whole list.
    QCOMPARE(proxy()->index(0, 0).data().toString(), QStringLiteral("model 0"));
    QCOMPARE(proxy()->index(11999, 0).data().toString(), QStringLiteral("model 11999"));
}

void TestMainWindow::statusBarShowsVersionCountAndBusy()
{
    m_server->setLatency(kListRoute, 400);
    m_window = std::make_unique<MainWindow>(m_client.get(), QStringLiteral("Test server"));
    watchModels();
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    m_window->show();
    // A call is running: the busy indicator shows, the table says it loads.
    QTRY_VERIFY_WITH_TIMEOUT(isBusy(*m_window), 2000);
    QCOMPARE(overlayText(*m_window), QStringLiteral("Loading models…"));
    QVERIFY(loaded.wait(10000));

    QTRY_VERIFY_WITH_TIMEOUT(!isBusy(*m_window), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(versionText(*m_window).startsWith(QStringLiteral("LangBot v")), 5000);
    QVERIFY2(versionText(*m_window).contains(QRegularExpression(QStringLiteral("v\\d+\\.\\d+"))),
             qPrintable(versionText(*m_window)));
    QCOMPARE(countText(*m_window), QStringLiteral("%1 models").arg(m_server->models().size()));
}

void TestMainWindow::emptyServerShowsHint()
{
    m_server->setModels({});
    QVERIFY(openWindow());
    QCOMPARE(m_window->workspace()->models()->rowCount(), 0);
    QVERIFY2(overlayText(*m_window).startsWith(QStringLiteral("No models on this server yet.")),
             qPrintable(overlayText(*m_window)));
    QCOMPARE(countText(*m_window), QStringLiteral("0 models"));
    // It says what to do: New Model with its shortcut, import, refresh.
    const QString hint = overlayText(*m_window);
    QVERIFY2(hint.contains(QStringLiteral("New Model")), qPrintable(hint));
    QVERIFY2(hint.contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)), qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("Import")), qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("F5")), qPrintable(hint));
    QTest::qWait(20);
    const QPixmap picture = m_window->grab();
    QVERIFY(!picture.isNull());
    QVERIFY(picture.save(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_mainwindow_empty.png"))));
    QVERIFY(!lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
    QVERIFY(!lookup<QAction>(*m_window, u"deleteAction"_s)->isEnabled());
}

void TestMainWindow::actionsFollowSelection()
{
    QVERIFY(openWindow());
    lookup<QTableView>(*m_window, u"modelTable"_s)->clearSelection();
    QVERIFY(lookup<QAction>(*m_window, u"refreshAction"_s)->isEnabled());
    QVERIFY(!lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
    QVERIFY(!lookup<QAction>(*m_window, u"deleteAction"_s)->isEnabled());

    const QString uuid = firstUuidInView();
    QVERIFY(m_window->selectModel(uuid));
    QCOMPARE(m_window->currentUuid(), uuid);
    QVERIFY(lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
    QVERIFY(lookup<QAction>(*m_window, u"deleteAction"_s)->isEnabled());

    // While its test runs, the model cannot be tested again.
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 600);
    lookup<QAction>(*m_window, u"testSelectedAction"_s)->trigger();
    QVERIFY(!lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
    QVERIFY(waitForTest(uuid));
    QVERIFY(lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
}

void TestMainWindow::menusCarryActionsWithShortcuts()
{
    QVERIFY(openWindow());
    QCOMPARE(lookup<QAction>(*m_window, u"refreshAction"_s)->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(lookup<QAction>(*m_window, u"testSelectedAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(lookup<QAction>(*m_window, u"deleteAction"_s)->shortcut(), QKeySequence(QKeySequence::Delete));
    QVERIFY(!lookup<QAction>(*m_window, u"manageProfilesAction"_s)->shortcut().isEmpty());

    QStringList menus;
    QList<QAction *> inMenus;
    const QList<QAction *> top = m_window->menuBar()->actions();
    for (QAction *action : top) {
        menus << action->text();
        if (QMenu *menu = action->menu()) {
            const QList<QAction *> items = menu->actions();
            for (QAction *item : items) {
                inMenus << item;
                if (!item->isSeparator())
                    QVERIFY2(!item->shortcut().isEmpty(), qPrintable(item->text()));
            }
        }
    }
    QCOMPARE(menus,
             (QStringList{QStringLiteral("&File"), QStringLiteral("&Server"), QStringLiteral("&Model"),
                          QStringLiteral("&Help")}));
    QVERIFY(inMenus.contains(lookup<QAction>(*m_window, u"manageProfilesAction"_s)));
    QVERIFY(inMenus.contains(lookup<QAction>(*m_window, u"refreshAction"_s)));
    QVERIFY(inMenus.contains(lookup<QAction>(*m_window, u"testSelectedAction"_s)));
    QVERIFY(inMenus.contains(lookup<QAction>(*m_window, u"deleteAction"_s)));
    QVERIFY(inMenus.contains(lookup<QAction>(*m_window, u"testAllAction"_s)));
    QVERIFY(inMenus.contains(lookup<QAction>(*m_window, u"retestFailedAction"_s)));
    QVERIFY(inMenus.contains(lookup<QAction>(*m_window, u"cancelTestsAction"_s)));
    QVERIFY(inMenus.contains(lookup<QAction>(*m_window, u"preferencesAction"_s)));

    // The busy keyboard path works: F5 on the window refreshes.
    const int before = m_server->requestCount(kListRoute);
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    m_window->activateWindow();
    lookup<QTableView>(*m_window, u"modelTable"_s)->setFocus();
    QTest::keyClick(lookup<QTableView>(*m_window, u"modelTable"_s), Qt::Key_F5);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_server->requestCount(kListRoute), before + 1);
}

// --- test ----------------------------------------------------------------------

void TestMainWindow::toolbarButtonsDropTheMnemonics()
{
    // In Chinese the menu says "刷新(&R)" and "删除(&D)…"; the toolbar says
    // "刷新" and "删除" (Qt only drops a bare "&").
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/langbot-console_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&chinese); });
    QVERIFY(openWindow());
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    int checked = 0;
    for (QAction *action :
         {lookup<QAction>(*m_window, u"refreshAction"_s), lookup<QAction>(*m_window, u"deleteAction"_s),
          lookup<QAction>(*m_window, u"testAllAction"_s)}) {
        QVERIFY2(action->text().contains(QLatin1String("(&")), qPrintable(action->text()));
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
        QVERIFY(button);
        const QString shown = button->text();
        QVERIFY2(!shown.isEmpty() && !shown.contains(QLatin1Char('(')) && !shown.contains(QLatin1Char('&'))
                     && !shown.endsWith(QChar(0x2026)),
                 qPrintable(shown));
        QVERIFY2(action->text().startsWith(shown), qPrintable(action->text() + QLatin1String(" / ") + shown));
        ++checked;
    }
    QCOMPARE(checked, 3);
    // A short label of its own stays short: "测试", not "测试所选".
    auto *test = qobject_cast<QToolButton *>(bar->widgetForAction(lookup<QAction>(*m_window, u"testSelectedAction"_s)));
    QVERIFY(test);
    QCOMPARE(test->text(), QCoreApplication::translate("lb::gui::MainWindow", "Test"));
}

void TestMainWindow::testSuccessShowsRoundTrip()
{
    QVERIFY(openWindow());
    const QString uuid = firstUuidInView();
    const QString name = nameOf(uuid);
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 300);
    QVERIFY(m_window->selectModel(uuid));

    lookup<QAction>(*m_window, u"testSelectedAction"_s)->trigger();
    TestResultPanel *panel = lookup<lb::gui::TestResultPanel>(*m_window, u"testResultPanel"_s);
    QCOMPARE(panel->state(), TestResultPanel::State::Running);
    QCOMPARE(panel->headline(), QStringLiteral("Testing %1…").arg(name));
    QVERIFY(panel->cancelButton()->isVisible());
    QVERIFY(lookup<QDockWidget>(*m_window, u"testDock"_s)->isVisible());
    QCOMPARE(lastTestCell(uuid).data(LlmTableModel::TestStateRole).toInt(), int(TestOutcome::State::Running));
    QCOMPARE(TestStateDelegate::cellText(lastTestCell(uuid)), QStringLiteral("Testing…"));

    QVERIFY(waitForTest(uuid));
    QCOMPARE(panel->state(), TestResultPanel::State::Success);
    QVERIFY2(panel->headline().startsWith(QStringLiteral("✓ %1 answered in ").arg(name)),
             qPrintable(panel->headline()));
    const qint64 latency = latencyIn(panel->headline());
    QVERIFY2(latency >= 300, qPrintable(panel->headline()));
    QVERIFY(!panel->cancelButton()->isVisible());
    QVERIFY(!panel->detailsView()->isVisible());

    const QModelIndex cell = lastTestCell(uuid);
    QCOMPARE(cell.data(LlmTableModel::TestStateRole).toInt(), int(TestOutcome::State::Ok));
    QVERIFY2(TestStateDelegate::cellText(cell).startsWith(QChar(0x2713)),
             qPrintable(TestStateDelegate::cellText(cell)));
    QCOMPARE(TestStateDelegate::cellColor(cell), QColor(0x16, 0x80, 0x3c));
    QCOMPARE(m_window->workspace()->models()->testOutcome(uuid).latencyMs, latency);
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isHidden());
}

void TestMainWindow::testFailureShowsProviderMessage()
{
    QVERIFY(openWindow());
    const QString uuid = firstUuidInView();
    const QString name = nameOf(uuid);
    const QString providerMessage
        = QStringLiteral("Error code: 404 - {'error': {'message': 'The model `gpt-9` does not exist', "
                         "'type': 'invalid_request_error', 'code': 'model_not_found'}}");
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::ProviderError, 50, providerMessage);
    QVERIFY(m_window->selectModel(uuid));
    lookup<QAction>(*m_window, u"testSelectedAction"_s)->trigger();
    QVERIFY(waitForTest(uuid));

    TestResultPanel *panel = lookup<lb::gui::TestResultPanel>(*m_window, u"testResultPanel"_s);
    QCOMPARE(panel->state(), TestResultPanel::State::Failure);
    QVERIFY2(panel->headline().contains(name), qPrintable(panel->headline()));
    QVERIFY2(panel->details().contains(providerMessage), qPrintable(panel->details()));
    QVERIFY(panel->detailsView()->isVisible());
    QVERIFY(panel->detailsView()->isReadOnly());
    QVERIFY(panel->detailsView()->textInteractionFlags() & Qt::TextSelectableByMouse);

    // Copy puts the full message on the clipboard.
    QVERIFY(panel->copyButton()->isVisible());
    QApplication::clipboard()->clear();
    QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(providerMessage));

    // The failure is in the banner too, with the server's message.
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isShowingError());
    QVERIFY2(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->text().contains(providerMessage),
             qPrintable(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->text()));

    const QModelIndex cell = lastTestCell(uuid);
    QCOMPARE(cell.data(LlmTableModel::TestStateRole).toInt(), int(TestOutcome::State::Failed));
    QVERIFY(TestStateDelegate::cellText(cell).startsWith(QChar(0x2717)));
    QCOMPARE(TestStateDelegate::cellColor(cell), QColor(0xc2, 0x1f, 0x1f));

    // A later success of the same model takes the banner away.
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 0);
    lookup<QAction>(*m_window, u"testSelectedAction"_s)->trigger();
    QVERIFY(waitForTest(uuid));
    QCOMPARE(panel->state(), TestResultPanel::State::Success);
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isHidden());
}

void TestMainWindow::cancelSlowTest()
{
    QVERIFY(openWindow());
    const QString uuid = firstUuidInView();
    const QString name = nameOf(uuid);
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 60000);
    QVERIFY(m_window->selectModel(uuid));
    lookup<QAction>(*m_window, u"testSelectedAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, 5000);

    TestResultPanel *panel = lookup<lb::gui::TestResultPanel>(*m_window, u"testResultPanel"_s);
    QVERIFY(panel->cancelButton()->isVisible());
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    // The server holds the answer for 60 s: the test ends now, cancelled, not
    // when the server answers.
    QVERIFY(waitForTest(uuid, 5000));

    QCOMPARE(panel->state(), TestResultPanel::State::Cancelled);
    QCOMPARE(panel->headline(), QStringLiteral("Test of %1 cancelled").arg(name));
    QCOMPARE(lastTestCell(uuid).data(LlmTableModel::TestStateRole).toInt(), int(TestOutcome::State::Cancelled));
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isHidden()); // cancelling is not a failure
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 5000);
    QVERIFY(lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
}

// --- delete --------------------------------------------------------------------

void TestMainWindow::deleteAfterConfirmingTheDialog()
{
    QVERIFY(openWindow());
    const int before = int(m_server->models().size());
    const QString uuid = firstUuidInView();
    const QString name = nameOf(uuid);
    QVERIFY(m_window->selectModel(uuid));

    // Answer the real confirmation dialog once it is up.
    QString dialogText;
    bool clicked = false;
    QSignalSpy deleted(m_window.get(), &MainWindow::modelDeleted);
    {
        ModalPoller poller([&clicked](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                clicked = clickButton(box, QMessageBox::DestructiveRole);
        });
        lookup<QAction>(*m_window, u"deleteAction"_s)->trigger();
        QVERIFY(poller.answered());
        dialogText = poller.messageText();
    }
    QVERIFY(clicked);
    QCOMPARE(dialogText, QStringLiteral("Delete model “%1”? This cannot be undone.").arg(name));
    QVERIFY(deleted.wait(5000));
    QCOMPARE(deleted.first().value(0).toString(), uuid);

    QCOMPARE(m_window->workspace()->models()->rowOf(uuid), -1);
    QCOMPARE(m_window->workspace()->models()->rowCount(), before - 1);
    QVERIFY(m_server->model(uuid).isEmpty());
    QCOMPARE(int(m_server->models().size()), before - 1);
    QCOMPARE(countText(*m_window), QStringLiteral("%1 models").arg(before - 1));
}

void TestMainWindow::deleteSeveralAsksOnceListingThem()
{
    QVERIFY(openWindow());
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    const QModelIndex first = view->model()->index(0, 0);
    const QModelIndex second = view->model()->index(1, 0);
    view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList uuids{first.data(LlmTableModel::UuidRole).toString(),
                            second.data(LlmTableModel::UuidRole).toString()};
    QCOMPARE(m_window->selectedUuids(), uuids);
    QVERIFY(lookup<QAction>(*m_window, u"deleteAction"_s)->isEnabled());

    // Declined: one question naming both, nothing sent.
    m_server->resetCounters();
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    lookup<QAction>(*m_window, u"deleteAction"_s)->trigger();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Delete 2 models? This cannot be undone."));
    QCOMPARE(MessageBox::lastInformativeText(),
             QStringLiteral("• %1\n• %2").arg(first.data().toString(), second.data().toString()));
    QTest::qWait(100);
    QCOMPARE(m_server->writeRequestCount(), 0);

    // Accepted: both go.
    QSignalSpy deleted(m_window.get(), &MainWindow::modelDeleted);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    lookup<QAction>(*m_window, u"deleteAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 2, 5000);
    QCOMPARE(m_server->writeRequestCount(), 2);
    for (const QString &uuid : uuids) {
        QVERIFY(m_server->model(uuid).isEmpty());
        QCOMPARE(m_window->workspace()->models()->rowOf(uuid), -1);
    }
}

void TestMainWindow::deleteDeclinedSendsNothing()
{
    QVERIFY(openWindow());
    const QString uuid = firstUuidInView();
    QVERIFY(m_window->selectModel(uuid));
    m_server->resetCounters();

    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    lookup<QAction>(*m_window, u"deleteAction"_s)->trigger();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Delete model “%1”? This cannot be undone.").arg(nameOf(uuid)));
    QTest::qWait(200);
    QCOMPARE(m_server->writeRequestCount(), 0);
    QVERIFY(m_window->workspace()->models()->rowOf(uuid) >= 0);
    QVERIFY(!m_server->model(uuid).isEmpty());
}

void TestMainWindow::deleteFailureShowsBanner()
{
    QVERIFY(openWindow());
    const QString uuid = firstUuidInView();
    QVERIFY(m_window->selectModel(uuid));
    FakeLangBotServer::FaultSpec fault;
    fault.fault = FakeLangBotServer::Fault::Error500Legacy;
    fault.message = QStringLiteral("FOREIGN KEY constraint failed");
    m_server->setFault(QStringLiteral("DELETE /api/v1/provider/models/llm/") + uuid, fault);

    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    lookup<QAction>(*m_window, u"deleteAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isShowingError(), 5000);
    QVERIFY2(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->text().contains(fault.message),
             qPrintable(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->text()));
    QVERIFY2(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->text().contains(nameOf(uuid)),
             qPrintable(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->text()));
    QVERIFY(m_window->workspace()->models()->rowOf(uuid) >= 0);
    QVERIFY(!m_server->model(uuid).isEmpty());
}

// --- banner --------------------------------------------------------------------

void TestMainWindow::listErrorShowsBannerUntilRetrySucceeds()
{
    QVERIFY(openWindow());
    const int rows = m_window->workspace()->models()->rowCount();
    FakeLangBotServer::FaultSpec fault;
    fault.fault = FakeLangBotServer::Fault::Error500Legacy;
    fault.message = QStringLiteral("database is locked");
    m_server->setFault(kListRoute, fault);

    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    lookup<QAction>(*m_window, u"refreshAction"_s)->trigger();
    QVERIFY(failed.wait(5000));

    lb::gui::MessageBanner *banner = lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->isShowingError());
    QVERIFY2(banner->text().contains(QStringLiteral("database is locked")), qPrintable(banner->text()));
    QVERIFY(banner->isRetryable());
    QVERIFY(banner->retryButton()->isVisible());
    // The models already shown stay.
    QCOMPARE(m_window->workspace()->models()->rowCount(), rows);

    // Retry while the server still fails: still an error.
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY(banner->isShowingError());

    // Retry after the server recovered: the banner goes away.
    m_server->clearFaults();
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QVERIFY(banner->isHidden());

    // The plain Error500Legacy fault on the first load: no rows, a banner,
    // and the table says the list could not be loaded.
    m_server->setFault(kListRoute, FakeLangBotServer::Fault::Error500Legacy);
    auto client = std::make_unique<ApiClient>(settingsFor(*m_server));
    QSignalSpy failedAgain(m_window.get(), &MainWindow::loadFailed);
    m_window->setClient(client.get(), QStringLiteral("Failing"));
    QVERIFY(failedAgain.wait(5000));
    QVERIFY(lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isShowingError());
    QVERIFY(!lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->message().isEmpty());
    QCOMPARE(m_window->workspace()->models()->rowCount(), 0);
    // The first line says what happened, the next one what to do.
    QCOMPARE(overlayText(*m_window).section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("The models could not be loaded."));
    m_window->setClient(m_client.get(), QStringLiteral("Test server"));
}

void TestMainWindow::setClientSwitchesServer()
{
    QVERIFY(openWindow());
    // A slow test on the first server, abandoned by the switch.
    const QString uuid = firstUuidInView();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 60000);
    m_window->testModel(uuid);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, 5000);

    FakeLangBotServer other;
    other.setModels({windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"), QStringLiteral("one")),
                     windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002"), QStringLiteral("two"))});
    QVERIFY(other.listen());
    ApiClient otherClient(settingsFor(other));

    QSignalSpy manageSpy(m_window.get(), &MainWindow::manageProfilesRequested);
    lookup<QAction>(*m_window, u"manageProfilesAction"_s)->trigger();
    QCOMPARE(manageSpy.count(), 1);

    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    m_window->setClient(&otherClient, QStringLiteral("Other"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Other — LangBot Console"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->workspace()->models()->rowCount(), 2);
    QCOMPARE(countText(*m_window), QStringLiteral("2 models"));
    QVERIFY(lookup<QDockWidget>(*m_window, u"testDock"_s)->isHidden());
    // The old client's test was cancelled.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 5000);
    QCOMPARE(m_client->runningCalls(), 0);

    m_window->setClient(m_client.get(), QStringLiteral("Test server"));
}

void TestMainWindow::lastKnownRowsThenLoad()
{
    QVERIFY(openWindow());
    const QList<lb::LlmModel> known = m_window->workspace()->models()->models();
    QVERIFY(known.size() >= 3);

    // A server not ready yet (no credentials): the last known rows at once,
    // nothing asked of the server until load().
    m_server->setLatency(kListRoute, 300);
    m_server->resetCounters();
    auto client = std::make_unique<ApiClient>(settingsFor(*m_server));
    lb::gui::ServerIdentity identity;
    identity.key = QStringLiteral("again");
    identity.name = QStringLiteral("Again");
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    m_window->setServer(client.get(), identity, known, false);
    QCOMPARE(m_window->workspace()->models()->rowCount(), int(known.size()));
    QVERIFY(overlayText(*m_window).isEmpty());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(kListRoute), 0);
    QCOMPARE(loaded.count(), 0);

    // Without rows, the waiting text says why nothing shows.
    m_window->setServer(client.get(), identity, std::nullopt, false);
    QCOMPARE(m_window->workspace()->models()->rowCount(), 0);
    m_window->setWaitingText(QStringLiteral("Waiting for the API key of “Again”…"));
    QCOMPARE(overlayText(*m_window), QStringLiteral("Waiting for the API key of “Again”…"));

    m_window->load();
    QCOMPARE(overlayText(*m_window), QStringLiteral("Loading models…"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->workspace()->models()->rowCount(), int(known.size()));
    m_window->setClient(m_client.get(), QStringLiteral("Test server"));
}

void TestMainWindow::identityNamesTheEnvironment()
{
    QVERIFY(openWindow());
    lb::gui::EnvironmentStrip *strip = lookup<lb::gui::EnvironmentStrip>(*m_window, u"environmentStrip"_s);
    QVERIFY(!strip->isVisible()); // no environment: no strip

    lb::gui::ServerIdentity identity;
    identity.key = QStringLiteral("prod");
    identity.name = QStringLiteral("Acme");
    identity.environmentName = QStringLiteral("Production");
    identity.color = QColor(QStringLiteral("#c62828"));
    identity.production = true;
    m_window->setIdentity(identity);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Production — Acme — LangBot Console"));
    QVERIFY(strip->isVisible());
    QVERIFY(strip->isProduction());
    QCOMPARE(strip->color(), QColor(QStringLiteral("#c62828")));
    const int productionHeight = strip->height();

    identity.environmentName = QStringLiteral("Staging");
    identity.color = QColor(QStringLiteral("#ef6c00"));
    identity.production = false;
    m_window->setIdentity(identity);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme — LangBot Console"));
    QVERIFY(strip->isVisible());
    QVERIFY(!strip->isProduction());
    QVERIFY(strip->height() < productionHeight); // lighter and smaller
    QVERIFY(strip->text().contains(QStringLiteral("Staging")));
}

void TestMainWindow::productionDeleteNeedsTheTypedName()
{
    QVERIFY(openWindow());
    lb::gui::ServerIdentity identity;
    identity.name = QStringLiteral("Acme production");
    identity.environmentName = QStringLiteral("Production");
    identity.color = QColor(Qt::red);
    identity.production = true;
    m_window->setIdentity(identity);
    const QString uuid = firstUuidInView();
    QVERIFY(m_window->selectModel(uuid));
    m_server->resetCounters();

    MessageBox::setNextTypedAnswer(QStringLiteral("Acme"));
    lookup<QAction>(*m_window, u"deleteAction"_s)->trigger();
    QTest::qWait(200);
    QCOMPARE(m_server->writeRequestCount(), 0);

    QSignalSpy deleted(m_window.get(), &MainWindow::modelDeleted);
    MessageBox::setNextTypedAnswer(QStringLiteral("Acme production"));
    lookup<QAction>(*m_window, u"deleteAction"_s)->trigger();
    QVERIFY(deleted.wait(5000));
    QVERIFY(m_server->model(uuid).isEmpty());
}

void TestMainWindow::switcherEntriesAndSignal()
{
    QVERIFY(openWindow());
    // Without entries the switcher stays out of the way.
    QVERIFY(!lookup<QComboBox>(*m_window, u"serverCombo"_s)->isVisible());

    QList<lb::gui::ServerChoice> choices;
    for (int i = 1; i <= 11; ++i)
        choices.append({QStringLiteral("key%1").arg(i), QStringLiteral("Server %1").arg(i),
                        QStringLiteral("http://10.0.0.%1:5300").arg(i), QColor(Qt::blue)});
    m_window->setServerChoices(choices, QStringLiteral("key2"));
    QTRY_VERIFY(lookup<QComboBox>(*m_window, u"serverCombo"_s)->isVisible()); // the tool bar lays it out
    QCOMPARE(lookup<QComboBox>(*m_window, u"serverCombo"_s)->count(), 11);
    QCOMPARE(lookup<QComboBox>(*m_window, u"serverCombo"_s)->currentIndex(), 1);
    const QList<QAction *> actions = serverActions(*m_window);
    QCOMPARE(actions.size(), 11);
    QCOMPARE(actions.at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(actions.at(8)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_9));
    QVERIFY(actions.at(9)->shortcut().isEmpty());
    QVERIFY(actions.at(1)->isChecked());
    QVERIFY(lookup<QMenu>(*m_window, u"serverMenu"_s)->actions().contains(actions.at(10)));
    QVERIFY(lookup<QMenu>(*m_window, u"serverMenu"_s)
                ->actions()
                .contains(lookup<QAction>(*m_window, u"manageProfilesAction"_s)));

    QSignalSpy chosen(m_window.get(), &MainWindow::serverChosen);
    actions.at(4)->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().value(0).toString(), QStringLiteral("key5"));
    emit lookup<QComboBox>(*m_window, u"serverCombo"_s)->activated(6);
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chosen.last().value(0).toString(), QStringLiteral("key7"));

    // Updating the entries keeps the menu tidy.
    m_window->setServerChoices(choices.mid(0, 2), QStringLiteral("key1"));
    QCOMPARE(serverActions(*m_window).size(), 2);
    QCOMPARE(lookup<QComboBox>(*m_window, u"serverCombo"_s)->count(), 2);
}

void TestMainWindow::noticeWithAction()
{
    QVERIFY(openWindow());
    int clicked = 0;
    m_window->showNotice(lb::gui::MessageBanner::Kind::Info, QStringLiteral("Hello."), QStringLiteral("Details."),
                         QStringLiteral("&Do It…"), [&clicked] { ++clicked; });
    lb::gui::MessageBanner *banner = lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("&Do It…"));
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QCOMPARE(clicked, 1);

    // A successful refresh leaves a notice alone; dismissNotice() takes it away.
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(5000));
    QVERIFY(banner->isVisible());
    m_window->dismissNotice();
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::windowGrabsToPng()
{
    QVERIFY(openWindow());
    const QString uuid = firstUuidInView();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 120);
    QVERIFY(m_window->selectModel(uuid));
    lookup<QAction>(*m_window, u"testSelectedAction"_s)->trigger();
    QVERIFY(waitForTest(uuid));

    const QPixmap picture = m_window->grab();
    QVERIFY(!picture.isNull());
    QCOMPARE(picture.size(), m_window->size());
    const QString file
        = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_mainwindow.png"));
    QVERIFY(picture.save(file));
    QImage reread(file);
    QVERIFY(!reread.isNull());
    QCOMPARE(reread.size(), picture.size());
}

// --- server URL ---------------------------------------------------------------------

void TestMainWindow::serverUrlValidates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:5300") << false << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << false << QString();
    QTest::newRow("no host") << QStringLiteral("http://") << false << QString();
    QTest::newRow("user info") << QStringLiteral("http://me:pw@example.org") << false << QString();
    QTest::newRow("query") << QStringLiteral("http://example.org/?a=1") << false << QString();
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:5300") << true << QStringLiteral("http://127.0.0.1:5300");
    QTest::newRow("https prefix slash") << QStringLiteral("  https://example.org/langbot/ ") << true
                                        << QStringLiteral("https://example.org/langbot");
}

void TestMainWindow::serverUrlValidates()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, normalised);

    QUrl url;
    QString reason;
    QCOMPARE(ServerUrl::parse(text, &url, &reason), ok);
    QCOMPARE(reason.isEmpty(), ok);
    if (ok) {
        QCOMPARE(url, QUrl(normalised));
        QVERIFY(!ServerUrl::displayName(url).isEmpty());
    } else {
        QVERIFY(!reason.contains(QStringLiteral("pw@"))); // never repeats a password
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
