// Tests of lb::SchemaCache: the per-profile copy of the requester list on
// disk round-trips (raw answer, time, version, parsed schemas), lives under
// the cache location, keeps the good parts of a partly broken answer, and
// ignores missing, foreign or unreadable files.

#include "TestSupport.h"
#include "schema/SchemaCache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lb;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSchemaCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void defaultDirectory();
    void profilesAreSeparate();
    void keepsTheGoodParts();
    void unusable_data();
    void unusable();
    void refusesBadInput();
    void fileNameStaysInside();

private:
    QJsonObject m_fixtureData; // the bundled requester list's "data"
};

void TestSchemaCache::initTestCase()
{
    lb::testsupport::useTestPaths();
    LB_REQUIRE_REQUESTERS(fixture);
    m_fixtureData = fixture.data.toObject();
}

void TestSchemaCache::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SchemaCache cache(dir.path());
    const QString profile = u"4b1f0c1e-profile"_s;
    QVERIFY(!cache.contains(profile));

    const QJsonObject data = m_fixtureData;
    const QDateTime when = QDateTime::currentDateTime().addSecs(-7200);
    QVERIFY(cache.save(profile, data, u"v4.6.5"_s, when));
    QVERIFY(cache.contains(profile));
    QCOMPARE(cache.fileFor(profile), dir.path() + u"/4b1f0c1e-profile.json"_s);
    QVERIFY(QFile::exists(cache.fileFor(profile)));

    const SchemaCache::Snapshot snap = cache.load(profile);
    QVERIFY(snap.valid);
    QVERIFY(snap.errors.isEmpty());
    QCOMPARE(snap.answer, QJsonValue(data)); // the raw answer, as fetched
    QCOMPARE(snap.requesters.size(), 24);
    QCOMPARE(snap.requesters.first().name(), u"302-ai-chat-completions"_s);
    QCOMPARE(lb::requestersSupporting(snap.requesters).size(), 23);
    QCOMPARE(snap.fetchedAt, when);
    QCOMPARE(snap.fetchedAt.timeSpec(), Qt::LocalTime);
    QCOMPARE(snap.serverVersion, u"v4.6.5"_s);

    // The same as parsing the answer directly.
    const lb::RequesterListParse direct = lb::parseRequesterList(data);
    for (qsizetype i = 0; i < direct.requesters.size(); ++i) {
        QCOMPARE(snap.requesters.at(i).json(), direct.requesters.at(i).json());
        QCOMPARE(snap.requesters.at(i).fields().size(), direct.requesters.at(i).fields().size());
    }

    // Saving again replaces the file.
    QJsonObject smaller = data;
    smaller.insert(u"requesters"_s, QJsonArray{data.value("requesters"_L1).toArray().at(3)});
    QVERIFY(cache.save(profile, smaller));
    QCOMPARE(cache.load(profile).requesters.size(), 1);
    QCOMPARE(cache.load(profile).serverVersion, QString());

    cache.remove(profile);
    QVERIFY(!cache.contains(profile));
    QVERIFY(!cache.load(profile).valid);
}

void TestSchemaCache::defaultDirectory()
{
    const SchemaCache cache;
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/schemas"_s;
    QCOMPARE(cache.directory(), expected);
    QCOMPARE(cache.fileFor(u"p1"_s), expected + u"/p1.json"_s);

    // Works end to end in the test-mode location, then cleans up.
    QVERIFY(cache.save(u"p1"_s, m_fixtureData));
    QVERIFY(cache.load(u"p1"_s).valid);
    cache.remove(u"p1"_s);
    QVERIFY(!QFile::exists(cache.fileFor(u"p1"_s)));
}

void TestSchemaCache::profilesAreSeparate()
{
    QTemporaryDir dir;
    const SchemaCache cache(dir.path());
    const QJsonObject data = m_fixtureData;
    QJsonObject one = data;
    one.insert(u"requesters"_s, QJsonArray{data.value("requesters"_L1).toArray().at(0)});
    QVERIFY(cache.save(u"a"_s, data));
    QVERIFY(cache.save(u"b"_s, one));
    QCOMPARE(cache.load(u"a"_s).requesters.size(), 24);
    QCOMPARE(cache.load(u"b"_s).requesters.size(), 1);
    QVERIFY(!cache.load(u"c"_s).valid);
}

void TestSchemaCache::keepsTheGoodParts()
{
    QTemporaryDir dir;
    const SchemaCache cache(dir.path());
    QJsonObject data = m_fixtureData;
    QJsonArray list = data.value("requesters"_L1).toArray();
    list.insert(1, QJsonValue(u"garbage"_s));
    data.insert(u"requesters"_s, list);
    QVERIFY(cache.save(u"p"_s, data));
    const SchemaCache::Snapshot snap = cache.load(u"p"_s);
    QVERIFY(snap.valid);
    QCOMPARE(snap.requesters.size(), 24);
    QCOMPARE(snap.errors.size(), 1);
    QVERIFY(snap.errors.first().toString().startsWith(u"requesters[1]: not an object"_s));
}

void TestSchemaCache::unusable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{{{ not json");
    QTest::newRow("a list") << QByteArray("[1,2]");
    QTest::newRow("the model cache's format")
        << QByteArray(R"({"format":"langbot-console-model-cache","version":1,"models":[]})");
    QTest::newRow("a newer version") << QByteArray(
        R"({"format":"langbot-console-schema-cache","version":2,"answer":{"requesters":[]}})");
    QTest::newRow("a bare server answer") << QByteArray(R"({"code":0,"msg":"ok","data":{"requesters":[]}})");
}

void TestSchemaCache::unusable()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const SchemaCache cache(dir.path());
    QVERIFY(writeFile(cache.fileFor(u"p"_s), bytes));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring an unreadable schema cache"_s));
    const SchemaCache::Snapshot snap = cache.load(u"p"_s);
    QVERIFY(!snap.valid);
    QVERIFY(snap.requesters.isEmpty());
}

void TestSchemaCache::refusesBadInput()
{
    QTemporaryDir dir;
    const SchemaCache cache(dir.path());
    QVERIFY(!cache.save(QString(), m_fixtureData));
    QVERIFY(!cache.save(u"p"_s, QJsonValue(u"text"_s)));
    QVERIFY(!cache.save(u"p"_s, QJsonValue()));
    QVERIFY(!cache.load(QString()).valid);
    QVERIFY(!cache.contains(QString()));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestSchemaCache::fileNameStaysInside()
{
    QTemporaryDir dir;
    const SchemaCache cache(dir.path() + u"/schemas"_s);
    const QString file = cache.fileFor(u"../../etc/passwd"_s);
    QCOMPARE(QFileInfo(file).absolutePath(), QDir(dir.path() + u"/schemas"_s).absolutePath());
    QVERIFY(cache.save(u"../../etc/passwd"_s, m_fixtureData));
    QVERIFY(QFile::exists(file));
    QCOMPARE(cache.load(u"../../etc/passwd"_s).requesters.size(), 24);
}

QTEST_GUILESS_MAIN(TestSchemaCache)
#include "tst_schemacache.moc"
