#include "SchemaCache.h"

#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lb {

namespace {
constexpr auto kFetchedAt = "fetched_at"_L1;
constexpr auto kServerVersion = "server_version"_L1;
constexpr auto kAnswer = "answer"_L1;
} // namespace

SchemaCache::SchemaCache(const QString &dir)
    : m_file(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/schemas"_s : dir,
             "langbot-console-schema-cache"_L1, 1, "schema cache"_L1)
{
}

bool SchemaCache::save(const QString &profileId, const QJsonValue &listAnswer, const QString &serverVersion,
                       const QDateTime &fetchedAt) const
{
    if (profileId.isEmpty() || !(listAnswer.isObject() || listAnswer.isArray()))
        return false;
    return m_file.save(profileId,
                       {{kFetchedAt, fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {kServerVersion, serverVersion},
                        {kAnswer, listAnswer}});
}

SchemaCache::Snapshot SchemaCache::load(const QString &profileId) const
{
    Snapshot snapshot;
    QJsonObject root;
    if (m_file.load(profileId, &root) != ProfileJsonFile::Load::Ok)
        return snapshot;
    snapshot.answer = root.value(kAnswer);
    RequesterListParse parsed = parseRequesterList(snapshot.answer);
    snapshot.requesters = std::move(parsed.requesters);
    snapshot.errors = std::move(parsed.errors);
    snapshot.fetchedAt = QDateTime::fromString(root.value(kFetchedAt).toString(), Qt::ISODateWithMs).toLocalTime();
    snapshot.serverVersion = root.value(kServerVersion).toString();
    snapshot.valid = true;
    return snapshot;
}

bool SchemaCache::contains(const QString &profileId) const
{
    return m_file.exists(profileId);
}

void SchemaCache::remove(const QString &profileId) const
{
    m_file.remove(profileId);
}

} // namespace lb
