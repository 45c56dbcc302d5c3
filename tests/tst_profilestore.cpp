// Tests of lb::Profile and lb::ProfileStore: round trips, order, duplicate,
// removal, unique names, view state, validation, damaged files, and that no
// secret ever reaches a settings file.
#include "profiles/CredentialStore.h"
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <array>
#include <memory>

using namespace lb;

namespace {

Profile makeProfile(const QString &name, const QString &url = QStringLiteral("http://127.0.0.1:5300"))
{
    Profile p;
    p.name = name;
    p.baseUrl = QUrl(url);
    return p;
}

// Every field away from its default.
Profile fullProfile()
{
    Profile p;
    p.name = QStringLiteral("Production EU, main");
    p.baseUrl = QUrl(QStringLiteral("https://langbot.example.org:8443/langbot"));
    p.authMode = Profile::AuthMode::UserLogin;
    p.userEmail = QStringLiteral("ops@example.org");
    p.environment = Profile::Environment::Production;
    p.color = QStringLiteral("#123abc");
    p.timeoutSeconds = 45;
    p.testTimeoutSeconds = 200;
    p.pinnedCertificateSha256 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    return p;
}

bool isUuidWithoutBraces(const QString &id)
{
    return !QUuid::fromString(id).isNull() && !id.startsWith(u'{') && id.size() == 36;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void defaultSettingsUseTestModeLocation();
    void roundTripsEveryFieldAndOrder();
    void addAssignsIdsAndUniqueNames();
    void addRejectsInvalidProfile();
    void updateProfile();
    void moveProfiles();
    void duplicateProfile();
    void removeForgetsViewStateAndLastUsed();
    void lastUsedId();
    void viewStateRoundTrip();
    void profilesChangedOnEveryChange();
    void validate_data();
    void validate();
    void environmentsAndColors();
    void connectionSettingsHaveNoSecret();
    void damagedFile_data();
    void damagedFile();
    void unparsableUrlIsSkippedWithWarning();
    void secretScan();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_organization;
    QString m_testConfigDir;
};

void TestProfileStore::initTestCase()
{
    // Before the first QSettings of the process: QSettings caches its paths.
    QStandardPaths::setTestModeEnabled(true);
    m_testConfigDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY(m_testConfigDir.contains(QLatin1String(".qttest")));
    // A unique organisation: ctest may run other tests on the same test-mode dir at once.
    m_organization = QStringLiteral("LangBot-tst_profilestore-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QCoreApplication::setOrganizationName(m_organization);
    QCoreApplication::setApplicationName(QStringLiteral("langbot-console"));
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::cleanupTestCase()
{
    QDir(QDir(m_testConfigDir).filePath(m_organization)).removeRecursively();
}

void TestProfileStore::defaultSettingsUseTestModeLocation()
{
    // Qt 6.4 on Linux: QSettings takes its user path from QStandardPaths, so
    // test mode keeps the tests away from the user's real profiles.
    QString file;
    {
        ProfileStore store;
        file = store.fileName();
        QCOMPARE(file, QDir(m_testConfigDir).filePath(m_organization + QStringLiteral("/langbot-console.conf")));
        QVERIFY(!store.add(makeProfile(QStringLiteral("Default location"))).isEmpty());
        store.sync();
    }
    QVERIFY(QFile::exists(file));
    ProfileStore again;
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(again.profiles().constFirst().name, QStringLiteral("Default location"));
    QVERIFY(again.remove(again.profiles().constFirst().id));
}

void TestProfileStore::roundTripsEveryFieldAndOrder()
{
    QList<Profile> expected;
    {
        ProfileStore store(iniPath());
        QVERIFY(store.isEmpty());
        const Profile full = fullProfile();
        Profile dev = makeProfile(QStringLiteral("Dev box"), QStringLiteral("http://localhost:5300"));
        dev.environment = Profile::Environment::Development;
        Profile staging = makeProfile(QStringLiteral("Staging"), QStringLiteral("https://staging.example.org"));
        staging.environment = Profile::Environment::Staging;
        staging.color = QStringLiteral("#ABCDEF"); // stored lower-case

        for (const Profile &p : {dev, full, staging}) {
            const QString id = store.add(p);
            QVERIFY(isUuidWithoutBraces(id));
            Profile withId = p;
            withId.id = id;
            withId.color = withId.color.toLower();
            expected << withId;
        }
        QCOMPARE(store.profiles(), expected);
        store.sync();
    }
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles(), expected);
    QVERIFY(!reloaded.isEmpty());
    const auto byId = reloaded.profile(expected.at(1).id);
    QVERIFY(byId.has_value());
    QCOMPARE(*byId, expected.at(1));
    QVERIFY(!reloaded.profile(QStringLiteral("nope")).has_value());
}

void TestProfileStore::addAssignsIdsAndUniqueNames()
{
    ProfileStore store(iniPath());
    const QString a = store.add(makeProfile(QStringLiteral("Prod")));
    const QString b = store.add(makeProfile(QStringLiteral("Prod")));
    const QString c = store.add(makeProfile(QStringLiteral("  prod  ")));
    QVERIFY(isUuidWithoutBraces(a));
    QVERIFY(isUuidWithoutBraces(b));
    QVERIFY(a != b && b != c && a != c);
    QCOMPARE(store.profile(a)->name, QStringLiteral("Prod"));
    QCOMPARE(store.profile(b)->name, QStringLiteral("Prod (2)"));
    QCOMPARE(store.profile(c)->name, QStringLiteral("prod (3)"));

    QCOMPARE(store.profileByName(QStringLiteral("PROD"))->id, a);
    QCOMPARE(store.profileByName(QStringLiteral("prod (2)"))->id, b);
    QVERIFY(!store.profileByName(QStringLiteral("Staging")).has_value());
    QVERIFY(!store.isNameAvailable(QStringLiteral("pRoD")));
    QVERIFY(store.isNameAvailable(QStringLiteral("pRoD"), a));
    QCOMPARE(store.uniqueName(QStringLiteral("PROD")), QStringLiteral("PROD (4)"));

    // An id given by the caller is kept when it is a free UUID, replaced when taken.
    Profile withId = makeProfile(QStringLiteral("Given id"));
    withId.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(store.add(withId), withId.id);
    Profile taken = makeProfile(QStringLiteral("Taken id"));
    taken.id = a;
    const QString replaced = store.add(taken);
    QVERIFY(isUuidWithoutBraces(replaced));
    QVERIFY(replaced != a);
    QCOMPARE(store.profile(a)->name, QStringLiteral("Prod"));
}

void TestProfileStore::addRejectsInvalidProfile()
{
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Profile not added:.*Name")));
    QVERIFY(store.add(makeProfile(QString())).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Profile not added:.*Server URL")));
    QVERIFY(store.add(makeProfile(QStringLiteral("No URL"), QString())).isEmpty());
    QVERIFY(store.isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestProfileStore::updateProfile()
{
    ProfileStore store(iniPath());
    const QString a = store.add(makeProfile(QStringLiteral("Alpha")));
    const QString b = store.add(makeProfile(QStringLiteral("Beta")));
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    Profile edited = fullProfile();
    edited.id = a;
    edited.name = QStringLiteral("Alpha renamed");
    QVERIFY(store.update(edited));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(*store.profile(a), edited);

    // The same again: accepted, nothing changed, no signal.
    QVERIFY(store.update(edited));
    QCOMPARE(changed.count(), 1);

    // Renaming to another profile's name (case-insensitively) is refused.
    Profile clash = *store.profile(b);
    clash.name = QStringLiteral("ALPHA RENAMED");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("name is used")));
    QVERIFY(!store.update(clash));
    // Changing only the case of its own name is fine.
    Profile ownCase = *store.profile(a);
    ownCase.name = QStringLiteral("ALPHA RENAMED");
    QVERIFY(store.update(ownCase));

    Profile unknown = edited;
    unknown.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(!store.update(unknown));

    Profile invalid = *store.profile(b);
    invalid.timeoutSeconds = 0;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Profile not updated:.*Timeout")));
    QVERIFY(!store.update(invalid));
    QCOMPARE(store.profile(b)->timeoutSeconds, 30);
    QCOMPARE(changed.count(), 2);

    store.sync();
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles(), store.profiles());
}

void TestProfileStore::moveProfiles()
{
    ProfileStore store(iniPath());
    const QString a = store.add(makeProfile(QStringLiteral("A")));
    const QString b = store.add(makeProfile(QStringLiteral("B")));
    const QString c = store.add(makeProfile(QStringLiteral("C")));
    const auto ids = [](const QList<Profile> &list) {
        QStringList out;
        for (const Profile &p : list)
            out << p.id;
        return out;
    };
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    QVERIFY(store.move(c, 0));
    QCOMPARE(ids(store.profiles()), (QStringList{c, a, b}));
    QVERIFY(store.move(c, 2));
    QCOMPARE(ids(store.profiles()), (QStringList{a, b, c}));
    QVERIFY(store.move(a, 1));
    QCOMPARE(ids(store.profiles()), (QStringList{b, a, c}));
    QCOMPARE(changed.count(), 3);

    QVERIFY(store.move(a, 1)); // already there
    QCOMPARE(changed.count(), 3);
    QVERIFY(!store.move(a, 3));
    QVERIFY(!store.move(a, -1));
    QVERIFY(!store.move(QStringLiteral("unknown"), 0));
    QCOMPARE(changed.count(), 3);

    store.sync();
    ProfileStore reloaded(iniPath());
    QCOMPARE(ids(reloaded.profiles()), (QStringList{b, a, c}));
}

void TestProfileStore::duplicateProfile()
{
    ProfileStore store(iniPath());
    const QString first = store.add(makeProfile(QStringLiteral("First")));
    const QString original = store.add(fullProfile());
    const QString last = store.add(makeProfile(QStringLiteral("Last")));
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    const QString copyId = store.duplicate(original);
    QVERIFY(isUuidWithoutBraces(copyId));
    QVERIFY(copyId != original);
    QCOMPARE(changed.count(), 1);

    const Profile source = *store.profile(original);
    Profile copy = *store.profile(copyId);
    QCOMPARE(copy.name, source.name + QStringLiteral(" (copy)"));
    // Every other field is the same.
    copy.id = source.id;
    copy.name = source.name;
    QCOMPARE(copy, source);

    // Right after the original.
    const QList<Profile> list = store.profiles();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).id, first);
    QCOMPARE(list.at(1).id, original);
    QCOMPARE(list.at(2).id, copyId);
    QCOMPARE(list.at(3).id, last);

    const QString secondCopy = store.duplicate(original);
    QCOMPARE(store.profile(secondCopy)->name, source.name + QStringLiteral(" (copy) (2)"));
    QVERIFY(store.duplicate(QStringLiteral("unknown")).isEmpty());

    store.sync();
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles(), store.profiles());
}

void TestProfileStore::removeForgetsViewStateAndLastUsed()
{
    ProfileStore store(iniPath());
    const QString keep = store.add(makeProfile(QStringLiteral("Keep")));
    const QString gone = store.add(makeProfile(QStringLiteral("Gone")));
    ProfileStore::ViewState state;
    state.currentUuid = QStringLiteral("model-uuid-1");
    state.sortColumn = 2;
    state.sortOrder = Qt::DescendingOrder;
    state.headerState = QByteArray("\x00\x01header", 8);
    store.setViewState(gone, state);
    store.setViewState(keep, state);
    store.setLastUsedId(gone);
    store.sync();
    QVERIFY(readFile(iniPath()).contains(gone.toUtf8()));

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QVERIFY(store.remove(gone));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.profile(gone).has_value());
    QCOMPARE(store.viewState(gone), ProfileStore::ViewState());
    QCOMPARE(store.lastUsedId(), QString());
    QCOMPARE(store.viewState(keep), state);
    QVERIFY(!store.remove(gone));
    QCOMPARE(changed.count(), 1);

    store.sync();
    // Nothing of the removed profile is left in the file.
    QVERIFY(!readFile(iniPath()).contains(gone.toUtf8()));
    QSettings raw(iniPath(), QSettings::IniFormat);
    QVERIFY(!raw.childGroups().isEmpty());
    raw.beginGroup(QStringLiteral("views"));
    QCOMPARE(raw.childGroups(), QStringList{keep});
}

void TestProfileStore::lastUsedId()
{
    QString b;
    {
        ProfileStore store(iniPath());
        QCOMPARE(store.lastUsedId(), QString());
        store.add(makeProfile(QStringLiteral("A")));
        b = store.add(makeProfile(QStringLiteral("B")));
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.setLastUsedId(b);
        QCOMPARE(store.lastUsedId(), b);
        QCOMPARE(changed.count(), 1);
        store.setLastUsedId(b); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        store.setLastUsedId(QStringLiteral("unknown-id")); // ignored
        QCOMPARE(store.lastUsedId(), b);
        QCOMPARE(changed.count(), 1);
    }
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.lastUsedId(), b);
    reloaded.setLastUsedId(QString());
    QCOMPARE(reloaded.lastUsedId(), QString());
}

void TestProfileStore::viewStateRoundTrip()
{
    QString id;
    ProfileStore::ViewState state;
    state.currentUuid = QStringLiteral("b1c2d3e4-0000-4000-8000-000000000001");
    state.sortColumn = 3;
    state.sortOrder = Qt::DescendingOrder;
    QByteArray header;
    for (int i = 0; i < 256; ++i)
        header.append(char(i));
    state.headerState = header;
    {
        ProfileStore store(iniPath());
        id = store.add(makeProfile(QStringLiteral("Views")));
        QCOMPARE(store.viewState(id), ProfileStore::ViewState());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.setViewState(id, state);
        QCOMPARE(store.viewState(id), state);
        QCOMPARE(changed.count(), 0); // view state is not a profile change
        // Not stored for unknown profiles.
        store.setViewState(QStringLiteral("unknown"), state);
        QCOMPARE(store.viewState(QStringLiteral("unknown")), ProfileStore::ViewState());
    }
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.viewState(id), state);
    QCOMPARE(reloaded.fileName(), iniPath());
}

void TestProfileStore::profilesChangedOnEveryChange()
{
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const QString a = store.add(makeProfile(QStringLiteral("A")));
    QCOMPARE(changed.count(), 1);
    const QString b = store.add(makeProfile(QStringLiteral("B")));
    QCOMPARE(changed.count(), 2);
    Profile edited = *store.profile(a);
    edited.timeoutSeconds = 12;
    QVERIFY(store.update(edited));
    QCOMPARE(changed.count(), 3);
    QVERIFY(store.move(b, 0));
    QCOMPARE(changed.count(), 4);
    const QString c = store.duplicate(a);
    QCOMPARE(changed.count(), 5);
    store.setLastUsedId(c);
    QCOMPARE(changed.count(), 6);
    QVERIFY(store.remove(c));
    QCOMPARE(changed.count(), 7);
}

void TestProfileStore::validate_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("field"); // empty: valid

    const Profile good = makeProfile(QStringLiteral("Good"));
    QTest::newRow("valid api key") << good << QString();
    QTest::newRow("valid full") << fullProfile() << QString();

    Profile p = good;
    p.name = QStringLiteral("   ");
    QTest::newRow("blank name") << p << QStringLiteral("Name:");

    p = good;
    p.baseUrl = QUrl();
    QTest::newRow("no url") << p << QStringLiteral("Server URL:");
    p.baseUrl = QUrl(QStringLiteral("ftp://example.org"));
    QTest::newRow("ftp url") << p << QStringLiteral("Server URL:");
    p.baseUrl = QUrl(QStringLiteral("http://"));
    QTest::newRow("no host") << p << QStringLiteral("Server URL:");
    p.baseUrl = QUrl(QStringLiteral("example.org:5300"));
    QTest::newRow("no scheme") << p << QStringLiteral("Server URL:");
    p.baseUrl = QUrl(QStringLiteral("https://admin:hunter2@example.org"));
    QTest::newRow("credentials in url") << p << QStringLiteral("Server URL:");
    p.baseUrl = QUrl(QStringLiteral("https://example.org/?key=abc"));
    QTest::newRow("query in url") << p << QStringLiteral("Server URL:");

    p = good;
    p.authMode = Profile::AuthMode::UserLogin;
    QTest::newRow("login without e-mail") << p << QStringLiteral("User e-mail:");
    p.userEmail = QStringLiteral("me@example.org");
    QTest::newRow("login with e-mail") << p << QString();

    p = good;
    p.timeoutSeconds = 0;
    QTest::newRow("timeout 0") << p << QStringLiteral("Timeout:");
    p.timeoutSeconds = 3601;
    QTest::newRow("timeout 3601") << p << QStringLiteral("Timeout:");
    p.timeoutSeconds = 1;
    QTest::newRow("timeout 1") << p << QString();
    p.timeoutSeconds = 3600;
    QTest::newRow("timeout 3600") << p << QString();

    p = good;
    p.testTimeoutSeconds = 0;
    QTest::newRow("test timeout 0") << p << QStringLiteral("Test timeout:");
    p.testTimeoutSeconds = 100000;
    QTest::newRow("test timeout huge") << p << QStringLiteral("Test timeout:");

    p = good;
    p.pinnedCertificateSha256 = QStringLiteral("abcdef");
    QTest::newRow("pin too short") << p << QStringLiteral("Pinned certificate:");
    p.pinnedCertificateSha256 = QString(64, u'g');
    QTest::newRow("pin not hex") << p << QStringLiteral("Pinned certificate:");
    p.pinnedCertificateSha256 = QString(64, u'A');
    QTest::newRow("pin upper-case hex") << p << QString();

    p = good;
    p.color = QStringLiteral("red");
    QTest::newRow("bad colour") << p << QStringLiteral("Colour:");
}

void TestProfileStore::validate()
{
    QFETCH(Profile, profile);
    QFETCH(QString, field);
    const QString problems = profile.validate();
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    } else {
        QVERIFY2(problems.contains(field), qPrintable(problems));
        // One problem, one line, naming its field.
        QCOMPARE(problems.count(u'\n'), 0);
        QVERIFY(problems.startsWith(field));
    }
}

void TestProfileStore::environmentsAndColors()
{
    using Env = Profile::Environment;
    const QList<Env> all{Env::Development, Env::Staging, Env::Production, Env::Other};
    QCOMPARE(Profile::environmentKey(Env::Development), QStringLiteral("development"));
    QCOMPARE(Profile::environmentKey(Env::Staging), QStringLiteral("staging"));
    QCOMPARE(Profile::environmentKey(Env::Production), QStringLiteral("production"));
    QCOMPARE(Profile::environmentKey(Env::Other), QStringLiteral("other"));
    QStringList colors;
    for (const Env env : all) {
        QCOMPARE(Profile::environmentFromKey(Profile::environmentKey(env)), env);
        QVERIFY(!Profile::environmentName(env).isEmpty());
        const QString color = Profile::defaultColor(env);
        QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(color).hasMatch());
        colors << color;
    }
    colors.removeDuplicates();
    QCOMPARE(colors.size(), 4);
    QCOMPARE(Profile::environmentName(Env::Production), QStringLiteral("Production"));
    QCOMPARE(Profile::environmentFromKey(QStringLiteral("qa")), Env::Other);
    QCOMPARE(Profile::environmentFromKey(QString()), Env::Other);
    QCOMPARE(Profile::environmentFromKey(QStringLiteral("Production")), Env::Production);

    // Green, amber, red: the dominant channel says so.
    const auto channels = [](const QString &c) {
        return std::array<int, 3>{c.mid(1, 2).toInt(nullptr, 16), c.mid(3, 2).toInt(nullptr, 16),
                                  c.mid(5, 2).toInt(nullptr, 16)};
    };
    const auto dev = channels(Profile::defaultColor(Env::Development));
    QVERIFY(dev[1] > dev[0] && dev[1] > dev[2]);
    const auto staging = channels(Profile::defaultColor(Env::Staging));
    QVERIFY(staging[0] > staging[2] && staging[1] > staging[2]);
    const auto prod = channels(Profile::defaultColor(Env::Production));
    QVERIFY(prod[0] > prod[1] && prod[0] > prod[2]);

    Profile p = makeProfile(QStringLiteral("Colours"));
    p.environment = Env::Production;
    QVERIFY(p.isProduction());
    QCOMPARE(p.effectiveColor(), Profile::defaultColor(Env::Production));
    p.color = QStringLiteral("#010203");
    QCOMPARE(p.effectiveColor(), QStringLiteral("#010203"));
}

void TestProfileStore::connectionSettingsHaveNoSecret()
{
    Profile p = fullProfile();
    lb::ConnectionSettings s = p.connectionSettings();
    QCOMPARE(s.baseUrl, p.baseUrl);
    QCOMPARE(s.authMode, lb::ConnectionSettings::AuthMode::Bearer);
    QVERIFY(s.secret.isEmpty());
    QCOMPARE(s.timeout, std::chrono::milliseconds(45'000));
    QCOMPARE(s.testTimeout, std::chrono::milliseconds(200'000));

    p.authMode = Profile::AuthMode::ApiKey;
    s = p.connectionSettings();
    QCOMPARE(s.authMode, lb::ConnectionSettings::AuthMode::ApiKey);
    QVERIFY(s.secret.isEmpty());
}

void TestProfileStore::damagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("names"); // what is loaded, in order

    QTest::newRow("empty file") << QByteArray() << QStringList();
    static const char junk[] = "\x00\xff\xfe[[[=\x01\n\x80\x81=\n[profiles]\n1\\baseUrl=\xc3\x28";
    QTest::newRow("binary junk") << QByteArray(junk, sizeof(junk) - 1) << QStringList();
    QTest::newRow("foreign ini") << QByteArray("[General]\nprofiles=hello\nlastUsedId=@Variant(garbage)\n"
                                               "[Other]\nfoo=bar\n")
                                 << QStringList();
    QTest::newRow("size is not a number")
        << QByteArray("[profiles]\nsize=banana\n1\\name=One\n1\\baseUrl=http://one.example\n")
        << QStringList{QStringLiteral("One")};
    QTest::newRow("half-written array") << QByteArray("[profiles]\nsize=3\n1\\name=One\n1\\baseUrl=http://one.example\n"
                                                      "2\\name=Two\n2\\baseUrl=http://two.example\n2\\timeoutSeconds=")
                                        << QStringList{QStringLiteral("One"), QStringLiteral("Two")};
    QTest::newRow("negative size, gaps") << QByteArray(
        "[profiles]\nsize=-7\n5\\name=Five\n5\\baseUrl=http://five.example\n"
        "x\\name=NotAnIndex\nx\\baseUrl=http://x.example\n"
        "2\\name=Two\n2\\baseUrl=http://two.example\n")
                                         << QStringList{QStringLiteral("Two"), QStringLiteral("Five")};
    QTest::newRow("names collide or are missing")
        << QByteArray("[profiles]\nsize=3\n1\\name=Same\n1\\baseUrl=http://a.example\n"
                      "2\\name=SAME\n2\\baseUrl=http://b.example\n3\\baseUrl=http://c.example\n")
        << QStringList{QStringLiteral("Same"), QStringLiteral("SAME (2)"), QStringLiteral("Profile 3")};
    QTest::newRow("index with spaces beside the real one (fuzz finding)")
        << QByteArray("[profiles]\n1\\name=One\n1\\baseUrl=http://one.example\n"
                      "%201\\name=Shadow\n%201\\baseUrl=http://shadow.example\n"
                      "%0A2\\name=Newline\n%0A2\\baseUrl=http://newline.example\n")
        << QStringList{QStringLiteral("One")};
    QTest::newRow("unquoted comma in a name")
        << QByteArray("[profiles]\nsize=1\n1\\name=Acme, EU\n1\\baseUrl=http://a.example\n")
        << QStringList{QStringLiteral("Acme, EU")};
}

void TestProfileStore::damagedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, names);
    writeFile(iniPath(), content);

    // Warnings about damaged entries (ours, and QSettings' own about values it
    // cannot decode) are expected here.
    ProfileStore store(iniPath());
    QStringList loaded;
    for (const Profile &p : store.profiles()) {
        loaded << p.name;
        QVERIFY(isUuidWithoutBraces(p.id));
        QCOMPARE(p.timeoutSeconds, 30);
        QCOMPARE(p.testTimeoutSeconds, 130);
    }
    QCOMPARE(loaded, names);
    QCOMPARE(store.lastUsedId(), QString());

    // The store stays usable and writes a clean file.
    const QString id = store.add(makeProfile(QStringLiteral("Fresh")));
    QVERIFY(!id.isEmpty());
    store.setLastUsedId(id);
    store.sync();
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles(), store.profiles());
    QCOMPARE(reloaded.lastUsedId(), id);
}

void TestProfileStore::unparsableUrlIsSkippedWithWarning()
{
    writeFile(iniPath(),
              "[profiles]\nsize=4\n"
              "1\\id=11111111-2222-4333-8444-555555555555\n1\\name=Good\n1\\baseUrl=https://good.example:5300/lb\n"
              "1\\timeoutSeconds=abc\n1\\testTimeoutSeconds=-5\n1\\environment=qa\n1\\authMode=oauth\n"
              "1\\color=red\n1\\pinnedCertificateSha256=xyz\n1\\userEmail=a@b.example\n"
              "2\\id=22222222-2222-4333-8444-555555555555\n2\\name=Broken\n2\\baseUrl=\"http://exa mple.org:99999\"\n"
              "3\\id=11111111-2222-4333-8444-555555555555\n3\\name=Same id\n3\\baseUrl=http://same.example\n"
              "3\\environment=PRODUCTION\n3\\authMode=user-login\n"
              "4\\id={33333333-2222-4333-8444-555555555555}\n4\\name=No scheme\n4\\baseUrl=mailto:x@y.example\n"
              "[views]\n22222222-2222-4333-8444-555555555555\\sortColumn=zzz\n");

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("Profile entry #1 \"Good\" has an unknown authMode")));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("Profile entry #1 \"Good\" has an invalid pinned")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Skipping profile entry #2 \"Broken\"")));
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("Profile entry #3 \"Same id\" has a missing, invalid or repeated id")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Skipping profile entry #4 \"No scheme\"")));
    ProfileStore store(iniPath());

    const QList<Profile> list = store.profiles();
    QCOMPARE(list.size(), 2);
    const Profile &good = list.at(0);
    QCOMPARE(good.id, QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QCOMPARE(good.name, QStringLiteral("Good"));
    QCOMPARE(good.baseUrl, QUrl(QStringLiteral("https://good.example:5300/lb")));
    QCOMPARE(good.timeoutSeconds, 30);
    QCOMPARE(good.testTimeoutSeconds, 130);
    QCOMPARE(good.environment, Profile::Environment::Other);
    QCOMPARE(good.authMode, Profile::AuthMode::ApiKey);
    QCOMPARE(good.color, QString());
    QCOMPARE(good.pinnedCertificateSha256, QString());
    QCOMPARE(good.userEmail, QStringLiteral("a@b.example"));

    const Profile &same = list.at(1);
    QVERIFY(isUuidWithoutBraces(same.id));
    QVERIFY(same.id != good.id);
    QCOMPARE(same.environment, Profile::Environment::Production);
    QCOMPARE(same.authMode, Profile::AuthMode::UserLogin);

    // View state of a skipped entry is not offered; bad numbers give defaults.
    QCOMPARE(store.viewState(QStringLiteral("22222222-2222-4333-8444-555555555555")), ProfileStore::ViewState());
}

void TestProfileStore::secretScan()
{
    const QString apiKeyCanary = QStringLiteral("sk-SECRET-canary-1234");
    const QString passwordCanary = QStringLiteral("pw-CANARY-hunter2-5678");
    const QString urlCanary = QStringLiteral("urlpw-CANARY-9012");
    const QStringList canaries{apiKeyCanary, passwordCanary, urlCanary};

    CredentialStore credentials(QStringLiteral("org.langbot.console.tst_profilestore"));
    {
        ProfileStore fileStore(iniPath());
        ProfileStore defaultStore; // the test-mode config location

        for (ProfileStore *store : {&fileStore, &defaultStore}) {
            Profile apiKeyProfile = makeProfile(QStringLiteral("Canary API key profile"));
            apiKeyProfile.environment = Profile::Environment::Production;
            const QString apiKeyId = store->add(apiKeyProfile);
            QVERIFY(!apiKeyId.isEmpty());

            Profile login = fullProfile();
            login.name = QStringLiteral("Canary login profile");
            const QString loginId = store->add(login);
            QVERIFY(!loginId.isEmpty());

            credentials.keepForSession(apiKeyId, CredentialStore::Kind::ApiKey, apiKeyCanary);
            credentials.keepForSession(loginId, CredentialStore::Kind::Password, passwordCanary);
            QVERIFY(credentials.hasSessionSecret(apiKeyId, CredentialStore::Kind::ApiKey));

            // A secret typed into the URL is refused, not stored.
            Profile sneaky = *store->profile(apiKeyId);
            sneaky.baseUrl
                = QUrl(QStringLiteral("https://admin:%1@example.org/?api_key=%2").arg(urlCanary, apiKeyCanary));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Profile not updated:.*Server URL")));
            QVERIFY(!store->update(sneaky));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Profile not added:.*Server URL")));
            QVERIFY(store->add(sneaky).isEmpty());

            store->setLastUsedId(loginId);
            ProfileStore::ViewState state;
            state.currentUuid = QStringLiteral("model-1");
            state.sortColumn = 1;
            state.headerState = QByteArrayLiteral("header-bytes");
            store->setViewState(loginId, state);
            QVERIFY(!store->duplicate(loginId).isEmpty());

            // The secrets are live in memory meanwhile.
            CredentialRequest *request = credentials.read(apiKeyId, CredentialStore::Kind::ApiKey);
            QSignalSpy finished(request, &CredentialRequest::finished);
            QVERIFY(finished.wait(5000));
            QCOMPARE(request->result().status, CredentialRequest::Status::Ok);
            QCOMPARE(request->result().secret, apiKeyCanary);
            QVERIFY(!request->result().message.contains(apiKeyCanary));
            QVERIFY(store->profile(apiKeyId)->connectionSettings().secret.isEmpty());

            store->sync();
        }
        QVERIFY(QFile::exists(fileStore.fileName()));
        QVERIFY(QFile::exists(defaultStore.fileName()));
        QVERIFY(defaultStore.fileName().startsWith(m_testConfigDir));
    }

    // Every file in both places, recursively, in the encodings a secret could take.
    QStringList files = filesUnder(m_dir->path()) + filesUnder(m_testConfigDir);
    QVERIFY(files.contains(iniPath()));
    int profileFiles = 0;
    for (const QString &file : std::as_const(files)) {
        const QByteArray bytes = readFile(file);
        if (bytes.contains("Canary login profile"))
            ++profileFiles;
        for (const QString &canary : canaries) {
            for (const QByteArray &form :
                 {canary.toUtf8(), canary.toUtf8().toPercentEncoding(), canary.toUtf8().toBase64(),
                  QByteArray(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2)}) {
                QVERIFY2(!bytes.contains(form), qPrintable(QStringLiteral("secret found in %1").arg(file)));
            }
        }
    }
    // The scan really read the files the stores wrote.
    QCOMPARE(profileFiles, 2);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
