#include "Profile.h"

#include <QStringList>

#include <chrono>
#include <iterator>

namespace lb {

namespace {

constexpr int kMinTimeoutSeconds = 1;
constexpr int kMaxTimeoutSeconds = 3600;

bool isHexDigits(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

bool isColorName(const QString &color)
{
    return color.size() == 7 && color.front() == u'#' && isHexDigits(color.mid(1));
}

// What each environment is called, stored as and coloured by default, by
// Profile::Environment's value.
struct EnvironmentInfo
{
    const char *key;
    const char *name;
    const char *color;
};

constexpr EnvironmentInfo kEnvironments[] = {
    {"development", QT_TRANSLATE_NOOP("lb::Profile", "Development"), "#2e7d32"}, // green
    {"staging", QT_TRANSLATE_NOOP("lb::Profile", "Staging"), "#ef6c00"},         // amber / orange
    {"production", QT_TRANSLATE_NOOP("lb::Profile", "Production"), "#c62828"},   // red
    {"other", QT_TRANSLATE_NOOP("lb::Profile", "Other"), "#546e7a"},             // neutral blue-grey
};
static_assert(std::size(kEnvironments) == int(Profile::Environment::Other) + 1);

const EnvironmentInfo &environmentInfo(Profile::Environment environment)
{
    const int i = int(environment);
    return kEnvironments[i >= 0 && i < int(std::size(kEnvironments)) ? i : int(Profile::Environment::Other)];
}

} // namespace

ConnectionSettings Profile::connectionSettings() const
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    switch (authMode) {
    case AuthMode::ApiKey:
        settings.authMode = ConnectionSettings::AuthMode::ApiKey;
        break;
    case AuthMode::UserLogin:
        // The token comes from the login; the Session sets it.
        settings.authMode = ConnectionSettings::AuthMode::Bearer;
        break;
    }
    settings.secret.clear();
    settings.timeout = std::chrono::seconds(timeoutSeconds);
    settings.testTimeout = std::chrono::seconds(testTimeoutSeconds);
    return settings;
}

QString Profile::defaultColor(Environment environment)
{
    return QLatin1String(environmentInfo(environment).color);
}

QString Profile::environmentName(Environment environment)
{
    return tr(environmentInfo(environment).name);
}

QString Profile::environmentKey(Environment environment)
{
    return QLatin1String(environmentInfo(environment).key);
}

Profile::Environment Profile::environmentFromKey(const QString &key)
{
    const QString k = key.trimmed();
    for (int i = 0; i < int(std::size(kEnvironments)); ++i) {
        if (k.compare(QLatin1String(kEnvironments[i].key), Qt::CaseInsensitive) == 0)
            return Environment(i);
    }
    return Environment::Other;
}

QString Profile::validate() const
{
    QStringList problems;

    if (name.trimmed().isEmpty())
        problems << tr("Name: enter a name for this profile.");

    const QString scheme = baseUrl.scheme().toLower();
    if (baseUrl.isEmpty()) {
        problems << tr("Server URL: enter the address of the LangBot server, "
                       "e.g. http://127.0.0.1:5300 or https://langbot.example.org.");
    } else if (!baseUrl.isValid()) {
        problems << tr("Server URL: \"%1\" is not a valid address; use e.g. https://langbot.example.org.")
                        .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    } else if (scheme != u"http" && scheme != u"https") {
        problems << tr("Server URL: use an address starting with http:// or https://.");
    } else if (baseUrl.host().isEmpty()) {
        problems << tr("Server URL: the address has no host name; use e.g. https://langbot.example.org.");
    } else {
        if (!baseUrl.userInfo().isEmpty())
            problems << tr("Server URL: remove the user name and password from the address; "
                           "secrets are kept in the keychain, never in the profile.");
        if (baseUrl.hasQuery() || baseUrl.hasFragment())
            problems << tr("Server URL: remove the part after \"?\" or \"#\"; "
                           "the address is only scheme, host, port and an optional path prefix.");
    }

    if (authMode == AuthMode::UserLogin && userEmail.trimmed().isEmpty())
        problems << tr("User e-mail: enter the e-mail address of the LangBot account to sign in with.");

    if (timeoutSeconds < kMinTimeoutSeconds || timeoutSeconds > kMaxTimeoutSeconds)
        problems << tr("Timeout: enter between %1 and %2 seconds.").arg(kMinTimeoutSeconds).arg(kMaxTimeoutSeconds);
    if (testTimeoutSeconds < kMinTimeoutSeconds || testTimeoutSeconds > kMaxTimeoutSeconds)
        problems
            << tr("Test timeout: enter between %1 and %2 seconds.").arg(kMinTimeoutSeconds).arg(kMaxTimeoutSeconds);

    if (!color.isEmpty() && !isColorName(color))
        problems << tr("Colour: use the form #rrggbb, or leave it empty for the environment's colour.");

    if (!pinnedCertificateSha256.isEmpty()
        && (pinnedCertificateSha256.size() != 64 || !isHexDigits(pinnedCertificateSha256)))
        problems << tr("Pinned certificate: enter the SHA-256 fingerprint as 64 hexadecimal digits, "
                       "or leave it empty to use the system's certificate checks only.");

    return problems.join(u'\n');
}

} // namespace lb
