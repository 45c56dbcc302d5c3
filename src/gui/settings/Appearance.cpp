#include "Appearance.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QPixmap>
#include <QPointer>
#include <QEvent>
#include <QHash>
#include <QRegularExpression>
#include <QWidget>
#include <QStyle>
#include <QStyleFactory>

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
constexpr std::array<TonePair, 32> kTones{{
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
}};
static_assert(kTones.size() == std::size_t(Appearance::Tone::ProgressChunk) + 1);

// Colours of the light design that are not tones, and their dark variants.
constexpr std::array<TonePair, 20> kExtras{{
    {0x5b6576, 0x9ea8b6}, {0x5b6470, 0x9ea8b6}, {0x6b7585, 0x9ea8b6}, {0x5f6b7a, 0x9ea8b6},
    {0xb3261e, 0xff7b72}, {0xc0392b, 0xff7b72}, {0x8a5a00, 0xf5c04d}, {0x2f6fde, 0x79aefc},
    {0x1d5bc4, 0x79aefc}, {0xfff6db, 0x3a2f15}, {0x5c4400, 0xfbe7bf}, {0xf0dc9c, 0x5c4a22},
    {0xd5dbe3, 0x4b515a}, {0xe1e5ea, 0x3d424a}, {0xb5bfcc, 0x5a616b}, {0xffffff, 0x2c3036},
    {0x1f242b, 0xe4e7eb}, {0xe4e8ee, 0x3a3f46}, {0xeef2f7, 0x363b42}, {0xdce8fc, 0x1e3a66},
}};

const QHash<QRgb, QRgb> &lightToDark()
{
    static const QHash<QRgb, QRgb> map = [] {
        QHash<QRgb, QRgb> m;
        for (const TonePair &pair : kTones)
            m.insert(pair.light & 0xffffff, pair.dark);
        for (const TonePair &pair : kExtras)
            m.insert(pair.light & 0xffffff, pair.dark);
        return m;
    }();
    return map;
}

// The labels shown dimmed (dim()); apply() dims them again (children of a
// widget with a style sheet hear of no palette change).
QList<QPointer<QWidget>> &dimmedWidgets()
{
    static QList<QPointer<QWidget>> widgets;
    return widgets;
}

void dimNow(QWidget *widget)
{
    // A style sheet, not a palette: a style sheet above it (the test dock's)
    // would bring back the palette the widget had when first polished.
    const QColor dimmed = QGuiApplication::palette().color(QPalette::PlaceholderText);
    const QString css = QStringLiteral("color: %1;").arg(dimmed.name(QColor::HexArgb));
    if (widget->styleSheet() != css)
        widget->setStyleSheet(css);
}

} // namespace

QString Appearance::css(const QString &styleSheet)
{
    if (!isDark())
        return styleSheet;
    static const QRegularExpression hex(QStringLiteral("#([0-9a-fA-F]{6})\\b"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = hex.globalMatch(styleSheet);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(styleSheet).mid(last, match.capturedStart() - last);
        const QRgb light = QRgb(match.captured(1).toUInt(nullptr, 16));
        const auto found = lightToDark().constFind(light);
        out += found == lightToDark().cend() ? match.captured(0) : QColor(*found).name();
        last = match.capturedEnd();
    }
    out += QStringView(styleSheet).mid(last);
    return out;
}

QColor Appearance::adapt(const QColor &lightColor)
{
    if (!isDark() || !lightColor.isValid())
        return lightColor;
    const auto found = lightToDark().constFind(lightColor.rgb() & 0xffffff);
    return found == lightToDark().cend() ? lightColor : QColor(*found);
}

QIcon Appearance::icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (!isDark())
        return QIcon(path);
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(name);
    if (found != cache.cend())
        return *found;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(path);
    QByteArray svg = file.readAll();
    // The icons' ink (and the search glass's grey), lightened.
    svg.replace("#3b4758", "#d3d9e1");
    svg.replace("#7a8594", "#a3adba");
    QIcon icon;
    for (const int size : {12, 14, 16, 18, 20, 22, 24, 32, 48, 64}) {
        QBuffer buffer(&svg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    if (icon.isNull())
        icon = QIcon(path);
    cache.insert(name, icon);
    return icon;
}

void Appearance::setIcon(QAction *action, const QString &name)
{
    action->setProperty("lbIconName", name);
    action->setIcon(icon(name));
}

void Appearance::refreshIcons(QObject *root)
{
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->property("lbIconName").toString();
        if (!name.isEmpty())
            action->setIcon(icon(name));
    }
}

void Appearance::dim(QWidget *widget)
{
    QList<QPointer<QWidget>> &widgets = dimmedWidgets();
    widgets.removeAll(nullptr);
    widgets.append(widget);
    dimNow(widget);
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
    QList<QPointer<QWidget>> &widgets = dimmedWidgets();
    widgets.removeAll(nullptr);
    for (const QPointer<QWidget> &widget : std::as_const(widgets))
        dimNow(widget);
}

Appearance::Theme Appearance::current()
{
    return platform().current;
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xefefef));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b7585));
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
    palette.setColor(QPalette::PlaceholderText, QColor(0x8b93a0));
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
    return color(tone, isDark());
}

QString Appearance::name(Tone tone)
{
    return color(tone).name();
}

} // namespace lb::gui
