#pragma once

#include <QLayout>
#include <QList>

namespace lb::gui {

// Lays its items out left to right and starts a new line when the next one
// does not fit (Qt Widgets has no such layout). Hidden items and items with
// nothing to show take no room. Its height follows its width, so a parent
// layout gives it as many lines as it needs, and it never asks for more width
// than its widest item.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 6, int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect`, line by line, each centred vertically in its
    // line (only measures unless `apply`); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace lb::gui
