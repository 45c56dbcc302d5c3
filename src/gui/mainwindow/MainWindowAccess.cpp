// MainWindow: what depends on the server's generation and on the user's
// permissions (LangBot 4.7+): the Type and Provider columns, the counts per
// type, the role, and the actions the user may not take.

#include "MainWindow.h"

#include "FilterChipBar.h"
#include "ModelViewProxy.h"

#include "model/LlmTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace lb::gui {

namespace {

// Actions other parts of the window add (by object name), and what each needs.
struct NamedGate
{
    const char *objectName;
    Permissions::Action needs;
};
constexpr NamedGate kNamedGates[] = {
    {"newModelAction", Permissions::Action::Create},
    {"editModelAction", Permissions::Action::Update},
    {"duplicateModelAction", Permissions::Action::Create},
    {"importModelsAction", Permissions::Action::Create},
};

} // namespace

bool MainWindow::hasProviders() const
{
    return m_workspace->features().hasProviders();
}

void MainWindow::updateGenerationColumns()
{
    // 4.0–4.6 have one type, no providers and no pipeline references to
    // read: the table stays as it was.
    const bool show = hasProviders();
    QHeaderView *header = m_view->horizontalHeader();
    for (const int column :
         {int(LlmTableModel::TypeColumn), int(LlmTableModel::ProviderColumn), int(LlmTableModel::UsedByColumn)}) {
        header->setSectionHidden(column, !show);
        for (QAction *action : std::as_const(m_columnActions)) {
            if (action->data().toInt() == column)
                action->setVisible(show);
        }
    }
}

QString MainWindow::typeCountsText() const
{
    int counts[std::size(allModelTypes)] = {};
    for (const LlmModel &model : m_model->models())
        ++counts[int(model.type())];
    return tr("%1 LLM · %2 embedding · %3 rerank")
        .arg(counts[int(ModelType::Llm)])
        .arg(counts[int(ModelType::Embedding)])
        .arg(counts[int(ModelType::Rerank)]);
}

void MainWindow::updateTypeChips()
{
    if (!hasProviders()) {
        m_chips->setTypeCounts({});
        return;
    }
    QList<QPair<ModelType, int>> counts;
    for (const ModelType type : allModelTypes)
        counts.append({type, 0});
    for (const LlmModel &model : m_model->models())
        ++counts[int(model.type())].second;
    m_chips->setTypeCounts(counts);
}

// --- permissions ----------------------------------------------------------------

QString MainWindow::permissionDeniedText(Permissions::Action action)
{
    return tr("Your role on this server lacks the permission “%1”").arg(Permissions::requiredFor(action));
}

bool MainWindow::permits(QAction *action) const
{
    const auto it = m_gates.constFind(action);
    return it == m_gates.cend() || m_workspace->permissions().allows(it->needs);
}

void MainWindow::gateAction(QAction *action, Permissions::Action needs)
{
    if (!action || m_gates.contains(action))
        return;
    m_gates.insert(action, Gate{needs, action->toolTip(), action->statusTip()});
    // Whoever enables it (its own code), it stays off without the permission.
    connect(action, &QAction::changed, this, [this, action] { enforceGate(action); });
    enforceGate(action);
}

void MainWindow::enforceGate(QAction *action)
{
    const auto it = m_gates.constFind(action);
    if (it == m_gates.cend())
        return;
    if (permits(action)) {
        if (action->property("lbGated").toBool()) {
            action->setProperty("lbGated", false);
            action->setToolTip(it->toolTip);
            action->setStatusTip(it->statusTip);
        }
        return;
    }
    const QString why = permissionDeniedText(it->needs);
    action->setProperty("lbGated", true);
    if (action->isEnabled())
        action->setEnabled(false);
    const QString tip = tr("%1 — %2").arg(action->iconText(), why);
    if (action->toolTip() != tip)
        action->setToolTip(tip);
    if (action->statusTip() != why)
        action->setStatusTip(why);
}

void MainWindow::applyPermissions()
{
    for (QAction *action : {m_testAction, m_testAllAction, m_retestFailedAction})
        gateAction(action, Permissions::Action::Test);
    gateAction(m_deleteAction, Permissions::Action::Delete);
    gateAction(m_replaceAction, Permissions::Action::EditPipelines);
    for (const NamedGate &gate : kNamedGates) {
        if (auto *action = findChild<QAction *>(QLatin1String(gate.objectName)))
            gateAction(action, gate.needs);
    }
    const QList<QAction *> gated = m_gates.keys();
    for (QAction *action : gated)
        enforceGate(action);
    updateActions();

    const Permissions permissions = m_workspace->permissions();
    const bool readOnly = !permissions.isAssumed() && !permissions.allows(Permissions::Action::Create)
        && !permissions.allows(Permissions::Action::Delete) && !permissions.allows(Permissions::Action::Test);
    QString text;
    if (!permissions.role().isEmpty())
        text = readOnly ? tr("Role: %1 (view only)").arg(permissions.role()) : tr("Role: %1").arg(permissions.role());
    else if (readOnly)
        text = tr("View only");
    m_roleLabel->setText(text);
    m_roleLabel->setToolTip(permissions.isAssumed() ? QString()
                                                    : tr("Permissions: %1").arg(permissions.names().join(u", ")));
    m_roleLabel->setVisible(!text.isEmpty());
}

} // namespace lb::gui
