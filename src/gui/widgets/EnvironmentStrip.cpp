#include "EnvironmentStrip.h"

#include "profiles/ProfileVisuals.h"

#include <QHBoxLayout>
#include <QLabel>

namespace lb::gui {

EnvironmentStrip::EnvironmentStrip(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentStrip"));
    m_label->setObjectName(QStringLiteral("environmentStripText"));
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 12, 0);
    layout->addWidget(m_label, 1);
    hide();
}

void EnvironmentStrip::showEnvironment(const QString &environmentName, const QString &profileName, const QColor &color,
                                       bool production)
{
    if (!color.isValid()) {
        clear();
        return;
    }
    m_color = color;
    m_production = production;

    QFont font = m_label->font();
    font.setBold(production);
    font.setPointSizeF(QFont().pointSizeF() * (production ? 0.95 : 0.88));
    m_label->setFont(font);

    QString css;
    if (production) {
        const QColor text = readableTextOn(color);
        m_label->setText(QStringLiteral("⚠  %1  ·  %2").arg(environmentName.toUpper(), profileName));
        setFixedHeight(m_label->fontMetrics().height() + 12);
        css = QStringLiteral("QFrame#environmentStrip { background: %1; border: none;"
                             " border-bottom: 1px solid %2; }"
                             "QLabel#environmentStripText { color: %3; background: transparent; }")
                  .arg(color.name(), color.darker(130).name(), text.name());
    } else {
        m_label->setText(QStringLiteral("%1  ·  %2").arg(environmentName, profileName));
        setFixedHeight(m_label->fontMetrics().height() + 6);
        css = QStringLiteral("QFrame#environmentStrip { background: %1; border: none;"
                             " border-left: 4px solid %2; border-bottom: 1px solid %3; }"
                             "QLabel#environmentStripText { color: %4; background: transparent; }")
                  .arg(tinted(color, 0.86).name(), color.name(), tinted(color, 0.6).name(), tintText(color).name());
    }
    setStyleSheet(css);
    setAccessibleName(tr("Environment"));
    setAccessibleDescription(text());
    show();
}

void EnvironmentStrip::clear()
{
    m_color = QColor();
    m_production = false;
    m_label->clear();
    hide();
}

QString EnvironmentStrip::text() const
{
    return m_label->text();
}

} // namespace lb::gui
