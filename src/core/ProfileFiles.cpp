#include "ProfileFiles.h"

namespace lb {

QString profileFile(const QString &dir, const QString &profileId)
{
    QString safe = profileId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return dir + QLatin1Char('/') + safe + QStringLiteral(".json");
}

} // namespace lb
