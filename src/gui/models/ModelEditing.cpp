#include "ModelEditing.h"

#include "settings/Appearance.h"

#include "ModelDialog.h"
#include "ProviderModelDialog.h"
#include "RequesterIcons.h"
#include "mainwindow/MainWindow.h"

#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "workspace/ServerWorkspace.h"

#include <QAction>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace lb::gui {

ModelEditing::ModelEditing(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_newAction = new QAction(tr("&New Model…"), window);
    m_newAction->setIcon(Appearance::icon(QStringLiteral("new-model")));
    m_newAction->setObjectName(QStringLiteral("newModelAction"));
    m_newAction->setIconText(tr("New"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a model on the server, with a form made from its requester"));
    m_newAction->setToolTip(tr("Create a model (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, [this] { openNew(); });

    m_editAction = new QAction(tr("&Edit…"), window);
    m_editAction->setIcon(Appearance::icon(QStringLiteral("edit")));
    m_editAction->setObjectName(QStringLiteral("editModelAction"));
    m_editAction->setIconText(tr("Edit"));
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Enter edits only while the table has the focus (not in the filter field).
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_editAction->setStatusTip(tr("Edit the selected model"));
    m_editAction->setToolTip(tr("Edit the selected model (Enter or double-click)"));
    connect(m_editAction, &QAction::triggered, this, [this] { openEdit(); });

    m_duplicateAction = new QAction(tr("D&uplicate…"), window);
    m_duplicateAction->setIcon(Appearance::icon(QStringLiteral("duplicate")));
    m_duplicateAction->setObjectName(QStringLiteral("duplicateModelAction"));
    m_duplicateAction->setIconText(tr("Duplicate"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setStatusTip(tr("Create a copy of the selected model (without its keys unless you ask)"));
    m_duplicateAction->setToolTip(tr("Duplicate the selected model (Ctrl+D)"));
    connect(m_duplicateAction, &QAction::triggered, this, [this] { openDuplicate(); });

    install();
    updateActions();
}

ModelEditing::~ModelEditing()
{
    if (m_dialog)
        delete m_dialog.data();
    if (m_providerDialog)
        delete m_providerDialog.data();
}

void ModelEditing::install()
{
    MainWindow *window = m_window;
    // The Model menu: the one holding Refresh.
    for (QAction *entry : window->menuBar()->actions()) {
        QMenu *menu = entry->menu();
        if (!menu || !menu->actions().contains(window->findChild<QAction *>(QStringLiteral("refreshAction"))))
            continue;
        QAction *first = menu->actions().value(0);
        menu->insertAction(first, m_newAction);
        menu->insertAction(first, m_editAction);
        menu->insertAction(first, m_duplicateAction);
        menu->insertSeparator(first);
        break;
    }
    if (auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        QAction *before = window->findChild<QAction *>(QStringLiteral("refreshAction"));
        // New only, as an icon (its tooltip and accessible name carry the
        // text): at the window's first size (1100 pixels) the toolbar has no
        // room for more without pushing the filter field into the overflow.
        // Edit and Duplicate are a double-click, Enter, Ctrl+D, the Model
        // menu and the row menu away.
        bar->insertAction(before, m_newAction);
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_newAction)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    if (QMenu *context = window->findChild<QMenu *>(QStringLiteral("modelContextMenu"))) {
        QAction *first = context->actions().value(0);
        context->insertAction(first, m_editAction);
        context->insertAction(first, m_duplicateAction);
        context->insertAction(first, m_newAction);
        context->insertSeparator(first);
        context->setDefaultAction(m_editAction);
    }
    // Ctrl+N and Ctrl+D work anywhere in the window; Enter only in the table.
    window->addAction(m_newAction);
    window->addAction(m_duplicateAction);
    QTableView *view = window->findChild<QTableView *>(QStringLiteral("modelTable"));
    view->addAction(m_editAction);
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.isValid() || !m_editAction->isEnabled())
            return;
        const QString uuid = index.data(LlmTableModel::UuidRole).toString();
        openEdit(uuid);
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelEditing::updateActions);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ModelEditing::updateActions);
    connect(window, &MainWindow::offlineChanged, this, &ModelEditing::updateActions);
    connect(window, &MainWindow::modelsLoaded, this, &ModelEditing::updateActions);
    connect(window, &MainWindow::loadFailed, this, &ModelEditing::updateActions);
    connect(window, &MainWindow::modelDeleted, this, &ModelEditing::updateActions);
}

void ModelEditing::setAccess(const Access &access)
{
    m_access = access;
    // New sources for the new server (made on first use).
    dropSources();
    updateActions();
}

void ModelEditing::ensureSources()
{
    ApiClient *client = m_window ? m_window->client() : nullptr;
    if (m_schemas && m_sourceClient == client)
        return;
    dropSources();
    m_sourceClient = client;
    m_schemas = new SchemaSource(client, m_access.profileId, m_access.access, {}, this);
    if (m_access.access == SchemaSource::Access::SignIn)
        m_schemas->setSignIn(m_access.signInUser, m_access.signInPassword);
    m_icons = new RequesterIcons(m_access.profileId, this);
    m_icons->setClient(client);
}

ModelDialog *ModelEditing::dialog() const
{
    return m_dialog;
}

ProviderModelDialog *ModelEditing::providerDialog() const
{
    return m_providerDialog;
}

void ModelEditing::dropSources()
{
    // A dialog still open keeps using them: they go with it.
    for (QObject *source : {static_cast<QObject *>(m_schemas), static_cast<QObject *>(m_icons)}) {
        if (!source)
            continue;
        if (m_dialog)
            source->setParent(m_dialog);
        else
            delete source;
    }
    m_schemas = nullptr;
    m_icons = nullptr;
    m_sourceClient = nullptr;
}

SchemaSource *ModelEditing::schemaSource()
{
    ensureSources();
    return m_schemas;
}

RequesterIcons *ModelEditing::icons()
{
    ensureSources();
    return m_icons;
}

QString ModelEditing::targetUuid(const QString &uuid) const
{
    if (!uuid.isEmpty() || !m_window)
        return uuid;
    const QStringList selected = m_window->selectedUuids();
    return selected.size() == 1 ? selected.constFirst() : QString();
}

void ModelEditing::updateActions()
{
    if (!m_window)
        return;
    const bool connected = m_window->client() != nullptr;
    const bool offline = m_window->workspace()->isOffline();
    const bool one = m_window->selectedUuids().size() == 1;
    const QString why = tr("Not available offline: the server cannot be reached");
    const auto apply = [&](QAction *action, bool enabled, const QString &tip) {
        action->setEnabled(connected && enabled && !offline);
        action->setToolTip(offline ? tr("%1 — %2").arg(action->iconText(), why) : tip);
    };
    apply(m_newAction, true, tr("Create a model (Ctrl+N)"));
    apply(m_editAction, one, tr("Edit the selected model (Enter or double-click)"));
    apply(m_duplicateAction, one, tr("Duplicate the selected model (Ctrl+D)"));
}

ModelDialog *ModelEditing::openNew()
{
    return open(int(ModelDialog::Mode::New), {});
}

ModelDialog *ModelEditing::openEdit(const QString &uuid)
{
    return open(int(ModelDialog::Mode::Edit), targetUuid(uuid));
}

ModelDialog *ModelEditing::openDuplicate(const QString &uuid)
{
    return open(int(ModelDialog::Mode::Duplicate), targetUuid(uuid));
}

ModelDialog *ModelEditing::open(int modeValue, const QString &uuid)
{
    if (!m_window || !m_window->client() || m_window->workspace()->isOffline())
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (m_providerDialog) {
        m_providerDialog->raise();
        m_providerDialog->activateWindow();
        return nullptr;
    }
    const auto mode = ModelDialog::Mode(modeValue);
    LlmTableModel *table = m_window->workspace()->models();
    LlmModel model;
    if (mode != ModelDialog::Mode::New) {
        const int row = table->rowOf(uuid);
        if (row < 0)
            return nullptr;
        model = table->modelAt(row);
    }
    if (m_window->workspace()->features().hasProviders()) {
        openForProviders(modeValue, model);
        return nullptr;
    }

    ensureSources();
    // A list that did not come from the server this run is asked for again
    // (the server may be back, or the user signed in since).
    if (!m_schemas->isFresh() && !m_schemas->isLoading())
        m_schemas->load();

    ModelDialog::Context context;
    context.client = m_window->client();
    context.schemas = m_schemas;
    context.icons = m_icons;
    for (const LlmModel &listed : table->models()) {
        context.takenNames.append(listed.name());
        if (!listed.requester().isEmpty() && !context.knownRequesters.contains(listed.requester()))
            context.knownRequesters.append(listed.requester());
    }

    auto *dialog = new ModelDialog(mode, model, context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ModelDialog::saved, this, &ModelEditing::onSaved);
    emit dialogOpened(dialog);
    dialog->open();
    return dialog;
}

void ModelEditing::openForProviders(int modeValue, const LlmModel &model)
{
    ensureSources();
    if (!m_schemas->isFresh() && !m_schemas->isLoading())
        m_schemas->load();
    ProviderModelDialog::Context context;
    context.client = m_window->client();
    context.workspace = m_window->workspace();
    context.icons = m_icons;
    context.schemas = m_schemas;
    for (const LlmModel &listed : m_window->workspace()->models()->models())
        context.takenNames.append(listed.name());
    auto *dialog = new ProviderModelDialog(ProviderModelDialog::Mode(modeValue), model, context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_providerDialog = dialog;
    connect(dialog, &ProviderModelDialog::saved, this, &ModelEditing::onSaved);
    connect(dialog, &ProviderModelDialog::newProviderRequested, this, &ModelEditing::newProviderRequested);
    emit providerDialogOpened(dialog);
    dialog->open();
}

void ModelEditing::onSaved(const QString &savedUuid, bool created)
{
    if (m_window) {
        connect(
            m_window, &MainWindow::modelsLoaded, this,
            [this, savedUuid] {
                if (m_window)
                    m_window->selectModel(savedUuid);
            },
            Qt::SingleShotConnection);
        m_window->refresh();
    }
    emit modelSaved(savedUuid, created);
}

} // namespace lb::gui
