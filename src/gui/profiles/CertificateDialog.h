#pragma once

#include "widgets/IconTextDialog.h"

#include <memory>

class QPushButton;

namespace Ui {
class CertificateDialog;
}

namespace lb::gui {

// A server certificate the system does not trust: its summary (subject,
// issuer, validity, the problem) and SHA-256 fingerprint, with the choice to
// trust it for one profile only. Cancel is the default. The texts are in
// ui/CertificateDialog.ui, beside the frame's icon.
class CertificateDialog : public IconTextDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &profileName, const QString &summary, const QString &sha256,
                      QWidget *parent = nullptr);
    ~CertificateDialog() override;

    QPushButton *trustButton() const { return m_trust; }

private:
    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QPushButton *m_trust = nullptr;
};

} // namespace lb::gui
