#include "ProfileFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lb {

Q_LOGGING_CATEGORY(lcFiles, "langbot.files", QtInfoMsg)

namespace {
constexpr auto kFormat = "format"_L1;
constexpr auto kVersion = "version"_L1;
} // namespace

QString profileFile(const QString &dir, const QString &profileId)
{
    QString safe = profileId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return dir + u'/' + safe + u".json"_s;
}

ProfileJsonFile::ProfileJsonFile(const QString &dir, QLatin1StringView format, int version, QLatin1StringView what)
    : m_dir(dir)
    , m_format(format)
    , m_version(version)
    , m_what(what)
{
}

bool ProfileJsonFile::save(const QString &profileId, QJsonObject root, QString *error) const
{
    const auto fail = [&](const QString &why) {
        qCWarning(lcFiles).noquote() << "cannot write the" << m_what << "-" << why;
        if (error)
            *error = why;
        return false;
    };
    if (profileId.isEmpty())
        return fail(tr("cannot write a %1 file without a profile").arg(m_format));
    root.insert(kFormat, m_format);
    root.insert(kVersion, m_version);
    QDir().mkpath(m_dir);
    QSaveFile file(fileFor(profileId));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}

ProfileJsonFile::Load ProfileJsonFile::load(const QString &profileId, QJsonObject *root, QString *error) const
{
    if (profileId.isEmpty())
        return Load::Missing;
    QFile file(fileFor(profileId));
    if (!file.exists())
        return Load::Missing;
    const auto unreadable = [&](const QString &why) {
        const QString message = tr("%1: %2").arg(file.fileName(), why);
        qCWarning(lcFiles).noquote() << "ignoring an unreadable" << m_what << "-" << message;
        if (error)
            *error = message;
        return Load::Unreadable;
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(tr("cannot open it: %1").arg(file.errorString()));
    if (file.size() > kMaxFileSize)
        return unreadable(tr("larger than %1 bytes").arg(kMaxFileSize));
    const QByteArray bytes = file.readAll(); // not read(n): it reserves n bytes at once
    if (bytes.size() > kMaxFileSize)         // a file that grew meanwhile
        return unreadable(tr("larger than %1 bytes").arg(kMaxFileSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unreadable(tr("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return unreadable(tr("expected a JSON object"));
    const QJsonObject object = document.object();
    const QString format = object.value(kFormat).toString();
    if (format != m_format)
        return unreadable(tr("expected the format \"%1\", got \"%2\"").arg(m_format, format));
    const int version = object.contains(kVersion) ? object.value(kVersion).toInt() : 1;
    if (version < 1 || version > m_version)
        return unreadable(tr("version %1 is not one this console reads (1 to %2)").arg(version).arg(m_version));
    *root = object;
    return Load::Ok;
}

bool ProfileJsonFile::exists(const QString &profileId) const
{
    return !profileId.isEmpty() && QFile::exists(fileFor(profileId));
}

void ProfileJsonFile::remove(const QString &profileId) const
{
    if (!profileId.isEmpty())
        QFile::remove(fileFor(profileId));
}

} // namespace lb
