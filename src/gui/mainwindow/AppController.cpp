#include "AppController.h"

#include "FakeLangBotServer.h"
#include "models/ModelEditing.h"
#include "profiles/ProfileManagerDialog.h"
#include "models/ProviderModelDialog.h"
#include "providers/ProviderDialog.h"
#include "providers/ProvidersPane.h"
#include "profiles/SecretPromptDialog.h"
#include "profiles/ServerUrl.h"
#include "transfer/TransferActions.h"
#include "widgets/MessageBanner.h"

#include "api/ApiClient.h"
#include "cache/ModelCache.h"
#include "model/LlmTableModel.h"
#include "profiles/Session.h"
#include "testing/TestHistory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>

namespace lb::gui {

Q_LOGGING_CATEGORY(lcApp, "langbot.app")

namespace {

// What a Session needs to be opened again when it changes.
bool sameConnection(const Profile &a, const Profile &b)
{
    return a.baseUrl == b.baseUrl && a.authMode == b.authMode && a.userEmail == b.userEmail
        && a.timeoutSeconds == b.timeoutSeconds && a.testTimeoutSeconds == b.testTimeoutSeconds
        && a.pinnedCertificateSha256 == b.pinnedCertificateSha256;
}

QString secretWord(CredentialStore::Kind kind)
{
    return kind == CredentialStore::Kind::Password ? AppController::tr("password") : AppController::tr("API key");
}

} // namespace

AppController::AppController(ProfileStore *store, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_store(store ? store : new ProfileStore(this))
    , m_credentials(credentials ? credentials : new CredentialStore(this))
{
    m_window = std::make_unique<MainWindow>(nullptr, QString());
    connect(m_window.get(), &MainWindow::manageProfilesRequested, this, [this] { openProfileManager(false); });
    connect(m_window.get(), &MainWindow::serverChosen, this, [this](const QString &key) {
        QString error;
        if (!switchTo(key, &error))
            m_window->showNotice(MessageBanner::Kind::Error, tr("Could not switch servers."), error);
    });
    connect(m_window.get(), &MainWindow::credentialsRejected, this, &AppController::onCredentialsRejected);
    connect(m_store, &ProfileStore::profilesChanged, this, &AppController::onProfilesChanged);
    // File → Export/Import Models and Profiles (a child of the window).
    auto *transfer = new TransferActions(m_window.get(), m_store, m_credentials);
    connect(this, &AppController::switched, transfer, &TransferActions::updateActions);
    // Model → New, Edit, Duplicate; where the dialog's schemas come from
    // follows the server shown.
    m_editing = new ModelEditing(m_window.get(), this);
    // The provider dialog takes the same requesters and icons (issue 15).
    m_window->providersPane()->setRequesterSources([this] { return m_editing->schemaSource(); },
                                                   [this] { return m_editing->icons(); });
    // "New provider…" in the model dialog: the provider dialog, then the new
    // provider picked in the model dialog.
    connect(m_editing, &ModelEditing::newProviderRequested, this, [this] {
        ProviderDialog *dialog = m_window->providersPane()->openNew();
        if (!dialog)
            return;
        connect(dialog, &ProviderDialog::saved, m_editing, [this](const QString &uuid, bool created) {
            if (ProviderModelDialog *models = m_editing->providerDialog(); models && created)
                models->selectProvider(uuid);
        });
    });
    connect(this, &AppController::switched, m_editing, [this] {
        ModelEditing::Access access;
        if (const std::optional<Profile> profile = currentProfile()) {
            access.profileId = profile->id;
            access.access = profile->authMode == Profile::AuthMode::UserLogin ? SchemaSource::Access::UserLogin
                                                                              : SchemaSource::Access::ApiKeyOnly;
        } else if (m_currentKey == demoKey()) {
            // The built-in demo server: its user signs in for the schemas.
            access.profileId = QStringLiteral("demo");
            access.access = SchemaSource::Access::SignIn;
            access.signInUser = demo::FakeLangBotServer::demoUser();
            access.signInPassword = demo::FakeLangBotServer::demoPassword();
        } else {
            access.profileId = m_window->identity().storageId;
        }
        m_editing->setAccess(access);
    });
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &AppController::saveViewState);
    refreshChoices();
}

AppController::~AppController()
{
    saveViewState();
    m_store->sync();
    // The window goes first: it cancels its calls and ignores their answers.
    m_window.reset();
    if (m_session)
        disconnect(m_session.get(), nullptr, this, nullptr);
    m_session.reset();
    m_adHocClient.reset();
    m_demoClient.reset();
    m_demoServer.reset();
}

QString AppController::demoKey()
{
    return QStringLiteral("builtin:demo");
}

QString AppController::adHocKey()
{
    return QStringLiteral("builtin:url");
}

std::optional<Profile> AppController::currentProfile() const
{
    if (m_currentKey.isEmpty() || m_currentKey == demoKey() || m_currentKey == adHocKey())
        return std::nullopt;
    return m_store->profile(m_currentKey);
}

// --- start and switch ----------------------------------------------------------

bool AppController::start(QString *error)
{
    if (m_store->isEmpty())
        return switchToDemo(error); // with the first-start banner
    QString id = m_store->lastUsedId();
    if (id.isEmpty() || !m_store->profile(id))
        id = m_store->profiles().constFirst().id;
    return switchTo(id, error);
}

bool AppController::switchToDemo(QString *error)
{
    return switchTo(demoKey(), error);
}

void AppController::connectTo(const ConnectionSettings &settings, const QString &name)
{
    // The window must let go of the old ad-hoc client before it is replaced.
    if (m_currentKey == adHocKey()) {
        leaveCurrent();
        m_window->setServer(nullptr, ServerIdentity{});
        m_currentKey.clear();
    }
    m_lastRows.remove(adHocKey());
    m_otherViews.remove(adHocKey());
    m_adHocClient = std::make_unique<ApiClient>(settings);
    m_adHocName = name;
    switchToKey(adHocKey(), true, nullptr);
}

bool AppController::switchTo(const QString &key, QString *error)
{
    return switchToKey(key, false, error);
}

bool AppController::switchToKey(const QString &key, bool force, QString *error)
{
    if (key == m_currentKey && !force) {
        refreshChoices();
        return true;
    }

    // What to switch to: check it before leaving anything.
    std::optional<Profile> profile;
    if (key == demoKey()) {
        if (!ensureDemo(error))
            return false;
    } else if (key == adHocKey()) {
        if (!m_adHocClient) {
            if (error)
                *error = tr("There is no connection given with --url.");
            return false;
        }
    } else {
        profile = m_store->profile(key);
        if (!profile) {
            if (error)
                *error = tr("There is no profile with the id %1.").arg(key);
            return false;
        }
    }

    m_switching = true;
    leaveCurrent();
    closePrompt();
    std::unique_ptr<Session> old = std::move(m_session);
    if (old)
        disconnect(old.get(), nullptr, this, nullptr);
    m_currentKey = key;

    const std::optional<QList<LlmModel>> lastRows = lastRowsFor(key);
    if (profile) {
        m_session = std::make_unique<Session>(*profile, m_credentials);
        connectSession(m_session.get());
        // The client has no credentials yet: the list starts once the
        // session is ready.
        m_window->setServer(m_session->client(), identityFor(*profile), lastRows, false);
    } else if (key == demoKey()) {
        m_window->setServer(m_demoClient.get(), demoIdentity(), lastRows, true);
    } else {
        ServerIdentity identity;
        identity.key = adHocKey();
        identity.name = m_adHocName;
        // History and the offline copy of an unsaved connection are kept by
        // its address.
        identity.storageId = QStringLiteral("url-")
            + QString::fromLatin1(QCryptographicHash::hash(m_adHocClient->displayUrl().toUtf8(),
                                                           QCryptographicHash::Sha256)
                                      .toHex()
                                      .left(16));
        m_window->setServer(m_adHocClient.get(), identity, lastRows, true);
    }
    m_window->restoreViewState(viewStateFor(key));

    // The old session ends after the window let go of its client: its calls
    // are cancelled, and answers already on their way are ignored.
    if (old) {
        old->close();
        old.release()->deleteLater();
    }

    if (profile)
        m_store->setLastUsedId(profile->id);
    m_switching = false;
    refreshChoices();
    if (key == demoKey() && m_store->isEmpty())
        showFirstStartNotice();
    if (m_session) {
        onSessionState();
        m_session->open();
    }
    qCInfo(lcApp) << "showing" << (profile ? profile->name : key);
    emit switched(key);
    return true;
}

bool AppController::ensureDemo(QString *error)
{
    if (!m_demoServer) {
        auto server = std::make_unique<demo::FakeLangBotServer>();
        server->setLangBotVersion(demo::FakeLangBotServer::demoVersion());
        server->loadDemoData();
        if (!server->listen()) {
            if (error)
                *error = tr("Could not start the demo server: %1").arg(server->errorString());
            return false;
        }
        m_demoServer = std::move(server);
    }
    if (!m_demoClient) {
        ConnectionSettings settings;
        settings.baseUrl = m_demoServer->url();
        settings.authMode = ConnectionSettings::AuthMode::ApiKey;
        settings.secret = demo::FakeLangBotServer::demoApiKey();
        m_demoClient = std::make_unique<ApiClient>(settings);
    }
    return true;
}

void AppController::leaveCurrent()
{
    if (m_currentKey.isEmpty())
        return;
    if (m_window->workspace()->hasLoaded())
        m_lastRows.insert(m_currentKey, m_window->workspace()->models()->models());
    saveViewState();
}

void AppController::saveViewState()
{
    if (m_currentKey.isEmpty() || !m_window)
        return;
    const ProfileStore::ViewState state = m_window->viewState();
    if (m_currentKey == demoKey() || m_currentKey == adHocKey())
        m_otherViews.insert(m_currentKey, state);
    else if (m_store->profile(m_currentKey))
        m_store->setViewState(m_currentKey, state);
}

ProfileStore::ViewState AppController::viewStateFor(const QString &key) const
{
    if (key == demoKey() || key == adHocKey())
        return m_otherViews.value(key);
    return m_store->viewState(key);
}

std::optional<QList<LlmModel>> AppController::lastRowsFor(const QString &key) const
{
    const auto it = m_lastRows.constFind(key);
    if (it == m_lastRows.cend())
        return std::nullopt;
    return *it;
}

// --- the session ---------------------------------------------------------------

void AppController::connectSession(Session *session)
{
    connect(session, &Session::stateChanged, this, &AppController::onSessionState);
    connect(session, &Session::ready, this, [this] {
        // What was asked for (a secret, a retry) is settled.
        m_window->dismissNotice();
        m_window->load();
    });
    connect(session, &Session::secretNeeded, this, &AppController::promptForSecret);
    connect(session, &Session::keychainFailed, this, [this](const QString &message) {
        const QString what = m_session ? secretWord(m_session->secretKind()) : tr("secret");
        m_window->showNotice(MessageBanner::Kind::Error, tr("The %1 could not be stored in the keychain.").arg(what),
                             message + QLatin1Char('\n') + tr("It is kept in memory until the console quits."));
    });
    connect(session, &Session::failed, this, [this](const QString &message) {
        const QString name = m_session ? m_session->profile().name : QString();
        const auto retry = [this] {
            if (m_session)
                m_session->open();
        };
        m_window->setWaitingText(tr("Not connected to “%1”.").arg(name));
        m_window->showNotice(MessageBanner::Kind::Error, tr("Could not connect to “%1”.").arg(name), message,
                             tr("&Retry"), retry);
        // With a saved list of that server, it is shown (offline) instead.
        m_window->showSavedListOffline(message, retry);
    });
}

void AppController::onSessionState()
{
    if (!m_session)
        return;
    const Profile &profile = m_session->profile();
    const QString what = secretWord(m_session->secretKind());
    switch (m_session->state()) {
    case Session::State::Idle:
    case Session::State::ReadingSecret:
        m_window->setWaitingText(tr("Reading the %1 of “%2” from the keychain…").arg(what, profile.name));
        break;
    case Session::State::LoggingIn:
        m_window->setWaitingText(tr("Logging in to “%1” as %2…").arg(profile.name, profile.userEmail));
        break;
    case Session::State::NeedsSecret:
        m_window->setWaitingText(tr("Waiting for the %1 of “%2”…").arg(what, profile.name));
        break;
    case Session::State::Ready:
    case Session::State::Closed:
        break;
    }
}

void AppController::promptForSecret(CredentialStore::Kind kind, const QString &reason)
{
    if (!m_session)
        return;
    closePrompt();
    const Profile profile = m_store->profile(m_session->profile().id).value_or(m_session->profile());
    auto *dialog = new SecretPromptDialog(profile, kind, reason, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt = dialog;
    const QPointer<Session> session = m_session.get();
    connect(dialog, &QDialog::accepted, this, [this, dialog, session] {
        if (session && session == m_session.get())
            session->provideSecret(dialog->secret(), dialog->storage());
    });
    connect(dialog, &QDialog::rejected, this, [this, session, kind, reason] {
        if (!session || session != m_session.get())
            return;
        const QString name = session->profile().name;
        m_window->setWaitingText(tr("The models of “%1” are not shown without its %2.").arg(name, secretWord(kind)));
        m_window->showNotice(MessageBanner::Kind::Info, tr("No %1 given for “%2”.").arg(secretWord(kind), name), reason,
                             kind == CredentialStore::Kind::Password ? tr("Log &In…") : tr("Enter API &Key…"),
                             [this, kind, reason] { promptForSecret(kind, reason); });
    });
    dialog->open();
}

void AppController::onCredentialsRejected(const QString &message)
{
    // A refused API key: offer to type another one. (User logins renew
    // themselves in the Session and ask through secretNeeded.)
    if (!m_session || m_session->secretKind() != CredentialStore::Kind::ApiKey)
        return;
    const QString name = m_session->profile().name;
    const QString reason = tr("The server refused the API key: %1").arg(message);
    m_window->showNotice(MessageBanner::Kind::Error, tr("The server refused the API key of “%1”.").arg(name), message,
                         tr("Enter API &Key…"),
                         [this, reason] { promptForSecret(CredentialStore::Kind::ApiKey, reason); });
}

void AppController::closePrompt()
{
    if (SecretPromptDialog *prompt = m_prompt) {
        m_prompt = nullptr;
        disconnect(prompt, nullptr, this, nullptr);
        prompt->close(); // WA_DeleteOnClose
    }
}

// --- profiles --------------------------------------------------------------------

void AppController::onProfilesChanged()
{
    if (m_switching)
        return;
    refreshChoices();
    if (m_currentKey.isEmpty() || m_currentKey == demoKey() || m_currentKey == adHocKey())
        return;

    const std::optional<Profile> profile = m_store->profile(m_currentKey);
    if (!profile) {
        // The profile shown was deleted: show another one (or the demo).
        const QString gone = m_currentKey;
        m_lastRows.remove(m_currentKey);
        m_currentKey.clear(); // nothing of it is saved any more
        const QList<Profile> profiles = m_store->profiles();
        QString error;
        if (!profiles.isEmpty())
            switchTo(profiles.constFirst().id, &error);
        else
            switchToDemo(&error);
        if (!error.isEmpty())
            m_window->showNotice(MessageBanner::Kind::Error, tr("Could not switch servers."), error);
        forgetSavedData(gone);
        return;
    }
    if (m_session && !sameConnection(*profile, m_session->profile())) {
        // The address or the way of signing in changed: connect again.
        switchToKey(m_currentKey, true, nullptr);
        return;
    }
    m_window->setIdentity(identityFor(*profile));
}

void AppController::forgetSavedData(const QString &profileId)
{
    // The window let go of it (its history was written when it switched).
    ModelCache().remove(profileId);
    QFile::remove(m_window->workspace()->testHistory()->fileFor(profileId));
}

void AppController::refreshChoices()
{
    QList<ServerChoice> choices;
    const QList<Profile> profiles = m_store->profiles();
    for (const Profile &profile : profiles) {
        ServerChoice choice;
        choice.key = profile.id;
        choice.name = profile.name;
        choice.detail
            = tr("%1 — %2").arg(profile.baseUrl.toDisplayString(), Profile::environmentName(profile.environment));
        choice.color = QColor(profile.effectiveColor());
        choices << choice;
    }
    ServerChoice demo;
    demo.key = demoKey();
    demo.name = tr("Demo server");
    demo.detail = tr("The built-in demo server, with sample models");
    choices << demo;
    if (m_adHocClient) {
        ServerChoice adHoc;
        adHoc.key = adHocKey();
        adHoc.name = tr("%1 (not saved)").arg(m_adHocName);
        adHoc.detail = m_adHocClient->displayUrl();
        choices << adHoc;
    }
    m_window->setServerChoices(choices, m_currentKey);
}

ServerIdentity AppController::identityFor(const Profile &profile) const
{
    ServerIdentity identity;
    identity.key = profile.id;
    identity.name = profile.name;
    identity.environmentName = Profile::environmentName(profile.environment);
    identity.color = QColor(profile.effectiveColor());
    identity.production = profile.isProduction();
    identity.storageId = profile.id;
    return identity;
}

ServerIdentity AppController::demoIdentity() const
{
    ServerIdentity identity;
    identity.key = demoKey();
    identity.name = tr("Demo server");
    identity.storageId = QStringLiteral("demo");
    return identity;
}

void AppController::showFirstStartNotice()
{
    m_window->showNotice(MessageBanner::Kind::Info, tr("You are looking at the built-in demo server."),
                         tr("Add your LangBot server to manage its models."), tr("&Add Server…"),
                         [this] { openProfileManager(true); });
}

ProfileManagerDialog *AppController::profileManager() const
{
    return m_manager;
}

SecretPromptDialog *AppController::secretPrompt() const
{
    return m_prompt;
}

ProfileManagerDialog *AppController::openProfileManager(bool newProfile)
{
    if (ProfileManagerDialog *open = m_manager) {
        if (newProfile)
            open->addProfile();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new ProfileManagerDialog(m_store, m_credentials, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_manager = dialog;
    if (newProfile)
        dialog->addProfile();
    else if (const std::optional<Profile> current = currentProfile())
        dialog->selectProfile(current->id);

    connect(dialog, &ProfileManagerDialog::demoRequested, this, [this] {
        QString error;
        if (!switchToDemo(&error))
            m_window->showNotice(MessageBanner::Kind::Error, tr("Could not switch servers."), error);
    });
    connect(dialog, &ProfileManagerDialog::openRequested, this, [this](const QString &id) {
        QString error;
        if (!switchTo(id, &error))
            m_window->showNotice(MessageBanner::Kind::Error, tr("Could not switch servers."), error);
    });
    connect(dialog, &ProfileManagerDialog::secretChanged, this, [this](const QString &id) {
        // A new secret for the profile shown: connect again with it.
        if (id == m_currentKey && m_session)
            switchToKey(id, true, nullptr);
    });
    dialog->show();
    return dialog;
}

} // namespace lb::gui
