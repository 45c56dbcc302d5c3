#pragma once

#include <QString>

#include <optional>

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
                                   const QString &acceptText, const QString &informativeText = QString());

    // Asks to confirm a destructive action on a production server by typing
    // `expected` (the profile's name): the destructive button is enabled only
    // while the typed text matches exactly. Scripted with setNextTypedAnswer.
    static bool confirmByTyping(QWidget *parent, const QString &title, const QString &text, const QString &expected,
                                const QString &acceptText);

    // Shows a server certificate the system does not trust (summary and
    // SHA-256 fingerprint) and asks whether to trust it for this profile only.
    // Scripted with setNextAnswer.
    static bool confirmCertificate(QWidget *parent, const QString &profileName, const QString &summary,
                                   const QString &sha256);

    // The answer the next confirmDestructive/confirmCertificate returns
    // without asking (once).
    static void setNextAnswer(Answer answer);
    // The next confirmByTyping acts as if the user typed `typed` and then
    // pressed the destructive button (which only works when it matches) —
    // without showing a dialog (once). std::nullopt: ask for real.
    static void setNextTypedAnswer(std::optional<QString> typed);
    // What the last confirmation said, for tests.
    static QString lastText();
    // Its informative text (e.g. the list of models to delete), for tests.
    static QString lastInformativeText();

    // "AB:CD:…" for a lower-case hex SHA-256.
    static QString formatFingerprint(const QString &sha256);

private:
    static Answer s_nextAnswer;
    static std::optional<QString> s_nextTyped;
    static QString s_lastText;
    static QString s_lastInformativeText;
};

} // namespace lb::gui
