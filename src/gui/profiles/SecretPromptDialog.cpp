#include "SecretPromptDialog.h"
#include "ui_SecretPromptDialog.h"

#include "settings/Appearance.h"
#include "widgets/RevealAction.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace lb::gui {

// The fixed parts are in ui/SecretPromptDialog.ui (with the tab order).
SecretPromptDialog::SecretPromptDialog(const Profile &profile, CredentialStore::Kind kind, const QString &reason,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretPromptDialog>())
    , m_profileId(profile.id)
    , m_kind(kind)
{
    m_ui->setupUi(this);
    m_reason = m_ui->secretPromptReason;
    m_edit = m_ui->secretPromptEdit;
    m_keychain = m_ui->secretPromptKeychain;
    m_sessionOnly = m_ui->secretPromptSessionOnly;
    m_ok = m_ui->buttons->button(QDialogButtonBox::Ok);

    const bool password = kind == CredentialStore::Kind::Password;
    setWindowTitle(password ? tr("Password for %1").arg(profile.name) : tr("API key for %1").arg(profile.name));
    setWindowIcon(Appearance::icon(QStringLiteral("key")));
    QLabel *headline = m_ui->secretPromptHeadline;
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    if (password)
        headline->setText(
            tr("Log in to “%1” (%2) as %3.").arg(profile.name, profile.baseUrl.toDisplayString(), profile.userEmail));
    else
        headline->setText(tr("“%1” (%2) needs an API key.").arg(profile.name, profile.baseUrl.toDisplayString()));

    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    Appearance::dim(m_reason);

    m_ui->secretLabel->setText(password ? tr("&Password:") : tr("API &key:"));
    m_edit->setPlaceholderText(password ? QString() : QStringLiteral("lbk_…"));
    m_reveal = new RevealAction(m_edit, password ? tr("Show the password") : tr("Show the API key"),
                                password ? tr("Hide the password") : tr("Hide the API key"),
                                QKeySequence(Qt::ALT | Qt::Key_S));
    m_reveal->setObjectName(QStringLiteral("secretPromptReveal"));

    m_ok->setText(password ? tr("&Log In") : tr("&Connect"));
    m_ok->setEnabled(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    m_edit->setFocus();
}

SecretPromptDialog::~SecretPromptDialog()
{
    // The typed secret does not linger in the widget's memory longer than needed.
    m_edit->clear();
}

QString SecretPromptDialog::secret() const
{
    return m_edit->text().trimmed();
}

Session::SecretStorage SecretPromptDialog::storage() const
{
    return m_sessionOnly->isChecked() ? Session::SecretStorage::SessionOnly : Session::SecretStorage::Keychain;
}

QString SecretPromptDialog::reasonText() const
{
    return m_reason->text();
}

} // namespace lb::gui
