#include "ModelCache.h"

#include "ProfileFiles.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace lb {

namespace {
const QLatin1String kFormat("langbot-console-model-cache");
constexpr int kVersion = 1;
} // namespace

ModelCache::ModelCache(const QString &dir, Clock *clock)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                + QStringLiteral("/models")
                          : dir)
    , m_clock(clock)
{
}

QString ModelCache::fileFor(const QString &profileId) const
{
    return profileFile(m_dir, profileId);
}

LlmModel ModelCache::redacted(const LlmModel &model)
{
    LlmModel copy = model;
    const int count = model.apiKeyCount();
    if (count > 0 || model.json().contains(QLatin1String("api_keys")))
        copy.setApiKeys(QStringList(count, QString()));
    return copy;
}

bool ModelCache::save(const QString &profileId, const QList<LlmModel> &models,
                      const QString &serverVersion, const QDateTime &fetchedAt) const
{
    if (profileId.isEmpty())
        return false;
    const QDateTime at = fetchedAt.isValid() ? fetchedAt : Clock::orSystem(m_clock)->now();
    QJsonArray list;
    for (const LlmModel &model : models)
        list.append(redacted(model).json());
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("fetched_at"), at.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("server_version"), serverVersion},
                           {QStringLiteral("models"), list}};
    QDir().mkpath(m_dir);
    QSaveFile file(fileFor(profileId));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcModel) << "cannot write the model cache" << file.fileName() << file.errorString();
        return false;
    }
    return true;
}

ModelCache::Snapshot ModelCache::load(const QString &profileId) const
{
    Snapshot snapshot;
    QFile file(fileFor(profileId));
    if (profileId.isEmpty() || !file.open(QIODevice::ReadOnly))
        return snapshot;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("format")).toString() != kFormat
        || root.value(QLatin1String("version")).toInt() != kVersion) {
        qCWarning(lcModel) << "ignoring an unreadable model cache" << file.fileName();
        return snapshot;
    }
    for (const QJsonValue &value : root.value(QLatin1String("models")).toArray()) {
        LlmModel model;
        if (LlmModel::fromJson(value, &model))
            snapshot.models.append(model);
    }
    snapshot.fetchedAt = QDateTime::fromString(root.value(QLatin1String("fetched_at")).toString(),
                                               Qt::ISODate).toLocalTime();
    snapshot.serverVersion = root.value(QLatin1String("server_version")).toString();
    snapshot.valid = true;
    return snapshot;
}

void ModelCache::remove(const QString &profileId) const
{
    QFile::remove(fileFor(profileId));
}

} // namespace lb
