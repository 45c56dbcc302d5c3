#pragma once

#include "model/LlmSortFilterProxy.h"
#include "model/TestOutcome.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace lb {
class TestHistory;
}

namespace lb::gui {

// The window's proxy: LlmSortFilterProxy (sort, text filter) plus the filter
// chips (abilities, last-test status) and the history of tests in the tooltip
// of the Last test cell.
//
// The status filter looks at the last settled result of a model: while a
// model waits or is being tested (or its test was cancelled), it counts as
// what it was before (setSettledState), so rows do not jump out of a
// "Failed" view while they are re-tested.
class ModelViewProxy : public LlmSortFilterProxy
{
    Q_OBJECT
public:
    enum Status { StatusOk = 0x1, StatusFailed = 0x2, StatusNever = 0x4 };
    Q_DECLARE_FLAGS(Statuses, Status)

    explicit ModelViewProxy(QObject *parent = nullptr);

    // Rows must have every one of these abilities (none: no condition).
    void setRequiredAbilities(const QStringList &abilities);
    QStringList requiredAbilities() const { return m_abilities; }
    // Rows must have one of these statuses (none: no condition).
    void setStatusFilter(Statuses statuses);
    Statuses statusFilter() const { return m_statuses; }
    // Only models no pipeline or knowledge base uses (UsageCountRole 0;
    // a row whose usage is not known is hidden too).
    void setUnusedOnly(bool unusedOnly);
    bool unusedOnly() const { return m_unusedOnly; }
    bool hasChipFilter() const
    {
        return !m_abilities.isEmpty() || m_statuses || !typeFilter().isEmpty() || m_unusedOnly;
    }

    // The status a row counts as while its displayed state is not a result
    // (queued, running, cancelled). clearSettledStates() forgets them all.
    void setSettledState(const QString &uuid, TestOutcome::State state);
    void clearSettledState(const QString &uuid);
    void clearSettledStates();
    // Ok, Failed or Never for the row (source row of the source model).
    TestOutcome::State settledState(int sourceRow) const;
    static Status statusOf(TestOutcome::State settled);

    // The history shown in the tooltip of the Last test column (not owned).
    void setHistory(TestHistory *history);
    // The tooltip of a model's Last test cell: its history, newest first.
    QString historyToolTip(const QString &uuid, TestOutcome::State current) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QStringList m_abilities;
    Statuses m_statuses;
    bool m_unusedOnly = false;
    QHash<QString, TestOutcome::State> m_settled;
    QPointer<TestHistory> m_history;
    QTimer m_refilter; // coalesces re-filtering while tests finish
};

} // namespace lb::gui

Q_DECLARE_OPERATORS_FOR_FLAGS(lb::gui::ModelViewProxy::Statuses)
