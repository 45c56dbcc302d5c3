#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace lb {
class ApiClient;
}

namespace lb::gui {

// The requesters' icons (GET /api/v1/provider/requesters/{name}/icon, no
// credentials), cached on disk per profile under
// CacheLocation/icons/<profile-id>/ and in memory. Until an icon is there, a
// letter tile stands in; iconReady() says when the real one arrived.
// Each icon is asked for at most once per run; offline (no client) only the
// disk is used.
class RequesterIcons : public QObject
{
    Q_OBJECT
public:
    // dir: empty for CacheLocation/icons/<profileId> (profileId empty: memory only).
    explicit RequesterIcons(const QString &profileId, QObject *parent = nullptr, const QString &dir = {});
    ~RequesterIcons() override;

    QString directory() const { return m_dir; }
    void setClient(ApiClient *client);

    // The icon of a requester (label: for the letter tile). Starts a download
    // when neither memory nor disk has it and a client is set.
    QIcon icon(const QString &requesterName, const QString &label = {});
    bool hasIcon(const QString &requesterName) const { return m_icons.contains(requesterName); }
    // The file the icon is cached in; empty when none.
    QString cachedFile(const QString &requesterName) const;
    int downloadsStarted() const { return m_downloads; }

    // A rounded tile with the first letter of text, coloured by seed.
    static QIcon letterIcon(const QString &text, const QString &seed);

signals:
    void iconReady(const QString &requesterName);

private:
    QIcon loadFromDisk(const QString &requesterName);
    void download(const QString &requesterName);

    QString m_dir;
    QPointer<ApiClient> m_client;
    QHash<QString, QIcon> m_icons;
    QSet<QString> m_requested;
    int m_downloads = 0;
};

} // namespace lb::gui
