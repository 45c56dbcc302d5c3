#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QAction;
class QIcon;
class QObject;
class QWidget;

namespace lb::gui {

// Light and dark: the palette of the application and the few colours the
// console paints itself (tints, banners, chips, test marks), chosen so that
// they read on the palette in use.
//
// Qt 6.4 has no QStyleHints::colorScheme (6.5+): "System" keeps the
// platform's style and palette, and counts as dark when that palette is
// dark (window colour lightness below 128). Light and Dark use Fusion with
// an explicit palette.
class Appearance
{
public:
    enum class Theme { System, Light, Dark };

    // "system", "light", "dark" (what Preferences stores); unknown: System.
    static Theme themeFromKey(const QString &key);
    static QString keyOf(Theme theme);

    // Applies theme to the running QApplication: its style and palette. The
    // platform's own are remembered on the first call, so that System
    // returns to them. Widgets are told through QEvent::PaletteChange.
    static void apply(Theme theme);
    // The theme last applied (System before any apply()).
    static Theme current();

    static QPalette lightPalette();
    static QPalette darkPalette();

    // Whether palette (by default the application's) is a dark one.
    static bool isDark(const QPalette &palette);
    static bool isDark();

    // The console's own colours, in a light and a dark variant each.
    enum class Tone {
        Success,            // "OK" marks and texts
        Failure,            // failed tests, errors in text
        Warning,            // the offline indicator, notes
        Accent,             // links, focus, the chosen chip
        Muted,              // hints, secondary text
        Heading,            // section titles, header text
        HeaderBackground,   // table headers, the dock's title
        Border,             // thin separators
        BorderStrong,       // frames and the header's bottom line
        AlternateRow,       // every other row of a table
        PanelBackground,    // a tinted area (chip bar, requester list)
        OfflineText,        // rows of a saved list, offline
        OfflineBase,
        OfflineAlternate,
        ChipBackground,
        ChipHover,
        ChipChecked,        // background of a chosen chip
        ChipCheckedText,
        ErrorBackground,    // banners and framed warnings
        ErrorBorder,
        ErrorEdge,
        ErrorText,
        InfoBackground,
        InfoBorder,
        InfoEdge,
        InfoText,
        WarningBackground,
        WarningBorder,
        WarningEdge,
        WarningText,
        ProgressTrough,
        ProgressChunk,
    };
    // The tone for the application's palette (or for dark: true/false).
    static QColor color(Tone tone);
    static QColor color(Tone tone, bool dark);
    // "#rrggbb", for style sheets and rich text.
    static QString name(Tone tone);

    // For colours written for a light palette: on a dark one, each known
    // light colour ("#5f6b7a", the light tones) becomes its dark variant.
    // Unknown colours are kept.
    static QString css(const QString &styleSheet);
    static QColor adapt(const QColor &lightColor);

    // A bundled icon (":/icons/<name>.svg"); on a dark palette its dark ink
    // is drawn light, so that it reads on dark toolbars and buttons.
    static QIcon icon(const QString &name);
    // Sets icon(name) on action and remembers the name for refreshIcons().
    static void setIcon(QAction *action, const QString &name);
    // Sets the icons of the actions under root (setIcon()) again for the
    // palette in use.
    static void refreshIcons(QObject *root);

    // Shows a label's text dimmed (the palette's placeholder colour), again
    // after each change of the application's palette.
    static void dim(QWidget *widget);
};

} // namespace lb::gui
