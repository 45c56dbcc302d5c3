#include "FlowLayout.h"

#include <QWidget>

#include <algorithm>

namespace lb::gui {

namespace {

bool takesRoom(const QLayoutItem *item)
{
    return !item->isEmpty() && item->sizeHint().width() > 0;
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (takesRoom(item))
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line: the width it would like; never more than that.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (!takesRoom(item))
            continue;
        width += (width > 0 ? m_horizontalSpacing : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    QList<QLayoutItem *> line;
    int lineWidth = 0;
    int lineHeight = 0;
    // Places one line, each item centred vertically in it.
    const auto place = [&] {
        int x = area.x();
        for (QLayoutItem *item : std::as_const(line)) {
            const QSize size = item->sizeHint();
            if (apply) // wider than the line: as wide as the line
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - size.height()) / 2),
                                        QSize(std::min(size.width(), area.width()), size.height())));
            x += size.width() + m_horizontalSpacing;
        }
    };
    for (QLayoutItem *item : m_items) {
        if (!takesRoom(item))
            continue;
        const QSize size = item->sizeHint();
        if (!line.isEmpty() && lineWidth + m_horizontalSpacing + size.width() > area.width()) { // a new line
            place();
            y += lineHeight + m_verticalSpacing;
            line.clear();
            lineWidth = 0;
            lineHeight = 0;
        }
        lineWidth += (line.isEmpty() ? 0 : m_horizontalSpacing) + size.width();
        lineHeight = std::max(lineHeight, size.height());
        line.append(item);
    }
    place();
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}

} // namespace lb::gui
