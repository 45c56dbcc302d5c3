#include "ConsoleRun.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

namespace lb::testsupport {

QJsonObject ConsoleRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

ConsoleRun runConsole(const QString &binary, const QString &home, const QStringList &args, const QString &apiKey,
                      const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.remove(QStringLiteral("LANGBOT_API_KEY"));
    if (!apiKey.isEmpty())
        env.insert(QStringLiteral("LANGBOT_API_KEY"), apiKey);
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binary, args);
    ConsoleRun run;
    if (!finished.wait(60000)) {
        qWarning("langbot-console %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        process.kill();
        process.waitForFinished(5000);
        run.err = process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace lb::testsupport
