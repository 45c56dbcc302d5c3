// The test-support library: fixtures come from the repository, and a
// missing or damaged one is a failure that names the file, never a crash.
#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
