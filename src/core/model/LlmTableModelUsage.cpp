// LlmTableModel: the Used by column (where each model is used, issue 16).

#include "LlmTableModel.h"

using namespace Qt::StringLiterals;

namespace lb {

namespace {

int compareInts(int l, int r)
{
    return l < r ? -1 : (l > r ? 1 : 0);
}

} // namespace

void LlmTableModel::setUsage(const ModelUsage &usage, const QString &note)
{
    m_usage = usage;
    m_usageNote = note;
    if (m_rankColumn == UsedByColumn)
        invalidateRanks();
    emit headerDataChanged(Qt::Horizontal, UsedByColumn, UsedByColumn);
    if (!m_models.isEmpty())
        emit dataChanged(index(0, UsedByColumn), index(int(m_models.size()) - 1, UsedByColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, SortRole, UsageCountRole});
}

int LlmTableModel::usageCount(const QString &uuid) const
{
    if (!m_usage.isKnown())
        return -1;
    const int count = m_usage.useCount(uuid);
    // A missing list may hide a use: no use found is not "unused" then.
    return count == 0 && !m_usage.isComplete() ? -1 : count;
}

int LlmTableModel::compareUsage(const RowCache &l, const RowCache &r) const
{
    const int c = compareInts(usageCount(l.uuid), usageCount(r.uuid)); // unknown first
    return c != 0 ? c : l.nameKey.compare(r.nameKey);
}

QVariant LlmTableModel::usageColumnData(const QString &uuid, int role) const
{
    const QString unknown = m_usageNote.isEmpty() ? tr("Where the models are used has not been read.") : m_usageNote;
    if (uuid.isEmpty()) { // the header
        QString tip = tr("How many pipelines use the model (as primary, fallback or rerank model, or through a "
                         "knowledge base)");
        if (!m_usage.isKnown() || !m_usage.isComplete())
            tip += u"\n\n"_s + unknown;
        return tip;
    }
    const int count = usageCount(uuid);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole)
        return count < 0 ? QStringLiteral("—") : QString::number(count);
    if (count < 0)
        return unknown;
    if (count == 0)
        return tr("No pipeline or knowledge base uses this model.");
    QStringList lines;
    const QList<ModelUse> uses = m_usage.usesOf(uuid);
    for (const ModelUse &use : uses) {
        QString line = u"• "_s + ModelUsage::describe(use);
        if (!use.reasoningLevel.isEmpty())
            line += tr(" (reasoning: %1)").arg(use.reasoningLevel);
        if (!use.pipelineUuid.isEmpty()) {
            QStringList bots;
            for (const BotRef &bot : m_usage.botsOf(use.pipelineUuid))
                bots << (bot.name.isEmpty() ? bot.uuid : bot.name);
            line += u"\n   "_s
                + (bots.isEmpty() ? tr("no bot runs this pipeline") : tr("bots: %1").arg(bots.join(u", "_s)));
        }
        lines << line;
    }
    if (!m_usage.isComplete())
        lines << QString() << m_usageNote;
    return tr("Used by %n pipeline(s):", nullptr, count) + u'\n' + lines.join(u'\n');
}

} // namespace lb
