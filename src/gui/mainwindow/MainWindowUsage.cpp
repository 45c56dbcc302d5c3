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
