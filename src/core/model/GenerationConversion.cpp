#include "GenerationConversion.h"

#include "ModelFields.h"

#include <QJsonArray>

namespace lb {

namespace {

using namespace ModelFields;

constexpr QLatin1StringView kTimeout("timeout");
constexpr int kProviderTimeoutSeconds = 120; // what 4.7+ servers always use (API.md 7)

} // namespace

GenerationConversion::Result GenerationConversion::fromLegacy(const LlmModel &legacy, const QString &providerUuid)
{
    Result result;
    result.model = LlmModel(QJsonObject{{kName, legacy.name()},
                                        {kProviderUuid, providerUuid},
                                        {kAbilities, QJsonArray::fromStringList(legacy.abilities())},
                                        {kExtraArgs, legacy.extraArgs()}});
    result.model.setType(ModelType::Llm);
    if (!legacy.description().isEmpty())
        result.notCarried.append(kDescription);
    const QStringList configKeys = legacy.requesterConfig().keys();
    for (const QString &key : configKeys) {
        if (key != kBaseUrl && key != kTimeout)
            result.notCarried.append(QString(kRequesterConfig) + u'.' + key);
    }
    return result;
}

GenerationConversion::Result GenerationConversion::toLegacy(const LlmModel &model, const Provider &provider)
{
    Result result;
    if (model.type() != ModelType::Llm) {
        result.notCarried.append(QStringLiteral("type"));
        return result;
    }
    QStringList keys = provider.apiKeys();
    if (keys.removeAll(QString(kMasked)) > 0)
        result.notCarried.append(kApiKeys);
    keys.removeAll(QString());
    QString baseUrl = provider.baseUrl();
    if (Provider::isMaskedUrl(baseUrl)) {
        baseUrl.clear();
        result.notCarried.append(kBaseUrl);
    }
    if (model.contextLength())
        result.notCarried.append(kContextLength);
    if (model.reasoningLevel() != kProviderDefaultLevel)
        result.notCarried.append(kReasoningConfig);
    if (model.preferredRanking() != 0)
        result.notCarried.append(kPreferedRanking);
    result.model = LlmModel(QJsonObject{
        {kName, model.name()},
        {kDescription, QString()},
        {kRequester, provider.requester()},
        {kRequesterConfig, QJsonObject{{kBaseUrl, baseUrl}, {kTimeout, kProviderTimeoutSeconds}}},
        {kApiKeys, QJsonArray::fromStringList(keys)},
        {kAbilities, QJsonArray::fromStringList(model.abilities())},
        {kExtraArgs, model.extraArgs()},
    });
    return result;
}

} // namespace lb
