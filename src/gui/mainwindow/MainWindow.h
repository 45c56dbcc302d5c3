#pragma once

#include "widgets/MessageBanner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "model/TestOutcome.h"
#include "profiles/ProfileStore.h"
#include "workspace/ServerWorkspace.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;

namespace lb {
class LlmSortFilterProxy;
class LlmTableModel;
class TestHistory;
class TestRunner;
} // namespace lb

namespace lb::gui {

class EnvironmentStrip;
class FilterChipBar;
class ModelViewProxy;
class ProvidersPane;
class TestProgress;
class TestResultPanel;

// Who the window is talking to, as shown in the title and the strip.
struct ServerIdentity
{
    QString key;             // profile id, or the controller's key of the demo / --url server
    QString name;            // "Acme production", "Demo server"
    QString environmentName; // "Production"; empty: no environment (no strip)
    QColor color;            // the strip's colour; invalid: no strip
    bool production = false; // title names it; destructive actions ask to type the name
    // Where the test history and the offline copy of the list are kept (a
    // profile id, "demo"...); empty: neither is kept.
    QString storageId;
};

// One entry of the server switcher (toolbar combo box and Server menu).
struct ServerChoice
{
    QString key;
    QString name;
    QString detail; // URL and environment, for the tooltip
    QColor color;   // the chip; invalid: a grey chip
};

// The main window: the server's LLM models in a table, with Refresh, Test and
// Delete. It talks to the server through an ApiClient it does not own; every
// call is asynchronous and every failure is shown in the message banner.
//
// Tests run through one TestRunner (bounded concurrency, cancel): Test Selected,
// Test All and Re-test Failed, with the progress in the status bar; each
// result goes into the TestHistory of the server (identity().storageId).
// Every successful list is saved (without key values) in the ModelCache; when
// the server cannot be reached, the saved list is shown read-only under an
// "Offline" banner with Retry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ApiClient *client, const QString &serverName, QWidget *parent = nullptr);
    // The size of a first start (bounded by the screen): the providers pane
    // beside the table, with the 4.7+ columns in view.
    static constexpr QSize kDefaultSize{1360, 800};
    ~MainWindow() override;

    // Switches to another server: cancels the old client's calls, forgets its
    // models and loads the new one's. The window never owns a client.
    void setClient(ApiClient *client, const QString &serverName);
    // The same with a full identity. lastKnown: rows to show at once (the last
    // list of that server, kept by the caller). load: start listing now; false
    // when the connection is not ready yet (call load() once it is).
    // Answers of the previous client never reach the window after this.
    void setServer(ApiClient *client, const ServerIdentity &identity,
                   const std::optional<QList<LlmModel>> &lastKnown = std::nullopt, bool load = true);
    // Loads the server info and the models (the connection became ready).
    void load();
    // Renames/recolours the current server (title, strip) without reloading.
    void setIdentity(const ServerIdentity &identity);
    const ServerIdentity &identity() const { return m_identity; }
    // What the table says while waiting before load() ("Waiting for the API key…").
    void setWaitingText(const QString &text);
    ApiClient *client() const;
    // The state of the server shown: its models, tests, offline state and errors.
    ServerWorkspace *workspace() const { return m_workspace; }
    // The providers beside the table (issue 15).
    ProvidersPane *providersPane() const { return m_providersPane; }
    QString serverName() const { return m_identity.name; }

    // The entries of the switcher; currentKey is checked/selected.
    void setServerChoices(const QList<ServerChoice> &choices, const QString &currentKey);
    // Sort, column layout and current row, to keep per server.
    ProfileStore::ViewState viewState() const;
    // Applies a saved view state; the current row is selected now if shown,
    // else once the next list brings it.
    void restoreViewState(const ProfileStore::ViewState &state);

    // An information or error banner with an optional button (e.g. "Add server…").
    void showNotice(MessageBanner::Kind kind, const QString &title, const QString &message,
                    const QString &actionText = QString(), std::function<void()> action = {});
    // Takes a notice of showNotice() away (not the window's own errors).
    void dismissNotice();

    // Keeps action disabled, its tooltip naming the permission, while the
    // server's permissions (workspace()->permissions()) lack what it needs,
    // whoever enables it. The window gates its own actions and those others
    // add by name (newModelAction, editModelAction, duplicateModelAction,
    // importModelsAction).
    void gateAction(QAction *action, Permissions::Action needs);
    // "Your role on this server lacks the permission “resource.manage”".
    static QString permissionDeniedText(Permissions::Action action);

    // Tests and tools find the window's widgets and actions by object name
    // (findChild): "modelTable", "refreshAction", "deleteAction", "messageBanner"...

    // The server could not be reached before the list was asked for (e.g.
    // the login failed): shows the saved list, if there is one, offline.
    // retry: what the banner's Retry does.
    void showSavedListOffline(const QString &reason, std::function<void()> retry);

    // The model the Test action works on (current row if selected); empty if none.
    QString currentUuid() const;
    QStringList selectedUuids() const;
    // Selects (and makes current) the row of uuid; false when it is not shown.
    bool selectModel(const QString &uuid);

public slots:
    void refresh();
    void testCurrentModel();
    // One model; the test panel shows it.
    void testModel(const QString &uuid);
    // Several models (queued in the runner); with one, the panel shows it.
    void testModels(const QStringList &uuids);
    void testSelectedModels();
    // Every model the table shows (after the filters).
    void testAllModels();
    void retestFailedModels();
    // Drops the waiting tests and aborts the running ones.
    void cancelTests();
    void cancelShownTest();
    void deleteSelectedModels();
    // Where the current model is used (pipelines, roles, bots; 4.7+), in a dialog.
    void createUsageActions();
    void showWhereUsed();
    // Replace the current model everywhere (4.7+): the plan, then the pipelines rewritten.
    void showReplaceModel();
    void copySelectedNames();
    void copySelectedUuids();
    // Clears the text filter and the chips.
    void clearFilters();
    void showPreferences();
    // Help → About and Help → Keyboard Shortcuts (window-modal, deleted on close).
    void showAbout();
    void showShortcuts();

public:
    // The size, position, toolbar and dock layout of the last session (from
    // QSettings), or a default size that fits the screen at first start.
    void restoreWindowSettings();
    // Stores them (done on close).
    void saveWindowSettings() const;

signals:
    // Server → Manage profiles…
    void manageProfilesRequested();
    // The user picked another server in the switcher (combo box or Server menu).
    void serverChosen(const QString &key);
    // A list call succeeded and the table holds count models.
    void modelsLoaded(int count);
    void loadFailed(const QString &message);
    // The server refused the credentials (HTTP 401) while listing.
    void credentialsRejected(const QString &message);
    // A test ended (ok, failed or cancelled); the outcome is in tableModel().
    void testFinished(const QString &uuid);
    // The runner's batch is over (finished or cancelled).
    void testsFinished();
    void modelDeleted(const QString &uuid);
    // The window went offline (saved list shown) or back online.
    void offlineChanged(bool offline);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createColumnMenu();
    void createOverlay();
    void connectModelChanges();
    void createTestDock();
    void createStatusBar();

    void connectWorkspace();
    void updateView(); // overlay, count and actions
    void updateVersion();
    void updateActions();
    void applyIdentity();
    void selectChoice(const QString &key);
    void updateCount();
    void updateOverlay();
    void updateBusy(int running);
    // The colours of the table, the dock and the status bar, for the
    // palette in use (light or dark); again when the palette changes.
    void applyColors();
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void resetColumns();
    QString modelName(const QString &uuid) const;
    int selectedRowCount() const;

    // What the workspace says.
    void onListLoaded(qint64 elapsedMs);
    void onSavedListShown();
    void onWentOffline(bool fromList, bool still);
    void onOfflineChanged(bool offline);
    void setTableOffline(bool offline);
    void onTestQueued(const QString &uuid, const TestOutcome &before);
    void onTestStarted(const QString &uuid);
    void onTestFinished(const QString &uuid, const TestOutcome &outcome, bool single);
    void onTestProgress(int completed, int total);
    void onTestsFinished(const TestBatchSummary &batch);

    // Chips.
    void scheduleChipUpdate();
    void updateChips();
    void applyChipFilters();
    void setActionState(QAction *action, bool enabled, bool blockedOffline);

    // 4.7+ (MainWindowAccess.cpp).
    bool hasProviders() const;
    void updateGenerationColumns(); // Type and Provider shown on 4.7+ only
    QString typeCountsText() const; // "8 LLM · 2 embedding · 1 rerank"
    void updateTypeChips();
    void updateUsage(); // the Unused chip, Where Used and Replace Everywhere (MainWindowUsage.cpp)
    bool permits(QAction *action) const;
    void enforceGate(QAction *action);
    void applyPermissions(); // gates, role label
    struct Gate
    {
        Permissions::Action needs;
        QString toolTip; // as it was when allowed
        QString statusTip;
    };
    QHash<QAction *, Gate> m_gates;

    // Shows an error in the banner. source tags it ("list", "delete", "test:<uuid>")
    // so that a later success of the same thing can take it away again.
    void showError(const QString &source, const QString &title, const QString &message,
                   std::function<void()> retry = {});
    void showWorkspaceError(const WorkspaceError &error);
    void clearError(const QString &source);

    ServerWorkspace *m_workspace = nullptr;
    ProvidersPane *m_providersPane = nullptr;
    ServerIdentity m_identity;
    QString m_waitingText;
    QString m_pendingSelection; // restored current row, selected once listed
    QString m_panelUuid;        // the model whose test the panel shows
    QString m_bannerSource;
    std::function<void()> m_bannerRetry;
    std::function<void()> m_offlineRetry; // the offline banner's Retry (showSavedListOffline)
    bool m_switching = false;             // inside setServer()
    QByteArray m_defaultHeaderState;
    QHash<QAction *, QPair<QString, QString>> m_tips; // tool tip, status tip when available
    QTimer m_chipTimer;                               // coalesces recounting the chips
    bool m_abilitiesStale = true;                     // records changed: count the abilities again

    LlmTableModel *m_model = nullptr;
    ModelViewProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_overlay = nullptr;
    QLabel *m_overlayLabel = nullptr;
    QPushButton *m_overlayClear = nullptr;
    FilterChipBar *m_chips = nullptr;
    TestProgress *m_progress = nullptr;
    QLabel *m_offlineLabel = nullptr;
    QMenu *m_headerMenu = nullptr;
    QList<QAction *> m_columnActions;
    MessageBanner *m_banner = nullptr;
    TestResultPanel *m_panel = nullptr;
    QDockWidget *m_testDock = nullptr;
    QLineEdit *m_filter = nullptr;
    QMenu *m_contextMenu = nullptr;
    QMenu *m_serverMenu = nullptr;
    QAction *m_serverMenuEnd = nullptr; // separator after the server entries
    QActionGroup *m_serverGroup = nullptr;
    QList<QAction *> m_serverActions;
    QComboBox *m_serverCombo = nullptr;
    QAction *m_serverComboAction = nullptr;
    EnvironmentStrip *m_strip = nullptr;

    QLabel *m_versionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QProgressBar *m_busy = nullptr;

    QAction *m_manageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_testAllAction = nullptr;
    QAction *m_retestFailedAction = nullptr;
    QAction *m_cancelTestsAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_whereUsedAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_copyUuidAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_resetColumnsAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    bool m_applyingColors = false;
};

} // namespace lb::gui
