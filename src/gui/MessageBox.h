#pragma once

#include <QString>

class QWidget;

namespace lb::gui {

// The modal confirmations of the GUI in one place, so tests can script them:
// MessageBox::setNextAnswer(Answer::Accept) answers the next question without
// showing a dialog (the way KeePassXC's MessageBox::setNextAnswer works).
class MessageBox
{
public:
    enum class Answer { Ask, Accept, Reject };

    // Asks to confirm a destructive action. acceptText is the label of the
    // destructive button ("Delete"); Cancel is the default button.
    static bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                   const QString &acceptText,
                                   const QString &informativeText = QString());

    // The answer the next confirmation returns without asking (once).
    static void setNextAnswer(Answer answer);
    // What the last confirmation said, for tests.
    static QString lastText();

private:
    static Answer s_nextAnswer;
    static QString s_lastText;
};

} // namespace lb::gui
