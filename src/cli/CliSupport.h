#pragma once

#include "CommandLine.h"

#include "api/Permissions.h"

#include <QCoreApplication>
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

// text cut or padded to width.
QString pad(const QString &text, int width);

} // namespace lb::cli
