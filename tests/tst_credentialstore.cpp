// Tests of lb::CredentialStore against a real Secret Service (gnome-keyring,
// unlocked, in the private D-Bus session scripts/test.sh starts), and of the
// no-backend path on a bus without any Secret Service.
//
// noBackendFailsFast has two roles. In the normal run it starts this very
// executable again, for that one function, under its own dbus-run-session,
// with LANGBOT_EXPECT_NO_KEYCHAIN set; in that child it checks that the
// keychain fails fast and clearly:
//   =1  a bus configuration that can activate no service at all: no Secret
//       Service answers, the result must be NoBackend;
//   =2  the standard session bus configuration, so gnome-keyring is started on
//       demand, but with a fresh HOME and no display: a Secret Service without
//       any unlocked keyring, which must fail (or time out), never hang or succeed.
#include "profiles/CredentialStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace std::chrono_literals;
using namespace lb;
using Status = CredentialRequest::Status;
using Kind = CredentialStore::Kind;

namespace {

constexpr auto kExpectNoKeychain = "LANGBOT_EXPECT_NO_KEYCHAIN";

QString newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const char *statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "Ok";
    case Status::NotFound:
        return "NotFound";
    case Status::NoBackend:
        return "NoBackend";
    case Status::AccessDenied:
        return "AccessDenied";
    case Status::Timeout:
        return "Timeout";
    case Status::Cancelled:
        return "Cancelled";
    case Status::Failed:
        return "Failed";
    }
    return "?";
}

QString describe(const CredentialRequest::Result &r)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(statusName(r.status)), r.message);
}

// A bus that can start no service: no Secret Service will ever answer on it.
constexpr char kBareBusConfig[] = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                                  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig>\n"
                                  "  <type>session</type>\n"
                                  "  <listen>unix:tmpdir=/tmp</listen>\n"
                                  "  <auth>EXTERNAL</auth>\n"
                                  "  <policy context=\"default\">\n"
                                  "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                  "    <allow eavesdrop=\"true\"/>\n"
                                  "    <allow own=\"*\"/>\n"
                                  "  </policy>\n"
                                  "</busconfig>\n";

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keysAndService();
    void writeReadOverwriteRemove();
    void readMissingIsNotFound();
    void kindsAndProfilesAreSeparate();
    void requestsAnswerAsynchronously();
    void sessionSecretAnsweredWithoutKeychain();
    void writeAndRemoveUpdateSessionMemory();
    void removeAllRemovesBothKinds();
    void timeoutIsReportedAndLateAnswerIsHarmless();
    void cancel();
    void destroyingStoreAbandonsRequests();
    void invalidInputsFail();
    void noBackendFailsFast();

private:
    struct Watch
    {
        QPointer<CredentialRequest> request;
        std::unique_ptr<QSignalSpy> spy;
        std::optional<CredentialRequest::Result> result;
    };
    // Watches a request from the moment it is made (it may finish and delete
    // itself while the test waits for another one).
    std::shared_ptr<Watch> watch(CredentialRequest *request);
    // Waits for the request's finished(); checks it came exactly once and the
    // request deleted itself. nullopt (with a warning) otherwise.
    std::optional<CredentialRequest::Result> await(const std::shared_ptr<Watch> &w,
                                                   std::chrono::milliseconds max = 20s);
    std::optional<CredentialRequest::Result> await(CredentialRequest *request, std::chrono::milliseconds max = 20s);
    void noBackendChild();
    void lockedKeyringChild();
    void runChild(int mode, const QString &busConfig);

    int m_childMode = 0; // LANGBOT_EXPECT_NO_KEYCHAIN in a child, else 0
    QString m_service;
    std::unique_ptr<CredentialStore> m_store;
    QStringList m_usedIds;
};

std::shared_ptr<TestCredentialStore::Watch> TestCredentialStore::watch(CredentialRequest *request)
{
    auto w = std::make_shared<Watch>();
    w->request = request;
    if (!request)
        return w;
    w->spy = std::make_unique<QSignalSpy>(request, &CredentialRequest::finished);
    // The result is taken in the signal: the request deletes itself after it.
    connect(request, &CredentialRequest::finished, request, [weak = std::weak_ptr<Watch>(w), request] {
        if (const auto w = weak.lock())
            w->result = request->result();
    });
    return w;
}

std::optional<CredentialRequest::Result> TestCredentialStore::await(const std::shared_ptr<Watch> &w,
                                                                    std::chrono::milliseconds max)
{
    if (!w->spy) {
        qWarning("no request");
        return std::nullopt;
    }
    if (!QTest::qWaitFor([&] { return !w->spy->isEmpty(); }, int(max.count()))) {
        qWarning("the request did not finish in %lld ms", qint64(max.count()));
        return std::nullopt;
    }
    if (!QTest::qWaitFor([&] { return w->request.isNull(); }, 5000)) {
        qWarning("the request did not delete itself");
        return std::nullopt;
    }
    QTest::qWait(20); // a second finished() would show up now
    if (w->spy->count() != 1 || !w->result) {
        qWarning("finished() came %d times", int(w->spy->count()));
        return std::nullopt;
    }
    return w->result;
}

std::optional<CredentialRequest::Result> TestCredentialStore::await(CredentialRequest *request,
                                                                    std::chrono::milliseconds max)
{
    return await(watch(request), max);
}

#define AWAIT(var, request) \
    const std::optional<CredentialRequest::Result> var##Opt = await(request); \
    QVERIFY(var##Opt.has_value()); \
    const CredentialRequest::Result &var = *var##Opt

void TestCredentialStore::initTestCase()
{
    m_childMode = qEnvironmentVariableIntValue(kExpectNoKeychain);
    // One service per run: nothing collides with a user's real keychain entries.
    m_service = QStringLiteral("org.langbot.console.test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    m_store = std::make_unique<CredentialStore>(m_service);
    QCOMPARE(m_store->service(), m_service);
    if (m_childMode != 0)
        return;

    // The README test command provides an unlocked gnome-keyring: without one,
    // fail here with a clear message rather than in every test.
    const QString probeId = newProfileId();
    m_usedIds << probeId;
    AWAIT(written, m_store->write(probeId, Kind::ApiKey, QStringLiteral("probe")));
    QVERIFY2(written.status == Status::Ok,
             qPrintable(QStringLiteral("No usable Secret Service on the session D-Bus (%1). Run the tests as the "
                                       "README says (scripts/test.sh: dbus-run-session with an unlocked "
                                       "gnome-keyring).")
                            .arg(describe(written))));
    AWAIT(removed, m_store->remove(probeId, Kind::ApiKey));
    QCOMPARE(removed.status, Status::Ok);
}

void TestCredentialStore::cleanupTestCase()
{
    if (m_childMode != 0 || !m_store)
        return;
    // Leave nothing behind in the keyring.
    for (const QString &id : std::as_const(m_usedIds)) {
        for (const Kind kind : {Kind::ApiKey, Kind::Password}) {
            m_store->setTimeout(10s);
            const auto r = await(m_store->remove(id, kind));
            QVERIFY(r.has_value());
        }
    }
}

void TestCredentialStore::keysAndService()
{
    QCOMPARE(CredentialStore::key(QStringLiteral("abc"), Kind::ApiKey), QStringLiteral("abc/api-key"));
    QCOMPARE(CredentialStore::key(QStringLiteral("abc"), Kind::Password), QStringLiteral("abc/password"));
    CredentialStore defaults;
    QCOMPARE(defaults.service(), QStringLiteral("org.langbot.console"));
    QCOMPARE(defaults.timeout(), 10s);
    defaults.setTimeout(250ms);
    QCOMPARE(defaults.timeout(), 250ms);
}

void TestCredentialStore::writeReadOverwriteRemove()
{
    const QString id = newProfileId();
    m_usedIds << id;
    const QString first = QStringLiteral("lbk_first-Secret-1");
    const QString second = QStringLiteral("pässwörd-密码-🔑 with spaces");

    AWAIT(written, m_store->write(id, Kind::ApiKey, first));
    QVERIFY2(written.status == Status::Ok, qPrintable(describe(written)));
    QVERIFY(written.secret.isEmpty());

    AWAIT(read1, m_store->read(id, Kind::ApiKey));
    QVERIFY2(read1.status == Status::Ok, qPrintable(describe(read1)));
    QCOMPARE(read1.secret, first);

    AWAIT(overwritten, m_store->write(id, Kind::ApiKey, second));
    QVERIFY2(overwritten.status == Status::Ok, qPrintable(describe(overwritten)));
    AWAIT(read2, m_store->read(id, Kind::ApiKey));
    QCOMPARE(read2.status, Status::Ok);
    QCOMPARE(read2.secret, second);

    AWAIT(removed, m_store->remove(id, Kind::ApiKey));
    QVERIFY2(removed.status == Status::Ok, qPrintable(describe(removed)));
    AWAIT(read3, m_store->read(id, Kind::ApiKey));
    QVERIFY2(read3.status == Status::NotFound, qPrintable(describe(read3)));
    QVERIFY(read3.secret.isEmpty());
    QVERIFY(!read3.message.isEmpty());
    QVERIFY(!read3.message.contains(first) && !read3.message.contains(second));

    // Removing what is not there is fine.
    AWAIT(removedAgain, m_store->remove(id, Kind::ApiKey));
    QVERIFY2(removedAgain.status == Status::Ok, qPrintable(describe(removedAgain)));
}

void TestCredentialStore::readMissingIsNotFound()
{
    AWAIT(r, m_store->read(newProfileId(), Kind::Password));
    QVERIFY2(r.status == Status::NotFound, qPrintable(describe(r)));
    QVERIFY(r.message.contains(QLatin1String("enter it")));
}

void TestCredentialStore::kindsAndProfilesAreSeparate()
{
    const QString a = newProfileId();
    const QString b = newProfileId();
    m_usedIds << a << b;
    AWAIT(w1, m_store->write(a, Kind::ApiKey, QStringLiteral("a-key")));
    QCOMPARE(w1.status, Status::Ok);
    AWAIT(w2, m_store->write(a, Kind::Password, QStringLiteral("a-password")));
    QCOMPARE(w2.status, Status::Ok);
    AWAIT(w3, m_store->write(b, Kind::ApiKey, QStringLiteral("b-key")));
    QCOMPARE(w3.status, Status::Ok);

    AWAIT(r1, m_store->read(a, Kind::ApiKey));
    QCOMPARE(r1.secret, QStringLiteral("a-key"));
    AWAIT(r2, m_store->read(a, Kind::Password));
    QCOMPARE(r2.secret, QStringLiteral("a-password"));
    AWAIT(r3, m_store->read(b, Kind::ApiKey));
    QCOMPARE(r3.secret, QStringLiteral("b-key"));
    AWAIT(r4, m_store->read(b, Kind::Password));
    QCOMPARE(r4.status, Status::NotFound);

    // Another service does not see these entries.
    CredentialStore other(m_service + QStringLiteral(".other"));
    AWAIT(r5, other.read(a, Kind::ApiKey));
    QCOMPARE(r5.status, Status::NotFound);
}

void TestCredentialStore::requestsAnswerAsynchronously()
{
    const QString id = newProfileId();
    // From the keychain...
    CredentialRequest *fromKeychain = m_store->read(id, Kind::ApiKey);
    QSignalSpy spy1(fromKeychain, &CredentialRequest::finished);
    QVERIFY(!fromKeychain->isFinished());
    QCOMPARE(spy1.count(), 0);
    AWAIT(r1, fromKeychain);
    QCOMPARE(r1.status, Status::NotFound);

    // ...and from memory: the same contract.
    m_store->keepForSession(id, Kind::ApiKey, QStringLiteral("in-memory"));
    CredentialRequest *fromMemory = m_store->read(id, Kind::ApiKey);
    QSignalSpy spy2(fromMemory, &CredentialRequest::finished);
    QVERIFY(!fromMemory->isFinished());
    QCOMPARE(spy2.count(), 0);
    AWAIT(r2, fromMemory);
    QCOMPARE(r2.status, Status::Ok);
    QCOMPARE(r2.secret, QStringLiteral("in-memory"));
    m_store->forgetSessionSecrets(id);
}

void TestCredentialStore::sessionSecretAnsweredWithoutKeychain()
{
    const QString id = newProfileId();
    m_usedIds << id;
    // The keychain holds one value, memory another: memory answers first.
    AWAIT(w, m_store->write(id, Kind::Password, QStringLiteral("in-keychain")));
    QCOMPARE(w.status, Status::Ok);
    m_store->keepForSession(id, Kind::Password, QStringLiteral("in-memory"));
    QVERIFY(m_store->hasSessionSecret(id, Kind::Password));
    QVERIFY(!m_store->hasSessionSecret(id, Kind::ApiKey));
    AWAIT(r1, m_store->read(id, Kind::Password));
    QCOMPARE(r1.status, Status::Ok);
    QCOMPARE(r1.secret, QStringLiteral("in-memory"));

    // Proof that the keychain is not asked: with a 1 ms timeout any keychain
    // request times out, yet the session secret is answered.
    CredentialStore impatient(m_service);
    impatient.setTimeout(1ms);
    const QString memoryOnly = newProfileId();
    impatient.keepForSession(memoryOnly, Kind::ApiKey, QStringLiteral("memory-only"));
    AWAIT(r2, impatient.read(memoryOnly, Kind::ApiKey));
    QCOMPARE(r2.status, Status::Ok);
    QCOMPARE(r2.secret, QStringLiteral("memory-only"));

    // Once forgotten, the keychain answers again.
    m_store->forgetSessionSecrets(id);
    QVERIFY(!m_store->hasSessionSecret(id, Kind::Password));
    AWAIT(r3, m_store->read(id, Kind::Password));
    QCOMPARE(r3.status, Status::Ok);
    QCOMPARE(r3.secret, QStringLiteral("in-keychain"));

    // An empty secret forgets too.
    m_store->keepForSession(id, Kind::Password, QStringLiteral("x"));
    m_store->keepForSession(id, Kind::Password, QString());
    QVERIFY(!m_store->hasSessionSecret(id, Kind::Password));
}

void TestCredentialStore::writeAndRemoveUpdateSessionMemory()
{
    const QString id = newProfileId();
    m_usedIds << id;
    m_store->keepForSession(id, Kind::ApiKey, QStringLiteral("old-in-memory"));
    AWAIT(w, m_store->write(id, Kind::ApiKey, QStringLiteral("new-in-keychain")));
    QCOMPARE(w.status, Status::Ok);
    // The keychain is authoritative after a successful write.
    QVERIFY(!m_store->hasSessionSecret(id, Kind::ApiKey));
    AWAIT(r, m_store->read(id, Kind::ApiKey));
    QCOMPARE(r.secret, QStringLiteral("new-in-keychain"));

    m_store->keepForSession(id, Kind::ApiKey, QStringLiteral("memory-again"));
    CredentialRequest *removal = m_store->remove(id, Kind::ApiKey);
    QVERIFY(!m_store->hasSessionSecret(id, Kind::ApiKey)); // at once
    AWAIT(removed, removal);
    QCOMPARE(removed.status, Status::Ok);
    AWAIT(after, m_store->read(id, Kind::ApiKey));
    QCOMPARE(after.status, Status::NotFound);
}

void TestCredentialStore::removeAllRemovesBothKinds()
{
    const QString id = newProfileId();
    const QString bystander = newProfileId();
    m_usedIds << id << bystander;
    for (const Kind kind : {Kind::ApiKey, Kind::Password}) {
        AWAIT(w, m_store->write(id, kind, QStringLiteral("to-be-removed")));
        QCOMPARE(w.status, Status::Ok);
    }
    AWAIT(wb, m_store->write(bystander, Kind::ApiKey, QStringLiteral("stays")));
    QCOMPARE(wb.status, Status::Ok);
    m_store->keepForSession(id, Kind::ApiKey, QStringLiteral("memory-1"));
    m_store->keepForSession(id, Kind::Password, QStringLiteral("memory-2"));

    m_store->removeAll(id);
    QVERIFY(!m_store->hasSessionSecret(id, Kind::ApiKey));
    QVERIFY(!m_store->hasSessionSecret(id, Kind::Password));

    // QtKeychain runs jobs one after the other: these reads come after the removals.
    AWAIT(r1, m_store->read(id, Kind::ApiKey));
    QVERIFY2(r1.status == Status::NotFound, qPrintable(describe(r1)));
    AWAIT(r2, m_store->read(id, Kind::Password));
    QVERIFY2(r2.status == Status::NotFound, qPrintable(describe(r2)));
    AWAIT(r3, m_store->read(bystander, Kind::ApiKey));
    QCOMPARE(r3.status, Status::Ok);
    QCOMPARE(r3.secret, QStringLiteral("stays"));
    // The fire-and-forget requests are gone.
    QTRY_COMPARE(m_store->findChildren<CredentialRequest *>().size(), 0);
}

void TestCredentialStore::timeoutIsReportedAndLateAnswerIsHarmless()
{
    const QString id = newProfileId();
    m_usedIds << id;
    const QString secret = QStringLiteral("late-secret-4711");
    CredentialStore store(m_service);
    store.setTimeout(1ms);
    // A write (several D-Bus round trips) and a read queued behind it in
    // QtKeychain: neither can answer within 1 ms.
    const auto write = watch(store.write(id, Kind::ApiKey, secret));
    const auto read = watch(store.read(id, Kind::ApiKey));
    AWAIT(w, write);
    QVERIFY2(w.status == Status::Timeout, qPrintable(describe(w)));
    QVERIFY(w.message.contains(QLatin1String("did not answer")));
    QVERIFY(w.message.contains(QLatin1String("session only")));
    QVERIFY(!w.message.contains(secret));
    AWAIT(r, read);
    QVERIFY2(r.status == Status::Timeout, qPrintable(describe(r)));
    QVERIFY(r.secret.isEmpty());

    // The abandoned jobs still answer, later, into nothing: no crash. A
    // request queued after them proves they have answered (QtKeychain runs
    // jobs in order) after the timeouts above: the timed-out write did reach
    // the keychain.
    store.setTimeout(10s);
    AWAIT(later, store.read(id, Kind::ApiKey));
    QVERIFY2(later.status == Status::Ok, qPrintable(describe(later)));
    QCOMPARE(later.secret, secret);
    QTest::qWait(50);
    QCOMPARE(store.findChildren<CredentialRequest *>().size(), 0);
}

void TestCredentialStore::cancel()
{
    const QString id = newProfileId();
    m_usedIds << id;
    AWAIT(w, m_store->write(id, Kind::Password, QStringLiteral("cancel-me")));
    QCOMPARE(w.status, Status::Ok);

    // A keychain read, cancelled at once (twice): one finished(), Cancelled.
    CredentialRequest *request = m_store->read(id, Kind::Password);
    QSignalSpy spy(request, &CredentialRequest::finished);
    request->cancel();
    QCOMPARE(spy.count(), 1);
    QVERIFY(request->isFinished());
    QCOMPARE(request->result().status, Status::Cancelled);
    QVERIFY(request->result().secret.isEmpty());
    QVERIFY(!request->result().message.isEmpty());
    request->cancel();
    QCOMPARE(spy.count(), 1);
    QPointer<CredentialRequest> guard(request);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(spy.count(), 1);

    // A read answered from memory, cancelled before the answer: Cancelled only.
    m_store->keepForSession(id, Kind::ApiKey, QStringLiteral("memory"));
    CredentialRequest *fromMemory = m_store->read(id, Kind::ApiKey);
    QSignalSpy spy2(fromMemory, &CredentialRequest::finished);
    QPointer<CredentialRequest> guard2(fromMemory);
    fromMemory->cancel();
    QCOMPARE(fromMemory->result().status, Status::Cancelled);
    QTRY_VERIFY(guard2.isNull());
    QCOMPARE(spy2.count(), 1);
    m_store->forgetSessionSecrets(id);

    // The cancelled job answered later without harm; the keychain still works.
    AWAIT(r, m_store->read(id, Kind::Password));
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.secret, QStringLiteral("cancel-me"));
}

void TestCredentialStore::destroyingStoreAbandonsRequests()
{
    const QString id = newProfileId();
    auto *store = new CredentialStore(m_service);
    QPointer<CredentialRequest> pending = store->read(id, Kind::ApiKey);
    QVERIFY(pending);
    delete store; // the request goes with it; its job is left to finish alone
    QVERIFY(pending.isNull());
    AWAIT(r, m_store->read(id, Kind::ApiKey));
    QCOMPARE(r.status, Status::NotFound);
}

void TestCredentialStore::invalidInputsFail()
{
    AWAIT(r1, m_store->write(newProfileId(), Kind::ApiKey, QString()));
    QCOMPARE(r1.status, Status::Failed);
    QVERIFY(!r1.message.isEmpty());
    AWAIT(r2, m_store->read(QString(), Kind::ApiKey));
    QCOMPARE(r2.status, Status::Failed);
    AWAIT(r3, m_store->remove(QString(), Kind::Password));
    QCOMPARE(r3.status, Status::Failed);
    m_store->keepForSession(QString(), Kind::ApiKey, QStringLiteral("x"));
    QVERIFY(!m_store->hasSessionSecret(QString(), Kind::ApiKey));
}

void TestCredentialStore::noBackendFailsFast()
{
    switch (m_childMode) {
    case 1:
        noBackendChild();
        return;
    case 2:
        lockedKeyringChild();
        return;
    default:
        break;
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("bus-without-services.conf"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kBareBusConfig);
    }
    runChild(1, config);
    if (QTest::currentTestFailed())
        return;
    runChild(2, QString());
}

void TestCredentialStore::runChild(int mode, const QString &busConfig)
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    QVERIFY2(!dbusRunSession.isEmpty(),
             "dbus-run-session not found: install the dbus package (scripts/install-deps.sh)");
    QTemporaryDir home; // nothing of anyone's real keyring
    QVERIFY(home.isValid());

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kExpectNoKeychain), QString::number(mode));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_CACHE_HOME", "GNOME_KEYRING_CONTROL"})
        env.remove(QString::fromLatin1(name));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);

    QStringList arguments;
    if (!busConfig.isEmpty())
        arguments << QStringLiteral("--config-file=") + busConfig;
    arguments << QStringLiteral("--") << QCoreApplication::applicationFilePath()
              << QStringLiteral("noBackendFailsFast");

    QSignalSpy done(&child, &QProcess::finished);
    child.start(dbusRunSession, arguments);
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    const bool finished = done.wait(60000);
    if (!finished) {
        child.kill();
        child.waitForFinished(5000);
    }
    const QString output = QString::fromLocal8Bit(child.readAll());
    const QString what = QStringLiteral("child %1 (LANGBOT_EXPECT_NO_KEYCHAIN=%1)").arg(mode);
    QVERIFY2(finished, qPrintable(what + QStringLiteral(" hung:\n") + output));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(what + QStringLiteral(" failed (exit %1):\n%2").arg(child.exitCode()).arg(output)));
    // The child really ran the check (it did not, e.g., skip it).
    QVERIFY2(output.contains(QLatin1String("PASS   : TestCredentialStore::noBackendFailsFast()")),
             qPrintable(what + QStringLiteral(":\n") + output));
    // What the keychain said there, for the log.
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("QINFO")))
            qInfo().noquote() << what << line.section(QLatin1String("() "), 1);
    }
}

void TestCredentialStore::noBackendChild()
{
    const QString id = newProfileId();
    const std::chrono::milliseconds timeout = 8s;
    m_store->setTimeout(timeout);

    QElapsedTimer clock;
    clock.start();
    AWAIT(w, m_store->write(id, Kind::ApiKey, QStringLiteral("no-backend-secret")));
    qInfo("write without Secret Service after %lld ms: %s", qint64(clock.elapsed()), qPrintable(describe(w)));
    // NoBackend, not Timeout: the answer came before the store's timeout.
    QVERIFY2(w.status == Status::NoBackend, qPrintable(describe(w)));
    QVERIFY(w.message.contains(QLatin1String("Secret Service")));
    QVERIFY(w.message.contains(QLatin1String("session only")));
    QVERIFY(!w.message.contains(QLatin1String("no-backend-secret")));

    // "No backend" is not "not found".
    AWAIT(r, m_store->read(id, Kind::ApiKey));
    QVERIFY2(r.status == Status::NoBackend, qPrintable(describe(r)));
    AWAIT(d, m_store->remove(id, Kind::ApiKey));
    QVERIFY2(d.status == Status::NoBackend, qPrintable(describe(d)));

    // The way out still works: a secret for this session only.
    m_store->keepForSession(id, Kind::ApiKey, QStringLiteral("session-only"));
    AWAIT(s, m_store->read(id, Kind::ApiKey));
    QCOMPARE(s.status, Status::Ok);
    QCOMPARE(s.secret, QStringLiteral("session-only"));
}

void TestCredentialStore::lockedKeyringChild()
{
    // gnome-keyring is started on demand here, but there is no unlocked
    // keyring and no display to ask for a password: the request must end,
    // with a failure that says what to do (the store's Timeout at the latest).
    const QString id = newProfileId();
    const std::chrono::milliseconds timeout = 5s;
    m_store->setTimeout(timeout);
    QElapsedTimer clock;
    clock.start();
    AWAIT(w, m_store->write(id, Kind::ApiKey, QStringLiteral("locked-keyring-secret")));
    qInfo("write with no unlocked keyring after %lld ms: %s", qint64(clock.elapsed()), qPrintable(describe(w)));
    QVERIFY2(w.status != Status::Ok && w.status != Status::NotFound && w.status != Status::Cancelled,
             qPrintable(describe(w)));
    QVERIFY(!w.message.isEmpty());
    QVERIFY(w.message.contains(QLatin1String("session only")));
    QVERIFY(!w.message.contains(QLatin1String("locked-keyring-secret")));

    m_store->keepForSession(id, Kind::ApiKey, QStringLiteral("session-only"));
    AWAIT(s, m_store->read(id, Kind::ApiKey));
    QCOMPARE(s.status, Status::Ok);
    QCOMPARE(s.secret, QStringLiteral("session-only"));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
