#include "ModelUsage.h"

#include "PipelineRefs.h"

#include <QJsonObject>

#include <algorithm>

namespace lb {

namespace {

QString reference(const QJsonValue &value)
{
    return PipelineRefs::reference(value);
}

QString quoted(const QString &name)
{
    return ModelUsage::tr("“%1”").arg(name);
}

QString botNames(const QList<BotRef> &bots)
{
    QStringList names;
    for (const BotRef &bot : bots)
        names << quoted(bot.name.isEmpty() ? bot.uuid : bot.name);
    return names.join(QLatin1String(", "));
}

int severity(UsageBreak::Effect effect)
{
    switch (effect) {
    case UsageBreak::Effect::StopsAnswering:
        return 0;
    case UsageBreak::Effect::KnowledgeBaseBroken:
        return 1;
    case UsageBreak::Effect::FallsBack:
        return 2;
    case UsageBreak::Effect::LosesRerank:
        return 3;
    case UsageBreak::Effect::LosesFallback:
        return 4;
    }
    return 5;
}

} // namespace

ModelUsage ModelUsage::build(const QJsonArray &pipelines, const QJsonArray &bots, const QJsonArray &knowledgeBases)
{
    ModelUsage index;
    index.m_known = true;

    for (const QJsonValue &value : knowledgeBases) {
        const QJsonObject base = value.toObject();
        const QString uuid = base.value(QLatin1String("uuid")).toString();
        if (uuid.isEmpty())
            continue;
        // 4.9.0+: creation_settings.embedding_model_uuid; 4.7–4.8: top level.
        QString embedding = reference(
            base.value(QLatin1String("creation_settings")).toObject().value(QLatin1String("embedding_model_uuid")));
        if (embedding.isEmpty())
            embedding = reference(base.value(QLatin1String("embedding_model_uuid")));
        index.m_bases.insert(uuid, {base.value(QLatin1String("name")).toString(), embedding});
    }

    for (const QJsonValue &value : bots) {
        const QJsonObject bot = value.toObject();
        const BotRef ref{bot.value(QLatin1String("uuid")).toString(), bot.value(QLatin1String("name")).toString()};
        QStringList pipelinesOfBot;
        const QString bound = reference(bot.value(QLatin1String("use_pipeline_uuid")));
        if (!bound.isEmpty())
            pipelinesOfBot << bound;
        // 4.9.6+: routing rules send some messages to other pipelines.
        const QJsonArray rules = bot.value(QLatin1String("pipeline_routing_rules")).toArray();
        for (const QJsonValue &rule : rules) {
            const QString target = reference(rule.toObject().value(QLatin1String("pipeline_uuid")));
            if (!target.isEmpty() && target != QLatin1String("__discard__") && !pipelinesOfBot.contains(target))
                pipelinesOfBot << target;
        }
        for (const QString &pipeline : std::as_const(pipelinesOfBot))
            index.m_bots[pipeline].append(ref);
    }

    for (const QJsonValue &value : pipelines) {
        const QJsonObject object = value.toObject();
        Pipeline pipeline;
        pipeline.uuid = object.value(QLatin1String("uuid")).toString();
        pipeline.name = object.value(QLatin1String("name")).toString();
        if (pipeline.uuid.isEmpty())
            continue;
        index.m_pipelineNames.insert(pipeline.uuid, pipeline.name);
        const PipelineRefs refs = PipelineRefs::read(object.value(QLatin1String("config")).toObject());
        if (!refs.localAgent)
            continue;
        pipeline.primary = refs.primary;
        pipeline.fallbacks = refs.fallbacks;
        pipeline.fallbacks.removeAll(pipeline.primary);
        pipeline.rerank = refs.rerank;
        pipeline.knowledgeBases = refs.knowledgeBases;
        const QHash<QString, QString> &reasoning = refs.reasoning;
        index.addPipeline(pipeline, reasoning);
    }

    // Knowledge bases no pipeline searches still need their embedding model.
    for (auto it = index.m_bases.cbegin(); it != index.m_bases.cend(); ++it) {
        const QString &embedding = it.value().second;
        if (embedding.isEmpty())
            continue;
        const QList<ModelUse> uses = index.m_uses.value(embedding);
        const bool searched = std::any_of(uses.cbegin(), uses.cend(), [&](const ModelUse &use) {
            return use.role == ModelUse::Role::Embedding && use.knowledgeBaseUuid == it.key();
        });
        if (!searched) {
            ModelUse use;
            use.role = ModelUse::Role::Embedding;
            use.knowledgeBaseUuid = it.key();
            use.knowledgeBaseName = it.value().first;
            index.m_uses[embedding].append(use);
        }
    }
    return index;
}

void ModelUsage::addPipeline(const Pipeline &pipeline, const QHash<QString, QString> &reasoning)
{
    m_pipelines.append(pipeline);
    auto add = [&](const QString &model, ModelUse use) {
        use.pipelineUuid = pipeline.uuid;
        use.pipelineName = pipeline.name;
        m_uses[model].append(use);
    };
    if (!pipeline.primary.isEmpty()) {
        ModelUse use;
        use.role = ModelUse::Role::Primary;
        use.reasoningLevel = reasoning.value(pipeline.primary);
        add(pipeline.primary, use);
    }
    for (int i = 0; i < pipeline.fallbacks.size(); ++i) {
        ModelUse use;
        use.role = ModelUse::Role::Fallback;
        use.fallbackIndex = i;
        use.reasoningLevel = reasoning.value(pipeline.fallbacks.at(i));
        add(pipeline.fallbacks.at(i), use);
    }
    if (!pipeline.rerank.isEmpty()) {
        ModelUse use;
        use.role = ModelUse::Role::Rerank;
        add(pipeline.rerank, use);
    }
    for (const QString &base : pipeline.knowledgeBases) {
        const auto found = m_bases.constFind(base);
        if (found == m_bases.cend() || found->second.isEmpty())
            continue;
        ModelUse use;
        use.role = ModelUse::Role::Embedding;
        use.knowledgeBaseUuid = base;
        use.knowledgeBaseName = found->first;
        add(found->second, use);
    }
}

void ModelUsage::setUnavailable(Source source, const QString &reason)
{
    m_gaps.insert(source, reason);
}

QStringList ModelUsage::gaps() const
{
    QStringList lines;
    for (const Source source : {Source::Pipelines, Source::Bots, Source::KnowledgeBases}) {
        if (!m_gaps.contains(source))
            continue;
        const QString what = source == Source::Pipelines ? tr("pipelines")
            : source == Source::Bots                     ? tr("bots")
                                                         : tr("knowledge bases");
        lines << tr("The %1 could not be read (%2): uses through them are not known.").arg(what, m_gaps.value(source));
    }
    return lines;
}

int ModelUsage::useCount(const QString &modelUuid) const
{
    QSet<QString> pipelines;
    int unsearchedBases = 0;
    for (const ModelUse &use : m_uses.value(modelUuid)) {
        if (use.pipelineUuid.isEmpty())
            ++unsearchedBases;
        else
            pipelines.insert(use.pipelineUuid);
    }
    return int(pipelines.size()) + unsearchedBases;
}

QList<UsageBreak> ModelUsage::breaksIfDeleted(const QStringList &modelUuids, const QSet<QString> &existing) const
{
    const QSet<QString> gone(modelUuids.cbegin(), modelUuids.cend());
    const auto dangling = [&](const QString &uuid) { return !existing.isEmpty() && !existing.contains(uuid); };
    QList<UsageBreak> breaks;
    auto make = [&](const Pipeline &pipeline, UsageBreak::Effect effect, const QString &model) {
        UsageBreak b;
        b.effect = effect;
        b.pipelineUuid = pipeline.uuid;
        b.pipelineName = pipeline.name;
        b.modelUuid = model;
        b.bots = m_bots.value(pipeline.uuid);
        return b;
    };
    for (const Pipeline &pipeline : m_pipelines) {
        QStringList chain = pipeline.fallbacks;
        if (!pipeline.primary.isEmpty())
            chain.prepend(pipeline.primary);
        chain.removeIf(dangling);
        if (!chain.isEmpty() && gone.contains(chain.first())) {
            const auto left
                = std::find_if(chain.cbegin(), chain.cend(), [&](const QString &m) { return !gone.contains(m); });
            UsageBreak b = make(
                pipeline, left == chain.cend() ? UsageBreak::Effect::StopsAnswering : UsageBreak::Effect::FallsBack,
                chain.first());
            if (left != chain.cend())
                b.fallbackUuid = *left;
            breaks << b;
        }
        for (int i = 1; i < chain.size(); ++i) {
            if (gone.contains(chain.at(i)) && !gone.contains(chain.first()))
                breaks << make(pipeline, UsageBreak::Effect::LosesFallback, chain.at(i));
        }
        if (gone.contains(pipeline.rerank))
            breaks << make(pipeline, UsageBreak::Effect::LosesRerank, pipeline.rerank);
    }
    for (auto it = m_bases.cbegin(); it != m_bases.cend(); ++it) {
        if (!gone.contains(it.value().second))
            continue;
        bool searched = false;
        for (const Pipeline &pipeline : m_pipelines) {
            if (!pipeline.knowledgeBases.contains(it.key()))
                continue;
            searched = true;
            UsageBreak b = make(pipeline, UsageBreak::Effect::KnowledgeBaseBroken, it.value().second);
            b.knowledgeBaseUuid = it.key();
            b.knowledgeBaseName = it.value().first;
            breaks << b;
        }
        if (!searched) {
            UsageBreak b;
            b.effect = UsageBreak::Effect::KnowledgeBaseBroken;
            b.knowledgeBaseUuid = it.key();
            b.knowledgeBaseName = it.value().first;
            b.modelUuid = it.value().second;
            breaks << b;
        }
    }
    std::stable_sort(breaks.begin(), breaks.end(),
                     [](const UsageBreak &a, const UsageBreak &b) { return severity(a.effect) < severity(b.effect); });
    return breaks;
}

QString ModelUsage::describe(const ModelUse &use)
{
    const QString pipeline = quoted(use.pipelineName.isEmpty() ? use.pipelineUuid : use.pipelineName);
    switch (use.role) {
    case ModelUse::Role::Primary:
        return tr("primary model of pipeline %1").arg(pipeline);
    case ModelUse::Role::Fallback:
        return tr("fallback %1 of pipeline %2").arg(use.fallbackIndex + 1).arg(pipeline);
    case ModelUse::Role::Rerank:
        return tr("rerank model of pipeline %1").arg(pipeline);
    case ModelUse::Role::Embedding: {
        const QString base = quoted(use.knowledgeBaseName.isEmpty() ? use.knowledgeBaseUuid : use.knowledgeBaseName);
        return use.pipelineUuid.isEmpty()
            ? tr("embedding model of knowledge base %1 (no pipeline searches it)").arg(base)
            : tr("embedding model of knowledge base %1, searched by pipeline %2").arg(base, pipeline);
    }
    }
    return {};
}

QString UsageBreak::describe(const QHash<QString, QString> &modelNames) const
{
    auto name = [&](const QString &uuid) { return quoted(modelNames.value(uuid, uuid)); };
    const QString pipeline = quoted(pipelineName.isEmpty() ? pipelineUuid : pipelineName);
    const QString botsText
        = bots.isEmpty() ? ModelUsage::tr("no bot runs it") : ModelUsage::tr("bots %1").arg(botNames(bots));
    switch (effect) {
    case Effect::StopsAnswering:
        return bots.isEmpty()
            ? ModelUsage::tr("Pipeline %1 loses its model %2 and has no fallback left (no bot runs it).")
                  .arg(pipeline, name(modelUuid))
            : ModelUsage::tr("Pipeline %1 loses its model %2 and has no fallback left: bots %3 stop answering.")
                  .arg(pipeline, name(modelUuid), botNames(bots));
    case Effect::FallsBack:
        return ModelUsage::tr("Pipeline %1 loses its model %2 and answers from fallback %3 (%4).")
            .arg(pipeline, name(modelUuid), name(fallbackUuid), botsText);
    case Effect::LosesFallback:
        return ModelUsage::tr("Pipeline %1 loses its fallback %2 (%3).").arg(pipeline, name(modelUuid), botsText);
    case Effect::LosesRerank:
        return ModelUsage::tr("Pipeline %1 loses its rerank model %2: its answers get worse without any error (%3).")
            .arg(pipeline, name(modelUuid), botsText);
    case Effect::KnowledgeBaseBroken: {
        const QString base = quoted(knowledgeBaseName.isEmpty() ? knowledgeBaseUuid : knowledgeBaseName);
        return pipelineUuid.isEmpty()
            ? ModelUsage::tr("Knowledge base %1 loses its embedding model %2: it must be recreated and its documents "
                             "added again.")
                  .arg(base, name(modelUuid))
            : ModelUsage::tr("Knowledge base %1 loses its embedding model %2: it must be recreated and its documents "
                             "added again; pipeline %3 searches it (%4).")
                  .arg(base, name(modelUuid), pipeline, botsText);
    }
    }
    return {};
}

} // namespace lb
