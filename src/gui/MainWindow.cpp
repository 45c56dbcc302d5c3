#include "MainWindow.h"

#include "EnvironmentStrip.h"
#include "MessageBanner.h"
#include "MessageBox.h"
#include "ProfileVisuals.h"
#include "TestResultPanel.h"
#include "TestStateDelegate.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "model/TestOutcome.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
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
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lb::gui {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

// Small counts read best centred under their header.
class CenteredDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->displayAlignment = Qt::AlignCenter;
    }
};

} // namespace

MainWindow::MainWindow(ApiClient *client, const QString &serverName, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 680);

    m_model = new LlmTableModel(this);
    m_proxy = new LlmSortFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createTestDock();
    createStatusBar();

    setClient(client, serverName);
    m_view->setFocus();
}

MainWindow::~MainWindow()
{
    // Answers arriving while the window dies must not reach it.
    ++m_generation;
    for (const QPointer<ApiCall> &call : std::as_const(m_tests)) {
        if (call)
            call->cancel();
    }
    if (m_listCall)
        m_listCall->cancel();
    if (m_infoCall)
        m_infoCall->cancel();
}

// --- construction ------------------------------------------------------------

void MainWindow::createActions()
{
    m_manageAction = new QAction(icon("profiles"), tr("&Manage Profiles…"), this);
    m_manageAction->setObjectName(QStringLiteral("manageProfilesAction"));
    m_manageAction->setIconText(tr("Profiles"));
    m_manageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_manageAction->setStatusTip(tr("Add, edit or remove the LangBot servers this console knows"));
    m_manageAction->setToolTip(tr("Manage the server profiles (Ctrl+Shift+P)"));
    connect(m_manageAction, &QAction::triggered, this, &MainWindow::manageProfilesRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_refreshAction = new QAction(icon("refresh"), tr("&Refresh"), this);
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setStatusTip(tr("Reload the list of models from the server"));
    m_refreshAction->setToolTip(tr("Reload the models (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_testAction = new QAction(icon("test"), tr("&Test"), this);
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAction->setStatusTip(tr("Ask the server to send a short request to the selected model"));
    m_testAction->setToolTip(tr("Test the selected model (Ctrl+T)"));
    connect(m_testAction, &QAction::triggered, this, &MainWindow::testCurrentModel);

    m_deleteAction = new QAction(icon("delete"), tr("&Delete…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Delete the selected models from the server"));
    m_deleteAction->setToolTip(tr("Delete the selected models (Del)"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedModels);

    m_filterAction = new QAction(tr("&Filter…"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setStatusTip(tr("Filter the models by name, requester or URL"));

    m_aboutAction = new QAction(tr("&About LangBot Console"), this);
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About LangBot Console"),
                           tr("<h3>LangBot Console %1</h3>"
                              "<p>A desktop console for the LLM models of LangBot servers: "
                              "list, test and delete the models of a server.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    QLatin1String(qVersion())));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_manageAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    // The switcher's entries go before m_serverMenuEnd (setServerChoices).
    m_serverMenu = menuBar()->addMenu(tr("&Server"));
    m_serverMenu->setObjectName(QStringLiteral("serverMenu"));
    m_serverMenuEnd = m_serverMenu->addSeparator();
    m_serverMenu->addAction(m_manageAction);
    m_serverGroup = new QActionGroup(this);
    m_serverGroup->setExclusive(true);

    QMenu *model = menuBar()->addMenu(tr("&Model"));
    model->addAction(m_refreshAction);
    model->addAction(m_filterAction);
    model->addSeparator();
    model->addAction(m_testAction);
    model->addAction(m_deleteAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    // One persistent context menu, opened with popup() (see DESIGN.md).
    m_contextMenu = new QMenu(this);
    m_contextMenu->addAction(m_testAction);
    m_contextMenu->addAction(m_deleteAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_refreshAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // "Server: [combo]" in one widget, hidden while there is nothing to switch to.
    auto *switcher = new QWidget(bar);
    auto *switcherLayout = new QHBoxLayout(switcher);
    switcherLayout->setContentsMargins(6, 0, 4, 0);
    switcherLayout->setSpacing(6);
    auto *serverLabel = new QLabel(tr("Server:"), switcher);
    m_serverCombo = new QComboBox(switcher);
    m_serverCombo->setObjectName(QStringLiteral("serverCombo"));
    m_serverCombo->setAccessibleName(tr("Server"));
    m_serverCombo->setToolTip(tr("The LangBot server shown (Ctrl+1 … Ctrl+9)"));
    m_serverCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serverCombo->setMinimumWidth(200);
    m_serverCombo->setIconSize(QSize(12, 12));
    serverLabel->setBuddy(m_serverCombo);
    switcherLayout->addWidget(serverLabel);
    switcherLayout->addWidget(m_serverCombo);
    m_serverComboAction = bar->addWidget(switcher);
    m_serverComboAction->setVisible(false);
    connect(m_serverCombo, &QComboBox::activated, this, [this](int index) {
        const QString key = m_serverCombo->itemData(index).toString();
        if (!key.isEmpty() && key != m_identity.key)
            emit serverChosen(key);
    });
    bar->addAction(m_manageAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_testAction);
    bar->addAction(m_deleteAction);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("modelFilter"));
    m_filter->setPlaceholderText(tr("Filter models (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter models"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setFixedWidth(240);
    m_filter->addAction(icon("search"), QLineEdit::LeadingPosition);
    bar->addWidget(m_filter);
    auto *margin = new QWidget(bar);
    margin->setFixedWidth(6);
    bar->addWidget(margin);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateOverlay();
        updateActions();
    });
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_strip = new EnvironmentStrip(central);
    layout->addWidget(m_strip);

    m_banner = new MessageBanner(central);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        const std::function<void()> retry = m_bannerRetry;
        if (retry)
            retry();
    });
    connect(m_banner, &MessageBanner::dismissed, this, [this] {
        m_bannerSource.clear();
        m_bannerRetry = nullptr;
    });
    layout->addWidget(m_banner);

    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("modelTable"));
    m_view->setAccessibleName(tr("Models"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LlmTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setItemDelegateForColumn(LlmTableModel::LastTestColumn, new TestStateDelegate(m_view));
    m_view->setItemDelegateForColumn(LlmTableModel::ApiKeysColumn, new CenteredDelegate(m_view));

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(56);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LlmTableModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(LlmTableModel::RequesterColumn, 190);
    header->resizeSection(LlmTableModel::BaseUrlColumn, 230);
    header->resizeSection(LlmTableModel::AbilitiesColumn, 120);
    header->resizeSection(LlmTableModel::ApiKeysColumn, 76);
    header->resizeSection(LlmTableModel::UpdatedColumn, 136);
    header->resizeSection(LlmTableModel::LastTestColumn, 110);
    // A flat, roomy table: padded cells, a light header with bold titles.
    m_view->setStyleSheet(QStringLiteral(
        "QTableView#modelTable { border: none; alternate-background-color: #f5f7fa; }"
        "QTableView#modelTable::item { padding-left: 8px; padding-right: 8px; border: none; }"
        "QTableView#modelTable QHeaderView::section { background: #eef1f5; color: #2b3442;"
        " font-weight: 600; padding: 5px 8px; border: none; border-right: 1px solid #dde1e7;"
        " border-bottom: 1px solid #cfd5dd; }"
        "QLabel#tableOverlay { color: #6b7585; background: transparent; }"));

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged,
            this, &MainWindow::updateActions);
    layout->addWidget(m_view, 1);

    // The empty state: a hint centred over the table's viewport.
    m_overlay = new QLabel(m_view->viewport());
    m_overlay->setObjectName(QStringLiteral("tableOverlay"));
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    // Its colour comes from the table's style sheet (which overrides palettes).
    QFont overlayFont = m_overlay->font();
    overlayFont.setPointSizeF(overlayFont.pointSizeF() * 1.15);
    m_overlay->setFont(overlayFont);
    m_view->viewport()->installEventFilter(this);

    const auto changed = [this] {
        updateOverlay();
        updateCount();
        updateActions();
    };
    // The proxy drops rows before the source model does: count on both.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, changed);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, changed);

    setCentralWidget(central);
}

void MainWindow::createTestDock()
{
    m_panel = new TestResultPanel(this);
    connect(m_panel, &TestResultPanel::cancelRequested, this, &MainWindow::cancelShownTest);

    m_testDock = new QDockWidget(tr("Model test"), this);
    m_testDock->setObjectName(QStringLiteral("testDock"));
    m_testDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_testDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_testDock->setWidget(m_panel);
    m_testDock->setStyleSheet(QStringLiteral(
        "QDockWidget#testDock::title { background: #eef1f5; padding: 5px 8px;"
        " border-top: 1px solid #cfd5dd; border-bottom: 1px solid #dde1e7; }"));
    addDockWidget(Qt::BottomDockWidgetArea, m_testDock);
    m_testDock->hide();
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setSizeGripEnabled(true);

    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(90, 10);
    m_busy->setAccessibleName(tr("Talking to the server"));
    m_busy->setToolTip(tr("Waiting for the server"));
    m_busy->hide();

    m_versionLabel = new QLabel(bar);
    m_versionLabel->setObjectName(QStringLiteral("serverVersion"));
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("modelCount"));

    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_versionLabel);
    bar->addPermanentWidget(m_countLabel);
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
    ++m_generation;
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
        m_client->cancelAll();
    }
    m_tests.clear();
    m_listCall = nullptr;
    m_infoCall = nullptr;
    m_panelUuid.clear();
    m_panel->clear();
    m_testDock->hide();
    m_banner->dismiss();
    m_bannerSource.clear();
    m_bannerRetry = nullptr;
    m_pendingSelection.clear();
    m_waitingText.clear();
    // Nothing of the previous server survives (not even test outcomes of a
    // model that happens to have the same uuid there).
    m_model->clear();
    m_loaded = false;
    m_loadFailed = false;
    if (lastKnown) {
        m_model->setModels(*lastKnown);
        m_loaded = true;
    }

    m_client = client;
    m_identity = identity;
    applyIdentity();
    selectChoice(identity.key);
    m_versionLabel->setText(tr("LangBot …"));
    m_versionLabel->setToolTip(QString());

    if (m_client) {
        connect(m_client, &ApiClient::runningCallsChanged, this, &MainWindow::updateBusy);
        m_versionLabel->setToolTip(m_client->displayUrl());
        updateBusy(m_client->runningCalls());
        if (lastKnown)
            statusBar()->showMessage(tr("Showing the last known models of %1 while they are "
                                        "reloaded…").arg(identity.name), 4000);
        if (load)
            this->load();
    } else {
        updateBusy(0);
    }
    updateOverlay();
    updateCount();
    updateActions();
}

void MainWindow::load()
{
    if (!m_client)
        return;
    m_waitingText.clear();
    loadServerInfo();
    refresh();
    updateOverlay();
}

void MainWindow::setWaitingText(const QString &text)
{
    m_waitingText = text;
    updateOverlay();
}

void MainWindow::setIdentity(const ServerIdentity &identity)
{
    m_identity = identity;
    applyIdentity();
    selectChoice(identity.key);
}

void MainWindow::applyIdentity()
{
    const QString name = m_identity.name.isEmpty() ? tr("Not connected") : m_identity.name;
    if (m_identity.production && !m_identity.environmentName.isEmpty())
        setWindowTitle(tr("%1 — %2 — LangBot Console").arg(m_identity.environmentName, name));
    else
        setWindowTitle(tr("%1 — LangBot Console").arg(name));
    if (m_identity.color.isValid() && !m_identity.environmentName.isEmpty())
        m_strip->showEnvironment(m_identity.environmentName, name, m_identity.color,
                                 m_identity.production);
    else
        m_strip->clear();
}

// --- switcher ------------------------------------------------------------------

void MainWindow::setServerChoices(const QList<ServerChoice> &choices, const QString &currentKey)
{
    for (QAction *action : std::as_const(m_serverActions)) {
        m_serverGroup->removeAction(action);
        m_serverMenu->removeAction(action);
        removeAction(action);
        action->deleteLater();
    }
    m_serverActions.clear();

    const QSignalBlocker blocker(m_serverCombo);
    m_serverCombo->clear();
    int shortcut = 1;
    for (const ServerChoice &choice : choices) {
        const QIcon chip = colorChipIcon(choice.color);
        m_serverCombo->addItem(chip, choice.name, choice.key);
        m_serverCombo->setItemData(m_serverCombo->count() - 1, choice.detail, Qt::ToolTipRole);

        QString text = choice.name;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *action = new QAction(chip, text, this);
        action->setCheckable(true);
        action->setData(choice.key);
        action->setStatusTip(choice.detail);
        // The first nine entries get Ctrl+1 … Ctrl+9, shown in the menu.
        if (shortcut <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut)));
        ++shortcut;
        m_serverGroup->addAction(action);
        m_serverMenu->insertAction(m_serverMenuEnd, action);
        addAction(action); // the shortcut works while the menu is closed
        const QString key = choice.key;
        connect(action, &QAction::triggered, this, [this, key] {
            if (key != m_identity.key)
                emit serverChosen(key);
            else
                selectChoice(key);
        });
        m_serverActions << action;
    }
    m_serverComboAction->setVisible(!choices.isEmpty());
    selectChoice(currentKey);
}

void MainWindow::selectChoice(const QString &key)
{
    const QSignalBlocker blocker(m_serverCombo);
    m_serverCombo->setCurrentIndex(m_serverCombo->findData(key));
    for (QAction *action : std::as_const(m_serverActions))
        action->setChecked(action->data().toString() == key);
}

// --- view state ----------------------------------------------------------------

ProfileStore::ViewState MainWindow::viewState() const
{
    ProfileStore::ViewState state;
    state.currentUuid = currentUuid();
    if (state.currentUuid.isEmpty())
        state.currentUuid = m_pendingSelection;
    const QHeaderView *header = m_view->horizontalHeader();
    state.sortColumn = header->sortIndicatorSection();
    state.sortOrder = header->sortIndicatorOrder();
    state.headerState = header->saveState();
    return state;
}

void MainWindow::restoreViewState(const ProfileStore::ViewState &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!state.headerState.isEmpty())
        header->restoreState(state.headerState);
    if (state.sortColumn >= 0 && state.sortColumn < LlmTableModel::ColumnCount)
        m_view->sortByColumn(state.sortColumn, state.sortOrder);
    else
        m_view->sortByColumn(LlmTableModel::NameColumn, Qt::AscendingOrder);

    m_view->selectionModel()->clear();
    m_pendingSelection.clear();
    if (!state.currentUuid.isEmpty() && !selectModel(state.currentUuid))
        m_pendingSelection = state.currentUuid;
    updateActions();
}

void MainWindow::loadServerInfo()
{
    ApiCall *call = m_client->systemInfo();
    m_infoCall = call;
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        if (call->ok()) {
            QString version = ApiClient::stringFromData(call->data(), QStringLiteral("version"));
            if (version.isEmpty())
                m_versionLabel->setText(tr("LangBot (version unknown)"));
            else
                m_versionLabel->setText(tr("LangBot %1").arg(version));
            m_versionLabel->setToolTip(m_client ? m_client->displayUrl() : QString());
        } else {
            m_versionLabel->setText(tr("LangBot (version unknown)"));
            m_versionLabel->setToolTip(call->error().message());
        }
    });
}

void MainWindow::refresh()
{
    if (!m_client || m_listCall)
        return;
    ApiCall *call = m_client->listModels();
    m_listCall = call;
    updateOverlay();
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        m_listCall = nullptr;
        if (call->ok()) {
            m_model->setModels(ApiClient::modelsFromData(call->data()));
            m_loaded = true;
            if (!m_pendingSelection.isEmpty()) {
                if (currentUuid().isEmpty())
                    selectModel(m_pendingSelection);
                m_pendingSelection.clear();
            }
            m_loadFailed = false;
            // Errors of the window's own calls are over; notices of the
            // application (keychain, first start) stay until dismissed.
            if (m_banner->isShowingError() && m_bannerSource != QLatin1String("notice")) {
                m_banner->dismiss();
                m_bannerSource.clear();
                m_bannerRetry = nullptr;
            }
            statusBar()->showMessage(tr("Models loaded in %1 ms").arg(call->elapsedMs()), 4000);
            updateOverlay();
            updateCount();
            updateActions();
            emit modelsLoaded(m_model->rowCount());
        } else if (call->error().kind() != ApiError::Kind::Cancelled) {
            m_loadFailed = !m_loaded;
            QString message = call->error().message();
            if (call->error().isAuthError())
                message += QLatin1Char('\n')
                    + tr("Check the credentials of this server (Server → Manage Profiles…).");
            showError(QStringLiteral("list"), tr("Could not load the models."), message,
                      [this] { refresh(); });
            updateOverlay();
            emit loadFailed(call->error().message());
            if (call->error().isAuthError())
                emit credentialsRejected(call->error().message());
        } else {
            updateOverlay();
        }
    });
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
    if (!m_client || uuid.isEmpty() || m_model->rowOf(uuid) < 0)
        return;
    if (const QPointer<ApiCall> running = m_tests.value(uuid); running)
        return;

    const QString name = modelName(uuid);
    ApiCall *call = m_client->testModel(uuid);
    m_tests.insert(uuid, call);
    m_panelUuid = uuid;

    TestOutcome running;
    running.state = TestOutcome::State::Running;
    m_model->setTestOutcome(uuid, running);
    m_panel->showRunning(name);
    m_testDock->show();
    updateActions();

    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, uuid, name, generation] {
        if (generation != m_generation)
            return;
        m_tests.remove(uuid);

        TestOutcome outcome;
        outcome.finishedAt = QDateTime::currentDateTime();
        outcome.latencyMs = call->elapsedMs();
        const bool shown = m_panelUuid == uuid;
        if (call->ok()) {
            outcome.state = TestOutcome::State::Ok;
            if (shown)
                m_panel->showSuccess(name, outcome.latencyMs);
            clearError(QStringLiteral("test:") + uuid);
            statusBar()->showMessage(tr("%1 answered in %2 ms").arg(name).arg(outcome.latencyMs), 6000);
        } else if (call->error().kind() == ApiError::Kind::Cancelled) {
            outcome.state = TestOutcome::State::Cancelled;
            outcome.message = tr("Cancelled");
            if (shown)
                m_panel->showCancelled(name);
        } else {
            outcome.state = TestOutcome::State::Failed;
            outcome.message = call->error().message();
            if (shown)
                m_panel->showFailure(name, outcome.message);
            showError(QStringLiteral("test:") + uuid, tr("The test of “%1” failed.").arg(name),
                      outcome.message, [this, uuid] { testModel(uuid); });
        }
        if (m_model->rowOf(uuid) >= 0)
            m_model->setTestOutcome(uuid, outcome);
        updateActions();
        emit testFinished(uuid);
    });
}

void MainWindow::cancelShownTest()
{
    if (const QPointer<ApiCall> call = m_tests.value(m_panelUuid); call)
        call->cancel();
}

// --- delete ------------------------------------------------------------------

void MainWindow::deleteSelectedModels()
{
    if (!m_client)
        return;
    const QStringList uuids = selectedUuids();
    if (uuids.isEmpty())
        return;

    QString text;
    QString details;
    if (uuids.size() == 1) {
        text = tr("Delete model “%1”? This cannot be undone.").arg(modelName(uuids.first()));
    } else {
        text = tr("Delete %n models? This cannot be undone.", nullptr, int(uuids.size()));
        QStringList names;
        for (const QString &uuid : uuids)
            names << QStringLiteral("• ") + modelName(uuid);
        details = names.join(QLatin1Char('\n'));
    }
    if (m_identity.production) {
        // A production server: the user types the profile's name.
        QString full = text;
        if (!details.isEmpty())
            full += QLatin1Char('\n') + details;
        full += QStringLiteral("\n\n")
            + tr("“%1” is a production server.").arg(m_identity.name);
        if (!MessageBox::confirmByTyping(this, tr("Delete model on production"), full,
                                         m_identity.name, tr("&Delete")))
            return;
    } else if (!MessageBox::confirmDestructive(this, tr("Delete model"), text, tr("&Delete"),
                                               details)) {
        return;
    }

    const quint64 generation = m_generation;
    for (const QString &uuid : uuids) {
        const QString name = modelName(uuid);
        ApiCall *call = m_client->deleteModel(uuid);
        connect(call, &ApiCall::finished, this, [this, call, uuid, name, generation] {
            if (generation != m_generation)
                return;
            if (call->ok()) {
                if (const QPointer<ApiCall> test = m_tests.value(uuid); test)
                    test->cancel();
                m_model->removeModel(uuid);
                clearError(QStringLiteral("delete"));
                clearError(QStringLiteral("test:") + uuid);
                statusBar()->showMessage(tr("Deleted “%1”.").arg(name), 6000);
                emit modelDeleted(uuid);
            } else if (call->error().kind() != ApiError::Kind::Cancelled) {
                showError(QStringLiteral("delete"), tr("Could not delete “%1”.").arg(name),
                          call->error().message());
            }
        });
    }
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
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList uuids;
    for (const QModelIndex &row : std::as_const(rows))
        uuids << row.data(LlmTableModel::UuidRole).toString();
    return uuids;
}

bool MainWindow::selectModel(const QString &uuid)
{
    const int sourceRow = m_model->rowOf(uuid);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString MainWindow::modelName(const QString &uuid) const
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return uuid;
    const QString name = m_model->modelAt(row).name();
    return name.isEmpty() ? uuid : name;
}

void MainWindow::updateActions()
{
    const bool connected = m_client != nullptr;
    const QString current = currentUuid();
    const bool hasSelection = !current.isEmpty();
    const bool running = hasSelection && m_tests.value(current);
    m_refreshAction->setEnabled(connected);
    m_testAction->setEnabled(connected && hasSelection && !running);
    m_deleteAction->setEnabled(connected && hasSelection);
}

void MainWindow::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (!m_loaded)
        text = QString();
    else if (total == 1)
        text = tr("1 model");
    else
        text = tr("%n models", nullptr, total);
    if (m_loaded && shown != total)
        text = tr("%1 of %2").arg(shown).arg(text);
    m_countLabel->setText(text);
    m_countLabel->setVisible(!text.isEmpty());
}

void MainWindow::updateOverlay()
{
    QString text;
    if (m_proxy->rowCount() == 0) {
        if (!m_client)
            text = tr("Not connected. Choose Server → Manage Profiles… to add a server.");
        else if (m_loaded && m_model->rowCount() == 0)
            text = tr("No models on this server yet.") + QLatin1Char('\n')
                + tr("Models added in LangBot's web interface appear here after Refresh (F5).");
        else if (m_loaded)
            text = tr("No models match “%1”.").arg(m_proxy->filterText());
        else if (m_loadFailed && !m_listCall)
            text = tr("The models could not be loaded.");
        else if (!m_listCall && !m_waitingText.isEmpty())
            text = m_waitingText;
        else
            text = tr("Loading models…");
    }
    m_overlay->setText(text);
    m_overlay->setVisible(!text.isEmpty());
    m_overlay->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
}

void MainWindow::updateBusy(int running)
{
    m_busy->setVisible(running > 0);
}

QString MainWindow::versionText() const
{
    return m_versionLabel->text();
}

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

bool MainWindow::isBusy() const
{
    return !m_busy->isHidden();
}

QString MainWindow::overlayText() const
{
    return m_overlay->isHidden() ? QString() : m_overlay->text();
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), index.parent())) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(pos));
}

// --- banner --------------------------------------------------------------------

void MainWindow::showNotice(MessageBanner::Kind kind, const QString &title,
                            const QString &message, const QString &actionText,
                            std::function<void()> action)
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

} // namespace lb::gui
