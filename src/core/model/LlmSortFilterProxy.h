#pragma once

#include <QSortFilterProxyModel>

namespace lb {

// Sorting (on LlmTableModel::SortRole) and a case-insensitive text filter over
// name, description, requester and base URL.
class LlmSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LlmSortFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filter;
};

} // namespace lb
