#pragma once

#include "model/Provider.h"
#include "schema/RequesterSchema.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace lb {
class ApiCall;
class ServerWorkspace;
} // namespace lb

namespace lb::gui {

class ProviderTestPanel;
class RequestIdButton;
class RequesterIcons;
class RequesterPicker;

// Creates, edits or duplicates one provider (LangBot 4.7+): its name, its
// requester (RequesterPicker: searchable, with icons), its base URL (filled in
// from the requester's default) and any number of API keys, each masked with
// a reveal. Keys the server masked ("***", no secret permission) stay masked:
// they read "hidden by the server (no secret permission)" and are kept on
// save unless replaced (WriteBodies::providerUpdate). The body is built by
// WriteBodies and sent through the workspace's client; a failure shows its
// message (ending with the request id, which one button copies) and keeps
// what was typed; Test connection (ProviderTestPanel) tests the form unsaved; a success refreshes the
// workspace, emits saved() and closes the dialog. Not blocking: open() it.
class ProviderDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Edit, Duplicate };

    // requesters: the server's (may be empty: the requester is then typed);
    // icons: may be nullptr. Neither is owned.
    ProviderDialog(ServerWorkspace *workspace, const QList<RequesterSchema> &requesters, RequesterIcons *icons,
                   QWidget *parent = nullptr);
    ~ProviderDialog() override;

    // New: an empty form. Edit/Duplicate: reads the provider (plain text
    // where the credentials may) and fills the form with it; loaded() follows.
    void start(Mode mode, const QString &uuid = {});
    Mode mode() const { return m_mode; }

    // The form's provider as it would be saved ("***" where a masked key is kept).
    Provider editedProvider() const;

    // For tests and tools.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *requesterEdit() const { return m_requesterEdit; }
    RequesterPicker *requesterPicker() const { return m_picker; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QList<QLineEdit *> keyEdits() const;
    QPushButton *addKeyButton() const { return m_addKey; }
    QToolButton *removeKeyButton(int row) const;
    QPushButton *saveButton() const;
    QLabel *errorLabel() const { return m_error; }
    // What a duplicate could not copy (keys or URL the server hides).
    QLabel *noteLabel() const { return m_note; }
    QString requestId() const { return m_requestId; } // the server's, of the error shown
    RequestIdButton *copyRequestIdButton() const { return m_copyRequestId; }
    ProviderTestPanel *testPanel() const { return m_testPanel; }
    // Shown when a failed create left its row behind; deletes it.
    QPushButton *cleanupButton() const { return m_cleanup; }

    // The placeholder of a key or URL the server masked.
    static QString maskedText();

signals:
    void loaded();
    // After a successful write; created: a new provider (New, Duplicate).
    void saved(const QString &uuid, bool created);
    // Every write's end, good or bad (for tests and tools).
    void saveFinished(bool ok);
    // The half-saved provider of a failed create was deleted.
    void orphanRemoved();

private:
    void buildForm(const QList<RequesterSchema> &requesters);
    void fill(const Provider &provider);
    void addKeyRow(const QString &key);
    void removeKeyRow(QWidget *row);
    void onRequesterChanged(const QString &name);
    QString currentRequester() const;
    void save();
    void onWritten(ApiCall *call, bool created);
    void showError(const QString &message, const QString &requestId = {});
    void refuse(const QString &message); // a save not sent
    void findOrphan();
    void cleanUpOrphan();
    void setBusy(bool busy);

    QPointer<ServerWorkspace> m_workspace;
    QList<RequesterSchema> m_requesters;
    QPointer<RequesterIcons> m_icons;
    Mode m_mode = Mode::New;
    Provider m_original; // as read (Edit); keys of a duplicate come from it too
    QLineEdit *m_name = nullptr;
    RequesterPicker *m_picker = nullptr;
    QLineEdit *m_requesterEdit = nullptr; // when the server's list is not known
    QLineEdit *m_baseUrl = nullptr;
    QVBoxLayout *m_keyRows = nullptr;
    QPushButton *m_addKey = nullptr;
    QLabel *m_note = nullptr;
    ProviderTestPanel *m_testPanel = nullptr;
    QLabel *m_error = nullptr;
    RequestIdButton *m_copyRequestId = nullptr;
    QPushButton *m_cleanup = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_lastDefaultUrl;
    QString m_requestId;
    QSet<QString> m_before; // the providers before a create
    QString m_orphan;       // a failed create's saved row
    QPointer<ApiCall> m_call;
};

} // namespace lb::gui
