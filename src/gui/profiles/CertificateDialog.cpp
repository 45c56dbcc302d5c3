#include "CertificateDialog.h"

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
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted certificate"));

    auto *headline = new QLabel(tr("<b>The server's certificate is not trusted by this system.</b>"), this);
    headline->setTextFormat(Qt::RichText);
    headline->setWordWrap(true);

    auto *summaryLabel = new QLabel(tr("&Certificate:"), this);
    auto *details = new QPlainTextEdit(this);
    details->setObjectName(QStringLiteral("certificateDetails"));
    details->setReadOnly(true);
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setPlainText(summary.trimmed() + QStringLiteral("\n\n") + tr("SHA-256 fingerprint:") + QLatin1Char('\n')
                          + MessageBox::formatFingerprint(sha256));
    details->setMinimumSize(520, 150);
    summaryLabel->setBuddy(details);

    auto *advice = new QLabel(tr("Trust it only if the server's administrator confirmed this fingerprint. It will "
                                 "be trusted for the profile “%1” only; certificates are verified as usual "
                                 "everywhere else.")
                                  .arg(profileName),
                              this);
    advice->setTextFormat(Qt::PlainText);
    advice->setWordWrap(true);

    m_trust = buttons()->addButton(tr("&Trust this certificate for this profile only"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trust->setAutoDefault(false);
    QPushButton *cancel = buttons()->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons(), &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons(), &QDialogButtonBox::rejected, this, &QDialog::reject);

    contentLayout()->addWidget(headline);
    contentLayout()->addWidget(summaryLabel);
    contentLayout()->addWidget(details, 1);
    contentLayout()->addWidget(advice);
}

} // namespace lb::gui
