#include "ModelCache.h"

#include "model/SecretRedaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lb {

ModelCache::ModelCache(const QString &dir, Clock *clock)
    : m_file(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/models"_s : dir,
             "langbot-console-model-cache"_L1, 1, "model cache"_L1)
    , m_clock(clock)
{
}

LlmModel ModelCache::redacted(const LlmModel &model)
{
    // Every other secret too: a 4.7+ record's provider keys, extra_args.
    LlmModel copy(SecretRedaction::redact(model.json(), SecretRedaction::Keep::None).record);
    copy.setType(model.type());
    const int count = model.apiKeyCount();
    if (count > 0 || model.json().contains("api_keys"_L1))
        copy.setApiKeys(QStringList(count, QString()));
    return copy;
}

Provider ModelCache::redacted(const Provider &provider)
{
    Provider copy(SecretRedaction::redact(provider.json(), SecretRedaction::Keep::None).record);
    if (provider.json().contains("api_keys"_L1))
        copy.setApiKeys(QStringList(provider.apiKeys().size(), QString()));
    return copy;
}

bool ModelCache::save(const QString &profileId, const QList<LlmModel> &models, const QString &serverVersion,
                      const QDateTime &fetchedAt, const QList<Provider> &providers) const
{
    if (profileId.isEmpty())
        return false;
    const QDateTime at = fetchedAt.isValid() ? fetchedAt : Clock::orSystem(m_clock)->now();
    QJsonArray list;
    QJsonObject types; // uuid -> type id, for the models that are not LLMs
    for (const LlmModel &model : models) {
        list.append(redacted(model).json()); // never a key on disk
        if (model.type() != ModelType::Llm)
            types.insert(model.uuid(), modelTypeId(model.type()));
    }
    QJsonObject root{
        {u"fetched_at"_s, at.toUTC().toString(Qt::ISODate)}, {u"server_version"_s, serverVersion}, {u"models"_s, list}};
    if (!types.isEmpty())
        root.insert(u"types"_s, types);
    if (!providers.isEmpty()) {
        QJsonArray saved;
        for (const Provider &provider : providers) {
            if (!provider.isImplicit()) // a 4.0–4.6 grouping is made again from the models
                saved.append(redacted(provider).json());
        }
        root.insert(u"providers"_s, saved);
    }
    return m_file.save(profileId, root);
}

ModelCache::Snapshot ModelCache::load(const QString &profileId) const
{
    Snapshot snapshot;
    QJsonObject root;
    if (m_file.load(profileId, &root) != ProfileJsonFile::Load::Ok)
        return snapshot;
    const QJsonObject types = root.value("types"_L1).toObject();
    for (const QJsonValue &value : root.value("models"_L1).toArray()) {
        LlmModel model;
        if (!LlmModel::fromJson(value, &model))
            continue;
        model.setType(modelTypeFromId(types.value(model.uuid()).toString()).value_or(ModelType::Llm));
        snapshot.models.append(model);
    }
    for (const QJsonValue &value : root.value("providers"_L1).toArray()) {
        Provider provider;
        if (Provider::fromJson(value, &provider))
            snapshot.providers.append(provider);
    }
    snapshot.fetchedAt = QDateTime::fromString(root.value("fetched_at"_L1).toString(), Qt::ISODate).toLocalTime();
    snapshot.serverVersion = root.value("server_version"_L1).toString();
    snapshot.valid = true;
    return snapshot;
}

void ModelCache::remove(const QString &profileId) const
{
    m_file.remove(profileId);
}

} // namespace lb
