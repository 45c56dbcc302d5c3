#pragma once

#include <QStringList>

namespace lb::cli {

// The command-line face of the console: `langbot-console VERB ...`. It shares
// the GUI's profiles (QSettings) and keychain entries.

// The exit codes, for scripts (README, "Command line"; `--help` lists them).
enum ExitCode {
    Ok = 0,                 // everything done
    SomeFailed = 1,         // some items failed (a test, one imported model); the rest was done
    Usage = 2,              // wrong arguments, or an import document that is not valid (nothing sent)
    Authentication = 3,     // no usable credentials, or the server refused them (401)
    PermissionDenied = 4,   // the credentials lack a permission (403)
    NotFound = 5,           // no such model (404)
    Rejected = 6,           // the server rejected the input: conflict or precondition (400, 409, 412)
    Network = 7,            // the server could not be reached: network, TLS or timeout
    IncompatibleServer = 8, // not a LangBot API at that URL: route absent, an answer that is not JSON
    ServerError = 9,        // the server failed (5xx)
};

// The lines of `--help` that explain the exit codes.
QString exitCodesHelp();

// True when arguments[1] names a verb (then main() runs run() headless).
bool isVerb(const QString &word);
QStringList verbs();

// Runs the verb in arguments[1] (arguments[0] is the program) inside the
// running QCoreApplication's event loop and returns the exit code.
int run(const QStringList &arguments);

} // namespace lb::cli
