#include "InkIconEngine.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace lb::gui {

namespace {

QByteArray readSvg(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

InkIconEngine::InkIconEngine(const QString &name)
    : m_name(name)
    , m_svg(readSvg(name))
{
}

QColor InkIconEngine::ink(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QPixmap InkIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    if (m_svg.isEmpty() || size.isEmpty())
        return QPixmap();
    const QColor color = ink(mode);
    const QString cacheKey = QStringLiteral("lb-ink:%1:%2x%3:%4:%5")
                                 .arg(m_name)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(color.name(QColor::HexArgb))
                                 .arg(int(mode));
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    // The root element's colour is what `currentColor` means inside it.
    QByteArray svg = m_svg;
    const qsizetype root = svg.indexOf("<svg");
    if (root >= 0)
        svg.insert(root + 4, QByteArray(" color=\"") + color.name().toLatin1() + '"');
    QBuffer buffer(&svg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(size);
    const QImage image = reader.read();
    if (image.isNull())
        return QPixmap();
    pixmap = QPixmap::fromImage(image);
    if (mode == QIcon::Disabled) {
        // Disabled: the ink is already dimmed; coloured parts fade too.
        QPixmap faded(pixmap.size());
        faded.fill(Qt::transparent);
        QPainter painter(&faded);
        painter.setOpacity(0.55);
        painter.drawPixmap(0, 0, pixmap);
        painter.end();
        pixmap = faded;
    }
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

void InkIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap picture = pixmap(rect.size() * ratio, mode, state);
    picture.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, picture);
}

QSize InkIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // The icons are square.
    const int side = qMin(size.width(), size.height());
    return QSize(side, side);
}

QIconEngine *InkIconEngine::clone() const
{
    return new InkIconEngine(*this);
}

QString InkIconEngine::key() const
{
    return QStringLiteral("lb-ink");
}

QString InkIconEngine::iconName()
{
    return m_name;
}

bool InkIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace lb::gui
