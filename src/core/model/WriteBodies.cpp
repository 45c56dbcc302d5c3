#include "WriteBodies.h"

#include "ModelFields.h"

#include <QJsonArray>

namespace lb {

namespace {

using namespace ModelFields;

// extra_args keys that set reasoning themselves; beside a reasoning level
// other than provider_default they are a 400 (API.md 5), also under extra_body.
const QLatin1StringView kReasoningArgs[]
    = {QLatin1StringView("reasoning_effort"), QLatin1StringView("thinking"), QLatin1StringView("enable_thinking"),
       QLatin1StringView("thinking_budget"), QLatin1StringView("reasoning")};
constexpr QLatin1StringView kExtraBody("extra_body");

// The 4.0–4.6 bodies apply: a 4.0–4.6 server, or one not detected yet.
bool writesLegacy(const ServerFeatures &server)
{
    return !server.hasProviders();
}

bool hasType(const ServerFeatures &server, ModelType type)
{
    switch (type) {
    case ModelType::Llm:
        return true;
    case ModelType::Embedding:
        return server.hasProviders();
    case ModelType::Rerank:
        return server.hasRerank();
    }
    return false;
}

// The dotted path of the first "***" string in value, or an empty string.
QString maskedPath(const QJsonValue &value, const QString &path, int depth = 0)
{
    if (value.isString())
        return value.toString() == kMasked ? path : QString();
    if (depth > 16)
        return {};
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString found = maskedPath(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), depth + 1);
            if (!found.isEmpty())
                return found;
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString found = maskedPath(a.at(i), path + u'[' + QString::number(i) + u']', depth + 1);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace

QStringList WriteBodies::modelAllowList(ModelType type, const ServerFeatures &server)
{
    if (writesLegacy(server))
        return {};
    QStringList keys{kName, kProviderUuid};
    if (type == ModelType::Llm) {
        keys.append(kAbilities);
        if (server.hasContextLength())
            keys.append(kContextLength);
        if (server.hasReasoningConfig())
            keys.append(kReasoningConfig);
    }
    keys.append(kExtraArgs);
    keys.append(kPreferedRanking);
    return keys;
}

WriteBody WriteBodies::modelCreate(const LlmModel &model, const ServerFeatures &server)
{
    return modelBody(model, server, Purpose::Create);
}

WriteBody WriteBodies::modelUpdate(const LlmModel &model, const ServerFeatures &server)
{
    return modelBody(model, server, Purpose::Update);
}

WriteBody WriteBodies::modelTest(const LlmModel &model, const Provider &provider, const ServerFeatures &server)
{
    WriteBody result = modelBody(model, server, Purpose::Test);
    if (!result.ok() || writesLegacy(server))
        return result;
    if (provider.hasMaskedKeys()) {
        return {{},
                tr("A test of an unsaved model needs the provider's real API keys, and they are masked (***): "
                   "enter them, or read the provider with the permission to see secrets.")};
    }
    if (Provider::isMaskedUrl(provider.baseUrl()))
        return {{}, tr("The provider's base URL is masked (***): enter it in full.")};
    result.body.insert(kUuid, QString());
    result.body.insert(kProvider,
                       QJsonObject{{kRequester, provider.requester()},
                                   {kBaseUrl, provider.baseUrl()},
                                   {kApiKeys, QJsonArray::fromStringList(provider.apiKeys())}});
    return result;
}

WriteBody WriteBodies::modelBody(const LlmModel &model, const ServerFeatures &server, Purpose purpose)
{
    const ModelType type = model.type();
    if (!hasType(server, type))
        return {{}, tr("This server has no %1 models.").arg(modelTypeId(type))};
    if (writesLegacy(server))
        return {purpose == Purpose::Update ? model.updateBody() : model.createBody(), {}};

    const QJsonObject &json = model.json();
    const bool update = purpose == Purpose::Update;
    // In an update, only what the record has (partial); else every field.
    auto sends = [&](QLatin1StringView key, QJsonValue::Type jsonType) {
        return !update || json.value(key).type() == jsonType;
    };
    QJsonObject body;
    if (purpose == Purpose::Create && model.name().trimmed().isEmpty())
        return {{}, tr("The model has no name.")};
    if (sends(kName, QJsonValue::String))
        body.insert(kName, model.name());

    const QString providerUuid = model.providerUuid();
    const bool needsProvider = purpose == Purpose::Create || (update && server.generation == ApiGeneration::Providers);
    if (needsProvider && providerUuid.isEmpty())
        return {{}, tr("The model has no provider: choose one.")};
    if (purpose == Purpose::Test || !providerUuid.isEmpty())
        body.insert(kProviderUuid, providerUuid);

    if (type == ModelType::Llm) {
        if (sends(kAbilities, QJsonValue::Array))
            body.insert(kAbilities, QJsonArray::fromStringList(model.abilities()));
        if (server.hasContextLength() && json.contains(kContextLength)) {
            const std::optional<int> length = model.contextLength();
            body.insert(kContextLength, length ? QJsonValue(*length) : QJsonValue(QJsonValue::Null));
        }
        if (server.hasReasoningConfig()) {
            const QString error = reasoningError(model);
            if (!error.isEmpty())
                return {{}, error};
            body.insert(kReasoningConfig, QJsonObject{{kLevel, model.reasoningLevel()}});
        }
    }

    if (sends(kExtraArgs, QJsonValue::Object)) {
        const QJsonObject args = model.extraArgs();
        const QString masked = maskedPath(args, QString());
        // "***" keeps the stored value only in a PUT to a server that masks.
        if (!masked.isEmpty() && !(update && server.masksSecrets()))
            return {{}, tr("The extra parameter \"%1\" is masked (***): enter its value.").arg(masked)};
        body.insert(kExtraArgs, args);
    }
    if (json.value(kPreferedRanking).isDouble())
        body.insert(kPreferedRanking, model.preferredRanking());
    return {body, {}};
}

QString WriteBodies::reasoningError(const LlmModel &model)
{
    const QString level = model.reasoningLevel();
    if (level == kProviderDefaultLevel)
        return {};
    if (!model.abilities().contains(kReasoningAbility)) {
        return tr("The reasoning level \"%1\" needs the reasoning ability: turn it on, or set the level to "
                  "provider_default.")
            .arg(level);
    }
    const QStringList levels = model.reasoningLevels();
    if (!levels.isEmpty() && !levels.contains(level)) {
        return tr("The reasoning level \"%1\" is not one this model offers (%2).")
            .arg(level, levels.join(QLatin1String(", ")));
    }
    const QJsonObject args = model.extraArgs();
    const QJsonObject extraBody = args.value(kExtraBody).toObject();
    for (QLatin1StringView key : kReasoningArgs) {
        if (args.contains(key) || extraBody.contains(key)) {
            return tr("The extra parameter \"%1\" sets reasoning too: remove it, or set the reasoning level to "
                      "provider_default.")
                .arg(key);
        }
    }
    return {};
}

QString WriteBodies::providerError(const Provider &provider, const ServerFeatures &server)
{
    if (!server.hasProviders() || provider.isImplicit())
        return tr("LangBot 4.0–4.6 servers have no providers: the models carry their own requester and keys.");
    return {};
}

WriteBody WriteBodies::providerCreate(const Provider &provider, const ServerFeatures &server)
{
    if (const QString error = providerError(provider, server); !error.isEmpty())
        return {{}, error};
    if (provider.name().trimmed().isEmpty())
        return {{}, tr("The provider has no name.")};
    if (provider.requester().isEmpty())
        return {{}, tr("The provider has no requester: choose one.")};
    if (provider.hasMaskedKeys())
        return {{}, tr("A new provider cannot keep a masked key (***): enter the key itself.")};
    if (Provider::isMaskedUrl(provider.baseUrl()))
        return {{}, tr("The provider's base URL is masked (***): enter it in full.")};
    return {QJsonObject{{kName, provider.name()},
                        {kRequester, provider.requester()},
                        {kBaseUrl, provider.baseUrl()},
                        {kApiKeys, QJsonArray::fromStringList(provider.apiKeys())}},
            {}};
}

WriteBody WriteBodies::providerUpdate(const Provider &original, const Provider &edited, const ServerFeatures &server)
{
    if (const QString error = providerError(edited, server); !error.isEmpty())
        return {{}, error};
    QJsonObject body;
    if (edited.name() != original.name()) {
        if (edited.name().trimmed().isEmpty())
            return {{}, tr("The provider has no name.")};
        body.insert(kName, edited.name());
    }
    if (edited.requester() != original.requester())
        body.insert(kRequester, edited.requester());
    if (edited.baseUrl() != original.baseUrl()) {
        if (Provider::isMaskedUrl(edited.baseUrl()))
            return {{}, tr("The provider's base URL is masked (***): enter it in full.")};
        body.insert(kBaseUrl, edited.baseUrl());
    }
    const QStringList keys = edited.apiKeys();
    const QStringList before = original.apiKeys();
    if (keys != before) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!Provider::isMaskedSecret(keys.at(i)))
                continue;
            if (!server.masksSecrets())
                return {{},
                        tr("This server does not mask keys: \"***\" would be saved as the key itself. Enter "
                           "the key.")};
            if (i >= before.size() || !Provider::isMaskedSecret(before.at(i)))
                return {
                    {},
                    tr("Key %1 is masked (***) but no stored key is kept at that place: enter it again.").arg(i + 1)};
        }
        body.insert(kApiKeys, QJsonArray::fromStringList(keys));
    }
    return {body, {}};
}

} // namespace lb
