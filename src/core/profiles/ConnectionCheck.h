#pragma once

#include "Profile.h"
#include "api/Permissions.h"
#include "api/ServerGeneration.h"

#include <QObject>

namespace lb {

class ApiCall;
class ApiClient;
class ApiError;

// "Check connection" of the profile manager: GET /api/v1/system/info (the URL
// points at a LangBot and which version), then, when credentials are given,
// logs in (user-login profiles), finds out the API generation and the
// permissions (ServerProbe) and lists the models (the credentials work).
// Emits finished() once, then deletes itself.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool reachable = false;     // system info answered
        bool authenticated = false; // the authenticated list answered
        QString serverVersion;      // "v4.6.5"
        // The generation and version: detected with credentials, else what
        // system/info suggests; Unknown when not reachable or not told.
        ServerFeatures features;
        Permissions permissions; // with credentials; Unknown otherwise
        int modelCount = -1;
        QString error; // what failed, for people (empty when all ok)
        // For a TLS failure: the server certificate, so the user can choose to
        // trust it for this profile (Profile::pinnedCertificateSha256).
        QString certificateSha256;
        QString certificateSummary; // subject, issuer, validity, the problem
    };

    // secret: API key or password by profile.authMode; empty = skip the auth step.
    // The profile's pinnedCertificateSha256 is honoured. Asynchronous: nothing
    // is emitted before start() returns. Deleting the check (or its parent)
    // stops it without finished().
    static ConnectionCheck *start(const Profile &profile, const QString &secret, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    const Result &result() const { return m_result; }

public slots:
    // Stops the check: finished() follows at once (error says "cancelled").
    void cancel();

signals:
    void finished();

private:
    explicit ConnectionCheck(QObject *parent);
    void runStep(ApiCall *call, void (ConnectionCheck::*next)(ApiCall *call));
    void onSystemInfo(ApiCall *call);
    void onLoggedIn(ApiCall *call);
    void detect();
    void onListed(ApiCall *call);
    void fail(const ApiError &error);
    void finish();

    struct Private;
    Private *d = nullptr;
    Result m_result;
};

} // namespace lb
