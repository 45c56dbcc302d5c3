#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lb {

// Where the models of a LangBot 4.7+ server are used (API.md 10): which
// pipelines name them (primary, fallback, rerank, or through a knowledge
// base's embedding model) and which bots run those pipelines. LangBot deletes
// a model without looking; this index says what a delete would break.
// Built from the three lists as the server sends them
// (GET /api/v1/pipelines → data.pipelines, /api/v1/platform/bots → data.bots,
// /api/v1/knowledge/bases → data.bases); every shape since 4.7 is read.

// One way a model is used.
struct ModelUse
{
    enum class Role {
        Primary,   // the pipeline's LLM
        Fallback,  // fallback number fallbackIndex + 1
        Rerank,    // the pipeline's rerank model (4.9.7+)
        Embedding, // a knowledge base's embedding model (fixed at creation)
    };
    Role role = Role::Primary;
    QString pipelineUuid; // Embedding: a pipeline that searches the base, or empty
    QString pipelineName;
    int fallbackIndex = -1;
    QString knowledgeBaseUuid; // Embedding only
    QString knowledgeBaseName;
    QString reasoningLevel; // Primary/Fallback on 4.10.7+: the level the pipeline sets, if any

    bool operator==(const ModelUse &other) const = default;
};

struct BotRef
{
    QString uuid;
    QString name;
    bool operator==(const BotRef &other) const = default;
};

// What deleting some models does to one pipeline or knowledge base.
struct UsageBreak
{
    enum class Effect {
        StopsAnswering,      // the primary is gone and no fallback is left
        FallsBack,           // the primary is gone; a fallback answers (logged as "not found")
        LosesFallback,       // a fallback is gone; the primary still answers
        LosesRerank,         // answers without reranking (LangBot skips it silently)
        KnowledgeBaseBroken, // the base's embedding model is gone: recreate and re-ingest
    };
    Effect effect = Effect::StopsAnswering;
    QString pipelineUuid; // empty for a knowledge base no pipeline uses
    QString pipelineName;
    QString knowledgeBaseUuid; // KnowledgeBaseBroken only
    QString knowledgeBaseName;
    QString modelUuid;    // the deleted model behind it
    QString fallbackUuid; // FallsBack: the model that answers now
    QList<BotRef> bots;   // the bots of the pipeline

    // "bots X, Y stop answering: pipeline “P” loses its model gpt-4o and has no
    // fallback left" — names passed in for the model uuids.
    QString describe(const QHash<QString, QString> &modelNames) const;
};

class ModelUsage
{
    Q_DECLARE_TR_FUNCTIONS(lb::ModelUsage)
public:
    // Which of the three lists the index could read.
    enum class Source { Pipelines, Bots, KnowledgeBases };

    ModelUsage() = default;
    static ModelUsage build(const QJsonArray &pipelines, const QJsonArray &bots, const QJsonArray &knowledgeBases);

    // A list that could not be read (refused, absent): the index says so
    // instead of calling the models unused.
    void setUnavailable(Source source, const QString &reason);
    bool isComplete() const { return m_gaps.isEmpty(); }
    // One sentence per list that is missing ("pipelines: HTTP 403 …").
    QStringList gaps() const;
    // True once a usage list was read (false on 4.0–4.6 and before loading).
    bool isKnown() const { return m_known; }

    QList<ModelUse> usesOf(const QString &modelUuid) const { return m_uses.value(modelUuid); }
    bool isUsed(const QString &modelUuid) const { return m_uses.contains(modelUuid); }
    // The pipelines that use the model, each once (an Embedding use counts the
    // pipelines searching that base; a base no pipeline uses counts as one).
    int useCount(const QString &modelUuid) const;
    QList<BotRef> botsOf(const QString &pipelineUuid) const { return m_bots.value(pipelineUuid); }
    int pipelineCount() const { return int(m_pipelineNames.size()); }
    QString pipelineName(const QString &uuid) const { return m_pipelineNames.value(uuid); }

    // What deleting these models breaks, pipelines first (those whose bots
    // stop answering first of all), then knowledge bases. existing: the
    // models the server has, when known: a reference to any other model is
    // already dangling (LangBot deletes without looking), so it neither
    // answers nor breaks again (empty: every reference counts as existing).
    QList<UsageBreak> breaksIfDeleted(const QStringList &modelUuids, const QSet<QString> &existing = {}) const;

    // "primary of “Support”", "fallback 2 of “Sales”", "rerank of …",
    // "embedding of knowledge base “Docs” (pipeline “Support”)".
    static QString describe(const ModelUse &use);

private:
    struct Pipeline
    {
        QString uuid;
        QString name;
        QString primary;
        QStringList fallbacks;
        QString rerank;
        QStringList knowledgeBases;
    };
    void addPipeline(const Pipeline &pipeline, const QHash<QString, QString> &reasoning);

    bool m_known = false;
    QHash<QString, QList<ModelUse>> m_uses;              // by model uuid
    QHash<QString, QList<BotRef>> m_bots;                // by pipeline uuid
    QHash<QString, QString> m_pipelineNames;             // by pipeline uuid
    QList<Pipeline> m_pipelines;                         // local-agent pipelines, in list order
    QHash<QString, std::pair<QString, QString>> m_bases; // kb uuid → (name, embedding model uuid)
    QHash<Source, QString> m_gaps;
};

} // namespace lb
