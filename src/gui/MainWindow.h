#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
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

class MessageBanner;
class TestResultPanel;

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
    ApiClient *client() const { return m_client; }
    QString serverName() const { return m_serverName; }

    // --- for tests and the --screenshot mode --------------------------------
    QTableView *tableView() const { return m_view; }
    LlmTableModel *tableModel() const { return m_model; }
    LlmSortFilterProxy *proxyModel() const { return m_proxy; }
    TestResultPanel *testPanel() const { return m_panel; }
    QDockWidget *testDock() const { return m_testDock; }
    MessageBanner *banner() const { return m_banner; }
    QAction *connectAction() const { return m_connectAction; }
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
    // File → Connect…: the application asks for a server and calls setClient().
    void connectRequested();
    // A list call succeeded and the table holds count models.
    void modelsLoaded(int count);
    void loadFailed(const QString &message);
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
    QString m_serverName;
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

    QLabel *m_versionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busy = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace lb::gui
