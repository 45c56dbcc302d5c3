// LLM, embedding and rerank models of the fake server on LangBot 4.7+
// (API.md 5 and 6): allow-lists by version, masking, reasoning levels, tests,
// and the known quirks (gotchas 13 and 15).
#include "FakeServerInternals.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lb::demo {

namespace {

const QStringList kReasoningLevels{u"provider_default"_s, u"disabled"_s, u"enabled"_s, u"minimal"_s, u"low"_s,
                                   u"medium"_s,           u"high"_s,     u"xhigh"_s,   u"max"_s};
const QStringList kReasoningArgs{u"reasoning_effort"_s, u"thinking"_s, u"enable_thinking"_s, u"thinking_budget"_s,
                                 u"reasoning"_s};
constexpr int kDefaultSlowTestMs = 5000;
const QString kDefaultProviderError = u"Error code: 401 - {'error': {'message': 'Incorrect API key provided'}}"_s;

} // namespace

// The stored shape of a model of this type on this version: defaults filled
// in, fields the version does not have dropped.
QJsonObject FakeLangBotServer::Impl::normalizedModel(ModelType type, QJsonObject model) const
{
    for (const char *legacyField : {"description", "requester", "requester_config", "api_keys", "provider"})
        model.remove(QLatin1String(legacyField));
    if (!model.value(u"extra_args"_s).isObject())
        model.insert(u"extra_args"_s, QJsonObject());
    if (!model.value(u"prefered_ranking"_s).isDouble())
        model.insert(u"prefered_ranking"_s, 0);
    const bool llm = type == ModelType::Llm;
    if (llm && !model.value(u"abilities"_s).isArray())
        model.insert(u"abilities"_s, QJsonArray());
    if (!llm)
        model.remove(u"abilities"_s);
    if (llm && features.hasContextLength()) {
        if (!model.contains(u"context_length"_s))
            model.insert(u"context_length"_s, QJsonValue::Null);
    } else {
        model.remove(u"context_length"_s);
    }
    if (llm && workspaces()) {
        if (!model.value(u"reasoning_config"_s).isObject())
            model.insert(u"reasoning_config"_s, QJsonObject{{u"level"_s, u"provider_default"_s}});
    } else {
        model.remove(u"reasoning_config"_s);
    }
    model.remove(u"reasoning_capabilities"_s);
    if (workspaces())
        model.insert(u"workspace_uuid"_s, kDemoWorkspaceUuid);
    else
        model.remove(u"workspace_uuid"_s);
    return model;
}

QJsonObject FakeLangBotServer::Impl::modelView(ModelType type, const QJsonObject &model, bool masked, bool nested) const
{
    QJsonObject view = model;
    if (type == ModelType::Llm && workspaces())
        view.insert(u"reasoning_capabilities"_s, reasoningCapabilities(model));
    if (masked)
        view.insert(u"extra_args"_s, maskSecrets({}, model.value(u"extra_args"_s)));
    if (nested) {
        const QString providerUuid = model.value(u"provider_uuid"_s).toString();
        view.insert(u"provider"_s,
                    providers.contains(providerUuid) ? QJsonValue(providerView(providers.value(providerUuid), masked))
                                                     : QJsonValue());
    }
    return view;
}

Answer FakeLangBotServer::Impl::listTypedModels(ModelType type, const QString &providerUuid, bool masked)
{
    if (!providerUuid.isEmpty() && !providers.contains(providerUuid))
        return workspaces() ? resourceNotFound({}) : okAnswer(QJsonObject{{u"models"_s, QJsonArray()}});
    const QString cacheKey = modelTypeId(type) + (masked ? u"/masked"_s : u"/plain"_s);
    if (providerUuid.isEmpty()) {
        const auto cached = typedListCache.constFind(cacheKey);
        if (cached != typedListCache.constEnd()) {
            Answer a;
            a.body = *cached;
            return a;
        }
    }
    const RecordStore &store = stores[int(type)];
    QJsonArray list;
    for (const QString &uuid : store.order) {
        const QJsonObject model = store.items.value(uuid);
        if (!providerUuid.isEmpty() && model.value(u"provider_uuid"_s).toString() != providerUuid)
            continue;
        list.append(modelView(type, model, masked, providerUuid.isEmpty()));
    }
    Answer answer = okAnswer(QJsonObject{{u"models"_s, list}});
    if (providerUuid.isEmpty())
        typedListCache.insert(cacheKey, answer.body);
    return answer;
}

// 4.10.7+: a reasoning level is checked against the merged record (API.md 5).
std::optional<Answer> FakeLangBotServer::Impl::checkReasoning(const QJsonObject &model) const
{
    const QJsonObject config = model.value(u"reasoning_config"_s).toObject();
    const QString level = config.value(u"level"_s).toString();
    if (config.size() != 1 || !kReasoningLevels.contains(level))
        return failAnswer(400, -1, u"Invalid reasoning_config: expected {\"level\": <level>}"_s);
    if (level == u"provider_default"_s)
        return std::nullopt;
    if (!model.value(u"abilities"_s).toArray().contains(u"reasoning"_s))
        return failAnswer(400, -1, u"The reasoning ability must be enabled before selecting a reasoning level"_s);
    if (!reasoningCapabilities(model).value(u"levels"_s).toArray().contains(level))
        return failAnswer(400, -1, u"Reasoning level \"%1\" is not supported by this model"_s.arg(level));
    const QJsonObject args = model.value(u"extra_args"_s).toObject();
    const QJsonObject body = args.value(u"extra_body"_s).toObject();
    for (const QString &key : kReasoningArgs) {
        if (args.contains(key) || body.contains(key))
            return failAnswer(400, -1,
                              u"extra_args key \"%1\" conflicts with the reasoning level; remove it"_s.arg(key));
    }
    return std::nullopt;
}

Answer FakeLangBotServer::Impl::createTypedModel(ModelType type, QJsonObject body)
{
    const QStringList allowed = allowedModelKeys(type, features);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()) && it.key() != u"provider"_s)
            return serverError(u"'%1' is an invalid keyword argument for %2"_s.arg(it.key(), modelTableName(type)));
    }
    if (body.contains(u"provider"_s)) { // a provider by uuid, or by what it holds
        const QJsonObject spec = body.take(u"provider"_s).toObject();
        body.insert(u"provider_uuid"_s,
                    spec.contains(u"uuid"_s) ? spec.value(u"uuid"_s).toString() : findOrCreateProvider(spec));
    }
    for (const QString &key : {u"name"_s, u"provider_uuid"_s}) {
        if (body.value(key).toString().isEmpty())
            return serverError(u"'%1'"_s.arg(key));
    }
    const QString providerUuid = body.value(u"provider_uuid"_s).toString();
    if (workspaces() && !providers.contains(providerUuid))
        return resourceNotFound({});
    const QString requesterName = providers.value(providerUuid).value(u"requester"_s).toString();
    const QJsonObject requester = findRequester(requesterName);
    const QJsonArray support = requester.value(u"spec"_s).toObject().value(u"support_type"_s).toArray();
    if (!requester.isEmpty() && !support.contains(requesterSupportType(type))) {
        return failAnswer(
            400, -1, u"Provider requester \"%1\" does not support %2 models"_s.arg(requesterName, modelTypeId(type)));
    }
    QJsonObject model = normalizedModel(type, body);
    if (workspaces() && type == ModelType::Llm) {
        if (auto rejected = checkReasoning(model))
            return *rejected;
    }
    // Gotcha 15 (4.7–4.10.6): saved, then the missing provider fails. An
    // embedding or rerank row is saved before its provider starts, too.
    const bool missingProvider = !providers.contains(providerUuid);
    const bool saveFirst = missingProvider || type != ModelType::Llm;
    if (!missingProvider && requester.isEmpty() && !saveFirst)
        return serverError(u"Requester %1 not found"_s.arg(requesterName));
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nextTimestamp();
    model.insert(u"uuid"_s, uuid);
    model.insert(u"created_at"_s, now);
    model.insert(u"updated_at"_s, now);
    RecordStore &store = stores[int(type)];
    store.items.insert(uuid, model);
    store.order.append(uuid);
    modelsChanged();
    if (missingProvider)
        return serverError(u"provider %1 not found"_s.arg(providerUuid));
    if (requester.isEmpty())
        return serverError(u"Requester %1 not found"_s.arg(requesterName));
    return okAnswer(QJsonObject{{u"uuid"_s, uuid}});
}

Answer FakeLangBotServer::Impl::updateTypedModel(ModelType type, const QString &uuid, const QJsonObject &body)
{
    RecordStore &store = stores[int(type)];
    if (!store.items.contains(uuid))
        return resourceNotFound(u"'NoneType' object has no attribute 'provider_uuid'"_s);
    const QStringList allowed = allowedModelKeys(type, features);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            return serverError(u"'%1' is an invalid keyword argument for %2"_s.arg(it.key(), modelTableName(type)));
    }
    const QJsonObject stored = store.items.value(uuid);
    QJsonObject model = stored;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const bool args = it.key() == u"extra_args"_s;
        model.insert(it.key(), args && workspaces() ? restoreMasked(it.value(), stored.value(it.key())) : it.value());
    }
    const QString providerUuid = model.value(u"provider_uuid"_s).toString();
    if (body.contains(u"provider_uuid"_s) && !providers.contains(providerUuid))
        return resourceNotFound(u"provider %1 not found"_s.arg(providerUuid));
    if (workspaces() && type == ModelType::Llm) {
        if (auto rejected = checkReasoning(model))
            return *rejected;
    }
    model.insert(u"updated_at"_s, nextTimestamp());
    store.items.insert(uuid, model);
    modelsChanged();
    // Gotcha 13 (4.7–4.10.6): written, then the reload reads the missing key.
    if (!workspaces() && !body.contains(u"provider_uuid"_s))
        return serverError(u"'provider_uuid'"_s);
    return okAnswer();
}

Answer FakeLangBotServer::Impl::testTypedModel(ModelType type, const QString &uuid, const RecordedRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const bool unsaved = uuid == u"_"_s;
    if ((!request.body.isEmpty() || unsaved || type == ModelType::Llm) && !document.isObject())
        return serverError(u"400 Bad Request: The browser (or proxy) sent a request that this server could not "
                           "understand."_s);
    const QJsonObject body = document.object();
    // On 4.10.7+ only the request id; before, the provider's words.
    const auto providerFailure
        = [this](const QString &text) { return serverError(u"模型请求失败: RequesterError: %1"_s.arg(text)); };
    Answer answer;
    if (unsaved) {
        QStringList allowed = allowedModelKeys(type, features);
        allowed << u"uuid"_s << u"provider"_s;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!allowed.contains(it.key()))
                return serverError(u"'%1' is an invalid keyword argument for %2"_s.arg(it.key(), modelTableName(type)));
        }
        const QJsonObject provider = body.value(u"provider"_s).toObject();
        for (auto it = provider.begin(); it != provider.end(); ++it) {
            if (!QStringList{u"requester"_s, u"base_url"_s, u"api_keys"_s, u"name"_s}.contains(it.key()))
                return serverError(u"'%1' is an invalid keyword argument for LLMProvider"_s.arg(it.key()));
        }
        const QString requester = provider.value(u"requester"_s).toString();
        if (findRequester(requester).isEmpty())
            return serverError(u"Requester %1 not found"_s.arg(requester));
        if (workspaces() && type == ModelType::Llm && body.contains(u"reasoning_config"_s)) {
            if (auto rejected = checkReasoning(normalizedModel(type, body)))
                return serverError(QString::fromUtf8(rejected->body));
        }
        const QJsonArray keys = provider.value(u"api_keys"_s).toArray();
        if (provider.value(u"base_url"_s).toString().contains(u"invalid"_s))
            answer = providerFailure(u"Connection error."_s);
        else if (keys.contains(kMasked))
            answer = providerFailure(kDefaultProviderError);
        else
            answer = okAnswer();
        answer.delayMs = defaultTestDelay;
        return answer;
    }
    if (!stores[int(type)].items.contains(uuid))
        return resourceNotFound(u"'NoneType' object has no attribute 'provider_uuid'"_s);
    const TestSpec spec = tests.value(uuid);
    switch (spec.behaviour) {
    case TestBehaviour::Ok:
        answer = okAnswer();
        break;
    case TestBehaviour::ProviderError:
        answer = providerFailure(spec.message.isEmpty() ? kDefaultProviderError : spec.message);
        break;
    case TestBehaviour::Slow:
        answer = okAnswer();
        answer.delayMs = spec.delayMs > 0 ? spec.delayMs : kDefaultSlowTestMs;
        return answer;
    }
    answer.delayMs = spec.delayMs > 0 ? spec.delayMs : defaultTestDelay;
    return answer;
}

} // namespace lb::demo
