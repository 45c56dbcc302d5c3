#include "ProvidersPane.h"

#include "ProviderDeletion.h"
#include "ProviderDialog.h"
#include "ScanModelsDialog.h"
#include "models/RequesterIcons.h"
#include "widgets/RequestIdButton.h"

#include "api/ApiClient.h"
#include "api/Permissions.h"
#include "model/ProviderListModel.h"
#include "schema/SchemaSource.h"
#include "workspace/ServerWorkspace.h"

#include <QAction>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lb::gui {

namespace {

const char kBaseTip[] = "baseToolTip";

// The requester's icon beside each provider's name.
class IconProxy : public QIdentityProxyModel
{
public:
    IconProxy(std::function<RequesterIcons *()> icons, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_icons(std::move(icons))
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole || index.column() != ProviderListModel::NameColumn)
            return QIdentityProxyModel::data(index, role);
        if (index.data(ProviderListModel::AllRole).toBool())
            return QIcon(QStringLiteral(":/icons/filter.svg"));
        const QString requester = index.data(ProviderListModel::RequesterRole).toString();
        RequesterIcons *icons = m_icons ? m_icons() : nullptr;
        return icons ? icons->icon(requester, requester) : RequesterIcons::letterIcon(requester, requester);
    }

private:
    std::function<RequesterIcons *()> m_icons;
};

} // namespace

ProvidersPane::ProvidersPane(ServerWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("providersPane"));
    setAccessibleName(tr("Providers"));
    m_model = new ProviderListModel(this);
    m_model->setObjectName(QStringLiteral("providerListModel"));
    m_model->setWorkspace(workspace);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createActions();
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("providersToolBar"));
    bar->setAccessibleName(tr("Provider actions"));
    bar->setIconSize(QSize(16, 16));
    bar->addActions({m_new, m_edit, m_duplicate, m_delete, m_scan});
    // The ">>" button a narrow pane shows for the actions it has no room for.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More provider actions"));
    layout->addWidget(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("providersView"));
    m_view->setAccessibleName(tr("Providers"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(new IconProxy([this] { return icons(); }, this));
    static_cast<QIdentityProxyModel *>(m_view->model())->setSourceModel(m_model);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ProviderListModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(ProviderListModel::BaseUrlColumn, true);
    layout->addWidget(m_view, 1);

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("providersContextMenu"));
    menu->addActions({m_new, m_edit, m_duplicate, m_delete});
    menu->addSeparator();
    menu->addAction(m_scan);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint &pos) { menu->popup(m_view->viewport()->mapToGlobal(pos)); });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            openEdit();
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("providersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    auto *requestId = new RequestIdButton(this);
    requestId->setObjectName(QStringLiteral("providersRequestId"));
    layout->addWidget(requestId, 0, Qt::AlignLeft);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        emit providerSelected(currentUuid());
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProvidersPane::updateActions);
    if (workspace) {
        connect(workspace, &ServerWorkspace::featuresChanged, this, &ProvidersPane::updateActions);
        connect(workspace, &ServerWorkspace::permissionsChanged, this, &ProvidersPane::updateActions);
        connect(workspace, &ServerWorkspace::offlineChanged, this, &ProvidersPane::updateActions);
        connect(workspace, &ServerWorkspace::serverChanged, this, &ProvidersPane::updateActions);
        connect(workspace, &ServerWorkspace::providersChanged, this, &ProvidersPane::updateActions);
    }
    updateActions();
}

ProvidersPane::~ProvidersPane() = default;

void ProvidersPane::createActions()
{
    const auto make = [this](const QString &name, const QString &icon, const QString &text, const QString &tip) {
        auto *action = new QAction(QIcon(icon), text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setProperty(kBaseTip, tip);
        return action;
    };
    m_new = make(QStringLiteral("newProviderAction"), QStringLiteral(":/icons/add.svg"), tr("New Provider…"),
                 tr("Add a provider: a requester, a base URL and API keys"));
    m_edit = make(QStringLiteral("editProviderAction"), QStringLiteral(":/icons/edit.svg"), tr("Edit Provider…"),
                  tr("Edit the selected provider"));
    m_duplicate = make(QStringLiteral("duplicateProviderAction"), QStringLiteral(":/icons/duplicate.svg"),
                       tr("Duplicate Provider…"), tr("Make a new provider from the selected one"));
    m_delete = make(QStringLiteral("deleteProviderAction"), QStringLiteral(":/icons/delete.svg"),
                    tr("Delete Provider…"), tr("Delete the selected provider"));
    connect(m_new, &QAction::triggered, this, [this] { openNew(); });
    connect(m_edit, &QAction::triggered, this, [this] { openEdit(); });
    connect(m_duplicate, &QAction::triggered, this, [this] { openDuplicate(); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteProvider(); });
    m_scan = make(QStringLiteral("scanModelsAction"), QStringLiteral(":/icons/search.svg"), tr("Scan Models…"),
                  tr("List the models the selected provider's endpoint offers and add many at once"));
    connect(m_scan, &QAction::triggered, this, [this] { openScan(); });
}

void ProvidersPane::setRequesterSources(std::function<SchemaSource *()> schemas,
                                        std::function<RequesterIcons *()> icons)
{
    m_schemas = std::move(schemas);
    m_icons = std::move(icons);
}

ProviderDialog *ProvidersPane::dialog() const
{
    return m_dialog;
}

RequesterIcons *ProvidersPane::icons() const
{
    return m_icons ? m_icons() : nullptr;
}

QString ProvidersPane::currentUuid() const
{
    return m_view->currentIndex().data(ProviderListModel::UuidRole).toString();
}

bool ProvidersPane::selectProvider(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_view->model()->index(row, 0));
    return true;
}

void ProvidersPane::updateActions()
{
    const ServerWorkspace *ws = m_workspace;
    const bool connected = ws && ws->client() && !ws->isOffline();
    const bool providers = ws && ws->features().hasProviders();
    const Permissions permissions = ws ? ws->permissions() : Permissions();
    const QModelIndex current = m_view->currentIndex();
    const bool selected = current.isValid() && !current.data(ProviderListModel::AllRole).toBool()
        && !current.data(ProviderListModel::ImplicitRole).toBool();
    m_view->setColumnHidden(ProviderListModel::EmbeddingColumn, !providers);
    m_view->setColumnHidden(ProviderListModel::RerankColumn, !(ws && ws->features().hasRerank()));
    const auto set = [&](QAction *action, Permissions::Action need, bool needsSelection, bool scan = false) {
        QString why;
        if (!connected)
            why = ws && ws->isOffline() ? tr("Offline: the list is a saved copy") : tr("Not connected");
        else if (!providers)
            why = tr("This server (LangBot 4.0–4.6) has no providers: the grouping follows the models and is "
                     "read-only");
        else if (scan && !ws->features().canScanModels())
            why = tr("Needs LangBot 4.9.7 or later (this server: %1)").arg(ws->features().version.text());
        else if (!permissions.allows(need))
            why = tr("Needs the permission %1").arg(Permissions::requiredFor(need));
        else if (needsSelection && !selected)
            why = tr("Select a provider first");
        action->setEnabled(why.isEmpty());
        const QString base = action->property(kBaseTip).toString();
        action->setToolTip(why.isEmpty() ? base : QStringLiteral("%1 (%2)").arg(base, why));
    };
    set(m_new, Permissions::Action::Create, false);
    set(m_edit, Permissions::Action::Update, true);
    set(m_duplicate, Permissions::Action::Create, true);
    set(m_delete, Permissions::Action::Delete, true);
    set(m_scan, Permissions::Action::Scan, true, true);
    if (!current.isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
}

ProviderDialog *ProvidersPane::openNew()
{
    return open(int(ProviderDialog::Mode::New), {});
}

ProviderDialog *ProvidersPane::openEdit(const QString &uuid)
{
    return open(int(ProviderDialog::Mode::Edit), uuid.isEmpty() ? currentUuid() : uuid);
}

ProviderDialog *ProvidersPane::openDuplicate(const QString &uuid)
{
    return open(int(ProviderDialog::Mode::Duplicate), uuid.isEmpty() ? currentUuid() : uuid);
}

ProviderDialog *ProvidersPane::open(int mode, const QString &uuid)
{
    if (m_dialog || !m_workspace || !m_workspace->client())
        return m_dialog;
    if (mode != int(ProviderDialog::Mode::New) && uuid.isEmpty())
        return nullptr;
    SchemaSource *source = m_schemas ? m_schemas() : nullptr;
    if (source && !source->isLoaded()) {
        // The requesters first; the dialog opens when they are there.
        connect(
            source, &SchemaSource::finished, this, [this, mode, uuid] { showDialog(mode, uuid); },
            Qt::SingleShotConnection);
        source->load();
        return nullptr;
    }
    showDialog(mode, uuid);
    return m_dialog;
}

void ProvidersPane::showDialog(int mode, const QString &uuid)
{
    if (m_dialog)
        return;
    SchemaSource *source = m_schemas ? m_schemas() : nullptr;
    const QList<RequesterSchema> requesters = source ? source->allRequesters() : QList<RequesterSchema>();
    m_dialog = new ProviderDialog(m_workspace, requesters, icons(), window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ProviderDialog::saved, this, [this](const QString &saved) {
        // Selected once the refresh lists it.
        connect(
            m_workspace, &ServerWorkspace::providersChanged, this, [this, saved] { selectProvider(saved); },
            Qt::SingleShotConnection);
    });
    m_dialog->start(ProviderDialog::Mode(mode), uuid);
    m_dialog->open();
    emit dialogOpened(m_dialog);
}

void ProvidersPane::deleteProvider(const QString &uuid)
{
    const QString target = uuid.isEmpty() ? currentUuid() : uuid;
    const int row = m_model->rowOf(target);
    if (m_deleting || target.isEmpty() || row < 0 || !m_workspace)
        return;
    m_deleting = true;
    auto *deletion = new ProviderDeletion(m_workspace, m_model->providerAt(row), m_model->modelUuids(target), this);
    if (SchemaSource *source = m_schemas ? m_schemas() : nullptr)
        deletion->setRequesters(source->allRequesters());
    connect(deletion, &ProviderDeletion::finished, this,
            [this](bool ok, bool cancelled, const QString &message, const QString &requestId) {
                m_deleting = false;
                // The message ends with the request id; the button copies it.
                if (!ok && !cancelled)
                    showMessage(message);
                else
                    m_message->hide();
                findChild<RequestIdButton *>(QStringLiteral("providersRequestId"))
                    ->setRequestId(ok || cancelled ? QString() : requestId);
                emit deletionFinished(ok, cancelled);
            });
    deletion->start();
}

ScanModelsDialog *ProvidersPane::scanDialog() const
{
    return m_scanDialog;
}

ScanModelsDialog *ProvidersPane::openScan(const QString &uuid)
{
    if (m_scanDialog || !m_workspace)
        return m_scanDialog;
    // Scan Models… follows the selection: the provider is selected first (a
    // uuid not listed is refused, and the selection stays).
    if (!uuid.isEmpty() && uuid != currentUuid() && !selectProvider(uuid))
        return nullptr;
    const QString target = currentUuid();
    const int row = m_model->rowOf(target);
    if (target.isEmpty() || row < 0 || !m_scan->isEnabled())
        return nullptr;
    m_scanDialog = new ScanModelsDialog(m_workspace, m_model->providerAt(row), window());
    m_scanDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_scanDialog->open();
    m_scanDialog->scan();
    emit scanDialogOpened(m_scanDialog);
    return m_scanDialog;
}

void ProvidersPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace lb::gui
