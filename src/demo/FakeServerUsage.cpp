// Who uses the models on LangBot 4.7+ (API.md 10): the pipeline, bot and
// knowledge-base lists, each in the shape of the version the fake speaks.
#include "FakeServerInternals.h"

using namespace Qt::StringLiterals;

namespace lb::demo {

namespace {

const QString kPipelinesPath = u"/api/v1/pipelines"_s;
const QString kBotsPath = u"/api/v1/platform/bots"_s;
const QString kBasesPath = u"/api/v1/knowledge/bases"_s;

} // namespace

void FakeLangBotServer::setUsageData(const QJsonArray &pipelines, const QJsonArray &bots,
                                     const QJsonArray &knowledgeBases)
{
    d->pipelines = pipelines;
    d->bots = bots;
    d->knowledgeBases = knowledgeBases;
}

bool FakeLangBotServer::Impl::isUsagePath(const QString &path)
{
    return path == kPipelinesPath || path == kBotsPath || path == kBasesPath;
}

Answer FakeLangBotServer::Impl::handleUsage(const RecordedRequest &request)
{
    if (request.method != "GET")
        return methodNotAllowed();
    if (auto denied = authorize(request, true))
        return *denied;
    if (auto denied = requirePermission(request, u"resource.view"_s))
        return *denied;

    if (request.path == kPipelinesPath) {
        QJsonArray list;
        for (const QJsonValue &value : std::as_const(pipelines)) {
            QJsonObject pipeline = value.toObject();
            QJsonObject config = pipeline.value(u"config"_s).toObject();
            QJsonObject ai = config.value(u"ai"_s).toObject();
            QJsonObject agent = ai.value(u"local-agent"_s).toObject();
            if (!agent.isEmpty()) {
                QJsonObject model = agent.value(u"model"_s).toObject();
                if (!workspaces()) // the reasoning map is 4.10.7+
                    model.remove(u"reasoning"_s);
                // Up to 4.9.0 the model was a plain uuid (4.9.1 migrated it).
                agent.insert(u"model"_s, atLeast(4, 9, 1) ? QJsonValue(model) : model.value(u"primary"_s));
                if (!atLeast(4, 9, 7))
                    agent.remove(u"rerank-model"_s);
                ai.insert(u"local-agent"_s, agent);
                config.insert(u"ai"_s, ai);
                pipeline.insert(u"config"_s, config);
            }
            list.append(pipeline);
        }
        return okAnswer(QJsonObject{{u"pipelines"_s, list}});
    }
    if (request.path == kBotsPath) {
        QJsonArray list;
        for (const QJsonValue &value : std::as_const(bots)) {
            QJsonObject bot = value.toObject();
            if (!atLeast(4, 9, 6))
                bot.remove(u"pipeline_routing_rules"_s);
            list.append(bot);
        }
        return okAnswer(QJsonObject{{u"bots"_s, list}});
    }
    QJsonArray list;
    for (const QJsonValue &value : std::as_const(knowledgeBases)) {
        QJsonObject base = value.toObject();
        if (!atLeast(4, 9, 0)) { // 4.7–4.8: the embedding model at the top level
            QJsonObject settings = base.value(u"creation_settings"_s).toObject();
            base.insert(u"embedding_model_uuid"_s, settings.take(u"embedding_model_uuid"_s));
            base.insert(u"creation_settings"_s, settings);
        }
        list.append(base);
    }
    return okAnswer(QJsonObject{{u"bases"_s, list}});
}

} // namespace lb::demo
