#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lb {

// The file of one profile's local data (cache, history, schemas) in dir:
// "<dir>/<profile id>.json". Profile ids are UUIDs; any other character is
// replaced, so an id can never point outside dir.
QString profileFile(const QString &dir, const QString &profileId);

// The one way the console keeps a JSON file per profile (the offline model
// list, the requester schemas, the test history): a JSON object that starts
// with "format" and "version", written atomically (QSaveFile: a failed write
// leaves the old file intact), read with a size limit, and every failure
// said with the file and what is wrong. The callers hand over data without
// secrets (the model list is redacted first); nothing here adds any.
class ProfileJsonFile
{
    Q_DECLARE_TR_FUNCTIONS(lb::ProfileJsonFile)
public:
    // A damaged or foreign file larger than this is not read.
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;

    // format: the file's kind ("langbot-console-model-cache"); version: the
    // newest this console writes and reads; what: the file in log lines
    // ("model cache").
    ProfileJsonFile(const QString &dir, QLatin1StringView format, int version, QLatin1StringView what);

    QString directory() const { return m_dir; }
    QString fileFor(const QString &profileId) const { return profileFile(m_dir, profileId); }

    // Writes root with "format" and "version" set (the directory is made when
    // missing). False on failure, logged and in *error ("cannot write FILE:
    // why") when error is given.
    bool save(const QString &profileId, QJsonObject root, QString *error = nullptr) const;

    enum class Load {
        Ok,        // *root holds the file's object
        Missing,   // no file (or no profile id): nothing to read, not an error
        Unreadable // *error says which file and why (not JSON, another format, ...)
    };
    // A missing "version" reads as 1; a version above ours is unreadable.
    // Unreadable files are logged ("ignoring an unreadable model cache: ...").
    Load load(const QString &profileId, QJsonObject *root, QString *error = nullptr) const;

    bool exists(const QString &profileId) const;
    void remove(const QString &profileId) const;

private:
    QString m_dir;
    QLatin1StringView m_format;
    int m_version;
    QLatin1StringView m_what;
};

} // namespace lb
