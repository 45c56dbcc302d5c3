#include "ReplaceModelDialog.h"
#include "ui_ReplaceModelDialog.h"

#include "models/ModelDeletion.h"
#include "settings/Appearance.h"
#include "widgets/MessageBox.h"
#include "widgets/RequestIdButton.h"

#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "usage/ReplaceRunner.h"
#include "workspace/ServerWorkspace.h"

#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace lb::gui {

namespace {

using Outcome = ReplaceRunner::Result::Outcome;

// "primary model: …" as the first words of a line.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QStringList botNames(const QList<BotRef> &bots)
{
    QStringList names;
    for (const BotRef &bot : bots)
        names << (bot.name.isEmpty() ? bot.uuid : bot.name);
    return names;
}

} // namespace

ReplaceModelDialog::ReplaceModelDialog(ServerWorkspace *workspace, const QString &oldUuid, const QString &profileName,
                                       bool production, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplaceModelDialog>())
    , m_workspace(workspace)
    , m_oldUuid(oldUuid)
    , m_oldName(workspace->modelName(oldUuid))
    , m_profileName(profileName)
    , m_production(production)
    , m_generation(workspace->serverGeneration())
    , m_runner(new ReplaceRunner(workspace->client(), this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Replace “%1” Everywhere").arg(m_oldName));
    setAccessibleName(windowTitle());

    QTreeWidget *tree = m_ui->replacePlan;
    tree->setAccessibleName(tr("Plan of the replacement"));
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->replaceProgress->hide();
    m_requestId = new RequestIdButton(this);
    m_requestId->setObjectName(QStringLiteral("replaceRequestId"));
    m_ui->statusRow->addWidget(m_requestId);

    QComboBox *combo = m_ui->replaceSuccessor;
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->lineEdit()->setPlaceholderText(tr("Type or pick the model that takes its place"));
    combo->setToolTip(tr("The models of the same type on this server"));

    m_apply = m_ui->buttons->addButton(tr("&Replace"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("replaceApplyButton"));
    m_stop = m_ui->buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("replaceStopButton"));
    m_stop->setToolTip(tr("Send nothing more (a pipeline being written finishes)"));
    m_deleteOld = m_ui->buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    m_deleteOld->setObjectName(QStringLiteral("replaceDeleteOldButton"));
    m_deleteOld->hide();
    QPushButton *close = m_ui->buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("replaceCloseButton"));
    // Enter in the searchable combo picks a model; it never applies or closes
    // (no default button: Apply has ApplyRole, which the button box does not make default).
    for (QPushButton *button : {m_apply, m_stop, m_deleteOld, close})
        button->setAutoDefault(false);
    connect(m_apply, &QPushButton::clicked, this, &ReplaceModelDialog::apply);
    connect(m_stop, &QPushButton::clicked, this, &ReplaceModelDialog::stop);
    connect(m_deleteOld, &QPushButton::clicked, this, &ReplaceModelDialog::deleteOld);
    connect(close, &QPushButton::clicked, this, &ReplaceModelDialog::reject);

    connect(combo, &QComboBox::currentIndexChanged, this, &ReplaceModelDialog::rebuildPlan);
    connect(tree, &QTreeWidget::currentItemChanged, this, &ReplaceModelDialog::showResultDetail);
    connect(m_runner, &ReplaceRunner::rowFinished, this, &ReplaceModelDialog::onRowFinished);
    connect(m_runner, &ReplaceRunner::finished, this, &ReplaceModelDialog::onRunFinished);
    connect(workspace, &ServerWorkspace::usageChanged, this, &ReplaceModelDialog::onUsageChanged);
    connect(workspace, &ServerWorkspace::modelDeleted, this, &ReplaceModelDialog::onModelDeleted);
    connect(workspace, &ServerWorkspace::permissionsChanged, this, &ReplaceModelDialog::updateControls);
    connect(workspace, &ServerWorkspace::offlineChanged, this, &ReplaceModelDialog::updateControls);
    // The models and pipelines belong to the server they were read from.
    // (Not from inside the typed confirmation, whose dialog is our child.)
    connect(workspace, &ServerWorkspace::serverChanged, this, [this] {
        m_runner->cancel();
        m_serverChanged = true;
        if (!m_asking)
            done(QDialog::Rejected);
    });

    showOldModel();
    fillSuccessors();
    rebuildPlan();
}

ReplaceModelDialog::~ReplaceModelDialog() = default;

QComboBox *ReplaceModelDialog::successorCombo() const
{
    return m_ui->replaceSuccessor;
}

QTreeWidget *ReplaceModelDialog::planView() const
{
    return m_ui->replacePlan;
}

QString ReplaceModelDialog::planState() const
{
    return m_ui->replacePlanState->text();
}

QString ReplaceModelDialog::summary() const
{
    return m_ui->replaceSummary->text();
}

QString ReplaceModelDialog::resultDetail() const
{
    return m_ui->replaceResultDetail->text();
}

QProgressBar *ReplaceModelDialog::progressBar() const
{
    return m_ui->replaceProgress;
}

bool ReplaceModelDialog::isRunning() const
{
    return m_runner->isRunning();
}

QString ReplaceModelDialog::successorUuid() const
{
    return m_ui->replaceSuccessor->currentData().toString();
}

bool ReplaceModelDialog::setSuccessor(const QString &uuid)
{
    const int index = m_ui->replaceSuccessor->findData(uuid);
    if (index < 0)
        return false;
    m_ui->replaceSuccessor->setCurrentIndex(index);
    return true;
}

QTreeWidgetItem *ReplaceModelDialog::pipelineItem(int row) const
{
    return row >= 0 && row < m_plan.rows().size() ? m_ui->replacePlan->topLevelItem(row) : nullptr;
}

void ReplaceModelDialog::showOldModel()
{
    const LlmTableModel *table = m_workspace->models();
    const int row = table->rowOf(m_oldUuid);
    if (row < 0) {
        m_ui->replaceOldModel->setText(m_oldName);
        return;
    }
    const LlmModel &model = table->modelAt(row);
    const std::optional<Provider> provider = table->providerOf(model);
    const QString type = LlmTableModel::typeName(model.type());
    m_ui->replaceOldModel->setText(provider ? tr("%1 (%2, provider %3)").arg(model.name(), type, provider->name())
                                            : tr("%1 (%2)").arg(model.name(), type));
    m_ui->replaceOldModel->setToolTip(m_oldUuid);
}

void ReplaceModelDialog::fillSuccessors()
{
    const LlmTableModel *table = m_workspace->models();
    const int oldRow = table->rowOf(m_oldUuid);
    QList<LlmModel> candidates;
    for (const LlmModel &model : table->models()) {
        if (oldRow >= 0 && model.type() == table->modelAt(oldRow).type() && model.uuid() != m_oldUuid)
            candidates << model;
    }
    std::sort(candidates.begin(), candidates.end(), [](const LlmModel &l, const LlmModel &r) {
        return LlmTableModel::sortKey(l.name()) < LlmTableModel::sortKey(r.name());
    });
    QComboBox *combo = m_ui->replaceSuccessor;
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const LlmModel &model : std::as_const(candidates)) {
        const std::optional<Provider> provider = table->providerOf(model);
        combo->addItem(provider ? tr("%1 — %2").arg(model.name(), provider->name()) : model.name(), model.uuid());
        combo->setItemData(combo->count() - 1, model.uuid(), Qt::ToolTipRole);
    }
    combo->setCurrentIndex(-1);
}

QString ReplaceModelDialog::blockReason() const
{
    if (!m_workspace || !m_workspace->client() || m_workspace->serverGeneration() != m_generation)
        return tr("Not connected to the server the plan was made for.");
    if (m_workspace->isOffline())
        return tr("Not available offline: the server cannot be reached.");
    if (!m_workspace->permissions().allows(Permissions::Action::EditPipelines))
        return tr("Changing pipelines needs the permission “%1”, which this key or account does not have.")
            .arg(Permissions::requiredFor(Permissions::Action::EditPipelines));
    return {};
}

void ReplaceModelDialog::rebuildPlan()
{
    if (!m_workspace || isRunning())
        return;
    m_ran = false;
    m_rereading = false;
    m_plan = ReplacePlan();
    const LlmTableModel *table = m_workspace->models();
    const ModelUsage &usage = m_workspace->usage();
    const int oldRow = table->rowOf(m_oldUuid);
    const int newRow = table->rowOf(successorUuid());
    if (oldRow < 0) {
        m_state = tr("“%1” is not on the server any more.").arg(m_oldName);
    } else if (m_workspace->isUsageLoading()) {
        m_state = tr("Reading the pipelines, bots and knowledge bases…");
    } else if (!usage.isKnown() || !usage.isComplete() || m_workspace->usageError().isError()) {
        QString why = m_workspace->usageNote();
        if (why.isEmpty())
            why = m_workspace->usageError().isError() ? m_workspace->usageError().message() : tr("they were not read.");
        m_state = tr("The plan needs the pipelines, bots and knowledge bases: %1").arg(why);
    } else if (newRow < 0) {
        m_state = tr("Choose the model that takes the place of “%1”.").arg(m_oldName);
    } else {
        m_plan = ReplacePlan::make(table->modelAt(oldRow), table->modelAt(newRow),
                                   m_workspace->usageList(ModelUsage::Source::Pipelines),
                                   m_workspace->usageList(ModelUsage::Source::Bots),
                                   m_workspace->usageList(ModelUsage::Source::KnowledgeBases));
        if (!m_plan.isValid())
            m_state = m_plan.error();
        else if (m_plan.isEmpty() && m_plan.basesToRecreate().isEmpty())
            m_state = tr("No pipeline uses “%1”: there is nothing to replace.").arg(m_oldName);
        else if (m_plan.isEmpty())
            m_state = tr("No pipeline names “%1” itself: there is nothing to replace, but the knowledge bases below "
                         "embed with it.")
                          .arg(m_oldName);
        else
            m_state = tr("%n pipeline(s) change. Each is read again just before it is written, and only these fields "
                         "change; writing a pipeline clears its conversations in memory.",
                         nullptr, int(m_plan.rows().size()));
    }
    const std::optional<Provider> provider
        = newRow >= 0 ? table->providerOf(table->modelAt(newRow)) : std::optional<Provider>();
    m_ui->replaceSuccessorProvider->setText(provider ? provider->name() : QString());
    showPlan();
}

void ReplaceModelDialog::showPlan()
{
    QHash<QString, QString> names;
    for (const LlmModel &model : m_workspace->models()->models())
        names.insert(model.uuid(), model.name());
    QTreeWidget *tree = m_ui->replacePlan;
    tree->clear();
    addPipelineRows(names);
    addBaseRows();
    tree->expandAll();
    tree->setVisible(tree->topLevelItemCount() > 0);
    m_ui->replaceSummary->clear();
    showResultDetail();
    updateControls();
}

void ReplaceModelDialog::addPipelineRows(const QHash<QString, QString> &names)
{
    QTreeWidget *tree = m_ui->replacePlan;
    for (const ReplaceRow &row : m_plan.rows()) {
        auto *item = new QTreeWidgetItem(
            tree, {tr("Pipeline “%1”").arg(row.pipelineName.isEmpty() ? row.pipelineUuid : row.pipelineName)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setToolTip(0, row.pipelineUuid);
        for (const ReplaceChange &change : row.changes) {
            const QString text = sentence(ReplacePlan::describe(change, names));
            auto *child = new QTreeWidgetItem(item, {text, QString(), change.path});
            child->setToolTip(0, text);
            child->setToolTip(2, change.path);
        }
        const QStringList bots = botNames(row.bots);
        const QString botText = bots.isEmpty() ? tr("No bot runs this pipeline.")
                                               : tr("Bots that will notice: %1").arg(bots.join(QStringLiteral(", ")));
        auto *botItem = new QTreeWidgetItem(item, {botText});
        botItem->setToolTip(0, botText);
    }
}

void ReplaceModelDialog::addBaseRows()
{
    if (m_plan.basesToRecreate().isEmpty())
        return;
    auto *section = new QTreeWidgetItem(m_ui->replacePlan, {tr("Knowledge bases to recreate (never edited)")});
    QFont bold = section->font(0);
    bold.setBold(true);
    section->setFont(0, bold);
    for (const RecreateBase &base : m_plan.basesToRecreate()) {
        const QString text = m_plan.describe(base);
        auto *child = new QTreeWidgetItem(section, {text});
        child->setToolTip(0, text);
        child->setIcon(0, Appearance::noticeIcon(Appearance::Notice::Warning));
    }
}

void ReplaceModelDialog::apply()
{
    if (isRunning() || m_asking)
        return;
    if (m_ran) { // "Plan Again": from the pipelines as read after the run
        rebuildPlan();
        return;
    }
    if (!m_plan.isValid() || m_plan.isEmpty() || !blockReason().isEmpty())
        return;
    if (m_production) {
        const int rows = int(m_plan.rows().size());
        const QString text
            = tr("Replace “%1” by “%2” in %n pipeline(s)?", nullptr, rows).arg(m_plan.oldName(), m_plan.newName())
            + QStringLiteral("\n\n") + tr("“%1” is a production server.").arg(m_profileName);
        const QPointer<ReplaceModelDialog> self(this);
        m_asking = true;
        m_usageMoved = false;
        updateControls();
        const bool confirmed
            = MessageBox::confirmByTyping(this, tr("Replace model on production"), text, m_profileName, tr("&Replace"));
        if (!self)
            return;
        m_asking = false;
        if (m_serverChanged) {
            done(QDialog::Rejected);
            return;
        }
        if (!confirmed) {
            updateControls();
            return;
        }
        // While the question was open the server, its models or its
        // pipelines may have changed: nothing is sent for an old plan.
        const LlmTableModel *table = m_workspace ? m_workspace->models() : nullptr;
        if (!blockReason().isEmpty() || m_usageMoved || table->rowOf(m_plan.oldUuid()) < 0
            || table->rowOf(m_plan.newUuid()) < 0) {
            rebuildPlan();
            m_ui->replaceSummary->setText(
                tr("Nothing was sent: the server, its models or its pipelines changed while you confirmed. Check "
                   "the plan again."));
            return;
        }
    }
    for (int row = 0; row < m_plan.rows().size(); ++row)
        pipelineItem(row)->setText(1, row == 0 ? tr("Writing…") : tr("Waiting"));
    m_ui->replaceSummary->clear();
    m_ui->replaceProgress->setRange(0, int(m_plan.rows().size()));
    m_ui->replaceProgress->setValue(0);
    if (!m_runner->start(m_plan)) {
        for (int row = 0; row < m_plan.rows().size(); ++row)
            pipelineItem(row)->setText(1, QString());
        m_ui->replaceSummary->setText(m_runner->refusal());
    }
    updateControls();
}

void ReplaceModelDialog::stop()
{
    m_runner->cancel();
}

void ReplaceModelDialog::reject()
{
    m_runner->cancel(); // nothing more is sent once closed
    QDialog::reject();
}

void ReplaceModelDialog::onRowFinished(int row)
{
    QTreeWidgetItem *item = pipelineItem(row);
    if (!item)
        return;
    const ReplaceRunner::Result &result = m_runner->results().at(row);
    switch (result.outcome) {
    case Outcome::Pending:
        break;
    case Outcome::Changed:
        item->setText(1, tr("Changed"));
        item->setIcon(1, Appearance::icon(QStringLiteral("success")));
        break;
    case Outcome::Skipped:
        item->setText(1, tr("Skipped"));
        item->setIcon(1, Appearance::noticeIcon(Appearance::Notice::Warning));
        break;
    case Outcome::Failed:
        item->setText(1, tr("Failed"));
        item->setIcon(1, Appearance::noticeIcon(Appearance::Notice::Error));
        break;
    case Outcome::Cancelled:
        item->setText(1, tr("Cancelled"));
        break;
    }
    item->setToolTip(1, result.message);
    item->setData(1, Qt::UserRole, result.requestId);
    if (result.outcome == Outcome::Skipped || result.outcome == Outcome::Failed) {
        auto *why = new QTreeWidgetItem(item, {result.message});
        why->setToolTip(0, result.message);
        item->setExpanded(true);
    }
    if (QTreeWidgetItem *next = pipelineItem(row + 1); next && m_runner->isRunning())
        next->setText(1, tr("Writing…"));
    m_ui->replaceProgress->setValue(row + 1);
    showResultDetail();
}

void ReplaceModelDialog::onRunFinished()
{
    m_ran = true;
    QStringList parts{tr("%n changed", nullptr, m_runner->count(Outcome::Changed))};
    if (const int skipped = m_runner->count(Outcome::Skipped))
        parts << tr("%n skipped", nullptr, skipped);
    if (const int failed = m_runner->count(Outcome::Failed))
        parts << tr("%n failed", nullptr, failed);
    if (const int cancelled = m_runner->count(Outcome::Cancelled))
        parts << tr("%n cancelled", nullptr, cancelled);
    m_runSummary = tr("Done: %1.").arg(parts.join(QStringLiteral(", ")));
    m_ui->replaceSummary->setText(m_runSummary);
    // The pipelines changed: the table's Used by column and the delete
    // question must read them again.
    if (m_runner->count(Outcome::Changed) > 0 && m_workspace && m_workspace->serverGeneration() == m_generation) {
        m_workspace->reloadUsage();
        m_rereading = m_workspace->isUsageLoading();
        if (m_rereading)
            m_ui->replaceSummary->setText(m_runSummary + QLatin1Char(' ') + tr("Reading the pipelines again…"));
    }
    updateControls();
    emit runFinished();
}

void ReplaceModelDialog::onUsageChanged()
{
    if (m_asking) {
        m_usageMoved = true;
        return;
    }
    if (isRunning())
        return;
    if (!m_rereading) {
        if (!m_ran) // the plan follows the pipelines until it is applied
            rebuildPlan();
        return;
    }
    m_rereading = false;
    const int uses = m_workspace->models()->usageCount(m_oldUuid);
    if (uses == 0)
        m_runSummary += QLatin1Char(' ') + tr("Nothing uses “%1” any more.").arg(m_oldName);
    else if (uses > 0)
        m_runSummary += QLatin1Char(' ') + tr("“%1” is still used by %n pipeline(s).", nullptr, uses).arg(m_oldName);
    m_ui->replaceSummary->setText(m_runSummary);
    updateControls();
    emit usageReread();
}

void ReplaceModelDialog::deleteOld()
{
    if (!m_workspace || isRunning() || m_rereading || m_asking)
        return;
    const QPointer<ReplaceModelDialog> self(this);
    m_asking = true; // the question's dialog is our child: we close only after it
    ModelDeletion::run(this, m_workspace, {m_oldUuid}, m_profileName, m_production);
    if (!self)
        return;
    m_asking = false;
    if (m_serverChanged)
        done(QDialog::Rejected);
    else
        updateControls();
}

void ReplaceModelDialog::onModelDeleted(const QString &uuid)
{
    if (uuid != m_oldUuid)
        return;
    m_oldDeleted = true;
    m_runSummary += QLatin1Char(' ') + tr("“%1” was deleted.").arg(m_oldName);
    m_ui->replaceSummary->setText(m_runSummary);
    updateControls();
}

void ReplaceModelDialog::showResultDetail()
{
    // The selected pipeline's result in full (the tree elides it), else the
    // first one that did not go through; with its request id to copy.
    QTreeWidgetItem *item = m_ui->replacePlan->currentItem();
    while (item && item->parent())
        item = item->parent();
    const int selected = m_ui->replacePlan->indexOfTopLevelItem(item);
    const bool ran = m_ran || isRunning(); // else the results are of an earlier plan
    const QList<ReplaceRunner::Result> &results = m_runner->results();
    int row = ran && selected >= 0 && selected < results.size() ? selected : -1;
    for (int i = 0; row < 0 && ran && i < results.size(); ++i) {
        if (results.at(i).outcome == Outcome::Failed || results.at(i).outcome == Outcome::Skipped)
            row = i;
    }
    const ReplaceRunner::Result result = row >= 0 ? results.at(row) : ReplaceRunner::Result();
    const QString text = !result.message.isEmpty()
        ? tr("Pipeline “%1”: %2").arg(m_plan.rows().at(row).pipelineName, result.message)
        : QString();
    m_ui->replaceResultDetail->setText(text);
    m_ui->replaceResultDetail->setVisible(!text.isEmpty());
    m_requestId->setRequestId(result.requestId);
}

void ReplaceModelDialog::updateControls()
{
    const bool running = isRunning();
    const QString reason = blockReason();
    m_ui->replaceSuccessor->setEnabled(!running && !m_asking);
    m_stop->setEnabled(running);
    const int rows = int(m_plan.rows().size());
    if (m_ran) {
        m_apply->setText(tr("Plan &Again"));
        m_apply->setToolTip(tr("Make the plan again from the pipelines as they are now"));
        m_apply->setEnabled(!running && !m_rereading && !m_asking);
    } else {
        m_apply->setText(rows > 0 ? tr("&Replace in %n Pipeline(s)", nullptr, rows) : tr("&Replace"));
        m_apply->setToolTip(reason.isEmpty() ? tr("Write the changes above to the server, one pipeline at a time")
                                             : reason);
        m_apply->setEnabled(!running && !m_asking && rows > 0 && m_plan.isValid() && reason.isEmpty());
    }
    m_ui->replacePlanState->setText(m_ran || reason.isEmpty() || rows == 0 ? m_state
                                                                           : m_state + QLatin1Char('\n') + reason);

    const bool oldListed = m_workspace && m_workspace->models()->rowOf(m_oldUuid) >= 0;
    m_deleteOld->setText(tr("&Delete “%1”…").arg(m_oldName));
    m_deleteOld->setVisible(m_ran && m_runner->count(Outcome::Changed) > 0 && oldListed && !m_oldDeleted);
    const bool mayDelete = m_workspace && m_workspace->client() && m_workspace->serverGeneration() == m_generation
        && !m_workspace->isOffline() && m_workspace->permissions().allows(Permissions::Action::Delete);
    m_deleteOld->setEnabled(!running && !m_rereading && !m_asking && mayDelete);
    m_deleteOld->setToolTip(tr("Delete the old model (asks first, and names anything that still uses it)"));

    QProgressBar *progress = m_ui->replaceProgress;
    const bool loading = !m_ran && m_workspace && m_workspace->isUsageLoading();
    if (loading)
        progress->setRange(0, 0);
    progress->setVisible(running || loading);
}

} // namespace lb::gui
