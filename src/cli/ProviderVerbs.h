#pragma once

#include "model/ModelType.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lb {
class ApiClient;
class Session;
} // namespace lb

namespace lb::cli {

class Output;
struct Finish;

// `info`: the server, its generation and what the credentials may do there.
void runInfo(const Session *session, Output &out, bool asJson, Finish &finish);

// `providers list|get|create|update|delete|scan`.
struct ProviderJob
{
    QString action;     // list, get, create, update, delete, scan
    QString ref;        // UUID or NAME (get, update, delete, scan)
    QJsonObject fields; // create/update: from --file, then the flags laid over it
    bool includeSecrets = false;
    bool confirmed = false; // --yes
    bool asJson = false;
    std::optional<ModelType> type; // scan --type
};
QStringList providerActions();
void runProviders(ApiClient *client, Output &out, const ProviderJob &job, Finish &finish);

} // namespace lb::cli
