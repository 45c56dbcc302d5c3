#include "ProfileItemDelegate.h"

#include "ProfileVisuals.h"
#include "settings/Appearance.h"

#include <QApplication>
#include <QPainter>

namespace lb::gui {

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(240, metrics.height() * 2 + 18);
}

void ProfileItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(selected ? 0.8f : 0.62f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = opt.rect.adjusted(10, 7, -10, -7);
    const QFontMetrics metrics(opt.font);
    const int line = metrics.height();

    // The chip, centred on the first line.
    const QColor color = index.data(ColorRole).value<QColor>();
    const QRectF chip(rect.left(), rect.top() + (line - 12) / 2.0, 12, 12);
    painter->setPen(QPen(color.darker(125), 1));
    painter->setBrush(color);
    painter->drawEllipse(chip.adjusted(0.5, 0.5, -0.5, -0.5));

    // The environment badge at the right of the first line.
    const QString environment = index.data(EnvironmentRole).toString();
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.82);
    const QFontMetrics smallMetrics(small);
    const int badgeWidth = smallMetrics.horizontalAdvance(environment) + 12;
    const QRect badge(rect.right() - badgeWidth, rect.top() + (line - smallMetrics.height() - 4) / 2, badgeWidth,
                      smallMetrics.height() + 4);
    if (!environment.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? QColor(255, 255, 255, 60) : tinted(color, 0.82));
        painter->drawRoundedRect(badge, 4, 4);
        painter->setFont(small);
        painter->setPen(selected ? text : tintText(color));
        painter->drawText(badge, Qt::AlignCenter, environment);
    }

    // Name (bold; italic while it is a new, unsaved profile) and a dot
    // for unsaved changes.
    QFont bold = opt.font;
    bold.setBold(true);
    bold.setItalic(index.data(NewRole).toBool());
    painter->setFont(bold);
    painter->setPen(text);
    const bool dirty = index.data(DirtyRole).toBool();
    const int nameLeft = rect.left() + 20;
    const int nameRight = (environment.isEmpty() ? rect.right() : badge.left() - 8) - (dirty ? 14 : 0);
    const QFontMetrics boldMetrics(bold);
    const QString elided = boldMetrics.elidedText(name, Qt::ElideRight, nameRight - nameLeft);
    const QRect nameRect(nameLeft, rect.top(), nameRight - nameLeft, line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, elided);
    if (dirty) {
        const int x = nameLeft + boldMetrics.horizontalAdvance(elided) + 6;
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : Appearance::color(Appearance::Tone::Warning));
        painter->drawEllipse(QRectF(x, rect.top() + line / 2.0 - 3, 6, 6));
    }

    // The URL.
    painter->setFont(opt.font);
    painter->setPen(dim);
    QString url = index.data(UrlRole).toString();
    if (url.isEmpty())
        url = QCoreApplication::translate("lb::gui::ProfileManagerDialog", "No address yet");
    const QRect urlRect(nameLeft, rect.top() + line + 4, rect.right() - nameLeft, line);
    painter->drawText(urlRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(url, Qt::ElideMiddle, urlRect.width()));
    painter->restore();
}

} // namespace lb::gui
