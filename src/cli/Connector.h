#pragma once

#include "profiles/Profile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace lb {
class ApiClient;
class CredentialStore;
class Session;
} // namespace lb

namespace lb::cli {

// Opens a session the way the command line asks for it: a saved profile by
// name (secret from the keychain, like the GUI), or --url with the API key in
// LANGBOT_API_KEY. Never prompts: a missing secret is an error.
class Connector : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString profileName; // --profile
        QString url;         // --url
    };
    using Ready = std::function<void(lb::ApiClient *client, const lb::Profile &profile)>;
    using Failed = std::function<void(const QString &message, int exitCode)>;

    explicit Connector(QObject *parent = nullptr);
    ~Connector() override;

    // Resolves the target and opens the session; exactly one callback runs.
    void open(const Target &target, Ready ready, Failed failed);
    // The open session (its server detected), once Ready ran.
    lb::Session *session() const;

private:
    void fail(const QString &message, int exitCode);

    lb::CredentialStore *m_store = nullptr;
    QPointer<lb::Session> m_session;
    Ready m_ready;
    Failed m_failed;
    bool m_done = false;
};

} // namespace lb::cli
