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

    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // Values derived from one record, computed when the record changes so
    // sorting and filtering 100,000 rows never re-read the JSON.
    struct RowCache {
        QString uuid;
        QString nameKey;        // lower case
        QString requesterKey;   // lower case
        QString baseUrlKey;     // lower case
        QString abilitiesText;  // "vision, func_call"
        QString searchText;     // lower case, fields separated by '\n'
        QDateTime updated;
        int keyCount = 0;
    };
    static RowCache makeCache(const LlmModel &model);
    QVariant sortValue(int row, int column) const;
    QString lastTestText(const TestOutcome &outcome) const;
    QString lastTestToolTip(const TestOutcome &outcome) const;
    void rebuildIndex();

    QList<LlmModel> m_models;
    QList<RowCache> m_cache;          // parallel to m_models
    QHash<QString, int> m_rowByUuid;
    QHash<QString, TestOutcome> m_tests;
    bool m_indexStale = false;        // true while a merge removes rows
};

} // namespace lb
