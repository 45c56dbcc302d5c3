#pragma once

#include "providers/ScannedModel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

namespace lb {

class ApiCall;
class ApiClient;

// What became of one scanned model the runner was asked to add.
struct ScanAddResult
{
    enum class Outcome { Added, Failed, NotSent };
    Outcome outcome = Outcome::NotSent;
    QString uuid;      // the new model's (Added), or a half-saved one's (Failed)
    QString message;   // why it failed (the server's own words when it gave some) or was not sent
    QString requestId; // of the failed request, when the server has one
};

// Adds scanned models to one provider: one create per model (bodies from
// WriteBodies, API.md 5), at most concurrency() on their way at once, a
// result per model. First the provider is read once (gotcha 15: 4.7–4.10.6
// save a model on a missing provider, then fail). An embedding or rerank
// create that fails may have saved its row (gotcha 4): the provider's models
// of that type are listed again and a half-saved one is named.
//
// cancel() sends nothing more: the models not yet sent are NotSent; the
// creates already on their way are not aborted (the server may have applied
// them) and their outcome is recorded; then finished() follows.
class ScanAddRunner : public QObject
{
    Q_OBJECT
public:
    explicit ScanAddRunner(ApiClient *client, QObject *parent = nullptr);
    ~ScanAddRunner() override;

    void setConcurrency(int concurrency); // clamped to [1, 32]
    int concurrency() const { return m_concurrency; }

    // Starts adding the models to the provider; knownUuids: the models the
    // caller knows already (not taken for half-saved rows). The first signal
    // comes from the event loop. False when running or without a client.
    bool start(const QString &providerUuid, const QList<ScannedModel> &models, const QSet<QString> &knownUuids = {});
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int total() const { return int(m_models.size()); }
    int completed() const { return m_completed; }
    int addedCount() const { return m_added; }
    int failedCount() const { return m_failed; }
    int notSentCount() const { return m_completed - m_added - m_failed; }
    int runningCount() const { return int(m_calls.size()); }
    const ScanAddResult &result(int index) const { return m_results.at(index); }

signals:
    void itemStarted(int index);
    void itemFinished(int index, const lb::ScanAddResult &result);
    void progressChanged(int completed, int total);
    void finished();

private:
    void checkProvider();
    void pump();
    void send(int index);
    void onCreated(ApiCall *call, int index);
    void findHalfSaved(int index, ScanAddResult result);
    void finishItem(int index, const ScanAddResult &result);
    void failAll(const QString &message, ScanAddResult::Outcome outcome);
    void finishIfDone();

    QPointer<ApiClient> m_client;
    QString m_provider;
    QList<ScannedModel> m_models;
    QList<ScanAddResult> m_results;
    QSet<QString> m_known;
    QQueue<int> m_queue;
    QHash<int, QPointer<ApiCall>> m_calls; // creates (and re-lists) on their way
    QPointer<ApiCall> m_check;
    int m_concurrency = 4;
    int m_completed = 0;
    int m_added = 0;
    int m_failed = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace lb
