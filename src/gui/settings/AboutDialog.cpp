#include "AboutDialog.h"
#include "Appearance.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

#ifndef LANGBOT_QTKEYCHAIN_VERSION
#define LANGBOT_QTKEYCHAIN_VERSION ""
#endif

namespace lb::gui {

namespace {

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString AboutDialog::keychainVersion()
{
    // <qt6keychain/keychain.h>'s QTKEYCHAIN_VERSION says 0.1.0 in every
    // release; CMake's find_package(Qt6Keychain) knows the real one.
    const QString version = QStringLiteral(LANGBOT_QTKEYCHAIN_VERSION);
    return version.isEmpty() ? tr("unknown") : version;
}

AboutDialog::AboutDialog(const AboutServer &server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LangBot Console"));

    auto *logo = new QLabel(this);
    logo->setPixmap(Appearance::icon(QStringLiteral("langbot-console")).pixmap(56, 56));
    const QString version = QCoreApplication::applicationVersion();
    auto *title = new QLabel(version.isEmpty() ? tr("LangBot Console") : tr("LangBot Console %1").arg(version), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *blurb = new QLabel(tr("A desktop console for the LLM models of LangBot servers: list, "
                                "test, create, edit, export and import the models of a server."),
                             this);
    blurb->setWordWrap(true);
    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(blurb);
    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    const QString notConnected = tr("not connected");
    const QString unknown = tr("unknown");
    auto *form = new QFormLayout;
    form->addRow(tr("Qt:"),
                 valueLabel(tr("%1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)),
                            QStringLiteral("qtVersion"), this));
    form->addRow(tr("QtKeychain:"), valueLabel(keychainVersion(), QStringLiteral("keychainVersion"), this));
    form->addRow(tr("System:"), valueLabel(QSysInfo::prettyProductName(), QStringLiteral("systemVersion"), this));
    QString serverText = notConnected;
    if (server.connected) {
        serverText = server.name;
        if (!server.url.isEmpty())
            serverText
                = server.name.isEmpty() ? server.url : tr("%1 (%2)", "server name (URL)").arg(server.name, server.url);
    }
    form->addRow(tr("Server:"), valueLabel(serverText, QStringLiteral("serverName"), this));
    form->addRow(tr("LangBot:"),
                 valueLabel(!server.connected              ? notConnected
                                : server.version.isEmpty() ? unknown
                                                           : server.version,
                            QStringLiteral("serverVersion"), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyVersions"));
    m_copy->setToolTip(tr("Copy these versions as plain text, e.g. for a bug report"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(versionsText());
        m_copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close))
        close->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::versionsText() const
{
    // Not translated: it goes into bug reports, read by the developers.
    QStringList lines;
    lines << QStringLiteral("LangBot Console: %1").arg(QCoreApplication::applicationVersion());
    lines << QStringLiteral("Qt: %1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR));
    lines << QStringLiteral("QtKeychain: %1")
                 .arg(QLatin1String(LANGBOT_QTKEYCHAIN_VERSION).isEmpty() ? QStringLiteral("unknown")
                                                                          : QStringLiteral(LANGBOT_QTKEYCHAIN_VERSION));
    lines << QStringLiteral("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QGuiApplication::platformName());
    if (m_server.connected) {
        lines << QStringLiteral("Server: %1").arg(m_server.url.isEmpty() ? m_server.name : m_server.url);
        lines << QStringLiteral("LangBot: %1")
                     .arg(m_server.version.isEmpty() ? QStringLiteral("unknown") : m_server.version);
    } else {
        lines << QStringLiteral("Server: not connected");
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace lb::gui
