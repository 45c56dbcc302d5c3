#include "MessageBox.h"

#include "profiles/CertificateDialog.h"
#include "TypedConfirmDialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace lb::gui {

MessageBox::Answer MessageBox::s_nextAnswer = MessageBox::Answer::Ask;
std::optional<QString> MessageBox::s_nextTyped;
QString MessageBox::s_lastText;
QString MessageBox::s_lastInformativeText;

bool MessageBox::confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                    const QString &acceptText, const QString &informativeText)
{
    s_lastText = text;
    s_lastInformativeText = informativeText;
    const Answer scripted = s_nextAnswer;
    s_nextAnswer = Answer::Ask;
    if (scripted != Answer::Ask)
        return scripted == Answer::Accept;

    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDestructive"));
    if (!informativeText.isEmpty())
        box.setInformativeText(informativeText);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmAccept"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

bool MessageBox::confirmByTyping(QWidget *parent, const QString &title, const QString &text, const QString &expected,
                                 const QString &acceptText)
{
    s_lastText = text;
    s_lastInformativeText.clear();
    const std::optional<QString> scripted = s_nextTyped;
    s_nextTyped.reset();
    if (scripted)
        return TypedConfirmDialog::matches(*scripted, expected);

    TypedConfirmDialog dialog(title, text, expected, acceptText, parent);
    return dialog.exec() == QDialog::Accepted && TypedConfirmDialog::matches(dialog.lineEdit()->text(), expected);
}

bool MessageBox::confirmCertificate(QWidget *parent, const QString &profileName, const QString &summary,
                                    const QString &sha256)
{
    s_lastText = summary;
    s_lastInformativeText.clear();
    const Answer scripted = s_nextAnswer;
    s_nextAnswer = Answer::Ask;
    if (scripted != Answer::Ask)
        return scripted == Answer::Accept;

    CertificateDialog dialog(profileName, summary, sha256, parent);
    return dialog.exec() == QDialog::Accepted;
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

void MessageBox::setNextTypedAnswer(std::optional<QString> typed)
{
    s_nextTyped = std::move(typed);
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QString MessageBox::lastInformativeText()
{
    return s_lastInformativeText;
}

QString MessageBox::formatFingerprint(const QString &sha256)
{
    const QString hex = sha256.toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

} // namespace lb::gui
