#pragma once

// What the tests share beside the fixtures (Fixtures.h): settings per test,
// model fixtures, waiting for one signal or one call with a timeout. QtCore
// and the core library only; the fake-server fixture is in FakeServer.h
// (langbot_testsupport_server), the modal-dialog poller in Dialogs.h
// (langbot_testsupport_gui).

#include "Fixtures.h"
#include "ManualClock.h"
#include "api/ApiError.h"
#include "model/LlmModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSemaphore>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>

namespace lb {
class ApiCall;
}

namespace lb::testsupport {

// How long a test waits for what should come at once on loopback.
constexpr int kWaitMs = 10000;

// ---------------------------------------------------------------------------
// Settings per test

// Puts QStandardPaths in test mode (a private config, data and cache folder
// under ~/.qttest), so nothing a test writes reaches the user's own settings.
void useTestPaths();

// One test's settings: test-mode paths; the application's QSettings, data and
// cache folders emptied when made and again when destroyed; a private folder
// for a fresh profile store (profileStorePath()) and other files.
class TestSettings
{
public:
    TestSettings();
    ~TestSettings();
    TestSettings(const TestSettings &) = delete;
    TestSettings &operator=(const TestSettings &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    // <private folder>/<name>
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // A profile store file of this test alone (ProfileStore(profileStorePath())).
    QString profileStorePath() const;

    // Empties the application's QSettings, data folder and cache folder.
    static void wipe();
    // <AppDataLocation>/<name>, e.g. "test-history", "model-cache".
    static QString appDataPath(const QString &name);

private:
    QTemporaryDir m_dir;
};

// ---------------------------------------------------------------------------
// Data tables

// In a _data() function: a column "version" (QString) with one row per
// LangBot version, named by it: addVersionRows({"4.9", "4.10"}).
void addVersionRows(std::initializer_list<const char *> versions);

// ---------------------------------------------------------------------------
// Waiting, always with a timeout

// True when spy has caught a signal already or catches one within timeoutMs.
bool awaitOne(QSignalSpy &spy, int timeoutMs = kWaitMs);

// What an ApiCall reported when it finished (the call deletes itself right
// after finished()).
struct CallOutcome
{
    bool done = false;
    int finishedCount = 0; // more than 1 is a bug
    ApiError error;
    QJsonValue data;
    qint64 elapsedMs = 0;
};

// Captures what call reports from now on (done and finishedCount change when
// it finishes).
std::shared_ptr<CallOutcome> watchCall(ApiCall *call);

// Runs one call to its end and captures what it reported; waits a little
// longer so that a second finished() would show up in finishedCount.
CallOutcome awaitCall(ApiCall *call, int timeoutMs = 20000);
// The same for a call on a manual clock: whenever a timer of clock waits
// (a retry pause), the clock is moved on to it instead of sleeping.
CallOutcome awaitCall(ApiCall *call, ManualClock &clock, int timeoutMs = 20000);

// Keeps every thread of the global pool busy until released (or destroyed),
// so a job started meanwhile waits: the test decides when a worker runs.
// holding() is false when the pool's threads were not all free within 10 s
// (a job of someone else holds one): then nothing is held.
class ThreadPoolBlocker
{
public:
    ThreadPoolBlocker();
    ~ThreadPoolBlocker() { release(); }
    ThreadPoolBlocker(const ThreadPoolBlocker &) = delete;
    ThreadPoolBlocker &operator=(const ThreadPoolBlocker &) = delete;
    bool holding() const { return m_holding; }
    void release();

private:
    // Shared with the held jobs: a job still inside acquire() when the
    // blocker is destroyed must not touch freed semaphores.
    struct Gates
    {
        QSemaphore started;
        QSemaphore gate;
    };
    std::shared_ptr<Gates> m_gates = std::make_shared<Gates>();
    int m_count = 0;
    bool m_holding = false;
};

// ---------------------------------------------------------------------------
// Model fixtures

// The models' path of the API, and a route as the fake server counts it
// ("GET /api/v1/provider/models/llm").
inline const QString kModelsPath = QStringLiteral("/api/v1/provider/models/llm");
QString route(const char *method, const QString &path);
inline const QString kListRoute = QStringLiteral("GET /api/v1/provider/models/llm");
inline const QString kCreateRoute = QStringLiteral("POST /api/v1/provider/models/llm");

// The JSON object written in json; a mistake in it is fatal, naming it.
QJsonObject jsonObject(const char *json);
// The JSON value written in text ("undefined": an undefined QJsonValue); a
// mistake in it is fatal, naming it.
QJsonValue jsonValue(const QString &text);

// A model's JSON as a 4.6 server sends it (openai-chat-completions, one key
// "sk-<name>", no abilities).
QJsonObject modelJson(const QString &uuid, const QString &name, const QString &description = {});
// o with key set to value.
QJsonObject withField(QJsonObject o, const QString &key, const QJsonValue &value);
QList<LlmModel> asModels(const QList<QJsonObject> &json);

// ---------------------------------------------------------------------------
// Files

// Writes bytes to <dir>/<name>; the path, or an empty string when it failed.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
// A file's bytes; empty when it cannot be read.
QByteArray readFile(const QString &path);

} // namespace lb::testsupport
