#pragma once

#include <QDialog>

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
};

// Edit → Preferences: the settings of Preferences, as a small form.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    int testConcurrency() const;
    void setTestConcurrency(int concurrency);
    QSpinBox *concurrencyBox() const { return m_concurrency; }

    // Stores the values shown (called on OK).
    void save() const;

private:
    QSpinBox *m_concurrency;
};

} // namespace lb::gui
