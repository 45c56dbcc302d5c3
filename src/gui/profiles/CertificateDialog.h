#pragma once

#include "widgets/IconTextDialog.h"

class QPushButton;

namespace lb::gui {

// A server certificate the system does not trust: its summary (subject,
// issuer, validity, the problem) and SHA-256 fingerprint, with the choice to
// trust it for one profile only. Cancel is the default.
class CertificateDialog : public IconTextDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &profileName, const QString &summary, const QString &sha256,
                      QWidget *parent = nullptr);

    QPushButton *trustButton() const { return m_trust; }

private:
    QPushButton *m_trust = nullptr;
};

} // namespace lb::gui
