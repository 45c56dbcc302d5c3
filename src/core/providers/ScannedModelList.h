#pragma once

#include "model/LlmModel.h"
#include "providers/ScannedModel.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace lb {

// The models a provider's endpoint offers (one scan), beside what the server
// has saved for that provider: the scan diff of API.md 9. A row per scanned
// model with its id, type, abilities, context length, owner and status.
// "Already added" comes from the server's flag and from the saved models of
// the provider with the same name and type (setSaved()); those rows, and the
// ones added or being added, cannot be checked. The others carry a check box
// (Qt::CheckStateRole on NameColumn) for the bulk add; the adding sets each
// row's status and, for a failure, why.
class ScannedModelList : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, AbilitiesColumn, ContextColumn, OwnerColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the model id
        TypeRole,                  // QString: modelTypeId() of the type, or the server's text
        StatusRole,                // int(Status)
        SearchTextRole,            // id, display name, owner (lower case)
    };
    enum class Status { New, AlreadyAdded, Queued, Adding, Added, Failed, NotSent };
    Q_ENUM(Column)

    explicit ScannedModelList(QObject *parent = nullptr);
    ~ScannedModelList() override;

    // A new scan of provider providerUuid; saved: the workspace's models (any
    // provider, any type). Every row unchecked.
    void setScan(const QString &providerUuid, const QList<ScannedModel> &models, const QList<LlmModel> &saved);
    // The saved models changed (a refresh): "already added" follows them;
    // results of an add stay.
    void setSaved(const QList<LlmModel> &saved);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString providerUuid() const { return m_provider; }
    const ScannedModel &modelAt(int row) const { return m_rows.at(row).model; }
    Status status(int row) const { return m_rows.at(row).status; }
    QString message(int row) const { return m_rows.at(row).message; }
    bool isAlreadyAdded(int row) const;
    bool isCheckable(int row) const;
    bool isChecked(int row) const { return m_rows.at(row).checked; }
    // Checks or unchecks the rows (those that can be checked).
    void setChecked(const QList<int> &rows, bool checked);
    QList<int> checkedRows() const;
    int checkedCount() const;
    // Sets a row's status and message (unchecks it unless it may be retried).
    void setStatus(int row, Status status, const QString &message = {});
    // Saved models of the provider its endpoint no longer offers ("name (type)").
    QStringList savedNotOffered() const { return m_savedNotOffered; }

    static QString statusText(Status status);

signals:
    void checkedCountChanged(int count);

private:
    struct Row
    {
        ScannedModel model;
        bool savedByName = false; // a saved model of the provider has this name and type
        Status status = Status::New;
        QString message;
        bool checked = false;
    };
    void applySaved(const QList<LlmModel> &saved);
    void emitRowChanged(int row);

    QString m_provider;
    QList<Row> m_rows;
    QStringList m_savedNotOffered;
};

} // namespace lb
