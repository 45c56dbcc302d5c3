#pragma once

#include <QCollator>
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
    // <0, 0, >0 for two SortRole values (strings, numbers, date-times).
    int compareValues(const QVariant &left, const QVariant &right) const;

    QString m_filter;
    QCollator m_collator;
};

} // namespace lb
