#include "RequesterIcons.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>

namespace lb::gui {

namespace {

const QStringList kExtensions{QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("webp"),
                              QStringLiteral("jpg"), QStringLiteral("gif"), QStringLiteral("ico")};

QString safeName(const QString &name)
{
    QString safe = name;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    if (safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1Char('_'));
    return safe;
}

QString extensionFor(const QByteArray &contentType, const QByteArray &bytes)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("svg"))
        return QStringLiteral("svg");
    if (type.contains("png"))
        return QStringLiteral("png");
    if (type.contains("webp"))
        return QStringLiteral("webp");
    if (type.contains("jpeg") || type.contains("jpg"))
        return QStringLiteral("jpg");
    if (type.contains("gif"))
        return QStringLiteral("gif");
    if (type.contains("icon"))
        return QStringLiteral("ico");
    // By the bytes.
    const QByteArray head = bytes.left(256).trimmed();
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && bytes.contains("<svg")))
        return QStringLiteral("svg");
    if (head.startsWith("\x89PNG"))
        return QStringLiteral("png");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (head.startsWith("\xff\xd8"))
        return QStringLiteral("jpg");
    return {};
}

bool usable(const QIcon &icon)
{
    return !icon.isNull() && !icon.pixmap(32, 32).isNull();
}

} // namespace

RequesterIcons::RequesterIcons(const QString &profileId, QObject *parent, const QString &dir)
    : QObject(parent)
{
    if (!dir.isEmpty())
        m_dir = dir;
    else if (!profileId.isEmpty())
        m_dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/icons/")
            + safeName(profileId);
}

RequesterIcons::~RequesterIcons() = default;

void RequesterIcons::setClient(ApiClient *client)
{
    m_client = client;
}

QString RequesterIcons::cachedFile(const QString &requesterName) const
{
    if (m_dir.isEmpty())
        return {};
    for (const QString &extension : kExtensions) {
        const QString file = m_dir + QLatin1Char('/') + safeName(requesterName) + QLatin1Char('.') + extension;
        if (QFile::exists(file))
            return file;
    }
    return {};
}

QIcon RequesterIcons::loadFromDisk(const QString &requesterName)
{
    const QString file = cachedFile(requesterName);
    if (file.isEmpty())
        return {};
    QIcon icon(file);
    return usable(icon) ? icon : QIcon();
}

QIcon RequesterIcons::icon(const QString &requesterName, const QString &label)
{
    if (const auto it = m_icons.constFind(requesterName); it != m_icons.constEnd())
        return it.value();
    const QIcon fromDisk = loadFromDisk(requesterName);
    if (!fromDisk.isNull()) {
        m_icons.insert(requesterName, fromDisk);
        return fromDisk;
    }
    download(requesterName);
    return letterIcon(label.isEmpty() ? requesterName : label, requesterName);
}

void RequesterIcons::download(const QString &requesterName)
{
    if (!m_client || requesterName.isEmpty() || m_requested.contains(requesterName))
        return;
    m_requested.insert(requesterName);
    ++m_downloads;
    ApiCall *call = m_client->requesterIcon(requesterName);
    connect(call, &ApiCall::finished, this, [this, call, requesterName] {
        if (!call->ok())
            return; // the letter tile stays
        const QByteArray bytes = call->body();
        const QString extension = extensionFor(call->contentType(), bytes);
        if (extension.isEmpty() || bytes.isEmpty())
            return;
        QIcon icon;
        if (!m_dir.isEmpty() && QDir().mkpath(m_dir)) {
            const QString file = m_dir + QLatin1Char('/') + safeName(requesterName) + QLatin1Char('.') + extension;
            QSaveFile out(file);
            if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit()) {
                icon = QIcon(file);
                if (!usable(icon)) {
                    QFile::remove(file);
                    icon = QIcon();
                }
            }
        }
        if (icon.isNull()) {
            QPixmap pixmap;
            if (pixmap.loadFromData(bytes))
                icon = QIcon(pixmap);
        }
        if (!usable(icon))
            return;
        m_icons.insert(requesterName, icon);
        emit iconReady(requesterName);
    });
}

QIcon RequesterIcons::letterIcon(const QString &text, const QString &seed)
{
    static const QList<QColor> palette{QColor(0x2f6fde), QColor(0x1f9d8b), QColor(0x8e5bd6), QColor(0xd9822b),
                                       QColor(0xc2455a), QColor(0x4b7f2a), QColor(0x3d5a80), QColor(0x9c6b30)};
    const QColor color = palette.at(int(qHash(seed) % uint(palette.size())));
    QString letter;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            letter = c.toUpper();
            break;
        }
    }
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
        painter.fillPath(path, color);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.58));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace lb::gui
