#include "ProviderListModel.h"

#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "workspace/ServerWorkspace.h"

#include <QSet>

#include <algorithm>

namespace lb {

namespace {

int typeIndex(ModelType type)
{
    return int(type);
}

std::optional<ModelType> columnType(int column)
{
    switch (column) {
    case ProviderListModel::LlmColumn:
        return ModelType::Llm;
    case ProviderListModel::EmbeddingColumn:
        return ModelType::Embedding;
    case ProviderListModel::RerankColumn:
        return ModelType::Rerank;
    default:
        return std::nullopt;
    }
}

} // namespace

ProviderListModel::ProviderListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &ProviderListModel::recount);
}

ProviderListModel::~ProviderListModel() = default;

void ProviderListModel::setWorkspace(ServerWorkspace *workspace)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_workspace = workspace;
    m_table = workspace ? workspace->models() : nullptr;
    if (workspace) {
        m_connections << connect(workspace, &ServerWorkspace::providersChanged, this,
                                 &ProviderListModel::mergeProviders);
        const auto schedule = [this] { scheduleRecount(); };
        m_connections << connect(m_table, &QAbstractItemModel::rowsInserted, this, schedule);
        m_connections << connect(m_table, &QAbstractItemModel::rowsRemoved, this, schedule);
        m_connections << connect(m_table, &QAbstractItemModel::dataChanged, this, schedule);
        m_connections << connect(m_table, &QAbstractItemModel::modelReset, this, schedule);
        m_connections << connect(m_table, &QAbstractItemModel::layoutChanged, this, schedule);
    }
    mergeProviders();
    recount();
}

int ProviderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size()) + 1;
}

int ProviderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0)
        return allData(index.column(), role);
    return providerData(m_providers.at(index.row() - 1), index.column(), role);
}

QVariant ProviderListModel::allData(int column, int role) const
{
    switch (role) {
    case UuidRole:
    case RequesterRole:
        return QString();
    case ImplicitRole:
    case MaskedKeysRole:
        return false;
    case AllRole:
        return true;
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("All providers");
        if (const auto type = columnType(column))
            return modelCount(QString(), *type);
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("The models of every provider");
        return {};
    case Qt::TextAlignmentRole:
        if (columnType(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ProviderListModel::providerData(const Provider &provider, int column, int role) const
{
    switch (role) {
    case UuidRole:
        return provider.uuid();
    case RequesterRole:
        return provider.requester();
    case ImplicitRole:
        return provider.isImplicit();
    case AllRole:
        return false;
    case MaskedKeysRole:
        return provider.hasMaskedKeys();
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return provider.name();
        case BaseUrlColumn:
            return baseUrlText(provider.baseUrl());
        case KeysColumn:
            return keyCount(provider);
        default:
            if (const auto type = columnType(column))
                return modelCount(provider.uuid(), *type);
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            if (provider.isImplicit())
                return tr("%1 (%2): implied by its models; this server has no providers")
                    .arg(provider.name(), provider.requester());
            return QStringLiteral("%1 (%2)").arg(provider.name(), provider.requester());
        case BaseUrlColumn:
            if (Provider::isMaskedUrl(provider.baseUrl()))
                return tr("The server hides the credentials in this URL (no secret permission).");
            return provider.baseUrl();
        case KeysColumn:
            if (provider.hasMaskedKeys())
                return tr("%n key(s), hidden by the server (no secret permission)", nullptr, keyCount(provider));
            return tr("%n key(s)", nullptr, keyCount(provider));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == KeysColumn || columnType(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ProviderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Provider");
    case BaseUrlColumn:
        return tr("Base URL");
    case KeysColumn:
        return tr("Keys");
    case LlmColumn:
        return tr("LLM");
    case EmbeddingColumn:
        return tr("Embedding");
    case RerankColumn:
        return tr("Rerank");
    default:
        return {};
    }
}

Provider ProviderListModel::providerAt(int row) const
{
    if (row < 1 || row > m_providers.size())
        return {};
    return m_providers.at(row - 1);
}

int ProviderListModel::rowOf(const QString &uuid) const
{
    if (uuid.isEmpty())
        return 0;
    for (int i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).uuid() == uuid)
            return i + 1;
    }
    return -1;
}

int ProviderListModel::modelCount(const QString &uuid, ModelType type) const
{
    const auto it = m_counts.constFind(uuid);
    return it == m_counts.constEnd() ? 0 : it->at(typeIndex(type));
}

QStringList ProviderListModel::modelUuids(const QString &providerUuid) const
{
    QStringList uuids;
    if (!m_table)
        return uuids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (providerUuidOfRow(row) == providerUuid)
            uuids << m_table->modelAt(row).uuid();
    }
    return uuids;
}

QString ProviderListModel::baseUrlText(const QString &url)
{
    return Provider::isMaskedUrl(url) ? tr("hidden by the server") : url;
}

int ProviderListModel::keyCount(const Provider &provider)
{
    const QStringList keys = provider.apiKeys();
    return int(std::count_if(keys.begin(), keys.end(), [](const QString &k) { return !k.isEmpty(); }));
}

void ProviderListModel::mergeProviders()
{
    const QList<Provider> incoming = m_workspace ? m_workspace->providers() : QList<Provider>();
    QSet<QString> keep;
    for (const Provider &p : incoming)
        keep.insert(p.uuid());
    // Vanished rows, from the bottom up.
    for (int i = int(m_providers.size()) - 1; i >= 0; --i) {
        if (!keep.contains(m_providers.at(i).uuid())) {
            beginRemoveRows({}, i + 1, i + 1);
            m_providers.removeAt(i);
            endRemoveRows();
        }
    }
    QHash<QString, int> rows;
    for (int i = 0; i < m_providers.size(); ++i)
        rows.insert(m_providers.at(i).uuid(), i);
    QList<Provider> added;
    for (const Provider &p : incoming) {
        const auto it = rows.constFind(p.uuid());
        if (it == rows.constEnd()) {
            added << p;
            rows.insert(p.uuid(), -1);
            continue;
        }
        if (*it >= 0 && m_providers.at(*it) != p) {
            m_providers[*it] = p;
            emit dataChanged(index(*it + 1, 0), index(*it + 1, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_providers.size()) + 1;
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_providers << added;
        endInsertRows();
    }
    scheduleRecount();
}

void ProviderListModel::scheduleRecount()
{
    m_recount.start();
}

QString ProviderListModel::providerUuidOfRow(int tableRow) const
{
    const LlmModel &model = m_table->modelAt(tableRow);
    if (m_workspace && !m_workspace->features().hasProviders())
        return Provider::implicitProviderUuid(model);
    return model.providerUuid();
}

void ProviderListModel::recount()
{
    m_recount.stop();
    QHash<QString, Counts> counts;
    counts.insert(QString(), Counts{});
    if (m_table) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const int type = typeIndex(m_table->modelAt(row).type());
            counts[providerUuidOfRow(row)][type] += 1;
            counts[QString()][type] += 1;
        }
    }
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit dataChanged(index(0, LlmColumn), index(rowCount() - 1, RerankColumn), {Qt::DisplayRole});
}

} // namespace lb
