// Who uses the models on LangBot 4.7+ (API.md 10): the pipeline, bot and
// knowledge-base lists, each in the shape of the version the fake speaks.
#include "FakeServerInternals.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lb::demo {

namespace {

const QString kPipelinesPath = u"/api/v1/pipelines"_s;
const QString kBotsPath = u"/api/v1/platform/bots"_s;
const QString kBasesPath = u"/api/v1/knowledge/bases"_s;

// A stored pipeline (newest shape, or as a PUT sent it) in the shape of this
// version: a plain model uuid before 4.9.1, no reasoning map before 4.10.7, no
// rerank model before 4.9.7. A plain-string model (stored by a 4.9.0 server,
// or sent back so) stays one in every version.
QJsonObject shaped(const QJsonObject &stored, bool reasoning, bool objectModel, bool rerank)
{
    QJsonObject pipeline = stored;
    QJsonObject config = pipeline.value(u"config"_s).toObject();
    QJsonObject ai = config.value(u"ai"_s).toObject();
    QJsonObject agent = ai.value(u"local-agent"_s).toObject();
    if (agent.isEmpty())
        return pipeline;
    const QJsonValue value = agent.value(u"model"_s);
    if (value.isObject()) {
        QJsonObject model = value.toObject();
        if (!reasoning)
            model.remove(u"reasoning"_s);
        agent.insert(u"model"_s, objectModel ? QJsonValue(model) : model.value(u"primary"_s));
    }
    if (!rerank)
        agent.remove(u"rerank-model"_s);
    ai.insert(u"local-agent"_s, agent);
    config.insert(u"ai"_s, ai);
    pipeline.insert(u"config"_s, config);
    return pipeline;
}

} // namespace

void FakeLangBotServer::setUsageData(const QJsonArray &pipelines, const QJsonArray &bots,
                                     const QJsonArray &knowledgeBases)
{
    d->pipelines = pipelines;
    d->bots = bots;
    d->knowledgeBases = knowledgeBases;
}

QJsonArray FakeLangBotServer::pipelines() const
{
    return d->pipelines;
}

bool FakeLangBotServer::Impl::isUsagePath(const QString &path)
{
    return path == kPipelinesPath || path.startsWith(kPipelinesPath + u'/') || path == kBotsPath || path == kBasesPath;
}

// GET and PUT /api/v1/pipelines/{uuid}. PUT replaces the whole config (no
// merge, no version check), as LangBot does; a "name" sent is stored too (real
// servers restart the pipeline's bots then), so tests can tell.
Answer FakeLangBotServer::Impl::handlePipeline(const RecordedRequest &request, const QString &uuid)
{
    if (request.method != "GET" && request.method != "PUT")
        return methodNotAllowed();
    if (auto denied = authorize(request, true))
        return *denied;
    const bool put = request.method == "PUT";
    if (auto denied = requirePermission(request, put ? u"resource.manage"_s : u"resource.view"_s))
        return *denied;
    const auto found = std::find_if(pipelines.begin(), pipelines.end(), [&](const QJsonValueRef &value) {
        return value.toObject().value(u"uuid"_s).toString() == uuid;
    });
    if (found == pipelines.end())
        return workspaces() ? resourceNotFound(QString()) : failAnswer(404, -1, u"pipeline not found"_s);
    if (!put)
        return okAnswer(QJsonObject{
            {u"pipeline"_s, shaped((*found).toObject(), workspaces(), atLeast(4, 9, 1), atLeast(4, 9, 7))}});
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const std::optional<QJsonObject> body
        = document.isObject() ? std::optional<QJsonObject>(document.object()) : std::nullopt;
    if (!body)
        return serverError(u"400 Bad Request: The browser (or proxy) sent a request that this server could not "
                           "understand."_s);
    QJsonObject pipeline = (*found).toObject();
    if (body->contains(u"config"_s))
        pipeline.insert(u"config"_s, body->value(u"config"_s));
    if (body->contains(u"name"_s))
        pipeline.insert(u"name"_s, body->value(u"name"_s));
    *found = pipeline;
    return okAnswer();
}

Answer FakeLangBotServer::Impl::handleUsage(const RecordedRequest &request)
{
    if (request.path.startsWith(kPipelinesPath + u'/'))
        return handlePipeline(request, request.path.mid(kPipelinesPath.size() + 1));
    if (request.method != "GET")
        return methodNotAllowed();
    if (auto denied = authorize(request, true))
        return *denied;
    if (auto denied = requirePermission(request, u"resource.view"_s))
        return *denied;

    if (request.path == kPipelinesPath) {
        QJsonArray list;
        for (const QJsonValue &value : std::as_const(pipelines))
            list.append(shaped(value.toObject(), workspaces(), atLeast(4, 9, 1), atLeast(4, 9, 7)));
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
