#pragma once

#include "profiles/ConnectionCheck.h"
#include "profiles/CredentialStore.h"
#include "profiles/Profile.h"

#include <QDialog>

#include <QPointer>
#include <functional>

#include <memory>
#include <optional>

class QAction;
class QListWidgetItem;
class QMenu;
class QPushButton;

namespace Ui {
class ProfileManagerDialog;
}

namespace lb {
class ProfileStore;
}

namespace lb::gui {

// The server profiles: a list on the left (colour chip, name, URL,
// environment), the editor of the selected one on the right. Edits are drafts
// until Save; switching rows keeps them, closing asks before dropping them.
// Secrets go to the keychain (CredentialStore) on Save, never to the profile
// file; a field left empty keeps the stored secret. Add, Duplicate, Delete and
// the order act on the store at once.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileManagerDialog(ProfileStore *store, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    // Selects a profile by id (false when unknown).
    bool selectProfile(const QString &id);
    // The id of the selected profile; empty for an unsaved new one or none.
    QString currentProfileId() const;
    // Whether any profile has unsaved edits (a new, untouched one does not count).
    bool hasUnsavedChanges() const;
    int entryCount() const;

    // --- for tests and screenshots -------------------------------------------
    QPushButton *saveButton() const;
    // Why Save is disabled (empty when the profile can be saved).
    QString problemText() const;
    QString checkResultText() const; // plain text of the last check
    bool isChecking() const;
    QString secretStateText() const;
    // Whether a keychain write failed and "Keep for this session only" is offered.
    bool isOfferingSessionOnly() const;
    // Whether a secret is being written to the keychain.
    bool isStoringSecret() const { return !m_write.isNull(); }

public slots:
    // Starts a new, unsaved profile and focuses its name.
    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    void moveProfile(int delta);
    bool save();
    void revert();
    void checkConnection();
    void cancelCheck();
    void forgetCertificate();
    void reject() override;

signals:
    // "Use the demo server": the dialog closes, the window shows the demo.
    void demoRequested();
    // "Open in window": the dialog closes, the window shows this profile.
    void openRequested(const QString &id);
    // A profile was saved (added or updated).
    void profileSaved(const QString &id);
    // A new secret of the profile is in the keychain or kept for the session.
    void secretChanged(const QString &id);
    void checkFinished();

private:
    enum class SecretState { Unknown, Reading, Keychain, SessionOnly, Missing, Unavailable };
    struct Entry
    {
        QString key;                   // profile id, or "new:N" until saved
        std::optional<Profile> stored; // as in the store; none for a new profile
        Profile edited;                // the draft
        QString urlText;               // as typed (may not parse yet)
        QString secret;                // typed, not stored yet
        SecretState secretState = SecretState::Unknown;
        CredentialStore::Kind secretKind = CredentialStore::Kind::ApiKey;
        QString secretMessage;
        QString note; // e.g. "secrets are not copied" after Duplicate
        bool isNew() const { return !stored.has_value(); }
        bool untouched() const;
        bool dirty() const;
    };

    // The keychain entry's kind for a way of signing in.
    static CredentialStore::Kind kindFor(Profile::AuthMode mode);
    // Calls done() once request has finished: at once if it already has.
    void whenFinished(CredentialRequest *request, std::function<void()> done);
    void setUpWidgets();
    void setUpList();
    void setUpEditor();
    void setUpButtons();
    void reloadFromStore(const QString &selectKey);
    void rebuildList(const QString &selectKey);
    void updateListItem(int row);
    Entry *currentEntry();
    const Entry *currentEntry() const;
    Entry *entry(const QString &key);
    int rowOf(const QString &key) const;
    void showEntry(int row);
    void readEditor();
    void refreshState();
    void refreshSecretState();
    void readSecretState(Entry &entry);
    QString problemFor(const Entry &entry) const;
    bool confirmDiscard();
    void writeSecret(const QString &id, CredentialStore::Kind kind, const QString &secret);
    void keepSecretForSession();
    void startCheck(const Profile &profile, const QString &secret, bool usedStoredSecret);
    void showCheckResult(const ConnectionCheck::Result &result, bool hadSecret);
    void setCheckBusy(bool busy);
    void trustCertificate();
    void chooseColor();

    std::unique_ptr<Ui::ProfileManagerDialog> m_ui;
    ProfileStore *m_store;
    QPointer<CredentialStore> m_credentials;
    QList<Entry> m_entries;
    int m_currentRow = -1;
    int m_newCounter = 0;
    bool m_loading = false;  // filling the editor: its signals are not edits
    bool m_mutating = false; // changing the store: its signal is handled by the caller
    QAction *m_reveal = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QMenu *m_listMenu = nullptr; // one persistent context menu (DESIGN.md)

    QPointer<ConnectionCheck> m_check;
    QPointer<CredentialRequest> m_checkSecretRead;
    QString m_checkKey;
    bool m_checkBusy = false;
    QString m_checkText;
    ConnectionCheck::Result m_lastCheck;

    QPointer<CredentialRequest> m_write;
    QString m_writeKey;
    QString m_failedWriteKey; // the profile whose keychain write failed
};

} // namespace lb::gui
