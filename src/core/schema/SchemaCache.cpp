#include "SchemaCache.h"

#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lb {

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
                       {{u"fetched_at"_s, fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {u"server_version"_s, serverVersion},
                        {u"answer"_s, listAnswer}});
}

SchemaCache::Snapshot SchemaCache::load(const QString &profileId) const
{
    Snapshot snapshot;
    QJsonObject root;
    if (m_file.load(profileId, &root) != ProfileJsonFile::Load::Ok)
        return snapshot;
    snapshot.answer = root.value("answer"_L1);
    RequesterListParse parsed = parseRequesterList(snapshot.answer);
    snapshot.requesters = std::move(parsed.requesters);
    snapshot.errors = std::move(parsed.errors);
    snapshot.fetchedAt = QDateTime::fromString(root.value("fetched_at"_L1).toString(), Qt::ISODateWithMs).toLocalTime();
    snapshot.serverVersion = root.value("server_version"_L1).toString();
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
