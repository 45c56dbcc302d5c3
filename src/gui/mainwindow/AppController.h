#pragma once

#include "MainWindow.h"

#include "api/ConnectionSettings.h"
#include "model/LlmModel.h"
#include "profiles/CredentialStore.h"
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace lb {
class ApiClient;
class Session;
namespace demo {
class FakeLangBotServer;
}
} // namespace lb

namespace lb::gui {

class ModelEditing;
class ProfileManagerDialog;
class SecretPromptDialog;

// The application: the profiles (ProfileStore), their secrets
// (CredentialStore), the Session of the profile shown, the built-in demo
// server (started when first shown), and the main window.
//
// Switching closes the old Session (its calls are cancelled and their answers
// ignored by the window), opens one for the new profile, shows that profile's
// last known rows at once and its saved sort and selection, then reloads.
class AppController : public QObject
{
    Q_OBJECT
public:
    // store, credentials: nullptr = the application's own (QSettings of the
    // organisation and application name; the keychain service of the app).
    // Given ones are not owned and must outlive the controller.
    explicit AppController(ProfileStore *store = nullptr, CredentialStore *credentials = nullptr,
                           QObject *parent = nullptr);
    ~AppController() override;

    // Keys of the servers that are not stored profiles.
    static QString demoKey();
    static QString adHocKey();

    MainWindow *window() const { return m_window.get(); }
    ProfileStore *profileStore() const { return m_store; }
    CredentialStore *credentialStore() const { return m_credentials; }
    // The session of the profile shown; nullptr on the demo or --url server.
    Session *session() const { return m_session.get(); }
    // The in-process demo server; nullptr until the demo was first shown.
    demo::FakeLangBotServer *demoServer() const { return m_demoServer.get(); }
    // The profile id shown, or demoKey() / adHocKey(); empty before start().
    QString currentKey() const { return m_currentKey; }
    std::optional<Profile> currentProfile() const;

    // Opens what the user saw last: the last used profile, else the first one;
    // with no profiles at all, the demo server with a banner inviting to add one.
    bool start(QString *error = nullptr);
    // Shows a profile (by id), the demo (demoKey()) or the --url server (adHocKey()).
    bool switchTo(const QString &key, QString *error = nullptr);
    bool switchToDemo(QString *error = nullptr);
    // An ad-hoc, unsaved connection (--url with LANGBOT_API_KEY).
    void connectTo(const ConnectionSettings &settings, const QString &name);

    // The profile manager (one at a time, window-modal, not blocking).
    // newProfile: with a new profile ready to fill in.
    ProfileManagerDialog *openProfileManager(bool newProfile = false);
    ProfileManagerDialog *profileManager() const;
    // The secret prompt shown for the current session, if any.
    SecretPromptDialog *secretPrompt() const;
    // New, Edit and Duplicate of models (the model dialog).
    ModelEditing *modelEditing() const { return m_editing; }

    // Saves the view state (sort, columns, current row) of the server shown.
    void saveViewState();

signals:
    // The window now shows key (a profile id, demoKey() or adHocKey()).
    void switched(const QString &key);

private:
    bool switchToKey(const QString &key, bool force, QString *error);
    bool ensureDemo(QString *error);
    void leaveCurrent();
    void closePrompt();
    void connectSession(Session *session);
    void promptForSecret(CredentialStore::Kind kind, const QString &reason);
    void onSessionState();
    void onProfilesChanged();
    void onCredentialsRejected(const QString &message);
    void refreshChoices();
    // Removes the offline copy and the test history of a deleted profile.
    void forgetSavedData(const QString &profileId);
    void showFirstStartNotice();
    ServerIdentity identityFor(const Profile &profile) const;
    ServerIdentity demoIdentity() const;
    ProfileStore::ViewState viewStateFor(const QString &key) const;
    std::optional<QList<LlmModel>> lastRowsFor(const QString &key) const;

    ProfileStore *m_store = nullptr;
    CredentialStore *m_credentials = nullptr;
    std::unique_ptr<demo::FakeLangBotServer> m_demoServer;
    std::unique_ptr<ApiClient> m_demoClient;
    std::unique_ptr<ApiClient> m_adHocClient;
    QString m_adHocName;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ProfileManagerDialog> m_manager;
    QPointer<SecretPromptDialog> m_prompt;
    ModelEditing *m_editing = nullptr;

    QString m_currentKey;
    bool m_switching = false;
    // The last list of each server, shown at once when switching back.
    QHash<QString, QList<LlmModel>> m_lastRows;
    // View state of the servers that are not profiles (memory only).
    QHash<QString, ProfileStore::ViewState> m_otherViews;
};

} // namespace lb::gui
