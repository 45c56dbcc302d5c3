#pragma once

#include <QColor>
#include <QIcon>

namespace lb::gui {

// The colour chip that stands for a profile in lists, menus and the switcher.
QIcon colorChipIcon(const QColor &color, int size = 14);
// Black or white, whichever reads better on background.
QColor readableTextOn(const QColor &background);
// background mixed with white: amount 0 = background, 1 = white.
QColor lightened(const QColor &background, double amount);

} // namespace lb::gui
