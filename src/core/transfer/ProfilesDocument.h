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
class ProfilesDocument : public TransferFile<ProfilesDocument>
{
    Q_DECLARE_TR_FUNCTIONS(lb::ProfilesDocument)
public:
    QList<Profile> profiles;

    static ProfilesDocument fromProfiles(const QList<Profile> &profiles,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    QByteArray toJson() const;
    // The document and every problem found (up to a cap); writeFile and
    // readFile come from TransferFile.
    static ReadResult read(const QByteArray &bytes, int errorCap = DocumentErrors::kDefaultCap);
};

} // namespace lb
