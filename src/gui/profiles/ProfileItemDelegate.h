#pragma once

#include <QStyledItemDelegate>

namespace lb::gui {

// One profile in the profile manager's list: colour chip, bold name and an
// environment badge on the first line, the URL below.
class ProfileItemDelegate : public QStyledItemDelegate
{
public:
    // What the list's items hold for the delegate.
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ColorRole,
        UrlRole,
        EnvironmentRole,
        DirtyRole,
        NewRole,
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lb::gui
