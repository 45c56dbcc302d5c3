#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

namespace lb {

// Everything an ApiClient needs to reach one server. Secrets live here only in
// memory; whoever persists a ConnectionSettings must drop apiKey/bearerToken.
struct ConnectionSettings
{
    enum class AuthMode { None, ApiKey, Bearer };

    QUrl baseUrl;                // scheme://host:port[/path-prefix]
    AuthMode authMode = AuthMode::None;
    QString secret;              // API key (ApiKey) or token (Bearer)

    std::chrono::milliseconds timeout{30'000};      // ordinary calls
    std::chrono::milliseconds testTimeout{130'000}; // model tests: servers wait ~120 s
    qint64 maxResponseBytes = 64 * 1024 * 1024;     // larger answers are refused
};

} // namespace lb
