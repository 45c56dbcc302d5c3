#include "TestSupport.h"

#include "api/ApiCall.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace lb::testsupport {

void useTestPaths()
{
    QStandardPaths::setTestModeEnabled(true);
}

TestSettings::TestSettings()
{
    useTestPaths();
    wipe();
}

TestSettings::~TestSettings()
{
    wipe();
}

QString TestSettings::profileStorePath() const
{
    return filePath(u"profiles.ini"_s);
}

void TestSettings::wipe()
{
    Q_ASSERT(QStandardPaths::isTestModeEnabled());
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
}

QString TestSettings::appDataPath(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name);
}

bool awaitOne(QSignalSpy &spy, int timeoutMs)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

CallOutcome awaitCall(ApiCall *call, int timeoutMs)
{
    auto outcome = std::make_shared<CallOutcome>();
    QObject::connect(call, &ApiCall::finished, call, [outcome, call] {
        outcome->done = true;
        ++outcome->finishedCount;
        outcome->error = call->error();
        outcome->data = call->data();
        outcome->elapsedMs = call->elapsedMs();
    });
    if (!QTest::qWaitFor([&] { return outcome->done; }, timeoutMs))
        qWarning("call %s %s did not finish in %d ms", call->method().constData(), qPrintable(call->path()), timeoutMs);
    QTest::qWait(20); // a second finished() would show up here
    return *outcome;
}

QJsonObject modelJson(const QString &uuid, const QString &name, const QString &description)
{
    return QJsonObject{{u"uuid"_s, uuid},
                       {u"name"_s, name},
                       {u"description"_s, description},
                       {u"requester"_s, u"openai-chat-completions"_s},
                       {u"requester_config"_s, QJsonObject{{u"base_url"_s, u"https://api.example.com/v1"_s}}},
                       {u"api_keys"_s, QJsonArray{u"sk-%1"_s.arg(name)}},
                       {u"abilities"_s, QJsonArray{}},
                       {u"extra_args"_s, QJsonObject{}}};
}

QJsonObject withField(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QList<LlmModel> asModels(const QList<QJsonObject> &json)
{
    QList<LlmModel> list;
    list.reserve(json.size());
    for (const QJsonObject &o : json)
        list.append(LlmModel(o));
    return list;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace lb::testsupport
