// What assistive technology sees: every interactive control of the main
// window and of each dialog that opens headless has a name (its own
// accessible name, its text, or a buddy label); the model table exposes its
// cells' text through QAccessible; the tab order of the dialogs reaches
// every field in reading order.

#include "DemoIds.h"
#include "MainWindowTest.h"
#include "TestSupport.h"
#include "models/ModelDialog.h"
#include "models/ModelEditing.h"
#include "models/ProviderModelDialog.h"
#include "models/ReplaceModelDialog.h"
#include "profiles/ProfileManagerDialog.h"
#include "profiles/SecretPromptDialog.h"
#include "providers/ProvidersPane.h"
#include "providers/ScanModelsDialog.h"
#include "settings/AboutDialog.h"
#include "settings/Preferences.h"
#include "settings/ShortcutsDialog.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"
#include "transfer/KeysPromptDialog.h"
#include "widgets/TypedConfirmDialog.h"

#include "model/LlmTableModel.h"
#include "model/ProviderListModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

bool isQtInternal(const QWidget *widget)
{
    // Parts of a compound control: announced as part of it.
    if (widget->objectName().startsWith(QLatin1String("qt_")) || widget->inherits("QTableCornerButton")
        || widget->inherits("QComboBoxListView"))
        return true;
    const QWidget *parent = widget->parentWidget();
    return parent
        && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent));
}

bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget))
        return false; // the table's own header: its sections are named by their titles
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget);
}

// The interactive widgets under root that have no name: no accessible name,
// no text (buttons) and no buddy label.
QStringList unnamedControls(QWidget *root)
{
    QSet<const QWidget *> withBuddy;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        // Qt (QAccessibleWidget) looks for the label among the field's siblings.
        if (label->buddy() && !label->text().isEmpty() && label->parentWidget() == label->buddy()->parentWidget())
            withBuddy.insert(label->buddy());
    }
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || isQtInternal(widget))
            continue;
        if (!widget->accessibleName().trimmed().isEmpty())
            continue;
        // Qt 6.4 announces fields by their buddy label, but not lists and tables.
        if (withBuddy.contains(widget) && !qobject_cast<const QAbstractItemView *>(widget))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
            button && !button->text().remove(QLatin1Char('&')).trimmed().isEmpty())
            continue;
        unnamed << QStringLiteral("%1 “%2” in %3")
                       .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
                            widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
    }
    return unnamed;
}

// The visible controls under root that a screen reader announces with no
// name (or that have no accessible interface at all), as "class objectName".
QStringList silentControls(QWidget *root)
{
    QStringList silent;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || isQtInternal(widget) || !widget->isVisible())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            silent << QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()),
                                                  widget->objectName());
    }
    return silent;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindowControlsAreNamed();
    void tableCellsAreReadable();
    void dialogControlsAreNamed_data();
    void dialogControlsAreNamed();
    void preferencesTabOrderFollowsTheForm();
    void tabReachesEveryFieldOnce_data();
    void tabReachesEveryFieldOnce();

private:
    QDialog *makeDialog(const QString &which);

    lb::testsupport::DemoConsole m_console;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    lb::testsupport::useTestPaths();
}

void TestAccessibility::init()
{
    lb::Profile profile;
    profile.name = QStringLiteral("Lab");
    profile.baseUrl = QUrl(QStringLiteral("https://lab.example"));
    QVERIFY(m_console.start(QStringLiteral("langbot-console-tst-a11y"), {profile}));
    m_window = m_console.window();
}

void TestAccessibility::cleanup()
{
    m_console.stop();
    m_window = nullptr;
}

void TestAccessibility::mainWindowControlsAreNamed()
{
    // With a test shown, the filter chips and the empty-state link exist too.
    const QString uuid = lookup<QTableView>(*m_window, u"modelTable"_s)
                             ->model()
                             ->index(0, 0)
                             .data(lb::LlmTableModel::UuidRole)
                             .toString();
    QSignalSpy tested(m_window, &MainWindow::testFinished);
    m_window->testModel(uuid);
    QVERIFY(tested.wait(10000));
    const QStringList unnamed = unnamedControls(m_window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    // What a screen reader announces for each visible control is not empty
    // (e.g. New Model, whose toolbar button shows its icon only).
    const QStringList silent = silentControls(m_window);
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral("\n"))));
}

void TestAccessibility::tableCellsAreReadable()
{
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    QVERIFY(table);
    QCOMPARE(table->role(), QAccessible::Table);
    QCOMPARE(table->text(QAccessible::Name), QStringLiteral("Models"));
    const QString first = view->model()->index(0, lb::LlmTableModel::NameColumn).data().toString();
    const QString requester = view->model()->index(0, lb::LlmTableModel::RequesterColumn).data().toString();
    QVERIFY(!first.isEmpty());
    // Walk the table's accessible children (headers, then cells).
    bool foundName = false;
    bool foundRequester = false;
    for (int i = 0; i < table->childCount(); ++i) {
        QAccessibleInterface *child = table->child(i);
        if (!child)
            continue;
        const QString text = child->text(QAccessible::Name);
        foundName = foundName || (text == first && child->role() == QAccessible::Cell);
        foundRequester = foundRequester || text == requester;
    }
    QVERIFY2(foundName, qPrintable(first));
    QVERIFY(foundRequester);
    // And by row and column, as a screen reader moving through the table.
    QAccessibleTableInterface *cells = table->tableInterface();
    QVERIFY(cells);
    QCOMPARE(cells->rowCount(), view->model()->rowCount());
    QAccessibleInterface *cell = cells->cellAt(0, lb::LlmTableModel::NameColumn);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), first);
    // The column header names the column.
    QCOMPARE(cells->columnDescription(lb::LlmTableModel::NameColumn),
             view->model()->headerData(lb::LlmTableModel::NameColumn, Qt::Horizontal).toString());
}

QDialog *TestAccessibility::makeDialog(const QString &which)
{
    lb::ApiClient *client = m_window->client();
    if (which == QLatin1String("about")) {
        lookup<QAction>(*m_window, u"aboutAction"_s)->trigger();
        return m_window->findChild<lb::gui::AboutDialog *>();
    }
    if (which == QLatin1String("shortcuts")) {
        lookup<QAction>(*m_window, u"shortcutsAction"_s)->trigger();
        return m_window->findChild<lb::gui::ShortcutsDialog *>();
    }
    if (which == QLatin1String("preferences")) {
        lookup<QAction>(*m_window, u"preferencesAction"_s)->trigger();
        return m_window->findChild<lb::gui::PreferencesDialog *>();
    }
    if (which == QLatin1String("profiles"))
        return new lb::gui::ProfileManagerDialog(m_console.store(), m_console.credentials(), m_window);
    if (which == QLatin1String("export"))
        return new lb::gui::ExportDialog(client, QStringLiteral("Demo"), m_window);
    if (which == QLatin1String("import"))
        return new lb::gui::ImportDialog(client, QStringLiteral("Demo"), false, m_window);
    if (which == QLatin1String("keys")) {
        lb::gui::KeysPromptDialog::Entry entry;
        entry.row = 0;
        entry.name = QStringLiteral("gpt-4o");
        entry.requester = QStringLiteral("openai-chat-completions");
        entry.keyCount = 1;
        return new lb::gui::KeysPromptDialog({entry, entry}, m_window);
    }
    if (which == QLatin1String("typed"))
        return new lb::gui::TypedConfirmDialog(QStringLiteral("Delete"), QStringLiteral("Type it"),
                                               QStringLiteral("Lab"), QStringLiteral("&Delete"), m_window);
    if (which == QLatin1String("secret"))
        return new lb::gui::SecretPromptDialog(m_console.store()->profiles().constFirst(),
                                               lb::CredentialStore::Kind::ApiKey,
                                               QStringLiteral("The server asked for it."), m_window);
    if (which == QLatin1String("scan")) {
        // Scan Models… of the demo's first provider, with its scan listed.
        auto *pane = lookup<lb::gui::ProvidersPane>(*m_window, u"providersPane"_s);
        if (!pane->selectProvider(pane->model()->providerAt(1).uuid()))
            return nullptr;
        lb::gui::ScanModelsDialog *dialog = pane->openScan();
        if (dialog && dialog->isScanning()) {
            QSignalSpy scanned(dialog, &lb::gui::ScanModelsDialog::scanFinished);
            scanned.wait(5000);
        }
        return dialog;
    }
    if (which == QLatin1String("replace")) {
        // Replace Everywhere… of gpt-4o (the built-in demo is LangBot 4.10),
        // gpt-4.1 picked as its successor and the plan listed.
        auto *replace = lookup<QAction>(*m_window, u"replaceModelAction"_s);
        if (!m_window->selectModel(lb::demoids::kGpt4oNew)
            || !QTest::qWaitFor([replace] { return replace->isEnabled(); }))
            return nullptr;
        replace->trigger();
        auto *dialog = m_window->findChild<lb::gui::ReplaceModelDialog *>(u"replaceModelDialog"_s);
        if (!dialog || !dialog->setSuccessor(lb::demoids::kGatewayModel)
            || !QTest::qWaitFor([dialog] { return dialog->planView()->topLevelItemCount() > 0; }, 5000))
            return nullptr;
        return dialog;
    }
    if (which == QLatin1String("model")) {
        // The model dialog of the built-in demo's generation (LangBot 4.10:
        // the 4.7+ dialog; a 4.0–4.6 server opens ModelDialog).
        lb::gui::ModelEditing *editing = m_console.controller()->modelEditing();
        lb::gui::ModelDialog *dialog = editing->openNew();
        if (!dialog)
            return editing->providerDialog();
        if (!dialog->isReady()) {
            QSignalSpy ready(dialog, &lb::gui::ModelDialog::ready);
            ready.wait(5000);
        }
        return dialog;
    }
    return nullptr;
}

void TestAccessibility::dialogControlsAreNamed_data()
{
    QTest::addColumn<QString>("which");
    for (const char *name : {"about", "shortcuts", "preferences", "profiles", "export", "import", "keys", "typed",
                             "secret", "model", "scan", "replace"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::dialogControlsAreNamed()
{
    QFETCH(QString, which);
    QPointer<QDialog> dialog = makeDialog(which);
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    // What a screen reader announces for each field is not empty.
    const QStringList silent = silentControls(dialog);
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral("\n"))));
    delete dialog.data();
}

void TestAccessibility::preferencesTabOrderFollowsTheForm()
{
    auto *dialog = qobject_cast<lb::gui::PreferencesDialog *>(makeDialog(QStringLiteral("preferences")));
    QVERIFY(dialog);
    dialog->activateWindow();
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->concurrencyBox()->setFocus();
    QCOMPARE(QApplication::focusWidget(), dialog->concurrencyBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->themeBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->languageBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QAbstractButton *>(QApplication::focusWidget())); // OK / Cancel
    delete dialog;
}

void TestAccessibility::tabReachesEveryFieldOnce_data()
{
    dialogControlsAreNamed_data(); // every dialog
}

void TestAccessibility::tabReachesEveryFieldOnce()
{
    QFETCH(QString, which);
    QPointer<QDialog> dialog = makeDialog(which);
    QVERIFY(dialog);
    dialog->show();
    dialog->activateWindow();
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // The fields that take the keyboard focus by Tab.
    QSet<QWidget *> fields;
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Of a group of radio buttons, Tab goes to the checked one (arrows move on).
        if (const auto *radio = qobject_cast<const QRadioButton *>(widget); radio && !radio->isChecked())
            continue;
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && isInteractive(widget) && !isQtInternal(widget))
            fields.insert(widget);
    }
    QVERIFY(!fields.isEmpty());
    QWidget *start = dialog->focusWidget() ? dialog->focusWidget() : *fields.begin();
    start->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> seen;
    QList<QPoint> order;
    for (int i = 0; i < 60; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (seen.contains(focus))
            break;
        seen.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (QWidget *field : std::as_const(fields))
        QVERIFY2(seen.contains(field),
                 qPrintable(field->objectName() + QLatin1Char(' ') + QLatin1String(field->metaObject()->className())));
    delete dialog.data();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
