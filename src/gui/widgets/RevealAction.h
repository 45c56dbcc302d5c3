#pragma once

#include <QAction>

class QLineEdit;

namespace lb::gui {

// Show and Hide for a masked line edit: an action at its end that, checked,
// shows the text. Its icon, text and tool tip say what a click does (the
// tool tip names the shortcut, if it has one). The one reveal of the console.
class RevealAction : public QAction
{
    Q_OBJECT
public:
    RevealAction(QLineEdit *edit, const QString &showText, const QString &hideText, const QKeySequence &shortcut = {});
    // Tool tips other than the texts.
    void setToolTips(const QString &showTip, const QString &hideTip);

private:
    void update(bool revealed);

    QLineEdit *m_edit;
    QString m_show[2]; // the text and the tool tip of Show
    QString m_hide[2];
};

} // namespace lb::gui
