#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QTreeView;

namespace lb {
class ProviderListModel;
class SchemaSource;
class ServerWorkspace;
} // namespace lb

namespace lb::gui {

class ProviderDialog;
class RequesterIcons;
class ScanModelsDialog;

// The providers of the server beside the model table: "All providers", then
// each provider with its requester's icon, name, base URL, number of keys and
// number of models per type (ProviderListModel). Selecting one emits
// providerSelected() (empty: all). New, Edit, Duplicate and Delete work on
// LangBot 4.7+; each is disabled with a tool tip naming the permission it
// lacks, and on 4.0–4.6, where the grouping is implied by the models and
// read-only. Delete goes through ProviderDeletion. Scan Models… (4.9.7+)
// opens ScanModelsDialog for the selected provider.
class ProvidersPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProvidersPane(ServerWorkspace *workspace, QWidget *parent = nullptr);
    ~ProvidersPane() override;

    // Where the provider dialog gets the requesters and icons of the server
    // (ModelEditing's); without them, the type is typed by name and the
    // icons are letter tiles.
    void setRequesterSources(std::function<SchemaSource *()> schemas, std::function<RequesterIcons *()> icons);

    ProviderListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *scanAction() const { return m_scan; }
    QLabel *messageLabel() const { return m_message; }

    // The selected provider's uuid; empty for "All providers" or none.
    QString currentUuid() const;
    // Selects a provider (empty: "All providers"); false when not listed.
    bool selectProvider(const QString &uuid);

    // The dialog open now, if any.
    ProviderDialog *dialog() const;
    // The scan dialog open now, if any.
    ScanModelsDialog *scanDialog() const;

public slots:
    ProviderDialog *openNew();
    ProviderDialog *openEdit(const QString &uuid = {});
    ProviderDialog *openDuplicate(const QString &uuid = {});
    void deleteProvider(const QString &uuid = {});
    // "Scan Models…" for the provider (LangBot 4.9.7+, provider_secret.manage):
    // selects it first (empty: the selected one); null when it is not listed
    // or cannot be scanned. The dialog already open, if any.
    ScanModelsDialog *openScan(const QString &uuid = {});
    void updateActions();

signals:
    void providerSelected(const QString &uuid);
    void dialogOpened(lb::gui::ProviderDialog *dialog);
    void scanDialogOpened(lb::gui::ScanModelsDialog *dialog);
    // A deletion ended (ok: the provider is gone; cancelled: nothing sent).
    void deletionFinished(bool ok, bool cancelled);

private:
    void createActions();
    ProviderDialog *open(int mode, const QString &uuid);
    void showDialog(int mode, const QString &uuid);
    void showMessage(const QString &text);
    RequesterIcons *icons() const;

    QPointer<ServerWorkspace> m_workspace;
    ProviderListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_scan = nullptr;
    std::function<SchemaSource *()> m_schemas;
    std::function<RequesterIcons *()> m_icons;
    QPointer<ProviderDialog> m_dialog;
    QPointer<ScanModelsDialog> m_scanDialog;
    bool m_deleting = false;
};

} // namespace lb::gui
