// The test-support library: fixtures come from the repository, and a
// missing or damaged one is a failure that names the file, never a crash;
// settings per test are private and start empty; the waiting helpers wait
// for what comes and give up when nothing does.
#include "Fixtures.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lb::testsupport;
using namespace Qt::StringLiterals;

class TestTestSupport : public QObject
{
    Q_OBJECT
private slots:
    void fixturesLiveInTheRepository();
    void bundledRequestersRead();
    void modelsFixtureNamesTheBadRecord();
    void missingFixtureNamesTheFile();
    void damagedFixtureNamesTheFile();
    void fixtureWithoutRequestersNamesTheFile();
    void testSettingsArePrivateAndStartEmpty();
    void awaitOneTakesWhatCameAndTimesOut();
    void modelFixtures();
    void filesRoundTrip();
    void manualClockFiresWhatIsDueInOrder();
    void manualClockGoneFirstLeavesTimersStopped();
    void systemClockTimerFires();
};

void TestTestSupport::fixturesLiveInTheRepository()
{
    // Nothing outside the source tree: both paths are below the top folder
    // that holds the project's CMakeLists.txt.
    const QDir top(QFileInfo(requestersFixturePath()).absoluteDir().filePath(u"../.."_s));
    QVERIFY(QFile::exists(top.filePath(u"CMakeLists.txt"_s)));
    QVERIFY(QFile::exists(top.filePath(u"tests/tst_testsupport.cpp"_s)));
    const QString root = top.canonicalPath() + u'/';
    QVERIFY(QFileInfo(requestersFixturePath()).canonicalFilePath().startsWith(root));
    QVERIFY(QFileInfo(testDataPath(u"model-list-v4.6.json"_s)).canonicalFilePath().startsWith(root));
}

void TestTestSupport::modelsFixtureNamesTheBadRecord()
{
    // The list of a server's answer, or a plain array; a bad record is named
    // with its file and index.
    LB_REQUIRE_MODELS(list, testDataPath(u"model-list-v4.6.json"_s));
    QCOMPARE(list.size(), 3);
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"models.json"_s, R"([{"uuid":"u-1","name":"a"}, 7])");
    QVERIFY(!path.isEmpty());
    const ModelsFixture models = readModelsFixture(path);
    QVERIFY(!models.ok());
    QVERIFY2(models.error.contains(QDir::toNativeSeparators(path)) && models.error.contains(u"model 1"_s),
             qPrintable(models.error));
}

void TestTestSupport::bundledRequestersRead()
{
    const RequestersFixture fixture = readRequestersFixture();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error));
    QCOMPARE(fixture.requesters.size(), 24);
    QVERIFY(fixture.data.toObject().contains(u"requesters"_s));
}

void TestTestSupport::missingFixtureNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"requesters-v4.6.json"_s);
    const JsonFixture json = readJsonFixture(path);
    QVERIFY(!json.ok());
    QVERIFY2(json.error.contains(QDir::toNativeSeparators(path)), qPrintable(json.error));
    QVERIFY(json.object.isEmpty());

    const BytesFixture bytes = readBytesFixture(path);
    QVERIFY(!bytes.ok());
    QVERIFY2(bytes.error.contains(QDir::toNativeSeparators(path)), qPrintable(bytes.error));

    const ModelsFixture models = readModelsFixture(path);
    QVERIFY(!models.ok());
    QVERIFY2(models.error.contains(QDir::toNativeSeparators(path)), qPrintable(models.error));
    QVERIFY(models.models.isEmpty());

    const RequestersFixture requesters = readRequestersFixture(path);
    QVERIFY(!requesters.ok());
    QVERIFY2(requesters.error.contains(QDir::toNativeSeparators(path)), qPrintable(requesters.error));
    QVERIFY(requesters.requesters.isEmpty());
}

void TestTestSupport::damagedFixtureNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"data\": [1, 2");
    file.close();
    const JsonFixture json = readJsonFixture(path);
    QVERIFY(!json.ok());
    QVERIFY2(json.error.contains(QDir::toNativeSeparators(path)), qPrintable(json.error));
    QVERIFY2(json.error.contains(u"not JSON"_s), qPrintable(json.error));
    const ModelsFixture models = readModelsFixture(path);
    QVERIFY(!models.ok());
    QVERIFY2(models.error.contains(QDir::toNativeSeparators(path)), qPrintable(models.error));
}

void TestTestSupport::fixtureWithoutRequestersNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"code\": 0, \"data\": {\"requesters\": []}}");
    file.close();
    const RequestersFixture fixture = readRequestersFixture(path);
    QVERIFY(!fixture.ok());
    QVERIFY2(fixture.error.contains(QDir::toNativeSeparators(path)), qPrintable(fixture.error));
}

void TestTestSupport::testSettingsArePrivateAndStartEmpty()
{
    const QString key = u"tst_testsupport/left-over"_s;
    QString historyDir;
    {
        TestSettings settings;
        QVERIFY(settings.isValid());
        QVERIFY(QStandardPaths::isTestModeEnabled());
        QVERIFY(!QSettings().contains(key));
        QSettings().setValue(key, 1);
        historyDir = TestSettings::appDataPath(u"test-history"_s);
        QVERIFY(historyDir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(QDir().mkpath(historyDir));
        // A profile store of this test alone, in its private folder.
        QCOMPARE(QFileInfo(settings.profileStorePath()).absolutePath(),
                 QFileInfo(settings.filePath(u"x"_s)).absolutePath());
        QVERIFY(!QFile::exists(settings.profileStorePath()));
    }
    // What a test left behind is gone for the next one.
    QVERIFY(!QSettings().contains(key));
    QVERIFY(!QDir(historyDir).exists());
}

void TestTestSupport::awaitOneTakesWhatCameAndTimesOut()
{
    QTimer timer;
    timer.setSingleShot(true);
    QSignalSpy spy(&timer, &QTimer::timeout);
    QVERIFY(!awaitOne(spy, 50)); // nothing comes: false, after the timeout
    timer.start(0);
    QVERIFY(awaitOne(spy));
    QCOMPARE(spy.size(), 1);
    QVERIFY(awaitOne(spy, 0)); // caught already: no wait
}

void TestTestSupport::modelFixtures()
{
    const QJsonObject json = modelJson(u"u-1"_s, u"Alpha"_s, u"first"_s);
    const QList<lb::LlmModel> models = asModels({json, withField(json, u"name"_s, u"Beta"_s)});
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).uuid(), u"u-1"_s);
    QCOMPARE(models.at(0).name(), u"Alpha"_s);
    QCOMPARE(models.at(1).name(), u"Beta"_s);
    QCOMPARE(models.at(0).requester(), u"openai-chat-completions"_s);
}

void TestTestSupport::filesRoundTrip()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"a.json"_s, "{\"a\": 1}");
    QVERIFY(!path.isEmpty());
    QCOMPARE(readFile(path), QByteArray("{\"a\": 1}"));
    QVERIFY(readFile(dir.filePath(u"missing.json"_s)).isEmpty());
    QVERIFY(writeFile(dir, u"no/such/folder/b.json"_s, "x").isEmpty());
}

void TestTestSupport::manualClockFiresWhatIsDueInOrder()
{
    ManualClock clock;
    const QDateTime start = clock.now();
    lb::ClockTimer late, early, repeating;
    QList<std::pair<QString, qint64>> fired;
    for (auto [timer, name] :
         {std::pair{&late, u"late"_s}, std::pair{&early, u"early"_s}, std::pair{&repeating, u"repeating"_s}}) {
        timer->setClock(&clock);
        QObject::connect(timer, &lb::ClockTimer::timeout, timer, [&fired, &clock, name] {
            fired.append({name, clock.monotonicMs()});
        });
    }
    late.setSingleShot(true);
    early.setSingleShot(true);
    late.start(300);
    early.start(100);
    repeating.start(250);
    QCOMPARE(clock.pendingTimers(), 3);
    QCOMPARE(clock.nextTimerInMs(), 100);

    clock.advance(99);
    QVERIFY(fired.isEmpty()); // nothing before its time
    clock.advance(501);
    const QList<std::pair<QString, qint64>> expected{
        {u"early"_s, 100}, {u"repeating"_s, 250}, {u"late"_s, 300}, {u"repeating"_s, 500}};
    QCOMPARE(fired, expected);
    QCOMPARE(clock.monotonicMs(), 600);
    QCOMPARE(clock.now(), start.addMSecs(600));
    QVERIFY(!late.isActive());
    QVERIFY(repeating.isActive());

    // A stopped timer does not fire; the next one is the only one left.
    repeating.stop();
    QCOMPARE(clock.pendingTimers(), 0);
    QVERIFY(!clock.advanceToNextTimer());
    early.start(50);
    QVERIFY(clock.advanceToNextTimer());
    QCOMPARE(fired.constLast(), (std::pair{u"early"_s, qint64(650)}));
}

void TestTestSupport::manualClockGoneFirstLeavesTimersStopped()
{
    lb::ClockTimer timer;
    {
        ManualClock clock;
        timer.setClock(&clock);
        timer.start(100);
        QVERIFY(timer.isActive());
    }
    QVERIFY(!timer.isActive());
    QCOMPARE(timer.clock(), lb::Clock::system());
}

void TestTestSupport::systemClockTimerFires()
{
    lb::ClockTimer timer;
    QCOMPARE(timer.clock(), lb::Clock::system());
    timer.setSingleShot(true);
    QSignalSpy spy(&timer, &lb::ClockTimer::timeout);
    const qint64 before = lb::Clock::system()->monotonicMs();
    timer.start(20);
    QVERIFY(awaitOne(spy));
    QCOMPARE(spy.size(), 1);
    QVERIFY(lb::Clock::system()->monotonicMs() - before >= 20); // not before its time
    QVERIFY(!timer.isActive());
}

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
