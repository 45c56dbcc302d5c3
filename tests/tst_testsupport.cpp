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
    void missingFixtureNamesTheFile();
    void damagedFixtureNamesTheFile();
    void fixtureWithoutRequestersNamesTheFile();
    void testSettingsArePrivateAndStartEmpty();
    void awaitOneTakesWhatCameAndTimesOut();
    void modelFixtures();
    void filesRoundTrip();
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

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
