#pragma once

#include "profiles/Profile.h"
#include "transfer/ProfilesDocument.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Ui {
class ProfilesImportDialog;
}

namespace lb {
class CredentialStore;
class ProfileStore;
} // namespace lb

namespace lb::gui {

class ImportProblems;

// Profiles to and from a "langbot-console/profiles" document (no secrets:
// keys and passwords stay in the keychain; see docs/export-format.md).
namespace ProfilesTransfer {
// Writes every profile of the store to path. count: how many.
bool exportTo(const ProfileStore *store, const QString &path, QString *error = nullptr, int *count = nullptr);
QString suggestedFileName();
} // namespace ProfilesTransfer

// Imports profiles from a document into the profile list: a preview of each
// profile with its action, which the user may change, then Import.
//   - a new name is added;
//   - a name the list has already is skipped unless the user chooses
//     "Add as copy" (a free name, " (2)") or "Replace" (the existing profile
//     takes the file's settings and keeps its id; when the server address,
//     sign-in method or user changes, its stored secret is forgotten, so a
//     key never follows a profile to another server);
//   - replacing a production profile asks to type its name.
// A bad document shows its path-named problems and changes nothing.
class ProfilesImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Add, AddAsCopy, Replace, Skip };

    // credentials may be nullptr (then no secret is forgotten on Replace).
    ProfilesImportDialog(ProfileStore *store, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ProfilesImportDialog() override;

    bool openFile(const QString &path);
    bool openDocument(const QByteArray &bytes, const QString &sourceName);
    bool isValid() const { return m_valid; }
    QString errorText() const;

    int rowCount() const { return int(m_rows.size()); }
    Profile profileAt(int row) const { return m_rows.value(row).profile; }
    Action action(int row) const { return m_rows.value(row).action; }
    QList<Action> allowedActions(int row) const;
    bool setAction(int row, Action action);
    QString noteText(int row) const;
    void selectRow(int row);

    // Applies the actions (synchronous). False when nothing was changed
    // (e.g. a production confirmation was refused: then nothing is written).
    bool apply();
    bool isApplied() const { return m_applied; }
    QString resultText(int row) const { return m_rows.value(row).result; }

    static QString actionName(Action action, const QString &copyName = QString());

    // --- for tests and screenshots ------------------------------------------
    QTreeWidget *table() const { return m_table; }
    QComboBox *actionCombo() const { return m_actionCombo; }
    QPushButton *importButton() const { return m_import; }

signals:
    // Profiles were added or replaced.
    void imported(int added, int replaced);

private:
    struct Row
    {
        Profile profile;                 // from the file (no id)
        std::optional<Profile> existing; // the list's profile of the same name
        Action proposed = Action::Add;
        Action action = Action::Add;
        QString reason;
        QString result;
    };

    void showErrors(const QString &title, const QStringList &lines);
    void buildRows(const ProfilesDocument &doc);
    void refreshRow(int row);
    void updateDetail();
    void updateButton();
    QString copyName(const Row &row) const;
    static bool sameConnection(const Profile &a, const Profile &b);
    static bool sameSettings(const Profile &a, const Profile &b);

    std::unique_ptr<Ui::ProfilesImportDialog> m_ui;
    ProfileStore *m_store;
    QPointer<CredentialStore> m_credentials;
    QList<Row> m_rows;
    bool m_valid = false;
    bool m_applied = false;
    QString m_errorTitle;
    QStringList m_errorLines;

    QLabel *m_title = nullptr;
    QStackedWidget *m_pages = nullptr;
    ImportProblems *m_errorPage = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lb::gui
