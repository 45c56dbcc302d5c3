#include "MainWindow.h"

#include "FilterChipBar.h"
#include "ModelViewProxy.h"
#include "TestProgress.h"
#include "TestResultPanel.h"
#include "TestStateDelegate.h"
#include "models/ModelDeletion.h"
#include "profiles/ProfileVisuals.h"
#include "settings/AboutDialog.h"
#include "settings/Appearance.h"
#include "settings/Preferences.h"
#include "settings/ShortcutsDialog.h"
#include "widgets/EnvironmentStrip.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/BackgroundDelivery.h"
#include "model/LlmModel.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "model/TestOutcome.h"
#include "testing/TestHistory.h"
#include "testing/TestRunner.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <memory>

namespace lb::gui {

namespace {

// "14:32, 25 Nov" (the year too when it is not this year), in the user's locale.
QString asOfText(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    // The locale's short time, without seconds (the C locale's has them).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    const QString time = locale.toString(local.time(), timeFormat);
    const bool thisYear = local.date().year() == QDate::currentDate().year();
    const QString date
        = locale.toString(local.date(), thisYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    return MainWindow::tr("%1, %2", "time, date").arg(time, date);
}

} // namespace

MainWindow::MainWindow(ApiClient *client, const QString &serverName, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(kDefaultSize);

    m_workspace = new ServerWorkspace(this);
    m_workspace->setObjectName(QStringLiteral("serverWorkspace"));
    m_workspace->testRunner()->setConcurrency(Preferences::testConcurrency());
    m_workspace->setUsageTracked(true); // the Used by column (4.7+; nothing is asked of 4.0–4.6)
    m_model = m_workspace->models();
    m_proxy = new ModelViewProxy(this);
    m_proxy->setObjectName(QStringLiteral("modelViewProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setHistory(m_workspace->testHistory());

    m_chipTimer.setSingleShot(true);
    m_chipTimer.setInterval(120);
    connect(&m_chipTimer, &QTimer::timeout, this, &MainWindow::updateChips);

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createTestDock();
    createStatusBar();
    applyColors();
    connectWorkspace();

    setClient(client, serverName);
    m_view->setFocus();
}

MainWindow::~MainWindow()
{
    // The workspace dies after this destructor, with the window's children,
    // when the window is no longer a MainWindow: what it, its client and its
    // table say meanwhile (the calls it cancels) is for nobody.
    disconnect(m_workspace, nullptr, this, nullptr);
    disconnect(m_workspace->models(), nullptr, this, nullptr);
    if (ApiClient *client = m_workspace->client())
        disconnect(client, nullptr, this, nullptr);
}

ApiClient *MainWindow::client() const
{
    return m_workspace->client();
}

void MainWindow::connectWorkspace()
{
    ServerWorkspace *ws = m_workspace;
    connect(ws, &ServerWorkspace::stateChanged, this, &MainWindow::updateView);
    connect(ws, &ServerWorkspace::serverInfoChanged, this, &MainWindow::updateVersion);
    connect(ws, &ServerWorkspace::featuresChanged, this, [this] {
        updateGenerationColumns();
        updateVersion();
        updateCount();
        scheduleChipUpdate();
    });
    connect(ws, &ServerWorkspace::permissionsChanged, this, &MainWindow::applyPermissions);
    connect(ws, &ServerWorkspace::usageChanged, this, &MainWindow::updateUsage);
    connect(ws, &ServerWorkspace::listLoaded, this, &MainWindow::onListLoaded);
    connect(ws, &ServerWorkspace::savedListShown, this, &MainWindow::onSavedListShown);
    connect(ws, &ServerWorkspace::listFailed, this, [this](const ApiError &error) {
        updateOverlay();
        emit loadFailed(error.message());
        if (error.isAuthError())
            emit credentialsRejected(error.message());
    });
    connect(ws, &ServerWorkspace::wentOffline, this, &MainWindow::onWentOffline);
    connect(ws, &ServerWorkspace::offlineChanged, this, &MainWindow::onOfflineChanged);
    connect(ws, &ServerWorkspace::errorSet, this, &MainWindow::showWorkspaceError);
    connect(ws, &ServerWorkspace::errorCleared, this, &MainWindow::clearError);
    connect(ws, &ServerWorkspace::modelDeleted, this, [this](const QString &uuid, const QString &name) {
        statusBar()->showMessage(tr("Deleted “%1”.").arg(name), 6000);
        emit modelDeleted(uuid);
    });
    connect(ws, &ServerWorkspace::testQueued, this, &MainWindow::onTestQueued);
    connect(ws, &ServerWorkspace::testStarted, this, &MainWindow::onTestStarted);
    connect(ws, &ServerWorkspace::testFinished, this, &MainWindow::onTestFinished);
    connect(ws, &ServerWorkspace::testProgress, this, &MainWindow::onTestProgress);
    connect(ws, &ServerWorkspace::testsFinished, this, &MainWindow::onTestsFinished);
}

void MainWindow::updateView()
{
    updateOverlay();
    updateCount();
    updateActions();
}

// --- client ------------------------------------------------------------------

void MainWindow::setClient(ApiClient *client, const QString &serverName)
{
    ServerIdentity identity;
    identity.name = serverName;
    setServer(client, identity);
}

void MainWindow::setServer(ApiClient *client, const ServerIdentity &identity,
                           const std::optional<QList<LlmModel>> &lastKnown, bool load)
{
    const QPointer<ApiClient> old = m_workspace->client();
    if (old)
        disconnect(old, nullptr, this, nullptr);
    m_panelUuid.clear();
    m_panel->clear();
    m_testDock->hide();
    m_banner->dismiss();
    m_bannerSource.clear();
    m_bannerRetry = nullptr;
    m_offlineRetry = nullptr;
    m_pendingSelection.clear();
    m_waitingText.clear();
    m_proxy->clearSettledStates();
    m_progress->hide();
    m_offlineLabel->hide();
    setTableOffline(false);
    m_identity = identity;
    // The workspace forgets the previous server: its answers never reach
    // the window again, and no row, outcome or error of it survives.
    m_switching = true;
    m_workspace->setServer(client, identity.storageId, lastKnown);
    m_switching = false;
    if (old)
        old->cancelAll();
    applyIdentity();
    selectChoice(identity.key);
    m_versionLabel->setText(tr("LangBot …"));
    m_versionLabel->setToolTip(QString());

    if (client) {
        connect(client, &ApiClient::runningCallsChanged, this, &MainWindow::updateBusy);
        m_versionLabel->setToolTip(client->displayUrl());
        updateBusy(client->runningCalls());
        if (lastKnown)
            statusBar()->showMessage(tr("Showing the last known models of %1 while they are "
                                        "reloaded…")
                                         .arg(identity.name),
                                     4000);
        if (load)
            this->load();
    } else {
        updateBusy(0);
    }
    updateView();
    updateChips();
}

void MainWindow::load()
{
    if (!client())
        return;
    m_waitingText.clear();
    m_workspace->loadServerInfo();
    m_workspace->refresh();
    updateOverlay();
}

void MainWindow::refresh()
{
    m_workspace->refresh();
}

void MainWindow::setWaitingText(const QString &text)
{
    m_waitingText = text;
    updateOverlay();
}

void MainWindow::updateVersion()
{
    const QString version = m_workspace->serverVersion();
    const WorkspaceError info = m_workspace->errors().value(QStringLiteral("info"));
    m_versionLabel->setText(version.isEmpty() ? tr("LangBot (version unknown)") : tr("LangBot %1").arg(version));
    if (hasProviders()) // the API generation beside the version
        m_versionLabel->setText(
            tr("%1 · %2 API").arg(m_versionLabel->text(), generationName(m_workspace->features().generation)));
    if (!info.source.isEmpty())
        m_versionLabel->setToolTip(info.message);
    else
        m_versionLabel->setToolTip(client() ? client()->displayUrl() : QString());
}

void MainWindow::onListLoaded(qint64 elapsedMs)
{
    if (!m_pendingSelection.isEmpty()) {
        if (currentUuid().isEmpty())
            selectModel(m_pendingSelection);
        m_pendingSelection.clear();
    }
    // Errors of the window's own calls are over; notices of the
    // application (keychain, first start) stay until dismissed.
    if (m_banner->isShowingError() && m_bannerSource != QLatin1String("notice")) {
        m_banner->dismiss();
        m_bannerSource.clear();
        m_bannerRetry = nullptr;
    }
    statusBar()->showMessage(tr("Models loaded in %1 ms").arg(elapsedMs), 4000);
    updateView();
    emit modelsLoaded(m_model->rowCount());
}

void MainWindow::onSavedListShown()
{
    if (!m_pendingSelection.isEmpty() && selectModel(m_pendingSelection))
        m_pendingSelection.clear();
    updateView();
    updateChips();
}

// --- offline -------------------------------------------------------------------

void MainWindow::showSavedListOffline(const QString &reason, std::function<void()> retry)
{
    m_offlineRetry = std::move(retry);
    m_workspace->showSavedListOffline(reason);
}

void MainWindow::setTableOffline(bool offline)
{
    if (m_view->property("offline").toBool() == offline)
        return;
    m_view->setProperty("offline", offline);
    m_view->style()->unpolish(m_view);
    m_view->style()->polish(m_view);
}

void MainWindow::onWentOffline(bool fromList, bool still)
{
    const QDateTime asOf = m_workspace->offlineAsOf();
    const QString reason = m_workspace->offlineReason();
    const QString when = asOf.isValid() ? asOfText(asOf) : tr("an unknown time");
    m_bannerSource = QStringLiteral("offline");
    if (!fromList && m_offlineRetry)
        m_bannerRetry = m_offlineRetry;
    else
        m_bannerRetry = [this] { refresh(); };
    m_banner->showMessage(MessageBanner::Kind::Offline, tr("Offline — showing the list as of %1").arg(when),
                          tr("(server unreachable: %1)").arg(reason) + QLatin1Char('\n')
                              + tr("The rows are read-only: testing and deleting come back "
                                   "when the server answers again."),
                          tr("&Retry"));
    m_offlineLabel->setToolTip(tr("The server cannot be reached; the list is the one saved at %1").arg(when));
    m_offlineLabel->show();
    setTableOffline(true);
    updateView();
    if (still)
        statusBar()->showMessage(tr("Still offline: %1").arg(reason), 6000);
}

void MainWindow::onOfflineChanged(bool offline)
{
    if (!offline) {
        if (m_bannerSource == QLatin1String("offline")) {
            m_banner->dismiss();
            m_bannerSource.clear();
            m_bannerRetry = nullptr;
        }
        m_offlineLabel->hide();
        setTableOffline(false);
        if (!m_switching)
            statusBar()->showMessage(tr("Back online."), 4000);
        updateActions();
    }
    emit offlineChanged(offline);
}

// --- test --------------------------------------------------------------------

void MainWindow::testCurrentModel()
{
    const QString uuid = currentUuid();
    if (!uuid.isEmpty())
        testModel(uuid);
}

void MainWindow::testModel(const QString &uuid)
{
    testModels({uuid});
}

void MainWindow::testSelectedModels()
{
    testModels(selectedUuids());
}

void MainWindow::testAllModels()
{
    QStringList uuids;
    const int rows = m_proxy->rowCount();
    uuids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        uuids << m_proxy->index(row, 0).data(LlmTableModel::UuidRole).toString();
    testModels(uuids);
}

void MainWindow::retestFailedModels()
{
    testModels(m_workspace->failedUuids());
}

void MainWindow::testModels(const QStringList &uuids)
{
    if (!client() || m_workspace->isOffline())
        return;
    QStringList listed; // the models the table shows, not yet waiting or running
    for (const QString &uuid : uuids) {
        if (!uuid.isEmpty() && m_model->rowOf(uuid) >= 0 && !m_workspace->isTestPending(uuid))
            listed << uuid;
    }
    if (listed.isEmpty())
        return;
    if (!m_workspace->testRunner()->isRunning())
        statusBar()->clearMessage(); // the summary of the last batch
    if (uuids.size() == 1) {
        // One model: the panel follows it (its Cancel cancels the run).
        m_panelUuid = listed.first();
        m_panel->showWaiting(m_workspace->modelName(m_panelUuid));
        m_testDock->show();
    }
    m_workspace->test(listed);
    updateActions();
}

void MainWindow::onTestQueued(const QString &uuid, const TestOutcome &before)
{
    if (before.state == TestOutcome::State::Ok || before.state == TestOutcome::State::Failed
        || before.state == TestOutcome::State::Never)
        m_proxy->setSettledState(uuid, before.state);
}

void MainWindow::onTestStarted(const QString &uuid)
{
    if (uuid == m_panelUuid)
        m_panel->showRunning(m_workspace->modelName(uuid));
}

void MainWindow::onTestFinished(const QString &uuid, const TestOutcome &outcome, bool single)
{
    const QString name = m_workspace->modelName(uuid);
    const bool shown = uuid == m_panelUuid;
    switch (outcome.state) {
    case TestOutcome::State::Ok:
        m_proxy->clearSettledState(uuid);
        if (shown)
            m_panel->showSuccess(name, outcome.latencyMs);
        if (single)
            statusBar()->showMessage(tr("%1 answered in %2 ms").arg(name).arg(outcome.latencyMs), 6000);
        break;
    case TestOutcome::State::Failed:
        m_proxy->clearSettledState(uuid);
        if (shown)
            m_panel->showFailure(name, outcome.message, outcome.requestId);
        break;
    default:
        if (shown)
            m_panel->showCancelled(name);
        break;
    }
    updateActions();
    emit testFinished(uuid);
}

void MainWindow::onTestProgress(int completed, int total)
{
    if (total > 1) {
        m_progress->setProgress(completed, total, m_workspace->testRunner()->estimatedRemainingMs());
        m_progress->show();
        m_busy->hide(); // the progress says it already
    }
}

void MainWindow::onTestsFinished(const TestBatchSummary &batch)
{
    const int total = batch.total();
    m_progress->hide();
    if (client())
        updateBusy(client()->runningCalls());
    if (total > 1) {
        QString summary = tr("Tested %1 models: %2 passed, %3 failed").arg(total).arg(batch.ok).arg(batch.failed);
        if (batch.cancelled > 0)
            summary += tr(", %1 cancelled").arg(batch.cancelled);
        statusBar()->showMessage(summary, 15000);
    }
    updateActions();
    scheduleChipUpdate();
    emit testsFinished();
}

void MainWindow::cancelTests()
{
    m_workspace->cancelTests();
}

void MainWindow::cancelShownTest()
{
    if (!m_panelUuid.isEmpty() && m_workspace->isTestPending(m_panelUuid))
        m_workspace->cancelTests();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setTestConcurrency(m_workspace->testRunner()->concurrency());
    const QString languageBefore = Preferences::language();
    connect(dialog, &QDialog::accepted, this, [this, dialog, languageBefore] {
        m_workspace->testRunner()->setConcurrency(dialog->testConcurrency());
        const int concurrency = m_workspace->testRunner()->concurrency();
        // The colours change at once; the language with the next start.
        if (dialog->theme() != Appearance::current())
            Appearance::apply(dialog->theme());
        QString message
            = concurrency == 1 ? tr("One test at a time.") : tr("Up to %1 tests at the same time.").arg(concurrency);
        if (dialog->language() != languageBefore)
            message += QLatin1Char(' ') + tr("The language takes effect after a restart of the console.");
        statusBar()->showMessage(message, 8000);
    });
    dialog->open();
}

// --- history and chips -----------------------------------------------------------

void MainWindow::scheduleChipUpdate()
{
    if (!m_chipTimer.isActive())
        m_chipTimer.start();
}

void MainWindow::updateChips()
{
    m_chipTimer.stop();
    int ok = 0;
    int failed = 0;
    int never = 0;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        switch (ModelViewProxy::statusOf(m_proxy->settledState(row))) {
        case ModelViewProxy::StatusOk:
            ++ok;
            break;
        case ModelViewProxy::StatusFailed:
            ++failed;
            break;
        case ModelViewProxy::StatusNever:
            ++never;
            break;
        }
    }
    m_chips->setStatusCounts(ok, failed, never);
    updateTypeChips();
    updateUsage();
    m_chips->setVisible(rows > 0 || m_chips->hasCheckedChips());
    if (!m_abilitiesStale)
        return;
    m_abilitiesStale = false;

    QHash<QString, int> abilityCounts;
    QStringList order;
    for (int row = 0; row < rows; ++row) {
        const QStringList abilities = m_model->modelAt(row).abilities();
        for (const QString &ability : abilities) {
            if (!abilityCounts.contains(ability))
                order << ability;
            ++abilityCounts[ability];
        }
    }
    // The abilities LangBot knows first, then the others by name.
    const QStringList known{QStringLiteral("vision"), QStringLiteral("func_call")};
    std::sort(order.begin(), order.end(), [&known](const QString &a, const QString &b) {
        const qsizetype ka = known.indexOf(a);
        const qsizetype kb = known.indexOf(b);
        if (ka != kb)
            return ka >= 0 && (kb < 0 || ka < kb);
        return a < b;
    });
    QList<QPair<QString, int>> abilities;
    for (const QString &ability : std::as_const(order))
        abilities.append({ability, abilityCounts.value(ability)});
    m_chips->setAbilities(abilities);
}

void MainWindow::applyChipFilters()
{
    m_proxy->setRequiredAbilities(m_chips->checkedAbilities());
    m_proxy->setStatusFilter(m_chips->checkedStatuses());
    m_proxy->setTypeFilter(m_chips->checkedTypes());
    m_proxy->setUnusedOnly(m_chips->unusedChecked());
    updateOverlay();
    updateCount();
    updateActions();
}

void MainWindow::clearFilters()
{
    m_chips->clearChips();
    m_filter->clear();
}

// --- delete ------------------------------------------------------------------

void MainWindow::deleteSelectedModels()
{
    if (client())
        ModelDeletion::run(this, m_workspace, selectedUuids(), m_identity.name, m_identity.production);
}

void MainWindow::copySelectedNames()
{
    QStringList names;
    const QStringList uuids = selectedUuids();
    for (const QString &uuid : uuids)
        names << modelName(uuid);
    if (!names.isEmpty())
        QGuiApplication::clipboard()->setText(names.join(QLatin1Char('\n')));
}

void MainWindow::copySelectedUuids()
{
    const QStringList uuids = selectedUuids();
    if (!uuids.isEmpty())
        QGuiApplication::clipboard()->setText(uuids.join(QLatin1Char('\n')));
}

// --- selection and state -------------------------------------------------------

QString MainWindow::currentUuid() const
{
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return current.siblingAtColumn(0).data(LlmTableModel::UuidRole).toString();
    const QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.first().data(LlmTableModel::UuidRole).toString();
}

QStringList MainWindow::selectedUuids() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList uuids;
    for (const QModelIndex &row : std::as_const(rows))
        uuids << row.data(LlmTableModel::UuidRole).toString();
    return uuids;
}

int MainWindow::selectedRowCount() const
{
    // From the ranges (rows are selected whole): no list of every index.
    int count = 0;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.left() == 0)
            count += range.height();
    }
    return count;
}

bool MainWindow::selectModel(const QString &uuid)
{
    const int sourceRow = m_model->rowOf(uuid);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString MainWindow::modelName(const QString &uuid) const
{
    return m_workspace->modelName(uuid);
}

void MainWindow::setActionState(QAction *action, bool enabled, bool blockedOffline)
{
    action->setEnabled(enabled && !blockedOffline);
    const QPair<QString, QString> tips = m_tips.value(action);
    if (blockedOffline) {
        const QString why = tr("Not available offline: the server cannot be reached");
        action->setToolTip(tr("%1 — %2").arg(action->iconText(), why));
        action->setStatusTip(why);
    } else {
        action->setToolTip(tips.first);
        action->setStatusTip(tips.second);
    }
}

void MainWindow::updateActions()
{
    const bool connected = client() != nullptr;
    const bool offline = connected && m_workspace->isOffline();
    const bool running = m_workspace->testRunner()->isRunning();
    const int selected = selectedRowCount();
    // One model selected whose test waits or runs: nothing more to start.
    const bool onlyPending = selected == 1 && m_workspace->isTestPending(currentUuid());
    m_refreshAction->setEnabled(connected);
    setActionState(m_testAction, connected && selected > 0 && !onlyPending, offline);
    setActionState(m_testAllAction, connected && m_proxy->rowCount() > 0, offline);
    const bool failures = !running && !m_workspace->failedUuids().isEmpty();
    setActionState(m_retestFailedAction, connected && failures, offline);
    setActionState(m_deleteAction, connected && selected > 0, offline);
    m_cancelTestsAction->setEnabled(running);
    m_copyNameAction->setEnabled(selected > 0);
    m_copyUuidAction->setEnabled(selected > 0);
    m_whereUsedAction->setEnabled(selected == 1 && hasProviders());
    setActionState(m_replaceAction, connected && selected == 1 && hasProviders(), offline);
}

void MainWindow::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    const bool loaded = m_workspace->hasLoaded();
    if (!loaded)
        text = QString();
    else if (hasProviders())
        text = typeCountsText();
    else if (total == 1)
        text = tr("1 model");
    else
        text = tr("%n models", nullptr, total);
    if (loaded && shown != total && hasProviders())
        text = tr("%1 of %2 shown (%3)").arg(shown).arg(total).arg(text);
    else if (loaded && shown != total)
        text = tr("%1 of %2").arg(shown).arg(text);
    m_countLabel->setText(text);
    m_countLabel->setVisible(!text.isEmpty());
}

void MainWindow::updateOverlay()
{
    QString text;
    bool filtered = false;
    const ServerWorkspace *ws = m_workspace;
    const bool loaded = ws->hasLoaded();
    if (m_proxy->rowCount() == 0) {
        if (!ws->client())
            text = tr("Not connected.") + QLatin1Char('\n')
                + tr("Choose Server → Manage Profiles… (%1) to add a server.")
                      .arg(m_manageAction->shortcut().toString(QKeySequence::NativeText));
        else if (loaded && m_model->rowCount() == 0 && ws->isOffline())
            text = tr("The saved list of this server is empty.");
        else if (loaded && m_model->rowCount() == 0)
            text = tr("No models on this server yet.") + QLatin1Char('\n')
                + tr("Add one with Model → New Model… (%1), import some with File → Import "
                     "Models… (%2), or press Refresh (%3) after adding them in LangBot's web "
                     "interface.")
                      .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                           QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText),
                           m_refreshAction->shortcut().toString(QKeySequence::NativeText));
        else if (loaded) {
            filtered = true;
            if (m_proxy->hasChipFilter())
                text = tr("No models match the filter.");
            else
                text = tr("No models match “%1”.").arg(m_proxy->filterText());
        } else if (ws->isReadingCache())
            text = tr("The server cannot be reached. Reading the saved list…");
        else if (ws->loadFailed() && !ws->isListing())
            text = tr("The models could not be loaded.") + QLatin1Char('\n')
                + tr("The banner above says why; Refresh (%1) tries again.")
                      .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText));
        else if (!ws->isListing() && !m_waitingText.isEmpty())
            text = m_waitingText;
        else
            text = tr("Loading models…");
    }
    m_overlayLabel->setText(text);
    m_overlayClear->setText(m_proxy->hasChipFilter() && !m_proxy->filterText().isEmpty() ? tr("Clear the filters")
                                                                                         : tr("Clear the filter"));
    m_overlayClear->setVisible(filtered);
    // Only the link takes clicks; otherwise the table gets them.
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents, !filtered);
    m_overlay->setVisible(!text.isEmpty());
    m_overlay->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
}

void MainWindow::updateBusy(int running)
{
    m_busy->setVisible(running > 0 && m_progress->isHidden());
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), index.parent())) {
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateActions();
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(pos));
}

// --- banner --------------------------------------------------------------------

void MainWindow::showNotice(MessageBanner::Kind kind, const QString &title, const QString &message,
                            const QString &actionText, std::function<void()> action)
{
    m_bannerSource = QStringLiteral("notice");
    m_bannerRetry = std::move(action);
    m_banner->showMessage(kind, title, message, m_bannerRetry ? actionText : QString());
}

void MainWindow::dismissNotice()
{
    if (m_bannerSource == QLatin1String("notice")) {
        m_banner->dismiss();
        m_bannerSource.clear();
        m_bannerRetry = nullptr;
    }
}

void MainWindow::showError(const QString &source, const QString &title, const QString &message,
                           std::function<void()> retry)
{
    m_bannerSource = source;
    m_bannerRetry = std::move(retry);
    m_banner->showMessage(MessageBanner::Kind::Error, title, message, bool(m_bannerRetry));
}

void MainWindow::showWorkspaceError(const WorkspaceError &error)
{
    const QString &source = error.source;
    if (source == QLatin1String("list")) {
        QString message = error.message;
        if (error.error.isAuthError())
            message += QLatin1Char('\n') + tr("Check the credentials of this server (Server → Manage Profiles…).");
        showError(source, tr("Could not load the models."), message, [this] { refresh(); });
        updateOverlay();
    } else if (source.startsWith(QLatin1String("list:"))) {
        // One type's list (or the providers'): the other rows are shown.
        showError(source, tr("Could not load the models."), error.message, [this] { refresh(); });
    } else if (source == QLatin1String("delete")) {
        showError(source, tr("Could not delete “%1”.").arg(error.subject), error.message);
    } else if (source.startsWith(QLatin1String("test:"))) {
        const QString uuid = source.mid(5);
        showError(source, tr("The test of “%1” failed.").arg(error.subject), error.message,
                  [this, uuid] { testModel(uuid); });
    }
    // "info": the version label says it (updateVersion()).
}

void MainWindow::clearError(const QString &source)
{
    if (m_bannerSource == source && m_banner->isShowingError()) {
        m_banner->dismiss();
        m_bannerSource.clear();
        m_bannerRetry = nullptr;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_overlay->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::event(QEvent *event)
{
    // The application's palette or style changed (Appearance::apply): the
    // window's own colours follow. (Qt 6.4 does not pass this on to changeEvent.)
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
}

void MainWindow::showAbout()
{
    AboutServer server;
    server.connected = client() != nullptr;
    server.name = m_identity.name;
    server.url = client() ? client()->displayUrl() : QString();
    server.version = m_workspace->serverVersion();
    auto *dialog = new AboutDialog(server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace lb::gui
