#pragma once

// Runs the built langbot-console as a script would (tst_cli,
// tst_cliproviders): its own settings folders, the API key from the
// environment, stdout, stderr and the exit code kept apart.

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lb::testsupport {

struct ConsoleRun
{
    int exitCode = -1; // -2: crashed; -1: did not finish in time
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

// Runs `binary args` with QSettings, data and cache under home (so profiles
// made by one run are seen by the next), LANGBOT_API_KEY = apiKey (none when
// empty) and the extra variables. Waits with the event loop running, so a fake
// server in this thread answers.
ConsoleRun runConsole(const QString &binary, const QString &home, const QStringList &args, const QString &apiKey,
                      const QProcessEnvironment &extra = {});

} // namespace lb::testsupport
