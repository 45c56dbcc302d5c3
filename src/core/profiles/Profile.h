#pragma once

#include "api/ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace lb {

// One LangBot server the console knows. Everything here is stored on disk
// (QSettings); secrets are not: they live in the OS keychain (CredentialStore)
// or, when the user chose so, in memory for the session only.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(lb::Profile)
public:
    enum class AuthMode { ApiKey, UserLogin };
    enum class Environment { Development, Staging, Production, Other };

    QString id;   // a UUID (without braces), set by ProfileStore::add
    QString name; // shown in the switcher; unique, case-insensitively
    QUrl baseUrl; // scheme://host:port[/path-prefix]
    AuthMode authMode = AuthMode::ApiKey;
    QString userEmail; // for UserLogin
    Environment environment = Environment::Other;
    QString color;           // "#rrggbb"; empty = defaultColor(environment)
    int timeoutSeconds = 30; // ordinary requests
    int testTimeoutSeconds = 130;
    // A certificate the user explicitly trusted for this profile only (e.g. a
    // self-signed one), pinned by the SHA-256 of its DER, lower-case hex.
    // Verification stays on for everything else.
    QString pinnedCertificateSha256;

    bool isProduction() const { return environment == Environment::Production; }
    QString effectiveColor() const { return color.isEmpty() ? defaultColor(environment) : color; }

    // What an ApiClient needs, without any secret.
    ConnectionSettings connectionSettings() const;

    static QString defaultColor(Environment environment);
    static QString environmentName(Environment environment);   // translated
    static QString environmentKey(Environment environment);    // "production"... (stored)
    static Environment environmentFromKey(const QString &key); // Other when unknown

    // Empty when the profile can be saved; else what is wrong, for people.
    QString validate() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace lb
