#pragma once

#include "model/Provider.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace lb {
class ApiCall;
class ScanAddRunner;
class ScannedModelList;
class ServerWorkspace;
struct ScanAddResult;
} // namespace lb

namespace lb::gui {

class MessageBanner;

// "Scan Models…" for one provider (LangBot 4.9.7+): asks the server what the
// provider's endpoint offers (GET …/scan-models), lists it beside what is
// saved (ScannedModelList: "already added" from the server's flag and the
// workspace's models), lets the user search, filter by type and check many,
// then adds them in one go (ScanAddRunner, as many at once as tests run) with
// a progress bar, a result per row and a summary; the workspace re-lists
// after. Scanning and adding can be cancelled; a failed scan says why, with
// the request id when the server gave one.
class ScanModelsDialog : public QDialog
{
    Q_OBJECT
public:
    ScanModelsDialog(ServerWorkspace *workspace, const Provider &provider, QWidget *parent = nullptr);
    ~ScanModelsDialog() override;

    QString providerUuid() const { return m_provider.uuid(); }
    ScannedModelList *list() const { return m_list; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *typeFilter() const { return m_type; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *selectAllButton() const { return m_selectAll; }
    QPushButton *selectNoneButton() const { return m_selectNone; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rescanButton() const { return m_rescan; }
    QProgressBar *progressBar() const { return m_progress; }
    MessageBanner *errorBanner() const { return m_error; }
    QLabel *summaryLabel() const { return m_summary; }
    ScanAddRunner *runner() const { return m_runner; }
    bool isScanning() const { return m_scan != nullptr; }
    bool isAdding() const;
    // The request id of the failure shown, if any.
    QString requestId() const { return m_requestId; }

public slots:
    void scan();
    // Checks or unchecks the rows the search and type filter show.
    void selectVisible(bool checked);
    void addChecked();
    // Stops the scan or the adding (creates already sent finish).
    void cancel();
    void reject() override;

signals:
    void scanFinished(bool ok);
    // The adding ended and the workspace listed the models again.
    void addFinished();

private:
    void buildFilters();
    void buildTable();
    void buildFooter();
    void onScanned(ApiCall *call);
    void onItemFinished(int index, const ScanAddResult &result);
    void onAddFinished();
    void onRelisted();
    void showError(const QString &message, const QString &requestId = {});
    void updateControls();
    void updateDiffNote();

    QPointer<ServerWorkspace> m_workspace;
    Provider m_provider;
    ScannedModelList *m_list = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ScanAddRunner *m_runner = nullptr;
    QPointer<ApiCall> m_scan;
    QList<int> m_adding; // list rows by runner index
    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QPushButton *m_rescan = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_state = nullptr;
    MessageBanner *m_error = nullptr;
    QLabel *m_diff = nullptr;
    QLabel *m_selected = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_selectNone = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QString m_requestId;
    bool m_refreshing = false;
};

} // namespace lb::gui
