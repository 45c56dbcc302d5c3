#pragma once

#include "CommandLine.h"

#include "api/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace lb {
class ApiCall;
class ApiClient;
class ApiError;
} // namespace lb

namespace lb::cli {

class Output;

// What the verbs share: how a run ends, and how an error becomes an exit code.

// Ends the run: exits the event loop when it runs, or remembers the code when
// the verb finished before the loop started.
struct Finish
{
    bool done = false;
    int code = Ok;
    void operator()(int exitCode);
};

// The exit code for an error (ApiError::category(); README, "Command line").
int exitCodeFor(const ApiError &error);

// When call failed: prints its error (which names a missing permission and the
// request id) and finishes with its exit code; returns true. Else false.
bool failed(const ApiCall *call, Output &out, Finish &finish);

// When the credentials are known not to allow action (ApiClient::permissions()):
// names the permission, finishes with PermissionDenied and returns true.
bool refusedBefore(const ApiClient *client, Permissions::Action action, Output &out, Finish &finish);

// The uuids of rows (providers or models).
template<typename Row>
QSet<QString> uuidsOf(const QList<Row> &rows)
{
    QSet<QString> uuids;
    for (const Row &row : rows)
        uuids.insert(row.uuid());
    return uuids;
}

// A create can fail after the server saved the row (API.md 4 and 5, gotcha 4:
// a provider, an embedding or rerank model): the rows of a list made after the
// failure that were not there before and carry the name sent.
template<typename Row>
QList<Row> savedBeforeFailure(const QSet<QString> &before, const QList<Row> &after, const QString &name)
{
    QList<Row> saved;
    for (const Row &row : after) {
        if (!before.contains(row.uuid()) && row.name() == name)
            saved << row;
    }
    return saved;
}

// text cut or padded to width.
QString pad(const QString &text, int width);

} // namespace lb::cli
