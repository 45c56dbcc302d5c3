#include "Session.h"

#include "api/ApiClient.h"
#include "api/ServerProbe.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>
#include <optional>

namespace lb {

namespace {

// States and steps only: never a secret, a token or a request body.
Q_LOGGING_CATEGORY(lcSession, "langbot.session", QtInfoMsg)

using namespace std::chrono_literals;

// When the token's lifetime cannot be read, refresh this often.
constexpr std::chrono::milliseconds kRefreshFallback = 6h;
// Never sooner than this (no busy loop on short or odd tokens)...
constexpr std::chrono::milliseconds kRefreshMinimum = 5s;
// ...and never later (QTimer intervals are ints; refreshing early is harmless).
constexpr std::chrono::milliseconds kRefreshMaximum = 24h;
// After a refresh failed for a reason other than the credentials.
constexpr std::chrono::milliseconds kRefreshRetry = 60s;

// The remaining lifetime of a JWT in seconds, from its payload's exp (and iat,
// which makes it independent of the difference between the clocks). nullopt
// when the token is not a readable JWT.
std::optional<qint64> tokenLifetimeSeconds(const QString &token, const QDateTime &now)
{
    const QList<QStringView> parts = QStringView(token).split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject claims = QJsonDocument::fromJson(decoded.decoded).object();
    // Whole seconds that fit qint64 (toInteger), else no claim: a server's
    // 1e300 must not become undefined behaviour.
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    const qint64 expires = claims.value(QLatin1String("exp")).toInteger(kNone);
    if (expires == kNone)
        return std::nullopt;
    const qint64 issued = claims.value(QLatin1String("iat")).toInteger(kNone);
    if (issued != kNone && issued < expires)
        return expires - issued;
    return expires - now.toSecsSinceEpoch();
}

// The refused-credentials answers of POST /user/auth: HTTP 200 with a code
// (wrong password), or 401/403 on other servers.
bool credentialsRefused(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Server)
        return false;
    const int status = error.httpStatus();
    return status == 200 || status == 401 || status == 403;
}

} // namespace

struct Session::Private
{
    explicit Private(Session *session)
        : q(session)
    {
    }

    Session *q;
    QPointer<CredentialRequest> read;
    QPointer<ApiCall> login;
    bool loginIsRenewal = false;
    QPointer<ApiCall> refresh;
    ClockTimer refreshTimer;
    QString secret;                         // API key or password; memory only
    bool storeAfterLogin = false;           // the user chose Keychain for a password
    QList<ApiClient::RenewalDone> renewals; // calls waiting for a re-login
    ServerProbe *probe = nullptr;           // the detection of this connection
    ApiError failure;                       // the cause of the last failed()
    bool detected = false;
    bool autoDetect = false;

    CredentialStore::Kind kind() const { return q->secretKind(); }
    void setState(State state);
    void readSecret();
    void onSecretRead(const CredentialRequest::Result &result);
    void askForSecret(const QString &reason);
    void useSecret();
    void startLogin(bool renewal);
    void onLoginFinished(ApiCall *call);
    void reauthenticate(ApiClient::RenewalDone done);
    void resolveRenewals(bool renewed);
    void storeSecret(const QString &secret);
    void scheduleRefresh(const QString &token);
    void refreshToken();
    void stopWork();
};

// ============================================================================

void Session::Private::setState(State state)
{
    if (q->m_state == state)
        return;
    q->m_state = state;
    qCDebug(lcSession) << "profile" << q->m_profile.id << "->" << state;
    emit q->stateChanged(state);
}

void Session::Private::askForSecret(const QString &reason)
{
    setState(State::NeedsSecret);
    emit q->secretNeeded(kind(), reason);
}

void Session::Private::readSecret()
{
    if (!q->m_store) {
        askForSecret(kind() == CredentialStore::Kind::ApiKey
                         ? Session::tr("No API key is stored for this profile yet.")
                         : Session::tr("No password is stored for this profile yet."));
        return;
    }
    setState(State::ReadingSecret);
    CredentialRequest *request = q->m_store->read(q->m_profile.id, kind());
    read = request;
    QObject::connect(request, &CredentialRequest::finished, q, [this, request] {
        read = nullptr;
        onSecretRead(request->result());
    });
}

void Session::Private::onSecretRead(const CredentialRequest::Result &result)
{
    using Status = CredentialRequest::Status;
    if (result.status == Status::Ok && !result.secret.isEmpty()) {
        secret = result.secret;
        useSecret();
        return;
    }
    if (result.status == Status::Ok || result.status == Status::NotFound) {
        askForSecret(kind() == CredentialStore::Kind::ApiKey
                         ? Session::tr("No API key is stored for this profile yet.")
                         : Session::tr("No password is stored for this profile yet."));
        return;
    }
    // No backend, locked, denied, timeout…: the store's message names the cause
    // and the fix; the user may type the secret and keep it for this session.
    askForSecret(result.message.isEmpty() ? Session::tr("The keychain could not be read.") : result.message);
}

void Session::Private::useSecret()
{
    if (kind() == CredentialStore::Kind::ApiKey) {
        q->m_client->setCredential(ConnectionSettings::AuthMode::ApiKey, secret);
        setState(State::Ready);
        emit q->ready();
        return;
    }
    startLogin(false);
}

void Session::Private::startLogin(bool renewal)
{
    if (!renewal)
        setState(State::LoggingIn);
    refreshTimer.stop();
    loginIsRenewal = renewal;
    ApiCall *call = q->m_client->login(q->m_profile.userEmail.trimmed(), secret);
    login = call;
    QObject::connect(call, &ApiCall::finished, q, [this, call] { onLoginFinished(call); });
}

void Session::Private::onLoginFinished(ApiCall *call)
{
    login = nullptr;
    const bool renewal = std::exchange(loginIsRenewal, false);
    QPointer<Session> alive(q);

    if (call->ok()) {
        const QString token = ApiClient::stringFromData(call->data(), QStringLiteral("token"));
        q->m_client->setCredential(ConnectionSettings::AuthMode::Bearer, token);
        scheduleRefresh(token);
        if (std::exchange(storeAfterLogin, false))
            storeSecret(secret);
        qCDebug(lcSession) << (renewal ? "logged in again" : "logged in");
        const bool wasReady = q->m_state == State::Ready;
        setState(State::Ready);
        resolveRenewals(true);
        if (alive && (!renewal || !wasReady))
            emit q->ready();
        return;
    }

    const ApiError error = call->error();
    if (error.kind() == ApiError::Kind::Cancelled) {
        resolveRenewals(false);
        return;
    }
    q->m_client->setCredential(ConnectionSettings::AuthMode::None, {});
    refreshTimer.stop();
    if (credentialsRefused(error)) {
        // A wrong password is of no further use; the keychain entry stays
        // until the user replaces it.
        secret.clear();
        storeAfterLogin = false;
        setState(State::NeedsSecret);
        resolveRenewals(false);
        if (alive) {
            emit q->secretNeeded(CredentialStore::Kind::Password,
                                 !error.serverMessage().isEmpty()
                                     ? error.serverMessage()
                                     : Session::tr("The server refused the user name or password."));
        }
        return;
    }
    setState(State::Idle);
    resolveRenewals(false);
    if (alive) {
        failure = error;
        emit q->failed(error.message());
    }
}

// The ApiClient's reauthenticator: an authenticated call was refused (401).
void Session::Private::reauthenticate(ApiClient::RenewalDone done)
{
    renewals.append(std::move(done));
    if (login)
        return; // a login is under way: its outcome serves these calls too
    if (q->m_state != State::Ready || secret.isEmpty()) {
        QPointer<Session> alive(q);
        const bool ask = q->m_state == State::Ready;
        resolveRenewals(false);
        if (alive && ask) {
            q->m_client->setCredential(ConnectionSettings::AuthMode::None, {});
            askForSecret(Session::tr("The server ended the session. Enter the password to log in again."));
        }
        return;
    }
    qCInfo(lcSession) << "the server refused the session token; logging in again";
    startLogin(true);
}

void Session::Private::resolveRenewals(bool renewed)
{
    // Each done() may finish calls, whose slots may do anything (even delete
    // this session): work on a copy, touch nothing of ours afterwards.
    const QList<ApiClient::RenewalDone> waiting = std::exchange(renewals, {});
    for (const ApiClient::RenewalDone &done : waiting)
        done(renewed);
}

void Session::Private::storeSecret(const QString &value)
{
    if (!q->m_store)
        return;
    CredentialStore *store = q->m_store;
    const QString id = q->m_profile.id;
    const CredentialStore::Kind secretKind = kind();
    CredentialRequest *request = store->write(id, secretKind, value);
    // Not cancelled by close(): storing was the user's explicit wish.
    QObject::connect(request, &CredentialRequest::finished, q,
                     [this, request, store = QPointer<CredentialStore>(store), id, secretKind, value] {
                         const CredentialRequest::Result &result = request->result();
                         if (result.status == CredentialRequest::Status::Ok)
                             return;
                         if (store)
                             store->keepForSession(id, secretKind, value);
                         emit q->keychainFailed(result.message.isEmpty() ? Session::tr(
                                                    "The secret could not be stored in the keychain; it is kept "
                                                    "in memory for this session only.")
                                                                         : result.message);
                     });
}

void Session::Private::scheduleRefresh(const QString &token)
{
    std::chrono::milliseconds delay = kRefreshFallback;
    if (const auto lifetime = tokenLifetimeSeconds(token, refreshTimer.clock()->now())) {
        // At 80 % of the lifetime, so a slow answer still comes in time.
        delay = std::chrono::milliseconds(std::max<qint64>(0, *lifetime) * 800);
        delay = std::clamp(delay, kRefreshMinimum, kRefreshMaximum);
    }
    refreshTimer.start(delay);
}

void Session::Private::refreshToken()
{
    if (q->m_state != State::Ready || refresh || login)
        return;
    ApiCall *call = q->m_client->checkToken();
    refresh = call;
    QObject::connect(call, &ApiCall::finished, q, [this, call] {
        refresh = nullptr;
        if (call->ok()) {
            const QString token = ApiClient::stringFromData(call->data(), QStringLiteral("token"));
            q->m_client->setCredential(ConnectionSettings::AuthMode::Bearer, token);
            scheduleRefresh(token);
            qCDebug(lcSession) << "session token refreshed";
            return;
        }
        const ApiError &error = call->error();
        // Refused: the re-login behind the reauthenticator handled it.
        if (error.kind() == ApiError::Kind::Cancelled || error.isAuthError())
            return;
        if (q->m_state == State::Ready && !refreshTimer.isActive())
            refreshTimer.start(kRefreshRetry);
    });
}

// Cancels the secret read, the login, the refresh and every call.
void Session::Private::stopWork()
{
    refreshTimer.stop();
    if (read) {
        read->disconnect(q);
        read->cancel();
        read = nullptr;
    }
    if (login) {
        login->disconnect(q);
        login = nullptr;
        loginIsRenewal = false;
    }
    if (refresh) {
        refresh->disconnect(q);
        refresh = nullptr;
    }
    if (probe) { // a new connection is detected anew
        probe->disconnect(q);
        probe->cancel();
        probe->deleteLater();
        probe = nullptr;
    }
    detected = false;
    q->m_client->cancelAll();
    resolveRenewals(false); // nothing waits any more: the calls were cancelled
}

// ============================================================================

Session::Session(const Profile &profile, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(store)
    , d(new Private(this))
{
    ConnectionSettings settings = profile.connectionSettings();
    settings.pinnedCertificateSha256 = profile.pinnedCertificateSha256;
    settings.authMode = ConnectionSettings::AuthMode::None;
    settings.secret.clear();
    m_client = new ApiClient(settings, this);
    if (profile.authMode == Profile::AuthMode::UserLogin) {
        m_client->setReauthenticator([this](ApiClient::RenewalDone done) { d->reauthenticate(std::move(done)); });
    }
    d->refreshTimer.setSingleShot(true);
    connect(&d->refreshTimer, &ClockTimer::timeout, this, [this] { d->refreshToken(); });
    connect(this, &Session::ready, this, [this] {
        if (d->autoDetect)
            detectServer();
    });
}

void Session::detectServer()
{
    if (m_state != State::Ready || d->detected || (d->probe && d->probe->isRunning()))
        return;
    if (!d->probe) {
        d->probe = new ServerProbe(m_client, this);
        connect(d->probe, &ServerProbe::finished, this, [this] {
            d->detected = true;
            qCDebug(lcSession) << "server:" << generationId(m_client->features().generation)
                               << m_client->features().version.text();
            emit serverDetected();
        });
    }
    d->probe->start();
}

void Session::setAutoDetectServer(bool on)
{
    d->autoDetect = on;
}

bool Session::isServerDetected() const
{
    return d->detected;
}

const ServerFeatures &Session::features() const
{
    return m_client->features();
}

const Permissions &Session::permissions() const
{
    return m_client->permissions();
}

ApiError Session::failure() const
{
    return d->failure;
}

ApiError Session::detectionError() const
{
    return d->detected && d->probe ? d->probe->error() : ApiError();
}

QJsonObject Session::systemInfo() const
{
    return d->probe ? d->probe->systemInfo() : QJsonObject();
}

QJsonObject Session::capabilities() const
{
    return d->probe ? d->probe->capabilities() : QJsonObject();
}

void Session::setClock(Clock *clock)
{
    d->refreshTimer.setClock(clock);
    m_client->setClock(clock);
}

Session::~Session()
{
    // No signals from a dying session; its calls end here, while d still lives.
    blockSignals(true);
    d->stopWork();
    delete m_client;
    m_client = nullptr;
    delete d;
}

CredentialStore::Kind Session::secretKind() const
{
    return m_profile.authMode == Profile::AuthMode::UserLogin ? CredentialStore::Kind::Password
                                                              : CredentialStore::Kind::ApiKey;
}

void Session::open()
{
    if (m_state == State::ReadingSecret || m_state == State::LoggingIn || m_state == State::Ready)
        return; // already open or opening
    d->stopWork();
    if (!d->secret.isEmpty()) { // e.g. typed by the user, then the server was down
        d->useSecret();
        return;
    }
    d->readSecret();
}

void Session::provideSecret(const QString &secret, SecretStorage storage)
{
    const bool apiKey = secretKind() == CredentialStore::Kind::ApiKey;
    const QString value = apiKey ? secret.trimmed() : secret;
    d->stopWork();
    if (value.isEmpty()) {
        d->askForSecret(apiKey ? tr("The API key is empty.") : tr("The password is empty."));
        return;
    }
    d->secret = value;
    d->storeAfterLogin = false;
    if (m_store) {
        if (storage == SecretStorage::SessionOnly)
            m_store->keepForSession(m_profile.id, secretKind(), value);
        else if (apiKey)
            d->storeSecret(value);
        else
            d->storeAfterLogin = true; // a password is stored once it worked
    }
    d->useSecret();
}

void Session::close()
{
    d->stopWork();
    m_client->setCredential(ConnectionSettings::AuthMode::None, {});
    d->secret.clear();
    d->storeAfterLogin = false;
    d->setState(State::Closed);
}

} // namespace lb
