#pragma once

#include "model/LlmModel.h"
#include "schema/SchemaSource.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace lb {
class ApiClient;
}

namespace lb::gui {

class MainWindow;
class ModelDialog;
class ProviderModelDialog;
class RequesterIcons;

// Creating, editing and duplicating models from the main window: the New
// (Ctrl+N), Edit (Enter or double-click on a row) and Duplicate (Ctrl+D)
// actions, added to the window's Model menu and row context menu (New also to
// the toolbar);
// one dialog at a time (window-modal, not blocking); after a save the list is
// reloaded and the saved model selected. On LangBot 4.0–4.6 the dialog is
// ModelDialog; on 4.7+ (features().hasProviders()) ProviderModelDialog, and
// the open*() calls return nullptr (providerDialog() has it).
//
// The schemas come from a SchemaSource per server (fetched with a user login
// and cached per profile; the cache or the generic schema otherwise), the
// requester icons from RequesterIcons (cached per profile on disk). The
// actions are disabled without a server and while the window is offline.
class ModelEditing : public QObject
{
    Q_OBJECT
public:
    // How the server of the window may be asked for schemas; set on every
    // switch (AppController).
    struct Access
    {
        QString profileId; // cache key: a profile id, "demo"...; empty: no cache
        SchemaSource::Access access = SchemaSource::Access::ApiKeyOnly;
        QString signInUser; // for SchemaSource::Access::SignIn
        QString signInPassword;
    };

    explicit ModelEditing(MainWindow *window, QObject *parent = nullptr);
    ~ModelEditing() override;

    void setAccess(const Access &access);
    const Access &access() const { return m_access; }

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }

    // The dialog open now, if any (4.0–4.6).
    ModelDialog *dialog() const;
    // The dialog open now on a 4.7+ server, if any.
    ProviderModelDialog *providerDialog() const;
    SchemaSource *schemaSource();
    RequesterIcons *icons();

public slots:
    ModelDialog *openNew();
    // Edit / Duplicate the model with this uuid (the current row when empty).
    ModelDialog *openEdit(const QString &uuid = {});
    ModelDialog *openDuplicate(const QString &uuid = {});
    void updateActions();

signals:
    void dialogOpened(lb::gui::ModelDialog *dialog);
    void providerDialogOpened(lb::gui::ProviderModelDialog *dialog);
    // "New provider…" was picked in the 4.7+ dialog.
    void newProviderRequested();
    void modelSaved(const QString &uuid, bool created);

private:
    ModelDialog *open(int mode, const QString &uuid);
    void openForProviders(int mode, const LlmModel &model);
    void onSaved(const QString &uuid, bool created);
    void install();
    void ensureSources();
    void dropSources();
    QString targetUuid(const QString &uuid) const;

    QPointer<MainWindow> m_window;
    Access m_access;
    QPointer<ApiClient> m_sourceClient;
    SchemaSource *m_schemas = nullptr;
    RequesterIcons *m_icons = nullptr;
    QPointer<ModelDialog> m_dialog;
    QPointer<ProviderModelDialog> m_providerDialog;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
};

} // namespace lb::gui
