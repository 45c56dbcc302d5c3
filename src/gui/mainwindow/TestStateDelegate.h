#pragma once

#include <QStyledItemDelegate>

namespace lb::gui {

// Paints the "Last test" cell by LlmTableModel::TestStateRole: a green ✓ for
// a model that answered, a red ✗ for a failure, grey while running or when
// cancelled.
class TestStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text the cell shows (also what tests and screen readers read).
    static QString cellText(const QModelIndex &index);
    // The colour of that text, or an invalid colour for the palette's default.
    static QColor cellColor(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace lb::gui
