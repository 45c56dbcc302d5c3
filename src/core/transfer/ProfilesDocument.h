#pragma once

#include "profiles/Profile.h"
#include "transfer/TransferDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lb {

// The "langbot-console/profiles" document, version 1 (docs/export-format.md):
// the connection profiles without any secret. Profile ids are local to one
// installation and are not written; a read profile has an empty id.
class ProfilesDocument : public TransferDocument
{
    Q_DECLARE_TR_FUNCTIONS(lb::ProfilesDocument)
public:
    QList<Profile> profiles;

    static ProfilesDocument fromProfiles(const QList<Profile> &profiles,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    QByteArray toJson() const;
    bool writeFile(const QString &path, QString *error) const;

    // What read() gives: the document (the valid profiles only, when there
    // are errors) and every problem found (up to a cap).
    using ReadResult = DocumentReadResult<ProfilesDocument>;
    static ReadResult read(const QByteArray &bytes, int errorCap = DocumentErrors::kDefaultCap);
    static ReadResult readFile(const QString &path, int errorCap = DocumentErrors::kDefaultCap);
};

} // namespace lb
