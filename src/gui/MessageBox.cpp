#include "MessageBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace lb::gui {

MessageBox::Answer MessageBox::s_nextAnswer = MessageBox::Answer::Ask;
QString MessageBox::s_lastText;

bool MessageBox::confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                    const QString &acceptText, const QString &informativeText)
{
    s_lastText = text;
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

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace lb::gui
