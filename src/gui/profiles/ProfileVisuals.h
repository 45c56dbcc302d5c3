#pragma once

#include <QColor>
#include <QIcon>

namespace lb::gui {

// The colour chip that stands for a profile in lists, menus and the switcher.
QIcon colorChipIcon(const QColor &color, int size = 14);
// Black or white, whichever reads better on background.
QColor readableTextOn(const QColor &background);
// color mixed with the palette's window colour (white on a light palette):
// amount 0 = color, 1 = the window colour. A tint that reads in light and dark.
QColor tinted(const QColor &color, double amount);
// color as a text on its own tint: darker on a light palette, lighter on a dark one.
QColor tintText(const QColor &color);

} // namespace lb::gui
