#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

namespace lb {

// The list of profiles and per-profile view state, in QSettings (the
// platform's config location). Never holds a secret.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The default QSettings of the application (organisation/application name).
    explicit ProfileStore(QObject *parent = nullptr);
    // An explicit settings file (INI), for tests and tools.
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const;               // in the user's order
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileByName(const QString &name) const; // case-insensitive
    bool isEmpty() const;

    // add() assigns a new id when profile.id is empty and returns the id.
    // A name already in use gets " (2)", " (3)"... appended.
    QString add(Profile profile);
    bool update(const Profile &profile);           // false when the id is unknown
    bool remove(const QString &id);                // also forgets its view state
    bool move(const QString &id, int newIndex);
    // A copy under a new id and name ("Name (copy)"); returns the new id.
    QString duplicate(const QString &id);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    // What the table looked like for a profile, restored when switching back.
    struct ViewState
    {
        QString currentUuid;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        QByteArray headerState;     // QHeaderView::saveState()
        friend bool operator==(const ViewState &, const ViewState &) = default;
    };
    ViewState viewState(const QString &id) const;
    void setViewState(const QString &id, const ViewState &state);

    QString fileName() const;       // where it is stored
    void sync();

signals:
    void profilesChanged();

private:
    void save(const QList<Profile> &profiles);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace lb
