#pragma once

#include "ApiError.h"
#include "Permissions.h"
#include "ServerGeneration.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace lb {

class ApiCall;
class ApiClient;

// Finds out which LangBot a client talks to and what its credentials may do
// there (API.md "1. How to tell them apart" and "3. Permissions"):
//  1. GET /api/v1/system/info (no credentials): a LangBot at all, its version,
//     and a first guess of the generation;
//  2. with credentials, GET /api/v1/provider/providers decides: not JSON ->
//     4.0–4.6; providers without workspace_uuid -> 4.7–4.10.6; with it, or
//     403 permission_denied, or 401 invalid_authentication -> 4.10.7+; an
//     empty list -> the guess of step 1;
//  3. 4.10.7+: the permissions, from GET /api/v1/workspaces/current (a JWT)
//     or GET /api/v1/system/context (an API key, 4.10.11+); otherwise all are
//     assumed and a 403 names the missing one;
//  4. 4.10.11+ (system/context answered): GET /api/v1/system/capabilities.
// Asynchronous and cancellable; emits finished() once. On success it stores
// the features and permissions in the client (ApiClient::setFeatures(),
// setPermissions()). Deleting the probe stops it without finished().
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(ApiClient *client, QObject *parent = nullptr);
    ~ServerProbe() override;

    // Starts (again); finished() never comes before start() returns.
    void start();
    // The same, with the data of a system/info answer the caller already has
    // (step 1 is not sent again).
    void start(const QJsonObject &systemInfo);
    bool isRunning() const { return m_running; }

    // The outcome, once finished().
    const ServerFeatures &features() const { return m_features; }
    const Permissions &permissions() const { return m_permissions; }
    // Why the generation could not be told (not a LangBot API, unreachable,
    // cancelled…); no error when it was.
    const ApiError &error() const { return m_error; }
    // data of system/info (version, edition…), for display.
    const QJsonObject &systemInfo() const { return m_systemInfo; }
    // data.operations of system/capabilities (4.10.11+), else empty.
    const QJsonObject &capabilities() const { return m_capabilities; }
    // An operation id of the capabilities ("provider.scan_models"): supported,
    // not supported, or unknown (no capabilities, or not listed: probe it).
    std::optional<bool> supports(const QString &operation) const;

public slots:
    // Stops: finished() follows at once with a Cancelled error.
    void cancel();

signals:
    void finished();

private:
    void run(ApiCall *call, void (ServerProbe::*next)(ApiCall *call));
    void reset();
    void onSystemInfo(ApiCall *call);
    void useSystemInfo(const QJsonObject &info);
    void onProviders(ApiCall *call);
    void readPermissions();
    void onPermissions(ApiCall *call);
    void onCapabilities(ApiCall *call);
    void finish(const ApiError &error = {});

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    ApiGeneration m_guess = ApiGeneration::Unknown; // from system/info
    ServerFeatures m_features;
    Permissions m_permissions;
    ApiError m_error;
    QJsonObject m_systemInfo;
    QJsonObject m_capabilities;
    bool m_running = false;
    quint64 m_runId = 0; // of the run: a deferred step of an older one is dropped
};

} // namespace lb
