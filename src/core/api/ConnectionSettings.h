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

    QUrl baseUrl; // scheme://host:port[/path-prefix]
    AuthMode authMode = AuthMode::None;
    QString secret; // API key (ApiKey) or token (Bearer)

    std::chrono::milliseconds timeout{30'000};      // ordinary calls
    std::chrono::milliseconds testTimeout{130'000}; // model tests: servers wait ~120 s
    qint64 maxResponseBytes = 64 * 1024 * 1024;     // larger answers are refused

    // Reads (GET) answered HTTP 429 or 503 are sent again after a pause:
    // retryDelay, then twice that, then four times that (or what the answer's
    // Retry-After asks, at most retryMaxDelay), at most readRetries times, and
    // only while the waits end within `timeout` of the first try. cancel()
    // ends a wait at once. Writes are never sent again on their own.
    int readRetries = 3;
    std::chrono::milliseconds retryDelay{500};
    std::chrono::milliseconds retryMaxDelay{8'000};

    // A server certificate the user explicitly trusted (e.g. self-signed):
    // SHA-256 of its DER, hex (lower or upper case; ':' and spaces are
    // ignored). TLS verification stays on: when the server presents exactly
    // this certificate, the verification errors about it (self-signed,
    // untrusted root, host name mismatch, expired…) are ignored for that
    // request only; a revoked or blacklisted certificate is never accepted,
    // and any other certificate is verified as usual. Not a secret.
    QString pinnedCertificateSha256;
};

} // namespace lb
