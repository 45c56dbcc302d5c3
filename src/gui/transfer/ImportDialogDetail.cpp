// The detail pane of the import dialog: the current row's action, target,
// keys, warnings and result, and the field-level diff; or, for a provider
// row, what the import does with that provider.

#include "ImportDialog.h"

#include "ImportPreviewModel.h"
#include "settings/Appearance.h"

#include "transfer/ImportRunner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>

namespace lb::gui {

namespace {

QString actionCaption(const ImportRow &row)
{
    switch (row.action) {
    case ImportAction::Create:
        return ImportDialog::tr("What the new model gets:");
    case ImportAction::Update:
        return row.changes.isEmpty() ? ImportDialog::tr("The update changes nothing.")
                                     : ImportDialog::tr("What the update changes on the server's model:");
    case ImportAction::Skip:
        break;
    }
    if (!row.hasTarget())
        return ImportDialog::tr("Not sent.");
    return row.identical ? ImportDialog::tr("Not sent. The server's model is identical.")
                         : ImportDialog::tr("Not sent. An update would change:");
}

} // namespace

QStringList ImportDialog::diffLines() const
{
    QStringList lines;
    for (int i = 0; i < m_diff->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_diff->topLevelItem(i);
        if (item->isFirstColumnSpanned())
            lines << item->text(0);
        else
            lines << QStringLiteral("%1: %2 → %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines;
}

void ImportDialog::updateDetail()
{
    const qsizetype index = currentRow();
    m_diff->clear();
    if (const qsizetype provider = currentProviderRow(); provider >= 0) {
        showProviderDetail(provider);
        return;
    }
    const bool has = index >= 0 && index < m_plan.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_actionCombo, m_keysInfo, m_diff})
        w->setVisible(has);
    if (!has) {
        m_detailTitle->setText(m_plan.size() > 0 ? tr("Select a model to see its changes.") : QString());
        m_detailReason->clear();
        m_diffCaption->clear();
        m_warnings->clear();
        m_resultInfo->hide();
        m_targetLabel->hide();
        m_targetCombo->hide();
        m_keysButton->hide();
        m_form->setRowVisible(m_form->rowCount() - 1, false);
        return;
    }
    const ImportRow &row = m_plan.row(index);
    m_form->setRowVisible(m_actionCombo, true);
    m_actionCombo->setEnabled(m_state == State::Preview);
    m_detailTitle->setText(tr("%1 — %2").arg(row.name(), ImportPreviewModel::actionName(row.action)));
    QString reason = row.reason;
    if (row.action != row.proposed)
        reason = tr("Proposed: %1 (%2). Changed by you.").arg(ImportPreviewModel::actionName(row.proposed), row.reason);
    m_detailReason->setText(reason);

    // Action: Update only with a target.
    auto *items = qobject_cast<QStandardItemModel *>(m_actionCombo->model());
    const int updateIndex = m_actionCombo->findData(int(ImportAction::Update));
    if (items && updateIndex >= 0)
        items->item(updateIndex)->setEnabled(row.hasTarget());
    m_actionCombo->setCurrentIndex(m_actionCombo->findData(int(row.action)));
    m_actionCombo->setAccessibleDescription(row.reason);

    // Target: the server models of this name, when there is a choice.
    QList<LlmModel> candidates;
    for (const LlmModel &m : std::as_const(m_current)) {
        if (m.name() == row.name() || m.uuid() == row.targetUuid())
            candidates.append(m);
    }
    const bool choice = row.ambiguous || row.matchedBy == MatchRule::Chosen || candidates.size() > 1;
    m_targetLabel->setVisible(choice);
    m_targetCombo->setVisible(choice);
    m_targetCombo->clear();
    if (choice) {
        if (!row.hasTarget())
            m_targetCombo->addItem(tr("(choose one to update)"), QString());
        for (const LlmModel &m : std::as_const(candidates))
            m_targetCombo->addItem(tr("%1 — %2 [%3]").arg(m.name(), m.requester(), m.uuid().left(8)), m.uuid());
        m_targetCombo->setCurrentIndex(std::max(0, m_targetCombo->findData(row.targetUuid())));
    }

    // Keys.
    QString keys;
    // On 4.7+ keys belong to the provider: its row says what it gets.
    const bool offerKeys = row.action == ImportAction::Create && !row.incoming.carriesKeys() && !m_onProviders;
    if (row.action == ImportAction::Skip)
        keys = tr("Not sent.");
    else if (row.hasSuppliedKeys)
        keys = row.suppliedKeys.size() == 1
            ? tr("The key you entered is sent.")
            : tr("The %n keys you entered are sent.", nullptr, int(row.suppliedKeys.size()));
    else if (row.incoming.carriesKeys())
        keys = row.incoming.model.apiKeys().isEmpty()
            ? tr("None: the file says the model has no keys.")
            : tr("The file's keys are sent (%n).", nullptr, int(row.incoming.model.apiKeys().size()));
    else if (row.keepsServerKeys())
        keys = tr("The server's keys are kept: the file has none.");
    else if (m_onProviders && row.action == ImportAction::Create)
        keys = row.providerRow >= 0
            ? tr("The keys of its provider “%1”.").arg(m_plan.providerRows().at(row.providerRow).name())
            : tr("The keys of its provider.");
    else if (row.needsKeys() && m_state == State::Done)
        keys = tr("None sent: the file has none.");
    else if (row.needsKeys())
        keys = tr("Needed: the file has none. You are asked before the import; without keys the model is "
                  "created without any.");
    else
        keys = tr("None needed.");
    m_keysInfo->setText(keys);
    if (row.needsKeys() && !m_onProviders)
        Appearance::setTextTone(m_keysInfo, Appearance::Tone::Warning);
    else
        Appearance::clearTone(m_keysInfo);
    const bool showKeysButton = offerKeys && m_state != State::Done && m_state != State::Applying;
    m_keysButton->setVisible(showKeysButton);
    m_form->setRowVisible(m_form->rowCount() - 1, showKeysButton);
    m_keysButton->setEnabled(offerKeys && m_state == State::Preview);

    showDiff(row);
    showWarningsAndResult(row.warnings, m_model->result(index));
}

void ImportDialog::showWarningsAndResult(const QStringList &warnings, const std::optional<ImportReportEntry> &result)
{
    m_warnings->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setVisible(!warnings.isEmpty() && m_state != State::Done);

    // What happened to it, in full (the table's cell may be cut short).
    m_resultInfo->setVisible(result.has_value());
    if (result) {
        m_resultInfo->setText(
            result->message.isEmpty()
                ? tr("Result: %1.").arg(ImportReport::outcomeName(result->outcome))
                : tr("Result: %1 — %2").arg(ImportReport::outcomeName(result->outcome), result->message));
        Appearance::setTextTone(m_resultInfo,
                                result->outcome == ImportOutcome::Failed        ? Appearance::Tone::Failure
                                    : result->outcome == ImportOutcome::Skipped ? Appearance::Tone::Muted
                                                                                : Appearance::Tone::Success);
    }
}

// The changes the import makes to the row's model, field by field.
void ImportDialog::showDiff(const ImportRow &row)
{
    m_diffCaption->setText(actionCaption(row));
    const QColor oldBack = Appearance::color(Appearance::Tone::ErrorBackground);
    const QColor newBack = Appearance::color(Appearance::Tone::SuccessBackground);
    const QColor dimColor = Appearance::color(Appearance::Tone::Muted);
    const QString none = QStringLiteral("—");
    for (const FieldChange &c : row.changes) {
        auto *item = new QTreeWidgetItem(m_diff);
        const bool added = c.kind == FieldChange::Kind::Added;
        const bool removed = c.kind == FieldChange::Kind::Removed;
        item->setText(0, c.path);
        item->setText(1, added ? none : c.oldText);
        item->setText(2, removed ? none : c.newText);
        item->setToolTip(0, c.toString());
        item->setToolTip(1, added ? tr("not set on the server") : c.oldText);
        item->setToolTip(2, removed ? tr("removed") : c.newText);
        if (c.secret)
            item->setIcon(0, Appearance::icon(QStringLiteral("lock")));
        if (row.action != ImportAction::Skip) {
            if (!added && row.action == ImportAction::Update)
                item->setBackground(1, oldBack);
            if (!removed)
                item->setBackground(2, newBack);
        }
        if (added)
            item->setForeground(1, dimColor);
        if (removed)
            item->setForeground(2, dimColor);
        if (row.action == ImportAction::Skip) {
            for (int col = 0; col < 3; ++col)
                item->setForeground(col, dimColor);
        }
    }
    if (row.changes.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_diff);
        item->setText(0, row.hasTarget() ? tr("No differences from the server's model.") : tr("No fields."));
        item->setForeground(0, dimColor);
        item->setFirstColumnSpanned(true);
    }
}

// A provider row: created (with or without keys) or reused; never editable.
void ImportDialog::showProviderDetail(qsizetype index)
{
    const ImportProviderRow &row = m_plan.providerRows().at(index);
    m_form->setRowVisible(m_actionCombo, false); // a provider row follows its models
    m_targetLabel->hide();
    m_targetCombo->hide();
    m_keysButton->hide();
    m_form->setRowVisible(m_form->rowCount() - 1, false);
    m_keysInfo->setVisible(true);
    m_diff->setVisible(true);
    m_detailTitle->setText(tr("Provider %1 — %2").arg(row.name(), ImportPreviewModel::providerActionName(row)));
    m_detailReason->setText(row.reason);
    QString keys;
    if (row.action != ImportAction::Create)
        keys = tr("The server's provider keeps its keys.");
    else if (!row.carriesKeys)
        keys = tr("None: the file has no keys. The provider is created without keys; add them to it on the "
                  "server before its models are used.");
    else
        keys = row.incoming.apiKeys().isEmpty()
            ? tr("None: the file says the provider has no keys.")
            : tr("The file's keys are sent (%n).", nullptr, int(row.incoming.apiKeys().size()));
    m_keysInfo->setText(keys);
    if (row.action == ImportAction::Create && !row.carriesKeys)
        Appearance::setTextTone(m_keysInfo, Appearance::Tone::Warning);
    else
        Appearance::clearTone(m_keysInfo);
    m_diffCaption->setText(row.action == ImportAction::Create ? tr("What the new provider gets:")
                                                              : tr("Reused as it is on the server."));
    const QList<FieldChange> fields
        = row.action == ImportAction::Create ? ImportPlan::diff(QJsonObject(), row.body) : QList<FieldChange>();
    for (const FieldChange &c : fields) {
        auto *item = new QTreeWidgetItem(m_diff);
        item->setText(0, c.path);
        item->setText(1, QStringLiteral("—"));
        item->setText(2, c.newText);
        if (c.secret)
            item->setIcon(0, Appearance::icon(QStringLiteral("lock")));
    }
    showWarningsAndResult(row.warnings, m_model->providerResult(index));
}

} // namespace lb::gui
