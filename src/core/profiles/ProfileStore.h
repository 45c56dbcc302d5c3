#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

namespace lb {

// The list of profiles and per-profile view state, in QSettings (the
// platform's config location). Never holds a secret: a Profile has none, and
// the base URL is stored without user info, query or fragment.
//
// Layout: "profiles" is a QSettings array (order = the user's order) of
// id, name, baseUrl, authMode ("api-key"/"user-login"), userEmail,
// environment ("development"...), color, timeoutSeconds, testTimeoutSeconds,
// pinnedCertificateSha256; "lastUsedId"; "views/<id>/..." the view state.
// A damaged or foreign file never crashes: bad values fall back to defaults,
// an unknown environment to Other, an entry without a usable URL is skipped
// (with a warning in the "langbot.profiles" log category).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The default QSettings of the application (organisation/application name).
    explicit ProfileStore(QObject *parent = nullptr);
    // An explicit settings file (INI), for tests and tools.
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // in the user's order
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileByName(const QString &name) const; // case-insensitive
    bool isEmpty() const;

    // add() assigns a new id when profile.id is empty (or already in use) and
    // returns the id. A name already in use gets " (2)", " (3)"... appended.
    // A profile that does not validate() is not added: the result is empty.
    QString add(Profile profile);
    // false when the id is unknown, the profile does not validate(), or its
    // name is used by another profile (case-insensitively).
    bool update(const Profile &profile);
    bool remove(const QString &id); // also forgets its view state
    bool move(const QString &id, int newIndex);
    // A copy under a new id and name ("Name (copy)"); returns the new id.
    QString duplicate(const QString &id);

    // Whether name (trimmed, case-insensitive) is free, ignoring profile exceptId.
    bool isNameAvailable(const QString &name, const QString &exceptId = {}) const;
    // name, or name with " (2)", " (3)"... appended, so that it is available.
    QString uniqueName(const QString &name, const QString &exceptId = {}) const;

    QString lastUsedId() const;            // empty when none (or removed)
    void setLastUsedId(const QString &id); // emits profilesChanged when it changes

    // What the table looked like for a profile, restored when switching back.
    struct ViewState
    {
        QString currentUuid;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        QByteArray headerState; // QHeaderView::saveState()
        friend bool operator==(const ViewState &, const ViewState &) = default;
    };
    ViewState viewState(const QString &id) const;
    void setViewState(const QString &id, const ViewState &state);

    QString fileName() const; // where it is stored
    void sync();

signals:
    // The list, a profile or lastUsedId changed (not emitted for view state).
    void profilesChanged();

private:
    void load();
    void save(const QList<Profile> &profiles);
    int indexOf(const QString &id) const;
    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles; // what is stored, in order
};

} // namespace lb
