#include "SchemaCache.h"

#include "ProfileFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace lb {

Q_LOGGING_CATEGORY(lcSchema, "langbot.schema", QtInfoMsg)

namespace {
const QLatin1String kFormat("langbot-console-schema-cache");
constexpr int kVersion = 1;
} // namespace

SchemaCache::SchemaCache(const QString &dir)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                + QStringLiteral("/schemas")
                          : dir)
{
}

QString SchemaCache::fileFor(const QString &profileId) const
{
    return profileFile(m_dir, profileId);
}

bool SchemaCache::save(const QString &profileId, const QJsonValue &listAnswer,
                       const QString &serverVersion, const QDateTime &fetchedAt) const
{
    if (profileId.isEmpty() || !(listAnswer.isObject() || listAnswer.isArray()))
        return false;
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("fetched_at"), fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("server_version"), serverVersion},
                           {QStringLiteral("answer"), listAnswer}};
    QDir().mkpath(m_dir);
    QSaveFile file(fileFor(profileId));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcSchema) << "cannot write the schema cache" << file.fileName() << file.errorString();
        return false;
    }
    return true;
}

SchemaCache::Snapshot SchemaCache::load(const QString &profileId) const
{
    Snapshot snapshot;
    if (profileId.isEmpty())
        return snapshot;
    QFile file(fileFor(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return snapshot;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("format")).toString() != kFormat
        || root.value(QLatin1String("version")).toInt() != kVersion) {
        qCWarning(lcSchema) << "ignoring an unreadable schema cache" << file.fileName();
        return snapshot;
    }
    snapshot.answer = root.value(QLatin1String("answer"));
    RequesterListParse parsed = parseRequesterList(snapshot.answer);
    snapshot.requesters = std::move(parsed.requesters);
    snapshot.errors = std::move(parsed.errors);
    snapshot.fetchedAt = QDateTime::fromString(root.value(QLatin1String("fetched_at")).toString(),
                                               Qt::ISODateWithMs).toLocalTime();
    snapshot.serverVersion = root.value(QLatin1String("server_version")).toString();
    snapshot.valid = true;
    return snapshot;
}

bool SchemaCache::contains(const QString &profileId) const
{
    return !profileId.isEmpty() && QFile::exists(fileFor(profileId));
}

void SchemaCache::remove(const QString &profileId) const
{
    if (!profileId.isEmpty())
        QFile::remove(fileFor(profileId));
}

} // namespace lb
