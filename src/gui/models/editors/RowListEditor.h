#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace lb::gui {

// A list of rows of widgets, each ending in a Remove button, with a hint
// while there are none and an Add button below: what the API keys and the
// extra arguments editors share. A subclass makes the widgets of a row
// (appendRow()) and names them by their number (nameRow()).
class RowListEditor : public QWidget
{
    Q_OBJECT
public:
    int rowCount() const { return int(m_rows.size()); }
    // Removes a row; the focus goes to the row now in its place, or to Add.
    void removeRow(int row);
    QToolButton *removeButton(int row) const;
    QPushButton *addButton() const { return m_add; }

    QWidget *firstFocusWidget() const;
    QWidget *lastFocusWidget() const;
    // Every row's widgets, then Add.
    QList<QWidget *> focusChain() const;

signals:
    void changed();

protected:
    RowListEditor(const QString &emptyText, const QString &addText, QWidget *parent);

    // A header above the rows, shown while there are rows.
    void setHeader(QWidget *header);
    // A new row's box (a row layout), for the widgets appendRow() is given.
    QWidget *newRowBox();
    // Appends a row: widgets (laid out in box, in focus order) and a Remove
    // button saying removeText; focus: the first widget gets the focus.
    void appendRow(QWidget *box, const QList<QWidget *> &widgets, const QString &removeText, bool focus);
    // A row's widget (in the order appendRow() was given them).
    QWidget *widgetAt(int row, int index) const;
    // Puts widget in place of a row's widget (which is deleted), stretched.
    void replaceWidget(int row, int index, QWidget *widget);
    // The row of a widget in it, or -1.
    int rowOf(const QWidget *widget) const;
    // Removes every row, without moving the focus.
    void clearRows();
    // Gives the row's widgets their names for its number (row + 1).
    virtual void nameRow(int row) = 0;
    // Names the rows again and sets the tab order; shows the hint or header.
    void renumber();

    static QToolButton *rowButton(QWidget *parent, const QString &iconName, const QString &text);

private:
    struct Row
    {
        QWidget *box;
        QList<QWidget *> widgets; // the Remove button last
    };

    QVBoxLayout *m_layout;
    QVBoxLayout *m_rowsLayout;
    QWidget *m_header = nullptr;
    QLabel *m_empty;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace lb::gui
