// The LangBot 4.7+ API of the fake server (API.md, "Newer servers"):
// providers, models of three types, permissions and masking (4.10.7+), the
// workspace and system routes, and each generation's error bodies.
#include "FakeServerInternals.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lb::demo {

namespace {

const QString kProvidersPath = u"/api/v1/provider/providers"_s;
const QString kTypedModelsPath = u"/api/v1/provider/models/"_s;
const QString kInstanceUuid = u"5d2c8e4a-6b1f-4c3d-9e7a-0f2b4d6c8a1e"_s;
const QString kManageSecrets = u"provider_secret.manage"_s;
const QStringList kProviderKeys{u"name"_s, u"requester"_s, u"base_url"_s, u"api_keys"_s};

QString typeLabel(ModelType type)
{
    return type == ModelType::Llm ? u"LLM"_s : type == ModelType::Embedding ? u"Embedding"_s : u"Rerank"_s;
}

QStringList cleanKeys(const QJsonValue &value)
{
    QStringList keys;
    const QJsonArray list = value.isString() ? QJsonArray{value} : value.toArray();
    for (const QJsonValue &key : list) {
        const QString text = key.toString().trimmed();
        if (!text.isEmpty() && !keys.contains(text))
            keys << text;
    }
    return keys;
}

// What GET {base_url}/models answers upstream, by requester.
QStringList scanCatalog(const QString &requester)
{
    static const QHash<QString, QStringList> catalog{
        {u"openai-chat-completions"_s,
         {u"gpt-4o"_s, u"gpt-4o-mini"_s, u"gpt-4.1"_s, u"o3-mini"_s, u"text-embedding-3-small"_s,
          u"text-embedding-3-large"_s}},
        {u"deepseek-chat-completions"_s, {u"deepseek-chat"_s, u"deepseek-reasoner"_s}},
        {u"siliconflow-chat-completions"_s,
         {u"deepseek-ai/DeepSeek-V3"_s, u"Qwen/Qwen2.5-72B-Instruct"_s, u"Qwen/QwQ-32B"_s, u"BAAI/bge-m3"_s,
          u"BAAI/bge-reranker-v2-m3"_s, u"netease-youdao/bce-reranker-base_v1"_s}},
        {u"ollama-chat"_s, {u"llama3.1:8b"_s, u"qwen2.5:14b"_s, u"nomic-embed-text:latest"_s}},
    };
    return catalog.value(requester, {u"gpt-4o-mini"_s, u"text-embedding-3-small"_s});
}

ModelType guessType(const QString &id)
{
    const QString name = id.toLower();
    if (name.contains(u"rerank"_s))
        return ModelType::Rerank;
    if (name.contains(u"embed"_s) || name.contains(u"bge-m3"_s))
        return ModelType::Embedding;
    return ModelType::Llm;
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

const QString kMasked = u"***"_s;
const QString kDemoWorkspaceUuid = u"9a1e5c3b-2d4f-4a6e-8b0c-1d3f5a7b9c2e"_s;

// The keys a create or update body may carry (API.md 5).
QStringList allowedModelKeys(ModelType type, const ServerFeatures &features)
{
    QStringList keys{u"name"_s, u"provider_uuid"_s, u"extra_args"_s, u"prefered_ranking"_s};
    if (type == ModelType::Llm) {
        keys << u"abilities"_s;
        if (features.hasContextLength())
            keys << u"context_length"_s;
        if (features.hasReasoningConfig())
            keys << u"reasoning_config"_s;
    }
    return keys;
}

QString modelTableName(ModelType type)
{
    return type == ModelType::Llm      ? u"LLMModel"_s
        : type == ModelType::Embedding ? u"EmbeddingModel"_s
                                       : u"RerankModel"_s;
}

static bool secretKeyName(const QString &key)
{
    const QString k = key.toLower();
    return k == u"api_key"_s || k == u"authorization"_s || k == u"access_key"_s || k == u"private_key"_s
        || k.contains(u"token"_s) || k.contains(u"secret"_s) || k.contains(u"password"_s);
}

// Credentials in a URL: user info and secret-looking query values.
QString redactUrl(const QString &url)
{
    static const QRegularExpression userInfo(uR"(^([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#]+@)"_s);
    static const QRegularExpression query(uR"(([?&])([^=&#]*(?:token|key|secret|password|sig)[^=&#]*)=[^&#]*)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QString out = url;
    out.replace(userInfo, u"\\1***@"_s);
    out.replace(query, u"\\1\\2=***"_s);
    return out;
}

QJsonValue maskSecrets(const QString &key, const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = maskSecrets(it.key(), it.value());
        return object;
    }
    const bool empty = value.isNull() || (value.isString() && value.toString().isEmpty());
    if (secretKeyName(key) && !empty)
        return kMasked;
    if (key.toLower().endsWith(u"_url"_s) && value.isString())
        return redactUrl(value.toString());
    return value;
}

// A PUT's "***" leaf keeps the stored value at that key path (4.10.7+).
QJsonValue restoreMasked(const QJsonValue &sent, const QJsonValue &stored)
{
    if (sent.isString() && sent.toString() == kMasked)
        return stored.isUndefined() ? sent : stored;
    if (sent.isObject()) {
        QJsonObject object = sent.toObject();
        const QJsonObject before = stored.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = restoreMasked(it.value(), before.value(it.key()));
        return object;
    }
    return sent;
}

QJsonObject reasoningCapabilities(const QJsonObject &model)
{
    if (model.value(u"abilities"_s).toArray().contains(u"reasoning"_s)) {
        return {{u"supported"_s, true},
                {u"levels"_s, QJsonArray{u"provider_default"_s, u"disabled"_s, u"low"_s, u"medium"_s, u"high"_s}},
                {u"source"_s, u"manual"_s}};
    }
    return {{u"supported"_s, false}, {u"levels"_s, QJsonArray{u"provider_default"_s}}, {u"source"_s, u"unknown"_s}};
}

// --- errors ------------------------------------------------------------------

Answer FakeLangBotServer::Impl::serverError(const QString &text) const
{
    if (!workspaces())
        return failAnswer(500, -2, text);
    Answer a;
    a.status = 500;
    a.body = toCompactJson(QJsonObject{{u"code"_s, u"internal_error"_s},
                                       {u"msg"_s, u"Internal server error"_s},
                                       {u"data"_s, QJsonValue::Null},
                                       {u"request_id"_s, requestId}});
    return a;
}

Answer FakeLangBotServer::Impl::resourceNotFound(const QString &legacyText) const
{
    if (workspaces())
        return envelopeAnswer(404, u"resource_not_found"_s, u"Resource not found"_s, QJsonValue::Null);
    return serverError(legacyText); // not checked before 4.10.7: the lookup fails
}

Answer FakeLangBotServer::Impl::permissionDenied(const QString &permission) const
{
    return envelopeAnswer(403, u"permission_denied"_s, u"Missing Workspace permission: %1"_s.arg(permission),
                          QJsonValue::Null);
}

std::optional<Answer> FakeLangBotServer::Impl::requirePermission(const RecordedRequest &request,
                                                                 const QString &permission) const
{
    if (!workspaces() || callerPermissions(request).contains(permission))
        return std::nullopt;
    return permissionDenied(permission);
}

// --- routes ------------------------------------------------------------------

Answer FakeLangBotServer::Impl::handleNewApi(const RecordedRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    const bool context = path == u"/api/v1/system/context"_s;
    if (path == u"/api/v1/workspaces/current"_s && workspaces()) {
        if (method != "GET")
            return methodNotAllowed();
        if (auto denied = authorize(request, false))
            return *denied;
        return okAnswer(QJsonObject{
            {u"uuid"_s, kDemoWorkspaceUuid},
            {u"name"_s, u"Default workspace"_s},
            {u"permissions"_s, QJsonArray::fromStringList(allPermissions())},
            {u"membership"_s, QJsonObject{{u"role"_s, u"owner"_s}, {u"user"_s, user}}},
        });
    }
    if ((context || path == u"/api/v1/system/capabilities"_s) && atLeast(4, 10, 11)) {
        if (method != "GET")
            return methodNotAllowed();
        if (auto denied = authorize(request, true))
            return *denied;
        if (context) {
            const QStringList permissions = callerPermissions(request);
            const bool viewer = permissions == viewerPermissions();
            const bool jwt = request.headers.value("x-api-key").isEmpty()
                && verifyToken(request.headers.value("authorization").mid(7).trimmed());
            return okAnswer(QJsonObject{
                {u"instance_uuid"_s, kInstanceUuid},
                {u"workspace_uuid"_s, kDemoWorkspaceUuid},
                {u"api_key_id"_s, jwt ? QJsonValue() : QJsonValue(viewer ? u"ak_demo_view"_s : u"ak_demo_full"_s)},
                {u"permissions"_s, QJsonArray::fromStringList(permissions)},
            });
        }
        QJsonObject operations;
        for (const char *id : {"list", "get", "create", "update", "delete", "scan_models"})
            operations.insert(u"provider."_s + QLatin1String(id), QJsonObject{{u"supported"_s, true}});
        for (const ModelType type : allModelTypes) {
            for (const char *id : {"list", "get", "create", "update", "delete", "test"}) {
                operations.insert(u"model.%1.%2"_s.arg(modelTypeId(type), QLatin1String(id)),
                                  QJsonObject{{u"supported"_s, true}});
            }
        }
        return okAnswer(QJsonObject{{u"schema_version"_s, 1}, {u"operations"_s, operations}});
    }
    if (path == kProvidersPath || path.startsWith(kProvidersPath + u'/')) {
        const QStringList segments
            = path == kProvidersPath ? QStringList() : path.mid(kProvidersPath.size() + 1).split(u'/');
        return handleProviders(request, segments);
    }
    if (path.startsWith(kTypedModelsPath)) {
        QStringList segments = path.mid(kTypedModelsPath.size()).split(u'/');
        const QString id = segments.takeFirst();
        const std::optional<ModelType> type = modelTypeFromId(id);
        if (type && id == modelTypeId(*type) && (*type != ModelType::Rerank || features.hasRerank()))
            return handleTypedModels(request, *type, segments);
    }
    return unknownRoute(method);
}

// The shape shared by the provider and model routes: a collection (GET,
// POST), an item (GET, PUT, DELETE) and one action under an item (scan: GET,
// test: POST); then credentials, the permission of the method (API.md 3) and
// the JSON body of a write. Returns the answer that ends the request, if any.
std::optional<Answer> FakeLangBotServer::Impl::admitResource(const RecordedRequest &request,
                                                             const QStringList &segments, const QString &action,
                                                             const QByteArray &actionMethod, ResourceRoute *route)
{
    const QByteArray &method = request.method;
    route->collection = segments.isEmpty();
    route->item = segments.size() == 1 && !segments.at(0).isEmpty();
    route->action = !action.isEmpty() && segments.size() == 2 && !segments.at(0).isEmpty() && segments.at(1) == action;
    if (!route->collection && !route->item && !route->action)
        return unknownRoute(method);
    const bool allowed = (route->collection && (method == "GET" || method == "POST"))
        || (route->item && (method == "GET" || method == "PUT" || method == "DELETE"))
        || (route->action && method == actionMethod);
    if (!allowed)
        return methodNotAllowed();
    if (auto denied = authorize(request, true))
        return denied;
    const QString permission = method == "DELETE" ? u"resource.manage"_s
        : method == "GET" && !route->action       ? u"resource.view"_s
                                                  : kManageSecrets;
    if (auto denied = requirePermission(request, permission))
        return denied;
    const QUrlQuery query(request.query);
    route->masked = workspaces()
        && (!callerPermissions(request).contains(kManageSecrets)
            || (atLeast(4, 10, 11) && query.queryItemValue(u"include_secret"_s) == u"false"_s));
    if (!route->action && (method == "POST" || method == "PUT")) { // a test reads its own body
        route->body = parseObject(request.body);
        if (!route->body)
            return serverError(u"400 Bad Request: The browser (or proxy) sent a request that this server could "
                               "not understand."_s);
    }
    return std::nullopt;
}

Answer FakeLangBotServer::Impl::handleProviders(const RecordedRequest &request, const QStringList &segments)
{
    const QByteArray &method = request.method;
    const QString scanAction = features.canScanModels() ? u"scan-models"_s : QString();
    ResourceRoute route;
    if (auto done = admitResource(request, segments, scanAction, "GET", &route))
        return *done;
    if (route.collection)
        return method == "GET" ? listProviders(route.masked) : createProvider(*route.body);
    const QString uuid = segments.at(0);
    if (route.action) {
        const QUrlQuery query(request.query);
        return scanProvider(uuid, query.hasQueryItem(u"type"_s) ? query.queryItemValue(u"type"_s) : QString());
    }
    if (method == "GET") {
        if (!providers.contains(uuid))
            return failAnswer(404, -1, u"provider not found"_s);
        const ModelCounts counts = modelCounts();
        return okAnswer(QJsonObject{{u"provider"_s, providerView(providers.value(uuid), route.masked, &counts)}});
    }
    if (method == "PUT")
        return updateProvider(uuid, *route.body);
    return deleteProvider(uuid);
}

Answer FakeLangBotServer::Impl::handleTypedModels(const RecordedRequest &request, ModelType type,
                                                  const QStringList &segments)
{
    const QByteArray &method = request.method;
    ResourceRoute route;
    if (auto done = admitResource(request, segments, u"test"_s, "POST", &route))
        return *done;
    if (route.action)
        return testTypedModel(type, segments.at(0), request);
    if (route.collection) {
        if (method == "POST")
            return createTypedModel(type, *route.body);
        const QUrlQuery query(request.query);
        return listTypedModels(type, query.queryItemValue(u"provider_uuid"_s, QUrl::FullyDecoded), route.masked);
    }
    const QString uuid = segments.at(0);
    RecordStore &store = stores[int(type)];
    if (method == "GET") {
        if (!store.items.contains(uuid))
            return failAnswer(404, -1, u"model not found"_s);
        return okAnswer(QJsonObject{{u"model"_s, modelView(type, store.items.value(uuid), route.masked, true)}});
    }
    if (method == "PUT")
        return updateTypedModel(type, uuid, *route.body);
    if (!store.items.contains(uuid))
        return workspaces() ? resourceNotFound({}) : okAnswer();
    store.items.remove(uuid);
    store.order.removeOne(uuid);
    modelsChanged();
    return okAnswer();
}

// --- providers -----------------------------------------------------------------

// The provider as a read shows it; with counts, as the provider routes do.
QJsonObject FakeLangBotServer::Impl::providerView(const QJsonObject &provider, bool masked,
                                                  const ModelCounts *counts) const
{
    QJsonObject view = provider;
    if (masked) {
        QJsonArray keys = view.value(u"api_keys"_s).toArray();
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            if (!it->toString().isEmpty())
                *it = kMasked;
        }
        view.insert(u"api_keys"_s, keys);
        view.insert(u"base_url"_s, redactUrl(view.value(u"base_url"_s).toString()));
    }
    if (counts) {
        const std::array<int, 3> perType = counts->value(provider.value(u"uuid"_s).toString());
        for (const ModelType type : allModelTypes) {
            if (type != ModelType::Rerank || features.hasRerank())
                view.insert(providerCountKey(type), perType[int(type)]);
        }
    }
    return view;
}

// How many models of each type point at each provider, in one pass.
FakeLangBotServer::Impl::ModelCounts FakeLangBotServer::Impl::modelCounts() const
{
    ModelCounts counts;
    for (const ModelType type : allModelTypes) {
        for (const QJsonObject &model : stores[int(type)].items)
            ++counts[model.value(u"provider_uuid"_s).toString()][int(type)];
    }
    return counts;
}

Answer FakeLangBotServer::Impl::listProviders(bool masked) const
{
    const ModelCounts counts = modelCounts();
    QJsonArray list;
    for (const QString &uuid : providerOrder)
        list.append(providerView(providers.value(uuid), masked, &counts));
    return okAnswer(QJsonObject{{u"providers"_s, list}});
}

QJsonObject FakeLangBotServer::Impl::normalizedProvider(QJsonObject provider) const
{
    if (workspaces())
        provider.insert(u"workspace_uuid"_s, kDemoWorkspaceUuid);
    else
        provider.remove(u"workspace_uuid"_s);
    if (!provider.value(u"api_keys"_s).isArray())
        provider.insert(u"api_keys"_s, QJsonArray());
    for (const char *key : {"llm_count", "embedding_count", "rerank_count"})
        provider.remove(QLatin1String(key));
    return provider;
}

// The row is saved before the provider starts: an unknown requester leaves
// it behind a 500 (API.md 4).
Answer FakeLangBotServer::Impl::createProvider(const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!kProviderKeys.contains(it.key()))
            return serverError(u"'%1' is an invalid keyword argument for LLMProvider"_s.arg(it.key()));
    }
    for (const QString &key : {u"name"_s, u"requester"_s, u"base_url"_s}) {
        if (!body.value(key).isString())
            return serverError(u"'%1'"_s.arg(key));
    }
    const QStringList keys = cleanKeys(body.value(u"api_keys"_s));
    if (workspaces() && keys.contains(kMasked))
        return failAnswer(400, -1, u"Masked secret has no existing value"_s);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nextTimestamp();
    QJsonObject provider = body;
    provider.insert(u"uuid"_s, uuid);
    provider.insert(u"api_keys"_s, QJsonArray::fromStringList(keys));
    provider.insert(u"created_at"_s, now);
    provider.insert(u"updated_at"_s, now);
    providers.insert(uuid, normalizedProvider(provider));
    providerOrder.append(uuid);
    modelsChanged();
    const QString requester = body.value(u"requester"_s).toString();
    if (findRequester(requester).isEmpty())
        return serverError(u"Requester %1 not found"_s.arg(requester));
    return okAnswer(QJsonObject{{u"uuid"_s, uuid}});
}

Answer FakeLangBotServer::Impl::updateProvider(const QString &uuid, const QJsonObject &body)
{
    if (!providers.contains(uuid))
        return resourceNotFound(u"'NoneType' object has no attribute 'uuid'"_s);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!kProviderKeys.contains(it.key()))
            return serverError(u"'%1' is an invalid keyword argument for LLMProvider"_s.arg(it.key()));
    }
    QJsonObject provider = providers.value(uuid);
    if (body.contains(u"api_keys"_s)) {
        const QJsonArray stored = provider.value(u"api_keys"_s).toArray();
        const QJsonArray sent = body.value(u"api_keys"_s).isString() ? QJsonArray{body.value(u"api_keys"_s)}
                                                                     : body.value(u"api_keys"_s).toArray();
        QJsonArray keys;
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const QString key = sent.at(i).toString().trimmed();
            if (workspaces() && key == kMasked) {
                if (i >= stored.size())
                    return failAnswer(400, -1, u"Masked secret has no existing value"_s);
                keys.append(stored.at(i));
            } else if (!key.isEmpty()) {
                keys.append(key);
            }
        }
        provider.insert(u"api_keys"_s, keys);
    }
    for (const QString &key : {u"name"_s, u"requester"_s, u"base_url"_s}) {
        if (body.contains(key))
            provider.insert(key, body.value(key));
    }
    provider.insert(u"updated_at"_s, nextTimestamp());
    providers.insert(uuid, provider);
    modelsChanged();
    const QString requester = provider.value(u"requester"_s).toString();
    if (findRequester(requester).isEmpty())
        return serverError(u"Requester %1 not found"_s.arg(requester));
    return okAnswer();
}

Answer FakeLangBotServer::Impl::deleteProvider(const QString &uuid)
{
    if (!providers.contains(uuid))
        return workspaces() ? resourceNotFound({}) : okAnswer();
    const std::array<int, 3> counts = modelCounts().value(uuid);
    for (const ModelType type : allModelTypes) {
        if (counts[int(type)] > 0)
            return failAnswer(400, -1, u"Cannot delete provider: %1 models still reference it"_s.arg(typeLabel(type)));
    }
    providers.remove(uuid);
    providerOrder.removeOne(uuid);
    modelsChanged();
    return okAnswer();
}

// What the provider's upstream lists, typed and flagged (API.md 4, scan).
Answer FakeLangBotServer::Impl::scanProvider(const QString &uuid, const QString &type) const
{
    if (!providers.contains(uuid))
        return resourceNotFound(u"provider not found"_s);
    const QJsonObject provider = providers.value(uuid);
    const QString requesterName = provider.value(u"requester"_s).toString();
    const QJsonObject requester = findRequester(requesterName);
    if (requester.isEmpty())
        return serverError(u"Requester %1 not found"_s.arg(requesterName));
    if (requester.value(u"spec"_s).toObject().value(u"provider_category"_s).toString() == u"builtin"_s)
        return failAnswer(400, -1, u"current provider does not support model scanning"_s);
    const QString baseUrl = provider.value(u"base_url"_s).toString();
    if (baseUrl.contains(u"invalid"_s))
        return failAnswer(400, -1, u"Failed to fetch models: Connection error."_s);

    const std::optional<ModelType> wanted = type.isNull() ? std::nullopt : modelTypeFromId(type);
    const QStringList ids = scanCatalog(requesterName);
    QJsonArray list;
    for (const QString &id : ids) {
        const ModelType guessed = guessType(id);
        if (!type.isNull() && (!wanted || *wanted != guessed || type == u"text-embedding"_s))
            continue;
        const RecordStore &store = stores[int(guessed)];
        const bool added = std::any_of(store.items.cbegin(), store.items.cend(), [&](const QJsonObject &model) {
            return model.value(u"provider_uuid"_s).toString() == uuid && model.value(u"name"_s).toString() == id;
        });
        QJsonArray abilities;
        if (guessed == ModelType::Llm) {
            abilities.append(u"func_call"_s);
            if (id.contains(u"4o"_s) || id.contains(u"4.1"_s) || id.contains(u"VL"_s))
                abilities.append(u"vision"_s);
            if (id.contains(u"reasoner"_s) || id.startsWith(u"o3"_s) || id.contains(u"QwQ"_s))
                abilities.append(u"reasoning"_s);
        }
        list.append(QJsonObject{
            {u"id"_s, id},
            {u"name"_s, id},
            {u"type"_s, modelTypeId(guessed)},
            {u"abilities"_s, abilities},
            {u"display_name"_s, QJsonValue::Null},
            {u"description"_s, QJsonValue::Null},
            {u"context_length"_s, guessed == ModelType::Llm ? QJsonValue(128000) : QJsonValue()},
            {u"owned_by"_s, requesterName.section(u'-', 0, 0)},
            {u"input_modalities"_s, QJsonArray()},
            {u"output_modalities"_s, QJsonArray()},
            {u"already_added"_s, added},
        });
    }
    const QJsonObject debug{
        {u"url"_s, redactUrl(baseUrl) + u"/models"_s}, {u"status_code"_s, 200}, {u"upstream_count"_s, int(ids.size())}};
    return okAnswer(QJsonObject{{u"models"_s, list}, {u"debug"_s, debug}});
}

QString FakeLangBotServer::Impl::findOrCreateProvider(const QJsonObject &spec)
{
    const QStringList keys = cleanKeys(spec.value(u"api_keys"_s));
    for (const QString &uuid : std::as_const(providerOrder)) {
        const QJsonObject p = providers.value(uuid);
        if (p.value(u"requester"_s) == spec.value(u"requester"_s) && p.value(u"base_url"_s) == spec.value(u"base_url"_s)
            && p.value(u"api_keys"_s).toArray() == QJsonArray::fromStringList(keys))
            return uuid;
    }
    const QString host = QUrl(spec.value(u"base_url"_s).toString()).host();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nextTimestamp();
    providers.insert(uuid,
                     normalizedProvider(QJsonObject{
                         {u"uuid"_s, uuid},
                         {u"name"_s, host.isEmpty() ? spec.value(u"requester"_s).toString() : host},
                         {u"requester"_s, spec.value(u"requester"_s)},
                         {u"base_url"_s, spec.value(u"base_url"_s).toString()},
                         {u"api_keys"_s, QJsonArray::fromStringList(keys)},
                         {u"created_at"_s, now},
                         {u"updated_at"_s, now},
                     }));
    providerOrder.append(uuid);
    return uuid;
}

} // namespace lb::demo
