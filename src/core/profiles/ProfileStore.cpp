#include "ProfileStore.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace lb {

namespace {

Q_LOGGING_CATEGORY(lcProfileStore, "langbot.profiles", QtInfoMsg)

// Keys of the settings file. Changing one breaks existing users' profiles.
constexpr auto kProfilesArray = u"profiles";
constexpr auto kLastUsedId = u"lastUsedId";
constexpr auto kViews = u"views";

constexpr auto kId = u"id";
constexpr auto kName = u"name";
constexpr auto kBaseUrl = u"baseUrl";
constexpr auto kAuthMode = u"authMode";
constexpr auto kUserEmail = u"userEmail";
constexpr auto kEnvironment = u"environment";
constexpr auto kColor = u"color";
constexpr auto kTimeout = u"timeoutSeconds";
constexpr auto kTestTimeout = u"testTimeoutSeconds";
constexpr auto kPinned = u"pinnedCertificateSha256";

constexpr auto kViewCurrentUuid = u"currentUuid";
constexpr auto kViewSortColumn = u"sortColumn";
constexpr auto kViewSortOrder = u"sortOrder";
constexpr auto kViewHeaderState = u"headerState";

constexpr auto kAuthApiKey = u"api-key";
constexpr auto kAuthUserLogin = u"user-login";

constexpr int kMinTimeout = 1;
constexpr int kMaxTimeout = 3600;
constexpr int kMaxSortColumn = 1000;

QString key(std::u16string_view k)
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(k.data()), qsizetype(k.size()));
}

QString viewKey(const QString &id, std::u16string_view k)
{
    return key(kViews) + u'/' + id + u'/' + key(k);
}

// A string from whatever a (possibly foreign) settings file holds: an INI
// value with unquoted commas reads as a QStringList.
QString stringValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", ");
    if (value.canConvert<QString>())
        return value.toString();
    return {};
}

int intValue(const QVariant &value, int min, int max, int fallback)
{
    bool ok = false;
    const int v = stringValue(value).trimmed().toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

bool isHex(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    });
}

QString normalizedId(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text.trimmed());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The URL as it may be stored: never user info (a password), query or fragment.
QUrl storableUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

bool isUsableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

// What is written to disk for a profile: the only place its fields are chosen.
Profile storable(Profile profile)
{
    profile.baseUrl = storableUrl(profile.baseUrl);
    profile.name = profile.name.trimmed();
    profile.userEmail = profile.userEmail.trimmed();
    profile.color = profile.color.toLower();
    profile.pinnedCertificateSha256 = profile.pinnedCertificateSha256.toLower();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    load();
}

ProfileStore::ProfileStore(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    load();
}

ProfileStore::~ProfileStore()
{
    m_settings->sync();
}

void ProfileStore::load()
{
    m_profiles.clear();

    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcProfileStore) << "Settings file" << m_settings->fileName() << "could not be read completely (status"
                                  << m_settings->status() << "); unreadable parts are ignored";

    // The entries present, by index, whatever "size" claims: a half-written
    // file may have fewer (or more) than it says.
    m_settings->beginGroup(key(kProfilesArray));
    QList<int> indexes;
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        // Only the store's own names ("1", "2", …): toInt() also takes " 1"
        // or "\n1", which a damaged file can hold beside the real "1".
        bool ok = false;
        const int index = group.toInt(&ok);
        if (ok && index > 0 && group == QString::number(index))
            indexes.append(index);
    }
    std::sort(indexes.begin(), indexes.end());

    for (const int index : std::as_const(indexes)) {
        m_settings->beginGroup(QString::number(index));
        Profile p;
        const QString rawName = stringValue(m_settings->value(key(kName))).trimmed();
        const QString entry = rawName.isEmpty() ? QStringLiteral("#%1").arg(index)
                                                : QStringLiteral("#%1 \"%2\"").arg(index).arg(rawName);

        const QUrl url(stringValue(m_settings->value(key(kBaseUrl))).trimmed(), QUrl::StrictMode);
        if (!isUsableUrl(url)) {
            // The URL itself is not logged: a foreign file might carry credentials in it.
            qCWarning(lcProfileStore).noquote() << "Skipping profile entry" << entry << "in" << m_settings->fileName()
                                                << ": its server URL is missing, not http(s) or has no host";
            m_settings->endGroup();
            continue;
        }
        p.baseUrl = storableUrl(url);

        p.id = normalizedId(stringValue(m_settings->value(key(kId))));
        if (p.id.isEmpty() || indexOf(p.id) >= 0) {
            qCWarning(lcProfileStore).noquote()
                << "Profile entry" << entry << "has a missing, invalid or repeated id; it gets a new one";
            p.id = newId();
        }

        p.name = uniqueName(rawName.isEmpty() ? tr("Profile %1").arg(m_profiles.size() + 1) : rawName);

        const QString auth = stringValue(m_settings->value(key(kAuthMode))).trimmed();
        if (auth.compare(key(kAuthUserLogin), Qt::CaseInsensitive) == 0) {
            p.authMode = Profile::AuthMode::UserLogin;
        } else {
            if (!auth.isEmpty() && auth.compare(key(kAuthApiKey), Qt::CaseInsensitive) != 0)
                qCWarning(lcProfileStore).noquote()
                    << "Profile entry" << entry << "has an unknown authMode; using API key";
            p.authMode = Profile::AuthMode::ApiKey;
        }

        p.userEmail = stringValue(m_settings->value(key(kUserEmail))).trimmed();
        p.environment = Profile::environmentFromKey(stringValue(m_settings->value(key(kEnvironment))));

        const QString color = stringValue(m_settings->value(key(kColor))).trimmed();
        if (color.size() == 7 && color.front() == u'#' && isHex(color.mid(1)))
            p.color = color.toLower();

        const Profile defaults;
        p.timeoutSeconds
            = intValue(m_settings->value(key(kTimeout)), kMinTimeout, kMaxTimeout, defaults.timeoutSeconds);
        p.testTimeoutSeconds
            = intValue(m_settings->value(key(kTestTimeout)), kMinTimeout, kMaxTimeout, defaults.testTimeoutSeconds);

        const QString pinned = stringValue(m_settings->value(key(kPinned))).trimmed();
        if (pinned.size() == 64 && isHex(pinned)) {
            p.pinnedCertificateSha256 = pinned.toLower();
        } else if (!pinned.isEmpty()) {
            qCWarning(lcProfileStore).noquote()
                << "Profile entry" << entry << "has an invalid pinned certificate fingerprint; it is ignored";
        }

        m_profiles.append(p);
        m_settings->endGroup();
    }
    m_settings->endGroup();
}

void ProfileStore::save(const QList<Profile> &profiles)
{
    m_profiles = profiles;
    m_settings->remove(key(kProfilesArray));
    m_settings->beginWriteArray(key(kProfilesArray), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile p = storable(m_profiles.at(i));
        m_settings->setArrayIndex(i);
        m_settings->setValue(key(kId), p.id);
        m_settings->setValue(key(kName), p.name);
        m_settings->setValue(key(kBaseUrl), p.baseUrl.toString(QUrl::FullyEncoded));
        m_settings->setValue(key(kAuthMode),
                             key(p.authMode == Profile::AuthMode::UserLogin ? kAuthUserLogin : kAuthApiKey));
        m_settings->setValue(key(kUserEmail), p.userEmail);
        m_settings->setValue(key(kEnvironment), Profile::environmentKey(p.environment));
        m_settings->setValue(key(kColor), p.color);
        m_settings->setValue(key(kTimeout), p.timeoutSeconds);
        m_settings->setValue(key(kTestTimeout), p.testTimeoutSeconds);
        m_settings->setValue(key(kPinned), p.pinnedCertificateSha256);
    }
    m_settings->endArray();
}

int ProfileStore::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QList<Profile> ProfileStore::profiles() const
{
    return m_profiles;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

std::optional<Profile> ProfileStore::profileByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Profile &p : m_profiles) {
        if (p.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::isEmpty() const
{
    return m_profiles.isEmpty();
}

bool ProfileStore::isNameAvailable(const QString &name, const QString &exceptId) const
{
    const QString wanted = name.trimmed();
    return std::none_of(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile &p) {
        return p.id != exceptId && p.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

QString ProfileStore::uniqueName(const QString &name, const QString &exceptId) const
{
    const QString base = name.trimmed();
    if (isNameAvailable(base, exceptId))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (isNameAvailable(candidate, exceptId))
            return candidate;
    }
}

QString ProfileStore::add(Profile profile)
{
    const QString problems = profile.validate();
    if (!problems.isEmpty()) {
        qCWarning(lcProfileStore).noquote() << "Profile not added:" << problems;
        return {};
    }
    profile.id = normalizedId(profile.id);
    if (profile.id.isEmpty() || indexOf(profile.id) >= 0)
        profile.id = newId();
    profile.name = uniqueName(profile.name);

    QList<Profile> list = m_profiles;
    list.append(storable(profile));
    save(list);
    emit profilesChanged();
    return profile.id;
}

bool ProfileStore::update(const Profile &profile)
{
    const int i = indexOf(profile.id);
    if (i < 0)
        return false;
    const QString problems = profile.validate();
    if (!problems.isEmpty()) {
        qCWarning(lcProfileStore).noquote() << "Profile not updated:" << problems;
        return false;
    }
    if (!isNameAvailable(profile.name, profile.id)) {
        qCWarning(lcProfileStore) << "Profile not updated: its name is used by another profile";
        return false;
    }
    const Profile stored = storable(profile);
    if (m_profiles.at(i) == stored)
        return true;
    QList<Profile> list = m_profiles;
    list[i] = stored;
    save(list);
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    QList<Profile> list = m_profiles;
    list.removeAt(i);
    save(list);
    m_settings->remove(key(kViews) + u'/' + id);
    if (m_settings->value(key(kLastUsedId)).toString() == id)
        m_settings->remove(key(kLastUsedId));
    emit profilesChanged();
    return true;
}

bool ProfileStore::move(const QString &id, int newIndex)
{
    const int i = indexOf(id);
    if (i < 0 || newIndex < 0 || newIndex >= m_profiles.size())
        return false;
    if (i == newIndex)
        return true;
    QList<Profile> list = m_profiles;
    list.move(i, newIndex);
    save(list);
    emit profilesChanged();
    return true;
}

QString ProfileStore::duplicate(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return {};
    Profile copy = m_profiles.at(i);
    copy.id = newId();
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
    QList<Profile> list = m_profiles;
    list.insert(i + 1, copy);
    save(list);
    emit profilesChanged();
    return copy.id;
}

QString ProfileStore::lastUsedId() const
{
    const QString id = m_settings->value(key(kLastUsedId)).toString();
    return indexOf(id) >= 0 ? id : QString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    if (id.isEmpty()) {
        if (!m_settings->contains(key(kLastUsedId)))
            return;
        m_settings->remove(key(kLastUsedId));
        emit profilesChanged();
        return;
    }
    if (indexOf(id) < 0 || m_settings->value(key(kLastUsedId)).toString() == id)
        return;
    m_settings->setValue(key(kLastUsedId), id);
    emit profilesChanged();
}

ProfileStore::ViewState ProfileStore::viewState(const QString &id) const
{
    ViewState state;
    if (indexOf(id) < 0)
        return state;
    state.currentUuid = stringValue(m_settings->value(viewKey(id, kViewCurrentUuid)));
    state.sortColumn = intValue(m_settings->value(viewKey(id, kViewSortColumn)), -1, kMaxSortColumn, -1);
    state.sortOrder = intValue(m_settings->value(viewKey(id, kViewSortOrder)), 0, 1, 0) == 1 ? Qt::DescendingOrder
                                                                                             : Qt::AscendingOrder;
    const QVariant header = m_settings->value(viewKey(id, kViewHeaderState));
    if (header.typeId() == QMetaType::QByteArray)
        state.headerState = header.toByteArray();
    return state;
}

void ProfileStore::setViewState(const QString &id, const ViewState &state)
{
    if (indexOf(id) < 0)
        return; // only for stored profiles: nothing to leave behind
    m_settings->setValue(viewKey(id, kViewCurrentUuid), state.currentUuid);
    m_settings->setValue(viewKey(id, kViewSortColumn), state.sortColumn);
    m_settings->setValue(viewKey(id, kViewSortOrder), state.sortOrder == Qt::DescendingOrder ? 1 : 0);
    m_settings->setValue(viewKey(id, kViewHeaderState), state.headerState);
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::sync()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::AccessError)
        qCWarning(lcProfileStore) << "Profiles could not be written to" << m_settings->fileName();
}

} // namespace lb
