#include "RevealAction.h"

#include "settings/Appearance.h"

#include <QLineEdit>

namespace lb::gui {

RevealAction::RevealAction(QLineEdit *edit, const QString &showText, const QString &hideText,
                           const QKeySequence &shortcut)
    : QAction(edit)
    , m_edit(edit)
    , m_show{showText, showText}
    , m_hide{hideText, hideText}
{
    setCheckable(true);
    setShortcut(shortcut);
    edit->setEchoMode(QLineEdit::Password);
    edit->addAction(this, QLineEdit::TrailingPosition);
    connect(this, &QAction::toggled, this, &RevealAction::update);
    update(false);
}

void RevealAction::update(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    setIcon(Appearance::icon(revealed ? QStringLiteral("hide") : QStringLiteral("show")));
    const QString *texts = revealed ? m_hide : m_show;
    setText(texts[0]);
    QString tip = texts[1];
    if (!shortcut().isEmpty())
        tip = QStringLiteral("%1 (%2)").arg(tip, shortcut().toString(QKeySequence::NativeText));
    setToolTip(tip);
}

void RevealAction::setToolTips(const QString &showTip, const QString &hideTip)
{
    m_show[1] = showTip;
    m_hide[1] = hideTip;
    update(isChecked());
}

} // namespace lb::gui
