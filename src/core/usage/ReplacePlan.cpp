#include "ReplacePlan.h"

#include "model/LlmModel.h"
#include "usage/PipelineRefs.h"

namespace lb {

namespace {

const QString kModelPath = QStringLiteral("ai.local-agent.model");

QString quoted(const QString &text)
{
    return ReplacePlan::tr("“%1”").arg(text);
}

ReplaceChange change(ReplaceChange::Kind kind, const QString &path, const QString &oldValue, const QString &newValue)
{
    ReplaceChange c;
    c.kind = kind;
    c.path = path;
    c.oldValue = oldValue;
    c.newValue = newValue;
    return c;
}

// model.fallbacks: the old uuid becomes the new one; a new uuid that would be
// the primary or a fallback twice is dropped (once the pipeline names the old model).
void replaceFallbacks(QJsonObject *chain, const QString &primary, const QString &oldUuid, const QString &newUuid,
                      QList<ReplaceChange> *changes)
{
    const QJsonArray fallbacks = chain->value(QLatin1String("fallbacks")).toArray();
    QJsonArray kept;
    bool touched = false;
    bool newListed = false;
    for (int i = 0; i < fallbacks.size(); ++i) {
        QJsonValue value = fallbacks.at(i);
        const QString ref = PipelineRefs::reference(value);
        if (ref == oldUuid || ref == newUuid) {
            const QString path = kModelPath + QStringLiteral(".fallbacks[%1]").arg(i);
            if (newUuid == primary || newListed) {
                ReplaceChange c = change(ReplaceChange::Kind::FallbackDropped, path, ref, QString());
                c.fallbackIndex = i;
                *changes << c;
                touched = true;
                continue;
            }
            if (ref == oldUuid) {
                ReplaceChange c = change(ReplaceChange::Kind::Fallback, path, ref, newUuid);
                c.fallbackIndex = i;
                *changes << c;
                value = newUuid;
                touched = true;
            }
            newListed = true;
        }
        kept.append(value);
    }
    if (touched)
        chain->insert(QLatin1String("fallbacks"), kept);
}

// model.reasoning (4.10.7+): the old model's entry renamed to the new model.
void replaceReasoning(QJsonObject *chain, const QString &oldUuid, const QString &newUuid, QList<ReplaceChange> *changes)
{
    QJsonObject levels = chain->value(QLatin1String("reasoning")).toObject();
    if (!levels.contains(oldUuid))
        return;
    const QString level = levels.take(oldUuid).toString();
    ReplaceChange c
        = change(ReplaceChange::Kind::ReasoningRenamed, kModelPath + QStringLiteral(".reasoning"), oldUuid, newUuid);
    if (levels.contains(newUuid)) {
        c.kind = ReplaceChange::Kind::ReasoningKept;
        c.level = levels.value(newUuid).toString();
        c.droppedLevel = level;
    } else {
        c.level = level;
        levels.insert(newUuid, level);
    }
    *changes << c;
    chain->insert(QLatin1String("reasoning"), levels);
}

} // namespace

QList<ReplaceChange> ReplacePlan::apply(QJsonObject *config, const QString &oldUuid, const QString &newUuid)
{
    const PipelineRefs refs = PipelineRefs::read(*config);
    if (!refs.localAgent || oldUuid.isEmpty() || oldUuid == newUuid)
        return {};
    QList<ReplaceChange> changes;
    QJsonObject ai = config->value(PipelineRefs::aiKey()).toObject();
    QJsonObject agent = ai.value(PipelineRefs::agentKey()).toObject();
    const QJsonValue model = agent.value(PipelineRefs::modelKey());
    if (refs.plainModel) {
        if (refs.primary == oldUuid) {
            changes << change(ReplaceChange::Kind::PlainModel, kModelPath, oldUuid, newUuid);
            agent.insert(PipelineRefs::modelKey(), newUuid); // a string stays a string
        }
    } else if (model.isObject()) {
        QJsonObject chain = model.toObject();
        QString primary = refs.primary;
        if (primary == oldUuid) {
            changes << change(ReplaceChange::Kind::Primary, kModelPath + QStringLiteral(".primary"), oldUuid, newUuid);
            chain.insert(QLatin1String("primary"), newUuid);
            primary = newUuid;
        }
        if (refs.primary == oldUuid || refs.fallbacks.contains(oldUuid))
            replaceFallbacks(&chain, primary, oldUuid, newUuid, &changes);
        replaceReasoning(&chain, oldUuid, newUuid, &changes);
        if (!changes.isEmpty())
            agent.insert(PipelineRefs::modelKey(), chain);
    }
    if (refs.rerank == oldUuid) {
        changes << change(ReplaceChange::Kind::Rerank, QStringLiteral("ai.local-agent.rerank-model"), oldUuid, newUuid);
        agent.insert(PipelineRefs::rerankKey(), newUuid);
    }
    if (!changes.isEmpty()) {
        ai.insert(PipelineRefs::agentKey(), agent);
        config->insert(PipelineRefs::aiKey(), ai);
    }
    return changes;
}

ReplacePlan ReplacePlan::make(const LlmModel &oldModel, const LlmModel &newModel, const QJsonArray &pipelines,
                              const QJsonArray &bots, const QJsonArray &knowledgeBases)
{
    ReplacePlan plan;
    plan.m_oldUuid = oldModel.uuid();
    plan.m_newUuid = newModel.uuid();
    plan.m_oldName = oldModel.name();
    plan.m_newName = newModel.name();
    if (plan.m_oldUuid == plan.m_newUuid) {
        plan.m_error = tr("The old and the new model are the same model (%1): there is nothing to replace.")
                           .arg(quoted(plan.m_oldName));
        return plan;
    }
    if (oldModel.type() != newModel.type()) {
        plan.m_error = tr("%1 is a model of type %2 and %3 of type %4: a model can only be replaced by one of the "
                          "same type.")
                           .arg(quoted(plan.m_oldName), modelTypeId(oldModel.type()), quoted(plan.m_newName),
                                modelTypeId(newModel.type()));
        return plan;
    }
    const ModelUsage usage = ModelUsage::build(pipelines, bots, knowledgeBases);
    for (const QJsonValue &value : pipelines) {
        const QJsonObject pipeline = value.toObject();
        QJsonObject config = pipeline.value(QLatin1String("config")).toObject();
        ReplaceRow row;
        row.changes = apply(&config, plan.m_oldUuid, plan.m_newUuid);
        if (row.changes.isEmpty())
            continue;
        row.pipelineUuid = pipeline.value(QLatin1String("uuid")).toString();
        row.pipelineName = pipeline.value(QLatin1String("name")).toString();
        row.bots = usage.botsOf(row.pipelineUuid);
        plan.m_rows << row;
    }
    for (const ModelUse &use : usage.usesOf(plan.m_oldUuid)) {
        if (use.role != ModelUse::Role::Embedding)
            continue;
        auto found = std::find_if(plan.m_bases.begin(), plan.m_bases.end(),
                                  [&](const RecreateBase &base) { return base.uuid == use.knowledgeBaseUuid; });
        if (found == plan.m_bases.end())
            found = plan.m_bases.insert(plan.m_bases.end(),
                                        RecreateBase{use.knowledgeBaseUuid, use.knowledgeBaseName, {}});
        if (!use.pipelineUuid.isEmpty())
            found->pipelineNames << (use.pipelineName.isEmpty() ? use.pipelineUuid : use.pipelineName);
    }
    return plan;
}

QString ReplacePlan::describe(const ReplaceChange &change, const QHash<QString, QString> &modelNames)
{
    const QString from = quoted(modelNames.value(change.oldValue, change.oldValue));
    const QString to = quoted(modelNames.value(change.newValue, change.newValue));
    switch (change.kind) {
    case ReplaceChange::Kind::Primary:
        return tr("primary model: %1 → %2").arg(from, to);
    case ReplaceChange::Kind::PlainModel:
        return tr("model (a plain uuid, kept as one): %1 → %2").arg(from, to);
    case ReplaceChange::Kind::Fallback:
        return tr("fallback %1: %2 → %3").arg(change.fallbackIndex + 1).arg(from, to);
    case ReplaceChange::Kind::FallbackDropped:
        return tr("fallback %1: %2 removed, the new model is already the primary model or a fallback")
            .arg(change.fallbackIndex + 1)
            .arg(from);
    case ReplaceChange::Kind::ReasoningRenamed:
        return tr("reasoning level %1: moves from %2 to %3").arg(quoted(change.level), from, to);
    case ReplaceChange::Kind::ReasoningKept:
        return tr("reasoning: %1 keeps its own level %2; the level %3 of %4 is removed")
            .arg(to, quoted(change.level), quoted(change.droppedLevel), from);
    case ReplaceChange::Kind::Rerank:
        return tr("rerank model: %1 → %2").arg(from, to);
    }
    return {};
}

QString ReplacePlan::describe(const RecreateBase &base) const
{
    const QString name = quoted(base.name.isEmpty() ? base.uuid : base.name);
    if (base.pipelineNames.isEmpty())
        return tr("Knowledge base %1 embeds with %2: it is not changed; it must be recreated with %3 and its "
                  "documents added again.")
            .arg(name, quoted(m_oldName), quoted(m_newName));
    return tr("Knowledge base %1 embeds with %2: it is not changed; it must be recreated with %3 and its documents "
              "added again (searched by %4).")
        .arg(name, quoted(m_oldName), quoted(m_newName), base.pipelineNames.join(QLatin1String(", ")));
}

QString ReplacePlan::legacyNote()
{
    return tr("LangBot 4.0–4.6 servers have no pipelines that name models: there is nothing to replace.");
}

} // namespace lb
