#include "WhereUsedDialog.h"

#include "model/LlmTableModel.h"
#include "api/ApiClient.h"
#include "workspace/ServerWorkspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lb::gui {

WhereUsedDialog::WhereUsedDialog(const ServerWorkspace *workspace, const QString &modelUuid, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("whereUsedDialog"));
    const QString name = workspace->modelName(modelUuid);
    setWindowTitle(tr("Where “%1” Is Used").arg(name));

    m_summary->setObjectName(QStringLiteral("whereUsedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("whereUsedList"));
    m_list->setAccessibleName(tr("Uses of the model"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Use"), tr("Bots")});
    m_list->header()->setStretchLastSection(true);

    const LlmTableModel *table = workspace->models();
    const ModelUsage &usage = table->usage();
    const int count = table->usageCount(modelUuid);
    for (const ModelUse &use : usage.usesOf(modelUuid)) {
        QString text = ModelUsage::describe(use);
        if (!use.reasoningLevel.isEmpty())
            text += tr(" (reasoning: %1)").arg(use.reasoningLevel);
        QStringList bots;
        if (!use.pipelineUuid.isEmpty()) {
            for (const BotRef &bot : usage.botsOf(use.pipelineUuid))
                bots << (bot.name.isEmpty() ? bot.uuid : bot.name);
        }
        const QString botText = use.pipelineUuid.isEmpty() ? QString()
            : bots.isEmpty()                               ? tr("none")
                                                           : bots.join(QStringLiteral(", "));
        auto *item = new QTreeWidgetItem(m_list, {text, botText});
        item->setToolTip(0, text);
        item->setToolTip(1, botText);
    }
    QString summary;
    if (count < 0)
        summary = tr("Where “%1” is used is not fully known: %2").arg(name, table->usageNote());
    else if (count == 0)
        summary = tr("No pipeline or knowledge base uses “%1”: deleting it breaks no bot.").arg(name);
    else
        summary = tr("“%1” is used by %n pipeline(s):", nullptr, count).arg(name);
    if (count > 0 && !usage.isComplete())
        summary += QStringLiteral("\n") + table->usageNote();
    m_summary->setText(summary);
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_list->resizeColumnToContents(0);
    resize(std::clamp(m_list->columnWidth(0) + 240, 640, 1000), 320);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

QString WhereUsedDialog::summary() const
{
    return m_summary->text();
}

} // namespace lb::gui
