#include "LlmSortFilterProxy.h"

#include "Provider.h"

#include "LlmTableModel.h"

#include <cstdlib>

namespace lb {

LlmSortFilterProxy::LlmSortFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The roles still matter: dataChanged on them re-sorts and re-filters.
    setSortRole(LlmTableModel::SortRole);
    setFilterRole(LlmTableModel::SearchTextRole);
    setFilterKeyColumn(LlmTableModel::NameColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void LlmSortFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_table && m_table != sourceModel)
        m_table->setAppendOrder(-1);
    m_table = qobject_cast<LlmTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_table)
        m_table->setAppendOrder(sortColumn(), sortOrder());
}

void LlmSortFilterProxy::sort(int column, Qt::SortOrder order)
{
    QSortFilterProxyModel::sort(column, order);
    if (m_table)
        m_table->setAppendOrder(sortColumn(), sortOrder());
}

void LlmSortFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    m_needle = trimmed.toLower();
    if (!m_table) {
        invalidateRowsFilter(); // Qt 6.4 has no beginFilterChange()
        return;
    }
    // Typing re-sorts the same rows again and again: rank them once.
    if (sortColumn() >= 0)
        m_table->prepareSortRanks(sortColumn());
    // One pass decides every row; the proxy then reads the answers.
    const int rows = m_table->rowCount();
    m_matches.assign(size_t(rows), true);
    int matching = rows;
    if (!m_needle.isEmpty()) {
        for (int row = 0; row < rows; ++row) {
            if (!m_table->rowContains(row, m_needle)) {
                m_matches[size_t(row)] = false;
                --matching;
            }
        }
    }
    // Qt shows or hides the rows that change one run at a time, each run
    // costing a pass over all rows: fine for a few, slow for thousands spread
    // over a sorted table. Then rebuilding the mapping (a layout change;
    // selections and persistent indexes survive) is much cheaper.
    const int changing = std::abs(matching - rowCount());
    m_useMatches = true;
    if (changing > std::max(kRebuildAbove, rows / 10)) {
        invalidate();
        (void)rowCount(); // rebuilds the mapping now, with the answers
    } else {
        invalidateRowsFilter();
    }
    m_useMatches = false;
    m_matches.clear();
}

void LlmSortFilterProxy::setTypeFilter(const QList<ModelType> &types)
{
    unsigned bits = 0;
    for (const ModelType type : types)
        bits |= 1u << int(type);
    if (bits == m_types)
        return;
    m_types = bits;
    invalidateRowsFilter();
}

QList<ModelType> LlmSortFilterProxy::typeFilter() const
{
    QList<ModelType> types;
    for (const ModelType type : allModelTypes) {
        if (m_types & (1u << int(type)))
            types.append(type);
    }
    return types;
}

void LlmSortFilterProxy::setProviderFilter(const QString &providerUuid)
{
    if (providerUuid == m_providerUuid)
        return;
    m_providerUuid = providerUuid;
    invalidateRowsFilter();
}

bool LlmSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if ((m_types != 0 || !m_providerUuid.isEmpty()) && !sourceParent.isValid()) {
        const bool table = m_table != nullptr;
        const QModelIndex idx = sourceModel()->index(sourceRow, LlmTableModel::NameColumn);
        if (m_types != 0) {
            const ModelType type = table
                ? m_table->modelAt(sourceRow).type()
                : modelTypeFromId(idx.data(LlmTableModel::TypeRole).toString()).value_or(ModelType::Llm);
            if (!(m_types & (1u << int(type))))
                return false;
        }
        if (!m_providerUuid.isEmpty()) {
            // A 4.0–4.6 model has no provider: it belongs to the implicit one
            // of its requester, base URL and keys (the providers pane's rows).
            QString provider = idx.data(LlmTableModel::ProviderUuidRole).toString();
            if (table && provider.isEmpty())
                provider = Provider::implicitProviderUuid(m_table->modelAt(sourceRow));
            if (provider != m_providerUuid)
                return false;
        }
    }
    if (m_needle.isEmpty())
        return true;
    if (m_useMatches && !sourceParent.isValid() && size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)];
    if (m_table && !sourceParent.isValid())
        return m_table->rowContains(sourceRow, m_needle);
    const QModelIndex idx = sourceModel()->index(sourceRow, LlmTableModel::NameColumn, sourceParent);
    return idx.data(LlmTableModel::SearchTextRole).toString().contains(m_needle, Qt::CaseInsensitive);
}

bool LlmSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_table && left.model() == m_table && right.model() == m_table)
        return m_table->compareRows(left.row(), right.row(), left.column()) < 0;
    const QPartialOrdering o = QVariant::compare(left.data(sortRole()), right.data(sortRole()));
    return o == QPartialOrdering::Less;
}

} // namespace lb
