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
    const int count = model.apiKeyCount();
    if (count > 0 || model.json().contains("api_keys"_L1))
        copy.setApiKeys(QStringList(count, QString()));
    return copy;
}

bool ModelCache::save(const QString &profileId, const QList<LlmModel> &models, const QString &serverVersion,
                      const QDateTime &fetchedAt) const
{
    if (profileId.isEmpty())
        return false;
    const QDateTime at = fetchedAt.isValid() ? fetchedAt : Clock::orSystem(m_clock)->now();
    QJsonArray list;
    for (const LlmModel &model : models)
        list.append(redacted(model).json()); // never a key on disk
    return m_file.save(profileId,
                       {{u"fetched_at"_s, at.toUTC().toString(Qt::ISODate)},
                        {u"server_version"_s, serverVersion},
                        {u"models"_s, list}});
}

ModelCache::Snapshot ModelCache::load(const QString &profileId) const
{
    Snapshot snapshot;
    QJsonObject root;
    if (m_file.load(profileId, &root) != ProfileJsonFile::Load::Ok)
        return snapshot;
    for (const QJsonValue &value : root.value("models"_L1).toArray()) {
        LlmModel model;
        if (LlmModel::fromJson(value, &model))
            snapshot.models.append(model);
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
