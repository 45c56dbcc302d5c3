#pragma once

#include "ApiCall.h"
#include "ConnectionSettings.h"
#include "Permissions.h"
#include "ServerGeneration.h"
#include "model/ModelType.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;
class QSslCertificate;

namespace lb {

class LlmModel;
class Provider;

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

    // --- what the server is (ServerProbe detects it) --------------------------
    // The generation and version of the server, and what the credentials may
    // do there; Unknown and "everything allowed" until detected. Reset when
    // the base URL changes.
    const ServerFeatures &features() const { return m_features; }
    const Permissions &permissions() const { return m_permissions; }
    void setFeatures(const ServerFeatures &features);
    void setPermissions(const Permissions &permissions);

    // --- models: the six calls of the contract, for every model type ----------
    // /api/v1/provider/models/{type}; 4.0–4.6 servers know only Llm.
    // providerUuid filters the list (?provider_uuid=, 4.7+).
    ApiCall *listModels(ModelType type = ModelType::Llm, const QString &providerUuid = {}); // data.models
    ApiCall *getModel(const QString &uuid, ModelType type = ModelType::Llm);                // data.model
    ApiCall *createModel(const QJsonObject &createBody, ModelType type = ModelType::Llm);   // data.uuid
    ApiCall *updateModel(const QString &uuid, const QJsonObject &updateBody, ModelType type = ModelType::Llm);
    ApiCall *deleteModel(const QString &uuid, ModelType type = ModelType::Llm);
    // Long timeout. body: a JSON object ({} at least), e.g. {"extra_args":{…}}
    // laid over the model's for this call (LLM only; others ignore it).
    ApiCall *testModel(const QString &uuid, ModelType type = ModelType::Llm, const QJsonObject &body = {});
    // Test an unsaved configuration: POST .../{type}/_/test with a CREATE body.
    ApiCall *testUnsavedModel(const QJsonObject &createBody, ModelType type = ModelType::Llm);

    // --- providers (4.7+; ApiClientProviders.cpp) ------------------------------
    ApiCall *listProviders();                               // data.providers
    ApiCall *getProvider(const QString &uuid);              // data.provider
    ApiCall *createProvider(const QJsonObject &createBody); // data.uuid
    ApiCall *updateProvider(const QString &uuid, const QJsonObject &updateBody);
    ApiCall *deleteProvider(const QString &uuid);
    // The models the provider's upstream offers (4.9.7+), of one type or all:
    // data.models. The answer's "debug" (raw upstream data) is never kept.
    ApiCall *scanProviderModels(const QString &uuid, std::optional<ModelType> type = std::nullopt);

    // --- who uses the models (4.7+; ApiClientProviders.cpp) ------------------
    ApiCall *listPipelines();                  // data.pipelines, each with its whole config
    ApiCall *getPipeline(const QString &uuid); // data.pipeline, with its whole config
    // PUT /api/v1/pipelines/{uuid} with exactly {"config": config}: the server
    // replaces the whole config (no merge, no version check); a "name" would
    // restart the pipeline's bots, so none is sent.
    ApiCall *updatePipelineConfig(const QString &uuid, const QJsonObject &config);
    ApiCall *listBots();           // data.bots
    ApiCall *listKnowledgeBases(); // data.bases

    // --- server and user ---------------------------------------------------
    ApiCall *systemInfo();                                        // data.version
    ApiCall *login(const QString &user, const QString &password); // data.token
    ApiCall *checkToken();                                        // data.token
    // 4.10.7+ with a JWT: data.permissions, data.membership.role…
    ApiCall *currentWorkspace();
    // 4.10.11+: data.permissions of the credentials (an API key's scopes)…
    ApiCall *systemContext();
    // 4.10.11+: data.operations {"provider.list": {"supported": true}, …}
    ApiCall *systemCapabilities();

    // --- requesters, the schemas behind the edit dialog (user JWT); type "" = all ---
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
    // model (LlmModel::fromJson), given the type of the list's route. Returns an
    // empty string and fills *models, or says what is wrong ("“data.models[3]”:
    // …"). Thread-safe.
    static QString decodeModels(const QJsonValue &data, QList<LlmModel> *models, ModelType type = ModelType::Llm);

    // Decoders for successful answers (data of the call above). These trust
    // the call's check: entries that are no models are skipped.
    static QList<LlmModel> modelsFromData(const QJsonValue &data);
    static LlmModel modelFromData(const QJsonValue &data);
    // data.providers of listProviders(): the entries that are providers.
    static QList<Provider> providersFromData(const QJsonValue &data);
    static QString stringFromData(const QJsonValue &data, const QString &key);

    static QByteArray userAgent();
    // A new X-Request-Id: "lbc-" and a random UUID (40 characters).
    static QString newRequestId();

signals:
    // A call started or finished; for busy indicators.
    void runningCallsChanged(int count);
    // features() or permissions() changed.
    void featuresChanged();
    void permissionsChanged();

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
    // A decoder that checks data.<key> has the type given.
    static ApiCall::Decoder requireMember(const QString &key, QJsonValue::Type type);
    QNetworkAccessManager *newManager();
    QNetworkAccessManager *testLane();

    ConnectionSettings m_settings;
    ServerFeatures m_features;
    Permissions m_permissions;
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
