#include "ProfileVisuals.h"

#include "settings/Appearance.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace lb::gui {

QIcon colorChipIcon(const QColor &color, int size)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = color.isValid() ? color : Appearance::color(Appearance::Tone::Muted);
        painter.setPen(QPen(fill.darker(125), 1));
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor readableTextOn(const QColor &background)
{
    // Relative luminance (sRGB, approximated) decides black or white text.
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF());
    return luminance > 0.36 ? QColor(0x1f, 0x24, 0x2b) : QColor(Qt::white);
}

QColor tinted(const QColor &color, double amount)
{
    const QColor window = Appearance::isDark() ? QGuiApplication::palette().color(QPalette::Window) : QColor(Qt::white);
    const auto mix = [amount](int c, int w) { return int(c + (w - c) * amount + 0.5); };
    return QColor(mix(color.red(), window.red()), mix(color.green(), window.green()), mix(color.blue(), window.blue()));
}

QColor tintText(const QColor &color)
{
    return Appearance::isDark() ? color.lighter(170) : color.darker(220);
}

} // namespace lb::gui
