#include "TypedConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb::gui {

TypedConfirmDialog::TypedConfirmDialog(const QString &title, const QString &text, const QString &expected,
                                       const QString &acceptText, QWidget *parent)
    : IconTextDialog(parent)
    , m_expected(expected)
    , m_edit(new QLineEdit(this))
    , m_accept(nullptr)
{
    setObjectName(QStringLiteral("typedConfirmDialog"));
    setWindowTitle(title);

    auto *textLabel = new QLabel(text, this);
    textLabel->setObjectName(QStringLiteral("typedConfirmText"));
    textLabel->setTextFormat(Qt::PlainText);
    textLabel->setWordWrap(true);

    auto *prompt
        = new QLabel(tr("To confirm, type the name of the profile, <b>%1</b>:").arg(expected.toHtmlEscaped()), this);
    prompt->setObjectName(QStringLiteral("typedConfirmPrompt"));
    prompt->setTextFormat(Qt::RichText);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_edit);

    m_edit->setObjectName(QStringLiteral("typedConfirmEdit"));
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

    contentLayout()->setSpacing(10);
    contentLayout()->addWidget(textLabel);
    contentLayout()->addWidget(prompt);
    contentLayout()->addWidget(m_edit);
    setMinimumWidth(440);
    m_edit->setFocus();
}

bool TypedConfirmDialog::matches(const QString &typed, const QString &expected)
{
    return !expected.isEmpty() && typed.trimmed() == expected.trimmed();
}

} // namespace lb::gui
