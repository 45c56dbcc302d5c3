// TransferDocument: the one reader/writer of the transfer documents. Both the
// models and the profiles document read and write their envelope, list and
// file through it; every error says where (a JSON path, or the file) and what.
#include "transfer/ModelsDocument.h"
#include "transfer/ProfilesDocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace lb;

class TestTransferDocument : public QObject
{
    Q_OBJECT
private slots:
    void envelopeErrors_data();
    void envelopeErrors();
    void envelopeIsRead_data();
    void envelopeIsRead();
    void envelopeIsWritten();
    void files_data();
    void files();
    void unreadableFiles_data();
    void unreadableFiles();
};

namespace {

enum class Kind { Models, Profiles };

QList<DocumentError> readErrors(Kind kind, const QByteArray &bytes)
{
    return kind == Kind::Models ? ModelsDocument::read(bytes).errors.list()
                                : ProfilesDocument::read(bytes).errors.list();
}

QByteArray header(Kind kind)
{
    return kind == Kind::Models ? R"("format":"langbot-console/models","version":1)"_ba
                                : R"("format":"langbot-console/profiles","version":1)"_ba;
}

QByteArray listKey(Kind kind)
{
    return kind == Kind::Models ? "models"_ba : "profiles"_ba;
}

void addBothKinds(const char *name, const std::function<QByteArray(Kind)> &bytes,
                  const std::function<DocumentError(Kind)> &expected)
{
    for (const Kind kind : {Kind::Models, Kind::Profiles}) {
        QTest::addRow("%s: %s", kind == Kind::Models ? "models" : "profiles", name)
            << kind << bytes(kind) << expected(kind);
    }
}

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(lb::DocumentError)

void TestTransferDocument::envelopeErrors_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DocumentError>("expected");

    addBothKinds(
        "not JSON", [](Kind) { return "{\n  \"format\": ,\n}"_ba; },
        [](Kind) {
            return DocumentError{QString(), u"not JSON: line 2, column 13: illegal value"_s};
        });
    addBothKinds(
        "not an object", [](Kind) { return "[1]"_ba; },
        [](Kind) {
            return DocumentError{QString(), u"expected a JSON object at the top, got an array"_s};
        });
    addBothKinds(
        "the other kind", [](Kind k) { return "{" + header(k == Kind::Models ? Kind::Profiles : Kind::Models) + "}"; },
        [](Kind k) {
            return k == Kind::Models ? DocumentError{u"format"_s,
                                                     u"this is a \"langbot-console/profiles\" document, expected "
                                                     u"\"langbot-console/models\""_s}
                                     : DocumentError{u"format"_s,
                                                     u"this is a \"langbot-console/models\" document, expected "
                                                     u"\"langbot-console/profiles\""_s};
        });
    addBothKinds(
        "newer version",
        [](Kind k) {
            QByteArray h = header(k);
            h.replace(R"("version":1)", R"("version":7)");
            return "{" + h + "}";
        },
        [](Kind k) {
            // Models documents are read up to version 2 (providers), profiles up to 1.
            return DocumentError{u"version"_s,
                                 u"unsupported version 7; this console reads version %1 (a newer "
                                 u"langbot-console wrote this file)"_s.arg(k == Kind::Models ? 2 : 1)};
        });
    addBothKinds(
        "time not a string", [](Kind k) { return "{" + header(k) + R"(,"exported_at":5,")" + listKey(k) + R"(":[]})"; },
        [](Kind) {
            return DocumentError{u"exported_at"_s, u"expected a string, got a number"_s};
        });
    addBothKinds(
        "time not a time",
        [](Kind k) { return "{" + header(k) + R"(,"exported_at":"yesterday",")" + listKey(k) + R"(":[]})"; },
        [](Kind) {
            return DocumentError{u"exported_at"_s, u"not an ISO-8601 time: \"yesterday\""_s};
        });
    addBothKinds(
        "generator not a string",
        [](Kind k) { return "{" + header(k) + R"(,"generator":[],")" + listKey(k) + R"(":[]})"; },
        [](Kind) {
            return DocumentError{u"generator"_s, u"expected a string, got an array"_s};
        });
    addBothKinds(
        "no list", [](Kind k) { return "{" + header(k) + "}"; },
        [](Kind k) {
            return k == Kind::Models ? DocumentError{u"models"_s, u"missing; expected a list of models"_s}
                                     : DocumentError{u"profiles"_s, u"missing; expected a list of profiles"_s};
        });
    addBothKinds(
        "list not a list", [](Kind k) { return "{" + header(k) + ",\"" + listKey(k) + "\":{}}"; },
        [](Kind k) {
            return k == Kind::Models ? DocumentError{u"models"_s, u"expected a list of models, got an object"_s}
                                     : DocumentError{u"profiles"_s, u"expected a list of profiles, got an object"_s};
        });
}

void TestTransferDocument::envelopeErrors()
{
    QFETCH(Kind, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(DocumentError, expected);
    const QList<DocumentError> errors = readErrors(kind, bytes);
    QVERIFY2(errors.contains(expected), qPrintable(errors.isEmpty() ? u"no error"_s : errors.first().toString()));
}

void TestTransferDocument::envelopeIsRead_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("models") << Kind::Models;
    QTest::newRow("profiles") << Kind::Profiles;
}

void TestTransferDocument::envelopeIsRead()
{
    QFETCH(Kind, kind);
    const QByteArray bytes = "{" + header(kind)
        + R"(,"exported_at":"2025-06-01T12:20:30+02:00","generator":"someone 9",")" + listKey(kind) + R"(":[]})";
    const QDateTime expected(QDate(2025, 6, 1), QTime(10, 20, 30), Qt::UTC);
    if (kind == Kind::Models) {
        const ModelsDocument::ReadResult read = ModelsDocument::read(bytes);
        QVERIFY(read.ok());
        QCOMPARE(read.document.exportedAt, expected);
        QCOMPARE(read.document.exportedAt.timeSpec(), Qt::UTC);
        QCOMPARE(read.document.generator, u"someone 9"_s);
    } else {
        const ProfilesDocument::ReadResult read = ProfilesDocument::read(bytes);
        QVERIFY(read.ok());
        QCOMPARE(read.document.exportedAt, expected);
        QCOMPARE(read.document.exportedAt.timeSpec(), Qt::UTC);
        QCOMPARE(read.document.generator, u"someone 9"_s);
    }
}

void TestTransferDocument::envelopeIsWritten()
{
    const QDateTime now(QDate(2025, 6, 1), QTime(10, 20, 30, 999), Qt::UTC);
    const QByteArray models = ModelsDocument::fromServer({}, {}, {}, now).toJson();
    const QByteArray profiles = ProfilesDocument::fromProfiles({}, now).toJson();
    const QByteArray generator = "\"generator\": \"langbot-console " LANGBOT_VERSION "\"";
    QVERIFY2(models.startsWith("{\n  \"format\": \"langbot-console/models\",\n  \"version\": 1,\n"
                               "  \"exported_at\": \"2025-06-01T10:20:30Z\",\n  "
                               + generator + ",\n"),
             models.constData());
    QVERIFY2(profiles.startsWith("{\n  \"format\": \"langbot-console/profiles\",\n  \"version\": 1,\n"
                                 "  \"exported_at\": \"2025-06-01T10:20:30Z\",\n  "
                                 + generator + ",\n"),
             profiles.constData());
}

void TestTransferDocument::files_data()
{
    envelopeIsRead_data();
}

void TestTransferDocument::files()
{
    QFETCH(Kind, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"doc.json"_s);
    const QDateTime now(QDate(2025, 6, 1), QTime(10, 20, 30), Qt::UTC);
    QString error;
    if (kind == Kind::Models) {
        lb::LlmModel model(QJsonObject{{u"uuid"_s, u"u1"_s}, {u"name"_s, u"m"_s}, {u"requester"_s, u"r"_s}});
        QVERIFY(ModelsDocument::fromServer({model}, {}, {}, now).writeFile(path, &error));
        const ModelsDocument::ReadResult read = ModelsDocument::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
        QCOMPARE(read.document.exportedAt, now);
        QCOMPARE(read.document.models.size(), 1);
    } else {
        lb::Profile profile;
        profile.name = u"Staging"_s;
        profile.baseUrl = QUrl(u"https://staging.example.org"_s);
        QVERIFY(ProfilesDocument::fromProfiles({profile}, now).writeFile(path, &error));
        const ProfilesDocument::ReadResult read = ProfilesDocument::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
        QCOMPARE(read.document.exportedAt, now);
        QCOMPARE(read.document.profiles.size(), 1);
    }
    // A write that fails says which file and why, and leaves no file.
    const QString blocked = dir.filePath(u"doc.json/inside.json"_s); // doc.json is a file
    const bool written = kind == Kind::Models ? ModelsDocument().writeFile(blocked, &error)
                                              : ProfilesDocument().writeFile(blocked, &error);
    QVERIFY(!written);
    QVERIFY2(error.startsWith(u"cannot write "_s + blocked + u": "_s), qPrintable(error));
    QVERIFY(!QFile::exists(blocked));
}

void TestTransferDocument::unreadableFiles_data()
{
    envelopeIsRead_data();
}

void TestTransferDocument::unreadableFiles()
{
    QFETCH(Kind, kind);
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.json"_s);
    const QString huge = dir.filePath(u"huge.json"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(lb::TransferJson::kMaxFileSize + 1)); // sparse
    }
    for (const QString &path : {missing, huge}) {
        const DocumentErrors errors = kind == Kind::Models ? ModelsDocument::readFile(path, 5).errors
                                                           : ProfilesDocument::readFile(path, 5).errors;
        QCOMPARE(errors.size(), 1);
        const DocumentError error = errors.list().first();
        QVERIFY(error.path.isEmpty()); // the file as a whole
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(path == missing ? error.message.startsWith(u"cannot open "_s + path + u": "_s)
                                 : error.message.contains(u"too large"_s),
                 qPrintable(error.message));
    }
}

QTEST_GUILESS_MAIN(TestTransferDocument)
#include "tst_transferdocument.moc"
