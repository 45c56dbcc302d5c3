// MainWindow: where the models are used (issue 16) — the Unused chip,
// Where Used… and Replace Everywhere…; the Used by column is the table's
// (LlmTableModelUsage.cpp).

#include "MainWindow.h"

#include "FilterChipBar.h"
#include "models/ReplaceModelDialog.h"
#include "models/WhereUsedDialog.h"

#include "model/LlmTableModel.h"

#include <QAction>

namespace lb::gui {

void MainWindow::updateUsage()
{
    const bool shown = hasProviders(); // 4.0–4.6 keep no references: the window stays as it was
    m_whereUsedAction->setVisible(shown);
    m_whereUsedAction->setEnabled(shown && selectedRowCount() == 1);
    m_replaceAction->setVisible(shown);
    if (!shown || !m_model->canTellUnused()) {
        QString reason
            = m_workspace->isUsageLoading() ? tr("the pipelines are still being read.") : m_workspace->usageNote();
        if (reason.isEmpty())
            reason = tr("the pipelines have not been read.");
        m_chips->setUnusedState(shown, std::nullopt, reason);
        return;
    }
    int unused = 0;
    for (const LlmModel &model : m_model->models()) {
        if (m_model->usageCount(model.uuid()) == 0)
            ++unused;
    }
    m_chips->setUnusedState(true, unused);
}

// Where Used… and Replace Everywhere… (4.7+; updateUsage() shows them).
void MainWindow::createUsageActions()
{
    m_whereUsedAction = new QAction(tr("Where &Used…"), this);
    m_whereUsedAction->setObjectName(QStringLiteral("whereUsedAction"));
    m_whereUsedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_whereUsedAction->setStatusTip(tr("List the pipelines, knowledge bases and bots that use the current model"));
    m_whereUsedAction->setEnabled(false);
    connect(m_whereUsedAction, &QAction::triggered, this, &MainWindow::showWhereUsed);

    m_replaceAction = new QAction(tr("&Replace Everywhere…"), this);
    m_replaceAction->setObjectName(QStringLiteral("replaceModelAction"));
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_tips.insert(m_replaceAction,
                  {tr("Replace the current model by another in every pipeline"),
                   tr("Replace the current model by another model in every pipeline that uses it")});
    m_replaceAction->setEnabled(false);
    connect(m_replaceAction, &QAction::triggered, this, &MainWindow::showReplaceModel);
}

void MainWindow::showWhereUsed()
{
    const QString uuid = currentUuid();
    if (uuid.isEmpty() || !hasProviders())
        return;
    auto *dialog = new WhereUsedDialog(m_workspace, uuid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showReplaceModel()
{
    const QString uuid = currentUuid();
    if (uuid.isEmpty() || !hasProviders() || !client())
        return;
    auto *dialog = new ReplaceModelDialog(m_workspace, uuid, m_identity.name, m_identity.production, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lb::gui
