#pragma once

#include "ModelType.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <vector>

namespace lb {

class LlmTableModel;

// Sorting (the order of LlmTableModel::SortRole) and a case-insensitive text
// filter over name, description, requester and base URL.
//
// On an LlmTableModel it reads the model's per-row caches directly (no
// QVariant, no collator): strings sort by LlmTableModel::sortKey() — natural
// numbers, lower case, otherwise by code point — and the filter is lower-cased
// once and looked for in the cached lower-case text. It also tells the model
// its sort (setAppendOrder), so rows added by applyModels() arrive in batches
// the proxy takes as one block each. On another source model it compares
// SortRole values and searches SearchTextRole, slowly.
class LlmSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LlmSortFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    // Rows must be of one of these types (empty: every type).
    void setTypeFilter(const QList<ModelType> &types);
    QList<ModelType> typeFilter() const;
    // Rows must use this provider (ProviderUuidRole; empty: every provider).
    void setProviderFilter(const QString &providerUuid);
    QString providerFilter() const { return m_providerUuid; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<LlmTableModel> m_table; // the source, when it is one
    QString m_filter;                // trimmed, as typed
    QString m_needle;                // m_filter in lower case
    unsigned m_types = 0;            // bit int(ModelType) set: shown; 0: all
    QString m_providerUuid;          // empty: all

    // While setFilterText() runs: which source rows match (one pass).
    static constexpr int kRebuildAbove = 500; // rows shown or hidden at once
    std::vector<bool> m_matches;
    bool m_useMatches = false;
};

} // namespace lb
