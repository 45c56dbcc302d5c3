// Appearance and the settings of File → Preferences that go with it: light
// and dark palettes (System / Light / Dark, stored in Preferences, applied
// live), the console's own colours following them, the language setting,
// and pictures of the main window in both (saved next to the test binary).

#include "FakeLangBotServer.h"
#include "MainWindowLookup.h"
#include "mainwindow/AppController.h"
#include "mainwindow/FilterChipBar.h"
#include "mainwindow/MainWindow.h"
#include "models/ModelDialog.h"
#include "models/ModelEditing.h"
#include "models/ProviderModelDialog.h"
#include "settings/AboutDialog.h"
#include "settings/Appearance.h"
#include "settings/Preferences.h"
#include "widgets/MessageBanner.h"

#include "model/LlmTableModel.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lb::gui::Appearance;
using lb::gui::MainWindow;
using lb::gui::Preferences;
using lb::gui::PreferencesDialog;
using namespace lb::testsupport;
using namespace Qt::StringLiterals;

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void themeKeysRoundTrip();
    void preferencesStoreThemeAndLanguage();
    void darkAndLightPalettes();
    void tonesDifferBetweenLightAndDark();
    void iconInkFollowsThePalette();
    void preferencesDialogSwitchesLive();
    void languageChoiceSaysRestart();
    void screenshotsInLightAndDark();
    void dialogsInDark();

private:
    bool openWindow();
    PreferencesDialog *openPreferences();
    QString picturePath(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<lb::ProfileStore> m_store;
    std::unique_ptr<lb::CredentialStore> m_credentials;
    std::unique_ptr<lb::gui::AppController> m_controller;
    QString m_platformStyle;
    QColor m_platformWindow;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_platformStyle = QApplication::style()->name();
    m_platformWindow = QApplication::palette().color(QPalette::Window);
}

void TestAppearance::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<lb::ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_credentials = std::make_unique<lb::CredentialStore>(QStringLiteral("langbot-console-tst-appearance"));
}

void TestAppearance::cleanup()
{
    m_controller.reset();
    m_credentials.reset();
    m_store.reset();
    m_dir.reset();
    Appearance::apply(Appearance::Theme::System);
    QSettings().clear();
}

bool TestAppearance::openWindow()
{
    m_controller = std::make_unique<lb::gui::AppController>(m_store.get(), m_credentials.get());
    MainWindow *window = m_controller->window();
    QSignalSpy loaded(window, &MainWindow::modelsLoaded);
    if (!m_controller->switchToDemo())
        return false;
    window->resize(1100, 640);
    window->show();
    return loaded.wait(10000) && QTest::qWaitForWindowExposed(window);
}

PreferencesDialog *TestAppearance::openPreferences()
{
    MainWindow *window = m_controller->window();
    // A closed dialog is deleted later: not the one to look at.
    qDeleteAll(window->findChildren<PreferencesDialog *>());
    lookup<QAction>(*window, u"preferencesAction"_s)->trigger();
    return window->findChild<PreferencesDialog *>();
}

QString TestAppearance::picturePath(const QString &name) const
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(name);
}

void TestAppearance::themeKeysRoundTrip()
{
    for (const Appearance::Theme theme : {Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark})
        QCOMPARE(Appearance::themeFromKey(Appearance::keyOf(theme)), theme);
    QCOMPARE(Appearance::themeFromKey(QStringLiteral("purple")), Appearance::Theme::System);
    QCOMPARE(Appearance::themeFromKey(QString()), Appearance::Theme::System);
}

void TestAppearance::preferencesStoreThemeAndLanguage()
{
    QCOMPARE(Preferences::theme(), Appearance::Theme::System);
    QCOMPARE(Preferences::language(), QString());
    Preferences::setTheme(Appearance::Theme::Dark);
    QCOMPARE(Preferences::theme(), Appearance::Theme::Dark);
    QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));

    const QStringList codes{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                            QStringLiteral("ja")};
    for (const QString &code : codes) {
        Preferences::setLanguage(code);
        QCOMPARE(Preferences::language(), code);
    }
    Preferences::setLanguage(QString());
    QCOMPARE(Preferences::language(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("appearance/language")));
    // Something else in the file is not a language: the system's is used.
    QSettings().setValue(QStringLiteral("appearance/language"), QStringLiteral("xx_YY"));
    QCOMPARE(Preferences::language(), QString());
}

void TestAppearance::darkAndLightPalettes()
{
    QVERIFY(Appearance::isDark(Appearance::darkPalette()));
    QVERIFY(!Appearance::isDark(Appearance::lightPalette()));

    Appearance::apply(Appearance::Theme::Dark);
    QVERIFY(Appearance::isDark());
    QCOMPARE(Appearance::current(), Appearance::Theme::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    const QPalette dark = QApplication::palette();
    // Text reads on its backgrounds.
    QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 120);
    QVERIFY(dark.color(QPalette::WindowText).lightness() - dark.color(QPalette::Window).lightness() > 120);

    Appearance::apply(Appearance::Theme::Light);
    QVERIFY(!Appearance::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);

    // System: back to the platform's style and palette.
    Appearance::apply(Appearance::Theme::System);
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
}

void TestAppearance::tonesDifferBetweenLightAndDark()
{
    // Every tone has a light and a dark variant; text tones are light on
    // dark and dark on light, backgrounds the other way round.
    using Tone = Appearance::Tone;
    for (const Tone tone : {Tone::Success, Tone::Failure, Tone::Warning, Tone::Accent, Tone::Muted, Tone::Heading,
                            Tone::ErrorText, Tone::InfoText, Tone::WarningText, Tone::ChipCheckedText}) {
        QVERIFY(Appearance::color(tone, true).lightness() > Appearance::color(tone, false).lightness());
    }
    for (const Tone tone :
         {Tone::HeaderBackground, Tone::AlternateRow, Tone::PanelBackground, Tone::ErrorBackground,
          Tone::InfoBackground, Tone::WarningBackground, Tone::ChipBackground, Tone::ChipChecked, Tone::OfflineBase}) {
        QVERIFY(Appearance::color(tone, true).lightness() < 100);
        QVERIFY(Appearance::color(tone, false).lightness() > 200);
    }
}

namespace {

// The colour of the most opaque pixel of icon at 48 px: its ink.
QColor inkOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(48, 48), 1.0, mode).toImage();
    QColor ink(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > ink.alpha())
                ink = pixel;
        }
    }
    return ink;
}

} // namespace

void TestAppearance::iconInkFollowsThePalette()
{
    // One icon, made once: its ink is the palette's text colour whenever it
    // is painted (no setting it again after a change of theme).
    const QIcon refresh = Appearance::icon(QStringLiteral("refresh"));
    const QIcon success = Appearance::icon(QStringLiteral("success"));
    QVERIFY(!refresh.isNull());
    Appearance::apply(Appearance::Theme::Light);
    const QColor lightInk = inkOf(refresh);
    QCOMPARE(lightInk.rgb(), QApplication::palette().color(QPalette::WindowText).rgb());
    QVERIFY2(lightInk.lightness() < 100, qPrintable(lightInk.name()));
    const QColor lightDisabled = inkOf(refresh, QIcon::Disabled);
    QVERIFY2(lightDisabled != lightInk,
             qPrintable(lightDisabled.name(QColor::HexArgb) + QLatin1Char(' ') + lightInk.name(QColor::HexArgb)));
    const QColor green = inkOf(success);

    Appearance::apply(Appearance::Theme::Dark);
    const QColor darkInk = inkOf(refresh);
    QCOMPARE(darkInk.rgb(), QApplication::palette().color(QPalette::WindowText).rgb());
    QVERIFY2(darkInk.lightness() > 180, qPrintable(darkInk.name()));
    // Selected rows: the highlighted text's colour.
    QCOMPARE(inkOf(refresh, QIcon::Selected).rgb(), QApplication::palette().color(QPalette::HighlightedText).rgb());
    // A status mark keeps its own colour.
    QCOMPARE(inkOf(success).rgb(), green.rgb());
    QVERIFY(green.green() > green.red() && green.green() > green.blue());
}

void TestAppearance::preferencesDialogSwitchesLive()
{
    QVERIFY(openWindow());
    MainWindow *window = m_controller->window();
    QTableView *view = lookup<QTableView>(*window, u"modelTable"_s);
    const QString lightAlternate = Appearance::color(Appearance::Tone::AlternateRow, false).name();
    const QString darkAlternate = Appearance::color(Appearance::Tone::AlternateRow, true).name();
    QVERIFY(!Appearance::isDark());
    QVERIFY2(view->styleSheet().contains(lightAlternate), qPrintable(view->styleSheet()));

    // File → Preferences, Appearance: Dark, OK.
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QComboBox *theme = dialog->themeBox();
    QCOMPARE(theme->currentText(), QStringLiteral("System"));
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_End); // the last entry: Dark
    QCOMPARE(theme->currentText(), QStringLiteral("Dark"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(Preferences::theme(), Appearance::Theme::Dark);
    QVERIFY(Appearance::isDark());
    // The window hears of the new palette through the event loop.
    QTRY_VERIFY2(view->styleSheet().contains(darkAlternate), qPrintable(view->styleSheet()));
    QVERIFY(!view->styleSheet().contains(lightAlternate));
    QVERIFY(lookup<lb::gui::FilterChipBar>(*window, u"filterChipBar"_s)
                ->styleSheet()
                .contains(Appearance::color(Appearance::Tone::PanelBackground, true).name()));
    // What the table shows is dark: its empty corner and a row's background.
    QTest::qWait(50);
    const QImage picture = view->viewport()->grab().toImage();
    const QColor row = picture.pixelColor(picture.width() - 4, 4);
    QVERIFY2(row.lightness() < 100, qPrintable(row.name()));

    // And back to System: the platform's light palette and the light tints.
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->themeBox()->currentText(), QStringLiteral("Dark"));
    dialog->themeBox()->setCurrentIndex(0);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(Preferences::theme(), Appearance::Theme::System);
    QVERIFY(!Appearance::isDark());
    QTRY_VERIFY(view->styleSheet().contains(lightAlternate));
}

void TestAppearance::languageChoiceSaysRestart()
{
    QVERIFY(openWindow());
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QComboBox *language = dialog->languageBox();
    QStringList names;
    for (int i = 0; i < language->count(); ++i)
        names << language->itemText(i);
    QCOMPARE(names,
             (QStringList{QStringLiteral("System"), QStringLiteral("English"), QStringLiteral("简体中文"),
                          QStringLiteral("繁體中文"), QStringLiteral("日本語")}));
    QVERIFY(dialog->restartHint()->isHidden());
    language->setCurrentIndex(language->findText(QStringLiteral("繁體中文")));
    QVERIFY(!dialog->restartHint()->isHidden());
    QVERIFY(dialog->restartHint()->text().contains(QStringLiteral("restart")));
    language->setCurrentIndex(0);
    QVERIFY(dialog->restartHint()->isHidden());
    language->setCurrentIndex(language->findText(QStringLiteral("日本語")));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(Preferences::language(), QStringLiteral("ja"));
    QCOMPARE(QSettings().value(QStringLiteral("appearance/language")).toString(), QStringLiteral("ja"));

    // The next time the dialog shows the stored choice and no hint.
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->languageBox()->currentText(), QStringLiteral("日本語"));
    QVERIFY(dialog->restartHint()->isHidden());
    dialog->reject();
}

void TestAppearance::screenshotsInLightAndDark()
{
    QVERIFY(openWindow());
    MainWindow *window = m_controller->window();
    const QString uuid = lookup<QTableView>(*window, u"modelTable"_s)
                             ->model()
                             ->index(0, 0)
                             .data(lb::LlmTableModel::UuidRole)
                             .toString();
    QVERIFY(window->selectModel(uuid));
    QSignalSpy tested(window, &MainWindow::testFinished);
    window->testModel(uuid);
    QVERIFY(tested.wait(10000));
    window->showNotice(lb::gui::MessageBanner::Kind::Info, QStringLiteral("Welcome."),
                       QStringLiteral("This is the demo server."));

    for (const Appearance::Theme theme : {Appearance::Theme::Light, Appearance::Theme::Dark}) {
        Appearance::apply(theme);
        QTest::qWait(80);
        const QImage picture = window->grab().toImage();
        QVERIFY(!picture.isNull());
        // Dimmed texts follow too (the test panel's second line).
        const auto *subline = window->findChild<QLabel *>(QStringLiteral("testSubline"));
        QVERIFY(subline);
        QCOMPARE(subline->palette().color(QPalette::WindowText),
                 QApplication::palette().color(QPalette::PlaceholderText));
        const QString name = theme == Appearance::Theme::Dark ? QStringLiteral("tst_appearance_dark.png")
                                                              : QStringLiteral("tst_appearance_light.png");
        QVERIFY(picture.save(picturePath(name)));
        // The header of the table follows the palette.
        QHeaderView *header = lookup<QTableView>(*window, u"modelTable"_s)->horizontalHeader();
        const QImage headerPicture = header->grab().toImage();
        const QColor headerColor = headerPicture.pixelColor(headerPicture.width() / 2, 2);
        if (theme == Appearance::Theme::Dark)
            QVERIFY2(headerColor.lightness() < 100, qPrintable(headerColor.name()));
        else
            QVERIFY2(headerColor.lightness() > 200, qPrintable(headerColor.name()));
    }
}

void TestAppearance::dialogsInDark()
{
    QVERIFY(openWindow());
    Appearance::apply(Appearance::Theme::Dark);
    MainWindow *window = m_controller->window();
    // The built-in demo is a LangBot 4.10: New opens the 4.7+ model dialog.
    lb::gui::ModelEditing *editing = m_controller->modelEditing();
    QVERIFY(!editing->openNew());
    QDialog *model = editing->providerDialog();
    QVERIFY(model);
    lookup<QAction>(*window, u"aboutAction"_s)->trigger();
    auto *about = window->findChild<lb::gui::AboutDialog *>();
    QVERIFY(about);
    PreferencesDialog *preferences = openPreferences();
    QVERIFY(preferences);
    const QList<QPair<QWidget *, QString>> dialogs{
        {model, QStringLiteral("tst_appearance_dark_model.png")},
        {about, QStringLiteral("tst_appearance_dark_about.png")},
        {preferences, QStringLiteral("tst_appearance_dark_preferences.png")}};
    QTest::qWait(80);
    for (const auto &[dialog, name] : dialogs) {
        const QImage picture = dialog->grab().toImage();
        QVERIFY(picture.save(picturePath(name)));
        const QColor corner = picture.pixelColor(2, picture.height() - 2);
        QVERIFY2(corner.lightness() < 100, qPrintable(name + QLatin1Char(' ') + corner.name()));
    }
    delete model;
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
