#pragma once

#include <QStringList>

namespace lb::cli {

// The command-line face of the console: `langbot-console VERB ...`. It shares
// the GUI's profiles (QSettings) and keychain entries.
//
// Exit codes: 0 ok, 1 some items failed, 2 usage, 3 connection or auth.
enum ExitCode { Ok = 0, SomeFailed = 1, Usage = 2, ConnectionOrAuth = 3 };

// True when arguments[1] names a verb (then main() runs run() headless).
bool isVerb(const QString &word);
QStringList verbs();

// Runs the verb in arguments[1] (arguments[0] is the program) inside the
// running QCoreApplication's event loop and returns the exit code.
int run(const QStringList &arguments);

} // namespace lb::cli
