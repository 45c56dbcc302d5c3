#include "Dialogs.h"

#include <QAbstractButton>
#include <QApplication>

namespace lb::testsupport {

ModalPoller::ModalPoller(Answer answer, int intervalMs)
    : m_answer(std::move(answer))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        m_timer.stop();
        m_answered = true;
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            m_messageText = box->text();
        m_answer(modal);
    });
    m_timer.start();
}

bool clickButton(QMessageBox *box, QMessageBox::ButtonRole role)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == role) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace lb::testsupport
