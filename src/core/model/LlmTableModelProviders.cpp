// LlmTableModel: the columns that read a model's provider (4.7+) and its type.

#include "LlmTableModel.h"

namespace lb {

QString LlmTableModel::typeName(ModelType type)
{
    switch (type) {
    case ModelType::Embedding:
        return tr("Embedding");
    case ModelType::Rerank:
        return tr("Rerank");
    case ModelType::Llm:
        break;
    }
    return tr("LLM");
}

std::optional<Provider> LlmTableModel::providerOf(const LlmModel &model, const ProviderHash &providers)
{
    const QString uuid = model.providerUuid();
    if (!uuid.isEmpty()) {
        const auto it = providers.constFind(uuid);
        if (it != providers.cend())
            return *it;
    }
    return model.nestedProvider();
}

std::optional<Provider> LlmTableModel::providerOf(const LlmModel &model) const
{
    return providerOf(model, m_providers);
}

void LlmTableModel::setProviders(const QList<Provider> &providers)
{
    ProviderHash byUuid;
    byUuid.reserve(providers.size());
    for (const Provider &provider : providers) {
        if (!provider.uuid().isEmpty())
            byUuid.insert(provider.uuid(), provider);
    }
    if (byUuid == m_providers)
        return;
    m_providers = std::move(byUuid);
    // Only 4.7+ rows read a provider by uuid; 4.0–4.6 rows stay as they are.
    int first = -1;
    int last = -1;
    for (int row = 0; row < int(m_models.size()); ++row) {
        const LlmModel &model = m_models.at(row);
        if (model.providerUuid().isEmpty())
            continue;
        RowCache &cache = m_cache[row];
        cache = makeCache(model, cache.uuid, cache.complete, m_providers);
        if (first < 0)
            first = row;
        last = row;
    }
    if (first < 0)
        return;
    invalidateRanks();
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QVariant LlmTableModel::providerColumnData(const LlmModel &model, int column, int role) const
{
    const std::optional<Provider> provider = providerOf(model);
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case TypeColumn:
        return display ? QVariant(typeName(model.type())) : QVariant();
    case RequesterColumn:
        return display ? QVariant(provider ? provider->requester() : model.requester()) : QVariant();
    case ProviderColumn:
        return display && provider ? QVariant(provider->name()) : QVariant();
    case BaseUrlColumn: {
        const QString url = provider ? provider->baseUrl() : model.baseUrl();
        if (provider && Provider::isMaskedUrl(url)) // never shown as if it were the address
            return display ? tr("hidden by the server") : tr("The server hides this address (no secret permission)");
        return url.isEmpty() ? QVariant() : QVariant(url);
    }
    case ApiKeysColumn: {
        const int count = provider ? int(provider->apiKeys().size()) : model.apiKeyCount();
        if (display)
            return QString::number(count); // a count, never a key
        if (provider && provider->hasMaskedKeys())
            return tr("%n API key(s), hidden by the server (no secret permission)", nullptr, count);
        return tr("%n API key(s)", nullptr, count);
    }
    default:
        break;
    }
    return {};
}

} // namespace lb
