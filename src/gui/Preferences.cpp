#include "Preferences.h"

#include "testing/TestRunner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lb::gui {

namespace {
const QString kConcurrencyKey = QStringLiteral("tests/concurrency");
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
                      std::clamp(concurrency, TestRunner::kMinConcurrency,
                                 TestRunner::kMaxConcurrency));
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_concurrency(new QSpinBox(this))
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
    QPalette dim = hint->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    hint->setPalette(dim);

    auto *form = new QFormLayout;
    // addRow with a text makes the label the spin box's buddy (announced by it).
    form->addRow(tr("&Tests at the same time:"), m_concurrency);
    form->addRow(hint);

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

void PreferencesDialog::save() const
{
    Preferences::setTestConcurrency(m_concurrency->value());
}

} // namespace lb::gui
