// Help → Keyboard Shortcuts: generated from the window's actions (so it
// cannot go stale), grouped by menu, in native key names; F1 and Ctrl+/ open
// it; every menu entry shows a shortcut and the toolbar holds nothing that
// is not in a menu.

#include "MainWindowTest.h"
#include "settings/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QWidgetAction>

#include <memory>

using lb::gui::ShortcutsDialog;

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void menuActions(const QMenu *menu, QList<QAction *> *out)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            menuActions(action->menu(), out);
        else
            out->append(action);
    }
}

// The entries of the dialog's tree: group title → (text → keys).
QHash<QString, QHash<QString, QString>> treeEntries(const QTreeWidget *tree, bool visibleOnly = false)
{
    QHash<QString, QHash<QString, QString>> entries;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = tree->topLevelItem(i);
        if (visibleOnly && group->isHidden())
            continue;
        QHash<QString, QString> &rows = entries[group->text(0)];
        for (int j = 0; j < group->childCount(); ++j) {
            if (visibleOnly && group->child(j)->isHidden())
                continue;
            rows.insert(group->child(j)->text(0), group->child(j)->text(1));
        }
    }
    return entries;
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void plainTextDropsMnemonics();
    void f1AndCtrlSlashOpenIt();
    void listsEveryMenuActionByMenu();
    void followsTheActions();
    void searchNarrowsTheList();
    void everyMenuEntryShowsAShortcut();
    void toolbarActionsAreInMenus();

private:
    ShortcutsDialog *openWith(const QKeySequence &keys);

    lb::testsupport::DemoConsole m_console;
    MainWindow *m_window = nullptr;
};

void TestShortcutsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestShortcutsDialog::init()
{
    QVERIFY(m_console.start(QStringLiteral("langbot-console-tst-shortcuts")));
    m_window = m_console.window();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestShortcutsDialog::cleanup()
{
    m_console.stop();
    m_window = nullptr;
}

ShortcutsDialog *TestShortcutsDialog::openWith(const QKeySequence &keys)
{
    for (ShortcutsDialog *old : m_window->findChildren<ShortcutsDialog *>())
        delete old;
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        return nullptr;
    lookup<QTableView>(*m_window, u"modelTable"_s)->setFocus();
    QTest::keySequence(m_window, keys);
    ShortcutsDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ShortcutsDialog *>()) != nullptr; }))
        return nullptr;
    return dialog;
}

void TestShortcutsDialog::plainTextDropsMnemonics()
{
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("&Test Selected")), QStringLiteral("Test Selected"));
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Re-test &Failed")), QStringLiteral("Re-test Failed"));
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("R&&D &server")), QStringLiteral("R&D server"));
}

void TestShortcutsDialog::f1AndCtrlSlashOpenIt()
{
    QVERIFY(lookup<QAction>(*m_window, u"shortcutsAction"_s)->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    ShortcutsDialog *dialog = openWith(QKeySequence(Qt::Key_F1));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Keyboard Shortcuts"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(m_window->findChild<ShortcutsDialog *>() == nullptr); // deleted on close

    dialog = openWith(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
}

void TestShortcutsDialog::listsEveryMenuActionByMenu()
{
    ShortcutsDialog *dialog = openWith(QKeySequence(Qt::Key_F1));
    QVERIFY(dialog);
    const auto entries = treeEntries(dialog->tree());
    int checked = 0;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        const QString group = ShortcutsDialog::plainText(top->text());
        QList<QAction *> actions;
        menuActions(top->menu(), &actions);
        for (QAction *action : std::as_const(actions)) {
            if (action->shortcuts().isEmpty() || !action->isVisible())
                continue;
            const QString text = ShortcutsDialog::plainText(action->text());
            // An action in two menus (Manage Profiles) is listed under the first.
            bool found = false;
            for (auto it = entries.cbegin(); it != entries.cend(); ++it)
                found = found || it.value().value(text) == keysOf(action);
            QVERIFY2(found, qPrintable(group + QStringLiteral(" → ") + text));
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
    // Some that must be there, in their menus, in native format.
    QCOMPARE(entries.value(QStringLiteral("Model")).value(QStringLiteral("Test Selected")),
             QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText));
    QCOMPARE(entries.value(QStringLiteral("Model")).value(QStringLiteral("New Model…")),
             QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    QCOMPARE(entries.value(QStringLiteral("Model")).value(QStringLiteral("Refresh")),
             QStringLiteral("F5, ") + QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    QVERIFY(entries.value(QStringLiteral("File")).contains(QStringLiteral("Export Models…")));
    QVERIFY(entries.value(QStringLiteral("Help")).contains(QStringLiteral("Keyboard Shortcuts")));
    // The keys of dialogs and of the table.
    QVERIFY(entries.value(QStringLiteral("In dialogs")).value(QStringLiteral("Cancel or close the dialog"))
            == QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText));
    QVERIFY(entries.contains(QStringLiteral("In the model table")));
}

void TestShortcutsDialog::followsTheActions()
{
    // An action added later (or a changed shortcut) shows the next time.
    QMenu *help = m_window->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    auto *extra = new QAction(QStringLiteral("&Report a Problem"), m_window);
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    help->addAction(extra);
    lookup<QAction>(*m_window, u"refreshAction"_s)->setShortcuts({QKeySequence(Qt::Key_F5)});
    ShortcutsDialog *dialog = openWith(QKeySequence(Qt::Key_F1));
    QVERIFY(dialog);
    const auto entries = treeEntries(dialog->tree());
    QCOMPARE(entries.value(QStringLiteral("Help")).value(QStringLiteral("Report a Problem")),
             extra->shortcut().toString(QKeySequence::NativeText));
    QCOMPARE(entries.value(QStringLiteral("Model")).value(QStringLiteral("Refresh")), QStringLiteral("F5"));
}

void TestShortcutsDialog::searchNarrowsTheList()
{
    ShortcutsDialog *dialog = openWith(QKeySequence(Qt::Key_F1));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("test"));
    auto shown = treeEntries(dialog->tree(), true);
    QVERIFY(shown.value(QStringLiteral("Model")).contains(QStringLiteral("Test Selected")));
    QVERIFY(!shown.value(QStringLiteral("Model")).contains(QStringLiteral("Delete…")));
    QVERIFY(!shown.contains(QStringLiteral("Help")));
    // By key name too.
    dialog->filterEdit()->clear();
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("F5"));
    shown = treeEntries(dialog->tree(), true);
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.value(QStringLiteral("Model")).contains(QStringLiteral("Refresh")));
    dialog->filterEdit()->clear();
    QCOMPARE(treeEntries(dialog->tree(), true).size(), treeEntries(dialog->tree()).size());
}

void TestShortcutsDialog::everyMenuEntryShowsAShortcut()
{
    for (QAction *top : m_window->menuBar()->actions()) {
        QVERIFY(top->menu());
        QList<QAction *> actions;
        menuActions(top->menu(), &actions);
        for (QAction *action : std::as_const(actions))
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(top->text() + QStringLiteral(" → ") + action->text()));
    }
}

void TestShortcutsDialog::toolbarActionsAreInMenus()
{
    QList<QAction *> inMenus;
    for (QAction *top : m_window->menuBar()->actions())
        menuActions(top->menu(), &inMenus);
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    int buttons = 0;
    for (QAction *action : bar->actions()) {
        if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
            continue; // the server box (Server menu), the filter field (Model → Filter)
        if (bar->widgetForAction(action) && action->text().isEmpty())
            continue;
        ++buttons;
        QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
    }
    QVERIFY(buttons >= 6);
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
