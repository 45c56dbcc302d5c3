#include "TransferActions.h"

#include "settings/Appearance.h"

#include "ExportDialog.h"
#include "ImportDialog.h"
#include "ProfilesTransfer.h"
#include "mainwindow/MainWindow.h"

#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>

namespace lb::gui {

TransferActions::TransferActions(MainWindow *window, ProfileStore *store, CredentialStore *credentials)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_credentials(credentials)
{
    setObjectName(QStringLiteral("transferActions"));
    m_exportModels = new QAction(tr("&Export Models…"), window);
    m_exportModels->setIcon(Appearance::icon(QStringLiteral("transfer-export")));
    m_exportModels->setObjectName(QStringLiteral("exportModelsAction"));
    m_exportModels->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportModels->setStatusTip(tr("Save the model configurations of this server to a JSON file"));
    connect(m_exportModels, &QAction::triggered, this, [this] { exportModels(); });

    m_importModels = new QAction(tr("&Import Models…"), window);
    m_importModels->setIcon(Appearance::icon(QStringLiteral("transfer-import")));
    m_importModels->setObjectName(QStringLiteral("importModelsAction"));
    m_importModels->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importModels->setStatusTip(tr("Create or update models of this server from an export file, "
                                    "with a preview first"));
    connect(m_importModels, &QAction::triggered, this, [this] { importModels(); });

    m_exportProfiles = new QAction(tr("Export &Profiles…"), window);
    m_exportProfiles->setObjectName(QStringLiteral("exportProfilesAction"));
    m_exportProfiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportProfiles->setStatusTip(tr("Save the server profiles (without secrets) to a JSON file"));
    connect(m_exportProfiles, &QAction::triggered, this, [this] { exportProfiles(); });

    m_importProfiles = new QAction(tr("Import P&rofiles…"), window);
    m_importProfiles->setObjectName(QStringLiteral("importProfilesAction"));
    m_importProfiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importProfiles->setStatusTip(tr("Add server profiles from a profiles file"));
    connect(m_importProfiles, &QAction::triggered, this, [this] { importProfiles(); });

    addToMenu();
    connect(window, &MainWindow::offlineChanged, this, &TransferActions::updateActions);
    connect(window, &MainWindow::modelsLoaded, this, &TransferActions::updateActions);
    connect(window, &MainWindow::loadFailed, this, &TransferActions::updateActions);
    connect(window, &MainWindow::credentialsRejected, this, &TransferActions::updateActions);
    updateActions();
}

ExportDialog *TransferActions::exportDialog() const
{
    return m_exportDialog;
}

ImportDialog *TransferActions::importDialog() const
{
    return m_importDialog;
}

ProfilesImportDialog *TransferActions::profilesImportDialog() const
{
    return m_profilesDialog;
}

void TransferActions::addToMenu()
{
    QMenu *file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    if (!file)
        file = m_window->menuBar()->addMenu(tr("&Transfer"));
    const QList<QAction *> existing = file->actions();
    QAction *before = existing.isEmpty() ? nullptr : existing.constFirst();
    file->insertAction(before, m_exportModels);
    file->insertAction(before, m_importModels);
    file->insertSeparator(before);
    file->insertAction(before, m_exportProfiles);
    file->insertAction(before, m_importProfiles);
    if (before)
        file->insertSeparator(before);
    // The state can change without a signal (another server shown).
    connect(file, &QMenu::aboutToShow, this, &TransferActions::updateActions);
}

void TransferActions::updateActions()
{
    const bool online = m_window && m_window->client() && !m_window->workspace()->isOffline();
    for (QAction *action : {m_exportModels, m_importModels}) {
        action->setEnabled(online);
        action->setToolTip(online ? action->text().remove(QLatin1Char('&')) : tr("Needs a connection to the server"));
    }
}

QString TransferActions::choose(FileRole role, const QString &suggested)
{
    if (m_chooser)
        return m_chooser(role, suggested);
    QWidget *parent = m_window;
    const QString filter = tr("JSON documents (*.json);;All files (*)");
    switch (role) {
    case FileRole::ImportModels:
        return QFileDialog::getOpenFileName(parent, tr("Import Models"), suggested, filter);
    case FileRole::ImportProfiles:
        return QFileDialog::getOpenFileName(parent, tr("Import Profiles"), suggested, filter);
    case FileRole::ExportProfiles:
        break;
    }
    return QFileDialog::getSaveFileName(parent, tr("Export Profiles"), suggested, filter);
}

ExportDialog *TransferActions::exportModels(const QString &path)
{
    updateActions();
    if (!m_exportModels->isEnabled() || m_exportDialog)
        return m_exportDialog;
    auto *dialog = new ExportDialog(m_window->client(), m_window->identity().name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!path.isEmpty())
        dialog->setFilePath(path);
    connect(dialog, &ExportDialog::exportFinished, this, [this, dialog](bool ok) {
        if (ok && m_window) {
            m_lastDir = QFileInfo(dialog->filePath()).absolutePath();
            m_window->statusBar()->showMessage(dialog->statusText(), 8000);
        }
    });
    m_exportDialog = dialog;
    dialog->open();
    return dialog;
}

ImportDialog *TransferActions::importModels(const QString &path)
{
    updateActions();
    if (!m_importModels->isEnabled() || m_importDialog)
        return m_importDialog;
    const QString file = path.isEmpty() ? choose(FileRole::ImportModels, m_lastDir) : path;
    if (file.isEmpty())
        return nullptr;
    m_lastDir = QFileInfo(file).absolutePath();
    const ServerIdentity &identity = m_window->identity();
    auto *dialog = new ImportDialog(m_window->client(), identity.name, identity.production, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ImportDialog::modelsChanged, this, [this] {
        if (m_window)
            m_window->refresh();
    });
    m_importDialog = dialog;
    dialog->openFile(file); // a bad file shows its problems in the dialog
    dialog->open();
    return dialog;
}

bool TransferActions::exportProfiles(const QString &path)
{
    if (m_store->isEmpty()) {
        m_window->statusBar()->showMessage(tr("There are no profiles to export."), 6000);
        return false;
    }
    const QString suggested
        = (m_lastDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_lastDir)
        + QLatin1Char('/') + ProfilesTransfer::suggestedFileName();
    const QString file = path.isEmpty() ? choose(FileRole::ExportProfiles, suggested) : path;
    if (file.isEmpty())
        return false;
    QString error;
    int count = 0;
    if (!ProfilesTransfer::exportTo(m_store, file, &error, &count)) {
        m_window->showNotice(MessageBanner::Kind::Error, tr("Could not export the profiles."),
                             tr("%1: %2").arg(QDir::toNativeSeparators(file), error));
        return false;
    }
    m_lastDir = QFileInfo(file).absolutePath();
    m_window->statusBar()->showMessage((count == 1
                                            ? tr("Exported 1 profile to %1 (without secrets).")
                                            : tr("Exported %n profiles to %1 (without secrets).", nullptr, count))
                                           .arg(QDir::toNativeSeparators(file)),
                                       8000);
    return true;
}

ProfilesImportDialog *TransferActions::importProfiles(const QString &path)
{
    if (m_profilesDialog)
        return m_profilesDialog;
    const QString file = path.isEmpty() ? choose(FileRole::ImportProfiles, m_lastDir) : path;
    if (file.isEmpty())
        return nullptr;
    m_lastDir = QFileInfo(file).absolutePath();
    auto *dialog = new ProfilesImportDialog(m_store, m_credentials, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ProfilesImportDialog::imported, this, [this](int added, int replaced) {
        if (m_window)
            m_window->statusBar()->showMessage(tr("Profiles imported: %1 added, %2 replaced.").arg(added).arg(replaced),
                                               8000);
    });
    m_profilesDialog = dialog;
    dialog->openFile(file);
    dialog->open();
    return dialog;
}

} // namespace lb::gui
