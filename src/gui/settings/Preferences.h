#pragma once

#include "Appearance.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QLabel;
class QSpinBox;

namespace lb::gui {

// Settings of the console that are not per profile, in the application's
// QSettings (organisation/application name).
class Preferences
{
public:
    // How many model tests run at the same time (1..32, default 4).
    static int testConcurrency();
    static void setTestConcurrency(int concurrency);

    // Light, dark or the system's (default).
    static Appearance::Theme theme();
    static void setTheme(Appearance::Theme theme);

    // The language of the interface: "" (the system's, default), "en",
    // "zh_CN", "zh_TW" or "ja". Read once at start (installTranslators).
    static QString language();
    static void setLanguage(const QString &code);
    // The codes language() may return, "" first.
    static QStringList languages();
    // The locale whose translations the interface loads: language(), else
    // `system`. Chinese reads the one translation of its script: zh_TW for
    // Traditional (zh_HK, zh_MO too), zh_CN for Simplified (zh_SG too).
    static QLocale interfaceLocale(const QLocale &system = QLocale());
};

// File → Preferences: the settings of Preferences, as a small form.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    int testConcurrency() const;
    void setTestConcurrency(int concurrency);
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    // "Takes effect after a restart", shown once another language is chosen.
    QLabel *restartHint() const { return m_restartHint; }

    Appearance::Theme theme() const;
    QString language() const;

    // Stores the values shown (called on OK).
    void save() const;

private:
    QSpinBox *m_concurrency;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLabel *m_restartHint;
    QString m_startLanguage;
};

} // namespace lb::gui
