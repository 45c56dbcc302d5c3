#include "Appearance.h"
#include "InkIconEngine.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <array>
#include <memory>

namespace lb::gui {

namespace {

struct Platform
{
    bool saved = false;
    QString style;
    QPalette palette;
    Appearance::Theme current = Appearance::Theme::System;
};

Platform &platform()
{
    static Platform state;
    return state;
}

void remember()
{
    Platform &state = platform();
    if (state.saved || !qApp)
        return;
    state.saved = true;
    if (QStyle *style = QApplication::style())
        state.style = style->name();
    state.palette = QApplication::palette();
}

void useStyle(const QString &name)
{
    QStyle *style = QApplication::style();
    if (style && style->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *made = QStyleFactory::create(name))
        QApplication::setStyle(made);
}

struct TonePair
{
    QRgb light;
    QRgb dark;
};

// In the order of Appearance::Tone.
constexpr std::array<TonePair, 33> kTones{{
    {0x16803c, 0x5fd08a}, // Success
    {0xc21f1f, 0xff7b72}, // Failure
    {0xb45309, 0xf5a524}, // Warning
    {0x2f6fdb, 0x79aefc}, // Accent
    {0x5f6b7a, 0x9ea8b6}, // Muted
    {0x2b3442, 0xdfe3e8}, // Heading
    {0xeef1f5, 0x33373e}, // HeaderBackground
    {0xdde1e7, 0x3d424a}, // Border
    {0xcfd5dd, 0x4b515a}, // BorderStrong
    {0xf5f7fa, 0x26292e}, // AlternateRow
    {0xf7f8fa, 0x272a2f}, // PanelBackground
    {0x6b7585, 0x8b93a0}, // OfflineText
    {0xfcfcfd, 0x1b1c1f}, // OfflineBase
    {0xf6f6f4, 0x212225}, // OfflineAlternate
    {0xffffff, 0x2c3036}, // ChipBackground
    {0xeef2f7, 0x363b42}, // ChipHover
    {0xdce8fc, 0x1e3a66}, // ChipChecked
    {0x0f2f66, 0xd6e6ff}, // ChipCheckedText
    {0xfdecec, 0x3d2023}, // ErrorBackground
    {0xd93a3a, 0xe5534b}, // ErrorBorder
    {0xf3c4c4, 0x5e2c30}, // ErrorEdge
    {0x5c1111, 0xffd7d3}, // ErrorText
    {0xe8f1fd, 0x1b2b45}, // InfoBackground
    {0x2f6fdb, 0x4f8ff0}, // InfoBorder
    {0xc3d7f5, 0x2b4468}, // InfoEdge
    {0x0f2f66, 0xd6e6ff}, // InfoText
    {0xfdf6e3, 0x3a2f15}, // WarningBackground
    {0xd97706, 0xe09a2b}, // WarningBorder
    {0xf1dca6, 0x5c4a22}, // WarningEdge
    {0x5a3a06, 0xfbe7bf}, // WarningText
    {0xe4e8ee, 0x3a3f46}, // ProgressTrough
    {0x2f9e55, 0x3fb36a}, // ProgressChunk
    {0xe7f6ec, 0x1e3626}, // SuccessBackground
}};
static_assert(kTones.size() == std::size_t(Appearance::Tone::SuccessBackground) + 1);

// The widgets whose text has a tone (setTextTone(), dim()); apply() paints
// them again (children of a widget with a style sheet hear of no palette
// change).
QList<QPointer<QWidget>> &tonedWidgets()
{
    static QList<QPointer<QWidget>> widgets;
    return widgets;
}

const char kToneProperty[] = "lbTextTone";

void paintTone(QWidget *widget)
{
    // A style sheet, not a palette: a style sheet above it (the test dock's)
    // would bring back the palette the widget had when first polished.
    const QColor color = Appearance::color(Appearance::Tone(widget->property(kToneProperty).toInt()));
    const QString css = QStringLiteral("color: %1;").arg(color.name(QColor::HexArgb));
    if (widget->styleSheet() != css)
        widget->setStyleSheet(css);
}

void track(QWidget *widget, Appearance::Tone tone)
{
    widget->setProperty(kToneProperty, int(tone));
    QList<QPointer<QWidget>> &widgets = tonedWidgets();
    widgets.removeAll(nullptr);
    if (!widgets.contains(widget))
        widgets.append(widget);
    paintTone(widget);
}

} // namespace

QIcon Appearance::icon(const QString &name)
{
    return QIcon(new InkIconEngine(name));
}

QString Appearance::noticeStyle(const QString &selector, Notice notice)
{
    const Tone first = notice == Notice::Error ? Tone::ErrorBackground
        : notice == Notice::Info               ? Tone::InfoBackground
                                               : Tone::WarningBackground;
    // Background, border (the edge on the left), edge (the thin lines), text.
    const auto tone = [first](int offset) { return name(Tone(int(first) + offset)); };
    return QStringLiteral("%1 { background: %2; border: none; border-left: 4px solid %3;"
                          " border-bottom: 1px solid %4; }"
                          "%1 QLabel { color: %5; background: transparent; border: none; }")
        .arg(selector, tone(0), tone(1), tone(2), tone(3));
}

QIcon Appearance::noticeIcon(Notice notice)
{
    switch (notice) {
    case Notice::Error:
        return icon(QStringLiteral("error"));
    case Notice::Info:
        return icon(QStringLiteral("info"));
    case Notice::Warning:
        break;
    }
    return icon(QStringLiteral("transfer-warning"));
}

QString Appearance::tableStyle(const QString &selector)
{
    return QStringLiteral("%1 { border: 1px solid %2; alternate-background-color: %3; }"
                          "%1 QHeaderView::section { background: %4; color: %5; font-weight: 600;"
                          " padding: 5px 8px; border: none; border-right: 1px solid %6;"
                          " border-bottom: 1px solid %2; }")
        .arg(selector, name(Tone::BorderStrong), name(Tone::AlternateRow), name(Tone::HeaderBackground),
             name(Tone::Heading), name(Tone::Border));
}

void Appearance::dim(QWidget *widget)
{
    track(widget, Tone::Muted);
}

void Appearance::setTextTone(QWidget *widget, Tone tone)
{
    track(widget, tone);
}

void Appearance::clearTone(QWidget *widget)
{
    tonedWidgets().removeAll(widget);
    widget->setProperty(kToneProperty, QVariant());
    widget->setStyleSheet(QString());
}

Appearance::Theme Appearance::themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString Appearance::keyOf(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

void Appearance::apply(Theme theme)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    remember();
    Platform &state = platform();
    switch (theme) {
    case Theme::System:
        if (!state.style.isEmpty())
            useStyle(state.style);
        QApplication::setPalette(state.palette);
        break;
    case Theme::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    state.current = theme;
    QList<QPointer<QWidget>> &widgets = tonedWidgets();
    widgets.removeAll(nullptr);
    for (const QPointer<QWidget> &widget : std::as_const(widgets))
        paintTone(widget);
}

Appearance::Theme Appearance::current()
{
    return platform().current;
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xefefef));
    palette.setColor(QPalette::PlaceholderText, Appearance::color(Tone::Muted, false));
    palette.setColor(QPalette::Link, QColor(0x1d5bc4));
    palette.setColor(QPalette::ToolTipBase, QColor(0xffffdc));
    palette.setColor(QPalette::ToolTipText, QColor(0x1f242b));
    return palette;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b2e33);
    const QColor text(0xe4e7eb);
    const QColor base(0x1f2125);
    const QColor disabled(0x7c838d);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26292e));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a3e45));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, Appearance::color(Tone::Muted, true));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x363a41));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff7b72));
    palette.setColor(QPalette::Light, QColor(0x4a4f57));
    palette.setColor(QPalette::Midlight, QColor(0x3e434a));
    palette.setColor(QPalette::Mid, QColor(0x2a2d32));
    palette.setColor(QPalette::Dark, QColor(0x18191c));
    palette.setColor(QPalette::Shadow, QColor(0x0c0d0e));
    palette.setColor(QPalette::Highlight, QColor(0x2f6fdb));
    palette.setColor(QPalette::HighlightedText, QColor(0xffffff));
    palette.setColor(QPalette::Link, QColor(0x79aefc));
    palette.setColor(QPalette::LinkVisited, QColor(0xb99cff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x25272b));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x303338));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a4f57));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return palette;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

bool Appearance::isDark()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return isDark(QGuiApplication::palette());
}

QColor Appearance::color(Tone tone, bool dark)
{
    const TonePair &pair = kTones.at(std::size_t(tone));
    return QColor(dark ? pair.dark : pair.light);
}

QColor Appearance::color(Tone tone)
{
    // Muted is the palette's placeholder colour, so that a dimmed text
    // (dim()) and a muted cell are one colour, with the platform's palette too.
    if (tone == Tone::Muted && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    return color(tone, isDark());
}

QString Appearance::name(Tone tone)
{
    return color(tone).name();
}

} // namespace lb::gui
