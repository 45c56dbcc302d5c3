#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lb {

// The model references of one LangBot 4.7+ pipeline config (API.md 10), read
// from every shape since 4.7. ModelUsage indexes them; ReplacePlan rewrites
// them. Only a "local-agent" runner holds LangBot models.
struct PipelineRefs
{
    bool localAgent = false;
    bool plainModel = false; // up to 4.9.0 `model` was a plain uuid string
    QString primary;
    QStringList fallbacks;             // as listed (duplicates and "" left out)
    QHash<QString, QString> reasoning; // 4.10.7+: llm uuid → level
    QString rerank;                    // 4.9.7+
    QStringList knowledgeBases;

    // config: a pipeline's "config" object.
    static PipelineRefs read(const QJsonObject &config);
    // "" and "__none__" mean "no model".
    static QString reference(const QJsonValue &value);

    // The keys on the way: config.ai["local-agent"].model / ["rerank-model"].
    static QString aiKey() { return QStringLiteral("ai"); }
    static QString agentKey() { return QStringLiteral("local-agent"); }
    static QString modelKey() { return QStringLiteral("model"); }
    static QString rerankKey() { return QStringLiteral("rerank-model"); }
};

} // namespace lb
