#pragma once

#include "model/ModelType.h"
#include "model/Provider.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <array>

namespace lb {

class LlmTableModel;
class ServerWorkspace;

// The providers of a workspace as a table, for the providers pane: row 0 is
// "All providers" (empty uuid, every model counted), then one row per
// provider in the server's order. Columns: name, base URL, number of keys and
// the number of models of each type, counted from the workspace's table
// (LlmTableModel's ProviderUuidRole and TypeRole; on 4.0–4.6 the implicit
// provider of each model) and kept current as its rows change.
//
// Providers merge by uuid when the workspace's list changes (rows that stay
// are updated in place, vanished ones removed, new ones appended), so a
// selection survives a refresh. On 4.0–4.6 the rows are the implicit,
// read-only grouping (ImplicitRole).
class ProviderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, BaseUrlColumn, KeysColumn, LlmColumn, EmbeddingColumn, RerankColumn, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole + 1, // QString; empty for "All providers"
        RequesterRole,               // QString
        ImplicitRole,                // bool: 4.0–4.6 grouping, read-only
        AllRole,                     // bool: the "All providers" row
        MaskedKeysRole,              // bool: the server masked its keys
    };
    Q_ENUM(Column)

    explicit ProviderListModel(QObject *parent = nullptr);
    ~ProviderListModel() override;

    // The workspace to show (nullptr: only "All providers"); not owned.
    void setWorkspace(ServerWorkspace *workspace);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The provider of a row (row 0 and out of range: an empty Provider).
    Provider providerAt(int row) const;
    int rowOf(const QString &uuid) const; // 0 for an empty uuid, -1 when absent
    // Models of that type using the provider (empty uuid: all models).
    int modelCount(const QString &uuid, ModelType type) const;
    // The uuids of the models that use the provider, of every type.
    QStringList modelUuids(const QString &providerUuid) const;

    // The text shown for a base URL: "hidden by the server" when it carries
    // masked credentials, else the URL.
    static QString baseUrlText(const QString &url);
    // Non-empty keys (masked ones included).
    static int keyCount(const Provider &provider);

private:
    using Counts = std::array<int, 3>;
    void mergeProviders();
    void scheduleRecount();
    void recount();
    QString providerUuidOfRow(int tableRow) const;
    QVariant providerData(const Provider &provider, int column, int role) const;
    QVariant allData(int column, int role) const;

    QPointer<ServerWorkspace> m_workspace;
    QPointer<LlmTableModel> m_table;
    QList<Provider> m_providers;
    QHash<QString, Counts> m_counts; // by provider uuid; "" holds the totals
    QTimer m_recount;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace lb
