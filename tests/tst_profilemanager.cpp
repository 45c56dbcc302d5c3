// The profile manager dialog against a temporary profile file, a test
// keychain service and the fake LangBot server: creating a profile by typing
// (no secret in the file), validation, duplicate, reorder, delete (typed name
// for production), Check connection (version and model count, the exact
// error, cancel, an untrusted certificate), drafts across rows, a failing
// keychain and the session-only choice.

#include "FakeLangBotServer.h"
#include "profiles/ProfileManagerDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/TypedConfirmDialog.h"

#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

#include <memory>

using namespace lb;
using lb::demo::FakeLangBotServer;
using lb::gui::MessageBox;
using lb::gui::ProfileManagerDialog;
using lb::gui::TypedConfirmDialog;

namespace {

Profile makeProfile(const QString &name, const QUrl &url,
                    Profile::Environment environment = Profile::Environment::Development)
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = url;
    profile.environment = environment;
    return profile;
}

// The widgets of the dialog's form, found by their object names.
struct Form
{
    QListWidget *profileList = nullptr;
    QLabel *listLabel = nullptr;
    QLabel *nameLabel = nullptr;
    QLabel *urlLabel = nullptr;
    QLabel *authLabel = nullptr;
    QLabel *emailLabel = nullptr;
    QLabel *secretLabel = nullptr;
    QLabel *environmentLabel = nullptr;
    QLabel *timeoutLabel = nullptr;
    QLabel *testTimeoutLabel = nullptr;
    QLabel *certificateLabel = nullptr;
    QLabel *problemLabel = nullptr;
    QLabel *keychainProblemLabel = nullptr;
    QLineEdit *nameEdit = nullptr;
    QLineEdit *urlEdit = nullptr;
    QLineEdit *emailEdit = nullptr;
    QLineEdit *secretEdit = nullptr;
    QLineEdit *certificateEdit = nullptr;
    QComboBox *authCombo = nullptr;
    QComboBox *environmentCombo = nullptr;
    QSpinBox *timeoutSpin = nullptr;
    QSpinBox *testTimeoutSpin = nullptr;
    QToolButton *addButton = nullptr;
    QToolButton *duplicateButton = nullptr;
    QToolButton *deleteButton = nullptr;
    QToolButton *moveUpButton = nullptr;
    QToolButton *moveDownButton = nullptr;
    QPushButton *checkButton = nullptr;
    QPushButton *cancelCheckButton = nullptr;
    QPushButton *trustButton = nullptr;
    QPushButton *forgetCertificateButton = nullptr;
    QPushButton *keepForSessionButton = nullptr;
    QPushButton *retryKeychainButton = nullptr;
    QPushButton *saveButton = nullptr;
    QPushButton *revertButton = nullptr;
    QPushButton *demoButton = nullptr;
    QPushButton *openButton = nullptr;
    QPushButton *closeButton = nullptr;
    QProgressBar *checkProgress = nullptr;
    QFrame *keychainProblemFrame = nullptr;
    QFormLayout *formLayout = nullptr;
};

Form formOf(const ProfileManagerDialog *dialog)
{
    Form form;
    form.profileList = dialog->findChild<QListWidget *>(QStringLiteral("profileList"));
    form.listLabel = dialog->findChild<QLabel *>(QStringLiteral("listLabel"));
    form.nameLabel = dialog->findChild<QLabel *>(QStringLiteral("nameLabel"));
    form.urlLabel = dialog->findChild<QLabel *>(QStringLiteral("urlLabel"));
    form.authLabel = dialog->findChild<QLabel *>(QStringLiteral("authLabel"));
    form.emailLabel = dialog->findChild<QLabel *>(QStringLiteral("emailLabel"));
    form.secretLabel = dialog->findChild<QLabel *>(QStringLiteral("secretLabel"));
    form.environmentLabel = dialog->findChild<QLabel *>(QStringLiteral("environmentLabel"));
    form.timeoutLabel = dialog->findChild<QLabel *>(QStringLiteral("timeoutLabel"));
    form.testTimeoutLabel = dialog->findChild<QLabel *>(QStringLiteral("testTimeoutLabel"));
    form.certificateLabel = dialog->findChild<QLabel *>(QStringLiteral("certificateLabel"));
    form.problemLabel = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    form.keychainProblemLabel = dialog->findChild<QLabel *>(QStringLiteral("keychainProblemLabel"));
    form.nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    form.urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    form.emailEdit = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    form.secretEdit = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    form.certificateEdit = dialog->findChild<QLineEdit *>(QStringLiteral("certificateEdit"));
    form.authCombo = dialog->findChild<QComboBox *>(QStringLiteral("authCombo"));
    form.environmentCombo = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    form.timeoutSpin = dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"));
    form.testTimeoutSpin = dialog->findChild<QSpinBox *>(QStringLiteral("testTimeoutSpin"));
    form.addButton = dialog->findChild<QToolButton *>(QStringLiteral("addButton"));
    form.duplicateButton = dialog->findChild<QToolButton *>(QStringLiteral("duplicateButton"));
    form.deleteButton = dialog->findChild<QToolButton *>(QStringLiteral("deleteButton"));
    form.moveUpButton = dialog->findChild<QToolButton *>(QStringLiteral("moveUpButton"));
    form.moveDownButton = dialog->findChild<QToolButton *>(QStringLiteral("moveDownButton"));
    form.checkButton = dialog->findChild<QPushButton *>(QStringLiteral("checkButton"));
    form.cancelCheckButton = dialog->findChild<QPushButton *>(QStringLiteral("cancelCheckButton"));
    form.trustButton = dialog->findChild<QPushButton *>(QStringLiteral("trustButton"));
    form.forgetCertificateButton = dialog->findChild<QPushButton *>(QStringLiteral("forgetCertificateButton"));
    form.keepForSessionButton = dialog->findChild<QPushButton *>(QStringLiteral("keepForSessionButton"));
    form.retryKeychainButton = dialog->findChild<QPushButton *>(QStringLiteral("retryKeychainButton"));
    form.saveButton = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    form.revertButton = dialog->findChild<QPushButton *>(QStringLiteral("revertButton"));
    form.demoButton = dialog->findChild<QPushButton *>(QStringLiteral("demoButton"));
    form.openButton = dialog->findChild<QPushButton *>(QStringLiteral("openButton"));
    form.closeButton = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
    form.checkProgress = dialog->findChild<QProgressBar *>(QStringLiteral("checkProgress"));
    form.keychainProblemFrame = dialog->findChild<QFrame *>(QStringLiteral("keychainProblemFrame"));
    form.formLayout = dialog->findChild<QFormLayout *>(QStringLiteral("formLayout"));
    return form;
}

} // namespace

class TestProfileManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createProfileByTyping();
    void fieldsHaveBuddiesAndSecretIsMasked();
    void validationDisablesSaveWithTheReason();
    void duplicateCopiesWithoutSecrets();
    void reorderMovesInTheStore();
    void deleteAsksFirst();
    void deleteProductionNeedsTheTypedName();
    void typedConfirmDialogEnablesOnlyOnMatch();
    void checkConnectionShowsVersionAndModelCount();
    void checkConnectionShowsTheExactError();
    void checkConnectionCanBeCancelled();
    void untrustedCertificateCanBePinned();
    void draftsSurviveSwitchingRows();
    void closingWithUnsavedChangesAsks();
    void keychainFailureOffersSessionOnly();
    void emptySecretKeepsTheStoredOne();
    void demoButtonClosesWithRequest();
    void grabsToPng();

private:
    std::unique_ptr<ProfileManagerDialog> openDialog();
    // Clicks Save and waits until the secret (if any) is stored or refused.
    bool saveAndSettle(ProfileManagerDialog *dialog);
    bool runCheck(ProfileManagerDialog *dialog);
    int rowOf(ProfileManagerDialog *dialog, const QString &name) const;
    void selectRow(ProfileManagerDialog *dialog, int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<FakeLangBotServer> m_server;
    QString m_iniFile;
};

void TestProfileManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_iniFile = m_dir->filePath(QStringLiteral("profiles.ini"));
    m_store = std::make_unique<ProfileStore>(m_iniFile);
    // A service of its own per run: nothing of the user's keychain is touched.
    m_credentials = std::make_unique<CredentialStore>(
        QStringLiteral("langbot-console-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_credentials->setTimeout(std::chrono::seconds(5));
    m_server = std::make_unique<FakeLangBotServer>();
    m_server->loadDemoData();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    MessageBox::setNextTypedAnswer(std::nullopt);
}

void TestProfileManager::cleanup()
{
    if (m_store && m_credentials) {
        const QList<Profile> profiles = m_store->profiles();
        for (const Profile &profile : profiles)
            m_credentials->removeAll(profile.id);
        QTest::qWait(50);
    }
    m_server.reset();
    m_credentials.reset();
    m_store.reset();
    m_dir.reset();
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    MessageBox::setNextTypedAnswer(std::nullopt);
}

std::unique_ptr<ProfileManagerDialog> TestProfileManager::openDialog()
{
    auto dialog = std::make_unique<ProfileManagerDialog>(m_store.get(), m_credentials.get());
    dialog->show();
    return dialog;
}

bool TestProfileManager::saveAndSettle(ProfileManagerDialog *dialog)
{
    if (!dialog->saveButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    return QTest::qWaitFor([dialog] { return !dialog->isStoringSecret(); }, 10000);
}

bool TestProfileManager::runCheck(ProfileManagerDialog *dialog)
{
    QSignalSpy finished(dialog, &ProfileManagerDialog::checkFinished);
    QTest::mouseClick(formOf(dialog).checkButton, Qt::LeftButton);
    return finished.count() > 0 || finished.wait(10000);
}

int TestProfileManager::rowOf(ProfileManagerDialog *dialog, const QString &name) const
{
    QListWidget *list = formOf(dialog).profileList;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == name)
            return row;
    }
    return -1;
}

void TestProfileManager::selectRow(ProfileManagerDialog *dialog, int row)
{
    QListWidget *list = formOf(dialog).profileList;
    list->setCurrentRow(row);
    QCOMPARE(list->currentRow(), row);
}

// --- creating ----------------------------------------------------------------------

void TestProfileManager::createProfileByTyping()
{
    QVERIFY(m_store->isEmpty());
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    // An empty store: a new profile is ready to fill in, Save waits for it.
    QCOMPARE(dialog->entryCount(), 1);
    QVERIFY(dialog->currentProfileId().isEmpty());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->hasUnsavedChanges()); // an untouched new profile is nothing to lose

    const QString secret = QStringLiteral("lbk_typed_secret_9f3a61c2");
    QTest::keyClicks(ui->nameEdit, QStringLiteral("Acme staging"));
    QTest::keyClicks(ui->urlEdit, m_server->url().toString() + QStringLiteral("/langbot/"));
    ui->environmentCombo->setCurrentIndex(ui->environmentCombo->findData(int(Profile::Environment::Staging)));
    ui->timeoutSpin->setValue(45);
    QTest::keyClicks(ui->secretEdit, secret);
    QVERIFY(dialog->hasUnsavedChanges());
    QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(saveAndSettle(dialog.get()));

    // In the store with the fields typed, the URL normalised.
    const QList<Profile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 1);
    const Profile saved = profiles.first();
    QCOMPARE(saved.name, QStringLiteral("Acme staging"));
    QCOMPARE(saved.baseUrl.toString(), m_server->url().toString() + QStringLiteral("/langbot"));
    QCOMPARE(saved.environment, Profile::Environment::Staging);
    QCOMPARE(saved.authMode, Profile::AuthMode::ApiKey);
    QCOMPARE(saved.timeoutSeconds, 45);
    QCOMPARE(dialog->currentProfileId(), saved.id);

    // The secret is in the keychain — or, without one, the dialog says so and
    // offers to keep it for the session; never anywhere else.
    if (dialog->isOfferingSessionOnly()) {
        QTest::mouseClick(ui->keepForSessionButton, Qt::LeftButton);
        QVERIFY(m_credentials->hasSessionSecret(saved.id, CredentialStore::Kind::ApiKey));
    } else {
        CredentialRequest *read = m_credentials->read(saved.id, CredentialStore::Kind::ApiKey);
        QSignalSpy done(read, &CredentialRequest::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(read->result().status, CredentialRequest::Status::Ok);
        QCOMPARE(read->result().secret, secret);
        QVERIFY2(dialog->secretStateText().contains(QStringLiteral("Stored in the keychain")),
                 qPrintable(dialog->secretStateText()));
    }
    QVERIFY(ui->secretEdit->text().isEmpty());
    QVERIFY(!dialog->hasUnsavedChanges());
    QVERIFY(!dialog->saveButton()->isEnabled());

    // No trace of the secret in the profile file.
    m_store->sync();
    QFile file(m_iniFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Acme staging"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains("9f3a61c2"));
    // Nor in what people read.
    QVERIFY(!dialog->windowTitle().contains(secret));
    QVERIFY(!dialog->secretStateText().contains(secret));
    QVERIFY(!ui->profileList->item(0)->toolTip().contains(secret));
}

void TestProfileManager::fieldsHaveBuddiesAndSecretIsMasked()
{
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    const QList<QPair<QLabel *, QWidget *>> buddies{
        {ui->listLabel, ui->profileList},
        {ui->nameLabel, ui->nameEdit},
        {ui->urlLabel, ui->urlEdit},
        {ui->authLabel, ui->authCombo},
        {ui->emailLabel, ui->emailEdit},
        {ui->secretLabel, ui->secretEdit},
        {ui->environmentLabel, ui->environmentCombo},
        {ui->timeoutLabel, ui->timeoutSpin},
        {ui->testTimeoutLabel, ui->testTimeoutSpin},
        {ui->certificateLabel, ui->certificateEdit},
    };
    for (const auto &[label, field] : buddies)
        QVERIFY2(label->buddy() == field, qPrintable(label->objectName()));

    // Masked until the explicit reveal; the stored state never reveals.
    QCOMPARE(ui->secretEdit->echoMode(), QLineEdit::Password);
    auto *reveal = dialog->findChild<QAction *>(QStringLiteral("revealSecretAction"));
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(ui->secretEdit->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(ui->secretEdit->echoMode(), QLineEdit::Password);

    // The e-mail field only for a user login; the secret label follows.
    QVERIFY(!ui->formLayout->isRowVisible(ui->emailEdit));
    QCOMPARE(ui->secretLabel->text(), QStringLiteral("API &key:"));
    ui->authCombo->setCurrentIndex(ui->authCombo->findData(int(Profile::AuthMode::UserLogin)));
    QVERIFY(ui->formLayout->isRowVisible(ui->emailEdit));
    QCOMPARE(ui->secretLabel->text(), QStringLiteral("Pass&word:"));

    // The keyboard: a sane tab order through the form.
    const auto nextTabStop = [](QWidget *from) {
        QWidget *next = from->nextInFocusChain();
        while (next != from && (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisible() || !next->isEnabled()))
            next = next->nextInFocusChain();
        return next;
    };
    QCOMPARE(nextTabStop(ui->profileList), static_cast<QWidget *>(ui->addButton));
    QCOMPARE(nextTabStop(ui->nameEdit), static_cast<QWidget *>(ui->urlEdit));
    QCOMPARE(nextTabStop(ui->urlEdit), static_cast<QWidget *>(ui->authCombo));
    QCOMPARE(nextTabStop(ui->authCombo), static_cast<QWidget *>(ui->emailEdit));
    QCOMPARE(nextTabStop(ui->emailEdit), static_cast<QWidget *>(ui->secretEdit));
    QCOMPARE(nextTabStop(ui->secretEdit), static_cast<QWidget *>(ui->environmentCombo));
    QVERIFY(!ui->addButton->defaultAction()->shortcut().isEmpty());
    QVERIFY(!ui->duplicateButton->defaultAction()->shortcut().isEmpty());

    // One persistent context menu on the list, with the list's actions.
    auto *menu = dialog->findChild<QMenu *>(QStringLiteral("profileListMenu"));
    QVERIFY(menu);
    QCOMPARE(ui->profileList->contextMenuPolicy(), Qt::CustomContextMenu);
    QVERIFY(menu->actions().contains(ui->duplicateButton->defaultAction()));
    QVERIFY(menu->actions().contains(ui->deleteButton->defaultAction()));
    QVERIFY(menu->actions().contains(ui->moveUpButton->defaultAction()));
}

void TestProfileManager::validationDisablesSaveWithTheReason()
{
    m_store->add(makeProfile(QStringLiteral("Existing"), m_server->url()));
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    dialog->addProfile();
    QVERIFY(dialog->currentProfileId().isEmpty());

    // Nothing typed: the name is asked for first.
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY2(dialog->problemText().startsWith(QStringLiteral("Name")), qPrintable(dialog->problemText()));

    QTest::keyClicks(ui->nameEdit, QStringLiteral("Second"));
    QVERIFY2(dialog->problemText().contains(QStringLiteral("Server URL")), qPrintable(dialog->problemText()));

    const QStringList bad{QStringLiteral("127.0.0.1:5300"), QStringLiteral("ftp://example.org"),
                          QStringLiteral("http://me:pw@example.org"), QStringLiteral("http://example.org/?a=1")};
    for (const QString &url : bad) {
        ui->urlEdit->clear();
        QTest::keyClicks(ui->urlEdit, url);
        QVERIFY2(!dialog->saveButton()->isEnabled(), qPrintable(url));
        const QString problem = dialog->problemText();
        QVERIFY2(!problem.isEmpty(), qPrintable(url));
        QCOMPARE(dialog->saveButton()->toolTip(), problem);
        QVERIFY(ui->problemLabel->isVisible());
        QVERIFY(!ui->checkButton->isEnabled());
    }
    ui->urlEdit->clear();
    QTest::keyClicks(ui->urlEdit, QStringLiteral("https://example.org/langbot"));
    QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(ui->checkButton->isEnabled());

    // A user login needs the e-mail address.
    ui->authCombo->setCurrentIndex(ui->authCombo->findData(int(Profile::AuthMode::UserLogin)));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("e-mail")), qPrintable(dialog->problemText()));
    QTest::keyClicks(ui->emailEdit, QStringLiteral("admin@example.com"));
    QVERIFY(dialog->saveButton()->isEnabled());

    // Names are unique, whatever the case.
    ui->nameEdit->clear();
    QTest::keyClicks(ui->nameEdit, QStringLiteral("existing"));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("Existing")), qPrintable(dialog->problemText()));
}

// --- the list ------------------------------------------------------------------------

void TestProfileManager::duplicateCopiesWithoutSecrets()
{
    Profile original = makeProfile(QStringLiteral("Acme"), m_server->url(), Profile::Environment::Staging);
    original.timeoutSeconds = 50;
    const QString id = m_store->add(original);
    m_credentials->keepForSession(id, CredentialStore::Kind::ApiKey, QStringLiteral("lbk_x"));

    auto dialog = openDialog();
    QAbstractItemModelTester tester(formOf(dialog.get()).profileList->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog->selectProfile(id));
    QTest::mouseClick(formOf(dialog.get()).duplicateButton, Qt::LeftButton);

    const QList<Profile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 2);
    const Profile copy = profiles.at(1);
    QVERIFY(copy.id != id);
    QVERIFY(copy.name != original.name);
    QVERIFY2(copy.name.startsWith(QStringLiteral("Acme")), qPrintable(copy.name));
    QCOMPARE(copy.baseUrl, original.baseUrl);
    QCOMPARE(copy.environment, Profile::Environment::Staging);
    QCOMPARE(copy.timeoutSeconds, 50);
    QCOMPARE(dialog->currentProfileId(), copy.id);
    QCOMPARE(formOf(dialog.get()).nameEdit->text(), copy.name);
    QVERIFY(!m_credentials->hasSessionSecret(copy.id, CredentialStore::Kind::ApiKey));
    QVERIFY2(dialog->secretStateText().contains(QStringLiteral("not copied")), qPrintable(dialog->secretStateText()));
}

void TestProfileManager::reorderMovesInTheStore()
{
    const QString a = m_store->add(makeProfile(QStringLiteral("A"), m_server->url()));
    const QString b = m_store->add(makeProfile(QStringLiteral("B"), m_server->url()));
    const QString c = m_store->add(makeProfile(QStringLiteral("C"), m_server->url()));
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    QAbstractItemModelTester tester(ui->profileList->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto order = [this] {
        QStringList ids;
        const QList<Profile> profiles = m_store->profiles();
        for (const Profile &profile : profiles)
            ids << profile.id;
        return ids;
    };

    QVERIFY(dialog->selectProfile(c));
    QVERIFY(!ui->moveDownButton->isEnabled());
    QTest::mouseClick(ui->moveUpButton, Qt::LeftButton);
    QCOMPARE(order(), (QStringList{a, c, b}));
    QTest::mouseClick(ui->moveUpButton, Qt::LeftButton);
    QCOMPARE(order(), (QStringList{c, a, b}));
    QCOMPARE(dialog->currentProfileId(), c);
    QVERIFY(!ui->moveUpButton->isEnabled());
    QCOMPARE(ui->profileList->item(0)->text(), QStringLiteral("C"));

    QTest::mouseClick(ui->moveDownButton, Qt::LeftButton);
    QCOMPARE(order(), (QStringList{a, c, b}));
    // By keyboard too.
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QTest::keySequence(dialog.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    QCOMPARE(order(), (QStringList{a, b, c}));
    QCOMPARE(ui->profileList->item(2)->text(), QStringLiteral("C"));
}

void TestProfileManager::deleteAsksFirst()
{
    const QString keep = m_store->add(makeProfile(QStringLiteral("Keep"), m_server->url()));
    const QString gone = m_store->add(makeProfile(QStringLiteral("Old lab"), m_server->url()));
    m_credentials->keepForSession(gone, CredentialStore::Kind::ApiKey, QStringLiteral("lbk_old"));
    auto dialog = openDialog();
    QVERIFY(dialog->selectProfile(gone));

    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::mouseClick(formOf(dialog.get()).deleteButton, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“Old lab”")), qPrintable(MessageBox::lastText()));
    // Del on the list asks the same.
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    formOf(dialog.get()).profileList->setFocus();
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    MessageBox::confirmDestructive(nullptr, {}, QStringLiteral("-"), {}); // clears lastText
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::keyClick(formOf(dialog.get()).profileList, Qt::Key_Delete);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“Old lab”")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_store->profile(gone));
    QVERIFY(m_credentials->hasSessionSecret(gone, CredentialStore::Kind::ApiKey));

    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QTest::mouseClick(formOf(dialog.get()).deleteButton, Qt::LeftButton);
    QVERIFY(!m_store->profile(gone));
    QVERIFY(m_store->profile(keep));
    // Its secrets went with it.
    QVERIFY(!m_credentials->hasSessionSecret(gone, CredentialStore::Kind::ApiKey));
    QCOMPARE(dialog->entryCount(), 1);
    QCOMPARE(dialog->currentProfileId(), keep);
}

void TestProfileManager::deleteProductionNeedsTheTypedName()
{
    const QString id = m_store->add(
        makeProfile(QStringLiteral("Acme production"), m_server->url(), Profile::Environment::Production));
    auto dialog = openDialog();
    QVERIFY(dialog->selectProfile(id));

    // A yes/no answer is not enough for production: the name is typed.
    MessageBox::setNextTypedAnswer(QStringLiteral("acme production"));
    QTest::mouseClick(formOf(dialog.get()).deleteButton, Qt::LeftButton);
    QVERIFY(m_store->profile(id));
    MessageBox::setNextTypedAnswer(QStringLiteral("Acme prod"));
    QTest::mouseClick(formOf(dialog.get()).deleteButton, Qt::LeftButton);
    QVERIFY(m_store->profile(id));

    MessageBox::setNextTypedAnswer(QStringLiteral("Acme production"));
    QTest::mouseClick(formOf(dialog.get()).deleteButton, Qt::LeftButton);
    QVERIFY(!m_store->profile(id));
    // The list is never left empty: a new profile is ready.
    QCOMPARE(dialog->entryCount(), 1);
    QVERIFY(dialog->currentProfileId().isEmpty());
}

void TestProfileManager::typedConfirmDialogEnablesOnlyOnMatch()
{
    TypedConfirmDialog dialog(QStringLiteral("Delete"), QStringLiteral("Delete it?"), QStringLiteral("Acme production"),
                              QStringLiteral("&Delete"));
    dialog.show();
    QVERIFY(!dialog.acceptButton()->isEnabled());
    QTest::keyClicks(dialog.lineEdit(), QStringLiteral("Acme"));
    QVERIFY(!dialog.acceptButton()->isEnabled());
    QTest::keyClicks(dialog.lineEdit(), QStringLiteral(" production"));
    QVERIFY(dialog.acceptButton()->isEnabled());
    QTest::keyClick(dialog.lineEdit(), Qt::Key_Backspace);
    QVERIFY(!dialog.acceptButton()->isEnabled());
    QTest::keyClicks(dialog.lineEdit(), QStringLiteral("n"));
    // The prompt announces the line edit (buddy) and names the profile.
    auto *prompt = dialog.findChild<QLabel *>(QStringLiteral("typedConfirmPrompt"));
    QVERIFY(prompt);
    QCOMPARE(prompt->buddy(), dialog.lineEdit());
    QVERIFY(prompt->text().contains(QStringLiteral("Acme production")));
    QVERIFY(dialog.grab().save(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_typedconfirm.png"))));
    QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

// --- check connection ---------------------------------------------------------------

void TestProfileManager::checkConnectionShowsVersionAndModelCount()
{
    const QString id = m_store->add(makeProfile(QStringLiteral("Lab"), m_server->url()));
    m_credentials->keepForSession(id, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());
    auto dialog = openDialog();
    QVERIFY(dialog->selectProfile(id));
    QTRY_VERIFY(dialog->secretStateText().contains(QStringLiteral("session only")));

    // The stored (session) secret is used; the result is shown inline.
    m_server->setLatency(QStringLiteral("GET /api/v1/system/info"), 300);
    QSignalSpy finished(dialog.get(), &ProfileManagerDialog::checkFinished);
    QTest::mouseClick(formOf(dialog.get()).checkButton, Qt::LeftButton);
    QVERIFY(dialog->isChecking());
    QVERIFY(formOf(dialog.get()).cancelCheckButton->isVisible());
    QVERIFY(formOf(dialog.get()).checkProgress->isVisible());
    QVERIFY(!formOf(dialog.get()).checkButton->isEnabled());
    QVERIFY(finished.wait(10000));
    QVERIFY(!dialog->isChecking());
    QVERIFY(!formOf(dialog.get()).cancelCheckButton->isVisible());
    QCOMPARE(dialog->checkResultText(), QStringLiteral("LangBot v4.6.5 — %1 models").arg(m_server->models().size()));

    // A server with other models: the count follows.
    FakeLangBotServer other;
    other.loadDemoData();
    QList<QJsonObject> models = other.models();
    models.removeLast();
    models.removeLast();
    other.setModels(models);
    QVERIFY(other.listen());
    formOf(dialog.get()).urlEdit->setText(other.url().toString());
    QVERIFY(runCheck(dialog.get()));
    QCOMPARE(dialog->checkResultText(), QStringLiteral("LangBot v4.6.5 — %1 models").arg(models.size()));
}

void TestProfileManager::checkConnectionShowsTheExactError()
{
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    QTest::keyClicks(ui->nameEdit, QStringLiteral("Typo"));
    QTest::keyClicks(ui->urlEdit, m_server->url().toString());
    QTest::keyClicks(ui->secretEdit, QStringLiteral("lbk_wrong_key"));
    QVERIFY(runCheck(dialog.get()));
    const QString text = dialog->checkResultText();
    QVERIFY2(text.contains(QStringLiteral("401")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Invalid API key")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("v4.6.5")), qPrintable(text)); // it is a LangBot
    QVERIFY2(!text.contains(QStringLiteral("lbk_wrong_key")), qPrintable(text));

    // Nobody listening: says so.
    FakeLangBotServer closed;
    QVERIFY(closed.listen());
    const QUrl url = closed.url();
    closed.close();
    ui->urlEdit->setText(url.toString());
    QVERIFY(runCheck(dialog.get()));
    QVERIFY(!dialog->checkResultText().isEmpty());
    QVERIFY(!dialog->checkResultText().startsWith(QStringLiteral("LangBot")));

    // No secret typed or stored: the server is checked, the key is asked for.
    ui->urlEdit->setText(m_server->url().toString());
    ui->secretEdit->clear();
    QVERIFY(runCheck(dialog.get()));
    QVERIFY2(dialog->checkResultText().startsWith(QStringLiteral("LangBot v4.6.5 is reachable")),
             qPrintable(dialog->checkResultText()));
}

void TestProfileManager::checkConnectionCanBeCancelled()
{
    const QString id = m_store->add(makeProfile(QStringLiteral("Slow"), m_server->url()));
    m_credentials->keepForSession(id, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());
    m_server->setLatency(QStringLiteral("GET /api/v1/system/info"), 20000);
    auto dialog = openDialog();
    QVERIFY(dialog->selectProfile(id));
    QSignalSpy finished(dialog.get(), &ProfileManagerDialog::checkFinished);
    QTest::mouseClick(formOf(dialog.get()).checkButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, 5000);
    QTest::mouseClick(formOf(dialog.get()).cancelCheckButton, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!dialog->isChecking());
    QCOMPARE(dialog->checkResultText(), QStringLiteral("Check cancelled."));
    QVERIFY(formOf(dialog.get()).checkButton->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 5000);
}

void TestProfileManager::untrustedCertificateCanBePinned()
{
    const FakeLangBotServer::TestCertificate certificate
        = FakeLangBotServer::makeTestCertificate(FakeLangBotServer::TestCertificateKind::SelfSigned);
    QVERIFY2(!certificate.isNull(), qPrintable(certificate.error));
    FakeLangBotServer tls;
    tls.loadDemoData();
    tls.setTlsCertificate(certificate.certificate, certificate.key);
    QVERIFY(tls.listen());
    QCOMPARE(tls.url().scheme(), QStringLiteral("https"));

    const QString id = m_store->add(makeProfile(QStringLiteral("Self-signed"), tls.url()));
    m_credentials->keepForSession(id, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    QVERIFY(dialog->selectProfile(id));
    QVERIFY(ui->certificateEdit->isReadOnly());
    QVERIFY(ui->certificateEdit->text().isEmpty());
    QVERIFY(!ui->forgetCertificateButton->isEnabled());

    // The certificate is refused, and offered for trust.
    QVERIFY(runCheck(dialog.get()));
    QVERIFY(!dialog->checkResultText().startsWith(QStringLiteral("LangBot v")));
    QVERIFY(ui->trustButton->isVisible());

    // Declined: nothing pinned.
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::mouseClick(ui->trustButton, Qt::LeftButton);
    QVERIFY(ui->certificateEdit->text().isEmpty());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("127.0.0.1")), qPrintable(MessageBox::lastText()));

    // Trusted for this profile: pinned in the draft, checked again, saved.
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QSignalSpy finished(dialog.get(), &ProfileManagerDialog::checkFinished);
    QTest::mouseClick(ui->trustButton, Qt::LeftButton);
    QVERIFY(!ui->certificateEdit->text().isEmpty());
    QVERIFY(ui->forgetCertificateButton->isEnabled());
    QVERIFY(finished.wait(10000));
    QCOMPARE(dialog->checkResultText(), QStringLiteral("LangBot v4.6.5 — %1 models").arg(tls.models().size()));
    QVERIFY(saveAndSettle(dialog.get()));
    const QString pin = m_store->profile(id)->pinnedCertificateSha256;
    QCOMPARE(pin.size(), 64);
    QCOMPARE(ui->certificateEdit->text(), MessageBox::formatFingerprint(pin));

    // Forget: back to the system's checks once saved.
    QTest::mouseClick(ui->forgetCertificateButton, Qt::LeftButton);
    QVERIFY(ui->certificateEdit->text().isEmpty());
    QVERIFY(saveAndSettle(dialog.get()));
    QVERIFY(m_store->profile(id)->pinnedCertificateSha256.isEmpty());
}

// --- drafts, closing, keychain ---------------------------------------------------------

void TestProfileManager::draftsSurviveSwitchingRows()
{
    const QString a = m_store->add(makeProfile(QStringLiteral("Alpha"), m_server->url()));
    m_store->add(makeProfile(QStringLiteral("Beta"), m_server->url()));
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    QVERIFY(dialog->selectProfile(a));
    QTest::keyClicks(ui->nameEdit, QStringLiteral(" one"));
    ui->environmentCombo->setCurrentIndex(ui->environmentCombo->findData(int(Profile::Environment::Production)));
    QVERIFY(dialog->hasUnsavedChanges());
    QVERIFY(ui->revertButton->isEnabled());

    selectRow(dialog.get(), rowOf(dialog.get(), QStringLiteral("Beta")));
    QCOMPARE(ui->nameEdit->text(), QStringLiteral("Beta"));
    QVERIFY(!ui->saveButton->isEnabled());
    selectRow(dialog.get(), rowOf(dialog.get(), QStringLiteral("Alpha one")));
    QCOMPARE(ui->nameEdit->text(), QStringLiteral("Alpha one"));
    QCOMPARE(ui->environmentCombo->currentData().toInt(), int(Profile::Environment::Production));
    QCOMPARE(m_store->profile(a)->name, QStringLiteral("Alpha")); // not saved yet

    // Revert drops the draft; Save keeps it.
    QTest::mouseClick(ui->revertButton, Qt::LeftButton);
    QCOMPARE(ui->nameEdit->text(), QStringLiteral("Alpha"));
    QVERIFY(!dialog->hasUnsavedChanges());
    QTest::keyClicks(ui->nameEdit, QStringLiteral(" two"));
    QVERIFY(saveAndSettle(dialog.get()));
    QCOMPARE(m_store->profile(a)->name, QStringLiteral("Alpha two"));
    QVERIFY(!dialog->hasUnsavedChanges());
}

void TestProfileManager::closingWithUnsavedChangesAsks()
{
    const QString a = m_store->add(makeProfile(QStringLiteral("Alpha"), m_server->url()));
    auto dialog = openDialog();
    QVERIFY(dialog->selectProfile(a));
    QTest::keyClicks(formOf(dialog.get()).nameEdit, QStringLiteral("!"));

    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::mouseClick(formOf(dialog.get()).closeButton, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Alpha!")), qPrintable(MessageBox::lastText()));

    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QTest::mouseClick(formOf(dialog.get()).closeButton, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_store->profile(a)->name, QStringLiteral("Alpha"));
}

void TestProfileManager::keychainFailureOffersSessionOnly()
{
    // A keychain that cannot answer in time.
    m_credentials->setTimeout(std::chrono::milliseconds(1));
    const QString id = m_store->add(makeProfile(QStringLiteral("Locked"), m_server->url()));
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    QVERIFY(dialog->selectProfile(id));
    QSignalSpy secretChanged(dialog.get(), &ProfileManagerDialog::secretChanged);
    QTest::keyClicks(ui->secretEdit, QStringLiteral("lbk_session_only_7d1e"));
    QVERIFY(saveAndSettle(dialog.get()));

    QVERIFY(dialog->isOfferingSessionOnly());
    QVERIFY(ui->keychainProblemFrame->isVisible());
    QVERIFY2(ui->keychainProblemLabel->text().contains(QStringLiteral("could not be stored")),
             qPrintable(ui->keychainProblemLabel->text()));
    QVERIFY(!ui->keychainProblemLabel->text().contains(QStringLiteral("lbk_session_only_7d1e")));
    QCOMPARE(secretChanged.count(), 0);
    // Not silently kept anywhere.
    QVERIFY(!m_credentials->hasSessionSecret(id, CredentialStore::Kind::ApiKey));

    QTest::mouseClick(ui->keepForSessionButton, Qt::LeftButton);
    QVERIFY(m_credentials->hasSessionSecret(id, CredentialStore::Kind::ApiKey));
    QCOMPARE(secretChanged.count(), 1);
    QVERIFY(!dialog->isOfferingSessionOnly());
    QVERIFY(ui->secretEdit->text().isEmpty());
    QVERIFY2(dialog->secretStateText().contains(QStringLiteral("session only")), qPrintable(dialog->secretStateText()));
    QVERIFY(!dialog->hasUnsavedChanges());

    m_store->sync();
    QFile file(m_iniFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("lbk_session_only_7d1e"));
}

void TestProfileManager::emptySecretKeepsTheStoredOne()
{
    const QString id = m_store->add(makeProfile(QStringLiteral("Kept"), m_server->url()));
    m_credentials->keepForSession(id, CredentialStore::Kind::ApiKey, QStringLiteral("lbk_kept"));
    auto dialog = openDialog();
    const Form form = formOf(dialog.get());
    const Form *ui = &form;
    QVERIFY(dialog->selectProfile(id));
    QTRY_VERIFY(dialog->secretStateText().contains(QStringLiteral("session only")));
    QVERIFY(ui->secretEdit->text().isEmpty()); // never shown, not even masked
    QVERIFY(!ui->secretEdit->placeholderText().contains(QStringLiteral("lbk_kept")));

    ui->timeoutSpin->setValue(12);
    QVERIFY(saveAndSettle(dialog.get()));
    QCOMPARE(m_store->profile(id)->timeoutSeconds, 12);
    CredentialRequest *read = m_credentials->read(id, CredentialStore::Kind::ApiKey);
    QSignalSpy done(read, &CredentialRequest::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(read->result().secret, QStringLiteral("lbk_kept"));
}

void TestProfileManager::demoButtonClosesWithRequest()
{
    m_store->add(makeProfile(QStringLiteral("Alpha"), m_server->url()));
    auto dialog = openDialog();
    QSignalSpy demo(dialog.get(), &ProfileManagerDialog::demoRequested);
    QTest::mouseClick(formOf(dialog.get()).demoButton, Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
}

void TestProfileManager::grabsToPng()
{
    const QString id = m_store->add(makeProfile(QStringLiteral("Local LangBot"), m_server->url()));
    m_store->add(makeProfile(QStringLiteral("Acme production"), QUrl(QStringLiteral("https://langbot.acme.example")),
                             Profile::Environment::Production));
    m_credentials->keepForSession(id, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());
    auto dialog = openDialog();
    QVERIFY(dialog->selectProfile(id));
    QVERIFY(runCheck(dialog.get()));
    QTest::qWait(20);
    const QPixmap picture = dialog->grab();
    QVERIFY(!picture.isNull());
    QVERIFY(picture.save(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_profilemanager.png"))));
}

QTEST_MAIN(TestProfileManager)
#include "tst_profilemanager.moc"
