#include "ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include <QAction>
#include <QIcon>
#include <QPushButton>
#include <QUrl>

namespace lb::gui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/connect.svg")));

    QPalette hint = m_ui->keyHintLabel->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    m_ui->keyHintLabel->setPalette(hint);

    m_showKey = m_ui->keyEdit->addAction(QIcon(QStringLiteral(":/icons/show.svg")),
                                         QLineEdit::TrailingPosition);
    m_showKey->setObjectName(QStringLiteral("showKeyAction"));
    m_showKey->setCheckable(true);
    m_showKey->setText(tr("Show"));
    m_showKey->setToolTip(tr("Show the API key"));
    m_showKey->setShortcut(QKeySequence(Qt::ALT | Qt::Key_S));
    connect(m_showKey, &QAction::toggled, this, &ConnectDialog::toggleKeyVisible);

    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        revalidate();
    });
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &ConnectDialog::revalidate);
    connect(m_ui->urlEdit, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        revalidate();
    });
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] {
        m_demo = true;
        accept();
    });

    revalidate();
}

ConnectDialog::~ConnectDialog()
{
    // The line edit loses focus while the widgets are torn down, after m_ui is
    // gone: its editingFinished must not reach revalidate() then.
    disconnect(m_ui->urlEdit, nullptr, this, nullptr);
}

void ConnectDialog::setSettings(const ConnectionSettings &settings)
{
    m_ui->urlEdit->setText(settings.baseUrl.toString());
    if (settings.authMode == ConnectionSettings::AuthMode::ApiKey)
        m_ui->keyEdit->setText(settings.secret);
    m_touched = !settings.baseUrl.isEmpty();
    revalidate();
}

ConnectionSettings ConnectDialog::settings() const
{
    ConnectionSettings settings;
    QUrl url;
    QString reason;
    if (validateUrl(m_ui->urlEdit->text(), &url, &reason))
        settings.baseUrl = url;
    const QString key = m_ui->keyEdit->text().trimmed();
    if (!key.isEmpty()) {
        settings.authMode = ConnectionSettings::AuthMode::ApiKey;
        settings.secret = key;
    }
    return settings;
}

QString ConnectDialog::displayName() const
{
    if (m_demo)
        return tr("Demo server");
    QUrl url;
    QString reason;
    if (!validateUrl(m_ui->urlEdit->text(), &url, &reason))
        return QString();
    return displayNameFor(url);
}

bool ConnectDialog::validateUrl(const QString &text, QUrl *url, QString *reason)
{
    const QString trimmed = text.trimmed();
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (trimmed.isEmpty())
        return fail(tr("Enter the address of the server, e.g. http://127.0.0.1:5300."));
    if (!trimmed.contains(QStringLiteral("://")))
        return fail(tr("The address must start with http:// or https://."));

    QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid())
        return fail(tr("This is not a valid URL: %1").arg(parsed.errorString()));
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(tr("The address must start with http:// or https://."));
    if (parsed.host().isEmpty())
        return fail(tr("The address has no host name."));
    if (!parsed.userInfo().isEmpty())
        return fail(tr("Don't put a user name or password in the address; use the API key field."));
    if (parsed.hasQuery() || parsed.hasFragment())
        return fail(tr("The address must not have a query (?…) or a fragment (#…)."));

    QString path = parsed.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    parsed.setPath(path);
    if (url)
        *url = parsed;
    if (reason)
        reason->clear();
    return true;
}

QString ConnectDialog::displayNameFor(const QUrl &url)
{
    QString name = url.host();
    if (url.port() > 0)
        name += QLatin1Char(':') + QString::number(url.port());
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        name += url.path();
    return name;
}

QString ConnectDialog::urlProblem() const
{
    return m_ui->urlProblemLabel->text();
}

bool ConnectDialog::isAcceptable() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled();
}

void ConnectDialog::revalidate()
{
    QUrl url;
    QString reason;
    const bool ok = validateUrl(m_ui->urlEdit->text(), &url, &reason);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);

    // Before the user typed anything the reason is a quiet hint; afterwards
    // it is shown as a problem.
    const bool problem = !ok && m_touched && !m_ui->urlEdit->text().trimmed().isEmpty();
    QPalette palette = m_ui->urlProblemLabel->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xc2, 0x1f, 0x1f)
                             : palette.color(QPalette::PlaceholderText));
    m_ui->urlProblemLabel->setPalette(palette);
    m_ui->urlProblemLabel->setText(reason);
    m_ui->urlProblemLabel->setVisible(!reason.isEmpty());
    m_ui->urlEdit->setAccessibleDescription(reason);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(reason);
}

void ConnectDialog::toggleKeyVisible(bool visible)
{
    m_ui->keyEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showKey->setText(visible ? tr("Hide") : tr("Show"));
    m_showKey->setToolTip(visible ? tr("Hide the API key") : tr("Show the API key"));
    m_showKey->setIcon(QIcon(visible ? QStringLiteral(":/icons/hide.svg")
                                     : QStringLiteral(":/icons/show.svg")));
}

} // namespace lb::gui
