#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace lb::gui {

// What Help → About says about the server the window talks to.
struct AboutServer
{
    bool connected = false;
    QString name;    // "Acme production"
    QString url;     // without user info, query or fragment (ApiClient::displayUrl)
    QString version; // LangBot's version from /api/v1/system/info; empty: unknown
};

// Help → About: the console's version, the Qt and QtKeychain it runs on and
// the connected server's LangBot version, as selectable text, with a Copy
// button for bug reports. It never shows a secret (no keys, no passwords,
// no user info of the URL).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const AboutServer &server, QWidget *parent = nullptr);

    // The versions as plain text, one "name: value" a line (what Copy copies).
    QString versionsText() const;
    QPushButton *copyButton() const { return m_copy; }

    // The QtKeychain version the console was built against.
    static QString keychainVersion();

private:
    AboutServer m_server;
    QPushButton *m_copy = nullptr;
};

} // namespace lb::gui
