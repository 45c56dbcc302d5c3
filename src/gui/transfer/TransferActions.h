#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;

namespace lb {
class CredentialStore;
class ProfileStore;
} // namespace lb

namespace lb::gui {

class ExportDialog;
class ImportDialog;
class MainWindow;
class ProfilesImportDialog;

// The File menu's export and import entries of a main window:
//   Export Models… (Ctrl+E), Import Models… (Ctrl+I) — the server shown;
//   disabled without a server or while the window is offline;
//   Export Profiles…, Import Profiles… — the profile list (no secrets).
// It lives as a child of the window. The dialogs are window-modal and not
// blocking; file names come from a FileChooser (QFileDialog by default; tests
// give their own, so no native dialog opens).
class TransferActions : public QObject
{
    Q_OBJECT
public:
    enum class FileRole { ImportModels, ExportProfiles, ImportProfiles };
    // Returns the chosen path, or an empty string when cancelled.
    using FileChooser = std::function<QString(FileRole role, const QString &suggested)>;

    // credentials may be nullptr. Adds the entries to the window's File menu
    // (the QMenu named "fileMenu"; else a menu of their own).
    TransferActions(MainWindow *window, ProfileStore *store, CredentialStore *credentials);

    QAction *exportModelsAction() const { return m_exportModels; }
    QAction *importModelsAction() const { return m_importModels; }
    QAction *exportProfilesAction() const { return m_exportProfiles; }
    QAction *importProfilesAction() const { return m_importProfiles; }

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // The dialogs opened last (while open), for tests.
    ExportDialog *exportDialog() const;
    ImportDialog *importDialog() const;
    ProfilesImportDialog *profilesImportDialog() const;

public slots:
    // path: preset (export) or the file to read (import); empty: ask.
    ExportDialog *exportModels(const QString &path = QString());
    ImportDialog *importModels(const QString &path = QString());
    bool exportProfiles(const QString &path = QString());
    ProfilesImportDialog *importProfiles(const QString &path = QString());
    // Enables the model entries when the window has a server and is online.
    void updateActions();

private:
    QString choose(FileRole role, const QString &suggested);
    void addToMenu();

    QPointer<MainWindow> m_window;
    ProfileStore *m_store;
    QPointer<CredentialStore> m_credentials;
    FileChooser m_chooser;
    QString m_lastDir;

    QAction *m_exportModels = nullptr;
    QAction *m_importModels = nullptr;
    QAction *m_exportProfiles = nullptr;
    QAction *m_importProfiles = nullptr;
    QPointer<ExportDialog> m_exportDialog;
    QPointer<ImportDialog> m_importDialog;
    QPointer<ProfilesImportDialog> m_profilesDialog;
};

} // namespace lb::gui
