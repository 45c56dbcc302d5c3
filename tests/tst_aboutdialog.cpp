// Help → About: the console's, Qt's and QtKeychain's versions and the
// connected server's LangBot version, selectable, and Copy as plain text
// without any secret.

#include "MainWindowLookup.h"
#include "settings/AboutDialog.h"
#include "FakeLangBotServer.h"
#include "mainwindow/MainWindow.h"

#include "api/ApiClient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>

#include <memory>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;
using lb::gui::AboutDialog;
using lb::gui::AboutServer;
using lb::gui::MainWindow;

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpMenuOpensAboutWithTheServersVersion();
    void copyGivesPlainVersionsWithoutSecrets();
    void notConnectedSaysSo();
    void keychainVersionIsTheRealOne();

private:
    static QString labelText(const QWidget *dialog, const char *name);
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral(LANGBOT_VERSION));
}

QString TestAboutDialog::labelText(const QWidget *dialog, const char *name)
{
    const auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

void TestAboutDialog::helpMenuOpensAboutWithTheServersVersion()
{
    FakeLangBotServer server;
    server.loadDemoData();
    QVERIFY(server.listen());
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.authMode = ConnectionSettings::AuthMode::ApiKey;
    settings.secret = FakeLangBotServer::demoApiKey();
    ApiClient client(settings);
    MainWindow window(&client, QStringLiteral("Lab server"));
    QSignalSpy loaded(&window, &MainWindow::modelsLoaded);
    window.show();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(versionText(window).startsWith(QStringLiteral("LangBot ")));
    QTRY_VERIFY(!versionText(window).contains(QStringLiteral("…")));

    // Help → About, the menu entry (with its shortcut shown).
    QMenu *help = window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QVERIFY(help->actions().contains(lookup<QAction>(window, u"aboutAction"_s)));
    QVERIFY(!lookup<QAction>(window, u"aboutAction"_s)->shortcut().isEmpty());
    QVERIFY(lookup<QAction>(window, u"aboutAction"_s)->shortcut() != QKeySequence(Qt::Key_F1)); // F1 is the help
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, lookup<QAction>(window, u"aboutAction"_s)->shortcut());
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());

    const QString version = versionText(window).mid(QStringLiteral("LangBot ").size());
    QVERIFY(!version.isEmpty());
    QCOMPARE(labelText(dialog, "serverVersion"), version);
    QVERIFY2(labelText(dialog, "serverName").contains(QStringLiteral("Lab server")),
             qPrintable(labelText(dialog, "serverName")));
    QVERIFY(labelText(dialog, "serverName").contains(client.displayUrl()));
    QVERIFY(labelText(dialog, "qtVersion").contains(QLatin1String(qVersion())));
    QVERIFY(labelText(dialog, "qtVersion").contains(QLatin1String(QT_VERSION_STR)));
    QCOMPARE(labelText(dialog, "keychainVersion"), AboutDialog::keychainVersion());
    const auto *title = dialog->findChild<QLabel *>(QStringLiteral("aboutTitle"));
    QVERIFY(title);
    QVERIFY(title->text().contains(QStringLiteral(LANGBOT_VERSION)));
    // The values can be selected (and so copied piecemeal).
    const auto *value = dialog->findChild<QLabel *>(QStringLiteral("serverVersion"));
    QVERIFY(value->textInteractionFlags() & Qt::TextSelectableByMouse);

    // Close with Esc.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<AboutDialog *>() || !window.findChild<AboutDialog *>()->isVisible());
}

void TestAboutDialog::copyGivesPlainVersionsWithoutSecrets()
{
    AboutServer server;
    server.connected = true;
    server.name = QStringLiteral("Acme production");
    server.url = QStringLiteral("https://langbot.acme.example");
    server.version = QStringLiteral("v4.3.1");
    AboutDialog dialog(server);
    dialog.show();
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog.versionsText());
    QVERIFY(copied.contains(QStringLiteral("LangBot Console: " LANGBOT_VERSION)));
    QVERIFY(copied.contains(
        QStringLiteral("Qt: %1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))));
    QVERIFY(copied.contains(QStringLiteral("QtKeychain: ") + AboutDialog::keychainVersion()));
    QVERIFY(copied.contains(QStringLiteral("Server: https://langbot.acme.example")));
    QVERIFY(copied.contains(QStringLiteral("LangBot: v4.3.1")));
    QVERIFY(!copied.contains(QLatin1Char('<'))); // plain text, no markup
    QVERIFY(!copied.contains(FakeLangBotServer::demoApiKey()));
    QVERIFY(!copied.contains(QStringLiteral("lbk_")));
    QCOMPARE(dialog.copyButton()->text(), QStringLiteral("Copied"));
}

void TestAboutDialog::notConnectedSaysSo()
{
    AboutDialog dialog{AboutServer{}};
    QCOMPARE(labelText(&dialog, "serverName"), QStringLiteral("not connected"));
    QCOMPARE(labelText(&dialog, "serverVersion"), QStringLiteral("not connected"));
    QVERIFY(dialog.versionsText().contains(QStringLiteral("Server: not connected")));

    AboutServer unknown;
    unknown.connected = true;
    unknown.name = QStringLiteral("Old server");
    AboutDialog second(unknown);
    QCOMPARE(labelText(&second, "serverVersion"), QStringLiteral("unknown"));
    QVERIFY(second.versionsText().contains(QStringLiteral("LangBot: unknown")));
}

void TestAboutDialog::keychainVersionIsTheRealOne()
{
    // Not keychain.h's QTKEYCHAIN_VERSION (0.1.0 in every release).
    const QString version = AboutDialog::keychainVersion();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$")).match(version).hasMatch(),
             qPrintable(version));
    QVERIFY(version != QStringLiteral("0.1.0"));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
