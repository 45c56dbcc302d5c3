#pragma once

#include <QIconEngine>
#include <QString>

namespace lb::gui {

// Paints a bundled SVG icon (":/icons/<name>.svg") with its ink in the
// colour of the application's palette at the time it is painted: the
// icons draw their lines with `currentColor`, and this engine sets that
// colour (window text, disabled text or highlighted text, by the icon's
// mode). Coloured parts (status marks) keep their own colours. So every
// icon follows a change of palette without being set again.
class InkIconEngine : public QIconEngine
{
public:
    explicit InkIconEngine(const QString &name);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    // The ink for mode in the application's palette.
    static QColor ink(QIcon::Mode mode);

private:
    QString m_name;
    QByteArray m_svg;
};

} // namespace lb::gui
