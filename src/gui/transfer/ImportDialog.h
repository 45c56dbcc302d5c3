#pragma once

#include "KeysPromptDialog.h"

#include "model/LlmModel.h"
#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"
#include "transfer/ModelsDocument.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace Ui {
class ImportDialog;
}

namespace lb {
class ApiCall;
class ApiClient;
class ImportRunner;
class ServerContents;
} // namespace lb

namespace lb::gui {

class ImportProblems;

class ImportPreviewModel;

// Imports model configurations from an export document into the server of
// `client`, in three steps:
//   1. openFile() reads and checks the document. A bad one shows every
//      problem, path by path, and nothing is sent (not even a list request).
//   2. The preview: each model with its proposed action (create, update —
//      matched by uuid on the same server, else by name, the rule shown — or
//      skip), a field-level diff against the server's record, and the action
//      the user may change (the table's Action cell or the Action field).
//      Into a 4.7+ server the providers the models need come first, as their
//      own rows (create, or reuse one with the same setup); each model shows
//      its type and provider. Any document goes into any server: what the
//      target cannot hold is said on each row (ImportPlan).
//   3. Apply: into 4.0–4.6, creates without keys ask for them first
//      (KeysPromptDialog); into 4.7+ a provider without keys in the file is
//      created without keys, as its row says;
//      overwriting models of a production profile asks to type its name; then
//      an ImportRunner sends the rows one by one with progress and a result
//      per row. A failure does not stop the rest; Stop stops before the next
//      row; the report can be saved (JSON or text). What a failed create left
//      on the server (a half-saved provider, embedding or rerank model) is
//      named, with Delete Leftovers (ImportRunner::cleanUpOrphans()).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State {
        Empty,      // nothing opened yet
        Invalid,    // the document has errors (shown); nothing is sent
        Loading,    // asking the server for its models
        LoadFailed, // the server could not be asked (error shown, Retry)
        Preview,    // the plan is shown; actions can be changed
        Applying,
        Done, // every row has its result; the report can be saved
    };

    // targetName: the profile's name (the report's target, the typed
    // confirmation); production: overwriting asks to type the name.
    ImportDialog(ApiClient *client, const QString &targetName, bool production, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the document at path (no file dialog here: the caller chose it).
    // Returns false when the document is not valid (the dialog shows why).
    bool openFile(const QString &path);
    // The same for a document already read (e.g. from memory).
    bool openDocument(const QByteArray &bytes, const QString &sourceName);

    State state() const { return m_state; }
    QString filePath() const { return m_path; }
    // The problems shown (document errors, or why the server could not be asked).
    QString errorText() const;
    const ImportPlan &plan() const { return m_plan; }
    ImportPreviewModel *previewModel() const { return m_model; }
    // The match rule as shown ("Matched by uuid, then by name …").
    QString matchRuleText() const;
    QString summaryText() const;

    // Changes a row's action as the user would (false, with a message, when
    // the row does not allow it).
    bool setRowAction(qsizetype row, ImportAction action);
    // Points an ambiguous row at a server model.
    bool setRowTarget(qsizetype row, const QString &uuid);
    // Selects a row: the diff pane shows it.
    void selectRow(qsizetype row);
    qsizetype currentRow() const; // the plan row (model), -1 on a provider row
    // Selects a provider row (ImportPlan::providerRows()).
    void selectProviderRow(qsizetype row);
    qsizetype currentProviderRow() const;
    // What a failed create left on the server (names and uuids), and its cleanup.
    QStringList leftovers() const;
    void cleanUpLeftovers();
    // The diff pane's lines, "field: old → new", for tests.
    QStringList diffLines() const;

    // Starts the import: keys prompt, production confirmation, then the runner.
    void apply();
    // Stops before the next row.
    void stop();
    const ImportReport &report() const;
    bool saveReport(const QString &path, QString *error = nullptr);

    // --- for tests and screenshots ------------------------------------------
    QTableView *previewTable() const { return m_table; }
    QTreeWidget *diffTree() const { return m_diff; }
    QComboBox *actionCombo() const { return m_actionCombo; }
    QComboBox *targetCombo() const { return m_targetCombo; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *saveReportButton() const { return m_saveReport; }
    QPushButton *keysButton() const { return m_keysButton; }
    QPushButton *cleanUpButton() const { return m_cleanUp; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    // The keys prompt while it is open (Apply waits for it), else nullptr.
    KeysPromptDialog *keysPrompt() const { return m_keysPrompt; }

public slots:
    void reject() override;

signals:
    // The server's models were read and the plan is shown.
    void previewReady();
    void previewFailed(const QString &message);
    // Every row of the apply has its result.
    void applyFinished();
    // Models were created or updated (the caller reloads its list).
    void modelsChanged();

private:
    void setUpHeader();
    void setUpPreviewTable();
    void setUpDetail();
    void setUpBottom();
    void setState(State state);
    bool openRead(const ModelsDocument::ReadResult &read, const QString &sourceName);
    void showErrors(const QString &title, const QStringList &lines);
    void loadServerModels();
    void onContentsRead();
    void buildPlan(const QList<Provider> &providers, const QList<LlmModel> &current);
    void updateHeader();
    void updateSummary();
    void updateDetail();
    void showDiff(const ImportRow &row);
    void showProviderDetail(qsizetype index);
    // The row's warnings and, once applied, what happened to it.
    void showWarningsAndResult(const QStringList &warnings, const std::optional<ImportReportEntry> &result);
    void showProviderResults();
    void onActionComboActivated(int index);
    void onTargetComboActivated(int index);
    void askForKeys(const QList<qsizetype> &rows, bool thenApply);
    void confirmAndRun();
    void run();
    void onRunnerFinished();
    void saveReportInteractively();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    QPointer<ApiClient> m_client;
    QString m_targetName;
    bool m_production = false;
    State m_state = State::Empty;
    QString m_path;
    ModelsDocument m_document;
    QList<LlmModel> m_current;
    ImportPlan m_plan;
    QSet<qsizetype> m_keysAsked;
    QPointer<ServerContents> m_contents;
    bool m_onProviders = false; // the target is 4.7+
    ImportRunner *m_runner = nullptr;
    QString m_errorTitle;
    QStringList m_errorLines;

    ImportPreviewModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_rule = nullptr;
    QStackedWidget *m_pages = nullptr;
    ImportProblems *m_errorPage = nullptr;
    QWidget *m_previewPage = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailReason = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_targetCombo = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_keysInfo = nullptr;
    QPushButton *m_keysButton = nullptr;
    QLabel *m_diffCaption = nullptr;
    QTreeWidget *m_diff = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_resultInfo = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_reset = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_cleanUp = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<KeysPromptDialog> m_keysPrompt;
};

} // namespace lb::gui
