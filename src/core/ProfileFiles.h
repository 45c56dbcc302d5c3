#pragma once

#include <QString>

namespace lb {

// The file of one profile's local data (cache, history, schemas) in dir:
// "<dir>/<profile id>.json". Profile ids are UUIDs; any other character is
// replaced, so an id can never point outside dir.
QString profileFile(const QString &dir, const QString &profileId);

} // namespace lb
