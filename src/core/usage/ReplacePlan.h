#pragma once

#include "model/ModelType.h"
#include "usage/ModelUsage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lb {

class LlmModel;

// One field of a pipeline config that "replace a model everywhere" rewrites.
struct ReplaceChange
{
    enum class Kind {
        Primary,          // model.primary
        PlainModel,       // the plain-string model of pipelines made up to 4.9.0: stays a string
        Fallback,         // model.fallbacks[fallbackIndex]
        FallbackDropped,  // model.fallbacks[fallbackIndex] removed: the new model is the primary or a fallback already
        ReasoningRenamed, // model.reasoning: the old model's entry moves to the new one, level kept
        ReasoningKept,    // model.reasoning: the new model has its own entry, kept; the old one's is removed
        Rerank,           // rerank-model
    };
    Kind kind = Kind::Primary;
    QString path;           // in the config: "ai.local-agent.model.primary", "…model.fallbacks[1]", …
    QString oldValue;       // the uuid the field held (the reasoning entry's key)
    QString newValue;       // the uuid it holds now; empty for FallbackDropped
    int fallbackIndex = -1; // Fallback, FallbackDropped: in the list as read
    QString level;          // ReasoningRenamed: the level moved; ReasoningKept: the new model's level, kept
    QString droppedLevel;   // ReasoningKept: the old model's level, removed

    bool operator==(const ReplaceChange &other) const = default;
};

// A pipeline the replacement rewrites, and the bots that will notice.
struct ReplaceRow
{
    QString pipelineUuid;
    QString pipelineName;
    QList<ReplaceChange> changes;
    QList<BotRef> bots;
};

// A knowledge base whose embedding model is the old one: never edited (the
// model is fixed at creation); it must be recreated with the new one.
struct RecreateBase
{
    QString uuid;
    QString name;
    QStringList pipelineNames; // the pipelines that search it
};

// "Replace a model everywhere" (API.md 10): every reference of the pipelines
// to the old model rewritten to the new one, field by field, and nothing else.
// Made from the three usage lists (UsageLoader); applied by ReplaceRunner, which
// rewrites each pipeline again from a fresh read with apply().
class ReplacePlan
{
    Q_DECLARE_TR_FUNCTIONS(lb::ReplacePlan)
public:
    ReplacePlan() = default;
    static ReplacePlan make(const LlmModel &oldModel, const LlmModel &newModel, const QJsonArray &pipelines,
                            const QJsonArray &bots, const QJsonArray &knowledgeBases);

    // Why the two models cannot replace each other (same model, other type);
    // empty for a plan that can run.
    QString error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    QString oldUuid() const { return m_oldUuid; }
    QString newUuid() const { return m_newUuid; }
    QString oldName() const { return m_oldName; }
    QString newName() const { return m_newName; }
    const QList<ReplaceRow> &rows() const { return m_rows; }
    const QList<RecreateBase> &basesToRecreate() const { return m_bases; }

    // Rewrites the references to oldUuid in a pipeline's config (its "config"
    // object) and says what changed; nothing else of the config changes.
    static QList<ReplaceChange> apply(QJsonObject *config, const QString &oldUuid, const QString &newUuid);

    // "fallback 2: “gpt-4o” → “gpt-4.1”", with names for the uuids.
    static QString describe(const ReplaceChange &change, const QHash<QString, QString> &modelNames);
    // "Knowledge base “Docs” uses … as its embedding model: it must be recreated …"
    QString describe(const RecreateBase &base) const;
    // What a 4.0–4.6 server gets instead of a plan.
    static QString legacyNote();

private:
    QString m_error;
    QString m_oldUuid, m_newUuid, m_oldName, m_newName;
    QList<ReplaceRow> m_rows;
    QList<RecreateBase> m_bases;
};

} // namespace lb
