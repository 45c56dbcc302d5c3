#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

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
        Success,          // "OK" marks and texts
        Failure,          // failed tests, errors in text
        Warning,          // the offline indicator, notes
        Accent,           // links, focus, the chosen chip
        Muted,            // hints, secondary text (the palette's PlaceholderText)
        Heading,          // section titles, header text
        HeaderBackground, // table headers, the dock's title
        Border,           // thin separators
        BorderStrong,     // frames and the header's bottom line
        AlternateRow,     // every other row of a table
        PanelBackground,  // a tinted area (chip bar, requester list)
        OfflineText,      // rows of a saved list, offline
        OfflineBase,
        OfflineAlternate,
        ChipBackground,
        ChipHover,
        ChipChecked, // background of a chosen chip
        ChipCheckedText,
        ErrorBackground, // banners and framed warnings
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
        SuccessBackground, // added values in a diff
    };
    // The tone for the application's palette (or for dark: true/false).
    static QColor color(Tone tone);
    static QColor color(Tone tone, bool dark);
    // "#rrggbb", for style sheets and rich text.
    static QString name(Tone tone);

    // The style sheet of a framed notice (a tinted frame with an edge on the
    // left, its labels in the notice's text colour), for the widget
    // selector names ("QFrame#exportKeysWarning"), and the notice's icon.
    // (Each notice's tones are background, border, edge, text in Tone's order.)
    enum class Notice { Error, Info, Warning };
    static QString noticeStyle(const QString &selector, Notice notice);
    static QIcon noticeIcon(Notice notice);
    // The style sheet of a framed table or tree with a tinted, bold header.
    static QString tableStyle(const QString &selector);

    // A bundled icon (":/icons/<name>.svg") painted by InkIconEngine: its
    // ink follows the application's palette whenever it is painted.
    static QIcon icon(const QString &name);

    // Shows a widget's text dimmed (the palette's placeholder colour), or in
    // a tone, again after each change of the application's palette. The one
    // way to colour a text in the dialogs.
    static void dim(QWidget *widget);
    static void setTextTone(QWidget *widget, Tone tone);
    // Back to the palette's own text colour.
    static void clearTone(QWidget *widget);
};

} // namespace lb::gui
