#pragma once

#include "api/ApiError.h"
#include "usage/ModelUsage.h"

#include <QObject>
#include <QPointer>

namespace lb {

class ApiCall;
class ApiClient;

// Reads the three lists behind ModelUsage (pipelines, bots, knowledge bases)
// in parallel through one client and builds the index. A list the server
// refuses (403) or does not have is a gap of the index, not an error; a
// 4.0–4.6 server has no such references (the index stays unknown, with a
// note). Cancellable; each call has the client's timeout.
class UsageLoader : public QObject
{
    Q_OBJECT
public:
    explicit UsageLoader(ApiClient *client, QObject *parent = nullptr);
    ~UsageLoader() override;

    // Starts reading (cancels a read under way). The client's features()
    // must be known (ServerProbe / Session::detectServer).
    void load();
    void cancel();
    bool isLoading() const { return m_pending > 0; }

    // What a 4.0–4.6 server gets instead of an index.
    static QString legacyNote();

    const ModelUsage &usage() const { return m_usage; }
    // A list as the server sent it (ReplacePlan reads the pipelines' configs).
    QJsonArray list(ModelUsage::Source source) const { return m_lists[int(source)]; }
    // Why the index is unknown or incomplete, for people; empty when complete.
    QString note() const { return m_note; }
    // The first failure that was not a refusal or an absent route (network,
    // timeout, server error): the index then holds only what was read.
    ApiError error() const { return m_error; }

signals:
    void finished();

private:
    void take(ApiCall *call, ModelUsage::Source source);
    void finish();

    QPointer<ApiClient> m_client;
    QList<QPointer<ApiCall>> m_calls;
    QJsonArray m_lists[3];
    QHash<ModelUsage::Source, QString> m_gaps;
    int m_pending = 0;
    quint64 m_round = 0; // bumped by load() and cancel(): a queued finish of an older round is dropped
    ModelUsage m_usage;
    QString m_note;
    ApiError m_error;
};

} // namespace lb
