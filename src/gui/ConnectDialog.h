#pragma once

#include "api/ConnectionSettings.h"

#include <QDialog>

#include <memory>

class QAction;

namespace Ui {
class ConnectDialog;
}

namespace lb::gui {

// Asks for a server: URL and API key, or the built-in demo server. The URL is
// checked as it is typed; OK stays disabled while it is not usable, with the
// reason shown under the field.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Pre-fills the fields (the secret only when given).
    void setSettings(const ConnectionSettings &settings);

    // After accept(): true when the user chose the built-in demo server.
    bool useDemoServer() const { return m_demo; }
    // The connection the user entered (authMode ApiKey when a key was given).
    ConnectionSettings settings() const;
    // A short name for the server, for the window title ("example.org:5300").
    QString displayName() const;

    // Checks a server URL typed by a person: http or https, a host, no user
    // info, no query. On success returns true and the normalised URL (no
    // trailing slash); otherwise false and a reason for people.
    static bool validateUrl(const QString &text, QUrl *url, QString *reason);
    static QString displayNameFor(const QUrl &url);

    // For tests: the reason shown under the URL field (empty when it is fine).
    QString urlProblem() const;
    bool isAcceptable() const;

private:
    void revalidate();
    void toggleKeyVisible(bool visible);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QAction *m_showKey = nullptr;
    bool m_demo = false;
    bool m_touched = false;
};

} // namespace lb::gui
