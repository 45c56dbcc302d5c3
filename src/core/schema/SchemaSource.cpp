#include "SchemaSource.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QLocale>
#include <QTimer>

namespace lb {

SchemaSource::SchemaSource(ApiClient *client, const QString &profileId, Access access, const QString &cacheDir,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profileId(profileId)
    , m_access(client ? access : Access::Offline)
    , m_cache(cacheDir)
{
}

SchemaSource::~SchemaSource()
{
    if (m_call)
        m_call->cancel();
}

void SchemaSource::setSignIn(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void SchemaSource::load()
{
    if (m_loading)
        return;
    m_loading = true;
    switch (m_access) {
    case Access::UserLogin:
        fetchWith(m_client);
        return;
    case Access::SignIn: {
        if (!m_client) {
            useCache(RequesterSchema::GenericReason::Offline, {});
            return;
        }
        ConnectionSettings settings = m_client->settings();
        settings.authMode = ConnectionSettings::AuthMode::None;
        settings.secret.clear();
        m_signInClient = std::make_unique<ApiClient>(settings);
        ApiCall *call = m_signInClient->login(m_user, m_password);
        m_call = call;
        connect(call, &ApiCall::finished, this, [this, call] {
            if (!call->ok()) {
                useCache(RequesterSchema::GenericReason::FetchFailed, call->error().message());
                return;
            }
            m_signInClient->setCredential(ConnectionSettings::AuthMode::Bearer,
                                          ApiClient::stringFromData(call->data(), QStringLiteral("token")));
            fetchWith(m_signInClient.get());
        });
        return;
    }
    case Access::ApiKeyOnly:
        // Deferred, so that finished() always comes after load() returned.
        QTimer::singleShot(0, this, [this] { useCache(RequesterSchema::GenericReason::ApiKeyOnly, {}); });
        return;
    case Access::Offline:
        QTimer::singleShot(0, this, [this] { useCache(RequesterSchema::GenericReason::Offline, {}); });
        return;
    }
}

void SchemaSource::fetchWith(ApiClient *client)
{
    if (!client) {
        useCache(RequesterSchema::GenericReason::Offline, {});
        return;
    }
    // Every type: the provider dialog offers embedding- and rerank-only requesters too.
    ApiCall *call = client->listRequesters(QString());
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->ok()) {
            const ApiError &error = call->error();
            const bool unreachable = error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
            useCache(unreachable ? RequesterSchema::GenericReason::Offline
                                 : RequesterSchema::GenericReason::FetchFailed,
                     error.message());
            return;
        }
        RequesterListParse parsed = parseRequesterList(call->data());
        m_all = parsed.requesters;
        m_requesters = requestersSupporting(m_all, QStringLiteral("llm"));
        m_origin = Origin::Server;
        m_cachedAt = QDateTime::currentDateTime();
        m_problem.clear();
        if (!m_profileId.isEmpty())
            m_cache.save(m_profileId, call->data());
        finish();
    });
}

void SchemaSource::useCache(std::optional<RequesterSchema::GenericReason> reason, const QString &problem)
{
    if (reason)
        m_reason = *reason;
    m_problem = problem;
    const SchemaCache::Snapshot snapshot = m_cache.load(m_profileId);
    if (snapshot.valid) {
        m_all = snapshot.requesters;
        m_requesters = requestersSupporting(m_all, QStringLiteral("llm"));
        m_cachedAt = snapshot.fetchedAt;
        m_origin = Origin::Cache;
    } else {
        m_all.clear();
        m_requesters.clear();
        m_cachedAt = {};
        m_origin = Origin::None;
    }
    finish();
}

void SchemaSource::finish()
{
    m_loading = false;
    m_loaded = true;
    // Not deleted at once: this may run inside one of its calls' finished().
    if (m_signInClient)
        m_signInClient.release()->deleteLater();
    emit finished();
}

QString SchemaSource::notice() const
{
    if (m_origin == Origin::Server || !m_loaded)
        return {};
    QString why;
    switch (m_reason) {
    case RequesterSchema::GenericReason::ApiKeyOnly:
        why = tr("LangBot describes requester settings only to a signed-in user, and this profile "
                 "uses an API key.");
        break;
    case RequesterSchema::GenericReason::Offline:
        why = tr("The server cannot be reached.");
        break;
    case RequesterSchema::GenericReason::UnknownRequester:
    case RequesterSchema::GenericReason::FetchFailed:
        why = m_problem.isEmpty() ? tr("The requester settings could not be fetched.")
                                  : tr("The requester settings could not be fetched: %1").arg(m_problem);
        break;
    }
    if (m_origin == Origin::Cache) {
        return tr("%1 The forms follow the copy of the requester settings saved on %2.")
            .arg(why, QLocale().toString(m_cachedAt, QLocale::ShortFormat));
    }
    return why;
}

bool SchemaSource::hasSchema(const QString &name) const
{
    return findRequester(m_requesters, name) != nullptr;
}

RequesterSchema SchemaSource::schemaFor(const QString &name) const
{
    if (const RequesterSchema *schema = findRequester(m_requesters, name))
        return *schema;
    if (m_origin != Origin::None)
        return RequesterSchema::generic(name, RequesterSchema::GenericReason::UnknownRequester);
    return RequesterSchema::generic(name, m_reason,
                                    m_reason == RequesterSchema::GenericReason::FetchFailed ? m_problem : QString());
}

} // namespace lb
