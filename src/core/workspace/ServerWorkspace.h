#pragma once

#include "api/ApiError.h"
#include "api/Permissions.h"
#include "api/ServerGeneration.h"
#include "api/ServerProbe.h"
#include "cache/ModelCache.h"
#include "model/LlmModel.h"
#include "model/Provider.h"
#include "model/TestOutcome.h"
#include "usage/ModelUsage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace lb {

class ApiCall;
class ApiClient;
class BackgroundDelivery;
class LlmTableModel;
class TestHistory;
class TestRunner;
class UsageLoader;

// One failure of the workspace's own calls, kept until the same thing
// succeeds. source names what failed: "list" (the LLM models, the only list of
// 4.0–4.6), "list:embedding", "list:rerank", "list:providers", "info",
// "delete", "test:<uuid>".
struct WorkspaceError
{
    QString source;
    QString subject; // the record it is about (a model's name), if any
    QString message; // what a user reads
    ApiError error;  // the call's error; none for a failed model test
};

// The counts of one test batch, once it is over.
struct TestBatchSummary
{
    int ok = 0;
    int failed = 0;
    int cancelled = 0;
    int total() const { return ok + failed + cancelled; }
};

// The state of the server open in the console, without any widget: its
// records (the models of every type in one table model, and the providers), its test
// runner and history, the saved copy of its list for offline work, the
// offline state, its errors by source and its version. The window is a view
// over it; the command line and the tests use it without a window.
//
// The first refresh() of a connection finds out the server's generation (the
// client's features() when already detected, else a ServerProbe); then a
// 4.0–4.6 server gets its one list, a 4.7+ server its providers and the model
// list of each type it has, all at once, merged by uuid into the one table.
//
// setServer() points it at another server (or none): every answer of the
// previous server's calls is ignored from then on, and nothing of the
// previous server survives. Every call is asynchronous.
class ServerWorkspace : public QObject
{
    Q_OBJECT
public:
    // cacheDir / historyDir: where the saved lists and test histories go
    // (defaults: the app's cache and data dirs).
    explicit ServerWorkspace(QObject *parent = nullptr, const QString &cacheDir = {}, const QString &historyDir = {});
    ~ServerWorkspace() override;

    // storageId: where the history and the saved list are kept (a profile
    // id, "demo"...); empty: neither is kept. lastKnown: rows to show at once.
    void setServer(ApiClient *client, const QString &storageId,
                   const std::optional<QList<LlmModel>> &lastKnown = std::nullopt);
    ApiClient *client() const { return m_client; }
    QString storageId() const { return m_storageId; }
    // Bumped by setServer(): a caller that waited (e.g. for a confirmation)
    // compares it to know it still talks to the same server.
    quint64 serverGeneration() const { return m_generation; }

    // The records, one collection per kind.
    LlmTableModel *models() const { return m_models; }
    TestRunner *testRunner() const { return m_runner; }
    TestHistory *testHistory() const { return m_history; }
    const ModelCache &cache() const { return m_cache; }
    // The providers: 4.7+ as listed; 4.0–4.6 the implicit ones of the models
    // (Provider::implicitProviders); offline, the saved ones.
    const QList<Provider> &providers() const { return m_providers; }

    // What the server is and what the credentials may do there (the client's;
    // unknown and everything allowed before the first refresh() detects it).
    ServerFeatures features() const;
    Permissions permissions() const;
    // The error source of the list of one type: "list", "list:embedding"…
    static QString listSource(ModelType type);

    // The server's version (from the server, else from the saved list).
    QString serverVersion() const { return m_serverVersion; }
    bool hasLoaded() const { return m_loaded; }      // rows (live or saved) are shown
    bool loadFailed() const { return m_loadFailed; } // the last list failed before any rows

    // Where the models are used (pipelines, bots, knowledge bases; 4.7+),
    // read with every refresh() once tracked — off by default, as it costs
    // three more calls. usageNote(): why it is unknown or incomplete.
    void setUsageTracked(bool tracked);
    bool isUsageTracked() const { return m_usageTracked; }
    const ModelUsage &usage() const;
    QString usageNote() const;
    // A list that failed for another reason than a refusal (network, 5xx).
    ApiError usageError() const;
    bool isUsageLoading() const;
    // A usage list as the server sent it (what ReplacePlan::make reads); empty
    // until read.
    QJsonArray usageList(ModelUsage::Source source) const;
    // Reads the usage lists again (when tracked), e.g. after pipelines changed.
    void reloadUsage();
    bool isListing() const { return m_probe != nullptr || !m_listCalls.isEmpty(); }
    bool isReadingCache() const { return m_readingCache; }
    QDateTime listedAt() const { return m_listedAt; } // last list from the server (this run)

    // Offline: the server cannot be reached; the rows are the list saved at
    // offlineAsOf(), read-only.
    bool isOffline() const { return m_offline; }
    QDateTime offlineAsOf() const { return m_offlineAsOf; }
    QString offlineReason() const { return m_offlineReason; }

    QHash<QString, WorkspaceError> errors() const { return m_errors; }
    bool hasError(const QString &source) const { return m_errors.contains(source); }

    // Tests: queued or running, and the counts of the running batch.
    bool isTestPending(const QString &uuid) const { return m_pending.contains(uuid); }
    // "Re-test failed": the failures of the last batch still listed.
    QStringList failedUuids() const;

    // Calls. Each is ignored without a server; writes and tests also offline.
    void loadServerInfo();
    void refresh();
    // Tests the models, each on its type's route (skips the pending ones; one
    // the server does not have fails there); false when none started. Without
    // the permission to test, each fails at once without a request.
    bool test(const QStringList &uuids);
    void cancelTests();
    // Deletes each on its type's route. Without the permission to delete,
    // nothing is sent and the error "delete" names the permission.
    void deleteModels(const QStringList &uuids);

    // Shows the saved list offline, if there is one (the server could not
    // be reached before the list was asked for).
    void showSavedListOffline(const QString &reason);

    // The display name of a record (its uuid when it has none or is gone).
    QString modelName(const QString &uuid) const;

    // Lists up to this size merge at once; bigger ones on a worker, in batches.
    static constexpr qsizetype kListAtOnce = 2000;

signals:
    void serverChanged();
    // Something the overlay shows changed (listing, reading the saved list,
    // loaded, load failed).
    void stateChanged();
    void serverInfoChanged();
    // features(), permissions() or providers() changed.
    void featuresChanged();
    void permissionsChanged();
    void providersChanged();
    // usage() or usageNote() changed (read, or reset by setServer()).
    void usageChanged();
    // A list from the server is in models().
    void listLoaded(qint64 elapsedMs);
    // Saved rows (last known or the offline copy) are in models().
    void savedListShown();
    void listFailed(const lb::ApiError &error);
    // fromList: the list call found the server unreachable (else
    // showSavedListOffline()); still: it was offline already.
    void wentOffline(bool fromList, bool still);
    void offlineChanged(bool offline);
    void errorSet(const lb::WorkspaceError &error);
    void errorCleared(const QString &source);
    void modelDeleted(const QString &uuid, const QString &name);
    // before: what the row showed before it was queued.
    void testQueued(const QString &uuid, const lb::TestOutcome &before);
    void testStarted(const QString &uuid);
    // outcome: what the row shows now; single: the batch has one test.
    void testFinished(const QString &uuid, const lb::TestOutcome &outcome, bool single);
    void testProgress(int completed, int total);
    void testsFinished(const lb::TestBatchSummary &summary);

private:
    void setError(const QString &source, const QString &subject, const ApiError &error);
    void setError(const WorkspaceError &error);
    void clearError(const QString &source);
    void clearErrors();
    struct ListRound;
    void detectThenList();
    void sendLists();
    void sendList(ApiCall *call, const std::shared_ptr<ListRound> &round,
                  std::function<void(ListRound &round, ApiCall *call)> take);
    void finishLists(const std::shared_ptr<ListRound> &round);
    void onListFailed(const ApiError &error);
    void setProviders(const QList<Provider> &providers);
    void showModels(const QList<LlmModel> &models, std::function<void()> then);
    void onListed(qint64 elapsedMs, const QList<WorkspaceError> &partialErrors = {});
    void applyHistory();
    void saveListToCache();
    void handleUnreachable(const QString &reason, bool fromList, const std::optional<ApiError> &listError);
    void readSavedList(const QString &reason, bool fromList, const std::optional<ApiError> &listError);
    void enterOffline(const QDateTime &asOf, const QString &reason, bool fromList);
    void leaveOffline();
    void resetRunner();
    void onTestQueued(const QString &uuid);
    void onTestStarted(const QString &uuid);
    void onTestFinished(const QString &uuid, const TestOutcome &outcome);
    void onBatchFinished();

    QPointer<ApiClient> m_client;
    QString m_storageId;
    quint64 m_generation = 0;
    LlmTableModel *m_models = nullptr;
    TestRunner *m_runner = nullptr;
    TestHistory *m_history = nullptr;
    ModelCache m_cache;
    std::shared_ptr<BackgroundDelivery> m_cacheRead; // the saved list being read
    QPointer<ServerProbe> m_probe;                   // detecting the generation before the lists
    UsageLoader *m_usage = nullptr;                  // of the current client
    bool m_usageTracked = false;
    QList<QPointer<ApiCall>> m_listCalls; // the lists of one refresh
    QList<Provider> m_providers;
    QPointer<ApiCall> m_infoCall;
    std::function<void()> m_afterApply; // see showModels()
    QHash<QString, WorkspaceError> m_errors;
    QString m_serverVersion;
    QDateTime m_listedAt;
    bool m_loaded = false;
    bool m_loadFailed = false;
    bool m_readingCache = false;
    bool m_offline = false;
    QDateTime m_offlineAsOf;
    QString m_offlineReason;
    QSet<QString> m_pending;                    // queued or running in the runner
    QSet<QString> m_started;                    // of those, the ones sent to the server
    QHash<QString, TestOutcome> m_beforeQueued; // restored when cancelled before it ran
    TestBatchSummary m_batch;
};

} // namespace lb
