// ProfileJsonFile: the one save/load helper of the per-profile JSON files
// (model cache, schema cache, test history). Atomic writes, a size limit, and
// errors that say which file and what is wrong.
#include "ProfileFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lb;

class TestProfileJsonFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void missingIsNotAnError();
    void unreadable_data();
    void unreadable();
    void tooLarge();
    void failedWriteSaysWhereAndWhy();
    void noProfileNoFile();
    void fileNameStaysInside();
};

namespace {

const auto kFormat = "langbot-console-test-file"_L1;

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestProfileJsonFile::roundTrip()
{
    QTemporaryDir dir;
    const ProfileJsonFile file(dir.path() + u"/sub"_s, kFormat, 2, "test file"_L1);
    QString error;
    QVERIFY(file.save(u"p1"_s, {{u"models"_s, QJsonArray{1, 2}}}, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(file.exists(u"p1"_s));
    QCOMPARE(file.fileFor(u"p1"_s), dir.path() + u"/sub/p1.json"_s);

    QJsonObject root;
    QCOMPARE(file.load(u"p1"_s, &root, &error), ProfileJsonFile::Load::Ok);
    QCOMPARE(root.value(u"format"_s).toString(), QString(kFormat));
    QCOMPARE(root.value(u"version"_s).toInt(), 2);
    QCOMPARE(root.value(u"models"_s).toArray(), (QJsonArray{1, 2}));

    // An older version is read; no version reads as 1.
    QVERIFY(writeRaw(file.fileFor(u"old"_s), R"({"format":"langbot-console-test-file","version":1,"a":1})"));
    QCOMPARE(file.load(u"old"_s, &root), ProfileJsonFile::Load::Ok);
    QVERIFY(writeRaw(file.fileFor(u"none"_s), R"({"format":"langbot-console-test-file","a":1})"));
    QCOMPARE(file.load(u"none"_s, &root), ProfileJsonFile::Load::Ok);
    QCOMPARE(root.value(u"a"_s).toInt(), 1);

    file.remove(u"p1"_s);
    QVERIFY(!file.exists(u"p1"_s));
    QVERIFY(!QFile::exists(dir.path() + u"/sub/p1.json"_s));
}

void TestProfileJsonFile::missingIsNotAnError()
{
    QTemporaryDir dir;
    const ProfileJsonFile file(dir.path(), kFormat, 1, "test file"_L1);
    QJsonObject root{{u"untouched"_s, true}};
    QString error;
    QCOMPARE(file.load(u"nobody"_s, &root, &error), ProfileJsonFile::Load::Missing);
    QVERIFY(error.isEmpty());
    QCOMPARE(root.value(u"untouched"_s), QJsonValue(true));
    QVERIFY(!file.exists(u"nobody"_s));
}

void TestProfileJsonFile::unreadable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QByteArray() << u"not JSON at byte 0"_s;
    QTest::newRow("broken") << QByteArray(R"({"format": )") << u"not JSON at byte"_s;
    QTest::newRow("a list") << QByteArray("[1, 2]") << u"expected a JSON object"_s;
    QTest::newRow("another format") << QByteArray(R"({"format":"langbot-console-model-cache","version":1})")
                                    << u"expected the format \"langbot-console-test-file\", "
                                       u"got \"langbot-console-model-cache\""_s;
    QTest::newRow("no format") << QByteArray(R"({"version":1})")
                               << u"expected the format \"langbot-console-test-file\", got \"\""_s;
    QTest::newRow("newer") << QByteArray(R"({"format":"langbot-console-test-file","version":3})")
                           << u"version 3 is not one this console reads (1 to 2)"_s;
    QTest::newRow("zero") << QByteArray(R"({"format":"langbot-console-test-file","version":0})")
                          << u"version 0 is not one this console reads (1 to 2)"_s;
}

void TestProfileJsonFile::unreadable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const ProfileJsonFile file(dir.path(), kFormat, 2, "test file"_L1);
    QVERIFY(writeRaw(file.fileFor(u"p"_s), bytes));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^ignoring an unreadable test file - "_s));
    QJsonObject root;
    QString error;
    QCOMPARE(file.load(u"p"_s, &root, &error), ProfileJsonFile::Load::Unreadable);
    QVERIFY(root.isEmpty());
    // Where (the file) and what.
    QVERIFY2(error.startsWith(file.fileFor(u"p"_s) + u": "_s), qPrintable(error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestProfileJsonFile::tooLarge()
{
    QTemporaryDir dir;
    const ProfileJsonFile file(dir.path(), kFormat, 1, "test file"_L1);
    {
        QFile big(file.fileFor(u"p"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(ProfileJsonFile::kMaxFileSize + 1)); // sparse: no disk used
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring an unreadable test file"_s));
    QJsonObject root;
    QString error;
    QCOMPARE(file.load(u"p"_s, &root, &error), ProfileJsonFile::Load::Unreadable);
    QCOMPARE(error, file.fileFor(u"p"_s) + u": larger than %1 bytes"_s.arg(ProfileJsonFile::kMaxFileSize));
}

void TestProfileJsonFile::failedWriteSaysWhereAndWhy()
{
    QTemporaryDir dir;
    // The folder of the files is a plain file: nothing can be written there
    // (whatever the user's rights, root included).
    const QString notAFolder = dir.filePath(u"not-a-folder"_s);
    QVERIFY(writeRaw(notAFolder, "x"));
    const ProfileJsonFile file(notAFolder, kFormat, 1, "test file"_L1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^cannot write the test file - cannot write "_s));
    QString error;
    QVERIFY(!file.save(u"p"_s, {{u"n"_s, 2}}, &error));
    QVERIFY2(error.startsWith(u"cannot write "_s + file.fileFor(u"p"_s) + u": "_s), qPrintable(error));
    QVERIFY(error.size() > (u"cannot write "_s + file.fileFor(u"p"_s) + u": "_s).size()); // and why
    QFile kept(notAFolder);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("x"));
}

void TestProfileJsonFile::noProfileNoFile()
{
    QTemporaryDir dir;
    const ProfileJsonFile file(dir.path(), kFormat, 1, "test file"_L1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot write the test file"_s));
    QString error;
    QVERIFY(!file.save(QString(), {{u"n"_s, 1}}, &error));
    QCOMPARE(error, u"cannot write a langbot-console-test-file file without a profile"_s);
    QJsonObject root;
    QCOMPARE(file.load(QString(), &root), ProfileJsonFile::Load::Missing);
    QVERIFY(!file.exists(QString()));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestProfileJsonFile::fileNameStaysInside()
{
    QTemporaryDir dir;
    const ProfileJsonFile file(dir.path() + u"/files"_s, kFormat, 1, "test file"_L1);
    const QString path = file.fileFor(u"../../etc/passwd"_s);
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.path() + u"/files"_s).absolutePath());
    QVERIFY(file.save(u"../../etc/passwd"_s, {{u"n"_s, 1}}));
    QVERIFY(QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestProfileJsonFile)
#include "tst_profilejsonfile.moc"
