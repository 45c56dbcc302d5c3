#pragma once

#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStyledItemDelegate>

#include <optional>

namespace lb::gui {

// The rows of an import preview: one per document model, with its action
// (editable: Create, Update or Skip), how it was matched, what it changes,
// what happens to its API keys and, once applied, its result. It shows an
// ImportPlan it does not own; changing an action goes through the plan
// (ImportPlan::setAction), so the body and the diff stay right.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ActionColumn, MatchColumn, ChangesColumn, KeysColumn, ResultColumn, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int(ImportAction)
        // QList<int> of the actions the row allows (Update needs a target)
        AllowedActionsRole,
        OutcomeRole,   // int(ImportOutcome), invalid before the row is done
        NeedsKeysRole, // bool
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

signals:
    // The user changed a row's action through the model (setData).
    void actionChanged(qsizetype row, lb::ImportAction action);
    // setData refused an action (e.g. Update without a target): why.
    void actionRefused(qsizetype row, const QString &why);

private:
    ImportPlan *m_plan = nullptr;
    QList<std::optional<ImportReportEntry>> m_results;
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
