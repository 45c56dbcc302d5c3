// Tests of lb::ConfigDraft, the state behind a schema-driven edit form: values
// loaded from a stored requester_config, dirty tracking with numeric
// equivalence, extras (keys no field describes) kept and edited as JSON,
// validation, and a load -> edit -> save that changes only what was edited.

#include "Fixtures.h"
#include "schema/ConfigDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lb;
using Mode = ConfigDraft::Mode;
using Status = FieldSpec::LoadedValue::Status;

Q_DECLARE_METATYPE(ConfigDraft::Mode)

namespace {

// JSON written with ' for " (keeps the literals readable, and moc happy).
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

} // namespace

class TestConfigDraft : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void untouchedSavesAsStored_data();
    void untouchedSavesAsStored();
    void editsMarkDirty();
    void newRecordStartsFromDefaults();
    void missingFieldGetsDefault();
    void extrasEditedAsJson();
    void problemsNameTheField();
    void genericSchemaKeepsEverything();
    void unknownFieldName();

private:
    // A requester of the bundled list (resources/demo/requesters.json).
    RequesterSchema fixtureSchema(const QString &name) const;

    QList<RequesterSchema> m_requesters;
};

void TestConfigDraft::initTestCase()
{
    LB_REQUIRE_REQUESTERS(fixture);
    m_requesters = fixture.requesters;
    for (const QString &name : {u"openai-chat-completions"_s, u"ppio-chat-completions"_s})
        QVERIFY2(lb::findRequester(m_requesters, name),
                 qPrintable(u"no requester %1 in %2"_s.arg(name, lb::testsupport::requestersFixturePath())));
}

RequesterSchema TestConfigDraft::fixtureSchema(const QString &name) const
{
    const RequesterSchema *schema = lb::findRequester(m_requesters, name);
    return schema ? *schema : RequesterSchema();
}

void TestConfigDraft::untouchedSavesAsStored_data()
{
    QTest::addColumn<QString>("requester");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("openai plain") << u"openai-chat-completions"_s
                                  << QByteArray("{'base_url':'https://api.openai.com/v1','timeout':120}");
    QTest::newRow("timeout as text") << u"openai-chat-completions"_s
                                     << QByteArray("{'base_url':'https://a/v1','timeout':'120','zzz':true}");
    QTest::newRow("ppio with args") << u"ppio-chat-completions"_s
                                    << QByteArray("{'base_url':'https://api.ppinfra.com/v3/openai',"
                                                  "'args':{'temperature':0.2,'nested':{'a':[1,2]}},"
                                                  "'timeout':30}");
    QTest::newRow("wrong types kept") << u"ppio-chat-completions"_s
                                      << QByteArray("{'base_url':7,'args':'oops','timeout':1.5}");
    QTest::newRow("null values kept") << u"ppio-chat-completions"_s
                                      << QByteArray("{'base_url':null,'args':null,'timeout':null}");
}

void TestConfigDraft::untouchedSavesAsStored()
{
    QFETCH(QString, requester);
    QFETCH(QByteArray, stored);
    const QJsonObject config = obj(stored.constData());
    QVERIFY(!config.isEmpty());
    const ConfigDraft draft(fixtureSchema(requester), config, Mode::Existing);
    QVERIFY(!draft.isDirty());
    QVERIFY(!draft.extrasDirty());
    QCOMPARE(draft.toConfig(), config); // byte for byte what came in
}

void TestConfigDraft::editsMarkDirty()
{
    const QJsonObject stored = obj("{'base_url':'https://a/v1','timeout':'120','zzz':true}");
    ConfigDraft draft(fixtureSchema(u"openai-chat-completions"_s), stored);
    QCOMPARE(draft.mode(), Mode::Existing);

    // "120" reads as 120 and says so.
    QCOMPARE(draft.value(u"timeout"_s), QJsonValue(120));
    QCOMPARE(draft.loaded(u"timeout"_s).status, Status::Converted);
    QVERIFY(!draft.loaded(u"timeout"_s).note.isEmpty());
    QCOMPARE(draft.loaded(u"base_url"_s).status, Status::Kept);

    // 120.0 is the same number: not dirty, and the stored "120" is kept.
    draft.setValue(u"timeout"_s, 120.0);
    QVERIFY(!draft.isDirty(u"timeout"_s));
    QVERIFY(!draft.isDirty());
    QCOMPARE(draft.toConfig().value("timeout"_L1), QJsonValue(u"120"_s));

    draft.setValue(u"timeout"_s, 60);
    QVERIFY(draft.isDirty(u"timeout"_s));
    QVERIFY(!draft.isDirty(u"base_url"_s));
    QVERIFY(draft.isDirty());
    QCOMPARE(draft.originalValue(u"timeout"_s), QJsonValue(120));
    QJsonObject expected = stored;
    expected.insert(u"timeout"_s, 60);
    QCOMPARE(draft.toConfig(), expected);

    // Back to the original: clean again.
    draft.setValue(u"timeout"_s, 120);
    QVERIFY(!draft.isDirty());
    QCOMPARE(draft.toConfig(), stored);
}

void TestConfigDraft::newRecordStartsFromDefaults()
{
    const RequesterSchema schema = fixtureSchema(u"ppio-chat-completions"_s);
    ConfigDraft draft(schema, QJsonObject(), Mode::New);
    QVERIFY(!draft.isDirty());
    QVERIFY(draft.isValid());
    QCOMPARE(draft.value(u"timeout"_s), QJsonValue(120));
    QCOMPARE(draft.value(u"args"_s), QJsonValue(QJsonObject()));
    QCOMPARE(draft.toConfig(), schema.defaultConfig());
    QCOMPARE(draft.toConfig(), obj("{'base_url':'https://api.ppinfra.com/v3/openai','args':{},'timeout':120}"));
    draft.setValue(u"base_url"_s, u"https://proxy.example/v3/openai"_s);
    QVERIFY(draft.isDirty());
    QCOMPARE(draft.toConfig().value("base_url"_L1), QJsonValue(u"https://proxy.example/v3/openai"_s));
}

void TestConfigDraft::missingFieldGetsDefault()
{
    const ConfigDraft draft(fixtureSchema(u"openai-chat-completions"_s), obj("{'base_url':'https://a/v1'}"));
    QCOMPARE(draft.loaded(u"timeout"_s).status, Status::Missing);
    QCOMPARE(draft.value(u"timeout"_s), QJsonValue(120));
    QVERIFY(!draft.isDirty());
    QCOMPARE(draft.toConfig(), obj("{'base_url':'https://a/v1','timeout':120}"));
}

void TestConfigDraft::extrasEditedAsJson()
{
    const QJsonObject stored = obj("{'base_url':'https://a/v1','timeout':120,'proxy':'socks5://h','keep':[1]}");
    ConfigDraft draft(fixtureSchema(u"openai-chat-completions"_s), stored);
    QCOMPARE(draft.extras(), obj("{'proxy':'socks5://h','keep':[1]}"));
    QCOMPARE(draft.originalExtras(), draft.extras());

    // Numerically equal extras are not a change.
    draft.setExtras(obj("{'proxy':'socks5://h','keep':[1.0]}"));
    QVERIFY(!draft.extrasDirty());

    // Remove one, add one, and try to sneak a field in (ignored: fields are
    // edited by their own editors).
    draft.setExtras(obj("{'keep':[1],'new':{'a':true},'timeout':5}"));
    QVERIFY(draft.extrasDirty());
    QVERIFY(draft.isDirty());
    QCOMPARE(draft.extras(), obj("{'keep':[1],'new':{'a':true}}"));
    QCOMPARE(draft.toConfig(), obj("{'base_url':'https://a/v1','timeout':120,'keep':[1],'new':{'a':true}}"));
}

void TestConfigDraft::problemsNameTheField()
{
    ConfigDraft draft(fixtureSchema(u"openai-chat-completions"_s), obj("{'base_url':'','timeout':120}"));
    QList<lb::FieldProblem> problems = draft.problems(QLocale(QLocale::English));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, u"base_url"_s);
    QCOMPARE(problems.first().message, u"Base URL is required."_s);
    QVERIFY(!draft.isValid());

    draft.setValue(u"base_url"_s, u"ftp://x"_s);
    draft.setValue(u"timeout"_s, 2.5);
    problems = draft.problems(QLocale(QLocale::English));
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).message.startsWith(u"Base URL must be a web address"_s));
    QCOMPARE(problems.at(1).field, u"timeout"_s);
    QCOMPARE(problems.at(1).message, u"Timeout must be a whole number, not 2.5."_s);

    draft.setValue(u"base_url"_s, u"https://api.openai.com/v1"_s);
    draft.setValue(u"timeout"_s, 90);
    QVERIFY(draft.isValid());
}

void TestConfigDraft::genericSchemaKeepsEverything()
{
    // An API-key-only profile editing a model of a requester it cannot look up.
    const QJsonObject stored = obj("{'base_url':'https://api.moonshot.ai/v1','timeout':120,"
                                   "'args':{'max_tokens':512},'custom':'x'}");
    const RequesterSchema schema
        = RequesterSchema::generic(u"moonshot-chat-completions"_s, RequesterSchema::GenericReason::ApiKeyOnly);
    ConfigDraft draft(schema, stored);
    QVERIFY(!draft.isDirty());
    QCOMPARE(draft.extras(), obj("{'args':{'max_tokens':512},'custom':'x'}"));
    QCOMPARE(draft.toConfig(), stored);

    draft.setExtras(obj("{'args':{'max_tokens':1024},'custom':'x'}"));
    QJsonObject expected = stored;
    expected.insert(u"args"_s, QJsonObject{{u"max_tokens"_s, 1024}});
    QCOMPARE(draft.toConfig(), expected);
}

void TestConfigDraft::unknownFieldName()
{
    ConfigDraft draft(fixtureSchema(u"openai-chat-completions"_s), obj("{'base_url':'https://a/v1'}"));
    draft.setValue(u"no_such_field"_s, 1);
    QVERIFY(draft.value(u"no_such_field"_s).isUndefined());
    QVERIFY(!draft.isDirty(u"no_such_field"_s));
    QVERIFY(!draft.toConfig().contains("no_such_field"_L1));
}

QTEST_GUILESS_MAIN(TestConfigDraft)
#include "tst_configdraft.moc"
