#include "CertificateDialog.h"
#include "ui_CertificateDialog.h"

#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb::gui {

CertificateDialog::CertificateDialog(const QString &profileName, const QString &summary, const QString &sha256,
                                     QWidget *parent)
    : IconTextDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted certificate"));

    // The headline, the certificate and the advice (ui/CertificateDialog.ui)
    // beside the icon.
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    contentLayout()->addWidget(content, 1);
    QPlainTextEdit *details = m_ui->certificateDetails;
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setPlainText(summary.trimmed() + QStringLiteral("\n\n") + tr("SHA-256 fingerprint:") + QLatin1Char('\n')
                          + MessageBox::formatFingerprint(sha256));
    m_ui->certificateAdvice->setText(tr("Trust it only if the server's administrator confirmed this fingerprint. It "
                                        "will be trusted for the profile “%1” only; certificates are verified as "
                                        "usual everywhere else.")
                                         .arg(profileName));

    m_trust = buttons()->addButton(tr("&Trust this certificate for this profile only"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trust->setAutoDefault(false);
    QPushButton *cancel = buttons()->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons(), &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons(), &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CertificateDialog::~CertificateDialog() = default;

} // namespace lb::gui
