#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace lb {

// One request to the keychain. Emits finished() exactly once (also on timeout
// or cancel), then deletes itself. Read result() in the slot.
//
// On timeout or cancel the QtKeychain job is abandoned: disconnected, and left
// to delete itself when (if ever) it answers. It is not deleted while running:
// QtKeychain's libsecret backend calls back into the job, so deleting it early
// would crash on a late answer. A write that timed out or was cancelled may
// therefore still reach the keychain later.
class CredentialRequest : public QObject
{
    Q_OBJECT
public:
    ~CredentialRequest() override;

    enum class Status {
        Ok,
        NotFound,     // no entry: ask the user
        NoBackend,    // no Secret Service / keychain available
        AccessDenied, // the user or the keyring refused (locked, denied)
        Timeout,      // no answer in time (e.g. a locked keyring waiting for a prompt)
        Cancelled,
        Failed, // anything else
    };
    struct Result
    {
        Status status = Status::Failed;
        QString secret;  // for a successful read only
        QString message; // for people: the cause and the fix; never the secret
    };

    const Result &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

public slots:
    void cancel();

signals:
    void finished();

private:
    friend class CredentialStore;
    explicit CredentialRequest(QObject *parent);
    void start(QKeychain::Job *job, std::chrono::milliseconds timeout);
    void finish(Result result);
    void finishLater(Result result); // queued: the async contract for answers from memory
    void onJobFinished(QKeychain::Job *job);
    void abandonJob();

    QPointer<QKeychain::Job> m_job;
    QTimer m_timer;
    Result m_result;
    bool m_finished = false;
};

// Secrets of profiles in the OS keychain through QtKeychain: service = the
// application id, key = "<profile id>/<kind>". Nothing is ever written to a
// file: when the keychain cannot be used the caller may keep a secret in
// memory for this session only (keepForSession), on the user's explicit choice.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ApiKey, Password };

    explicit CredentialStore(QObject *parent = nullptr);
    // service: the keychain service name (tests use their own).
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    // How long a request waits for the keychain; 0 (or less) waits for ever.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Every request answers asynchronously (finished() never fires inside the call).
    // A session-only secret (if any) answers read() without the keychain.
    CredentialRequest *read(const QString &profileId, Kind kind);
    // A successful write makes the keychain authoritative: a session-only
    // secret of the same profile and kind is forgotten.
    CredentialRequest *write(const QString &profileId, Kind kind, const QString &secret);
    // Forgets the session-only secret at once and deletes the keychain entry
    // (Ok also when there was none).
    CredentialRequest *remove(const QString &profileId, Kind kind);
    // Removes every kind of the profile's secrets (keychain and session memory).
    // Fire and forget: failures are logged (never the secret).
    void removeAll(const QString &profileId);

    void keepForSession(const QString &profileId, Kind kind, const QString &secret);
    bool hasSessionSecret(const QString &profileId, Kind kind) const;
    void forgetSessionSecrets(const QString &profileId);

    static QString key(const QString &profileId, Kind kind);

private:
    CredentialRequest *startJob(QKeychain::Job *job, const QString &profileId, Kind kind);
    QString m_service;
    std::chrono::milliseconds m_timeout{10'000};
    QHash<QString, QString> m_sessionSecrets; // key() -> secret, memory only
};

} // namespace lb
