// Bulk testing in the main window against the fake LangBot server: Test All
// through one TestRunner with bounded concurrency and progress, Cancel in the
// middle, Re-test Failed, Test Selected on several rows, the concurrency
// preference, and the test history (tooltip of the Last test cell, kept on
// disk per profile and shown again in a new window).

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "MainWindowTest.h"
#include "TestSupport.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/TestProgress.h"
#include "mainwindow/TestResultPanel.h"
#include "settings/Preferences.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "model/TestOutcome.h"
#include "testing/TestHistory.h"
#include "testing/TestRunner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace lb;

namespace {

constexpr int kModels = 20;
const QString kProfile = QStringLiteral("bulk-profile-1");

QString historyDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/test-history");
}

} // namespace

class TestBulkTest : public lb::testsupport::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testAllKeepsToTheConcurrency();
    void cancelMidwayLeavesNothingRunning();
    void retestFailedRunsOnlyTheFailures();
    void testSelectedTestsEverySelectedRow();
    void singleTestGoesThroughTheRunner();
    void concurrencyPreferenceIsStored();
    void historyInTooltipAndInANewWindow();

private:
    bool openWindow(const QString &storageId = kProfile);
    QStringList uuids() const;
    QSet<QString> testedUuids() const; // test calls the server received
    TestOutcome::State stateOf(const QString &uuid) const;
};

void TestBulkTest::initTestCase()
{
    setUpCase();
    QDir(historyDir()).removeRecursively();
    QSettings().remove(QStringLiteral("tests/concurrency"));
}

void TestBulkTest::init()
{
    m_server = std::make_unique<FakeLangBotServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->generateModels(kModels);
    QCOMPARE(m_server->models().size(), kModels);
    m_client = std::make_unique<ApiClient>(settingsFor(*m_server));
}

void TestBulkTest::cleanup()
{
    tearDown();
    QDir(historyDir()).removeRecursively();
}

bool TestBulkTest::openWindow(const QString &storageId)
{
    return openOnServer(m_client.get(), storageId, QStringLiteral("Bulk server"));
}

QStringList TestBulkTest::uuids() const
{
    QStringList list;
    const QList<QJsonObject> models = m_server->models();
    for (const QJsonObject &model : models)
        list << model.value(QStringLiteral("uuid")).toString();
    return list;
}

QSet<QString> TestBulkTest::testedUuids() const
{
    QSet<QString> tested;
    const QList<FakeLangBotServer::RecordedRequest> requests = m_server->requests();
    for (const FakeLangBotServer::RecordedRequest &request : requests) {
        if (request.method == "POST" && request.path.endsWith(QStringLiteral("/test")))
            tested.insert(request.path.section(QLatin1Char('/'), -2, -2));
    }
    return tested;
}

TestOutcome::State TestBulkTest::stateOf(const QString &uuid) const
{
    return m_window->workspace()->models()->testOutcome(uuid).state;
}

// --- Test All --------------------------------------------------------------------

void TestBulkTest::testAllKeepsToTheConcurrency()
{
    QVERIFY(openWindow());
    const QStringList all = uuids();
    const QStringList failing = all.mid(0, 5);
    for (const QString &uuid : failing)
        m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::ProviderError, 80,
                                   QStringLiteral("401 Unauthorized: invalid key for %1").arg(uuid));
    m_server->setDefaultTestDelay(80);
    m_window->workspace()->testRunner()->setConcurrency(3);
    m_server->resetCounters();

    // What the progress shows along the way.
    QStringList progressTexts;
    connect(m_window->workspace()->testRunner(), &lb::TestRunner::progressChanged, this, [this, &progressTexts] {
        progressTexts << lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->text();
    });
    QSignalSpy done(m_window.get(), &MainWindow::testsFinished);
    QVERIFY(lookup<QAction>(*m_window, u"testAllAction"_s)->isEnabled());
    QCOMPARE(lookup<QAction>(*m_window, u"testAllAction"_s)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    lookup<QAction>(*m_window, u"testAllAction"_s)->trigger();

    // Running: the progress in the status bar, queued and running rows.
    QVERIFY(lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->isVisible());
    QCOMPARE(lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->total(), kModels);
    QVERIFY(lookup<QAction>(*m_window, u"cancelTestsAction"_s)->isEnabled());
    int queued = 0;
    int running = 0;
    for (const QString &uuid : all) {
        queued += stateOf(uuid) == TestOutcome::State::Queued;
        running += stateOf(uuid) == TestOutcome::State::Running;
    }
    QCOMPARE(running, 3);
    QCOMPARE(queued, kModels - 3);
    QCOMPARE(lastTestCell(all.last()).data().toString(), QStringLiteral("queued"));

    QVERIFY(done.wait(20000));
    QVERIFY2(m_server->maxInFlight() <= 3, qPrintable(QString::number(m_server->maxInFlight())));
    QCOMPARE(m_server->maxInFlight(), 3); // and the bound was used
    QCOMPARE(testedUuids().size(), kModels);
    QCOMPARE(m_server->inFlight(), 0);

    // Every row ends ✓ or ✗.
    for (const QString &uuid : all) {
        const TestOutcome outcome = m_window->workspace()->models()->testOutcome(uuid);
        if (failing.contains(uuid)) {
            QCOMPARE(outcome.state, TestOutcome::State::Failed);
            QVERIFY(outcome.message.contains(QStringLiteral("401 Unauthorized")));
            QVERIFY(lastTestCell(uuid).data().toString().startsWith(QChar(0x2717)));
        } else {
            QCOMPARE(outcome.state, TestOutcome::State::Ok);
            QVERIFY(outcome.latencyMs >= 80);
            QCOMPARE(lastTestCell(uuid).data().toString(), QStringLiteral("✓ %1 ms").arg(outcome.latencyMs));
        }
    }

    // The progress went to 20 / 20, with an estimate of the time left on the way.
    QCOMPARE(lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->completed(), kModels);
    QCOMPARE(progressTexts.last(), QStringLiteral("20 / 20"));
    QVERIFY(progressTexts.contains(QStringLiteral("0 / 20")));
    bool estimated = false;
    for (const QString &text : std::as_const(progressTexts))
        estimated = estimated || text.contains(QStringLiteral(" / 20 · about "));
    QVERIFY2(estimated, qPrintable(progressTexts.join(QStringLiteral(" | "))));
    QVERIFY(!lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Tested 20 models: 15 passed, 5 failed"));
    // No banner per failure of a batch.
    QVERIFY(!lookup<lb::gui::MessageBanner>(*m_window, u"messageBanner"_s)->isShowingError());
    QVERIFY(!lookup<QAction>(*m_window, u"cancelTestsAction"_s)->isEnabled());
    QVERIFY(lookup<QAction>(*m_window, u"retestFailedAction"_s)->isEnabled());
}

void TestBulkTest::cancelMidwayLeavesNothingRunning()
{
    QVERIFY(openWindow());
    const QStringList all = uuids();
    m_window->workspace()->testRunner()->setConcurrency(3);

    // Two models with a result already.
    m_server->setDefaultTestDelay(0);
    m_window->testModels({all.at(0), all.at(1)});
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(all.at(1)), TestOutcome::State::Ok, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(all.at(0)), TestOutcome::State::Ok, 5000);

    m_server->setDefaultTestDelay(60000);
    m_server->resetCounters();
    QSignalSpy done(m_window.get(), &MainWindow::testsFinished);
    m_window->testAllModels();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 3, 5000);
    QCOMPARE(lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->text(), QStringLiteral("0 / 20"));
    QVERIFY(lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->isVisible());
    QVERIFY(lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->cancelButton()->isVisible());
    QTest::qWait(150); // the chips count
    QVERIFY(m_window->grab().save(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_bulktest_running.png"))));

    // Cancel from the status bar.
    QTest::mouseClick(lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->cancelButton(), Qt::LeftButton);
    QCOMPARE(done.count(), 1);
    QVERIFY(!m_window->workspace()->testRunner()->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 5000);
    QVERIFY(!lookup<lb::gui::TestProgress>(*m_window, u"testProgress"_s)->isVisible());

    // The three that ran say cancelled; the others show what they showed before.
    const QSet<QString> started = testedUuids();
    QCOMPARE(started.size(), 3);
    for (const QString &uuid : all) {
        const TestOutcome::State state = stateOf(uuid);
        QVERIFY(state != TestOutcome::State::Queued && state != TestOutcome::State::Running);
        if (started.contains(uuid))
            QCOMPARE(state, TestOutcome::State::Cancelled);
        else if (uuid == all.at(0) || uuid == all.at(1))
            QCOMPARE(state, TestOutcome::State::Ok);
        else
            QCOMPARE(state, TestOutcome::State::Never);
    }
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));

    // Nothing more reaches the server.
    QTest::qWait(300);
    QCOMPARE(testedUuids().size(), 3);
    QCOMPARE(m_server->inFlight(), 0);
    QVERIFY(lookup<QAction>(*m_window, u"testAllAction"_s)->isEnabled());
}

void TestBulkTest::retestFailedRunsOnlyTheFailures()
{
    QVERIFY(openWindow());
    const QStringList all = uuids();
    const QStringList failing{all.at(2), all.at(7), all.at(11), all.at(19)};
    for (const QString &uuid : failing)
        m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::ProviderError, 10,
                                   QStringLiteral("Model Not Exist"));
    QVERIFY(!lookup<QAction>(*m_window, u"retestFailedAction"_s)->isEnabled()); // nothing failed yet
    QSignalSpy done(m_window.get(), &MainWindow::testsFinished);
    lookup<QAction>(*m_window, u"testAllAction"_s)->trigger();
    QVERIFY(done.wait(20000));
    QVERIFY(lookup<QAction>(*m_window, u"retestFailedAction"_s)->isEnabled());
    QVERIFY(lookup<QMenu>(*m_window, u"modelContextMenu"_s)
                ->actions()
                .contains(lookup<QAction>(*m_window, u"retestFailedAction"_s)));

    // Two of them are fixed on the provider's side.
    m_server->setTestBehaviour(failing.at(0), FakeLangBotServer::TestBehaviour::Ok, 10);
    m_server->setTestBehaviour(failing.at(1), FakeLangBotServer::TestBehaviour::Ok, 10);
    m_server->resetCounters();
    lookup<QAction>(*m_window, u"retestFailedAction"_s)->trigger();
    QVERIFY(done.wait(20000));
    QCOMPARE(testedUuids(), QSet<QString>(failing.cbegin(), failing.cend()));
    QCOMPARE(stateOf(failing.at(0)), TestOutcome::State::Ok);
    QCOMPARE(stateOf(failing.at(1)), TestOutcome::State::Ok);
    QCOMPARE(stateOf(failing.at(2)), TestOutcome::State::Failed);
    QCOMPARE(stateOf(failing.at(3)), TestOutcome::State::Failed);
    QCOMPARE(stateOf(all.at(0)), TestOutcome::State::Ok); // from the first run

    // Again: only the two still failing.
    m_server->resetCounters();
    lookup<QAction>(*m_window, u"retestFailedAction"_s)->trigger();
    QVERIFY(done.wait(20000));
    QCOMPARE(testedUuids(), (QSet<QString>{failing.at(2), failing.at(3)}));

    // All fixed: nothing left to re-test.
    m_server->setTestBehaviour(failing.at(2), FakeLangBotServer::TestBehaviour::Ok, 10);
    m_server->setTestBehaviour(failing.at(3), FakeLangBotServer::TestBehaviour::Ok, 10);
    lookup<QAction>(*m_window, u"retestFailedAction"_s)->trigger();
    QVERIFY(done.wait(20000));
    QVERIFY(!lookup<QAction>(*m_window, u"retestFailedAction"_s)->isEnabled());
}

void TestBulkTest::testSelectedTestsEverySelectedRow()
{
    QVERIFY(openWindow());
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    QItemSelectionModel *selection = view->selectionModel();
    QStringList chosen;
    for (int row : {1, 4, 6}) {
        const QModelIndex index = view->model()->index(row, 0);
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen << index.data(LlmTableModel::UuidRole).toString();
    }
    QCOMPARE(m_window->selectedUuids().size(), 3);
    QVERIFY(lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
    QCOMPARE(lookup<QAction>(*m_window, u"testSelectedAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(lookup<QMenu>(*m_window, u"modelContextMenu"_s)
                ->actions()
                .contains(lookup<QAction>(*m_window, u"testSelectedAction"_s)));

    QSignalSpy done(m_window.get(), &MainWindow::testsFinished);
    m_server->resetCounters();
    // With the keyboard, on the table.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(done.wait(10000));
    QCOMPARE(testedUuids(), QSet<QString>(chosen.cbegin(), chosen.cend()));
    for (const QString &uuid : std::as_const(chosen))
        QCOMPARE(stateOf(uuid), TestOutcome::State::Ok);
    // Several models: the panel is not about one of them.
    QCOMPARE(lookup<lb::gui::TestResultPanel>(*m_window, u"testResultPanel"_s)->state(),
             lb::gui::TestResultPanel::State::Idle);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Tested 3 models: 3 passed, 0 failed"));
}

void TestBulkTest::singleTestGoesThroughTheRunner()
{
    QVERIFY(openWindow());
    const QStringList all = uuids();
    m_window->workspace()->testRunner()->setConcurrency(1);
    m_server->setDefaultTestDelay(300);
    QTRY_COMPARE(m_server->inFlight(), 0); // the server info may still be on its way
    m_server->resetCounters();
    QSignalSpy done(m_window.get(), &MainWindow::testsFinished);

    // A batch holds the only slot; a single test waits behind it, shown in the panel.
    m_window->testModels(all.mid(0, 2));
    m_window->testModel(all.at(5));
    QCOMPARE(m_window->workspace()->testRunner()->total(), 3);
    lb::gui::TestResultPanel *panel = lookup<lb::gui::TestResultPanel>(*m_window, u"testResultPanel"_s);
    QCOMPARE(panel->state(), lb::gui::TestResultPanel::State::Running);
    QCOMPARE(stateOf(all.at(5)), TestOutcome::State::Queued);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(all.at(5)), TestOutcome::State::Running, 5000);
    QVERIFY(done.wait(10000));
    QCOMPARE(panel->state(), lb::gui::TestResultPanel::State::Success);
    QVERIFY(m_server->maxInFlight() <= 1);
}

void TestBulkTest::concurrencyPreferenceIsStored()
{
    QVERIFY(openWindow());
    QCOMPARE(m_window->workspace()->testRunner()->concurrency(), lb::TestRunner::kDefaultConcurrency);

    lookup<QAction>(*m_window, u"preferencesAction"_s)->trigger();
    auto *dialog = m_window->findChild<lb::gui::PreferencesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSpinBox *box = dialog->concurrencyBox();
    QCOMPARE(box->minimum(), 1);
    QCOMPARE(box->maximum(), 32);
    QCOMPARE(box->value(), 4);
    box->setValue(7);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_window->workspace()->testRunner()->concurrency(), 7);
    QCOMPARE(lb::gui::Preferences::testConcurrency(), 7);
    QCOMPARE(QSettings().value(QStringLiteral("tests/concurrency")).toInt(), 7);

    // Not per profile: a new window on another server starts with it.
    m_window.reset();
    QVERIFY(openWindow(QStringLiteral("another-profile")));
    QCOMPARE(m_window->workspace()->testRunner()->concurrency(), 7);

    // Out of range values are clamped.
    lb::gui::Preferences::setTestConcurrency(99);
    QCOMPARE(lb::gui::Preferences::testConcurrency(), 32);
    QSettings().remove(QStringLiteral("tests/concurrency"));
    QCOMPARE(lb::gui::Preferences::testConcurrency(), 4);
}

// --- history -------------------------------------------------------------------------

void TestBulkTest::historyInTooltipAndInANewWindow()
{
    QVERIFY(openWindow());
    const QString uuid = uuids().at(3);
    const QString failure = QStringLiteral("Error code: 404 - The model `gpt-9` does not exist");
    QSignalSpy finished(m_window.get(), &MainWindow::testFinished);

    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::ProviderError, 20, failure);
    m_window->testModel(uuid);
    QVERIFY(finished.wait(5000));
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::Ok, 30);
    m_window->testModel(uuid);
    QVERIFY(finished.wait(5000));
    const TestOutcome last = m_window->workspace()->models()->testOutcome(uuid);
    QCOMPARE(last.state, TestOutcome::State::Ok);

    // The tooltip of the Last test cell: both tests, newest first, with the
    // local date and time, the marks, the latency and the full error.
    const QString tip = lastTestCell(uuid).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(failure.toHtmlEscaped()), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("✓")));
    QVERIFY(tip.contains(QStringLiteral("✗")));
    QVERIFY(tip.contains(QStringLiteral("%1 ms").arg(last.latencyMs)));
    const QString when = QLocale().toString(last.finishedAt, QLocale::ShortFormat);
    QVERIFY2(tip.contains(when.toHtmlEscaped()), qPrintable(tip + QLatin1Char('\n') + when));
    QVERIFY(tip.indexOf(QStringLiteral("✓")) < tip.indexOf(QStringLiteral("✗")));
    QCOMPARE(m_window->workspace()->testHistory()->history(uuid).size(), 2);
    {
        // How the tooltip renders (a rich-text label, as QToolTip shows it).
        QLabel label(tip);
        label.setWordWrap(true);
        label.setMaximumWidth(560);
        label.adjustSize();
        QVERIFY(label.grab().save(
            QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_bulktest_tooltip.png"))));
    }

    // Another model, never tested: no history tooltip.
    const QString other = uuids().at(4);
    QVERIFY(!lastTestCell(other).data(Qt::ToolTipRole).toString().contains(QStringLiteral("✓")));

    // A new window on the same profile shows the last results at once.
    m_window.reset();
    QVERIFY(QFile::exists(lb::TestHistory().fileFor(kProfile)));
    QVERIFY(openWindow());
    QCOMPARE(stateOf(uuid), TestOutcome::State::Ok);
    QCOMPARE(m_window->workspace()->models()->testOutcome(uuid).latencyMs, last.latencyMs);
    QVERIFY(lastTestCell(uuid).data().toString().startsWith(QChar(0x2713)));
    QVERIFY(lastTestCell(uuid).data(Qt::ToolTipRole).toString().contains(failure.toHtmlEscaped()));
    QCOMPARE(stateOf(other), TestOutcome::State::Never);

    // Another profile has its own (empty) history.
    m_window.reset();
    QVERIFY(openWindow(QStringLiteral("bulk-profile-2")));
    QCOMPARE(stateOf(uuid), TestOutcome::State::Never);
}

QTEST_MAIN(TestBulkTest)
#include "tst_bulktest.moc"
