#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lb::gui {

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &sequence : shortcuts) {
        if (!sequence.isEmpty())
            keys << sequence.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

void collectMenu(const QMenu *menu, QList<ShortcutsDialog::Entry> *entries, QSet<const QAction *> *seen)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *sub = action->menu()) {
            collectMenu(sub, entries, seen);
            continue;
        }
        if (seen->contains(action))
            continue;
        const QString keys = keysOf(action);
        if (keys.isEmpty())
            continue;
        seen->insert(action);
        entries->append({ShortcutsDialog::plainText(action->text()), keys});
    }
}

QString nativeKeys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text;
    text.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        const QChar c = actionText.at(i);
        if (c == QLatin1Char('&')) {
            if (i + 1 < actionText.size() && actionText.at(i + 1) == QLatin1Char('&')) {
                text += c;
                ++i;
            }
            continue;
        }
        text += c;
    }
    return text;
}

QList<ShortcutsDialog::Group> ShortcutsDialog::collect(QMainWindow *window)
{
    QList<Group> groups;
    QSet<const QAction *> seen;
    const QList<QAction *> top = window->menuBar()->actions();
    for (const QAction *entry : top) {
        const QMenu *menu = entry->menu();
        if (!menu || !entry->isVisible())
            continue;
        Group group{plainText(entry->text()), {}};
        collectMenu(menu, &group.entries, &seen);
        if (!group.entries.isEmpty())
            groups << group;
    }
    // Actions of the window that are in no menu (there should be none).
    Group other{tr("Other"), {}};
    const QList<QAction *> own = window->actions();
    for (const QAction *action : own) {
        if (seen.contains(action) || action->isSeparator())
            continue;
        const QString keys = keysOf(action);
        if (keys.isEmpty())
            continue;
        seen.insert(action);
        other.entries.append({plainText(action->text()), keys});
    }
    if (!other.entries.isEmpty())
        groups << other;

    // What every dialog and list does with the keyboard (Qt's own keys).
    Group dialogs{tr("In dialogs"), {}};
    dialogs.entries << Entry{tr("Move to the next or previous field"),
                             tr("%1, %2").arg(nativeKeys(QKeySequence(Qt::Key_Tab)),
                                              nativeKeys(QKeySequence(Qt::SHIFT | Qt::Key_Tab)))}
                    << Entry{tr("Go to the field or button with the underlined letter"),
                             tr("%1 … %2").arg(nativeKeys(QKeySequence(Qt::ALT | Qt::Key_A)),
                                               nativeKeys(QKeySequence(Qt::ALT | Qt::Key_Z)))}
                    << Entry{tr("Press the default button (OK, Save…)"), nativeKeys(QKeySequence(Qt::Key_Return))}
                    << Entry{tr("Cancel or close the dialog"), nativeKeys(QKeySequence(Qt::Key_Escape))}
                    << Entry{tr("Press the focused button, tick the focused box"),
                             nativeKeys(QKeySequence(Qt::Key_Space))};
    groups << dialogs;

    Group table{tr("In the model table"), {}};
    table.entries << Entry{tr("Move between models"),
                           tr("%1, %2").arg(nativeKeys(QKeySequence(Qt::Key_Up)),
                                            nativeKeys(QKeySequence(Qt::Key_Down)))}
                  << Entry{tr("Select more models"),
                           tr("%1, %2").arg(nativeKeys(QKeySequence(Qt::SHIFT | Qt::Key_Down)),
                                            nativeKeys(QKeySequence(Qt::CTRL | Qt::Key_Space)))}
                  << Entry{tr("Select every model"), nativeKeys(QKeySequence(QKeySequence::SelectAll))}
                  << Entry{tr("Open the row's menu"), nativeKeys(QKeySequence(Qt::Key_Menu))};
    groups << table;
    return groups;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Search by action or key"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    const QList<Group> groups = collect(window);
    for (const Group &group : groups) {
        auto *heading = new QTreeWidgetItem(m_tree, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const Entry &entry : group.entries)
            new QTreeWidgetItem(heading, {entry.text, entry.keys});
        heading->setExpanded(true);
    }
    m_tree->setItemsExpandable(false);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 620);
    m_tree->setFocus();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = m_tree->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < heading->childCount(); ++j) {
            QTreeWidgetItem *item = heading->child(j);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        heading->setHidden(shown == 0);
    }
}

} // namespace lb::gui
