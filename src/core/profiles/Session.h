#pragma once

#include "Clock.h"
#include "CredentialStore.h"
#include "Profile.h"
#include "api/ApiError.h"
#include "api/Permissions.h"
#include "api/ServerGeneration.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace lb {

class ApiClient;

// A connection to one profile's server: an ApiClient (owned) plus the
// authentication flow.
//  - API-key profiles: the key comes from the CredentialStore (or session
//    memory); a missing key asks the user (secretNeeded).
//  - User-login profiles: the password comes from the CredentialStore; the
//    session logs in (POST /api/v1/user/auth) and keeps the JWT in memory only,
//    refreshes it with /api/v1/user/check-token before it expires, and on a
//    401 mid-session logs in again once (the failed call is re-sent
//    transparently); if that fails too, it asks the user (secretNeeded).
// Nothing here blocks; every step is asynchronous with a timeout.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, ReadingSecret, LoggingIn, Ready, NeedsSecret, Closed };
    Q_ENUM(State)
    enum class SecretStorage { Keychain, SessionOnly };

    // store may be nullptr: then secrets come only from provideSecret().
    Session(const Profile &profile, CredentialStore *store, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    ApiClient *client() const { return m_client; }
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    CredentialStore::Kind secretKind() const; // ApiKey or Password, by auth mode

    // Starts: reads the secret, logs in when needed; then ready() or secretNeeded().
    void open();
    // The user typed the secret. Keychain: it is stored (a failure to store is
    // reported by keychainFailed(), and the session goes on with the secret in
    // memory); SessionOnly: kept in memory for this run only.
    void provideSecret(const QString &secret, SecretStorage storage);
    // Cancels every running call and timer; the session can be opened again.
    void close();
    // Where the token refresh and the client's calls read the time and wait
    // (nullptr: the system clock). Set it before open().
    void setClock(Clock *clock);

    // --- the server: generation, version, permissions (ServerProbe) ---------
    // Finds out, once per connection, which LangBot generation the server
    // speaks and what the credentials may do there; serverDetected() follows.
    // Does nothing before ready(), while it runs, or once done (until the
    // session is closed or given a new secret).
    void detectServer();
    // Detect right after every sign-in (each ready()). Off by default.
    void setAutoDetectServer(bool on);
    bool isServerDetected() const;
    // What was found (the client keeps it too: ApiClient::features()).
    const ServerFeatures &features() const;
    const Permissions &permissions() const;
    // Why the detection could not tell (not a LangBot API, unreachable…).
    ApiError detectionError() const;
    // Why the last failed() was emitted (its kind and status tell a script
    // "unreachable" from "the server failed"); no error before any failure.
    ApiError failure() const;
    // data of system/info and, on 4.10.11+, the capabilities' operations.
    QJsonObject systemInfo() const;
    QJsonObject capabilities() const;

signals:
    void stateChanged(lb::Session::State state);
    void ready();
    // The secret is needed from the user. reason says why, for people: "no API
    // key stored yet", the keychain's problem and fix, "Invalid username or
    // password"...
    void secretNeeded(lb::CredentialStore::Kind kind, const QString &reason);
    // The keychain could not be used (no backend, locked, timeout): message
    // names the cause and the fix. The secret stays in memory for this session.
    void keychainFailed(const QString &message);
    // The session cannot go on for a reason the user cannot fix by typing a
    // secret (server unreachable during login, etc.).
    void failed(const QString &message);
    // detectServer() finished: features(), permissions() or detectionError().
    void serverDetected();

private:
    struct Private;
    Profile m_profile;
    QPointer<CredentialStore> m_store;
    ApiClient *m_client = nullptr;
    State m_state = State::Idle;
    Private *d;
};

} // namespace lb
