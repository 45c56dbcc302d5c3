#include "MainWindow.h"

// The window's widgets, actions and menus, made once; and its colours.

#include "FilterChipBar.h"
#include "ModelViewProxy.h"
#include "TestProgress.h"
#include "TestResultPanel.h"
#include "TestStateDelegate.h"
#include "providers/ProvidersPane.h"
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
#include <QSplitter>
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

// An action with a bundled icon, drawn for the palette in use (applyColors()
// sets the icons of the actions again when it changes).
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
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_refreshAction = withIcon(new QAction(tr("&Refresh"), this), "refresh");
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setStatusTip(tr("Reload the list of models from the server"));
    m_refreshAction->setToolTip(tr("Reload the models (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_testAction = withIcon(new QAction(tr("&Test Selected"), this), "test");
    m_testAction->setObjectName(QStringLiteral("testSelectedAction"));
    m_testAction->setIconText(tr("Test"));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tips.insert(
        m_testAction,
        {tr("Test the selected models (Ctrl+T)"), tr("Ask the server to send a short request to each selected model")});
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
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_tips.insert(m_deleteAction,
                  {tr("Delete the selected models (Del)"), tr("Delete the selected models from the server")});
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedModels);

    createUsageActions();

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
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setStatusTip(tr("Filter the models by name, description, requester or URL"));

    // F1 is the help there is: the keyboard shortcuts (also Ctrl+/).
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
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
    model->addAction(m_whereUsedAction);
    model->addAction(m_replaceAction);
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
    m_contextMenu->addAction(m_whereUsedAction);
    m_contextMenu->addAction(m_replaceAction);
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
    m_view->setItemDelegateForColumn(LlmTableModel::UsedByColumn, new CenteredDelegate(m_view));
    // Copy Name / Copy UUID work with the keyboard while the table has focus.
    m_view->addAction(m_copyNameAction);
    m_view->addAction(m_copyUuidAction);

    QHeaderView *header = m_view->horizontalHeader();
    header->setObjectName(QStringLiteral("modelTableHeader"));
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(56);
    // The last column takes the room left; the name keeps a readable width
    // even when the columns overflow (a stretched name shrank to its minimum).
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(LlmTableModel::NameColumn, 240);
    header->resizeSection(LlmTableModel::RequesterColumn, 190);
    header->resizeSection(LlmTableModel::BaseUrlColumn, 230);
    header->resizeSection(LlmTableModel::AbilitiesColumn, 120);
    header->resizeSection(LlmTableModel::ApiKeysColumn, 76);
    header->resizeSection(LlmTableModel::UpdatedColumn, 136);
    header->resizeSection(LlmTableModel::LastTestColumn, 110);
    // 4.7+ only: Type and Provider, shown next to the name (hidden on 4.0–4.6,
    // whose visible columns stay as they were).
    header->resizeSection(LlmTableModel::TypeColumn, 96);
    header->resizeSection(LlmTableModel::ProviderColumn, 150);
    header->moveSection(header->visualIndex(LlmTableModel::TypeColumn), 1);
    header->moveSection(header->visualIndex(LlmTableModel::ProviderColumn), 2);
    header->resizeSection(LlmTableModel::UsedByColumn, 80);
    header->moveSection(header->visualIndex(LlmTableModel::UsedByColumn), 3);
    header->setSectionHidden(LlmTableModel::TypeColumn, true);
    header->setSectionHidden(LlmTableModel::ProviderColumn, true);
    header->setSectionHidden(LlmTableModel::UsedByColumn, true);
    header->setToolTip(tr("Click to sort; drag to reorder; right-click to choose the columns"));
    m_defaultHeaderState = header->saveState();
    // The table's style sheet (a flat, roomy table) comes from applyColors().

    createColumnMenu();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    // The providers pane beside the table (issue 15).
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("providersSplitter"));
    m_providersPane = new ProvidersPane(m_workspace, splitter);
    splitter->addWidget(m_providersPane);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    layout->addWidget(splitter, 1);
    // Selecting a provider shows its models only.
    connect(m_providersPane, &ProvidersPane::providerSelected, m_proxy, &LlmSortFilterProxy::setProviderFilter);

    createOverlay();

    connectModelChanges();
    setCentralWidget(central);
}

void MainWindow::createColumnMenu()
{
    QHeaderView *header = m_view->horizontalHeader();
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
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_view->horizontalHeader()->setSectionHidden(column, !shown); });
        m_columnActions << action;
    }
    m_headerMenu->addSeparator();
    m_resetColumnsAction = withIcon(m_headerMenu->addAction(tr("&Reset Columns")), "columns");
    m_resetColumnsAction->setObjectName(QStringLiteral("resetColumnsAction"));
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
}

void MainWindow::createOverlay()
{
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
}

void MainWindow::connectModelChanges()
{
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
    m_roleLabel = new QLabel(bar);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->hide();

    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_offlineLabel);
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_roleLabel);
    bar->addPermanentWidget(m_versionLabel);
    bar->addPermanentWidget(m_countLabel);
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
    const QString table
        = QStringLiteral("QTableView#modelTable { border: none; alternate-background-color: %1; }"
                         "QTableView#modelTable[offline=\"true\"] { color: %2; background: %3;"
                         " alternate-background-color: %4; }"
                         "QTableView#modelTable::item { padding-left: 8px; padding-right: 8px; border: none; }"
                         "QTableView#modelTable QHeaderView::section { background: %5; color: %6;"
                         " font-weight: 600; padding: 5px 8px; border: none; border-right: 1px solid %7;"
                         " border-bottom: 1px solid %8; }"
                         "QLabel#tableOverlay { color: %9; background: transparent; }"
                         "QPushButton#overlayClearFilter { color: %10; background: transparent; border: none;"
                         " text-decoration: underline; padding: 4px; }")
              .arg(c(Tone::AlternateRow), c(Tone::OfflineText), c(Tone::OfflineBase), c(Tone::OfflineAlternate),
                   c(Tone::HeaderBackground), c(Tone::Heading), c(Tone::Border), c(Tone::BorderStrong), c(Tone::Muted))
              .arg(c(Tone::Accent));
    if (m_view->styleSheet() != table)
        m_view->setStyleSheet(table);
    const QString dock = QStringLiteral("QDockWidget#testDock::title { background: %1; padding: 5px 8px;"
                                        " border-top: 1px solid %2; border-bottom: 1px solid %3; }")
                             .arg(c(Tone::HeaderBackground), c(Tone::BorderStrong), c(Tone::Border));
    if (m_testDock && m_testDock->styleSheet() != dock)
        m_testDock->setStyleSheet(dock);
    const QString offline
        = QStringLiteral("QLabel#offlineIndicator { color: %1; font-weight: 600; }").arg(c(Tone::Warning));
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
        // First start: the default size, or less on a small screen, centred.
        const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
        const QRect available = where ? where->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size = kDefaultSize.boundedTo(available.size() * 0.92);
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
} // namespace lb::gui
