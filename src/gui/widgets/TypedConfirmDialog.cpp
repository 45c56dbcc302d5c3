#include "TypedConfirmDialog.h"
#include "ui_TypedConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb::gui {

TypedConfirmDialog::TypedConfirmDialog(const QString &title, const QString &text, const QString &expected,
                                       const QString &acceptText, QWidget *parent)
    : IconTextDialog(parent)
    , m_ui(std::make_unique<Ui::TypedConfirmDialog>())
    , m_expected(expected)
{
    setObjectName(QStringLiteral("typedConfirmDialog"));
    setWindowTitle(title);

    // The texts and the field (ui/TypedConfirmDialog.ui) beside the icon.
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    contentLayout()->addWidget(content);
    m_ui->typedConfirmText->setText(text);
    m_ui->typedConfirmPrompt->setText(
        tr("To confirm, type the name of the profile, <b>%1</b>:").arg(expected.toHtmlEscaped()));
    m_edit = m_ui->typedConfirmEdit;
    m_edit->setPlaceholderText(expected);

    m_accept = buttons()->addButton(acceptText, QDialogButtonBox::DestructiveRole);
    m_accept->setObjectName(QStringLiteral("typedConfirmAccept"));
    m_accept->setEnabled(false);
    m_accept->setAutoDefault(false);
    QPushButton *cancel = buttons()->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons(), &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this, cancel](const QString &typed) {
        const bool ok = matches(typed, m_expected);
        m_accept->setEnabled(ok);
        // Enter confirms only once the name matches.
        m_accept->setDefault(ok);
        cancel->setDefault(!ok);
    });

    setMinimumWidth(440);
    m_edit->setFocus();
}

TypedConfirmDialog::~TypedConfirmDialog() = default;

bool TypedConfirmDialog::matches(const QString &typed, const QString &expected)
{
    return !expected.isEmpty() && typed.trimmed() == expected.trimmed();
}

} // namespace lb::gui
