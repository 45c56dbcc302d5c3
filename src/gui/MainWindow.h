#pragma once

#include "MessageBanner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "profiles/ProfileStore.h"

#include <QColor>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

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
class QTableView;

namespace lb {
class LlmSortFilterProxy;
class LlmTableModel;
} // namespace lb

namespace lb::gui {

class EnvironmentStrip;
class TestResultPanel;

// Who the window is talking to, as shown in the title and the strip.
struct ServerIdentity
{
    QString key;              // profile id, or the controller's key of the demo / --url server
    QString name;             // "Acme production", "Demo server"
    QString environmentName;  // "Production"; empty: no environment (no strip)
    QColor color;             // the strip's colour; invalid: no strip
    bool production = false;  // title names it; destructive actions ask to type the name
};

// One entry of the server switcher (toolbar combo box and Server menu).
struct ServerChoice
{
    QString key;
    QString name;
    QString detail;           // URL and environment, for the tooltip
    QColor color;             // the chip; invalid: a grey chip
};

// The main window: the server's LLM models in a table, with Refresh, Test and
// Delete. It talks to the server through an ApiClient it does not own; every
// call is asynchronous and every failure is shown in the message banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ApiClient *client, const QString &serverName, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches to another server: cancels the old client's calls, forgets its
    // models and loads the new one's. The window never owns a client.
    void setClient(ApiClient *client, const QString &serverName);
    // The same with a full identity. lastKnown: rows to show at once (the last
    // list of that server, kept by the caller). load: start listing now; false
    // when the connection is not ready yet (call load() once it is).
    // Answers of the previous client never reach the window after this.
    void setServer(ApiClient *client, const ServerIdentity &identity,
                   const std::optional<QList<LlmModel>> &lastKnown = std::nullopt,
                   bool load = true);
    // Loads the server info and the models (the connection became ready).
    void load();
    // Renames/recolours the current server (title, strip) without reloading.
    void setIdentity(const ServerIdentity &identity);
    const ServerIdentity &identity() const { return m_identity; }
    // What the table says while waiting before load() ("Waiting for the API key…").
    void setWaitingText(const QString &text);
    ApiClient *client() const { return m_client; }
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

    // --- for tests and the --screenshot mode --------------------------------
    QTableView *tableView() const { return m_view; }
    LlmTableModel *tableModel() const { return m_model; }
    LlmSortFilterProxy *proxyModel() const { return m_proxy; }
    TestResultPanel *testPanel() const { return m_panel; }
    QDockWidget *testDock() const { return m_testDock; }
    MessageBanner *banner() const { return m_banner; }
    QAction *manageProfilesAction() const { return m_manageAction; }
    QComboBox *serverCombo() const { return m_serverCombo; }
    QMenu *serverMenu() const { return m_serverMenu; }
    // The switcher's entries in the Server menu, in order (profiles, then the rest).
    QList<QAction *> serverActions() const { return m_serverActions; }
    EnvironmentStrip *environmentStrip() const { return m_strip; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *testAction() const { return m_testAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QString versionText() const;
    QString countText() const;
    bool isBusy() const;
    // The hint shown over the table (empty state, loading...); empty when none.
    QString overlayText() const;
    bool hasLoaded() const { return m_loaded; }

    // The model the Test action works on (current row if selected); empty if none.
    QString currentUuid() const;
    QStringList selectedUuids() const;
    // Selects (and makes current) the row of uuid; false when it is not shown.
    bool selectModel(const QString &uuid);

public slots:
    void refresh();
    void testCurrentModel();
    void testModel(const QString &uuid);
    void cancelShownTest();
    void deleteSelectedModels();

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
    void modelDeleted(const QString &uuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createTestDock();
    void createStatusBar();

    void loadServerInfo();
    void updateActions();
    void applyIdentity();
    void selectChoice(const QString &key);
    void updateCount();
    void updateOverlay();
    void updateBusy(int running);
    void showContextMenu(const QPoint &pos);
    QString modelName(const QString &uuid) const;

    // Shows an error in the banner. source tags it ("list", "delete", "test:<uuid>")
    // so that a later success of the same thing can take it away again.
    void showError(const QString &source, const QString &title, const QString &message,
                   std::function<void()> retry = {});
    void clearError(const QString &source);

    QPointer<ApiClient> m_client;
    ServerIdentity m_identity;
    QString m_waitingText;
    QString m_pendingSelection; // restored current row, selected once listed
    quint64 m_generation = 0;   // bumped by setClient: answers of older clients are ignored
    QPointer<ApiCall> m_listCall;
    QPointer<ApiCall> m_infoCall;
    QHash<QString, QPointer<ApiCall>> m_tests; // running tests by uuid
    QString m_panelUuid;        // the model whose test the panel shows
    QString m_bannerSource;
    std::function<void()> m_bannerRetry;
    bool m_loaded = false;
    bool m_loadFailed = false;

    LlmTableModel *m_model = nullptr;
    LlmSortFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_overlay = nullptr;
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
    QProgressBar *m_busy = nullptr;

    QAction *m_manageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace lb::gui
