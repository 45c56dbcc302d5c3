// Profiles to and from a file: export → import round trip without secrets
// (the exported file is scanned for a known key), bad documents show their
// path-named problems and change nothing, names the list has already are
// skipped unless the user chooses Replace or Add as copy, replacing a
// production profile asks to type its name, and a Replace that moves a
// profile to another server forgets its stored secret.

#include "transfer/ProfilesTransfer.h"
#include "widgets/MessageBox.h"

#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace lb;
using lb::gui::MessageBox;
using lb::gui::ProfilesImportDialog;
namespace ProfilesTransfer = lb::gui::ProfilesTransfer;
using Action = ProfilesImportDialog::Action;

namespace {

Profile profile(const QString &name, const QString &url, Profile::Environment env = Profile::Environment::Staging)
{
    Profile p;
    p.name = name;
    p.baseUrl = QUrl(url);
    p.environment = env;
    return p;
}

const QString kSecret = QStringLiteral("lbk_known-secret-4711");

} // namespace

class TestProfilesTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripWithoutSecrets();
    void badDocumentsChangeNothing_data();
    void badDocumentsChangeNothing();
    void existingNamesAreSkippedUnlessChosen();
    void replacingProductionNeedsTypedName();
    void replaceToAnotherServerForgetsTheSecret();
    void accessibleActionField();

private:
    QString exportSource();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_source;
    std::unique_ptr<ProfileStore> m_target;
    std::unique_ptr<CredentialStore> m_credentials;
};

void TestProfilesTransfer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfilesTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("source.ini")));
    m_target = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("target.ini")));
    m_credentials = std::make_unique<CredentialStore>(
        QStringLiteral("langbot-console-test-transfer-%1").arg(QCoreApplication::applicationPid()));
    MessageBox::setNextTypedAnswer(std::nullopt);
}

void TestProfilesTransfer::cleanup()
{
    m_credentials.reset();
    m_target.reset();
    m_source.reset();
    m_dir.reset();
}

QString TestProfilesTransfer::exportSource()
{
    Profile prod = profile(QStringLiteral("Acme Production"), QStringLiteral("https://lb.acme.example/lb"),
                           Profile::Environment::Production);
    prod.authMode = Profile::AuthMode::UserLogin;
    prod.userEmail = QStringLiteral("ops@acme.example");
    prod.timeoutSeconds = 45;
    prod.pinnedCertificateSha256 = QString(64, QLatin1Char('a'));
    const QString prodId = m_source->add(prod);
    const QString stagingId = m_source->add(profile(QStringLiteral("Staging"), QStringLiteral("http://10.0.0.5:5300")));
    Profile dev
        = profile(QStringLiteral("Laptop"), QStringLiteral("http://127.0.0.1:5300"), Profile::Environment::Development);
    dev.color = QStringLiteral("#336699");
    m_source->add(dev);
    // Secrets the console knows for these profiles: never in the file.
    m_credentials->keepForSession(prodId, CredentialStore::Kind::Password, kSecret);
    m_credentials->keepForSession(stagingId, CredentialStore::Kind::ApiKey, kSecret + QStringLiteral("-api"));

    const QString path = m_dir->filePath(QStringLiteral("profiles.json"));
    QString error;
    int count = 0;
    if (!ProfilesTransfer::exportTo(m_source.get(), path, &error, &count))
        qWarning() << error;
    return count == 3 ? path : QString();
}

void TestProfilesTransfer::roundTripWithoutSecrets()
{
    const QString path = exportSource();
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"format\": \"langbot-console/profiles\""));
    QVERIFY2(!bytes.contains(kSecret.toUtf8()), "a secret was exported");
    QVERIFY(!bytes.contains("lbk_"));
    for (const Profile &p : m_source->profiles())
        QVERIFY2(!bytes.contains(p.id.toUtf8()), "a local profile id was exported");

    ProfilesImportDialog dialog(m_target.get(), m_credentials.get());
    QVERIFY(dialog.openFile(path));
    QCOMPARE(dialog.rowCount(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(dialog.action(i), Action::Add);
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 3 Profiles"));
    QSignalSpy imported(&dialog, &ProfilesImportDialog::imported);
    QVERIFY(dialog.apply());
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.constFirst().at(0).toInt(), 3);

    const QList<Profile> before = m_source->profiles();
    const QList<Profile> after = m_target->profiles();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        Profile expected = before.at(i);
        expected.id = after.at(i).id; // ids are local to one installation
        QCOMPARE(after.at(i), expected);
        QVERIFY(after.at(i).id != before.at(i).id);
        QCOMPARE(dialog.resultText(i), QStringLiteral("added"));
        // No secret came along.
        QVERIFY(!m_credentials->hasSessionSecret(after.at(i).id, CredentialStore::Kind::ApiKey));
        QVERIFY(!m_credentials->hasSessionSecret(after.at(i).id, CredentialStore::Kind::Password));
    }
    QVERIFY(!dialog.importButton()->isVisibleTo(&dialog));
}

void TestProfilesTransfer::badDocumentsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"langbot-console/profiles\",\n\"profiles\": [}")
                              << QStringLiteral("not JSON: line 2");
    QTest::newRow("models document") << QByteArray(R"({"format":"langbot-console/models","version":1,"models":[]})")
                                     << QStringLiteral("format: this is a \"langbot-console/models\" document");
    QTest::newRow("bad auth mode") << QByteArray(
        R"({"format":"langbot-console/profiles","version":1,"profiles":[{"name":"x","server_url":"https://x.example","auth_mode":"magic"}]})")
                                   << QStringLiteral("profiles[0].auth_mode: expected \"api-key\" or \"user-login\", "
                                                     "got \"magic\"");
    QTest::newRow("wrong type") << QByteArray(
        R"({"format":"langbot-console/profiles","version":1,"profiles":[{"name":"x","server_url":"https://x.example","timeout_seconds":"slow"}]})")
                                << QStringLiteral("profiles[0].timeout_seconds");
}

void TestProfilesTransfer::badDocumentsChangeNothing()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    m_target->add(profile(QStringLiteral("Existing"), QStringLiteral("https://e.example")));
    const QList<Profile> before = m_target->profiles();
    ProfilesImportDialog dialog(m_target.get(), m_credentials.get());
    QVERIFY(!dialog.openDocument(document, QStringLiteral("bad.json")));
    QVERIFY(!dialog.isValid());
    QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QLatin1String("Nothing was changed")));
    auto *list = dialog.findChild<QPlainTextEdit *>(QStringLiteral("profilesImportErrors"));
    QVERIFY(list && list->toPlainText().contains(message));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.apply());
    QCOMPARE(m_target->profiles(), before);
}

void TestProfilesTransfer::existingNamesAreSkippedUnlessChosen()
{
    const QString path = exportSource();
    // The target list has "Staging" (other settings) and "Laptop" (the same).
    const QString stagingId = m_target->add(profile(QStringLiteral("staging"), QStringLiteral("http://old.example")));
    Profile laptop = *m_source->profileByName(QStringLiteral("Laptop"));
    laptop.id.clear();
    m_target->add(laptop);

    ProfilesImportDialog dialog(m_target.get(), m_credentials.get());
    QVERIFY(dialog.openFile(path));
    auto rowOf = [&](const QString &name) {
        for (int i = 0; i < dialog.rowCount(); ++i) {
            if (dialog.profileAt(i).name == name)
                return i;
        }
        return -1;
    };
    const int prod = rowOf(QStringLiteral("Acme Production"));
    const int staging = rowOf(QStringLiteral("Staging"));
    const int lap = rowOf(QStringLiteral("Laptop"));
    QCOMPARE(dialog.action(prod), Action::Add);
    QCOMPARE(dialog.action(staging), Action::Skip);
    QVERIFY(dialog.noteText(staging).contains(QLatin1String("other settings")));
    QCOMPARE(dialog.action(lap), Action::Skip);
    QVERIFY(dialog.noteText(lap).contains(QLatin1String("same settings")));
    QCOMPARE(dialog.allowedActions(staging), (QList<Action>{Action::Replace, Action::AddAsCopy, Action::Skip}));
    QVERIFY(!dialog.setAction(staging, Action::Add));  // the name is taken
    QVERIFY(!dialog.setAction(prod, Action::Replace)); // nothing to replace

    // Laptop: add as a copy; Staging: replace (same id, the file's settings).
    QVERIFY(dialog.setAction(lap, Action::AddAsCopy));
    QVERIFY(dialog.noteText(lap).contains(QLatin1String("Laptop (2)")));
    QVERIFY(dialog.setAction(staging, Action::Replace));
    QVERIFY(dialog.apply());
    QCOMPARE(m_target->profiles().size(), 4);
    const Profile replaced = *m_target->profile(stagingId);
    QCOMPARE(replaced.baseUrl, QUrl(QStringLiteral("http://10.0.0.5:5300")));
    QCOMPARE(replaced.name, QStringLiteral("staging")); // the list's spelling stays
    QVERIFY(m_target->profileByName(QStringLiteral("Laptop (2)")).has_value());
    QCOMPARE(dialog.resultText(lap), QStringLiteral("added as “Laptop (2)”"));
    QVERIFY(dialog.resultText(staging).startsWith(QLatin1String("replaced")));
    QCOMPARE(dialog.resultText(prod), QStringLiteral("added"));
    QVERIFY(!dialog.setAction(prod, Action::Skip)); // applied: no more changes
}

void TestProfilesTransfer::replacingProductionNeedsTypedName()
{
    const QString path = exportSource();
    Profile prod = profile(QStringLiteral("Acme Production"), QStringLiteral("https://lb.acme.example/lb"),
                           Profile::Environment::Production);
    const QString id = m_target->add(prod);
    const QList<Profile> before = m_target->profiles();

    ProfilesImportDialog dialog(m_target.get(), m_credentials.get());
    QVERIFY(dialog.openFile(path));
    int row = -1;
    for (int i = 0; i < dialog.rowCount(); ++i)
        row = dialog.profileAt(i).name == prod.name ? i : row;
    QVERIFY(dialog.setAction(row, Action::Replace));
    QVERIFY(dialog.noteText(row).contains(QLatin1String("type its name")));

    // A wrong name: nothing at all is written (not even the other rows).
    MessageBox::setNextTypedAnswer(QStringLiteral("Acme"));
    QVERIFY(!dialog.apply());
    QVERIFY(!dialog.isApplied());
    QCOMPARE(m_target->profiles(), before);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("production profile")));

    MessageBox::setNextTypedAnswer(prod.name);
    QVERIFY(dialog.apply());
    QCOMPARE(m_target->profile(id)->authMode, Profile::AuthMode::UserLogin);
    QCOMPARE(m_target->profile(id)->timeoutSeconds, 45);
    QCOMPARE(m_target->profiles().size(), 3);
}

void TestProfilesTransfer::replaceToAnotherServerForgetsTheSecret()
{
    const QString path = exportSource();
    // "Staging" in the target list points elsewhere and has a secret.
    const QString id = m_target->add(profile(QStringLiteral("Staging"), QStringLiteral("http://old.example")));
    m_credentials->keepForSession(id, CredentialStore::Kind::ApiKey, QStringLiteral("old-secret"));
    // "Laptop" keeps its server: its secret stays.
    Profile laptop
        = profile(QStringLiteral("Laptop"), QStringLiteral("http://127.0.0.1:5300"), Profile::Environment::Other);
    const QString laptopId = m_target->add(laptop);
    m_credentials->keepForSession(laptopId, CredentialStore::Kind::ApiKey, QStringLiteral("laptop-secret"));

    ProfilesImportDialog dialog(m_target.get(), m_credentials.get());
    QVERIFY(dialog.openFile(path));
    for (int i = 0; i < dialog.rowCount(); ++i) {
        if (dialog.profileAt(i).name == QLatin1String("Staging")) {
            QVERIFY(dialog.setAction(i, Action::Replace));
            QVERIFY(dialog.noteText(i).contains(QLatin1String("forgotten")));
        } else if (dialog.profileAt(i).name == QLatin1String("Laptop")) {
            QVERIFY(dialog.setAction(i, Action::Replace));
            QVERIFY(!dialog.noteText(i).contains(QLatin1String("forgotten")));
        }
    }
    QVERIFY(dialog.apply());
    QVERIFY(!m_credentials->hasSessionSecret(id, CredentialStore::Kind::ApiKey));
    QVERIFY(m_credentials->hasSessionSecret(laptopId, CredentialStore::Kind::ApiKey));
    QCOMPARE(m_target->profile(laptopId)->environment, Profile::Environment::Development);
}

void TestProfilesTransfer::accessibleActionField()
{
    const QString path = exportSource();
    ProfilesImportDialog dialog(m_target.get(), m_credentials.get());
    QVERIFY(dialog.openFile(path));
    bool buddy = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        buddy |= label->buddy() == dialog.actionCombo();
    QVERIFY(buddy);
    // The field acts on the selected row.
    m_target->add(profile(QStringLiteral("Staging"), QStringLiteral("http://x.example")));
    ProfilesImportDialog second(m_target.get(), m_credentials.get());
    QAbstractItemModelTester tester(second.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(second.openFile(path));
    int staging = -1;
    for (int i = 0; i < second.rowCount(); ++i)
        staging = second.profileAt(i).name == QLatin1String("Staging") ? i : staging;
    second.selectRow(staging);
    QComboBox *combo = second.actionCombo();
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(int(Action::Replace)));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(second.action(staging), Action::Replace);
    QCOMPARE(second.table()->topLevelItem(staging)->text(3), QStringLiteral("Replace"));
}

QTEST_MAIN(TestProfilesTransfer)
#include "tst_profilestransfer.moc"
