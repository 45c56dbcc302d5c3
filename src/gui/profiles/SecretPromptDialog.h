#pragma once

#include "profiles/CredentialStore.h"
#include "profiles/Profile.h"
#include "profiles/Session.h"

#include <QDialog>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Ui {
class SecretPromptDialog;
}

namespace lb::gui {

// Asks for the API key or password of a profile when the session needs it:
// why (the session's reason), the secret (masked, with an explicit Show), and
// where to keep it: in the keychain, or in memory for this session only.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT
public:
    SecretPromptDialog(const Profile &profile, CredentialStore::Kind kind, const QString &reason,
                       QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    QString profileId() const { return m_profileId; }
    QString secret() const;
    Session::SecretStorage storage() const;

    QLineEdit *secretEdit() const { return m_edit; }
    QAction *revealAction() const { return m_reveal; }
    QRadioButton *keychainButton() const { return m_keychain; }
    QRadioButton *sessionOnlyButton() const { return m_sessionOnly; }
    QPushButton *okButton() const { return m_ok; }
    QString reasonText() const;

private:
    std::unique_ptr<Ui::SecretPromptDialog> m_ui;
    QString m_profileId;
    CredentialStore::Kind m_kind;
    QLabel *m_reason = nullptr;
    QLineEdit *m_edit = nullptr;
    QAction *m_reveal = nullptr;
    QRadioButton *m_keychain = nullptr;
    QRadioButton *m_sessionOnly = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lb::gui
