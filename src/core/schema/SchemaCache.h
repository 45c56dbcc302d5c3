#pragma once

#include "ProfileFiles.h"
#include "schema/RequesterSchema.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace lb {

// The last requester list fetched per profile, on disk, so that a profile
// without a user login (API key only) or offline can still show the real
// forms. Schemas hold no secret. The raw list answer (the envelope's data) is
// stored as received and parsed again on load, so a newer parser reads more of
// an older cache.
//
// File: <dir>/<profile-id>.json, dir defaulting to
// QStandardPaths::CacheLocation + "/schemas".
class SchemaCache
{
public:
    struct Snapshot
    {
        bool valid = false; // a readable cache file exists
        QList<RequesterSchema> requesters;
        SchemaErrors errors; // from parsing the stored answer
        QJsonValue answer;   // the stored data, as fetched
        QDateTime fetchedAt; // local time
        QString serverVersion;
    };

    explicit SchemaCache(const QString &dir = {});

    QString directory() const { return m_file.directory(); }
    QString fileFor(const QString &profileId) const { return m_file.fileFor(profileId); }

    // listAnswer: data of GET /api/v1/provider/requesters ({"requesters": [...]}).
    // Writes atomically (QSaveFile). False when the profile id is empty, the
    // answer is not an object or a list, or the file cannot be written.
    bool save(const QString &profileId, const QJsonValue &listAnswer, const QString &serverVersion = {},
              const QDateTime &fetchedAt = QDateTime::currentDateTime()) const;
    Snapshot load(const QString &profileId) const;
    bool contains(const QString &profileId) const;
    void remove(const QString &profileId) const;

private:
    ProfileJsonFile m_file;
};

} // namespace lb
