// Tests of the export documents (src/core/transfer): the models document
// written and read back field by field, secrets left out unless asked for,
// "***" never written, byte-stable output in the documented key order, every
// kind of bad input reported with its JSON path, and the profiles document.

#include "Fixtures.h"
#include "model/LlmModel.h"
#include "transfer/JsonWriter.h"
#include "transfer/ModelsDocument.h"
#include "transfer/ProfilesDocument.h"
#include "transfer/TransferJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace lb;

namespace {

LlmModel modelNamed(const QList<LlmModel> &list, const QString &name)
{
    for (const LlmModel &m : list) {
        if (m.name() == name)
            return m;
    }
    return LlmModel(); // no uuid: the caller's check fails
}

const DocumentModel *documentModel(const ModelsDocument &doc, const QString &uuid)
{
    for (const DocumentModel &d : doc.models) {
        if (d.model.uuid() == uuid)
            return &d;
    }
    return nullptr;
}

ExportSource source()
{
    return ExportSource{u"Staging"_s, QUrl(u"https://admin:hunter2@langbot.example.org:8443/lb"_s), u"v4.6.5"_s};
}

QDateTime fixedTime()
{
    return QDateTime(QDate(2025, 6, 10), QTime(9, 8, 7, 654), QTimeZone(2 * 3600));
}

const QStringList kAllSecrets = {u"sk-transfer-fixture-KEY-AAAA1111"_s,     u"sk-transfer-fixture-KEY-BBBB2222"_s,
                                 u"sk-transfer-fixture-KEY-CCCC3333"_s,     u"sk-ant-transfer-fixture-KEY-DDDD4444"_s,
                                 u"sk-ant-transfer-fixture-KEY-EEEE5555"_s, u"sk-ant-transfer-fixture-KEY-FFFF6666"_s,
                                 u"sk-transfer-fixture-KEY-GGGG7777"_s};

QStringList errorTexts(const lb::DocumentErrors &errors)
{
    QStringList out;
    for (const DocumentError &e : errors.list())
        out.append(e.toString());
    return out;
}

// A valid document with one model, for the bad-input table to break.
QJsonObject validRoot()
{
    QJsonObject model{{u"name"_s, u"m"_s}, {u"requester"_s, u"openai-chat-completions"_s}};
    return QJsonObject{
        {u"format"_s, u"langbot-console/models"_s}, {u"version"_s, 1}, {u"models"_s, QJsonArray{model, model, model}}};
}

QByteArray withModelField(qsizetype index, const QString &key, const QJsonValue &value)
{
    QJsonObject root = validRoot();
    QJsonArray models = root.value(u"models"_s).toArray();
    QJsonObject model = models.at(index).toObject();
    if (value.isUndefined())
        model.remove(key);
    else
        model.insert(key, value);
    models.replace(index, model);
    root.insert(u"models"_s, models);
    return QJsonDocument(root).toJson();
}

QByteArray withRootField(const QString &key, const QJsonValue &value)
{
    QJsonObject root = validRoot();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return QJsonDocument(root).toJson();
}

QJsonValue parse(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    if (doc.isNull())
        qFatal("bad JSON in test: %s", json);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestExportDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripFieldByField_data();
    void roundTripFieldByField();
    void secretsLeftOutByDefault();
    void secretsWrittenWhenAsked();
    void maskedKeysNeverWritten_data();
    void maskedKeysNeverWritten();
    void newServerSecretsNeverWritten();
    void header();
    void stableOutput();
    void keyOrder();
    void goldenFile();
    void jsonWriterFormat();

    void badInput_data();
    void badInput();
    void notJsonLineAndColumn_data();
    void notJsonLineAndColumn();
    void collectsAllErrors();
    void errorCap();
    void readerStripsTimestampsAndMasks();

    void files();
    void detectKind();

    void profilesRoundTrip();
    void profilesNoSecrets();
    void profilesBadInput_data();
    void profilesBadInput();

private:
    // tests/data/transfer-server-models.json: 7 models as a server lists them.
    QList<LlmModel> m_serverModels;
};

void TestExportDocument::initTestCase()
{
    const QString path = lb::testsupport::testDataPath(u"transfer-server-models.json"_s);
    LB_REQUIRE_MODELS(models, path);
    m_serverModels = models;
    QVERIFY2(m_serverModels.size() == 7, qPrintable(path + u": expected 7 models"_s));
}

void TestExportDocument::roundTripFieldByField_data()
{
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<bool>("includeSecrets");
    for (const LlmModel &m : m_serverModels) {
        for (const bool secrets : {false, true}) {
            const QByteArray tag = (m.name() + (secrets ? u" +secrets"_s : u" -secrets"_s)).toUtf8();
            QTest::newRow(tag.constData()) << m.uuid() << secrets;
        }
    }
}

void TestExportDocument::roundTripFieldByField()
{
    QFETCH(QString, uuid);
    QFETCH(bool, includeSecrets);
    const QList<LlmModel> models = m_serverModels;
    const auto original
        = std::find_if(models.cbegin(), models.cend(), [&](const LlmModel &m) { return m.uuid() == uuid; });
    QVERIFY(original != models.cend());

    const QByteArray bytes
        = ModelsDocument::fromServer(models, source(), ExportOptions{includeSecrets}, fixedTime()).toJson();
    const ModelsDocument::ReadResult read = ModelsDocument::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
    QCOMPARE(read.document.models.size(), models.size());
    const DocumentModel *back = documentModel(read.document, uuid);
    QVERIFY(back);

    // What must come back: the record less the server's time stamps, and
    // less the keys unless they were asked for (and are real, not "***").
    QJsonObject expected = original->json();
    expected.remove(u"created_at"_s);
    expected.remove(u"updated_at"_s);
    const bool masked = original->apiKeys().contains(u"***"_s);
    const bool hadKeysField = original->json().contains(u"api_keys"_s);
    const bool keysCarried = hadKeysField && !masked && (includeSecrets || original->apiKeyCount() == 0);
    if (!keysCarried)
        expected.remove(u"api_keys"_s);

    const QJsonObject actual = back->model.json();
    QStringList expectedKeys = expected.keys();
    QCOMPARE(actual.keys(), expectedKeys);
    for (const QString &key : std::as_const(expectedKeys))
        QVERIFY2(actual.value(key) == expected.value(key), qPrintable(u"field "_s + key + u" differs"_s));

    // The typed view agrees.
    QCOMPARE(back->model.name(), original->name());
    QCOMPARE(back->model.description(), original->description());
    QCOMPARE(back->model.requester(), original->requester());
    QCOMPARE(back->model.requesterConfig(), original->requesterConfig());
    QCOMPARE(back->model.abilities(), original->abilities());
    QCOMPARE(back->model.abilitiesShape(), original->abilitiesShape());
    QCOMPARE(back->model.extraArgs(), original->extraArgs());
    QCOMPARE(back->carriesKeys(), keysCarried);
    if (keysCarried) {
        QCOMPARE(back->model.apiKeys(), original->apiKeys());
        QCOMPARE(back->model.apiKeysShape(), original->apiKeysShape());
    } else {
        QVERIFY(back->model.apiKeys().isEmpty());
        QCOMPARE(back->keyCount, hadKeysField ? original->apiKeyCount() : -1);
        QCOMPARE(back->keys,
                 !hadKeysField ? DocumentModel::Keys::Absent
                     : masked  ? DocumentModel::Keys::Masked
                               : DocumentModel::Keys::NotExported);
    }
}

void TestExportDocument::secretsLeftOutByDefault()
{
    const QList<LlmModel> models = m_serverModels;
    const ModelsDocument doc = ModelsDocument::fromServer(models, source(), ExportOptions(), fixedTime());
    QVERIFY(!doc.secretsIncluded);
    const QByteArray bytes = doc.toJson();
    for (const QString &secret : kAllSecrets)
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(u"secrets_included"_s), QJsonValue(false));
    QHash<QString, QJsonValue> keysByName;
    for (const QJsonValue &m : root.value(u"models"_s).toArray())
        keysByName.insert(m[u"name"_s].toString(), m[u"api_keys"_s]);
    QCOMPARE(keysByName.value(u"gpt-4o"_s), parse(R"({"not_exported": true, "count": 2, "reason": "excluded"})"));
    QCOMPARE(keysByName.value(u"Claude-Sonnet"_s),
             parse(R"({"not_exported": true, "count": 3, "reason": "excluded"})"));
    QCOMPARE(keysByName.value(u"deepseek-chat"_s),
             parse(R"({"not_exported": true, "count": 1, "reason": "excluded"})"));
    // No keys: nothing to hide, the empty list stays (an import then knows none are needed).
    QCOMPARE(keysByName.value(u"qwen2.5:7b"_s), QJsonValue(QJsonArray()));
    // No api_keys field at all: none written.
    QVERIFY(keysByName.value(u"no-keys-field"_s).isUndefined());
    QVERIFY(keysByName.contains(u"no-keys-field"_s));
}

void TestExportDocument::secretsWrittenWhenAsked()
{
    const QList<LlmModel> models = m_serverModels;
    const ModelsDocument doc = ModelsDocument::fromServer(models, source(), ExportOptions{true}, fixedTime());
    const QByteArray bytes = doc.toJson();
    QVERIFY(bytes.contains("\"secrets_included\": true"));
    for (const QString &secret : kAllSecrets)
        QVERIFY2(bytes.contains(secret.toUtf8()), qPrintable(secret));

    const ModelsDocument::ReadResult read = ModelsDocument::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
    QVERIFY(read.document.secretsIncluded);
    const LlmModel claude = modelNamed(models, u"Claude-Sonnet"_s);
    QVERIFY(!claude.uuid().isEmpty());
    const DocumentModel *back = documentModel(read.document, claude.uuid());
    QVERIFY(back && back->carriesKeys());
    QCOMPARE(back->keyCount, 3);
    // The contract's groups come back as they were (shape kept, group fields too).
    QCOMPARE(back->model.json().value(u"api_keys"_s), claude.json().value(u"api_keys"_s));
}

void TestExportDocument::maskedKeysNeverWritten_data()
{
    QTest::addColumn<bool>("includeSecrets");
    QTest::newRow("secrets excluded") << false;
    QTest::newRow("secrets included") << true;
}

void TestExportDocument::maskedKeysNeverWritten()
{
    QFETCH(bool, includeSecrets);
    const QList<LlmModel> models = m_serverModels;
    const QByteArray bytes
        = ModelsDocument::fromServer(models, source(), ExportOptions{includeSecrets}, fixedTime()).toJson();
    QVERIFY(!bytes.contains("***"));
    const QJsonArray list = QJsonDocument::fromJson(bytes).object().value(u"models"_s).toArray();
    const auto qwen = std::find_if(list.begin(), list.end(), [](const QJsonValue &m) {
        return m[u"uuid"_s] == u"6a7b8c9d-1e2f-4a3b-9c4d-5e6f7a8b9c06"_s;
    });
    QVERIFY(qwen != list.end());
    QCOMPARE((*qwen)[u"api_keys"_s], parse(R"({"not_exported": true, "count": 2, "reason": "masked"})"));

    // Even a document built by hand that claims to carry "***" writes the marker.
    ModelsDocument handMade;
    DocumentModel d;
    d.model = LlmModel(QJsonObject{
        {u"name"_s, u"x"_s}, {u"requester"_s, u"r"_s}, {u"api_keys"_s, QJsonArray{u"real-looking"_s, u"***"_s}}});
    d.keys = DocumentModel::Keys::Included;
    d.keyCount = 2;
    handMade.models.append(d);
    const QByteArray handBytes = handMade.toJson();
    QVERIFY(!handBytes.contains("***"));
    QVERIFY(!handBytes.contains("real-looking"));
    QVERIFY(handBytes.contains("\"reason\": \"masked\""));
}

void TestExportDocument::newServerSecretsNeverWritten()
{
    // A model as a 4.7+ server lists it (API.md 5): the provider nested with
    // its keys and a URL with credentials, secrets in extra_args.
    const LlmModel model(parse(R"({
      "uuid": "7fc1", "name": "gpt-4o", "provider_uuid": "3f0c", "abilities": ["vision"],
      "created_at": "2026-08-21T04:07:36",
      "provider": {"uuid": "3f0c", "name": "OpenAI", "requester": "openai-chat-completions",
                   "base_url": "https://u:url-pass-A@api.example.org/v1?token=url-token-B",
                   "api_keys": ["sk-provider-C", "***"]},
      "extra_args": {"max_tokens": 64, "headers": {"Authorization": "Bearer header-D"},
                     "tools": [{"name": "x", "api_key": "nested-E"}], "masked_token": "***"}})")
                             .toObject());
    const QList<QByteArray> secrets{"url-pass-A", "url-token-B", "sk-provider-C", "header-D", "nested-E", "***"};

    const QByteArray plain = ModelsDocument::fromServer({model}, source(), ExportOptions(), fixedTime()).toJson();
    for (const QByteArray &secret : secrets)
        QVERIFY2(!plain.contains(secret), secret.constData());
    const QJsonObject written = QJsonDocument::fromJson(plain).object().value(u"models"_s).toArray().at(0).toObject();
    QCOMPARE(written.value(u"extra_args"_s), parse(R"({"max_tokens": 64, "headers": {}, "tools": [{"name": "x"}]})"));
    QCOMPARE(written.value(u"provider"_s)[u"api_keys_count"_s].toInt(), 2);
    const QStringList redacted{u"extra_args.headers.Authorization"_s, u"extra_args.masked_token"_s,
                               u"extra_args.tools[0].api_key"_s, u"provider.base_url"_s};
    QCOMPARE(written.value(u"redacted"_s), QJsonValue(QJsonArray::fromStringList(redacted)));

    // Read back (a 4.0–4.6 record: version 1 documents carry those):
    // "redacted" is the document's, not a model field (never sent).
    const LlmModel legacy(parse(R"({"uuid": "m6", "name": "legacy", "requester": "openai-chat-completions",
      "requester_config": {"base_url": "https://api.openai.com/v1"}, "api_keys": ["sk-legacy-F"],
      "extra_args": {"Authorization": "Bearer legacy-G", "top_p": 1}})")
                              .toObject());
    const QByteArray legacyBytes
        = ModelsDocument::fromServer({legacy}, source(), ExportOptions(), fixedTime()).toJson();
    QVERIFY(!legacyBytes.contains("sk-legacy-F"));
    QVERIFY(!legacyBytes.contains("legacy-G"));
    const ModelsDocument::ReadResult read = ModelsDocument::read(legacyBytes);
    QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
    QCOMPARE(read.document.models.size(), 1);
    const DocumentModel &back = read.document.models.first();
    QCOMPARE(back.redacted, QStringList{u"extra_args.Authorization"_s});
    QVERIFY(!back.model.json().contains(u"redacted"_s));
    QCOMPARE(back.model.extraArgs(), parse(R"({"top_p": 1})").toObject());
    QCOMPARE(back.keys, DocumentModel::Keys::NotExported);

    // --include-secrets: the model's own secrets go out; the provider's keys,
    // its URL's credentials and whatever the server masked do not.
    const QByteArray withSecrets
        = ModelsDocument::fromServer({model}, source(), ExportOptions{true}, fixedTime()).toJson();
    QVERIFY(withSecrets.contains("header-D"));
    QVERIFY(withSecrets.contains("nested-E"));
    for (const char *secret : {"url-pass-A", "url-token-B", "sk-provider-C", "***"})
        QVERIFY2(!withSecrets.contains(secret), secret);
}

void TestExportDocument::header()
{
    const ModelsDocument doc = ModelsDocument::fromServer(m_serverModels, source(), ExportOptions(), fixedTime());
    const QJsonObject root = QJsonDocument::fromJson(doc.toJson()).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"langbot-console/models"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    QCOMPARE(root.value(u"exported_at"_s).toString(), u"2025-06-10T07:08:07Z"_s); // UTC, whole seconds
    QCOMPARE(root.value(u"generator"_s).toString(), u"langbot-console " LANGBOT_VERSION ""_s);
    const QJsonObject src = root.value(u"source"_s).toObject();
    QCOMPARE(src.value(u"profile"_s).toString(), u"Staging"_s);
    QCOMPARE(src.value(u"server_url"_s).toString(), u"https://langbot.example.org:8443/lb"_s); // no user info
    QCOMPARE(src.value(u"server_version"_s).toString(), u"v4.6.5"_s);
    QVERIFY(!doc.toJson().contains("hunter2"));

    const ModelsDocument::ReadResult read = ModelsDocument::read(doc.toJson());
    QVERIFY(read.ok());
    QCOMPARE(read.document.exportedAt, QDateTime(QDate(2025, 6, 10), QTime(7, 8, 7), QTimeZone::utc()));
    QCOMPARE(read.document.source.profileName, u"Staging"_s);
    QCOMPARE(read.document.source.serverUrl, QUrl(u"https://langbot.example.org:8443/lb"_s));
    QCOMPARE(read.document.source.serverVersion, u"v4.6.5"_s);
}

void TestExportDocument::stableOutput()
{
    const QList<LlmModel> models = m_serverModels;
    const QByteArray first = ModelsDocument::fromServer(models, source(), ExportOptions(), fixedTime()).toJson();
    const QByteArray second = ModelsDocument::fromServer(models, source(), ExportOptions(), fixedTime()).toJson();
    QCOMPARE(first, second);

    // The server's list order does not matter: models are sorted by name.
    QList<LlmModel> shuffled = models;
    std::mt19937 random(42);
    for (int i = 0; i < 5; ++i) {
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        QCOMPARE(ModelsDocument::fromServer(shuffled, source(), ExportOptions(), fixedTime()).toJson(), first);
    }

    // Reading and writing again gives the same bytes.
    const ModelsDocument::ReadResult read = ModelsDocument::read(first);
    QVERIFY(read.ok());
    QCOMPARE(read.document.toJson(), first);

    QStringList names;
    for (const DocumentModel &d : read.document.models)
        names.append(d.model.name());
    QCOMPARE(names,
             (QStringList{u"Claude-Sonnet"_s, u"deepseek-chat"_s, u"gpt-4.1-mini"_s, u"gpt-4o"_s, u"no-keys-field"_s,
                          u"qwen2.5:7b"_s, u"通义千问 \"Max\""_s}));
}

void TestExportDocument::keyOrder()
{
    const QByteArray bytes
        = ModelsDocument::fromServer(m_serverModels, source(), ExportOptions(), fixedTime()).toJson();
    const QString text = QString::fromUtf8(bytes);

    // Top level, in the documented order.
    const QStringList top = {u"format"_s, u"version"_s,          u"exported_at"_s, u"generator"_s,
                             u"source"_s, u"secrets_included"_s, u"models"_s};
    QStringList topSeen;
    static const QRegularExpression topKey(u"^  \"([a-z_]+)\": "_s, QRegularExpression::MultilineOption);
    for (auto it = topKey.globalMatch(text); it.hasNext();)
        topSeen.append(it.next().captured(1));
    QCOMPARE(topSeen, top);

    // The model with unknown fields: known ones first, the rest alphabetical.
    const qsizetype start = text.indexOf(u"\"uuid\": \"f0e1d2c3"_s);
    QVERIFY(start > 0);
    const qsizetype end = text.indexOf(u"\n    }"_s, start);
    const QString model = text.mid(start - 6, end - start + 6);
    static const QRegularExpression modelKey(u"^      \"([a-z_]+)\": "_s, QRegularExpression::MultilineOption);
    QStringList seen;
    for (auto it = modelKey.globalMatch(model); it.hasNext();)
        seen.append(it.next().captured(1));
    QCOMPARE(seen,
             (QStringList{u"uuid"_s, u"name"_s, u"description"_s, u"requester"_s, u"requester_config"_s, u"api_keys"_s,
                          u"abilities"_s, u"extra_args"_s, u"context_window"_s, u"provider_meta"_s, u"tags"_s}));
    // Nested objects: alphabetical; the marker: not_exported, count, reason.
    QVERIFY(model.indexOf(u"\"region\""_s) < model.indexOf(u"\"tier\""_s));
    QVERIFY(model.indexOf(u"\"response_format\""_s) < model.indexOf(u"\"top_p\""_s));
    QVERIFY(model.indexOf(u"\"not_exported\""_s) < model.indexOf(u"\"count\""_s));
    QVERIFY(model.indexOf(u"\"count\""_s) < model.indexOf(u"\"reason\""_s));
    QVERIFY(!text.contains(u"created_at"_s));
    QVERIFY(!text.contains(u"updated_at"_s));
}

void TestExportDocument::goldenFile()
{
    const QByteArray actual
        = ModelsDocument::fromServer(m_serverModels, source(), ExportOptions(), fixedTime()).toJson();
    LB_REQUIRE_BYTES(golden, lb::testsupport::testDataPath(u"transfer-export-expected.json"_s));
    QByteArray expected = golden;
    expected.replace("@VERSION@", LANGBOT_VERSION);
    if (actual != expected) {
        QFile out(QDir::temp().filePath(u"transfer-export-actual.json"_s));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        QFAIL(qPrintable(u"export differs from tests/data/transfer-export-expected.json; actual output in "_s
                         + out.fileName()));
    }
}

void TestExportDocument::jsonWriterFormat()
{
    // 2-space indentation, empty containers inline, final newline.
    lb::JsonWriter w;
    w.beginObject();
    w.field(u"b"_s, 1);
    w.field(u"a"_s, QJsonObject());
    w.field(u"c"_s, QJsonArray{u"x"_s, QJsonArray(), 2.5, QJsonValue(), true});
    w.key(u"quote\"d"_s);
    w.value(u"line\nbreak"_s);
    w.endObject();
    QCOMPARE(w.finish(),
             QByteArray("{\n"
                        "  \"b\": 1,\n"
                        "  \"a\": {},\n"
                        "  \"c\": [\n"
                        "    \"x\",\n"
                        "    [],\n"
                        "    2.5,\n"
                        "    null,\n"
                        "    true\n"
                        "  ],\n"
                        "  \"quote\\\"d\": \"line\\nbreak\"\n"
                        "}\n"));
}

void TestExportDocument::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message"); // the error's message starts with this

    const QJsonValue undef(QJsonValue::Undefined);

    // The document as a whole.
    QTest::newRow("empty") << QByteArray() << QString() << u"not JSON: line 1, column 1: "_s;
    QTest::newRow("array at top") << QByteArray("[]") << QString()
                                  << u"expected a JSON object at the top, got an array"_s;
    QTest::newRow("format missing")
        << withRootField(u"format"_s, undef) << u"format"_s
        << u"missing; this is not a langbot-console document (expected \"langbot-console/models\")"_s;
    QTest::newRow("format wrong") << withRootField(u"format"_s, u"langbot-console/things"_s) << u"format"_s
                                  << u"expected \"langbot-console/models\", got \"langbot-console/things\""_s;
    QTest::newRow("format number") << withRootField(u"format"_s, 3) << u"format"_s
                                   << u"expected a string, got a number"_s;
    QTest::newRow("profiles document")
        << withRootField(u"format"_s, u"langbot-console/profiles"_s) << u"format"_s
        << u"this is a \"langbot-console/profiles\" document, expected \"langbot-console/models\""_s;
    QTest::newRow("version missing") << withRootField(u"version"_s, undef) << u"version"_s << u"missing"_s;
    QTest::newRow("version 3") << withRootField(u"version"_s, 3) << u"version"_s
                               << u"unsupported version 3; this console reads version 2"_s;
    QTest::newRow("version 0") << withRootField(u"version"_s, 0) << u"version"_s
                               << u"expected a whole number of 1 or more, got 0"_s;
    QTest::newRow("version 1.5") << withRootField(u"version"_s, 1.5) << u"version"_s
                                 << u"expected a whole number of 1 or more, got 1.5"_s;
    QTest::newRow("version string") << withRootField(u"version"_s, u"1"_s) << u"version"_s
                                    << u"expected a whole number, got a string"_s;
    QTest::newRow("models missing") << withRootField(u"models"_s, undef) << u"models"_s
                                    << u"missing; expected a list of models"_s;
    QTest::newRow("models object") << withRootField(u"models"_s, QJsonObject()) << u"models"_s
                                   << u"expected a list of models, got an object"_s;
    QTest::newRow("exported_at number") << withRootField(u"exported_at"_s, 5) << u"exported_at"_s
                                        << u"expected a string, got a number"_s;
    QTest::newRow("exported_at not a time") << withRootField(u"exported_at"_s, u"yesterday"_s) << u"exported_at"_s
                                            << u"not an ISO-8601 time: \"yesterday\""_s;
    QTest::newRow("source string") << withRootField(u"source"_s, u"prod"_s) << u"source"_s
                                   << u"expected an object, got a string"_s;
    QTest::newRow("source.server_url number") << withRootField(u"source"_s, QJsonObject{{u"server_url"_s, 1}})
                                              << u"source.server_url"_s << u"expected a string, got a number"_s;
    QTest::newRow("secrets_included string") << withRootField(u"secrets_included"_s, u"no"_s) << u"secrets_included"_s
                                             << u"expected true or false, got a string"_s;

    // One model.
    QJsonObject root = validRoot();
    root.insert(u"models"_s, QJsonArray{root.value(u"models"_s).toArray().first(), 7});
    QTest::newRow("model a number") << QJsonDocument(root).toJson() << u"models[1]"_s
                                    << u"expected an object, got a number"_s;
    QTest::newRow("name missing") << withModelField(1, u"name"_s, undef) << u"models[1].name"_s
                                  << u"missing; every model needs a name"_s;
    QTest::newRow("name empty") << withModelField(0, u"name"_s, u"  "_s) << u"models[0].name"_s
                                << u"must not be empty"_s;
    QTest::newRow("name number") << withModelField(0, u"name"_s, 12) << u"models[0].name"_s
                                 << u"expected a string, got a number"_s;
    QTest::newRow("requester missing") << withModelField(2, u"requester"_s, undef) << u"models[2].requester"_s
                                       << u"missing; every model needs a requester"_s;
    QTest::newRow("requester null") << withModelField(2, u"requester"_s, QJsonValue()) << u"models[2].requester"_s
                                    << u"expected a string, got null"_s;
    QTest::newRow("uuid boolean") << withModelField(0, u"uuid"_s, true) << u"models[0].uuid"_s
                                  << u"expected a string, got a boolean"_s;
    QTest::newRow("description number") << withModelField(0, u"description"_s, 1) << u"models[0].description"_s
                                        << u"expected a string, got a number"_s;
    QTest::newRow("requester_config string")
        << withModelField(2, u"requester_config"_s, u"x"_s) << u"models[2].requester_config"_s
        << u"expected an object, got a string"_s;
    QTest::newRow("requester_config array") << withModelField(0, u"requester_config"_s, QJsonArray())
                                            << u"models[0].requester_config"_s << u"expected an object, got an array"_s;
    QTest::newRow("extra_args array") << withModelField(1, u"extra_args"_s, QJsonArray{1}) << u"models[1].extra_args"_s
                                      << u"expected an object, got an array"_s;
    QTest::newRow("abilities string") << withModelField(0, u"abilities"_s, u"vision"_s) << u"models[0].abilities"_s
                                      << u"expected a list of strings, got a string"_s;
    QTest::newRow("abilities entry number") << withModelField(0, u"abilities"_s, parse(R"(["vision", 3])"))
                                            << u"models[0].abilities[1]"_s << u"expected a string, got a number"_s;
    QTest::newRow("abilities nested entry") << withModelField(0, u"abilities"_s, parse(R"([["vision", {}]])"))
                                            << u"models[0].abilities[0][1]"_s << u"expected a string, got an object"_s;
    QTest::newRow("api_keys string") << withModelField(0, u"api_keys"_s, u"sk-1"_s) << u"models[0].api_keys"_s
                                     << u"expected a list of keys, got a string"_s;
    QTest::newRow("api_keys entry number")
        << withModelField(1, u"api_keys"_s, parse(R"(["sk-1", 2])")) << u"models[1].api_keys[1]"_s
        << u"expected a string or a key group object, got a number"_s;
    QTest::newRow("api_keys group without keys")
        << withModelField(0, u"api_keys"_s, parse(R"([{"name": "team"}])")) << u"models[0].api_keys[0].keys"_s
        << u"missing; a key group needs a \"keys\" list"_s;
    QTest::newRow("api_keys group key number")
        << withModelField(0, u"api_keys"_s, parse(R"([{"keys": ["a", 1]}])")) << u"models[0].api_keys[0].keys[1]"_s
        << u"expected a string, got a number"_s;
    QTest::newRow("api_keys object not marker")
        << withModelField(0, u"api_keys"_s, parse(R"({"count": 2})")) << u"models[0].api_keys"_s
        << u"expected a list of keys or a {\"not_exported\": true} marker"_s;
    QTest::newRow("api_keys marker count")
        << withModelField(0, u"api_keys"_s, parse(R"({"not_exported": true, "count": "2"})"))
        << u"models[0].api_keys.count"_s << u"expected a whole number of 0 or more, got a string"_s;
    QTest::newRow("redacted not a list") << withModelField(0, u"redacted"_s, u"extra_args.x"_s)
                                         << u"models[0].redacted"_s << u"expected a list of strings, got a string"_s;
    QTest::newRow("redacted entry") << withModelField(0, u"redacted"_s, QJsonArray{u"a"_s, 2})
                                    << u"models[0].redacted[1]"_s << u"expected a string, got a number"_s;
}

void TestExportDocument::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const ModelsDocument::ReadResult result = ModelsDocument::read(input);
    QVERIFY(!result.ok());
    const bool found
        = std::any_of(result.errors.list().cbegin(), result.errors.list().cend(),
                      [&](const DocumentError &e) { return e.path == path && e.message.startsWith(message); });
    QVERIFY2(found,
             qPrintable(u"expected \""_s + path + u": "_s + message + u"…\", got:\n"_s + result.errors.toText()));
    // Exactly one problem was planted.
    QCOMPARE(result.errors.size(), 1);
    // The text form names the path.
    QCOMPARE(result.errors.list().first().toString(),
             path.isEmpty() ? result.errors.list().first().message
                            : path + u": "_s + result.errors.list().first().message);
}

void TestExportDocument::notJsonLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("double comma") << QByteArray("{\n  \"format\": \"langbot-console/models\",\n  \"version\": 1,,\n}")
                                  << 3 << 16;
    QTest::newRow("unterminated") << QByteArray("{\n  \"models\": [\n    {\"name\": \"x\"}\n") << 4 << 1;
    // "nope" is read as a broken "null": the error is at the "o".
    QTest::newRow("characters not bytes") << QByteArray("{\"名前\": nope}") << 1 << 9;
    QTest::newRow("bad character after text") << QByteArray("{\"a\": \"名\" é}") << 1 << 11;
    QTest::newRow("first line") << QByteArray("hello") << 1 << 1;
}

void TestExportDocument::notJsonLineAndColumn()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    const ModelsDocument::ReadResult result = ModelsDocument::read(input);
    QCOMPARE(result.errors.size(), 1);
    const DocumentError e = result.errors.list().first();
    QCOMPARE(e.path, QString());
    const QString prefix = u"not JSON: line %1, column %2: "_s.arg(line).arg(column);
    QVERIFY2(e.message.startsWith(prefix), qPrintable(e.message));
    QVERIFY(e.message.size() > prefix.size()); // and Qt's reason
}

void TestExportDocument::collectsAllErrors()
{
    const QByteArray input = R"({
      "format": "langbot-console/models", "version": 1, "source": [],
      "models": [
        {"name": "ok", "requester": "r"},
        {"requester": "r", "extra_args": 5},
        {"name": "b", "requester_config": "x", "api_keys": [1]},
        "nope"
      ]})";
    const ModelsDocument::ReadResult result = ModelsDocument::read(input);
    QCOMPARE(errorTexts(result.errors),
             (QStringList{u"source: expected an object, got an array"_s,
                          u"models[1].name: missing; every model needs a name"_s,
                          u"models[1].extra_args: expected an object, got a number"_s,
                          u"models[2].requester: missing; every model needs a requester"_s,
                          u"models[2].requester_config: expected an object, got a string"_s,
                          u"models[2].api_keys[0]: expected a string or a key group object, got a number"_s,
                          u"models[3]: expected an object, got a string"_s}));
    // The valid model is still there for a caller that wants to show it.
    QCOMPARE(result.document.models.size(), 1);
    QCOMPARE(result.document.models.first().model.name(), u"ok"_s);
}

void TestExportDocument::errorCap()
{
    QJsonArray models;
    for (int i = 0; i < 100; ++i)
        models.append(QJsonObject{{u"name"_s, i}});
    const QJsonObject root{{u"format"_s, u"langbot-console/models"_s}, {u"version"_s, 1}, {u"models"_s, models}};
    const ModelsDocument::ReadResult result = ModelsDocument::read(QJsonDocument(root).toJson(), 10);
    QCOMPARE(result.errors.size(), 10);
    QCOMPARE(result.errors.omitted(), 190); // two errors per model
    QCOMPARE(result.errors.list().at(0).toString(), u"models[0].name: expected a string, got a number"_s);
    QCOMPARE(result.errors.list().at(1).toString(), u"models[0].requester: missing; every model needs a requester"_s);
    QVERIFY(result.errors.toText().endsWith(u"… and 190 more error(s)"_s));

    const ModelsDocument::ReadResult standard = ModelsDocument::read(QJsonDocument(root).toJson());
    QCOMPARE(standard.errors.size(), lb::DocumentErrors::kDefaultCap);
}

void TestExportDocument::readerStripsTimestampsAndMasks()
{
    const QByteArray input = R"({"format": "langbot-console/models", "version": 1, "models": [
        {"name": "a", "requester": "r", "created_at": "2025-01-01", "updated_at": "2025-01-02",
         "api_keys": ["***", "sk-real"], "future_field": {"x": 1}},
        {"name": "b", "requester": "r", "api_keys": {"not_exported": true}}]})";
    const ModelsDocument::ReadResult result = ModelsDocument::read(input);
    QVERIFY2(result.ok(), qPrintable(result.errors.toText()));
    const DocumentModel a = result.document.models.at(0);
    QVERIFY(!a.model.json().contains(u"created_at"_s));
    QVERIFY(!a.model.json().contains(u"updated_at"_s));
    QVERIFY(!a.model.json().contains(u"api_keys"_s)); // a list with "***" is not kept as keys
    QCOMPARE(a.keys, DocumentModel::Keys::Masked);
    QCOMPARE(a.keyCount, 2);
    QCOMPARE(a.model.json().value(u"future_field"_s), parse(R"({"x": 1})"));
    const DocumentModel b = result.document.models.at(1);
    QCOMPARE(b.keys, DocumentModel::Keys::NotExported);
    QCOMPARE(b.keyCount, -1); // no count given
}

void TestExportDocument::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ModelsDocument doc = ModelsDocument::fromServer(m_serverModels, source(), ExportOptions(), fixedTime());
    const QString path = dir.filePath(u"models.json"_s);
    QString error;
    QVERIFY2(doc.writeFile(path, &error), qPrintable(error));
    const ModelsDocument::ReadResult read = ModelsDocument::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
    QCOMPARE(read.document.models, doc.models);
    QCOMPARE(read.document.source, doc.source);
    QCOMPARE(read.document.exportedAt, doc.exportedAt);

    const ModelsDocument::ReadResult missing = ModelsDocument::readFile(dir.filePath(u"nope.json"_s));
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.errors.list().first().message.startsWith(u"cannot open "_s));

    QVERIFY(!doc.writeFile(dir.filePath(u"no/such/dir/x.json"_s), &error));
    QVERIFY(error.startsWith(u"cannot write "_s));
}

void TestExportDocument::detectKind()
{
    using lb::TransferFormat::Kind;
    const QByteArray models = ModelsDocument::fromServer({}, {}, {}, fixedTime()).toJson();
    const QByteArray profiles = ProfilesDocument::fromProfiles({}, fixedTime()).toJson();
    QCOMPARE(lb::TransferFormat::detect(models), Kind::Models);
    QCOMPARE(lb::TransferFormat::detect(profiles), Kind::Profiles);
    QCOMPARE(lb::TransferFormat::detect("{\"format\": \"langbot-console/import-report\"}"), Kind::ImportReport);
    QCOMPARE(lb::TransferFormat::detect("{}"), Kind::Unknown);
    QCOMPARE(lb::TransferFormat::detect("not json"), Kind::Unknown);
    // An empty export is valid.
    const ModelsDocument::ReadResult read = ModelsDocument::read(models);
    QVERIFY(read.ok());
    QVERIFY(read.document.models.isEmpty());
}

namespace {

QList<Profile> sampleProfiles()
{
    Profile prod;
    prod.id = u"0a1b2c3d-local-id"_s;
    prod.name = u"Production"_s;
    prod.baseUrl = QUrl(u"https://langbot.example.org/lb"_s);
    prod.authMode = Profile::AuthMode::UserLogin;
    prod.userEmail = u"ops@example.org"_s;
    prod.environment = Profile::Environment::Production;
    prod.color = u"#aa0000"_s;
    prod.timeoutSeconds = 45;
    prod.testTimeoutSeconds = 200;
    prod.pinnedCertificateSha256 = QString(64, u'a');

    Profile local;
    local.id = u"second-local-id"_s;
    local.name = u"本地 \"dev\""_s;
    local.baseUrl = QUrl(u"http://127.0.0.1:5300"_s);
    local.environment = Profile::Environment::Development;
    return {prod, local};
}

} // namespace

void TestExportDocument::profilesRoundTrip()
{
    const QList<Profile> profiles = sampleProfiles();
    const ProfilesDocument doc = ProfilesDocument::fromProfiles(profiles, fixedTime());
    const QByteArray bytes = doc.toJson();
    QCOMPARE(ProfilesDocument::fromProfiles(profiles, fixedTime()).toJson(), bytes); // stable

    const ProfilesDocument::ReadResult read = ProfilesDocument::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
    QCOMPARE(read.document.exportedAt, QDateTime(QDate(2025, 6, 10), QTime(7, 8, 7), QTimeZone::utc()));
    QCOMPARE(read.document.profiles.size(), profiles.size());
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        Profile expected = profiles.at(i);
        expected.id.clear(); // ids are local to an installation
        QCOMPARE(read.document.profiles.at(i).id, QString());
        QCOMPARE(read.document.profiles.at(i).name, expected.name);
        QCOMPARE(read.document.profiles.at(i).baseUrl, expected.baseUrl);
        QCOMPARE(read.document.profiles.at(i).authMode, expected.authMode);
        QCOMPARE(read.document.profiles.at(i).userEmail, expected.userEmail);
        QCOMPARE(read.document.profiles.at(i).environment, expected.environment);
        QCOMPARE(read.document.profiles.at(i).color, expected.color);
        QCOMPARE(read.document.profiles.at(i).timeoutSeconds, expected.timeoutSeconds);
        QCOMPARE(read.document.profiles.at(i).testTimeoutSeconds, expected.testTimeoutSeconds);
        QCOMPARE(read.document.profiles.at(i).pinnedCertificateSha256, expected.pinnedCertificateSha256);
        QVERIFY(read.document.profiles.at(i) == expected);
    }
    QCOMPARE(read.document.toJson(), bytes);

    // Key order of a profile entry, as documented.
    const QString text = QString::fromUtf8(bytes);
    static const QRegularExpression profileKey(u"^      \"([a-z_0-9]+)\": "_s, QRegularExpression::MultilineOption);
    QStringList seen;
    for (auto it = profileKey.globalMatch(text); it.hasNext();)
        seen.append(it.next().captured(1));
    const QStringList one = {u"name"_s,
                             u"server_url"_s,
                             u"auth_mode"_s,
                             u"user_email"_s,
                             u"environment"_s,
                             u"color"_s,
                             u"timeout_seconds"_s,
                             u"test_timeout_seconds"_s,
                             u"pinned_certificate_sha256"_s};
    QCOMPARE(seen, one + one);
}

void TestExportDocument::profilesNoSecrets()
{
    QList<Profile> profiles = sampleProfiles();
    profiles[0].baseUrl = QUrl(u"https://admin:hunter2@langbot.example.org/lb"_s);
    const QByteArray bytes = ProfilesDocument::fromProfiles(profiles, fixedTime()).toJson();
    QVERIFY(!bytes.contains("hunter2"));
    QVERIFY(!bytes.contains("local-id"));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"langbot-console/profiles"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    for (const QJsonValue &p : root.value(u"profiles"_s).toArray()) {
        const QStringList keys = p.toObject().keys();
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(u"secret"_s) && !key.contains(u"password"_s) && !key.contains(u"token"_s)
                         && key != u"id"_s && key != u"api_key"_s,
                     qPrintable(key));
        }
    }
}

void TestExportDocument::profilesBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("models document")
        << QByteArray(R"({"format": "langbot-console/models", "version": 1, "models": []})")
        << u"format: this is a \"langbot-console/models\" document, expected \"langbot-console/profiles\""_s;
    QTest::newRow("version 9")
        << QByteArray(R"({"format": "langbot-console/profiles", "version": 9, "profiles": []})")
        << u"version: unsupported version 9; this console reads version 1 (a newer langbot-console wrote this file)"_s;
    QTest::newRow("profiles missing") << QByteArray(R"({"format": "langbot-console/profiles", "version": 1})")
                                      << u"profiles: missing; expected a list of profiles"_s;
    QTest::newRow("name missing") << QByteArray(R"({"format": "langbot-console/profiles", "version": 1,
        "profiles": [{"server_url": "http://h:5300"}]})")
                                  << u"profiles[0].name: missing; every profile needs a name"_s;
    QTest::newRow("server_url number") << QByteArray(R"({"format": "langbot-console/profiles", "version": 1,
        "profiles": [{"name": "a", "server_url": 5}]})")
                                       << u"profiles[0].server_url: expected a string, got a number"_s;
    QTest::newRow("auth_mode unknown")
        << QByteArray(R"({"format": "langbot-console/profiles", "version": 1,
        "profiles": [{"name": "a", "server_url": "http://h", "auth_mode": "magic"}]})")
        << u"profiles[0].auth_mode: expected \"api-key\" or \"user-login\", got \"magic\""_s;
    QTest::newRow("environment unknown")
        << QByteArray(R"({"format": "langbot-console/profiles", "version": 1,
        "profiles": [{"name": "a", "server_url": "http://h", "environment": "moon"}]})")
        << u"profiles[0].environment: expected one of development, staging, production, other; got \"moon\""_s;
    QTest::newRow("timeout string")
        << QByteArray(R"({"format": "langbot-console/profiles", "version": 1,
        "profiles": [{"name": "a", "server_url": "http://h", "timeout_seconds": "30"}]})")
        << u"profiles[0].timeout_seconds: expected a whole number of seconds, got a string"_s;
    QTest::newRow("bad scheme") << QByteArray(R"({"format": "langbot-console/profiles", "version": 1,
        "profiles": [{"name": "a", "server_url": "ftp://h"}]})")
                                << u"profiles[0]: Server URL: use an address starting with http:// or https://."_s;
    QTest::newRow("duplicate name")
        << QByteArray(R"({"format": "langbot-console/profiles", "version": 1,
        "profiles": [{"name": "Prod", "server_url": "http://h"}, {"name": "prod", "server_url": "http://i"}]})")
        << u"profiles[1].name: \"prod\" is used by profiles[0] already; profile names must be unique"_s;
}

void TestExportDocument::profilesBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const ProfilesDocument::ReadResult result = ProfilesDocument::read(input);
    QCOMPARE(errorTexts(result.errors), QStringList{expected});
}

QTEST_GUILESS_MAIN(TestExportDocument)
#include "tst_exportdocument.moc"
