#include "ProfilesDocument.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

constexpr auto kProfiles = "profiles"_L1;

constexpr auto kName = "name"_L1;
constexpr auto kServerUrl = "server_url"_L1;
constexpr auto kAuthMode = "auth_mode"_L1;
constexpr auto kUserEmail = "user_email"_L1;
constexpr auto kEnvironment = "environment"_L1;
constexpr auto kColor = "color"_L1;
constexpr auto kTimeout = "timeout_seconds"_L1;
constexpr auto kTestTimeout = "test_timeout_seconds"_L1;
constexpr auto kPinned = "pinned_certificate_sha256"_L1;

constexpr auto kAuthApiKey = "api-key"_L1;
constexpr auto kAuthUserLogin = "user-login"_L1;

const QLatin1StringView kEnvironments[] = {"development"_L1, "staging"_L1, "production"_L1, "other"_L1};

using TJ = TransferJson;

} // namespace

ProfilesDocument ProfilesDocument::fromProfiles(const QList<Profile> &profiles, const QDateTime &now)
{
    ProfilesDocument doc;
    doc.stamp(now);
    doc.profiles = profiles;
    return doc;
}

QByteArray ProfilesDocument::toJson() const
{
    JsonWriter w;
    beginDocument(w, TransferFormat::kProfiles, TransferFormat::kProfilesVersion);
    w.key(kProfiles);
    w.beginArray();
    for (const Profile &p : profiles) {
        w.beginObject();
        w.field(kName, p.name);
        w.field(kServerUrl, p.baseUrl.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded));
        w.field(kAuthMode, p.authMode == Profile::AuthMode::UserLogin ? kAuthUserLogin : kAuthApiKey);
        w.field(kUserEmail, p.userEmail);
        w.field(kEnvironment, Profile::environmentKey(p.environment));
        w.field(kColor, p.color);
        w.field(kTimeout, p.timeoutSeconds);
        w.field(kTestTimeout, p.testTimeoutSeconds);
        w.field(kPinned, p.pinnedCertificateSha256);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

ProfilesDocument::ReadResult ProfilesDocument::read(const QByteArray &bytes, int errorCap)
{
    ReadResult result{ProfilesDocument(), DocumentErrors(errorCap)};
    DocumentErrors &errors = result.errors;
    ProfilesDocument &doc = result.document;

    QJsonObject root;
    QJsonArray array;
    if (!doc.readEnvelope(bytes, TransferFormat::kProfiles, TransferFormat::kProfilesVersion, &root, &errors)
        || !readList(root, kProfiles, tr("a list of profiles"), &array, &errors))
        return result;

    QHash<QString, qsizetype> seenNames; // case-folded name -> index
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = TJ::indexPath(kProfiles, i);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            errors.add(path, TJ::expected(tr("an object"), value));
            continue;
        }
        const QJsonObject o = value.toObject();
        bool ok = true;
        auto fail = [&](QLatin1StringView key, const QString &message) {
            errors.add(key.isEmpty() ? path : TJ::memberPath(path, key), message);
            ok = false;
        };
        auto string = [&](QLatin1StringView key, bool required) -> QString {
            const QJsonValue v = o.value(key);
            if (v.isUndefined()) {
                if (required)
                    fail(key, tr("missing; every profile needs a %1").arg(key));
                return {};
            }
            if (!v.isString()) {
                fail(key, TJ::expected(tr("a string"), v));
                return {};
            }
            return v.toString();
        };
        auto seconds = [&](QLatin1StringView key, int fallback) -> int {
            const QJsonValue v = o.value(key);
            if (v.isUndefined())
                return fallback;
            if (!TJ::isWholeNumber(v)) {
                fail(key, TJ::expected(tr("a whole number of seconds"), v));
                return fallback;
            }
            return v.toInt();
        };

        Profile p;
        p.name = string(kName, true);
        const QString url = string(kServerUrl, true);
        if (!url.isEmpty())
            p.baseUrl = QUrl(url, QUrl::StrictMode);
        const QString auth = string(kAuthMode, false);
        if (auth == kAuthUserLogin)
            p.authMode = Profile::AuthMode::UserLogin;
        else if (!auth.isEmpty() && auth != kAuthApiKey)
            fail(kAuthMode, tr("expected \"%1\" or \"%2\", got \"%3\"").arg(kAuthApiKey, kAuthUserLogin, auth));
        p.userEmail = string(kUserEmail, false);
        const QString environment = string(kEnvironment, false);
        if (!environment.isEmpty()) {
            if (std::find(std::begin(kEnvironments), std::end(kEnvironments), environment) == std::end(kEnvironments))
                fail(kEnvironment,
                     tr("expected one of development, staging, production, other; got \"%1\"").arg(environment));
            p.environment = Profile::environmentFromKey(environment);
        }
        p.color = string(kColor, false);
        p.timeoutSeconds = seconds(kTimeout, p.timeoutSeconds);
        p.testTimeoutSeconds = seconds(kTestTimeout, p.testTimeoutSeconds);
        p.pinnedCertificateSha256 = string(kPinned, false);
        if (!ok)
            continue;

        // The same rules as the profile editor, one error per problem.
        const QString problems = p.validate();
        if (!problems.isEmpty()) {
            const QStringList lines = problems.split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines)
                fail(QLatin1StringView(), line);
            continue;
        }
        const QString folded = p.name.trimmed().toCaseFolded();
        if (const auto it = seenNames.constFind(folded); it != seenNames.constEnd()) {
            fail(kName,
                 tr("\"%1\" is used by %2 already; profile names must be unique")
                     .arg(p.name, TJ::indexPath(kProfiles, it.value())));
            continue;
        }
        seenNames.insert(folded, i);
        doc.profiles.append(p);
    }
    return result;
}

} // namespace lb
