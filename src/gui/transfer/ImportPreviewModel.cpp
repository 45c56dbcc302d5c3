#include "ImportPreviewModel.h"

#include "settings/Appearance.h"

#include "model/LlmTableModel.h"
#include "model/SecretRedaction.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QIcon>

#include <iterator>

namespace lb::gui {

namespace {

using Tone = Appearance::Tone;

// How an action or an outcome shows: its colour and icon, by the enum's value.
struct Look
{
    Tone tone;
    const char *icon;
    QIcon decoration() const { return Appearance::icon(QString::fromLatin1(icon)); }
    QBrush brush() const { return QBrush(Appearance::color(tone)); }
};

constexpr Look kActionLooks[] = {
    {Tone::Success, "add"},          // Create
    {Tone::Accent, "action-update"}, // Update
    {Tone::Muted, "action-skip"},    // Skip
};
static_assert(std::size(kActionLooks) == int(ImportAction::Skip) + 1);

constexpr Look kOutcomeLooks[] = {
    {Tone::Success, "success"},   // Created
    {Tone::Success, "success"},   // Updated
    {Tone::Muted, "action-skip"}, // Skipped
    {Tone::Failure, "error"},     // Failed
};
static_assert(std::size(kOutcomeLooks) == int(ImportOutcome::Failed) + 1);

// A create the user is asked keys for: on 4.0–4.6 (on 4.7+ the model's
// provider holds the keys, and its own row says what it gets).
bool asksForKeys(const ImportRow &row)
{
    return row.needsKeys() && row.providerRow < 0;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPlan(ImportPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_results = QList<std::optional<ImportReportEntry>>(plan ? plan->size() : 0);
    m_providerResults = QList<std::optional<ImportReportEntry>>(plan ? plan->providerRows().size() : 0);
    m_runningRow = -1;
    endResetModel();
}

void ImportPreviewModel::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (rowCount() > 0)
        emit dataChanged(index(0, ActionColumn), index(rowCount() - 1, ActionColumn));
}

void ImportPreviewModel::setRunningRow(qsizetype row)
{
    const qsizetype old = m_runningRow;
    m_runningRow = row;
    if (old >= 0 && viewRow(old) < rowCount())
        emit dataChanged(index(viewRow(old), ResultColumn), index(viewRow(old), ResultColumn));
    if (row >= 0 && viewRow(row) < rowCount())
        emit dataChanged(index(viewRow(row), ResultColumn), index(viewRow(row), ResultColumn));
}

void ImportPreviewModel::setResult(qsizetype row, const ImportReportEntry &entry)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = entry;
    if (m_runningRow == row)
        m_runningRow = -1;
    emit dataChanged(index(viewRow(row), 0), index(viewRow(row), ColumnCount - 1));
}

void ImportPreviewModel::setProviderResult(qsizetype providerRow, const ImportReportEntry &entry)
{
    if (providerRow < 0 || providerRow >= m_providerResults.size())
        return;
    m_providerResults[providerRow] = entry;
    emit dataChanged(index(int(providerRow), 0), index(int(providerRow), ColumnCount - 1));
}

int ImportPreviewModel::providerRowCount() const
{
    return m_plan ? int(m_plan->providerRows().size()) : 0;
}

qsizetype ImportPreviewModel::planRow(int viewRow) const
{
    const qsizetype row = viewRow - providerRowCount();
    return viewRow >= 0 && row >= 0 && m_plan && row < m_plan->size() ? row : -1;
}

qsizetype ImportPreviewModel::providerRow(int viewRow) const
{
    return viewRow >= 0 && viewRow < providerRowCount() ? viewRow : -1;
}

void ImportPreviewModel::clearResults()
{
    for (auto &r : m_results)
        r.reset();
    for (auto &r : m_providerResults)
        r.reset();
    m_runningRow = -1;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ImportPreviewModel::rowChanged(qsizetype row)
{
    if (row >= 0 && viewRow(row) < rowCount())
        emit dataChanged(index(viewRow(row), 0), index(viewRow(row), ColumnCount - 1));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : providerRowCount() + int(m_plan->size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Create:
        return tr("Create");
    case ImportAction::Update:
        return tr("Update");
    case ImportAction::Skip:
        break;
    }
    return tr("Skip");
}

QString ImportPreviewModel::matchText(const ImportRow &row)
{
    if (row.ambiguous)
        return tr("name (ambiguous)");
    switch (row.matchedBy) {
    case MatchRule::Uuid:
        return tr("uuid");
    case MatchRule::Name:
        return tr("name");
    case MatchRule::Chosen:
        return tr("chosen");
    case MatchRule::None:
        break;
    }
    return tr("no match");
}

QString ImportPreviewModel::changesText(const ImportRow &row)
{
    const int n = int(row.changes.size());
    switch (row.action) {
    case ImportAction::Create:
        return n == 1 ? tr("new, 1 field") : tr("new, %n fields", nullptr, n);
    case ImportAction::Update:
        return n == 1 ? tr("1 change") : tr("%n changes", nullptr, n);
    case ImportAction::Skip:
        break;
    }
    if (!row.hasTarget())
        return QStringLiteral("—");
    if (row.identical)
        return tr("identical");
    return n == 1 ? tr("1 difference") : tr("%n differences", nullptr, n);
}

QString ImportPreviewModel::keysText(const ImportRow &row)
{
    if (row.action == ImportAction::Skip)
        return QStringLiteral("—");
    if (row.hasSuppliedKeys)
        return row.suppliedKeys.isEmpty() ? tr("none (entered)")
                                          : tr("%n entered", nullptr, int(row.suppliedKeys.size()));
    if (row.incoming.carriesKeys()) {
        const int n = int(row.incoming.model.apiKeys().size());
        return n == 0 ? tr("none") : tr("%n from the file", nullptr, n);
    }
    if (row.action == ImportAction::Update)
        return tr("server's kept");
    if (row.providerRow >= 0)
        return tr("its provider's"); // 4.7+: keys belong to the provider
    if (row.needsKeys())
        return tr("needed");
    return tr("none");
}

namespace {
// After the apply, a create that needed keys went without.
QString keysAfter(const ImportRow &row, const std::optional<ImportReportEntry> &result)
{
    if (result && asksForKeys(row))
        return ImportPreviewModel::tr("none sent");
    return ImportPreviewModel::keysText(row);
}
} // namespace

QString ImportPreviewModel::resultText(const ImportReportEntry &entry)
{
    QString text = ImportReport::outcomeName(entry.outcome);
    if (!entry.message.isEmpty() && entry.outcome != ImportOutcome::Skipped)
        text += QStringLiteral(": ") + entry.message;
    else if (entry.outcome == ImportOutcome::Skipped && entry.action != ImportAction::Skip)
        text += QStringLiteral(": ") + entry.message; // not applied (cancelled)
    return text;
}

QString ImportPreviewModel::providerActionName(const ImportProviderRow &row)
{
    return row.action == ImportAction::Create ? tr("Create provider") : tr("Reuse provider");
}

QString ImportPreviewModel::providerKeysText(const ImportProviderRow &row)
{
    if (row.action != ImportAction::Create)
        return tr("the server's");
    const int n = int(row.incoming.apiKeys().size());
    if (!row.carriesKeys)
        return tr("none: add later");
    return n == 0 ? tr("none") : tr("%n from the file", nullptr, n);
}

// A provider row: what the import does with it, and its result once applied.
QVariant ImportPreviewModel::providerData(const ImportProviderRow &row, qsizetype providerRow, int column,
                                          int role) const
{
    const std::optional<ImportReportEntry> &result = m_providerResults.at(providerRow);
    if (role == ProviderRowRole)
        return true;
    if (role == ActionRole || role == Qt::EditRole)
        return column == ActionColumn || role == ActionRole ? QVariant(int(row.action)) : QVariant();
    if (role == AllowedActionsRole)
        return QVariant::fromValue(QList<int>{int(row.action)});
    if (role == OutcomeRole)
        return result ? QVariant(int(result->outcome)) : QVariant();
    if (role == NeedsKeysRole)
        return row.action == ImportAction::Create && !row.carriesKeys;
    if (role == Qt::ToolTipRole) {
        QString tip
            = tr("Provider %1 — requester %2, base URL %3")
                  .arg(row.name(), row.incoming.requester(), SecretRedaction::redactUrl(row.incoming.baseUrl()));
        tip += QLatin1Char('\n') + row.reason;
        for (const QString &warning : row.warnings)
            tip += QStringLiteral("\n⚠ ") + warning;
        if (result && !result->message.isEmpty())
            tip += QLatin1Char('\n') + result->message;
        return tip;
    }
    if (role == Qt::DecorationRole) {
        if (column == NameColumn && !row.warnings.isEmpty())
            return Appearance::icon(QStringLiteral("transfer-warning"));
        if (column == ActionColumn)
            return kActionLooks[int(row.action)].decoration();
        if (column == ResultColumn && result)
            return kOutcomeLooks[int(result->outcome)].decoration();
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == ActionColumn)
            return kActionLooks[int(row.action)].brush();
        if (column == ResultColumn && result)
            return kOutcomeLooks[int(result->outcome)].brush();
        return column == NameColumn ? QVariant() : QVariant(QBrush(Appearance::color(Tone::Muted)));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return row.name();
    case ActionColumn:
        return providerActionName(row);
    case MatchColumn:
        return row.action == ImportAction::Create ? tr("no match") : tr("same setup");
    case ChangesColumn:
        return row.action == ImportAction::Create ? row.incoming.requester() : QStringLiteral("—");
    case KeysColumn:
        return providerKeysText(row);
    case ResultColumn:
        return result ? resultText(*result) : QString();
    case TypeColumn:
        return tr("Provider");
    case ProviderColumn:
        return SecretRedaction::redactUrl(row.incoming.baseUrl()); // a file's URL credentials never shown
    default:
        break;
    }
    return {};
}

QList<ImportAction> ImportPreviewModel::allowedActions(const ImportRow &row)
{
    QList<ImportAction> allowed{ImportAction::Create};
    if (row.hasTarget())
        allowed.append(ImportAction::Update);
    allowed.append(ImportAction::Skip);
    return allowed;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || !index.isValid() || index.row() >= rowCount())
        return {};
    if (const qsizetype p = providerRow(index.row()); p >= 0)
        return providerData(m_plan->providerRows().at(p), p, index.column(), role);
    const qsizetype planIndex = planRow(index.row());
    const ImportRow &row = m_plan->row(planIndex);
    const std::optional<ImportReportEntry> &result = m_results.at(planIndex);
    const bool running = m_runningRow == planIndex;
    if (role >= ActionRole)
        return modelRoleData(row, result, role);

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return row.name();
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1 — requester %2").arg(row.name(), row.incoming.model.requester());
            if (!row.incoming.model.uuid().isEmpty())
                tip += QLatin1Char('\n') + tr("uuid in the file: %1").arg(row.incoming.model.uuid());
            for (const QString &warning : row.warnings)
                tip += QStringLiteral("\n⚠ ") + warning;
            return tip;
        }
        if (role == Qt::DecorationRole && !row.warnings.isEmpty())
            return Appearance::icon(QStringLiteral("transfer-warning"));
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole)
            return actionName(row.action);
        if (role == Qt::EditRole)
            return int(row.action);
        if (role == Qt::DecorationRole)
            return kActionLooks[int(row.action)].decoration();
        if (role == Qt::ForegroundRole)
            return kActionLooks[int(row.action)].brush();
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(row.action != ImportAction::Skip);
            return f;
        }
        if (role == Qt::ToolTipRole) {
            QString tip = row.reason;
            if (row.action != row.proposed)
                tip += QLatin1Char('\n') + tr("Proposed: %1 (changed by you)").arg(actionName(row.proposed));
            if (!m_locked)
                tip += QLatin1Char('\n') + tr("Double-click or press F2 to change");
            return tip.trimmed();
        }
        break;
    case MatchColumn:
        if (role == Qt::DisplayRole)
            return matchText(row);
        if (role == Qt::ForegroundRole)
            return row.ambiguous ? QBrush(Appearance::color(Tone::Warning)) : QBrush(Appearance::color(Tone::Muted));
        if (role == Qt::ToolTipRole)
            return row.hasTarget() ? tr("Server model: %1 [%2]").arg(row.target.name(), row.targetUuid()) : row.reason;
        break;
    case ChangesColumn:
        if (role == Qt::DisplayRole)
            return changesText(row);
        if (role == Qt::ForegroundRole && row.action == ImportAction::Skip)
            return QBrush(Appearance::color(Tone::Muted));
        break;
    case KeysColumn:
        if (role == Qt::DisplayRole)
            return keysAfter(row, result);
        if (role == Qt::ForegroundRole)
            return asksForKeys(row) ? QBrush(Appearance::color(Tone::Warning)) : QBrush(Appearance::color(Tone::Muted));
        if (role == Qt::DecorationRole && asksForKeys(row))
            return Appearance::icon(QStringLiteral("key"));
        if (role == Qt::ToolTipRole) {
            if (asksForKeys(row))
                return tr("The file has no API keys for this model. You are asked for them before "
                          "the import; without keys it is created without any.");
            if (row.keepsServerKeys())
                return tr("The file has no API keys: the update keeps the server's keys.");
        }
        break;
    case ResultColumn:
        if (role == Qt::DisplayRole) {
            if (result)
                return resultText(*result);
            return running ? tr("sending…") : QString();
        }
        if (role == Qt::ToolTipRole && result)
            return result->message.isEmpty()
                ? ImportReport::outcomeName(result->outcome)
                : ImportReport::outcomeName(result->outcome) + QStringLiteral(": ") + result->message;
        if (role == Qt::ForegroundRole && result)
            return kOutcomeLooks[int(result->outcome)].brush();
        if (role == Qt::DecorationRole && result)
            return kOutcomeLooks[int(result->outcome)].decoration();
        if (role == Qt::FontRole && running) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return LlmTableModel::typeName(row.incoming.model.type());
        break;
    case ProviderColumn:
        if (role == Qt::DisplayRole && row.providerRow >= 0 && row.providerRow < m_plan->providerRows().size())
            return m_plan->providerRows().at(row.providerRow).name();
        if (role == Qt::DisplayRole)
            return row.hasTarget() ? row.target.providerUuid() : QString();
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::modelRoleData(const ImportRow &row, const std::optional<ImportReportEntry> &result,
                                           int role) const
{
    switch (role) {
    case ActionRole:
        return int(row.action);
    case AllowedActionsRole: {
        QList<int> list;
        for (const ImportAction a : allowedActions(row))
            list.append(int(a));
        return QVariant::fromValue(list);
    }
    case OutcomeRole:
        return result ? QVariant(int(result->outcome)) : QVariant();
    case NeedsKeysRole:
        return asksForKeys(row);
    case ProviderRowRole:
        return false;
    default:
        break;
    }
    return {};
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_plan || m_locked || !index.isValid() || index.column() != ActionColumn
        || (role != Qt::EditRole && role != ActionRole))
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || raw < int(ImportAction::Create) || raw > int(ImportAction::Skip))
        return false;
    const auto action = static_cast<ImportAction>(raw);
    const qsizetype row = planRow(index.row());
    if (row < 0)
        return false; // a provider row follows its models
    if (m_plan->row(row).action == action)
        return true;
    QString why;
    if (!m_plan->setAction(row, action, &why)) {
        emit actionRefused(row, why);
        return false;
    }
    rowChanged(row);
    emit actionChanged(row, action);
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ActionColumn && !m_locked && planRow(index.row()) >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[]
        = {QT_TR_NOOP("Model"),    QT_TR_NOOP("Action"), QT_TR_NOOP("Matched by"), QT_TR_NOOP("Changes"),
           QT_TR_NOOP("API keys"), QT_TR_NOOP("Result"), QT_TR_NOOP("Type"),       QT_TR_NOOP("Provider")};
    static_assert(std::size(titles) == ColumnCount);
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

QWidget *ImportActionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("actionCellEditor"));
    combo->setAccessibleName(ImportPreviewModel::tr("Action for %1")
                                 .arg(index.siblingAtColumn(ImportPreviewModel::NameColumn).data().toString()));
    const QList<int> allowed = index.data(ImportPreviewModel::AllowedActionsRole).value<QList<int>>();
    for (const int a : allowed)
        combo->addItem(ImportPreviewModel::actionName(static_cast<ImportAction>(a)), a);
    // One choice commits and closes the editor.
    connect(combo, &QComboBox::activated, combo, [this, combo] {
        auto *self = const_cast<ImportActionDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ImportActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(ImportPreviewModel::ActionRole).toInt())));
}

void ImportActionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace lb::gui
