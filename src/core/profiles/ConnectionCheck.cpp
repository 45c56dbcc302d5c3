#include "ConnectionCheck.h"

#include "api/ApiClient.h"
#include "model/LlmModel.h"

#include <QPointer>

namespace lb {

struct ConnectionCheck::Private
{
    ApiClient *client = nullptr; // child of the check
    QPointer<ApiCall> call;      // the step running now
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
    runStep(d->client->listModels(), &ConnectionCheck::onListed);
}

void ConnectionCheck::onLoggedIn(ApiCall *call)
{
    d->client->setCredential(ConnectionSettings::AuthMode::Bearer,
                             ApiClient::stringFromData(call->data(), QStringLiteral("token")));
    runStep(d->client->listModels(), &ConnectionCheck::onListed);
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
    m_result.error = tr("The connection check was cancelled.");
    finish();
}

} // namespace lb
