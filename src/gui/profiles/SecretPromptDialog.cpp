#include "SecretPromptDialog.h"

#include "settings/Appearance.h"

#include <QAction>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lb::gui {

SecretPromptDialog::SecretPromptDialog(const Profile &profile, CredentialStore::Kind kind,
                                       const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_profileId(profile.id)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("secretPromptDialog"));
    const bool password = kind == CredentialStore::Kind::Password;
    setWindowTitle(password ? tr("Password for %1").arg(profile.name)
                            : tr("API key for %1").arg(profile.name));
    setWindowIcon(Appearance::icon(QStringLiteral("key")));

    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("secretPromptHeadline"));
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    if (password)
        headline->setText(tr("Log in to “%1” (%2) as %3.")
                              .arg(profile.name, profile.baseUrl.toDisplayString(),
                                   profile.userEmail));
    else
        headline->setText(tr("“%1” (%2) needs an API key.")
                              .arg(profile.name, profile.baseUrl.toDisplayString()));

    m_reason = new QLabel(reason, this);
    m_reason->setObjectName(QStringLiteral("secretPromptReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setVisible(!reason.isEmpty());
    Appearance::dim(m_reason);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("secretPromptEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(password ? QString() : QStringLiteral("lbk_…"));
    m_edit->setMinimumWidth(320);
    m_reveal = m_edit->addAction(Appearance::icon(QStringLiteral("show")),
                                 QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("secretPromptReveal"));
    m_reveal->setCheckable(true);
    m_reveal->setShortcut(QKeySequence(Qt::ALT | Qt::Key_S));
    connect(m_reveal, &QAction::toggled, this, &SecretPromptDialog::setRevealed);
    setRevealed(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(password ? tr("&Password:") : tr("API &key:"), m_edit);

    m_keychain = new QRadioButton(tr("&Remember in the keychain"), this);
    m_keychain->setObjectName(QStringLiteral("secretPromptKeychain"));
    m_keychain->setToolTip(tr("Stored by the system's keychain (Secret Service), never in a file"));
    m_sessionOnly = new QRadioButton(tr("Keep for this session &only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("secretPromptSessionOnly"));
    m_sessionOnly->setToolTip(tr("Kept in memory until the console quits"));
    m_keychain->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_keychain);
    group->addButton(m_sessionOnly);
    auto *storageColumn = new QVBoxLayout;
    storageColumn->setSpacing(4);
    storageColumn->addWidget(m_keychain);
    storageColumn->addWidget(m_sessionOnly);
    form->addRow(tr("Where:"), storageColumn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(password ? tr("&Log In") : tr("&Connect"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(headline);
    layout->addWidget(m_reason);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    setTabOrder(m_edit, m_keychain);
    setTabOrder(m_keychain, m_sessionOnly);
    setTabOrder(m_sessionOnly, buttons);
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
    return m_sessionOnly->isChecked() ? Session::SecretStorage::SessionOnly
                                      : Session::SecretStorage::Keychain;
}

QString SecretPromptDialog::reasonText() const
{
    return m_reason->text();
}

void SecretPromptDialog::setRevealed(bool revealed)
{
    const bool password = m_kind == CredentialStore::Kind::Password;
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setIcon(Appearance::icon(revealed ? QStringLiteral("hide") : QStringLiteral("show")));
    if (password) {
        m_reveal->setText(revealed ? tr("Hide the password") : tr("Show the password"));
    } else {
        m_reveal->setText(revealed ? tr("Hide the API key") : tr("Show the API key"));
    }
    m_reveal->setToolTip(m_reveal->text() + QStringLiteral(" (Alt+S)"));
}

} // namespace lb::gui
