#include "MainWindow.h"

#include "settings/AboutDialog.h"
#include "settings/Appearance.h"
#include "widgets/EnvironmentStrip.h"
#include "FilterChipBar.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "ModelViewProxy.h"
#include "settings/Preferences.h"
#include "profiles/ProfileVisuals.h"
#include "settings/ShortcutsDialog.h"
#include "TestProgress.h"
#include "TestResultPanel.h"
#include "TestStateDelegate.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "model/LlmSortFilterProxy.h"
#include "model/BackgroundDelivery.h"
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
#include <QFutureWatcher>
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
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>
#include <QVBoxLayout>

#include <memory>

namespace lb::gui {

namespace {

// An action with a bundled icon; its ink follows the palette in use.
QAction *withIcon(QAction *action, const char *name)
{
    action->setIcon(Appearance::icon(QLatin1String(name)));
    return action;
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

// The server cannot be reached at all (as opposed to answering with an error).
bool isUnreachable(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return true;
    default:
        break;
    }
    return false;
}

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
    const QString date = locale.toString(local.date(), thisYear ? QStringLiteral("d MMM")
                                                                : QStringLiteral("d MMM yyyy"));
    return MainWindow::tr("%1, %2", "time, date").arg(time, date);
}

// Lists up to this size merge in a few milliseconds: at once (setModels).
constexpr qsizetype kListAtOnce = 2000;

// What QAction::iconText() makes of a text when none was set (Qt's own rule):
// "..." and each "&" that is not the second of "&&" dropped.
QString qtStrippedText(QString text)
{
    text.remove(QLatin1String("..."));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1);
    }
    return text.trimmed();
}

// A menu text as a toolbar button says it: "&Refresh", "刷新(&R)" and
// "&Delete…" become "Refresh", "刷新" and "Delete".
QString toolbarText(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\s*\\(&[^&)]\\)"));
    text.remove(mnemonic);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

} // namespace

MainWindow::MainWindow(ApiClient *client, const QString &serverName, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 680);

    m_model = new LlmTableModel(this);
    m_proxy = new ModelViewProxy(this);
    m_proxy->setSourceModel(m_model);
    m_history = new TestHistory(QString(), this);
    m_proxy->setHistory(m_history);
    // The table fills on a worker and in batches (applyModels), so a big list
    // never stalls the window; what follows a list waits for the last batch.
    connect(m_model, &LlmTableModel::modelsApplied, this, [this] {
        if (auto then = std::exchange(m_afterApply, {}))
            then();
    });

    m_runner = new TestRunner(nullptr, this);
    m_runner->setConcurrency(Preferences::testConcurrency());
    connect(m_runner, &TestRunner::queued, this, &MainWindow::onTestQueued);
    connect(m_runner, &TestRunner::testStarted, this, &MainWindow::onTestStarted);
    connect(m_runner, &TestRunner::testFinished, this, &MainWindow::onTestFinished);
    connect(m_runner, &TestRunner::progressChanged, this, &MainWindow::onTestProgress);
    connect(m_runner, &TestRunner::batchFinished, this, &MainWindow::onTestsFinished);

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

    setClient(client, serverName);
    m_view->setFocus();
}

MainWindow::~MainWindow()
{
    // Answers arriving while the window dies must not reach it.
    ++m_generation;
    {
        const QSignalBlocker blocker(m_runner);
        m_runner->cancel();
    }
    if (m_listCall)
        m_listCall->cancel();
    if (m_infoCall)
        m_infoCall->cancel();
    m_history->flush();
}

LlmSortFilterProxy *MainWindow::proxyModel() const
{
    return m_proxy;
}

// --- construction ------------------------------------------------------------

void MainWindow::createActions()
{
    m_manageAction = withIcon(new QAction(tr("&Manage Profiles…"), this), "profiles");
    m_manageAction->setObjectName(QStringLiteral("manageProfilesAction"));
    m_manageAction->setIconText(tr("Profiles"));
    m_manageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_manageAction->setStatusTip(tr("Add, edit or remove the LangBot servers this console knows"));
    m_manageAction->setToolTip(tr("Manage the server profiles (Ctrl+Shift+P)"));
    connect(m_manageAction, &QAction::triggered, this, &MainWindow::manageProfilesRequested);

    m_preferencesAction = withIcon(new QAction(tr("&Preferences…"), this), "settings");
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Settings of the console, such as how many tests run at once"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_refreshAction = withIcon(new QAction(tr("&Refresh"), this), "refresh");
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setStatusTip(tr("Reload the list of models from the server"));
    m_refreshAction->setToolTip(tr("Reload the models (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_testAction = withIcon(new QAction(tr("&Test Selected"), this), "test");
    m_testAction->setObjectName(QStringLiteral("testSelectedAction"));
    m_testAction->setIconText(tr("Test"));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tips.insert(m_testAction,
                  {tr("Test the selected models (Ctrl+T)"),
                   tr("Ask the server to send a short request to each selected model")});
    connect(m_testAction, &QAction::triggered, this, &MainWindow::testSelectedModels);

    m_testAllAction = withIcon(new QAction(tr("Test &All"), this), "test-all");
    m_testAllAction->setObjectName(QStringLiteral("testAllAction"));
    m_testAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_tips.insert(m_testAllAction,
                  {tr("Test every model the table shows (Ctrl+Shift+T)"),
                   tr("Test every model the table shows, a few at a time (see Preferences)")});
    connect(m_testAllAction, &QAction::triggered, this, &MainWindow::testAllModels);

    m_retestFailedAction = withIcon(new QAction(tr("Re-test &Failed"), this), "retest");
    m_retestFailedAction->setObjectName(QStringLiteral("retestFailedAction"));
    m_retestFailedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_tips.insert(m_retestFailedAction,
                  {tr("Test again the models that failed in the last run (Ctrl+Shift+F)"),
                   tr("Test again the models that failed in the last run")});
    connect(m_retestFailedAction, &QAction::triggered, this, &MainWindow::retestFailedModels);

    m_cancelTestsAction = withIcon(new QAction(tr("&Cancel Tests"), this), "cancel");
    m_cancelTestsAction->setObjectName(QStringLiteral("cancelTestsAction"));
    m_cancelTestsAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelTestsAction->setStatusTip(tr("Drop the waiting tests and abort the running ones"));
    m_cancelTestsAction->setToolTip(tr("Cancel the tests (Esc)"));
    connect(m_cancelTestsAction, &QAction::triggered, this, &MainWindow::cancelTests);

    m_deleteAction = withIcon(new QAction(tr("&Delete…"), this), "delete");
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_tips.insert(m_deleteAction, {tr("Delete the selected models (Del)"),
                                   tr("Delete the selected models from the server")});
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedModels);

    m_copyNameAction = withIcon(new QAction(tr("Copy &Name"), this), "copy");
    m_copyNameAction->setObjectName(QStringLiteral("copyNameAction"));
    m_copyNameAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_C));
    m_copyNameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyNameAction->setStatusTip(tr("Copy the names of the selected models"));
    connect(m_copyNameAction, &QAction::triggered, this, &MainWindow::copySelectedNames);

    m_copyUuidAction = new QAction(tr("Copy &UUID"), this);
    m_copyUuidAction->setObjectName(QStringLiteral("copyUuidAction"));
    m_copyUuidAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyUuidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyUuidAction->setStatusTip(tr("Copy the UUIDs of the selected models"));
    connect(m_copyUuidAction, &QAction::triggered, this, &MainWindow::copySelectedUuids);

    m_filterAction = new QAction(tr("&Filter…"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setStatusTip(tr("Filter the models by name, description, requester or URL"));

    // F1 is the help there is: the keyboard shortcuts (also Ctrl+/).
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::Key_F1),
                                     QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    m_shortcutsAction->setStatusTip(tr("List every keyboard shortcut of the console"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(tr("&About LangBot Console"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    // Not Ctrl+F1: KDE switches to the first virtual desktop with it.
    m_aboutAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("The versions of the console, of Qt and of the server"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    for (auto it = m_tips.cbegin(); it != m_tips.cend(); ++it) {
        it.key()->setToolTip(it.value().first);
        it.key()->setStatusTip(it.value().second);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu")); // TransferActions adds its entries here
    file->addAction(m_manageAction);
    file->addAction(m_preferencesAction);
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
    model->addAction(m_testAllAction);
    model->addAction(m_retestFailedAction);
    model->addAction(m_cancelTestsAction);
    model->addSeparator();
    model->addAction(m_copyNameAction);
    model->addAction(m_copyUuidAction);
    model->addSeparator();
    model->addAction(m_deleteAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    // One persistent context menu, opened with popup() (see DESIGN.md).
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("modelContextMenu"));
    m_contextMenu->addAction(m_testAction);
    m_contextMenu->addAction(m_retestFailedAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_copyNameAction);
    m_contextMenu->addAction(m_copyUuidAction);
    m_contextMenu->addSeparator();
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
    m_serverCombo->view()->setAccessibleName(tr("Servers")); // its drop-down list
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
    bar->addAction(m_testAllAction);
    bar->addAction(m_retestFailedAction);
    bar->addSeparator();
    bar->addAction(m_deleteAction);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("modelFilter"));
    m_filter->setPlaceholderText(tr("Filter models (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows the models whose name, description, requester or base URL "
                            "contains the text (any case)"));
    m_filter->setAccessibleName(tr("Filter models"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setFixedWidth(240);
    // The line edit's buttons are announced by their actions' texts.
    m_filter->addAction(withIcon(new QAction(tr("Filter"), m_filter), "search"), QLineEdit::LeadingPosition);
    if (auto *clear = m_filter->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the filter"));
    bar->addWidget(m_filter);
    // The ">>" button that shows the tools a narrow window has no room for.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More tools"));
    auto *margin = new QWidget(bar);
    margin->setFixedWidth(6);
    bar->addWidget(margin);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_chips->setTextFilterActive(!text.trimmed().isEmpty());
        updateOverlay();
        updateCount();
        updateActions();
    });
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    // Toolbar buttons read the menu text without its mnemonic: Qt drops a
    // bare "&" but not the "(&R)" of Chinese and Japanese menus, nor "…".
    // A short label of its own (setIconText) is kept, and cleaned the same.
    for (QAction *action : bar->actions()) {
        if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
            continue;
        const bool ownLabel = action->iconText() != qtStrippedText(action->text());
        const auto follow = [action, ownLabel] {
            const QString text = toolbarText(ownLabel ? action->iconText() : action->text());
            if (action->iconText() != text)
                action->setIconText(text);
        };
        connect(action, &QAction::changed, action, follow);
        follow();
    }
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

    m_chips = new FilterChipBar(central);
    m_chips->hide();
    connect(m_chips, &FilterChipBar::filtersChanged, this, &MainWindow::applyChipFilters);
    connect(m_chips, &FilterChipBar::clearRequested, this, [this] { m_filter->clear(); });
    layout->addWidget(m_chips);

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
    // Copy Name / Copy UUID work with the keyboard while the table has focus.
    m_view->addAction(m_copyNameAction);
    m_view->addAction(m_copyUuidAction);

    QHeaderView *header = m_view->horizontalHeader();
    header->setObjectName(QStringLiteral("modelTableHeader"));
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(56);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LlmTableModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(LlmTableModel::RequesterColumn, 190);
    header->resizeSection(LlmTableModel::BaseUrlColumn, 230);
    header->resizeSection(LlmTableModel::AbilitiesColumn, 120);
    header->resizeSection(LlmTableModel::ApiKeysColumn, 76);
    header->resizeSection(LlmTableModel::UpdatedColumn, 136);
    header->resizeSection(LlmTableModel::LastTestColumn, 110);
    header->setToolTip(tr("Click to sort; drag to reorder; right-click to choose the columns"));
    m_defaultHeaderState = header->saveState();
    // The table's style sheet (a flat, roomy table) comes from applyColors().

    // The column chooser: one persistent menu on the header (see DESIGN.md).
    m_headerMenu = new QMenu(this);
    m_headerMenu->setObjectName(QStringLiteral("columnMenu"));
    m_headerMenu->setTitle(tr("Columns"));
    for (int column = 0; column < LlmTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        QAction *action = m_headerMenu->addAction(title);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(column);
        if (column == LlmTableModel::NameColumn) {
            action->setEnabled(false); // a row needs its name
            action->setStatusTip(tr("The name column is always shown"));
        } else {
            action->setStatusTip(tr("Show or hide the column “%1”").arg(title));
        }
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_view->horizontalHeader()->setSectionHidden(column, !shown);
        });
        m_columnActions << action;
    }
    m_headerMenu->addSeparator();
    m_resetColumnsAction = withIcon(m_headerMenu->addAction(tr("&Reset Columns")), "columns");
    m_resetColumnsAction->setStatusTip(tr("Show every column in its first order and width"));
    connect(m_resetColumnsAction, &QAction::triggered, this, &MainWindow::resetColumns);
    connect(m_headerMenu, &QMenu::aboutToShow, this, [this] {
        const QHeaderView *header = m_view->horizontalHeader();
        for (QAction *action : std::as_const(m_columnActions)) {
            const QSignalBlocker blocker(action);
            action->setChecked(!header->isSectionHidden(action->data().toInt()));
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged,
            this, &MainWindow::updateActions);
    layout->addWidget(m_view, 1);

    // The empty state: a hint centred over the table's viewport, with a
    // "Clear filter" link when the filters hide every row.
    m_overlay = new QWidget(m_view->viewport());
    m_overlay->setObjectName(QStringLiteral("tableOverlayArea"));
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlayLabel = new QLabel(m_overlay);
    m_overlayLabel->setObjectName(QStringLiteral("tableOverlay"));
    m_overlayLabel->setAlignment(Qt::AlignCenter);
    m_overlayLabel->setWordWrap(true);
    m_overlayLabel->setTextFormat(Qt::PlainText);
    // Its colour comes from the table's style sheet (which overrides palettes).
    QFont overlayFont = m_overlayLabel->font();
    overlayFont.setPointSizeF(overlayFont.pointSizeF() * 1.15);
    m_overlayLabel->setFont(overlayFont);
    m_overlayClear = new QPushButton(tr("Clear the filter"), m_overlay);
    m_overlayClear->setObjectName(QStringLiteral("overlayClearFilter"));
    m_overlayClear->setCursor(Qt::PointingHandCursor);
    m_overlayClear->setFlat(true);
    m_overlayClear->hide();
    connect(m_overlayClear, &QPushButton::clicked, this, &MainWindow::clearFilters);
    auto *overlayLayout = new QVBoxLayout(m_overlay);
    overlayLayout->addStretch(1);
    overlayLayout->addWidget(m_overlayLabel);
    overlayLayout->addWidget(m_overlayClear, 0, Qt::AlignHCenter);
    overlayLayout->addStretch(1);
    m_overlay->hide();
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
    // The chips count abilities and results: recount after changes, at most
    // a few times a second while a batch of tests runs.
    const auto recordsChanged = [this] {
        m_abilitiesStale = true;
        scheduleChipUpdate();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, recordsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, recordsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, recordsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // A test result changes only the status counts.
                if (roles.isEmpty() || !roles.contains(LlmTableModel::TestStateRole))
                    m_abilitiesStale = true;
                scheduleChipUpdate();
            });

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
    addDockWidget(Qt::BottomDockWidgetArea, m_testDock);
    m_testDock->hide();
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setSizeGripEnabled(true);

    m_progress = new TestProgress(bar);
    connect(m_progress, &TestProgress::cancelRequested, this, &MainWindow::cancelTests);
    m_progress->hide();

    m_offlineLabel = new QLabel(bar);
    m_offlineLabel->setObjectName(QStringLiteral("offlineIndicator"));
    m_offlineLabel->setTextFormat(Qt::PlainText);
    m_offlineLabel->setText(tr("● Offline"));
    m_offlineLabel->hide();

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

    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_offlineLabel);
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

void MainWindow::resetRunner(ApiClient *client)
{
    // Cancelled quietly: the outcomes belong to the server being left.
    {
        const QSignalBlocker blocker(m_runner);
        m_runner->cancel();
        m_runner->setClient(client);
    }
    m_pending.clear();
    m_started.clear();
    m_beforeQueued.clear();
    m_batchOk = m_batchFailed = m_batchCancelled = 0;
    m_proxy->clearSettledStates();
    m_progress->hide();
}

void MainWindow::setServer(ApiClient *client, const ServerIdentity &identity,
                           const std::optional<QList<LlmModel>> &lastKnown, bool load)
{
    ++m_generation;
    // The runner lets go of the old client before its calls are cancelled
    // (else it would start the next queued test on it).
    resetRunner(client);
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
        m_client->cancelAll();
    }
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
    m_serverVersion.clear();
    m_listedAt = QDateTime();
    m_readingCache = false;
    const bool wasOffline = m_offline;
    m_offline = false;
    m_offlineAsOf = QDateTime();
    m_offlineReason.clear();
    m_offlineLabel->hide();
    m_view->setProperty("offline", false);
    m_view->style()->unpolish(m_view);
    m_view->style()->polish(m_view);
    // Nothing of the previous server survives (not even test outcomes of a
    // model that happens to have the same uuid there).
    m_afterApply = nullptr;
    m_model->clear();
    m_history->setProfile(identity.storageId);
    m_loaded = false;
    m_loadFailed = false;
    if (lastKnown) {
        showModels(*lastKnown, [this] {
            applyHistory();
            m_loaded = true;
            updateOverlay();
            updateCount();
            updateActions();
            updateChips();
        });
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
    updateChips();
    if (wasOffline)
        emit offlineChanged(false);
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
    // Widths, order and hidden columns: the profile's own, else the defaults
    // (never the layout of the server shown before).
    if (state.headerState.isEmpty() || !header->restoreState(state.headerState))
        header->restoreState(m_defaultHeaderState);
    header->setSectionHidden(LlmTableModel::NameColumn, false);
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

void MainWindow::resetColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int sortColumn = header->sortIndicatorSection();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    header->restoreState(m_defaultHeaderState);
    m_view->sortByColumn(sortColumn, sortOrder);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    m_headerMenu->popup(m_view->horizontalHeader()->mapToGlobal(pos));
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
            m_serverVersion = version;
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
            const qint64 elapsedMs = call->elapsedMs();
            showModels(ApiClient::modelsFromCall(call), [this, elapsedMs] { listShown(elapsedMs); });
            updateOverlay();
        } else if (call->error().kind() != ApiError::Kind::Cancelled) {
            const ApiError error = call->error();
            m_loadFailed = !m_loaded;
            QString message = error.message();
            if (error.isAuthError())
                message += QLatin1Char('\n')
                    + tr("Check the credentials of this server (Server → Manage Profiles…).");
            const auto showListError = [this, message] {
                showError(QStringLiteral("list"), tr("Could not load the models."), message,
                          [this] { refresh(); });
                updateOverlay();
            };
            if (isUnreachable(error))
                handleUnreachable(error.message(), [this] { refresh(); }, showListError);
            else
                showListError();
            updateOverlay();
            emit loadFailed(error.message());
            if (error.isAuthError())
                emit credentialsRejected(error.message());
        } else {
            updateOverlay();
        }
    });
}

void MainWindow::showModels(const QList<LlmModel> &models, std::function<void()> then)
{
    // A list this small merges in a few milliseconds: at once, with no
    // worker round trip (switching back to a server shows its rows at once).
    if (models.size() <= kListAtOnce) { // setModels() also ends a batched fill
        m_afterApply = nullptr;
        m_model->setModels(models);
        then();
        return;
    }
    m_afterApply = std::move(then);
    m_model->applyModels(models);
}

void MainWindow::listShown(qint64 elapsedMs)
{
    applyHistory();
    m_loaded = true;
    m_readingCache = false;
    m_listedAt = QDateTime::currentDateTime();
    saveListToCache();
    if (!m_pendingSelection.isEmpty()) {
        if (currentUuid().isEmpty())
            selectModel(m_pendingSelection);
        m_pendingSelection.clear();
    }
    m_loadFailed = false;
    leaveOffline();
    // Errors of the window's own calls are over; notices of the
    // application (keychain, first start) stay until dismissed.
    if (m_banner->isShowingError() && m_bannerSource != QLatin1String("notice")) {
        m_banner->dismiss();
        m_bannerSource.clear();
        m_bannerRetry = nullptr;
    }
    statusBar()->showMessage(tr("Models loaded in %1 ms").arg(elapsedMs), 4000);
    updateOverlay();
    updateCount();
    updateActions();
    emit modelsLoaded(m_model->rowCount());
}

// --- offline -------------------------------------------------------------------

void MainWindow::saveListToCache()
{
    if (m_identity.storageId.isEmpty())
        return;
    // Written on a worker thread, from copies (ModelCache::save is thread-safe
    // and never writes a key value).
    const ModelCache cache = m_cache;
    const QString id = m_identity.storageId;
    const QList<LlmModel> models = m_model->models();
    const QString version = m_serverVersion;
    const QDateTime at = m_listedAt;
    QThreadPool::globalInstance()->start([cache, id, models, version, at] {
        cache.save(id, models, version, at);
        BackgroundDelivery::releaseFreedMemory(); // the document's buffers
    });
}

void MainWindow::showSavedListOffline(const QString &reason, std::function<void()> retry)
{
    handleUnreachable(reason, std::move(retry), {});
}

void MainWindow::handleUnreachable(const QString &reason, std::function<void()> retry,
                                   std::function<void()> fallback)
{
    const std::function<void()> retryAction = retry ? retry : [this] { refresh(); };
    if (m_offline) {
        // Still unreachable: the same saved list, the newest reason.
        enterOffline(m_offlineAsOf, reason, retryAction);
        statusBar()->showMessage(tr("Still offline: %1").arg(reason), 6000);
        return;
    }
    if (m_listedAt.isValid()) {
        // The rows were listed in this run: they are what the server said last.
        enterOffline(m_listedAt, reason, retryAction);
        return;
    }
    if (m_identity.storageId.isEmpty()) {
        if (fallback)
            fallback();
        return;
    }

    // Read the saved list on a worker thread; the answer comes back here
    // unless the window moved on to another server meanwhile.
    m_readingCache = true;
    updateOverlay();
    auto promise = std::make_shared<QPromise<ModelCache::Snapshot>>();
    auto *watcher = new QFutureWatcher<ModelCache::Snapshot>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, reason, retryAction, fallback] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_readingCache = false;
                const QFuture<ModelCache::Snapshot> future = watcher->future();
                const ModelCache::Snapshot snapshot =
                    future.resultCount() > 0 ? future.result() : ModelCache::Snapshot();
                if (!snapshot.valid || m_listedAt.isValid()) {
                    // No saved list (or a list arrived meanwhile).
                    if (!m_listedAt.isValid() && fallback)
                        fallback();
                    updateOverlay();
                    return;
                }
                m_readingCache = true; // until the saved rows are in the table
                showModels(snapshot.models, [this, snapshot, reason, retryAction] {
                    m_readingCache = false;
                    applyHistory();
                    m_loaded = true;
                    m_loadFailed = false;
                    if (!m_pendingSelection.isEmpty() && selectModel(m_pendingSelection))
                        m_pendingSelection.clear();
                    if (m_serverVersion.isEmpty() && !snapshot.serverVersion.isEmpty())
                        m_versionLabel->setText(tr("LangBot %1").arg(snapshot.serverVersion));
                    enterOffline(snapshot.fetchedAt, reason, retryAction);
                });
            });
    watcher->setFuture(promise->future());
    promise->start();
    const ModelCache cache = m_cache;
    const QString id = m_identity.storageId;
    QThreadPool::globalInstance()->start([promise, cache, id] {
        promise->addResult(cache.load(id));
        promise->finish();
    });
}

void MainWindow::enterOffline(const QDateTime &asOf, const QString &reason,
                              std::function<void()> retry)
{
    const bool was = m_offline;
    m_offline = true;
    m_offlineAsOf = asOf;
    m_offlineReason = reason;

    const QString when = asOf.isValid() ? asOfText(asOf) : tr("an unknown time");
    m_bannerSource = QStringLiteral("offline");
    m_bannerRetry = std::move(retry);
    m_banner->showMessage(MessageBanner::Kind::Offline,
                          tr("Offline — showing the list as of %1").arg(when),
                          tr("(server unreachable: %1)").arg(reason) + QLatin1Char('\n')
                              + tr("The rows are read-only: testing and deleting come back "
                                   "when the server answers again."),
                          tr("&Retry"));
    m_offlineLabel->setToolTip(tr("The server cannot be reached; the list is the one saved at %1")
                                   .arg(when));
    m_offlineLabel->show();
    if (!was) {
        m_view->setProperty("offline", true);
        m_view->style()->unpolish(m_view);
        m_view->style()->polish(m_view);
    }
    updateOverlay();
    updateCount();
    updateActions();
    if (!was)
        emit offlineChanged(true);
}

void MainWindow::leaveOffline()
{
    if (!m_offline)
        return;
    m_offline = false;
    m_offlineAsOf = QDateTime();
    m_offlineReason.clear();
    if (m_bannerSource == QLatin1String("offline")) {
        m_banner->dismiss();
        m_bannerSource.clear();
        m_bannerRetry = nullptr;
    }
    m_offlineLabel->hide();
    m_view->setProperty("offline", false);
    m_view->style()->unpolish(m_view);
    m_view->style()->polish(m_view);
    statusBar()->showMessage(tr("Back online."), 4000);
    updateActions();
    emit offlineChanged(false);
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
    QStringList uuids;
    const QStringList failed = m_runner->failedUuids();
    for (const QString &uuid : failed) {
        if (m_model->rowOf(uuid) >= 0)
            uuids << uuid;
    }
    testModels(uuids);
}

void MainWindow::testModels(const QStringList &uuids)
{
    if (!m_client || m_offline)
        return;
    QStringList todo;
    for (const QString &uuid : uuids) {
        if (!uuid.isEmpty() && m_model->rowOf(uuid) >= 0 && !m_pending.contains(uuid)
            && !todo.contains(uuid))
            todo << uuid;
    }
    if (todo.isEmpty())
        return;
    if (!m_runner->isRunning()) {
        m_batchOk = m_batchFailed = m_batchCancelled = 0;
        statusBar()->clearMessage(); // the summary of the last batch
    }
    if (uuids.size() == 1) {
        // One model: the panel follows it (its Cancel cancels the run).
        m_panelUuid = todo.first();
        m_panel->showWaiting(modelName(m_panelUuid));
        m_testDock->show();
    }
    m_runner->start(todo);
    updateActions();
}

void MainWindow::onTestQueued(const QString &uuid)
{
    const TestOutcome before = m_model->testOutcome(uuid);
    m_beforeQueued.insert(uuid, before);
    if (before.state == TestOutcome::State::Ok || before.state == TestOutcome::State::Failed
        || before.state == TestOutcome::State::Never)
        m_proxy->setSettledState(uuid, before.state);
    m_pending.insert(uuid);
    TestOutcome queued;
    queued.state = TestOutcome::State::Queued;
    m_model->setTestOutcome(uuid, queued);
}

void MainWindow::onTestStarted(const QString &uuid)
{
    m_started.insert(uuid);
    TestOutcome running;
    running.state = TestOutcome::State::Running;
    m_model->setTestOutcome(uuid, running);
    if (uuid == m_panelUuid)
        m_panel->showRunning(modelName(uuid));
}

void MainWindow::onTestFinished(const QString &uuid, const TestOutcome &outcome)
{
    m_pending.remove(uuid);
    const bool started = m_started.remove(uuid);
    const TestOutcome before = m_beforeQueued.take(uuid);
    const bool present = m_model->rowOf(uuid) >= 0;
    const bool single = m_runner->total() == 1;
    const QString name = modelName(uuid);
    const bool shown = uuid == m_panelUuid;

    TestOutcome result = outcome;
    switch (outcome.state) {
    case TestOutcome::State::Ok:
        ++m_batchOk;
        m_proxy->clearSettledState(uuid);
        if (present)
            m_history->record(uuid, outcome);
        if (shown)
            m_panel->showSuccess(name, outcome.latencyMs);
        clearError(QStringLiteral("test:") + uuid);
        if (single)
            statusBar()->showMessage(tr("%1 answered in %2 ms").arg(name).arg(outcome.latencyMs),
                                     6000);
        break;
    case TestOutcome::State::Failed:
        ++m_batchFailed;
        m_proxy->clearSettledState(uuid);
        if (present)
            m_history->record(uuid, outcome);
        if (shown)
            m_panel->showFailure(name, outcome.message);
        // One test: its failure in the banner too; a batch says it in the
        // status bar and the Last test column instead of one banner each.
        if (single && present)
            showError(QStringLiteral("test:") + uuid, tr("The test of “%1” failed.").arg(name),
                      outcome.message, [this, uuid] { testModel(uuid); });
        break;
    default:
        ++m_batchCancelled;
        if (started) {
            result.state = TestOutcome::State::Cancelled;
            if (result.message.isEmpty())
                result.message = tr("Cancelled");
        } else {
            // Never sent: the row shows what it showed before it was queued.
            result = before;
        }
        if (shown)
            m_panel->showCancelled(name);
        break;
    }
    if (present)
        m_model->setTestOutcome(uuid, result);
    updateActions();
    emit testFinished(uuid);
}

void MainWindow::onTestProgress(int completed, int total)
{
    if (total > 1) {
        m_progress->setProgress(completed, total, m_runner->estimatedRemainingMs());
        m_progress->show();
        m_busy->hide(); // the progress says it already
    }
}

void MainWindow::onTestsFinished()
{
    const int total = m_batchOk + m_batchFailed + m_batchCancelled;
    m_progress->hide();
    if (m_client)
        updateBusy(m_client->runningCalls());
    if (total > 1) {
        QString summary = tr("Tested %1 models: %2 passed, %3 failed")
                              .arg(total)
                              .arg(m_batchOk)
                              .arg(m_batchFailed);
        if (m_batchCancelled > 0)
            summary += tr(", %1 cancelled").arg(m_batchCancelled);
        statusBar()->showMessage(summary, 15000);
    }
    updateActions();
    scheduleChipUpdate();
    emit testsFinished();
}

void MainWindow::cancelTests()
{
    if (m_runner->isRunning())
        m_runner->cancel();
}

void MainWindow::cancelShownTest()
{
    if (!m_panelUuid.isEmpty() && m_pending.contains(m_panelUuid))
        m_runner->cancel();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setTestConcurrency(m_runner->concurrency());
    const QString languageBefore = Preferences::language();
    connect(dialog, &QDialog::accepted, this, [this, dialog, languageBefore] {
        m_runner->setConcurrency(dialog->testConcurrency());
        const int concurrency = m_runner->concurrency();
        // The colours change at once; the language with the next start.
        if (dialog->theme() != Appearance::current())
            Appearance::apply(dialog->theme());
        QString message = concurrency == 1
            ? tr("One test at a time.")
            : tr("Up to %1 tests at the same time.").arg(concurrency);
        if (dialog->language() != languageBefore)
            message += QLatin1Char(' ')
                + tr("The language takes effect after a restart of the console.");
        statusBar()->showMessage(message, 8000);
    });
    dialog->open();
}

// --- history and chips -----------------------------------------------------------

void MainWindow::applyHistory()
{
    if (m_history->profile().isEmpty())
        return;
    const QHash<QString, TestOutcome> latest = m_history->latestAll();
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (m_model->rowOf(it.key()) >= 0
            && m_model->testOutcome(it.key()).state == TestOutcome::State::Never)
            m_model->setTestOutcome(it.key(), it.value());
    }
}

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
        case ModelViewProxy::StatusOk: ++ok; break;
        case ModelViewProxy::StatusFailed: ++failed; break;
        case ModelViewProxy::StatusNever: ++never; break;
        }
    }
    m_chips->setStatusCounts(ok, failed, never);
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
    if (!m_client || m_offline)
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
                // A test still waiting or running for it finishes unseen.
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
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
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
    const bool connected = m_client != nullptr;
    const bool offline = connected && m_offline;
    const int selected = selectedRowCount();
    // One model selected whose test waits or runs: nothing more to start.
    const bool onlyPending = selected == 1 && m_pending.contains(currentUuid());
    m_refreshAction->setEnabled(connected);
    setActionState(m_testAction, connected && selected > 0 && !onlyPending, offline);
    setActionState(m_testAllAction, connected && m_proxy->rowCount() > 0, offline);
    bool failures = false;
    if (!m_runner->isRunning()) {
        const QStringList failed = m_runner->failedUuids();
        for (const QString &uuid : failed) {
            if (m_model->rowOf(uuid) >= 0) {
                failures = true;
                break;
            }
        }
    }
    setActionState(m_retestFailedAction, connected && failures, offline);
    setActionState(m_deleteAction, connected && selected > 0, offline);
    m_cancelTestsAction->setEnabled(m_runner->isRunning());
    m_copyNameAction->setEnabled(selected > 0);
    m_copyUuidAction->setEnabled(selected > 0);
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
    bool filtered = false;
    if (m_proxy->rowCount() == 0) {
        if (!m_client)
            text = tr("Not connected.") + QLatin1Char('\n')
                + tr("Choose Server → Manage Profiles… (%1) to add a server.")
                      .arg(m_manageAction->shortcut().toString(QKeySequence::NativeText));
        else if (m_loaded && m_model->rowCount() == 0 && m_offline)
            text = tr("The saved list of this server is empty.");
        else if (m_loaded && m_model->rowCount() == 0)
            text = tr("No models on this server yet.") + QLatin1Char('\n')
                + tr("Add one with Model → New Model… (%1), import some with File → Import "
                     "Models… (%2), or press Refresh (%3) after adding them in LangBot's web "
                     "interface.")
                      .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                           QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText),
                           m_refreshAction->shortcut().toString(QKeySequence::NativeText));
        else if (m_loaded) {
            filtered = true;
            if (m_proxy->hasChipFilter())
                text = tr("No models match the filter.");
            else
                text = tr("No models match “%1”.").arg(m_proxy->filterText());
        } else if (m_readingCache)
            text = tr("The server cannot be reached. Reading the saved list…");
        else if (m_loadFailed && !m_listCall)
            text = tr("The models could not be loaded.") + QLatin1Char('\n')
                + tr("The banner above says why; Refresh (%1) tries again.")
                      .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText));
        else if (!m_listCall && !m_waitingText.isEmpty())
            text = m_waitingText;
        else
            text = tr("Loading models…");
    }
    m_overlayLabel->setText(text);
    m_overlayClear->setText(m_proxy->hasChipFilter() && !m_proxy->filterText().isEmpty()
                                ? tr("Clear the filters")
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
    return m_overlay->isHidden() ? QString() : m_overlayLabel->text();
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), index.parent())) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateActions();
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

void MainWindow::applyColors()
{
    // Setting style sheets re-polishes and may send palette events again.
    if (m_applyingColors || !m_view)
        return;
    m_applyingColors = true;
    using Tone = Appearance::Tone;
    const auto c = [](Tone tone) { return Appearance::name(tone); };
    // A flat, roomy table: padded cells, a tinted header with bold titles.
    // Offline, the rows are a saved copy: their text is dimmed.
    const QString table = QStringLiteral(
        "QTableView#modelTable { border: none; alternate-background-color: %1; }"
        "QTableView#modelTable[offline=\"true\"] { color: %2; background: %3;"
        " alternate-background-color: %4; }"
        "QTableView#modelTable::item { padding-left: 8px; padding-right: 8px; border: none; }"
        "QTableView#modelTable QHeaderView::section { background: %5; color: %6;"
        " font-weight: 600; padding: 5px 8px; border: none; border-right: 1px solid %7;"
        " border-bottom: 1px solid %8; }"
        "QLabel#tableOverlay { color: %9; background: transparent; }"
        "QPushButton#overlayClearFilter { color: %10; background: transparent; border: none;"
        " text-decoration: underline; padding: 4px; }")
        .arg(c(Tone::AlternateRow), c(Tone::OfflineText), c(Tone::OfflineBase),
             c(Tone::OfflineAlternate), c(Tone::HeaderBackground), c(Tone::Heading),
             c(Tone::Border), c(Tone::BorderStrong), c(Tone::Muted))
        .arg(c(Tone::Accent));
    if (m_view->styleSheet() != table)
        m_view->setStyleSheet(table);
    const QString dock = QStringLiteral(
        "QDockWidget#testDock::title { background: %1; padding: 5px 8px;"
        " border-top: 1px solid %2; border-bottom: 1px solid %3; }")
        .arg(c(Tone::HeaderBackground), c(Tone::BorderStrong), c(Tone::Border));
    if (m_testDock && m_testDock->styleSheet() != dock)
        m_testDock->setStyleSheet(dock);
    const QString offline = QStringLiteral("QLabel#offlineIndicator { color: %1; font-weight: 600; }")
                                .arg(c(Tone::Warning));
    if (m_offlineLabel && m_offlineLabel->styleSheet() != offline)
        m_offlineLabel->setStyleSheet(offline);
    if (m_chips)
        m_chips->applyColors();
    if (m_banner)
        m_banner->applyColors();
    if (m_progress)
        m_progress->applyColors();
    m_view->viewport()->update();
    m_applyingColors = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::restoreWindowSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: 1100 × 680, or less on a small screen, centred.
        const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
        const QRect available = where ? where->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size = QSize(1100, 680).boundedTo(available.size() * 0.92);
        resize(size);
        move(available.center() - QRect(QPoint(), size).center());
    }
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    // The test dock shows a test's result: it opens with a test, not with
    // the last session.
    m_testDock->hide();
}

void MainWindow::showAbout()
{
    AboutServer server;
    server.connected = m_client != nullptr;
    server.name = m_identity.name;
    server.url = m_client ? m_client->displayUrl() : QString();
    server.version = m_serverVersion;
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
