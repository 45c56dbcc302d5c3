#include "TestSupport.h"

#include "api/ApiCall.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>

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

void addVersionRows(std::initializer_list<const char *> versions)
{
    QTest::addColumn<QString>("version");
    for (const char *version : versions)
        QTest::newRow(version) << QString::fromLatin1(version);
}

bool awaitOne(QSignalSpy &spy, int timeoutMs)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

std::shared_ptr<CallOutcome> watchCall(ApiCall *call)
{
    auto outcome = std::make_shared<CallOutcome>();
    QObject::connect(call, &ApiCall::finished, call, [outcome, call] {
        outcome->done = true;
        ++outcome->finishedCount;
        outcome->error = call->error();
        outcome->data = call->data();
        outcome->elapsedMs = call->elapsedMs();
    });
    return outcome;
}

namespace {

CallOutcome awaitCallOn(ApiCall *call, ManualClock *clock, int timeoutMs)
{
    const QByteArray method = call->method();
    const QString path = call->path();
    const std::shared_ptr<CallOutcome> outcome = watchCall(call);
    const bool done = QTest::qWaitFor(
        [&] {
            if (!outcome->done && clock && clock->pendingTimers() > 0)
                clock->advanceToNextTimer();
            return outcome->done;
        },
        timeoutMs);
    if (!done)
        qWarning("call %s %s did not finish in %d ms", method.constData(), qPrintable(path), timeoutMs);
    QTest::qWait(20); // a second finished() would show up here
    return *outcome;
}

} // namespace

CallOutcome awaitCall(ApiCall *call, int timeoutMs)
{
    return awaitCallOn(call, nullptr, timeoutMs);
}

CallOutcome awaitCall(ApiCall *call, ManualClock &clock, int timeoutMs)
{
    return awaitCallOn(call, &clock, timeoutMs);
}

ThreadPoolBlocker::ThreadPoolBlocker()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    m_count = pool->maxThreadCount();
    for (int i = 0; i < m_count; ++i) {
        pool->start([gates = m_gates] {
            gates->started.release();
            gates->gate.acquire();
        });
    }
    m_holding = m_gates->started.tryAcquire(m_count, 10'000); // all of them hold a thread now
    if (!m_holding)
        release();
}

void ThreadPoolBlocker::release()
{
    for (; m_count > 0; --m_count)
        m_gates->gate.release(); // one by one: each waiter is woken for sure
}

QString route(const char *method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + path;
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

QJsonObject jsonObject(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    if (!doc.isObject())
        qFatal("bad JSON in the test: %s", json);
    return doc.object();
}

QJsonValue jsonValue(const QString &text)
{
    if (text == "undefined"_L1)
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson((u"["_s + text + u"]"_s).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        qFatal("bad JSON in the test table: %s", qPrintable(text));
    return doc.array().first();
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
