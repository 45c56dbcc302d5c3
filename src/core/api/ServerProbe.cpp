#include "ServerProbe.h"

#include "ApiClient.h"

#include <QJsonArray>
#include <QTimer>

namespace lb {

namespace {

bool hasCredentials(const ConnectionSettings &settings)
{
    return settings.authMode != ConnectionSettings::AuthMode::None && !settings.secret.isEmpty();
}

// An HTML page (or another answer that is not JSON) where a route should be:
// the route does not exist on that server.
bool routeAbsent(const ApiError &error)
{
    const int status = error.httpStatus();
    if (error.kind() == ApiError::Kind::BadResponse)
        return status >= 200 && status < 300;
    return error.kind() == ApiError::Kind::Http && (status == 404 || status == 405);
}

} // namespace

ServerProbe::ServerProbe(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ServerProbe::~ServerProbe()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void ServerProbe::start()
{
    reset();
    run(m_client->systemInfo(), &ServerProbe::onSystemInfo);
}

void ServerProbe::start(const QJsonObject &systemInfo)
{
    reset();
    // The next steps may end at once: not before start() returns.
    QTimer::singleShot(0, this, [this, systemInfo, runId = m_runId] {
        if (m_running && runId == m_runId)
            useSystemInfo(systemInfo);
    });
}

void ServerProbe::reset()
{
    ++m_runId;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    m_guess = ApiGeneration::Unknown;
    m_features = {};
    m_permissions = {};
    m_error = {};
    m_systemInfo = {};
    m_capabilities = {};
    m_running = true;
}

std::optional<bool> ServerProbe::supports(const QString &operation) const
{
    const QJsonValue entry = m_capabilities.value(operation);
    if (!entry.isObject())
        return std::nullopt;
    return entry.toObject().value(QLatin1String("supported")).toBool();
}

void ServerProbe::run(ApiCall *call, void (ServerProbe::*next)(ApiCall *call))
{
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, next] {
        m_call = nullptr;
        if (!m_running)
            return;
        if (call->error().kind() == ApiError::Kind::Cancelled) {
            finish(call->error());
            return;
        }
        (this->*next)(call);
    });
}

void ServerProbe::onSystemInfo(ApiCall *call)
{
    if (!call->ok()) {
        finish(call->error()); // not a LangBot 4.x API at that URL, or unreachable
        return;
    }
    useSystemInfo(call->data().toObject());
}

void ServerProbe::useSystemInfo(const QJsonObject &info)
{
    m_systemInfo = info;
    m_features.version = ServerVersion::parse(m_systemInfo.value(QLatin1String("version")).toString());
    m_guess = generationFromSystemInfo(m_systemInfo);
    if (!m_client || !hasCredentials(m_client->settings())) {
        // Nothing to probe with: the guess is all there is.
        m_features.generation = m_guess;
        m_permissions = Permissions::all(m_guess == ApiGeneration::Workspaces ? Permissions::Source::Assumed
                                                                              : Permissions::Source::NoRoles);
        finish();
        return;
    }
    run(m_client->listProviders(), &ServerProbe::onProviders);
}

void ServerProbe::onProviders(ApiCall *call)
{
    const ApiError &error = call->error();
    bool emptyList = false;
    if (call->ok()) {
        const QJsonArray providers = call->data().toObject().value(QLatin1String("providers")).toArray();
        emptyList = providers.isEmpty();
        bool workspaces = false;
        for (const QJsonValue &provider : providers)
            workspaces = workspaces || provider.toObject().contains(QLatin1String("workspace_uuid"));
        if (workspaces || (emptyList && m_guess == ApiGeneration::Workspaces))
            m_features.generation = ApiGeneration::Workspaces;
        else
            m_features.generation = ApiGeneration::Providers;
    } else if (error.isPermissionDenied() || error.serverCode() == QLatin1String("invalid_authentication")) {
        m_features.generation = ApiGeneration::Workspaces;
    } else if (routeAbsent(error)) {
        m_features.generation = ApiGeneration::Legacy;
    } else if (error.kind() == ApiError::Kind::Server && error.httpStatus() == 401) {
        // Refused with an older server's envelope: the route exists.
        m_features.generation
            = m_guess == ApiGeneration::Workspaces ? ApiGeneration::Workspaces : ApiGeneration::Providers;
    } else {
        finish(error); // a network or server failure: no telling
        return;
    }

    const bool bearer = m_client->settings().authMode == ConnectionSettings::AuthMode::Bearer;
    // An empty list tells nothing: with a JWT, workspaces/current is JSON
    // only on 4.10.7+ (onPermissions decides).
    if (m_features.generation == ApiGeneration::Workspaces || (emptyList && bearer)) {
        run(bearer ? m_client->currentWorkspace() : m_client->systemContext(), &ServerProbe::onPermissions);
        return;
    }
    m_permissions = Permissions::all(Permissions::Source::NoRoles);
    finish();
}

void ServerProbe::onPermissions(ApiCall *call)
{
    const bool confirming = m_features.generation != ApiGeneration::Workspaces;
    if (confirming) {
        if (call->ok())
            m_features.generation = ApiGeneration::Workspaces;
        else {
            m_permissions = Permissions::all(Permissions::Source::NoRoles);
            finish();
            return;
        }
    }
    Permissions read;
    if (call->ok() && Permissions::fromData(call->data().toObject(), &read))
        m_permissions = read;
    else
        m_permissions = Permissions::all(Permissions::Source::Assumed); // 403s name what is missing

    // system/context answering means 4.10.11+, and so does the version.
    const bool apiKey = m_client->settings().authMode == ConnectionSettings::AuthMode::ApiKey;
    if ((apiKey && call->ok()) || m_features.version.isAtLeast(4, 10, 11)) {
        run(m_client->systemCapabilities(), &ServerProbe::onCapabilities);
        return;
    }
    finish();
}

void ServerProbe::onCapabilities(ApiCall *call)
{
    if (call->ok())
        m_capabilities = call->data().toObject().value(QLatin1String("operations")).toObject();
    finish(); // no capabilities: an older server, every operation probed when used
}

void ServerProbe::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_runId;
    m_error = error;
    if (error) {
        m_features.generation = ApiGeneration::Unknown;
        m_permissions = {};
    } else if (m_client) {
        m_client->setFeatures(m_features);
        m_client->setPermissions(m_permissions);
    }
    emit finished();
}

void ServerProbe::cancel()
{
    if (!m_running)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call = nullptr;
    }
    finish(ApiError(ApiError::Kind::Cancelled, {}, {}));
}

} // namespace lb
