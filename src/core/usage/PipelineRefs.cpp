#include "PipelineRefs.h"

#include <QJsonArray>

namespace lb {

QString PipelineRefs::reference(const QJsonValue &value)
{
    const QString uuid = value.toString().trimmed();
    return uuid == QLatin1String("__none__") ? QString() : uuid;
}

namespace {

QStringList references(const QJsonValue &value)
{
    QStringList uuids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString uuid = PipelineRefs::reference(item);
        if (!uuid.isEmpty() && !uuids.contains(uuid))
            uuids << uuid;
    }
    return uuids;
}

} // namespace

PipelineRefs PipelineRefs::read(const QJsonObject &config)
{
    PipelineRefs refs;
    const QJsonObject ai = config.value(aiKey()).toObject();
    // Other runners (Dify, n8n, …) hold no LangBot model.
    if (ai.value(QLatin1String("runner")).toObject().value(QLatin1String("runner")).toString() != agentKey())
        return refs;
    refs.localAgent = true;
    const QJsonObject agent = ai.value(agentKey()).toObject();
    const QJsonValue model = agent.value(modelKey());
    if (model.isObject()) { // 4.9.1+
        const QJsonObject chain = model.toObject();
        refs.primary = reference(chain.value(QLatin1String("primary")));
        refs.fallbacks = references(chain.value(QLatin1String("fallbacks")));
        const QJsonObject levels = chain.value(QLatin1String("reasoning")).toObject();
        for (auto it = levels.begin(); it != levels.end(); ++it)
            refs.reasoning.insert(it.key(), it.value().toString());
    } else { // up to 4.9.0 a plain uuid; old pipelines may still hold one
        refs.plainModel = model.isString();
        refs.primary = reference(model);
    }
    refs.rerank = reference(agent.value(rerankKey()));
    refs.knowledgeBases = references(agent.value(QLatin1String("knowledge-bases")));
    return refs;
}

} // namespace lb
