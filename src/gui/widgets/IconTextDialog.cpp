#include "IconTextDialog.h"
#include "ui_IconTextDialog.h"

#include <QStyle>

namespace lb::gui {

IconTextDialog::IconTextDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IconTextDialog>())
{
    m_ui->setupUi(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()
                                   ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                   .pixmap(QSize(size, size), devicePixelRatioF()));
}

IconTextDialog::~IconTextDialog() = default;

QVBoxLayout *IconTextDialog::contentLayout() const
{
    return m_ui->contentLayout;
}

QDialogButtonBox *IconTextDialog::buttons() const
{
    return m_ui->buttons;
}

} // namespace lb::gui
