#pragma once

#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace lb {

class ApiCall;
class ApiClient;

// Applies an ImportPlan to a server, the way both faces of the console do it:
// one write at a time, in document order (POST for a Create, PUT to
// .../llm/{target} for an Update); a failing row is recorded and the rest go
// on. Every row of the plan gets exactly one entry in report(), in document
// order: created, updated, skipped (with the plan's reason) or failed (with
// the server's error). Nothing is left unsaid: a create sent without keys says
// so, and rows not sent because of cancel() say "not applied".
//
// cancel() stops before the next row: the request already on its way is not
// aborted (the server may have applied it, and aborting would leave that
// unknown); its outcome is recorded, then every row left is reported as not
// applied and finished() follows.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(ApiClient *client, QObject *parent = nullptr);
    ~ImportRunner() override;

    // Written into the report's header (set before start()).
    void setSourceFile(const QString &path) { m_report.sourceFile = path; }
    void setTargetProfile(const QString &name) { m_report.targetProfile = name; }

    // Starts applying a copy of the plan (later changes to the plan do not
    // matter). Runs asynchronously: the first signal comes from the event
    // loop, never from inside start(). False when already running or without
    // a client.
    bool start(const ImportPlan &plan);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    const ImportPlan &plan() const { return m_plan; }
    const ImportReport &report() const { return m_report; }
    // The entry of plan row `row` once that row is done.
    std::optional<ImportReportEntry> result(qsizetype row) const;

    // Providers a failed create left behind on the server (API.md 4: the row
    // is saved before the provider starts), found by re-listing; each is named
    // in the report. cleanUpOrphans() deletes them all.
    const QList<Provider> &orphanProviders() const { return m_orphans; }
    // Embedding and rerank models a failed create left behind the same way
    // (API.md 5: their row is saved before the provider starts), each with
    // its type(); named in the report.
    const QList<LlmModel> &orphanModels() const { return m_orphanModels; }
    bool hasOrphans() const { return !m_orphans.isEmpty() || !m_orphanModels.isEmpty(); }
    // Deletes every orphan: the models first and, once every model delete
    // has answered, the providers (a provider with models cannot be deleted).
    // Runs asynchronously and ends with cleanUpFinished(); what could not be
    // deleted stays in orphanProviders() and orphanModels(). False when there
    // is nothing to delete, no client, or a clean-up is already running.
    bool cleanUpOrphans();
    bool isCleaningUp() const { return m_cleaningUp; }

    // Rows to write (Create or Update) and how many of them are done.
    int total() const { return m_total; }
    int completed() const { return m_completed; }

    // The report message of a create sent without API keys.
    static QString createdWithoutKeysText();
    // The report message of a row that was not sent (cancelled, or the
    // connection went away).
    static QString notAppliedText(const QString &why);

signals:
    // A write for plan row `row` is on its way.
    void rowStarted(qsizetype row);
    // Plan row `row` is done (written, failed, skipped or not applied).
    void rowFinished(qsizetype row, const lb::ImportReportEntry &entry);
    // completed of total writes are done.
    void progressChanged(int completed, int total);
    // Every row has its entry; report() is complete (finishedAt set).
    void finished();
    // cleanUpOrphans() is done; `failures` names each orphan still left, with why.
    void cleanUpFinished(const QStringList &failures);

private:
    void next();
    bool nextProvider();
    void onProviderCreated(ApiCall *call, qsizetype index);
    void findOrphan(qsizetype index, const QString &error);
    void recordProvider(qsizetype index, ImportOutcome outcome, const QString &message);
    void record(qsizetype row, const ImportReportEntry &entry);
    void onCallFinished(ApiCall *call, qsizetype row);
    void findOrphanModel(qsizetype row, ImportReportEntry entry);
    void finishRow(qsizetype row, const ImportReportEntry &entry);
    void finishRemaining(const QString &why);
    void finish();
    void deleteOrphanProviders();
    void orphanDeleteAnswered(ApiCall *call, const QString &what, bool provider, const QString &uuid);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    ImportPlan m_plan;
    ImportReport m_report;
    QList<std::optional<ImportReportEntry>> m_results;
    qsizetype m_index = 0;
    qsizetype m_providerIndex = 0;
    QStringList m_providerUuids; // by providerRows() index: reused or created, empty when failed
    QStringList m_providerErrors;
    QList<Provider> m_orphans;
    QList<LlmModel> m_orphanModels;
    bool m_cleaningUp = false;
    int m_cleanUpPending = 0; // delete calls not yet answered
    QStringList m_cleanUpFailures;
    int m_total = 0;
    int m_completed = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace lb
