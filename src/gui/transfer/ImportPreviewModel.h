#pragma once

#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStyledItemDelegate>

#include <optional>

namespace lb::gui {

// The rows of an import preview: first one per provider the plan needs on a
// 4.7+ server (ImportPlan::providerRows(): create, or reuse an existing one;
// not editable), then one per document model, with its type, its provider,
// (editable: Create, Update or Skip), how it was matched, what it changes,
// what happens to its API keys and, once applied, its result. It shows an
// ImportPlan it does not own; changing an action goes through the plan
// (ImportPlan::setAction), so the body and the diff stay right.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ActionColumn,
        MatchColumn,
        ChangesColumn,
        KeysColumn,
        ResultColumn,
        TypeColumn,     // model type, or "Provider" (hidden for a 4.0–4.6 target)
        ProviderColumn, // the model's provider row (hidden for a 4.0–4.6 target)
        ColumnCount
    };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int(ImportAction)
        // QList<int> of the actions the row allows (Update needs a target)
        AllowedActionsRole,
        OutcomeRole,     // int(ImportOutcome), invalid before the row is done
        NeedsKeysRole,   // bool
        ProviderRowRole, // bool: a provider row, not a model
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // plan: not owned, must outlive the model (or be reset to nullptr).
    void setPlan(ImportPlan *plan);
    ImportPlan *plan() const { return m_plan; }

    // While applying, actions cannot be changed.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // Progress of the apply: the row being sent, and the rows done.
    void setRunningRow(qsizetype row);
    void setResult(qsizetype row, const ImportReportEntry &entry);
    std::optional<ImportReportEntry> result(qsizetype row) const { return m_results.value(row); }
    void clearResults();

    // The plan's row changed (action, target or keys): repaint it.
    void rowChanged(qsizetype row);

    // Row numbers: the provider rows come first. Plan rows (models) and
    // provider rows are numbered as in the plan; a table row is a view row.
    int providerRowCount() const;
    int viewRow(qsizetype planRow) const { return int(planRow) + providerRowCount(); }
    qsizetype planRow(int viewRow) const;     // -1 for a provider row
    qsizetype providerRow(int viewRow) const; // -1 for a model row
    void setProviderResult(qsizetype providerRow, const ImportReportEntry &entry);
    std::optional<ImportReportEntry> providerResult(qsizetype providerRow) const
    {
        return m_providerResults.value(providerRow);
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words for people.
    static QString actionName(ImportAction action);   // "Create", "Update", "Skip"
    static QString matchText(const ImportRow &row);   // "uuid", "name", "chosen", "—"
    static QString changesText(const ImportRow &row); // "new · 6 fields", "2 changes", "identical"
    static QString keysText(const ImportRow &row);    // "kept (server's)", "needed", "2 from file"…
    static QString resultText(const ImportReportEntry &entry);
    static QList<ImportAction> allowedActions(const ImportRow &row);
    static QString providerActionName(const ImportProviderRow &row); // "Create provider", "Reuse provider"
    static QString providerKeysText(const ImportProviderRow &row);

signals:
    // The user changed a row's action through the model (setData).
    void actionChanged(qsizetype row, lb::ImportAction action);
    // setData refused an action (e.g. Update without a target): why.
    void actionRefused(qsizetype row, const QString &why);

private:
    QVariant providerData(const ImportProviderRow &row, qsizetype providerRow, int column, int role) const;
    QVariant modelRoleData(const ImportRow &row, const std::optional<ImportReportEntry> &result, int role) const;

    ImportPlan *m_plan = nullptr;
    QList<std::optional<ImportReportEntry>> m_results;
    QList<std::optional<ImportReportEntry>> m_providerResults;
    qsizetype m_runningRow = -1;
    bool m_locked = false;
};

// The Action cell's editor: a combo box with the actions the row allows
// (AllowedActionsRole); one choice commits and closes it.
class ImportActionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace lb::gui
