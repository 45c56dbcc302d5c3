#include "Provider.h"

#include "JsonText.h"
#include "LlmModel.h"
#include "ModelFields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace lb {

namespace {

using namespace ModelFields;

[[maybe_unused]] const int kProviderMetaType = qRegisterMetaType<Provider>();
[[maybe_unused]] const int kProviderListMetaType = qRegisterMetaType<QList<Provider>>();

// The namespace of the implicit providers' name-based (version 5) uuids.
const QUuid kImplicitNamespace(QStringLiteral("{6d3b1f0e-5c1a-4f7e-9a7b-2f4c8e0d1a93}"));

QString stringOf(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

// The key set of a provider: sorted, without duplicates or empties.
QStringList keySet(QStringList keys)
{
    keys.removeAll(QString());
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// What identifies an implicit provider, as unambiguous bytes (a JSON array:
// no separator inside a key can make two triples look alike).
QByteArray identity(const QString &requester, const QString &baseUrl, const QStringList &keys)
{
    QJsonArray keyArray;
    for (const QString &k : keySet(keys))
        keyArray.append(k);
    return QJsonDocument(QJsonArray{requester, baseUrl, keyArray}).toJson(QJsonDocument::Compact);
}

QString implicitUuid(const QByteArray &identityBytes)
{
    return QUuid::createUuidV5(kImplicitNamespace, identityBytes).toString(QUuid::WithoutBraces);
}

} // namespace

Provider::Provider(QJsonObject json)
    : m_json(std::move(json))
{
}

bool Provider::fromJson(const QJsonValue &value, Provider *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!value.isObject())
        return fail(tr("a provider must be a JSON object, got %1").arg(JsonText::typeName(value)));
    const QJsonObject o = value.toObject();
    const QJsonValue uuid = o.value(kUuid);
    if (uuid.isUndefined())
        return fail(tr("the provider has no \"uuid\" field"));
    if (!uuid.isString())
        return fail(tr("the provider's \"uuid\" must be a string, got %1").arg(JsonText::typeName(uuid)));
    if (uuid.toString().trimmed().isEmpty())
        return fail(tr("the provider's \"uuid\" is empty"));
    if (out)
        *out = Provider(o);
    if (error)
        error->clear();
    return true;
}

QString Provider::uuid() const
{
    return stringOf(m_json, kUuid);
}
QString Provider::name() const
{
    return stringOf(m_json, kName);
}
QString Provider::requester() const
{
    return stringOf(m_json, kRequester);
}
QString Provider::baseUrl() const
{
    return stringOf(m_json, kBaseUrl);
}

QStringList Provider::apiKeys() const
{
    QStringList keys;
    const QJsonArray array = m_json.value(kApiKeys).toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            keys.append(v.toString());
    }
    return keys;
}

bool Provider::hasMaskedKeys() const
{
    const QStringList keys = apiKeys();
    return std::any_of(keys.cbegin(), keys.cend(), isMaskedSecret);
}

bool Provider::isMaskedSecret(const QString &value)
{
    return value == kMasked;
}

bool Provider::isMaskedUrl(const QString &url)
{
    return url.contains(kMasked);
}

int Provider::modelCount(ModelType type) const
{
    return m_json.value(providerCountKey(type)).toInt();
}

QString Provider::workspaceUuid() const
{
    return stringOf(m_json, kWorkspaceUuid);
}
QString Provider::createdAtText() const
{
    return stringOf(m_json, kCreatedAt);
}
QString Provider::updatedAtText() const
{
    return stringOf(m_json, kUpdatedAt);
}
QDateTime Provider::createdAt() const
{
    return LlmModel::parseServerTime(createdAtText());
}
QDateTime Provider::updatedAt() const
{
    return LlmModel::parseServerTime(updatedAtText());
}

bool Provider::isLangBotModels() const
{
    return uuid() == kLangBotModelsUuid || requester() == kLangBotModelsRequester;
}

void Provider::setName(const QString &name)
{
    m_json.insert(kName, name);
}
void Provider::setRequester(const QString &requester)
{
    m_json.insert(kRequester, requester);
}
void Provider::setBaseUrl(const QString &url)
{
    m_json.insert(kBaseUrl, url);
}
void Provider::setApiKeys(const QStringList &keys)
{
    m_json.insert(kApiKeys, QJsonArray::fromStringList(keys));
}

Provider Provider::fromLegacyModel(const LlmModel &model)
{
    Provider p;
    const QString host = QUrl(model.baseUrl()).host();
    p.setName(host.isEmpty() ? model.requester() : host);
    p.setRequester(model.requester());
    p.setBaseUrl(model.baseUrl());
    p.setApiKeys(model.apiKeys());
    return p;
}

QList<Provider> Provider::implicitProviders(const QList<LlmModel> &models)
{
    QList<Provider> providers;
    QHash<QByteArray, qsizetype> indexOf; // identity -> index in providers
    for (const LlmModel &model : models) {
        const QByteArray id = identity(model.requester(), model.baseUrl(), model.apiKeys());
        const auto found = indexOf.constFind(id);
        if (found != indexOf.cend()) {
            Provider &p = providers[*found];
            const QString countKey = providerCountKey(ModelType::Llm);
            p.m_json.insert(countKey, p.m_json.value(countKey).toInt() + 1);
            continue;
        }
        Provider p = fromLegacyModel(model);
        p.m_json.insert(kUuid, implicitUuid(id));
        for (ModelType type : allModelTypes)
            p.m_json.insert(providerCountKey(type), type == ModelType::Llm ? 1 : 0);
        p.m_implicit = true;
        indexOf.insert(id, providers.size());
        providers.append(std::move(p));
    }
    return providers;
}

QByteArray Provider::setupIdentity() const
{
    return identity(requester(), baseUrl(), apiKeys());
}

QString Provider::implicitProviderUuid(const LlmModel &model)
{
    return implicitUuid(identity(model.requester(), model.baseUrl(), model.apiKeys()));
}

} // namespace lb
