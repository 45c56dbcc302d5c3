#pragma once

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace lb {
class ApiCall;
class ApiClient;
class ModelsDocument;
class ServerContents;
} // namespace lb

namespace lb::gui {

// Exports the model configurations of the server of `client` to a JSON
// document (docs/export-format.md): from a 4.7+ server version 2 (its
// providers and models of every type), from 4.0–4.6 version 1 (its LLM
// models), read and written by ServerContents as the command line does. API keys are left out unless the user
// ticks "Include API keys (plain text)": that shows a warning and asks a
// second time (MessageBox::confirmDestructive, scriptable in tests). The
// server's version (system info) goes into the document's source block.
//
// The path is typed or chosen with Browse…; tests set it with setFilePath()
// and call startExport() (no native file dialog).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Ready, Exporting, Done, Failed };

    ExportDialog(ApiClient *client, const QString &profileName, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    // Ticks or clears "Include API keys"; ticking asks for the second
    // confirmation and stays cleared when it is refused. Returns the state.
    bool setIncludeKeys(bool include);
    bool includeKeys() const;

    // Starts the export to filePath() (asynchronous: exportFinished follows).
    // False when it cannot start (no path, no connection, already running).
    bool startExport();

    State state() const { return m_state; }
    int exportedCount() const { return m_count; }             // models of every type
    int exportedProviders() const { return m_providerCount; } // 0 from 4.0–4.6
    QString statusText() const;

    // "langbot-models-staging-2025-06-10.json"
    static QString suggestedFileName(const QString &profileName, const QDate &date);
    // "providers: 2, LLM models: 5, embedding models: 1, rerank models: 0"
    static QString contentsText(const ModelsDocument &doc);

    // --- for tests and screenshots ------------------------------------------
    QCheckBox *includeKeysBox() const { return m_includeKeys; }
    QFrame *keysWarning() const { return m_warning; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const { return m_export; }

public slots:
    void reject() override;

signals:
    void exportFinished(bool ok);

private:
    void browse();
    void onIncludeKeysToggled(bool on);
    void setState(State state, const QString &message = QString());
    void writeDocument(const QString &serverVersion);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPointer<ApiClient> m_client;
    QString m_profileName;
    State m_state = State::Ready;
    int m_count = 0;
    int m_providerCount = 0;
    bool m_exportWithKeys = false; // what the running export was asked
    QPointer<ApiCall> m_call;
    QPointer<ServerContents> m_contents;

    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_includeKeys = nullptr;
    QFrame *m_warning = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lb::gui
