#pragma once

#include "ApiCall.h"
#include "ConnectionSettings.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class QSslCertificate;

namespace lb {

class LlmModel;

// The client of one LangBot server session: one QNetworkAccessManager, every
// request decorated in one place (base URL and prefix, credentials, User-Agent,
// Accept, timeouts, redirect policy). Every call is asynchronous and returns an
// ApiCall the caller may cancel; none blocks.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(ConnectionSettings settings, QObject *parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    void setSettings(const ConnectionSettings &settings);
    // Replaces only the credential (e.g. after login).
    void setCredential(ConnectionSettings::AuthMode mode, const QString &secret);

    // Where calls read the time and wait (round trips, retry pauses);
    // nullptr: the system clock. Applies to the calls sent from now on.
    void setClock(Clock *clock) { m_clock = clock; }
    Clock *clock() const { return Clock::orSystem(m_clock.data()); }

    // --- renewal of credentials ---------------------------------------------
    // Called with `done` when an authenticated call (not login, not system
    // info) is answered HTTP 401 and has not been retried yet. The
    // reauthenticator obtains new credentials (e.g. logs in again and calls
    // setCredential()), then calls done(true); or done(false) when it cannot.
    // Calls refused meanwhile share one renewal. After done(true) each waiting
    // call is sent once more with the current credentials; after done(false)
    // it finishes with its original 401 error. A call refused with
    // credentials that have changed since it was sent is re-sent directly.
    // done may be called at once or later, at most once (later calls are
    // ignored), also after the client is gone.
    using RenewalDone = std::function<void(bool renewed)>;
    using Reauthenticator = std::function<void(RenewalDone done)>;
    void setReauthenticator(Reauthenticator reauthenticator);
    bool isRenewingCredentials() const { return m_renewing; }

    // --- TLS ----------------------------------------------------------------
    // SHA-256 of the certificate's DER, lower-case hex (what the pin holds).
    static QString certificateSha256(const QSslCertificate &certificate);
    // "subject …; issuer …; valid from … to … (UTC); names …; SHA-256 …".
    static QString certificateSummary(const QSslCertificate &certificate);
    // A pin as typed ("AB:CD …") in the form compared: lower-case hex only.
    static QString normalizedFingerprint(const QString &fingerprint);

    // The base URL for people: no user info, no trailing slash.
    QString displayUrl() const;

    // --- the six calls of the contract -------------------------------------
    ApiCall *listModels();                               // data.models
    ApiCall *getModel(const QString &uuid);              // data.model
    ApiCall *createModel(const QJsonObject &createBody); // data.uuid
    ApiCall *updateModel(const QString &uuid, const QJsonObject &updateBody);
    ApiCall *deleteModel(const QString &uuid);
    ApiCall *testModel(const QString &uuid); // long timeout
    // Test an unsaved configuration: POST .../llm/_/test with a CREATE body.
    ApiCall *testUnsavedModel(const QJsonObject &createBody);

    // --- server and user ---------------------------------------------------
    ApiCall *systemInfo();                                        // data.version
    ApiCall *login(const QString &user, const QString &password); // data.token
    ApiCall *checkToken();                                        // data.token

    // --- requesters: the schemas behind the edit dialog (need a user JWT) ---
    ApiCall *listRequesters(const QString &modelType = QStringLiteral("llm")); // data.requesters
    ApiCall *getRequester(const QString &name);                                // data.requester
    // The requester's icon: image bytes (ApiCall::body(), contentType()), no
    // envelope, sent without credentials.
    ApiCall *requesterIcon(const QString &name);

    // Cancels every call still running on this client.
    void cancelAll();
    int runningCalls() const;

    // The models of a finished listModels() call: the list its decoder made
    // while checking the answer (on a worker thread for big lists), so nothing
    // is parsed twice. Falls back to modelsFromData(call->data()).
    static QList<LlmModel> modelsFromCall(const ApiCall *call);
    // Checks data.models and decodes it in one pass: every entry must be a
    // model (LlmModel::fromJson). Returns an empty string and fills *models,
    // or says what is wrong ("“data.models[3]”: …"). Thread-safe.
    static QString decodeModels(const QJsonValue &data, QList<LlmModel> *models);

    // Decoders for successful answers (data of the call above). These trust
    // the call's check: entries that are no models are skipped.
    static QList<LlmModel> modelsFromData(const QJsonValue &data);
    static LlmModel modelFromData(const QJsonValue &data);
    static QString stringFromData(const QJsonValue &data, const QString &key);

    static QByteArray userAgent();

signals:
    // A call started or finished; for busy indicators.
    void runningCallsChanged(int count);

private:
    enum class CallKind {
        Normal,    // no data for settings.timeout -> Timeout
        Test,      // the whole round trip is limited to settings.testTimeout
        Anonymous, // like Normal, sent without credentials
    };
    ApiCall *send(const QByteArray &method, const QString &path, const QJsonObject *body, CallKind kind,
                  ApiCall::Decoder decoder);
    // Builds the request from the current settings and attaches its reply.
    void transmit(ApiCall *call, bool withCredentials);
    bool takeOverRefusedCall(ApiCall *call);
    void startRenewal();
    void finishRenewal(quint64 renewalId, bool renewed);
    QUrl urlFor(const QString &path) const;
    QNetworkAccessManager *newManager();
    QNetworkAccessManager *testLane();

    ConnectionSettings m_settings;
    QPointer<Clock> m_clock;
    QNetworkAccessManager *m_nam;
    // Model tests hold a connection for as long as the provider takes (up to
    // about 2 minutes), and Qt opens at most 6 HTTP/1.1 connections per host
    // and manager. Tests therefore run on lanes of their own, 6 tests each: a
    // bulk test never blocks a refresh, and a concurrency above 6 is real.
    QList<QNetworkAccessManager *> m_testLanes;
    QHash<QNetworkAccessManager *, int> m_testLoad;
    QList<QPointer<ApiCall>> m_calls;

    Reauthenticator m_reauthenticator;
    QList<QPointer<ApiCall>> m_waitingForRenewal;
    bool m_renewing = false;
    quint64 m_renewalId = 0;            // stale done() callbacks are ignored
    quint64 m_credentialGeneration = 0; // bumped by every change of credentials
};

} // namespace lb
