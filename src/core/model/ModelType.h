#pragma once

#include <QLatin1String>
#include <QString>

#include <optional>

namespace lb {

// The three kinds of model a LangBot 4.7+ server keeps (API.md 5 and 7).
// 4.0–4.6 servers know only Llm.
enum class ModelType { Llm, Embedding, Rerank };

inline constexpr ModelType allModelTypes[] = {ModelType::Llm, ModelType::Embedding, ModelType::Rerank};

// The {type} of /api/v1/provider/models/{type}, of scan's ?type= and of
// --type on the command line: "llm", "embedding", "rerank".
inline QString modelTypeId(ModelType type)
{
    switch (type) {
    case ModelType::Embedding:
        return QStringLiteral("embedding");
    case ModelType::Rerank:
        return QStringLiteral("rerank");
    case ModelType::Llm:
        break;
    }
    return QStringLiteral("llm");
}

// The requesters' spec.support_type and ?type= ("text-embedding" for embedding).
inline QString requesterSupportType(ModelType type)
{
    return type == ModelType::Embedding ? QStringLiteral("text-embedding") : modelTypeId(type);
}

// The provider's count field: "llm_count", "embedding_count", "rerank_count".
inline QString providerCountKey(ModelType type)
{
    return modelTypeId(type) + QLatin1String("_count");
}

// Reads modelTypeId() (and "text-embedding"); std::nullopt for anything else.
inline std::optional<ModelType> modelTypeFromId(const QString &id)
{
    if (id == QLatin1String("llm"))
        return ModelType::Llm;
    if (id == QLatin1String("embedding") || id == QLatin1String("text-embedding"))
        return ModelType::Embedding;
    if (id == QLatin1String("rerank"))
        return ModelType::Rerank;
    return std::nullopt;
}

} // namespace lb
