#include "Connector.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include "api/ApiError.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/Session.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Connector)
};
} // namespace

Connector::Connector(QObject *parent)
    : QObject(parent)
    , m_store(new CredentialStore(this))
{
}

Connector::~Connector() = default;

Session *Connector::session() const
{
    return m_session;
}

void Connector::fail(const QString &message, int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_session)
        m_session->close();
    m_failed(message, exitCode);
}

void Connector::open(const Target &target, Ready ready, Failed failed)
{
    m_ready = std::move(ready);
    m_failed = std::move(failed);

    Profile profile;
    const bool adHoc = !target.url.isEmpty();
    if (adHoc) {
        profile.name = Text::tr("command line");
        profile.baseUrl = QUrl::fromUserInput(target.url);
        profile.authMode = Profile::AuthMode::ApiKey;
        profile.id = QStringLiteral("command-line");
        if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty()
            || (profile.baseUrl.scheme() != QLatin1String("http")
                && profile.baseUrl.scheme() != QLatin1String("https"))) {
            fail(Text::tr("--url: “%1” is not an http(s) URL with a host.").arg(target.url), Usage);
            return;
        }
        if (qEnvironmentVariableIsEmpty("LANGBOT_API_KEY")) {
            fail(Text::tr("--url needs the API key in the environment variable LANGBOT_API_KEY."), Usage);
            return;
        }
    } else {
        ProfileStore store;
        std::optional<Profile> found;
        if (!target.profileName.isEmpty())
            found = store.profileByName(target.profileName);
        else if (!store.lastUsedId().isEmpty())
            found = store.profile(store.lastUsedId());
        if (!found) {
            QStringList names;
            for (const Profile &p : store.profiles())
                names << p.name;
            const QString known = names.isEmpty() ? Text::tr("none yet") : names.join(QLatin1String(", "));
            fail(target.profileName.isEmpty()
                     ? Text::tr("Say which server: --profile NAME (profiles: %1) or --url URL.").arg(known)
                     : Text::tr("No profile called “%1” (profiles: %2).").arg(target.profileName, known),
                 Usage);
            return;
        }
        profile = *found;
    }

    m_session = new Session(profile, adHoc ? nullptr : m_store, this);
    // Every verb needs to know the server's generation and the credentials'
    // permissions: detect them once, right after sign-in.
    connect(m_session, &Session::ready, this, [this] { m_session->detectServer(); });
    connect(m_session, &Session::serverDetected, this, [this, profile] {
        if (m_done)
            return;
        const ApiError error = m_session->detectionError();
        if (error.isError()) {
            fail(error.message(), exitCodeFor(error));
            return;
        }
        m_done = true;
        m_ready(m_session->client(), profile);
    });
    connect(
        m_session, &Session::secretNeeded, this, [this, profile](CredentialStore::Kind kind, const QString &reason) {
            const QString what = kind == CredentialStore::Kind::Password ? Text::tr("password") : Text::tr("API key");
            fail(Text::tr("Profile “%1” has no usable %2: %3\nStore it in the console (Server → Manage "
                          "Profiles…), or use --url with LANGBOT_API_KEY.")
                     .arg(profile.name, what, reason),
                 Authentication);
        });
    // The login failed for a reason a secret cannot fix: unreachable (7), the
    // server failed (9), not a LangBot API (8)...
    connect(m_session, &Session::failed, this, [this](const QString &message) {
        const ApiError cause = m_session->failure();
        fail(message, cause.isError() ? exitCodeFor(cause) : Network);
    });
    if (adHoc)
        m_session->provideSecret(qEnvironmentVariable("LANGBOT_API_KEY").trimmed(),
                                 Session::SecretStorage::SessionOnly);
    else
        m_session->open();
}

} // namespace lb::cli
