#include "LlmSortFilterProxy.h"

#include "LlmTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace lb {

LlmSortFilterProxy::LlmSortFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LlmTableModel::SortRole);
    setFilterRole(LlmTableModel::SearchTextRole); // so dataChanged on it re-filters
    setFilterKeyColumn(LlmTableModel::NameColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    // Qt's collator compares plainly (no numeric mode) for the C locale, which
    // is what containers and CI run in; collate like English there instead.
    const QLocale locale;
    m_collator = QCollator(locale.language() == QLocale::C ? QLocale(QLocale::English) : locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "gpt-4" before "gpt-40"
}

void LlmSortFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateRowsFilter(); // Qt 6.4 has no beginFilterChange()
}

bool LlmSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, LlmTableModel::NameColumn, sourceParent);
    return idx.data(LlmTableModel::SearchTextRole).toString().contains(m_filter, Qt::CaseInsensitive);
}

int LlmSortFilterProxy::compareValues(const QVariant &left, const QVariant &right) const
{
    const int lt = left.typeId();
    const int rt = right.typeId();
    if (lt == QMetaType::QString && rt == QMetaType::QString)
        return m_collator.compare(left.toString(), right.toString());
    if (lt == QMetaType::QDateTime && rt == QMetaType::QDateTime) {
        const QDateTime l = left.toDateTime();
        const QDateTime r = right.toDateTime();
        if (l.isValid() != r.isValid())
            return l.isValid() ? 1 : -1; // unknown times sort first
        if (!l.isValid())
            return 0;
        const qint64 a = l.toMSecsSinceEpoch();
        const qint64 b = r.toMSecsSinceEpoch();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    auto isInteger = [](int t) {
        return t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::UInt
            || t == QMetaType::ULongLong || t == QMetaType::Long || t == QMetaType::Short;
    };
    if (isInteger(lt) && isInteger(rt)) {
        const qlonglong a = left.toLongLong();
        const qlonglong b = right.toLongLong();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (left.canConvert<double>() && right.canConvert<double>() && lt != QMetaType::QString
        && rt != QMetaType::QString) {
        const double a = left.toDouble();
        const double b = right.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (!left.isValid() || !right.isValid())
        return int(left.isValid()) - int(right.isValid());
    const QPartialOrdering o = QVariant::compare(left, right);
    if (o == QPartialOrdering::Less)
        return -1;
    if (o == QPartialOrdering::Greater)
        return 1;
    return 0;
}

bool LlmSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int c = compareValues(left.data(sortRole()), right.data(sortRole()));
    if (c != 0 || left.column() == LlmTableModel::NameColumn)
        return c < 0;
    // Ties break on the name, so equal values keep a readable order.
    const QModelIndex ln = left.siblingAtColumn(LlmTableModel::NameColumn);
    const QModelIndex rn = right.siblingAtColumn(LlmTableModel::NameColumn);
    return compareValues(ln.data(sortRole()), rn.data(sortRole())) < 0;
}

} // namespace lb
