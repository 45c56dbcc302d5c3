#include "ConnectionCheck.h"

#include "api/ApiClient.h"
#include "api/ServerProbe.h"
#include "model/LlmModel.h"

#include <QPointer>

namespace lb {

struct ConnectionCheck::Private
{
    ApiClient *client = nullptr;  // child of the check
    QPointer<ApiCall> call;       // the step running now
    ServerProbe *probe = nullptr; // the generation step, child of the check
    QJsonObject systemInfo;
    Profile profile;
    QString secret; // memory only, dropped when done
    bool finished = false;
};

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
}

ConnectionCheck::~ConnectionCheck()
{
    delete d->probe; // before the client: it must not report to a dying check
    if (d->call) {
        d->call->disconnect(this);
        d->call->cancel();
    }
    delete d;
}

ConnectionCheck *ConnectionCheck::start(const Profile &profile, const QString &secret, QObject *parent)
{
    auto *check = new ConnectionCheck(parent);
    check->d->profile = profile;
    check->d->secret = secret;

    ConnectionSettings settings = profile.connectionSettings();
    settings.pinnedCertificateSha256 = profile.pinnedCertificateSha256;
    settings.authMode = ConnectionSettings::AuthMode::None;
    settings.secret.clear();
    check->d->client = new ApiClient(settings, check);

    // The first step answers asynchronously: the caller connects first.
    check->runStep(check->d->client->systemInfo(), &ConnectionCheck::onSystemInfo);
    return check;
}

void ConnectionCheck::runStep(ApiCall *call, void (ConnectionCheck::*next)(ApiCall *call))
{
    d->call = call;
    connect(call, &ApiCall::finished, this, [this, call, next] {
        d->call = nullptr;
        if (d->finished)
            return;
        if (!call->ok()) {
            fail(call->error());
            return;
        }
        (this->*next)(call);
    });
}

void ConnectionCheck::onSystemInfo(ApiCall *call)
{
    m_result.reachable = true;
    m_result.serverVersion = ApiClient::stringFromData(call->data(), QStringLiteral("version"));
    d->systemInfo = call->data().toObject();
    m_result.features.version = ServerVersion::parse(m_result.serverVersion);
    m_result.features.generation = generationFromSystemInfo(d->systemInfo);
    if (d->secret.isEmpty()) {
        finish();
        return;
    }
    if (d->profile.authMode == Profile::AuthMode::UserLogin) {
        if (d->profile.userEmail.trimmed().isEmpty()) {
            m_result.error = tr("The profile has no user e-mail address to log in with.");
            finish();
            return;
        }
        runStep(d->client->login(d->profile.userEmail.trimmed(), d->secret), &ConnectionCheck::onLoggedIn);
        return;
    }
    d->client->setCredential(ConnectionSettings::AuthMode::ApiKey, d->secret.trimmed());
    detect();
}

void ConnectionCheck::onLoggedIn(ApiCall *call)
{
    d->client->setCredential(ConnectionSettings::AuthMode::Bearer,
                             ApiClient::stringFromData(call->data(), QStringLiteral("token")));
    detect();
}

// With credentials: which generation, which permissions; then the list.
void ConnectionCheck::detect()
{
    d->probe = new ServerProbe(d->client, this);
    connect(d->probe, &ServerProbe::finished, this, [this] {
        if (d->finished)
            return;
        const ServerProbe *probe = d->probe;
        if (probe->error()) {
            // Not told: the list below says what is wrong.
            m_result.features.generation = ApiGeneration::Unknown;
        } else {
            m_result.features = probe->features();
            m_result.permissions = probe->permissions();
        }
        runStep(d->client->listModels(), &ConnectionCheck::onListed);
    });
    d->probe->start(d->systemInfo);
}

void ConnectionCheck::onListed(ApiCall *call)
{
    m_result.authenticated = true;
    m_result.modelCount = int(ApiClient::modelsFromData(call->data()).size());
    finish();
}

void ConnectionCheck::fail(const ApiError &error)
{
    m_result.error = error.message();
    if (error.kind() == ApiError::Kind::Tls) {
        m_result.certificateSha256 = error.certificateSha256();
        m_result.certificateSummary = error.certificateSummary();
    }
    finish();
}

void ConnectionCheck::finish()
{
    if (d->finished)
        return;
    d->finished = true;
    d->secret.clear();
    d->client->setCredential(ConnectionSettings::AuthMode::None, {});
    emit finished();
    deleteLater();
}

void ConnectionCheck::cancel()
{
    if (d->finished)
        return;
    if (d->call) {
        d->call->disconnect(this);
        d->call->cancel();
        d->call = nullptr;
    }
    if (d->probe) {
        d->probe->disconnect(this);
        d->probe->cancel();
    }
    m_result.error = tr("The connection check was cancelled.");
    finish();
}

} // namespace lb
