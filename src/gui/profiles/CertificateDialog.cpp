#include "CertificateDialog.h"

#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lb::gui {

CertificateDialog::CertificateDialog(const QString &profileName, const QString &summary,
                                     const QString &sha256, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted certificate"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(QSize(size, size), devicePixelRatioF()));

    auto *headline = new QLabel(
        tr("<b>The server's certificate is not trusted by this system.</b>"), this);
    headline->setTextFormat(Qt::RichText);
    headline->setWordWrap(true);

    auto *summaryLabel = new QLabel(tr("&Certificate:"), this);
    auto *details = new QPlainTextEdit(this);
    details->setObjectName(QStringLiteral("certificateDetails"));
    details->setReadOnly(true);
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setPlainText(summary.trimmed() + QStringLiteral("\n\n")
                          + tr("SHA-256 fingerprint:") + QLatin1Char('\n')
                          + MessageBox::formatFingerprint(sha256));
    details->setMinimumSize(520, 150);
    summaryLabel->setBuddy(details);

    auto *advice = new QLabel(
        tr("Trust it only if the server's administrator confirmed this fingerprint. It will "
           "be trusted for the profile “%1” only; certificates are verified as usual "
           "everywhere else.")
            .arg(profileName),
        this);
    advice->setTextFormat(Qt::PlainText);
    advice->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust this certificate for this profile only"),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *column = new QVBoxLayout;
    column->setSpacing(8);
    column->addWidget(headline);
    column->addWidget(summaryLabel);
    column->addWidget(details, 1);
    column->addWidget(advice);

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(column, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
}

} // namespace lb::gui
