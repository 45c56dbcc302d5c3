#pragma once

#include "LlmModel.h"
#include "TestOutcome.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lb {

// The server's LLM models as a table. setModels() merges by uuid: rows that
// stay are updated in place (dataChanged), vanished rows are removed, new rows
// are appended, so selections and scroll positions survive a refresh.
class LlmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RequesterColumn, BaseUrlColumn, AbilitiesColumn,
                  ApiKeysColumn, UpdatedColumn, LastTestColumn, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole + 1, // QString
        SortRole,                    // a value that sorts naturally per column
        TestStateRole,               // int(TestOutcome::State)
        SearchTextRole,              // name, description, requester, base URL (lower case)
    };
    Q_ENUM(Column)

    explicit LlmTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setModels(const QList<LlmModel> &models); // merge by uuid
    void clear();
    const QList<LlmModel> &models() const { return m_models; }
    const LlmModel &modelAt(int row) const { return m_models.at(row); }
    int rowOf(const QString &uuid) const; // -1 when absent
    bool removeModel(const QString &uuid);

    void setTestOutcome(const QString &uuid, const TestOutcome &outcome);
    TestOutcome testOutcome(const QString &uuid) const;

private:
    void rebuildIndex();

    QList<LlmModel> m_models;
    QHash<QString, int> m_rowByUuid;
    QHash<QString, TestOutcome> m_tests;
};

} // namespace lb
