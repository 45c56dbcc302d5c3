#include "CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <array>

namespace lb {

namespace {

Q_LOGGING_CATEGORY(lcCredentials, "langbot.keychain", QtInfoMsg)

using Status = CredentialRequest::Status;
using Result = CredentialRequest::Result;

// Messages are translated in the context of CredentialRequest (they are its result).
// Said wherever the keychain cannot help: the way out the user always has.
QString sessionOnlyHint()
{
    return QCoreApplication::translate("lb::CredentialRequest", "or keep the secret in memory for this session only.");
}

QString noBackendMessage()
{
    return QCoreApplication::translate("lb::CredentialRequest",
                                       "No keychain is available: no Secret Service answers on the session D-Bus. "
                                       "Install and unlock one (e.g. gnome-keyring or KeePassXC with Secret Service "
                                       "integration), %1")
        .arg(sessionOnlyHint());
}

QString accessDeniedMessage(const QString &detail)
{
    return QCoreApplication::translate(
               "lb::CredentialRequest",
               "The keychain refused access (%1). Unlock your keyring (e.g. the \"Login\" keyring) "
               "and allow LangBot Console to use it, then try again; %2")
        .arg(detail, sessionOnlyHint());
}

QString timeoutMessage(std::chrono::milliseconds timeout)
{
    const qint64 seconds = std::max<qint64>(1, (timeout.count() + 999) / 1000);
    return QCoreApplication::translate(
               "lb::CredentialRequest",
               "The keychain did not answer within %1 s. It may be locked and waiting for a password "
               "prompt: unlock it and try again, %2")
        .arg(seconds)
        .arg(sessionOnlyHint());
}

QString notFoundMessage()
{
    return QCoreApplication::translate(
        "lb::CredentialRequest", "No secret is stored in the keychain for this profile yet: enter it to continue.");
}

QString failedMessage(const QString &detail)
{
    return QCoreApplication::translate(
               "lb::CredentialRequest",
               "The keychain reported an error (%1). Check that your keyring service is running and "
               "unlocked, then try again; %2")
        .arg(detail, sessionOnlyHint());
}

// libsecret reports a missing Secret Service as a D-Bus error (QtKeychain
// code OtherError), e.g. "The name org.freedesktop.secrets was not provided by
// any .service files", or "Cannot autolaunch D-Bus without X11 $DISPLAY" when
// there is no session bus at all.
bool looksLikeMissingService(const QString &errorString)
{
    static constexpr std::array needles{
        u"org.freedesktop.secrets", u"ServiceUnknown", u"not provided by any", u"autolaunch", u"D-Bus", u"DBus",
        u"Secret Service",
    };
    return std::any_of(needles.cbegin(), needles.cend(), [&](const char16_t *needle) {
        return errorString.contains(QStringView(needle), Qt::CaseInsensitive);
    });
}

Result resultOf(QKeychain::Job *job)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError: {
        Result r{Status::Ok, {}, {}};
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            r.secret = read->textData();
        return r;
    }
    case QKeychain::EntryNotFound:
        // Deleting what is not there is what remove() wanted.
        if (qobject_cast<QKeychain::DeletePasswordJob *>(job))
            return {Status::Ok, {}, {}};
        return {Status::NotFound, {}, notFoundMessage()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Status::AccessDenied,
                {},
                accessDeniedMessage(detail.isEmpty()
                                        ? QCoreApplication::translate("lb::CredentialRequest", "locked or denied")
                                        : detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Status::NoBackend, {}, noBackendMessage()};
    case QKeychain::OtherError:
        if (looksLikeMissingService(detail))
            return {Status::NoBackend, {}, noBackendMessage()};
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {Status::Failed,
            {},
            failedMessage(detail.isEmpty() ? QCoreApplication::translate("lb::CredentialRequest", "unknown error")
                                           : detail)};
}

} // namespace

// ---------------------------------------------------------------------------
// CredentialRequest

CredentialRequest::CredentialRequest(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCInfo(lcCredentials) << "Keychain request timed out after" << m_timer.interval() << "ms";
        finish({Status::Timeout, {}, timeoutMessage(m_timer.intervalAsDuration())});
    });
}

CredentialRequest::~CredentialRequest()
{
    abandonJob();
}

void CredentialRequest::start(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &CredentialRequest::onJobFinished);
    job->start(); // queued inside QtKeychain: never answers synchronously
    if (timeout.count() > 0)
        m_timer.start(timeout);
}

void CredentialRequest::onJobFinished(QKeychain::Job *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    job->disconnect(this);
    job->deleteLater(); // not delete: QtKeychain still uses it after this signal
    finish(resultOf(job));
}

void CredentialRequest::abandonJob()
{
    if (!m_job)
        return;
    QKeychain::Job *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    // Deleting a running job would crash when its backend calls back; it
    // deletes itself once it answers.
    job->setAutoDelete(true);
}

void CredentialRequest::cancel()
{
    finish({Status::Cancelled,
            {},
            QCoreApplication::translate("lb::CredentialRequest", "The keychain request was cancelled.")});
}

void CredentialRequest::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    abandonJob();
    m_result = std::move(result);
    emit finished();
    deleteLater();
}

void CredentialRequest::finishLater(Result result)
{
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)]() mutable { finish(std::move(result)); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------
// CredentialStore

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QStringLiteral("org.langbot.console"), parent)
{
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service.isEmpty() ? QStringLiteral("org.langbot.console") : service)
{
}

QString CredentialStore::key(const QString &profileId, Kind kind)
{
    return profileId + (kind == Kind::ApiKey ? QStringLiteral("/api-key") : QStringLiteral("/password"));
}

CredentialRequest *CredentialStore::startJob(QKeychain::Job *job, const QString &profileId, Kind kind)
{
    job->setAutoDelete(false); // the request manages its lifetime
    job->setKey(key(profileId, kind));
    job->setInsecureFallback(false); // never a plaintext copy
    auto *request = new CredentialRequest(this);
    request->start(job, m_timeout);
    return request;
}

CredentialRequest *CredentialStore::read(const QString &profileId, Kind kind)
{
    if (profileId.isEmpty()) {
        auto *request = new CredentialRequest(this);
        request->finishLater(
            {Status::Failed,
             {},
             QCoreApplication::translate("lb::CredentialRequest", "No profile was given to read a secret for.")});
        return request;
    }
    const auto it = m_sessionSecrets.constFind(key(profileId, kind));
    if (it != m_sessionSecrets.cend()) {
        auto *request = new CredentialRequest(this);
        request->finishLater({Status::Ok, it.value(), {}});
        return request;
    }
    return startJob(new QKeychain::ReadPasswordJob(m_service), profileId, kind);
}

CredentialRequest *CredentialStore::write(const QString &profileId, Kind kind, const QString &secret)
{
    if (profileId.isEmpty() || secret.isEmpty()) {
        auto *request = new CredentialRequest(this);
        request->finishLater(
            {Status::Failed,
             {},
             profileId.isEmpty()
                 ? QCoreApplication::translate("lb::CredentialRequest", "No profile was given to store a secret for.")
                 : QCoreApplication::translate("lb::CredentialRequest", "Nothing to store: the secret is empty.")});
        return request;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    CredentialRequest *request = startJob(job, profileId, kind);
    const QString k = key(profileId, kind);
    // Connected before the caller can connect: the memory is up to date when they hear of it.
    connect(request, &CredentialRequest::finished, this, [this, request, k] {
        if (request->result().status == Status::Ok)
            m_sessionSecrets.remove(k);
    });
    return request;
}

CredentialRequest *CredentialStore::remove(const QString &profileId, Kind kind)
{
    if (profileId.isEmpty()) {
        auto *request = new CredentialRequest(this);
        request->finishLater(
            {Status::Failed,
             {},
             QCoreApplication::translate("lb::CredentialRequest", "No profile was given to remove a secret of.")});
        return request;
    }
    m_sessionSecrets.remove(key(profileId, kind));
    return startJob(new QKeychain::DeletePasswordJob(m_service), profileId, kind);
}

void CredentialStore::removeAll(const QString &profileId)
{
    if (profileId.isEmpty())
        return;
    forgetSessionSecrets(profileId);
    for (const Kind kind : {Kind::ApiKey, Kind::Password}) {
        CredentialRequest *request = remove(profileId, kind);
        connect(request, &CredentialRequest::finished, this, [request] {
            if (request->result().status != Status::Ok)
                qCWarning(lcCredentials).noquote()
                    << "Could not remove a keychain entry of a removed profile:" << request->result().message;
        });
    }
}

void CredentialStore::keepForSession(const QString &profileId, Kind kind, const QString &secret)
{
    if (profileId.isEmpty())
        return;
    if (secret.isEmpty())
        m_sessionSecrets.remove(key(profileId, kind));
    else
        m_sessionSecrets.insert(key(profileId, kind), secret);
}

bool CredentialStore::hasSessionSecret(const QString &profileId, Kind kind) const
{
    return m_sessionSecrets.contains(key(profileId, kind));
}

void CredentialStore::forgetSessionSecrets(const QString &profileId)
{
    m_sessionSecrets.remove(key(profileId, Kind::ApiKey));
    m_sessionSecrets.remove(key(profileId, Kind::Password));
}

} // namespace lb
