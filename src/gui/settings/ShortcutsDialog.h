#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace lb::gui {

// Help → Keyboard Shortcuts: every action of a window's menus that has a
// shortcut, grouped by menu, read from the actions themselves when the
// dialog opens (so it cannot go stale), and the keys every dialog knows.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString text; // the action's text without mnemonics ("Test Selected")
        QString keys; // its shortcuts in native format, ", " between them
    };
    struct Group
    {
        QString title; // the menu's title without mnemonics ("Model")
        QList<Entry> entries;
    };

    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // The menus of window (in menu bar order, submenus folded into their
    // menu), then the window's other actions with shortcuts ("Other"), then
    // the keys of dialogs and the table.
    static QList<Group> collect(QMainWindow *window);
    // "&Test && Fix…" → "Test & Fix…"
    static QString plainText(const QString &actionText);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
};

} // namespace lb::gui
