// Tests of lb::LlmModel: both shapes of api_keys and abilities, the bodies of
// CREATE and UPDATE, unknown fields surviving a round trip, wrong types, and
// the server's time stamps.

#include "TestSupport.h"
#include "Fixtures.h"
#include "model/LlmModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lb;
using lb::testsupport::jsonObject;

Q_DECLARE_METATYPE(LlmModel::ListShape)
Q_DECLARE_METATYPE(lb::ModelType)

namespace {

const QStringList kNeverSent = {u"uuid"_s, u"created_at"_s, u"updated_at"_s};
const QStringList kEditable
    = {u"name"_s, u"description"_s, u"requester_config"_s, u"api_keys"_s, u"abilities"_s, u"extra_args"_s};

} // namespace

class TestLlmModel : public QObject
{
    Q_OBJECT

private:
    QList<QJsonObject> m_list; // the 4.6 list answer
    QJsonObject m_nested;      // the contract shapes
    QJsonObject m_newer;       // a record with fields we do not know

private slots:
    void initTestCase();

    void fromJson_data();
    void fromJson();
    void accessorsOfRealRecord();

    void apiKeys_data();
    void apiKeys();
    void setApiKeysKeepsShape_data();
    void setApiKeysKeepsShape();

    void abilities_data();
    void abilities();
    void setAbilitiesKeepsShape_data();
    void setAbilitiesKeepsShape();

    void createBody();
    void createBodyFillsEmpties();
    void updateBody_data();
    void updateBody();
    void updateBodyIsPartial();
    void unknownFieldsRoundTrip();
    void newRecordUsesPlainLists();

    void wrongTypesGiveEmpties();
    void nonStringEntriesIgnored();

    void parseServerTime_data();
    void parseServerTime();
    void parseServerTimeMSecsAgrees_data();
    void parseServerTimeMSecsAgrees();
    void parseServerTimeMSecsManyShapes();
    void timeAccessors();
    void uuidFollowsTheRecord();
    void apiKeyCountMatchesKeys();

    void variantRoundTrip();

    void newerRecordAccessors();
    void newerRecordOtherTypes();
    void legacyRecordHasNoNewerFields();
    void contextLengthShapes_data();
    void contextLengthShapes();
    void newerSettersKeepUnknownFields();
    void typeIsPartOfEquality();
    void typeIdsOfRoutesAndRequesters_data();
    void typeIdsOfRoutesAndRequesters();
};

void TestLlmModel::initTestCase()
{
    using lb::testsupport::testDataPath;
    LB_REQUIRE_JSON(list, testDataPath(u"model-list-v4.6.json"_s));
    const QJsonArray models = list.value("data"_L1).toObject().value("models"_L1).toArray();
    for (const QJsonValue &v : models)
        m_list.append(v.toObject());
    QCOMPARE(m_list.size(), 3);
    LB_REQUIRE_JSON(nested, testDataPath(u"model-contract-nested.json"_s));
    LB_REQUIRE_JSON(newer, testDataPath(u"model-newer-server.json"_s));
    m_nested = nested;
    m_newer = newer;
    QVERIFY(!m_nested.isEmpty());
    QVERIFY(!m_newer.isEmpty());
}

void TestLlmModel::fromJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("real record") << QJsonValue(m_list.first()) << true << QString();
    QTest::newRow("minimal") << QJsonValue(jsonObject(R"({"uuid":"u1"})")) << true << QString();
    QTest::newRow("array") << QJsonValue(QJsonArray{1, 2}) << false << u"object"_s;
    QTest::newRow("string") << QJsonValue(u"model"_s) << false << u"object"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << u"object"_s;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false << u"object"_s;
    QTest::newRow("no uuid") << QJsonValue(jsonObject(R"({"name":"x"})")) << false << u"uuid"_s;
    QTest::newRow("uuid number") << QJsonValue(jsonObject(R"({"uuid":42})")) << false << u"string"_s;
    QTest::newRow("uuid null") << QJsonValue(jsonObject(R"({"uuid":null})")) << false << u"string"_s;
    QTest::newRow("uuid empty") << QJsonValue(jsonObject(R"({"uuid":""})")) << false << u"empty"_s;
    QTest::newRow("uuid blank") << QJsonValue(jsonObject(R"({"uuid":"  "})")) << false << u"empty"_s;
}

void TestLlmModel::fromJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(QString, errorMentions);

    LlmModel model;
    QString error = u"stale"_s;
    QCOMPARE(LlmModel::fromJson(value, &model, &error), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        QCOMPARE(model.json(), value.toObject());
        QVERIFY(!model.uuid().isEmpty());
    } else {
        QVERIFY2(error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(model, LlmModel()); // untouched
    }
    // Optional out parameters.
    QCOMPARE(LlmModel::fromJson(value, nullptr, nullptr), ok);
}

void TestLlmModel::accessorsOfRealRecord()
{
    const LlmModel m(m_list.at(1));
    QCOMPARE(m.uuid(), u"0c9d2e44-61a7-4d3b-8f0e-7b1a2c3d4e02"_s);
    QCOMPARE(m.name(), u"deepseek-chat"_s);
    QCOMPARE(m.description(), QString());
    QCOMPARE(m.requester(), u"deepseek-chat-completions"_s);
    QCOMPARE(m.baseUrl(), u"https://api.deepseek.com"_s);
    QCOMPARE(m.requesterConfig().value("timeout"_L1).toInt(), 120);
    QCOMPARE(m.extraArgs().value("max_tokens"_L1).toInt(), 4096);
    QCOMPARE(m.extraArgs().value("stream"_L1), QJsonValue(false));
    QCOMPARE(m.apiKeyCount(), 1);
    QCOMPARE(m.abilities(), QStringList{u"func_call"_s});
    QCOMPARE(m.createdAtText(), u"2025-05-20T01:02:03"_s);
}

void TestLlmModel::apiKeys_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<LlmModel::ListShape>("shape");

    QTest::newRow("4.6 plain") << m_list.at(0)
                               << QStringList{u"sk-model-fixture-KEY-AAAA1111"_s, u"sk-model-fixture-KEY-BBBB2222"_s}
                               << LlmModel::ListShape::Plain;
    QTest::newRow("4.6 empty") << m_list.at(2) << QStringList() << LlmModel::ListShape::Plain;
    QTest::newRow("contract nested") << m_nested
                                     << QStringList{u"sk-ant-model-fixture-KEY-DDDD4444"_s,
                                                    u"sk-ant-model-fixture-KEY-EEEE5555"_s,
                                                    u"sk-ant-model-fixture-KEY-FFFF6666"_s}
                                     << LlmModel::ListShape::Nested;
    QTest::newRow("missing") << jsonObject(R"({"uuid":"u"})") << QStringList() << LlmModel::ListShape::Plain;
    QTest::newRow("not a list") << jsonObject(R"({"uuid":"u","api_keys":"sk-1"})") << QStringList()
                                << LlmModel::ListShape::Plain;
    QTest::newRow("group without keys") << jsonObject(R"({"uuid":"u","api_keys":[{"name":"g"}]})") << QStringList()
                                        << LlmModel::ListShape::Nested;
}

void TestLlmModel::apiKeys()
{
    QFETCH(QJsonObject, record);
    QFETCH(QStringList, keys);
    QFETCH(LlmModel::ListShape, shape);

    const LlmModel m(record);
    QCOMPARE(m.apiKeys(), keys);
    QCOMPARE(m.apiKeyCount(), keys.size());
    QCOMPARE(m.apiKeysShape(), shape);
}

void TestLlmModel::setApiKeysKeepsShape_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QJsonArray>("expected");

    const QStringList keys{u"k1"_s, u"k2"_s};
    QTest::newRow("plain") << m_list.at(0) << QJsonArray{u"k1"_s, u"k2"_s};
    QTest::newRow("plain empty") << m_list.at(2) << QJsonArray{u"k1"_s, u"k2"_s};
    QTest::newRow("no field") << jsonObject(R"({"uuid":"u"})") << QJsonArray{u"k1"_s, u"k2"_s};
    QTest::newRow("wrong type") << jsonObject(R"({"uuid":"u","api_keys":7})") << QJsonArray{u"k1"_s, u"k2"_s};
    // Nested: the first group keeps its name and other members, gets all keys.
    QJsonObject group{
        {u"name"_s, u"team"_s}, {u"note"_s, u"rotated monthly"_s}, {u"keys"_s, QJsonArray{u"k1"_s, u"k2"_s}}};
    QTest::newRow("nested") << m_nested << QJsonArray{group};
    QTest::newRow("nested, first is a string")
        << jsonObject(R"({"uuid":"u","api_keys":["x",{"name":"g","keys":["y"]}]})")
        << QJsonArray{QJsonObject{{u"name"_s, u"g"_s}, {u"keys"_s, QJsonArray{u"k1"_s, u"k2"_s}}}};
}

void TestLlmModel::setApiKeysKeepsShape()
{
    QFETCH(QJsonObject, record);
    QFETCH(QJsonArray, expected);

    LlmModel m(record);
    const LlmModel::ListShape before = m.apiKeysShape();
    m.setApiKeys({u"k1"_s, u"k2"_s});
    QCOMPARE(m.json().value("api_keys"_L1).toArray(), expected);
    QCOMPARE(m.apiKeys(), (QStringList{u"k1"_s, u"k2"_s}));
    QCOMPARE(m.apiKeysShape(), before);
    QCOMPARE(m.createBody().value("api_keys"_L1).toArray(), expected);
    QCOMPARE(m.updateBody().value("api_keys"_L1).toArray(), expected);

    // Clearing keeps the shape too (a nested record keeps its group).
    m.setApiKeys({});
    QCOMPARE(m.apiKeys(), QStringList());
    QCOMPARE(m.apiKeysShape(), before);
}

void TestLlmModel::abilities_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QStringList>("abilities");
    QTest::addColumn<LlmModel::ListShape>("shape");

    const QStringList both{u"vision"_s, u"func_call"_s};
    QTest::newRow("4.6 flat") << m_list.at(0) << both << LlmModel::ListShape::Plain;
    QTest::newRow("4.6 empty") << m_list.at(2) << QStringList() << LlmModel::ListShape::Plain;
    QTest::newRow("contract nested, dup") << m_nested << both << LlmModel::ListShape::Nested;
    QTest::newRow("mixed") << m_newer << both << LlmModel::ListShape::Nested;
    QTest::newRow("flat dup") << jsonObject(R"({"uuid":"u","abilities":["vision","vision","func_call"]})") << both
                              << LlmModel::ListShape::Plain;
    QTest::newRow("missing") << jsonObject(R"({"uuid":"u"})") << QStringList() << LlmModel::ListShape::Plain;
    QTest::newRow("object") << jsonObject(R"({"uuid":"u","abilities":{"vision":true}})") << QStringList()
                            << LlmModel::ListShape::Plain;
    QTest::newRow("junk entries") << jsonObject(
        R"({"uuid":"u","abilities":[1,null,true,{"a":1},"vision",[2,"func_call"],""]})")
                                  << both << LlmModel::ListShape::Nested;
}

void TestLlmModel::abilities()
{
    QFETCH(QJsonObject, record);
    QFETCH(QStringList, abilities);
    QFETCH(LlmModel::ListShape, shape);

    const LlmModel m(record);
    QCOMPARE(m.abilities(), abilities);
    QCOMPARE(m.abilitiesShape(), shape);
}

void TestLlmModel::setAbilitiesKeepsShape_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QJsonArray>("expected");

    QTest::newRow("flat") << m_list.at(1) << QJsonArray{u"vision"_s, u"func_call"_s};
    QTest::newRow("no field") << jsonObject(R"({"uuid":"u"})") << QJsonArray{u"vision"_s, u"func_call"_s};
    QTest::newRow("nested") << m_nested << QJsonArray{QJsonArray{u"vision"_s}, QJsonArray{u"func_call"_s}};
    QTest::newRow("mixed counts as nested")
        << m_newer << QJsonArray{QJsonArray{u"vision"_s}, QJsonArray{u"func_call"_s}};
}

void TestLlmModel::setAbilitiesKeepsShape()
{
    QFETCH(QJsonObject, record);
    QFETCH(QJsonArray, expected);

    LlmModel m(record);
    m.setAbilities({u"vision"_s, u"func_call"_s, u"vision"_s});
    QCOMPARE(m.json().value("abilities"_L1).toArray(), expected);
    QCOMPARE(m.abilities(), (QStringList{u"vision"_s, u"func_call"_s}));
    QCOMPARE(m.updateBody().value("abilities"_L1).toArray(), expected);
}

void TestLlmModel::createBody()
{
    const LlmModel m(m_list.at(1));
    const QJsonObject body = m.createBody();
    QJsonObject expected = m_list.at(1);
    expected.remove("uuid"_L1);
    expected.remove("created_at"_L1);
    expected.remove("updated_at"_L1);
    QCOMPARE(body, expected);
    QCOMPARE(body.value("requester"_L1).toString(), u"deepseek-chat-completions"_s);
    for (const QString &k : kNeverSent)
        QVERIFY2(!body.contains(k), qPrintable(k));
    for (const QString &k : kEditable)
        QVERIFY2(body.contains(k), qPrintable(k));
}

void TestLlmModel::createBodyFillsEmpties()
{
    const LlmModel m(jsonObject(R"({"uuid":"u","name":"n","requester":"ollama-chat","created_at":"x"})"));
    const QJsonObject body = m.createBody();
    QCOMPARE(body.value("name"_L1).toString(), u"n"_s);
    QCOMPARE(body.value("requester"_L1).toString(), u"ollama-chat"_s);
    QCOMPARE(body.value("description"_L1), QJsonValue(QString()));
    QCOMPARE(body.value("requester_config"_L1), QJsonValue(QJsonObject()));
    QCOMPARE(body.value("api_keys"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(body.value("abilities"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(body.value("extra_args"_L1), QJsonValue(QJsonObject()));
    QCOMPARE(body.size(), 7);
}

void TestLlmModel::updateBody_data()
{
    QTest::addColumn<QJsonObject>("record");
    for (int i = 0; i < m_list.size(); ++i)
        QTest::addRow("4.6 record %d", i) << m_list.at(i);
    QTest::newRow("contract nested") << m_nested;
    QTest::newRow("newer server") << m_newer;
}

void TestLlmModel::updateBody()
{
    QFETCH(QJsonObject, record);
    LlmModel m(record);
    m.setName(m.name() + u" (edited)"_s);
    const QJsonObject body = m.updateBody();
    for (const QString &k : kNeverSent)
        QVERIFY2(!body.contains(k), qPrintable(k));
    QVERIFY(!body.contains("requester"_L1));
    for (const QString &k : kEditable)
        QVERIFY2(body.contains(k), qPrintable(k));
    QVERIFY(body.value("name"_L1).toString().endsWith(u" (edited)"_s));
    // Everything else is exactly what the server sent.
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (kNeverSent.contains(it.key()) || it.key() == "requester"_L1 || it.key() == "name"_L1)
            continue;
        QCOMPARE(body.value(it.key()), it.value());
    }
    // And nothing was made up.
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        QVERIFY2(record.contains(it.key()), qPrintable(it.key()));
}

void TestLlmModel::updateBodyIsPartial()
{
    LlmModel m(jsonObject(R"({"uuid":"u","name":"n","api_keys":["k"],"updated_at":"2025-01-01T00:00:00"})"));
    QCOMPARE(m.updateBody(), jsonObject(R"({"name":"n","api_keys":["k"]})"));
    m.setExtraArgs(QJsonObject{{u"temperature"_s, 0.2}});
    QCOMPARE(m.updateBody(), jsonObject(R"({"name":"n","api_keys":["k"],"extra_args":{"temperature":0.2}})"));
}

void TestLlmModel::unknownFieldsRoundTrip()
{
    // load -> edit -> save keeps what this console does not know.
    LlmModel m;
    QVERIFY(LlmModel::fromJson(m_newer, &m));
    m.setDescription(u"edited"_s);
    m.setApiKeys({u"sk-new"_s});
    m.setAbilities({u"func_call"_s});
    QJsonObject config = m.requesterConfig();
    config.insert(u"timeout"_s, 90);
    m.setRequesterConfig(config);
    QJsonObject extra = m.extraArgs();
    extra.insert(u"temperature"_s, 0.5);
    m.setExtraArgs(extra);

    for (const QJsonObject &body : {m.createBody(), m.updateBody()}) {
        QCOMPARE(body.value("context_window"_L1).toInt(), 128000);
        QCOMPARE(body.value("tags"_L1), m_newer.value("tags"_L1));
        QCOMPARE(body.value("pricing"_L1), m_newer.value("pricing"_L1));
        const QJsonObject rc = body.value("requester_config"_L1).toObject();
        QCOMPARE(rc.value("organization"_L1).toString(), u"org-123"_s);
        QCOMPARE(rc.value("timeout"_L1).toInt(), 90);
        QCOMPARE(rc.value("base_url"_L1).toString(), u"https://api.openai.com/v1"_s);
        const QJsonObject ea = body.value("extra_args"_L1).toObject();
        QCOMPARE(ea.value("reasoning"_L1), m_newer.value("extra_args"_L1).toObject().value("reasoning"_L1));
        QCOMPARE(ea.value("temperature"_L1).toDouble(), 0.5);
        QCOMPARE(body.value("description"_L1).toString(), u"edited"_s);
        QCOMPARE(body.value("api_keys"_L1), QJsonValue(QJsonArray{u"sk-new"_s}));
        QCOMPARE(body.value("abilities"_L1), QJsonValue(QJsonArray{QJsonArray{u"func_call"_s}}));
        for (const QString &k : kNeverSent)
            QVERIFY2(!body.contains(k), qPrintable(k));
    }
    QVERIFY(m.createBody().contains("requester"_L1));
    QVERIFY(!m.updateBody().contains("requester"_L1));
    QCOMPARE(m.uuid(), m_newer.value("uuid"_L1).toString()); // kept locally
}

void TestLlmModel::newRecordUsesPlainLists()
{
    LlmModel m;
    m.setName(u"new"_s);
    m.setRequester(u"openai-chat-completions"_s);
    m.setApiKeys({u"k"_s});
    m.setAbilities({u"vision"_s});
    QCOMPARE(m.apiKeysShape(), LlmModel::ListShape::Plain);
    QCOMPARE(m.abilitiesShape(), LlmModel::ListShape::Plain);
    const QJsonObject body = m.createBody();
    QCOMPARE(body, jsonObject(R"({"name":"new","description":"","requester":"openai-chat-completions",
                           "requester_config":{},"api_keys":["k"],"abilities":["vision"],"extra_args":{}})"));
}

void TestLlmModel::wrongTypesGiveEmpties()
{
    const QJsonObject record = jsonObject(R"({"uuid":5,"name":42,"description":null,"requester":["x"],
        "requester_config":"base_url=http://x","api_keys":"sk-1","abilities":{"vision":1},
        "extra_args":5,"created_at":123,"updated_at":{"t":1},"extra":"kept"})");
    const LlmModel m(record);
    QCOMPARE(m.uuid(), QString());
    QCOMPARE(m.name(), QString());
    QCOMPARE(m.description(), QString());
    QCOMPARE(m.requester(), QString());
    QCOMPARE(m.requesterConfig(), QJsonObject());
    QCOMPARE(m.baseUrl(), QString());
    QCOMPARE(m.apiKeys(), QStringList());
    QCOMPARE(m.apiKeyCount(), 0);
    QCOMPARE(m.abilities(), QStringList());
    QCOMPARE(m.extraArgs(), QJsonObject());
    QCOMPARE(m.createdAtText(), QString());
    QVERIFY(!m.createdAt().isValid());
    QVERIFY(!m.updatedAt().isValid());

    // requester_config {"base_url": 7}
    QCOMPARE(LlmModel(jsonObject(R"({"requester_config":{"base_url":7}})")).baseUrl(), QString());

    // CREATE: every standard field with its right type.
    const QJsonObject create = m.createBody();
    QVERIFY(create.value("name"_L1).isString());
    QVERIFY(create.value("description"_L1).isString());
    QVERIFY(create.value("requester"_L1).isString());
    QVERIFY(create.value("requester_config"_L1).isObject());
    QVERIFY(create.value("api_keys"_L1).isArray());
    QVERIFY(create.value("abilities"_L1).isArray());
    QVERIFY(create.value("extra_args"_L1).isObject());
    QCOMPARE(create.value("extra"_L1).toString(), u"kept"_s);
    for (const QString &k : kNeverSent)
        QVERIFY(!create.contains(k));

    // UPDATE: a wrong-typed field is left to the server, not overwritten.
    QCOMPARE(m.updateBody(), jsonObject(R"({"extra":"kept"})"));

    // Setters on a broken record repair it.
    LlmModel fixed(record);
    fixed.setApiKeys({u"k"_s});
    fixed.setAbilities({u"vision"_s});
    QCOMPARE(fixed.json().value("api_keys"_L1), QJsonValue(QJsonArray{u"k"_s}));
    QCOMPARE(fixed.json().value("abilities"_L1), QJsonValue(QJsonArray{u"vision"_s}));
}

void TestLlmModel::nonStringEntriesIgnored()
{
    const LlmModel m(jsonObject(R"({"uuid":"u","api_keys":[1,null,"k1",true,{"keys":[2,"k2",null]},
        {"name":"nokeys"},{"keys":"k3"},["k4"]]})"));
    QCOMPARE(m.apiKeys(), (QStringList{u"k1"_s, u"k2"_s}));
    QCOMPARE(m.apiKeysShape(), LlmModel::ListShape::Nested);

    // Deeply nested abilities do not recurse without end.
    QByteArray deep = "[\"vision\"]";
    for (int i = 0; i < 200; ++i)
        deep = '[' + deep + ']';
    const LlmModel d(QJsonObject{{u"abilities"_s, QJsonDocument::fromJson(deep).array()}});
    QVERIFY(d.abilities().size() <= 1);
}

void TestLlmModel::parseServerTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: unparsable

    const QDateTime base(QDate(2025, 6, 1), QTime(10, 20, 30), Qt::UTC);
    QTest::newRow("no zone") << u"2025-06-01T10:20:30"_s << base;
    QTest::newRow("micro, no zone") << u"2025-06-01T10:20:30.123456"_s << base.addMSecs(123);
    QTest::newRow("space") << u"2025-06-01 10:20:30"_s << base;
    QTest::newRow("space, micro") << u"2025-06-01 10:20:30.5"_s << base.addMSecs(500);
    QTest::newRow("Z") << u"2025-06-01T10:20:30Z"_s << base;
    QTest::newRow("lower z") << u"2025-06-01t10:20:30z"_s << base;
    QTest::newRow("micro Z") << u"2025-06-01T10:20:30.123456Z"_s << base.addMSecs(123);
    QTest::newRow("+00:00") << u"2025-06-01T10:20:30+00:00"_s << base;
    QTest::newRow("+08:00") << u"2025-06-01T18:20:30+08:00"_s << base;
    QTest::newRow("micro -05:00") << u"2025-06-01T05:20:30.123456-05:00"_s << base.addMSecs(123);
    QTest::newRow("space +0800") << u"2025-06-01 18:20:30+0800"_s << base;
    QTest::newRow("minutes only") << u"2025-06-01T10:20"_s << base.addSecs(-30);
    QTest::newRow("date only") << u"2025-06-01"_s << QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("padded") << u"  2025-06-01T10:20:30  "_s << base;
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
    QTest::newRow("bad month") << u"2025-13-01T10:20:30"_s << QDateTime();
    QTest::newRow("bad separator") << u"2025-06-01X10:20:30"_s << QDateTime();
    QTest::newRow("number") << u"1748773230"_s << QDateTime();
}

void TestLlmModel::parseServerTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = LlmModel::parseServerTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QVERIFY(parsed.timeSpec() != Qt::LocalTime); // never the machine's zone
    }
}

void TestLlmModel::parseServerTimeMSecsAgrees_data()
{
    parseServerTime_data();
}

void TestLlmModel::parseServerTimeMSecsAgrees()
{
    // The fast reader of the table gives what parseServerTime() gives.
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<qint64> ms = LlmModel::parseServerTimeMSecs(text);
    QCOMPARE(ms.has_value(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(*ms, expected.toMSecsSinceEpoch());
}

void TestLlmModel::parseServerTimeMSecsManyShapes()
{
    // Fractions of every length (rounding to the millisecond, into the next
    // second and day), leap days, edges of the fields, odd shapes: the fast
    // path and QDateTime agree on every one.
    QStringList texts;
    const QStringList stamps{
        u"2025-06-01T10:20:30"_s, u"2024-02-29T23:59:59"_s, u"2025-02-29T10:00:00"_s, u"2000-02-29T00:00:00"_s,
        u"1900-02-29T00:00:00"_s, u"1999-12-31T23:59:59"_s, u"0001-01-01T00:00:00"_s, u"0000-01-01T00:00:00"_s,
        u"9999-12-31T23:59:59"_s, u"1969-12-31T23:59:59"_s, u"2025-04-31T10:00:00"_s, u"2025-06-01T24:00:00"_s,
        u"2025-06-01T23:60:00"_s, u"2025-06-01T23:59:60"_s, u"2025-00-10T10:00:00"_s, u"2025-06-00T10:00:00"_s,
        u"2025-6-01T10:20:30"_s,  u"2025-06-01T1:20:30"_s,  u"2025-06-01T10:20:3x"_s, u"+025-06-01T10:20:30"_s};
    const QStringList fractions{QString(),        u".5"_s,    u".05"_s,   u".123"_s,    u".1234"_s,
                                u".1235"_s,       u".9994"_s, u".9995"_s, u".999999"_s, u".123456789"_s,
                                u".1234567891"_s, u",5"_s,    u"."_s,     u".x"_s};
    const QStringList zones{QString(), u"Z"_s, u"z"_s, u"+08:00"_s, u"-0130"_s, u" "_s, u"ZZ"_s};
    for (const QString &stamp : stamps) {
        for (const QString &fraction : fractions) {
            for (const QString &zone : zones)
                texts << stamp + fraction + zone;
        }
        texts << QString(stamp).replace(u'T', u' ') << QString(stamp).replace(u'T', u't')
              << QString(stamp).replace(u'T', u'_') << stamp.left(16) << stamp.left(10);
    }
    for (const QString &text : std::as_const(texts)) {
        const QDateTime dt = LlmModel::parseServerTime(text);
        const std::optional<qint64> ms = LlmModel::parseServerTimeMSecs(text);
        QVERIFY2(ms.has_value() == dt.isValid(), qPrintable(text));
        if (ms)
            QVERIFY2(*ms == dt.toMSecsSinceEpoch(), qPrintable(text));
    }
}

void TestLlmModel::uuidFollowsTheRecord()
{
    LlmModel m(jsonObject(R"({"uuid":"a","name":"x"})"));
    QCOMPARE(m.uuid(), u"a"_s);
    m.setUuid(u"b"_s);
    QCOMPARE(m.uuid(), u"b"_s);
    QCOMPARE(m.json().value("uuid"_L1).toString(), u"b"_s);
    QCOMPARE(LlmModel(jsonObject(R"({"uuid":7})")).uuid(), QString());
    QCOMPARE(LlmModel().uuid(), QString());
    LlmModel parsed;
    QVERIFY(LlmModel::fromJson(jsonObject(R"({"uuid":" u-1 ","name":"x"})"), &parsed));
    QCOMPARE(parsed.uuid(), u" u-1 "_s); // as the server wrote it
    QCOMPARE(parsed, LlmModel(jsonObject(R"({"uuid":" u-1 ","name":"x"})")));
    QString why;
    QVERIFY(!LlmModel::fromJson(jsonObject(R"({"uuid":" \t "})"), &parsed, &why));
    QVERIFY2(why.contains("empty"_L1), qPrintable(why));
    QVERIFY(!LlmModel::fromJson(jsonObject(R"({"name":"no uuid"})"), &parsed, &why));
    QVERIFY2(why.contains("no \"uuid\""_L1), qPrintable(why));
}

void TestLlmModel::apiKeyCountMatchesKeys()
{
    for (const char *json : {R"({"uuid":"a"})", R"({"uuid":"a","api_keys":["k1","k2",3,null]})",
                             R"({"uuid":"a","api_keys":[{"name":"g","keys":["k1",2,"k3"]},"k4",{"keys":"x"}]})",
                             R"({"uuid":"a","api_keys":{"k":"v"}})"}) {
        const LlmModel m(jsonObject(json));
        QCOMPARE(m.apiKeyCount(), int(m.apiKeys().size()));
    }
    QCOMPARE(LlmModel(jsonObject(R"({"uuid":"a","api_keys":[{"name":"g","keys":["k1",2,"k3"]},"k4"]})")).apiKeyCount(),
             3);
}

void TestLlmModel::timeAccessors()
{
    const LlmModel m(m_list.at(0));
    QCOMPARE(m.createdAt(), QDateTime(QDate(2025, 6, 1), QTime(10, 20, 30, 123), Qt::UTC));
    QCOMPARE(m.updatedAt(), QDateTime(QDate(2025, 6, 2), QTime(8, 0, 0, 500), Qt::UTC));
    const LlmModel n(m_nested);
    QCOMPARE(n.updatedAt().toUTC(), QDateTime(QDate(2025, 6, 2), QTime(20, 5, 6), Qt::UTC));
}

void TestLlmModel::variantRoundTrip()
{
    const LlmModel m(m_nested);
    const QVariant v = QVariant::fromValue(m);
    QCOMPARE(v.value<LlmModel>(), m);
    QVERIFY(QMetaType::fromType<LlmModel>().isValid());
    LlmModel other(m_nested);
    QCOMPARE(other, m);
    other.setName(u"x"_s);
    QVERIFY(other != m);
}

void TestLlmModel::newerRecordAccessors()
{
    LB_REQUIRE_JSON(records, lb::testsupport::testDataPath(u"records-v4.10.json"_s));
    LlmModel m;
    QVERIFY(LlmModel::fromJson(records.value("llm"_L1), &m));
    QCOMPARE(m.type(), lb::ModelType::Llm); // the default: the JSON has no type
    QCOMPARE(m.providerUuid(), u"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s);
    QCOMPARE(m.workspaceUuid(), u"9a1e2b3c-4d5e-4f60-8172-839405a6b7c8"_s);
    QCOMPARE(m.contextLength(), std::optional<int>(128000));
    QCOMPARE(m.reasoningLevel(), u"provider_default"_s);
    QCOMPARE(m.reasoningLevels(), QStringList{u"provider_default"_s});
    QCOMPARE(m.preferredRanking(), 0);
    QCOMPARE(m.abilities(), (QStringList{u"vision"_s, u"func_call"_s}));
    const std::optional<lb::Provider> p = m.nestedProvider();
    QVERIFY(p.has_value());
    QCOMPARE(p->uuid(), m.providerUuid());
    QCOMPARE(p->name(), u"OpenAI"_s);
    QVERIFY(p->hasMaskedKeys());
    // The 4.0–4.6 accessors read nothing from a 4.7+ record.
    QVERIFY(m.requester().isEmpty());
    QVERIFY(m.apiKeys().isEmpty());
    QVERIFY(m.baseUrl().isEmpty());

    LlmModel reasoning;
    QVERIFY(LlmModel::fromJson(records.value("llm_reasoning"_L1), &reasoning));
    QCOMPARE(reasoning.reasoningLevel(), u"high"_s);
    QCOMPARE(reasoning.reasoningLevels(),
             (QStringList{u"provider_default"_s, u"disabled"_s, u"low"_s, u"medium"_s, u"high"_s}));
    QCOMPARE(reasoning.contextLength(), std::nullopt); // null
    QCOMPARE(reasoning.preferredRanking(), 2);
    QVERIFY(!reasoning.nestedProvider().has_value()); // filtered lists do not nest it
}

void TestLlmModel::newerRecordOtherTypes()
{
    LB_REQUIRE_JSON(records, lb::testsupport::testDataPath(u"records-v4.10.json"_s));
    LlmModel rerank;
    QVERIFY(LlmModel::fromJson(records.value("rerank"_L1), &rerank));
    rerank.setType(lb::ModelType::Rerank);
    QCOMPARE(rerank.type(), lb::ModelType::Rerank);
    QCOMPARE(rerank.preferredRanking(), 1);
    QCOMPARE(rerank.providerUuid(), u"5b6c7d8e-9f00-4112-a233-b4c5d6e7f809"_s);
    QVERIFY(rerank.abilities().isEmpty());
    QCOMPARE(rerank.contextLength(), std::nullopt);
    QCOMPARE(rerank.reasoningLevel(), u"provider_default"_s); // absent: the default
    QVERIFY(rerank.reasoningLevels().isEmpty());
    LlmModel embedding;
    QVERIFY(LlmModel::fromJson(records.value("embedding"_L1), &embedding));
    QCOMPARE(embedding.extraArgs().value("dimensions"_L1).toInt(), 1536);
    QCOMPARE(embedding.nestedProvider()->apiKeys(), (QStringList{u"***"_s, u"***"_s}));
}

void TestLlmModel::legacyRecordHasNoNewerFields()
{
    for (const QJsonObject &json : std::as_const(m_list)) {
        const LlmModel m(json);
        QCOMPARE(m.type(), lb::ModelType::Llm);
        QVERIFY(m.providerUuid().isEmpty());
        QVERIFY(m.workspaceUuid().isEmpty());
        QVERIFY(!m.nestedProvider().has_value());
        QCOMPARE(m.contextLength(), std::nullopt);
        QCOMPARE(m.reasoningLevel(), u"provider_default"_s);
        QCOMPARE(m.preferredRanking(), 0);
    }
}

void TestLlmModel::contextLengthShapes_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("length"); // -1: std::nullopt
    QTest::newRow("integer") << jsonObject(R"({"context_length":8192})") << 8192;
    QTest::newRow("zero") << jsonObject(R"({"context_length":0})") << 0;
    QTest::newRow("null") << jsonObject(R"({"context_length":null})") << -1;
    QTest::newRow("absent") << jsonObject(R"({})") << -1;
    QTest::newRow("fraction") << jsonObject(R"({"context_length":1.5})") << -1;
    QTest::newRow("string") << jsonObject(R"({"context_length":"8192"})") << -1;
    QTest::newRow("too big") << jsonObject(R"({"context_length":1e12})") << -1;
}

void TestLlmModel::contextLengthShapes()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, length);
    const std::optional<int> expected = length < 0 ? std::nullopt : std::optional<int>(length);
    QCOMPARE(LlmModel(json).contextLength(), expected);
}

void TestLlmModel::newerSettersKeepUnknownFields()
{
    LlmModel m(jsonObject(R"({"uuid":"m1","reasoning_config":{"level":"low","future":1},"other":true})"));
    m.setProviderUuid(u"p2"_s);
    m.setContextLength(4096);
    m.setReasoningLevel(u"medium"_s);
    m.setPreferredRanking(5);
    QCOMPARE(m.providerUuid(), u"p2"_s);
    QCOMPARE(m.contextLength(), std::optional<int>(4096));
    QCOMPARE(m.reasoningLevel(), u"medium"_s);
    QCOMPARE(m.preferredRanking(), 5);
    QCOMPARE(m.json().value("prefered_ranking"_L1).toInt(), 5); // the server's spelling
    QCOMPARE(m.json().value("reasoning_config"_L1).toObject(), jsonObject(R"({"level":"medium","future":1})"));
    QVERIFY(m.json().value("other"_L1).toBool());
    m.setContextLength(std::nullopt);
    QVERIFY(m.json().value("context_length"_L1).isNull());
    QCOMPARE(m.contextLength(), std::nullopt);
}

void TestLlmModel::typeIsPartOfEquality()
{
    const LlmModel llm(m_list.first());
    LlmModel embedding = llm;
    QCOMPARE(embedding, llm);
    embedding.setType(lb::ModelType::Embedding);
    QVERIFY(embedding != llm);
    QCOMPARE(embedding.json(), llm.json()); // the type is beside the JSON, not in it
    const QVariant v = QVariant::fromValue(embedding);
    QCOMPARE(v.value<LlmModel>().type(), lb::ModelType::Embedding);
}

// Gotcha 9: "embedding" in model routes and scans, "text-embedding" in the
// requesters' support_type.
void TestLlmModel::typeIdsOfRoutesAndRequesters_data()
{
    QTest::addColumn<lb::ModelType>("type");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("requester");
    QTest::newRow("llm") << lb::ModelType::Llm << u"llm"_s << u"llm"_s;
    QTest::newRow("embedding") << lb::ModelType::Embedding << u"embedding"_s << u"text-embedding"_s;
    QTest::newRow("rerank") << lb::ModelType::Rerank << u"rerank"_s << u"rerank"_s;
}

void TestLlmModel::typeIdsOfRoutesAndRequesters()
{
    QFETCH(lb::ModelType, type);
    QFETCH(QString, route);
    QFETCH(QString, requester);
    QCOMPARE(lb::modelTypeId(type), route);
    QCOMPARE(lb::requesterSupportType(type), requester);
    QCOMPARE(lb::modelTypeFromId(route), std::optional<lb::ModelType>(type));
    QCOMPARE(lb::modelTypeFromId(requester), std::optional<lb::ModelType>(type));
    QCOMPARE(lb::providerCountKey(type), route + u"_count"_s);
}

QTEST_GUILESS_MAIN(TestLlmModel)
#include "tst_llmmodel.moc"
