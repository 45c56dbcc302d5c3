#include "Preferences.h"

#include "testing/TestRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lb::gui {

namespace {
const QString kConcurrencyKey = QStringLiteral("tests/concurrency");
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kLanguageKey = QStringLiteral("appearance/language");
} // namespace

int Preferences::testConcurrency()
{
    const QSettings settings;
    bool ok = false;
    const int value = settings.value(kConcurrencyKey, TestRunner::kDefaultConcurrency).toInt(&ok);
    if (!ok)
        return TestRunner::kDefaultConcurrency;
    return std::clamp(value, TestRunner::kMinConcurrency, TestRunner::kMaxConcurrency);
}

void Preferences::setTestConcurrency(int concurrency)
{
    QSettings settings;
    settings.setValue(kConcurrencyKey,
                      std::clamp(concurrency, TestRunner::kMinConcurrency, TestRunner::kMaxConcurrency));
}

Appearance::Theme Preferences::theme()
{
    const QSettings settings;
    return Appearance::themeFromKey(settings.value(kThemeKey).toString());
}

void Preferences::setTheme(Appearance::Theme theme)
{
    QSettings settings;
    settings.setValue(kThemeKey, Appearance::keyOf(theme));
}

QStringList Preferences::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("ja")};
}

QLocale Preferences::interfaceLocale(const QLocale &system)
{
    const QString code = language();
    const QLocale locale = code.isEmpty() ? system : QLocale(code);
    if (locale.language() != QLocale::Chinese)
        return locale;
    // One translation per script: zh_TW for Traditional, zh_CN for Simplified.
    if (locale.script() == QLocale::TraditionalChineseScript)
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
}

QString Preferences::language()
{
    const QSettings settings;
    const QString code = settings.value(kLanguageKey).toString();
    return languages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty() || !languages().contains(code))
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_concurrency(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_restartHint(new QLabel(this))
    , m_startLanguage(Preferences::language())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_concurrency->setObjectName(QStringLiteral("testConcurrency"));
    m_concurrency->setRange(TestRunner::kMinConcurrency, TestRunner::kMaxConcurrency);
    m_concurrency->setValue(Preferences::testConcurrency());
    m_concurrency->setToolTip(tr("How many models are tested at the same time by Test All and "
                                 "Test Selected (%1 to %2)")
                                  .arg(TestRunner::kMinConcurrency)
                                  .arg(TestRunner::kMaxConcurrency));

    auto *hint = new QLabel(tr("Each test makes the server call the model's provider. More at "
                               "once is faster, but providers may limit the rate of requests."),
                            this);
    hint->setWordWrap(true);
    Appearance::dim(hint);

    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("System"), QVariant::fromValue(int(Appearance::Theme::System)));
    m_theme->addItem(tr("Light"), QVariant::fromValue(int(Appearance::Theme::Light)));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(int(Appearance::Theme::Dark)));
    m_theme->setCurrentIndex(m_theme->findData(int(Preferences::theme())));
    m_theme->setToolTip(tr("System follows the desktop's colours; Light and Dark choose them"));

    m_language->setObjectName(QStringLiteral("languageBox"));
    // Each language in its own name, so that it can be found when the
    // interface speaks another.
    const QStringList codes = Preferences::languages();
    for (const QString &code : codes) {
        QString name;
        if (code.isEmpty())
            name = tr("System");
        else if (code == QLatin1String("en"))
            name = QStringLiteral("English");
        else if (code == QLatin1String("zh_CN"))
            name = QStringLiteral("简体中文");
        else if (code == QLatin1String("zh_TW"))
            name = QStringLiteral("繁體中文");
        else if (code == QLatin1String("ja"))
            name = QStringLiteral("日本語");
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));

    m_restartHint->setObjectName(QStringLiteral("restartHint"));
    m_restartHint->setText(tr("The language takes effect after a restart of the console."));
    m_restartHint->setWordWrap(true);
    Appearance::dim(m_restartHint);
    m_restartHint->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_restartHint->setVisible(language() != m_startLanguage); });

    auto *form = new QFormLayout;
    // addRow with a text makes the label the field's buddy (announced by it).
    form->addRow(tr("&Tests at the same time:"), m_concurrency);
    form->addRow(hint);
    form->addRow(tr("&Appearance:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_restartHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

int PreferencesDialog::testConcurrency() const
{
    return m_concurrency->value();
}

void PreferencesDialog::setTestConcurrency(int concurrency)
{
    m_concurrency->setValue(concurrency);
}

Appearance::Theme PreferencesDialog::theme() const
{
    return Appearance::Theme(m_theme->currentData().toInt());
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::save() const
{
    Preferences::setTestConcurrency(m_concurrency->value());
    Preferences::setTheme(theme());
    Preferences::setLanguage(language());
}

} // namespace lb::gui
