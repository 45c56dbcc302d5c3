#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace lb::gui {

// The server address a person types (profile editor, --url): checked and
// normalised in one place.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(lb::gui::ServerUrl)
public:
    // Checks a server URL typed by a person: http or https, a host, no user
    // info, no query. A path prefix (reverse proxy) is allowed. On success
    // returns true and the normalised URL (no trailing slash); otherwise false
    // and a reason for people.
    static bool parse(const QString &text, QUrl *url, QString *reason);
    // A short name for a server, for titles: "example.org:5300/langbot".
    static QString displayName(const QUrl &url);
};

} // namespace lb::gui
