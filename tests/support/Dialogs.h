#pragma once

// Widgets in tests: the modal-dialog poller (answers a dialog or message box
// opened with exec(), which the test cannot reach by a direct call) and
// waiting for a dialog to appear. Target langbot_testsupport_gui (links
// Qt6::Widgets).

#include "TestSupport.h"

#include <QMessageBox>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <functional>

namespace lb::testsupport {

// Looks every intervalMs for QApplication::activeModalWidget(); when one is
// up, hands it to answer once and stops. Keep it alive while the dialog may
// open: { ModalPoller poller([](QWidget *w) {...}); action->trigger(); }
class ModalPoller : public QObject
{
public:
    using Answer = std::function<void(QWidget *modal)>;
    explicit ModalPoller(Answer answer, int intervalMs = 20);

    bool answered() const { return m_answered; }
    // The text of the message box answered (empty for other dialogs).
    QString messageText() const { return m_messageText; }

private:
    Answer m_answer;
    QTimer m_timer;
    bool m_answered = false;
    QString m_messageText;
};

// Clicks the first button of box with role; false when it has none.
bool clickButton(QMessageBox *box, QMessageBox::ButtonRole role);

// The first child of parent of type T, waiting up to timeoutMs for it;
// nullptr when none appeared.
template<typename T>
T *awaitChild(const QObject *parent, int timeoutMs = kWaitMs)
{
    T *found = nullptr;
    QTest::qWaitFor([&] { return (found = parent->findChild<T *>()) != nullptr; }, timeoutMs);
    return found;
}

} // namespace lb::testsupport
