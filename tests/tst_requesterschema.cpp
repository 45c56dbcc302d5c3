// Tests of lb::RequesterSchema and lb::I18nText: the 24 requesters of a real
// LangBot 4.6 server parse without error, labels resolve per UI language with
// the documented fallback, the llm filter, malformed answers give path-named
// errors and keep the good parts, the single-requester answer, and the generic
// schema used when the server's is not available.

#include "TestSupport.h"
#include "schema/RequesterSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "Fixtures.h"

using namespace Qt::StringLiterals;
using namespace lb;
using lb::testsupport::jsonValue;
using Reason = RequesterSchema::GenericReason;

Q_DECLARE_METATYPE(RequesterSchema::GenericReason)

namespace {

const QString kBundled = lb::testsupport::requestersFixturePath();

QStringList errorLines(const SchemaErrors &errors)
{
    QStringList lines;
    for (const lb::SchemaError &error : errors)
        lines << error.toString();
    return lines;
}

// errors has one line per entry of starts, each beginning with it.
void compareErrorStarts(const SchemaErrors &errors, const QStringList &starts)
{
    const QStringList lines = errorLines(errors);
    QCOMPARE(lines.size(), starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(starts.at(i)), qPrintable(lines.at(i)));
}

QStringList names(const QList<RequesterSchema> &list)
{
    QStringList result;
    for (const RequesterSchema &schema : list)
        result << schema.name();
    return result;
}

const char *kGoodReq = R"({"name":"good","label":{"en_US":"Good"},"spec":{"config":[
    {"name":"base_url","type":"string","required":true,"default":"https://x/v1"}],"support_type":["llm"]}})";

} // namespace

class TestRequesterSchema : public QObject
{
    Q_OBJECT
private slots:
    void fixtureParses_data();
    void fixtureParses();
    void fixtureDetails();
    void labelsResolve_data();
    void labelsResolve();
    void i18nFallback_data();
    void i18nFallback();
    void i18nFromLocale();
    void llmFilter();
    void malformedList_data();
    void malformedList();
    void fixtureWithOneBadField();
    void singleAnswer_data();
    void singleAnswer();
    void configHelpers();
    void genericSchema_data();
    void genericSchema();
};

void TestRequesterSchema::fixtureParses_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("bundled resources/demo/requesters.json") << kBundled;
}

void TestRequesterSchema::fixtureParses()
{
    QFETCH(QString, fileName);
    LB_REQUIRE_JSON(answer, fileName);
    const QJsonArray raw = answer.value("data"_L1).toObject().value("requesters"_L1).toArray();
    QCOMPARE(raw.size(), 24);

    const lb::RequesterListParse parsed = lb::parseRequesterList(answer.value("data"_L1));
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(errorLines(parsed.errors).join(u"\n"_s)));
    QCOMPARE(parsed.requesters.size(), 24);
    QSet<QString> seen;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const RequesterSchema &schema = parsed.requesters.at(i);
        const QJsonObject json = raw.at(i).toObject();
        QCOMPARE(schema.name(), json.value("name"_L1).toString()); // server order
        QVERIFY(!seen.contains(schema.name()));
        seen.insert(schema.name());
        QVERIFY(!schema.label().text(u"en_US"_s).isEmpty());
        QCOMPARE(schema.iconName(), json.value("icon"_L1).toString());
        QVERIFY(!schema.providerCategory().isEmpty());
        QVERIFY(!schema.supportTypes().isEmpty());
        QVERIFY(!schema.isGeneric());
        QCOMPARE(schema.json(), json);
        // Every FIELD became a FieldSpec of a known type, nothing dropped.
        const QJsonArray config = json.value("spec"_L1).toObject().value("config"_L1).toArray();
        QCOMPARE(schema.fields().size(), config.size());
        for (qsizetype f = 0; f < config.size(); ++f) {
            const FieldSpec &field = schema.fields().at(f);
            QCOMPARE(field.name(), config.at(f).toObject().value("name"_L1).toString());
            QVERIFY(field.type() != FieldSpec::Type::Unknown);
            QVERIFY(!field.displayLabel(QLocale(QLocale::English)).isEmpty());
            // Every default of the real server is valid for its field.
            QVERIFY2(field.validate(field.defaultValue()).isEmpty(), qPrintable(field.validate(field.defaultValue())));
        }
        QVERIFY(schema.validateConfig(schema.defaultConfig()).isEmpty());
    }
}

void TestRequesterSchema::fixtureDetails()
{
    LB_REQUIRE_REQUESTERS(fixture);
    const lb::RequesterListParse parsed = lb::parseRequesterList(fixture.data.toObject());
    const RequesterSchema *openai = lb::findRequester(parsed.requesters, u"openai-chat-completions"_s);
    QVERIFY(openai);
    QCOMPARE(openai->displayName(QLocale(QLocale::English)), u"OpenAI"_s);
    QCOMPARE(openai->supportTypes(), (QStringList{u"llm"_s, u"text-embedding"_s}));
    QCOMPARE(openai->providerCategory(), u"manufacturer"_s);
    QCOMPARE(openai->fields().size(), 2);
    const FieldSpec *baseUrl = openai->field(u"base_url"_s);
    QVERIFY(baseUrl);
    QCOMPARE(baseUrl->type(), FieldSpec::Type::String);
    QVERIFY(baseUrl->isRequired());
    QVERIFY(baseUrl->isUrl());
    QCOMPARE(baseUrl->defaultValue(), QJsonValue(u"https://api.openai.com/v1"_s));
    const FieldSpec *timeout = openai->field(u"timeout"_s);
    QVERIFY(timeout);
    QCOMPARE(timeout->type(), FieldSpec::Type::Integer);
    QCOMPARE(timeout->defaultValue().toInteger(), qint64(120));
    QVERIFY(!openai->field(u"args"_s));
    QCOMPARE(openai->defaultConfig(),
             (QJsonObject{{u"base_url"_s, u"https://api.openai.com/v1"_s}, {u"timeout"_s, 120}}));

    // "int" (not "integer") and "object" appear in real manifests.
    const RequesterSchema *ppio = lb::findRequester(parsed.requesters, u"ppio-chat-completions"_s);
    QVERIFY(ppio);
    QCOMPARE(ppio->field(u"timeout"_s)->rawType(), u"int"_s);
    QCOMPARE(ppio->field(u"timeout"_s)->type(), FieldSpec::Type::Integer);
    QCOMPARE(ppio->field(u"args"_s)->type(), FieldSpec::Type::Object);
    QVERIFY(ppio->field(u"args"_s)->isRequired());
    QCOMPARE(ppio->field(u"args"_s)->defaultValue(), QJsonValue(QJsonObject()));

    const RequesterSchema *seekdb = lb::findRequester(parsed.requesters, u"seekdb-embedding"_s);
    QVERIFY(seekdb);
    QVERIFY(seekdb->fields().isEmpty());
    QCOMPARE(seekdb->providerCategory(), u"builtin"_s);
    QVERIFY(seekdb->displayDescription(QLocale(QLocale::Japanese)).startsWith(u"SeekDB Python ライブラリ"_s));
    QVERIFY(lb::findRequester(parsed.requesters, u"no-such"_s) == nullptr);
}

void TestRequesterSchema::labelsResolve_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("requester");
    QTest::addColumn<QString>("what"); // "label", "description" or a field name
    QTest::addColumn<QString>("expected");

    const QString openai = u"openai-chat-completions"_s;
    const QString seekdb = u"seekdb-embedding"_s;
    QTest::newRow("en field") << u"en_US"_s << openai << u"base_url"_s << u"Base URL"_s;
    QTest::newRow("zh_CN field") << u"zh_CN"_s << openai << u"base_url"_s << u"基础 URL"_s;
    QTest::newRow("zh_CN timeout") << u"zh_CN"_s << openai << u"timeout"_s << u"超时时间"_s;
    // No zh_Hant in the fixture: Traditional goes on to en_US, not to zh_Hans.
    QTest::newRow("zh_TW field") << u"zh_TW"_s << openai << u"timeout"_s << u"Timeout"_s;
    QTest::newRow("zh_HK field") << u"zh-HK"_s << openai << u"timeout"_s << u"Timeout"_s;
    QTest::newRow("ja field -> en_US") << u"ja_JP"_s << openai << u"timeout"_s << u"Timeout"_s;
    QTest::newRow("de field -> en_US") << u"de_DE"_s << openai << u"timeout"_s << u"Timeout"_s;
    QTest::newRow("zh_CN label") << u"zh_CN"_s << seekdb << u"label"_s << u"SeekDB 嵌入"_s;
    QTest::newRow("zh_TW label") << u"zh_TW"_s << seekdb << u"label"_s << u"SeekDB Embedding"_s;
    QTest::newRow("ja description") << u"ja"_s << seekdb << u"description"_s
                                    << u"SeekDB Python ライブラリの組み込み埋め込みモデル (all-MiniLM-L6-v2) "
                                       "を使用します。初回使用時にモデルファイルのダウンロードに時間がかかります。"_s;
    QTest::newRow("empty description") << u"en_US"_s << openai << u"description"_s << QString();
}

void TestRequesterSchema::labelsResolve()
{
    QFETCH(QString, tag);
    QFETCH(QString, requester);
    QFETCH(QString, what);
    QFETCH(QString, expected);
    LB_REQUIRE_REQUESTERS(fixture);
    const lb::RequesterListParse parsed = lb::parseRequesterList(fixture.data.toObject());
    const RequesterSchema *schema = lb::findRequester(parsed.requesters, requester);
    QVERIFY(schema);
    const QLocale locale = I18nText::localeForTag(tag);
    QString actual;
    if (what == "label"_L1)
        actual = schema->displayName(locale);
    else if (what == "description"_L1)
        actual = schema->displayDescription(locale);
    else
        actual = schema->field(what)->displayLabel(locale);
    QCOMPARE(actual, expected);
}

void TestRequesterSchema::i18nFallback_data()
{
    QTest::addColumn<QString>("map");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("expected");

    const QString all = uR"({"en_US":"A","zh_Hans":"B","zh_Hant":"C","ja_JP":"D"})"_s;
    QTest::newRow("en") << all << u"en"_s << u"A"_s;
    QTest::newRow("en_GB") << all << u"en_GB"_s << u"A"_s;
    QTest::newRow("zh_CN") << all << u"zh_CN"_s << u"B"_s;
    QTest::newRow("zh_SG") << all << u"zh_SG"_s << u"B"_s;
    QTest::newRow("zh-Hans") << all << u"zh-Hans"_s << u"B"_s;
    QTest::newRow("zh") << all << u"zh"_s << u"B"_s;
    QTest::newRow("zh_TW") << all << u"zh_TW"_s << u"C"_s;
    QTest::newRow("zh_HK") << all << u"zh_HK"_s << u"C"_s;
    QTest::newRow("zh-Hant") << all << u"zh-Hant"_s << u"C"_s;
    QTest::newRow("zh_Hant_TW") << all << u"zh_Hant_TW"_s << u"C"_s;
    QTest::newRow("ja") << all << u"ja"_s << u"D"_s;
    QTest::newRow("ja_JP") << all << u"ja_JP"_s << u"D"_s;
    QTest::newRow("fr -> en_US") << all << u"fr_FR"_s << u"A"_s;
    QTest::newRow("empty tag -> en_US") << all << QString() << u"A"_s;
    QTest::newRow("C -> en_US") << all << u"C"_s << u"A"_s;

    const QString noHant = uR"({"en_US":"A","zh_Hans":"B"})"_s;
    QTest::newRow("zh_TW without zh_Hant -> en_US") << noHant << u"zh_TW"_s << u"A"_s;
    QTest::newRow("ja without ja_JP -> en_US") << noHant << u"ja"_s << u"A"_s;
    QTest::newRow("zh_TW, only zh_Hans -> first") << uR"({"zh_Hans":"B"})"_s << u"zh_TW"_s << u"B"_s;
    QTest::newRow("fr, no en_US -> first sorted") << uR"({"zh_Hans":"B","ja_JP":"D"})"_s << u"fr"_s << u"D"_s;
    QTest::newRow("de -> de_DE") << uR"({"en_US":"A","de_DE":"G"})"_s << u"de"_s << u"G"_s;
    QTest::newRow("de_AT -> de_DE") << uR"({"en_US":"A","de_DE":"G"})"_s << u"de_AT"_s << u"G"_s;
    QTest::newRow("exact zh_TW key") << uR"({"en_US":"A","zh_Hant":"C","zh_TW":"T"})"_s << u"zh_TW"_s << u"T"_s;
    QTest::newRow("empty text is absent") << uR"({"en_US":"","zh_Hans":"B"})"_s << u"en"_s << u"B"_s;
    QTest::newRow("plain string") << uR"("Only")"_s << u"zh_CN"_s << u"Only"_s;
    QTest::newRow("empty map") << u"{}"_s << u"en"_s << QString();
    QTest::newRow("null") << u"null"_s << u"en"_s << QString();
}

void TestRequesterSchema::i18nFallback()
{
    QFETCH(QString, map);
    QFETCH(QString, tag);
    QFETCH(QString, expected);
    SchemaErrors errors;
    const I18nText text = I18nText::fromJson(jsonValue(map), u"label"_s, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(text.resolve(tag), expected);
    QCOMPARE(text.resolve(I18nText::localeForTag(tag)), expected);
    QCOMPARE(text.isEmpty(), expected.isEmpty());
}

void TestRequesterSchema::i18nFromLocale()
{
    const I18nText text = I18nText::fromMap(
        {{u"en_US"_s, u"A"_s}, {u"zh_Hans"_s, u"B"_s}, {u"zh_Hant"_s, u"C"_s}, {u"ja_JP"_s, u"D"_s}});
    QCOMPARE(text.resolve(QLocale(QLocale::Chinese, QLocale::China)), u"B"_s);
    QCOMPARE(text.resolve(QLocale(QLocale::Chinese, QLocale::Taiwan)), u"C"_s);
    QCOMPARE(text.resolve(QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::AnyTerritory)), u"C"_s);
    QCOMPARE(text.resolve(QLocale(QLocale::Japanese, QLocale::Japan)), u"D"_s);
    QCOMPARE(text.resolve(QLocale::c()), u"A"_s);
    QCOMPARE(I18nText::langBotKey(QLocale(QLocale::Chinese, QLocale::HongKong)), u"zh_Hant"_s);
    QCOMPARE(I18nText::langBotKey(QLocale(QLocale::Chinese, QLocale::China)), u"zh_Hans"_s);
    QCOMPARE(I18nText::langBotKey(QLocale(QLocale::Japanese)), u"ja_JP"_s);
    QCOMPARE(I18nText::langBotKey(QLocale(QLocale::English, QLocale::UnitedKingdom)), u"en_US"_s);
    QCOMPARE(text.toJson().size(), 4);
    QCOMPARE(I18nText::fromJson(text.toJson()), text);
}

void TestRequesterSchema::llmFilter()
{
    LB_REQUIRE_REQUESTERS(fixture);
    const QJsonObject data = fixture.data.toObject();
    const lb::RequesterListParse parsed = lb::parseRequesterList(data);

    // Expected, from the raw JSON.
    QStringList llm;
    QStringList embedding;
    for (const QJsonValue &req : data.value("requesters"_L1).toArray()) {
        const QJsonArray types = req.toObject().value("spec"_L1).toObject().value("support_type"_L1).toArray();
        if (types.contains(u"llm"_s))
            llm << req.toObject().value("name"_L1).toString();
        if (types.contains(u"text-embedding"_s))
            embedding << req.toObject().value("name"_L1).toString();
    }
    QCOMPARE(llm.size(), 23);
    QCOMPARE(embedding.size(), 14);

    const QList<RequesterSchema> offered = lb::requestersSupporting(parsed.requesters);
    QCOMPARE(names(offered), llm);
    QVERIFY(!names(offered).contains(u"seekdb-embedding"_s));
    QCOMPARE(names(lb::requestersSupporting(parsed.requesters, u"text-embedding"_s)), embedding);
    QVERIFY(lb::requestersSupporting(parsed.requesters, u"rerank"_s).isEmpty());
}

void TestRequesterSchema::malformedList_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QStringList>("errors"); // each: the start of one error line, in order
    QTest::addColumn<QStringList>("kept");

    const QString good = QString::fromUtf8(kGoodReq);
    QTest::newRow("bare empty list") << u"[]"_s << QStringList() << QStringList();
    QTest::newRow("answer a string") << u"\"oops\""_s << QStringList{u"the answer is a string, not an object"_s}
                                     << QStringList();
    QTest::newRow("requesters missing") << u"{}"_s << QStringList{u"requesters: missing"_s} << QStringList();
    QTest::newRow("requesters an object")
        << u"{\"requesters\":{}}"_s << QStringList{u"requesters: an object, not a list"_s} << QStringList();
    QTest::newRow("item not an object") << u"{\"requesters\":[7,"_s + good + u"]}"_s
                                        << QStringList{u"requesters[0]: not an object (a number)"_s}
                                        << QStringList{u"good"_s};
    QTest::newRow("no name") << u"{\"requesters\":["_s + good + u",{\"label\":\"x\"}]}"_s
                             << QStringList{u"requesters[1].name: missing"_s} << QStringList{u"good"_s};
    QTest::newRow("name a number") << u"{\"requesters\":[{\"name\":5},"_s + good + u"]}"_s
                                   << QStringList{u"requesters[0].name: not a string"_s} << QStringList{u"good"_s};
    QTest::newRow("repeated name") << u"{\"requesters\":["_s + good + u","_s + good + u"]}"_s
                                   << QStringList{u"requesters[1].name: \"good\" is listed already"_s}
                                   << QStringList{u"good"_s};
    QTest::newRow("no spec") << u"{\"requesters\":[{\"name\":\"bare\"},"_s + good + u"]}"_s
                             << QStringList{u"requesters[0].spec: missing"_s} << QStringList{u"bare"_s, u"good"_s};
    QTest::newRow("config not a list")
        << u"{\"requesters\":[{\"name\":\"a\",\"spec\":{\"config\":{},\"support_type\":[\"llm\"]}}]}"_s
        << QStringList{u"requesters[0].spec.config: not a list"_s} << QStringList{u"a"_s};
    QTest::newRow("bad fields, good fields")
        << uR"({"requesters":[{"name":"a","spec":{"config":[
               {"type":"string"},
               {"name":"timeout","type":5,"default":120},
               "junk",
               {"name":"base_url","type":"string"},
               {"name":"base_url","type":"text"}],
               "support_type":["llm",3],"provider_category":9},
               "label":{"en_US":"A","ja_JP":false},"icon":1}]})"_s
        << QStringList{u"requesters[0].label.ja_JP: not a string"_s,
                       u"requesters[0].icon: not a string"_s,
                       u"requesters[0].spec.config[0].name: missing"_s,
                       u"requesters[0].spec.config[1].type: not a string"_s,
                       u"requesters[0].spec.config[2]: not an object"_s,
                       u"requesters[0].spec.config[4].name: \"base_url\" is already a field"_s,
                       u"requesters[0].spec.support_type[1]: not a string"_s,
                       u"requesters[0].spec.provider_category: not a string"_s}
        << QStringList{u"a"_s};
}

void TestRequesterSchema::malformedList()
{
    QFETCH(QString, data);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, kept);
    const lb::RequesterListParse parsed = lb::parseRequesterList(jsonValue(data));
    compareErrorStarts(parsed.errors, errors);
    QCOMPARE(parsed.hasErrors(), !errors.isEmpty());
    QCOMPARE(names(parsed.requesters), kept);
}

void TestRequesterSchema::fixtureWithOneBadField()
{
    // The real list with requesters[3].spec.config[1].type broken: one error
    // names it, all 24 requesters stay, the field stays as raw JSON.
    LB_REQUIRE_REQUESTERS(fixture);
    QJsonObject data = fixture.data.toObject();
    QJsonArray list = data.value("requesters"_L1).toArray();
    QJsonObject req = list.at(3).toObject();
    QJsonObject spec = req.value("spec"_L1).toObject();
    QJsonArray config = spec.value("config"_L1).toArray();
    QJsonObject field = config.at(1).toObject();
    field.insert(u"type"_s, QJsonArray{u"integer"_s});
    config.replace(1, field);
    spec.insert(u"config"_s, config);
    req.insert(u"spec"_s, spec);
    list.replace(3, req);
    data.insert(u"requesters"_s, list);

    const lb::RequesterListParse parsed = lb::parseRequesterList(data);
    QCOMPARE(errorLines(parsed.errors),
             QStringList{u"requesters[3].spec.config[1].type: not a string; edited as raw JSON"_s});
    QCOMPARE(parsed.requesters.size(), 24);
    const RequesterSchema &broken = parsed.requesters.at(3);
    QCOMPARE(broken.fields().size(), 2);
    QCOMPARE(broken.fields().at(1).name(), u"timeout"_s);
    QCOMPARE(broken.fields().at(1).type(), FieldSpec::Type::Unknown);
    QCOMPARE(broken.fields().at(1).defaultValue(), QJsonValue(120));
    QCOMPARE(broken.fields().at(0).type(), FieldSpec::Type::String);
}

void TestRequesterSchema::singleAnswer_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("name"); // empty: none
    QTest::addColumn<QStringList>("errors");

    const QString good = QString::fromUtf8(kGoodReq);
    QTest::newRow("good") << u"{\"requester\":"_s + good + u"}"_s << u"good"_s << QStringList();
    QTest::newRow("missing") << u"{}"_s << QString() << QStringList{u"requester: missing"_s};
    QTest::newRow("not an object") << u"null"_s << QString() << QStringList{u"the answer is null, not an object"_s};
    QTest::newRow("bad field")
        << uR"({"requester":{"name":"r","spec":{"config":[{"name":1},{"name":"ok","type":"boolean"}]}}})"_s << u"r"_s
        << QStringList{u"requester.spec.config[0].name: not a string"_s};
}

void TestRequesterSchema::singleAnswer()
{
    QFETCH(QString, data);
    QFETCH(QString, name);
    QFETCH(QStringList, errors);
    const lb::RequesterParse parsed = lb::parseRequester(jsonValue(data));
    QCOMPARE(parsed.requester.has_value(), !name.isEmpty());
    if (parsed.requester)
        QCOMPARE(parsed.requester->name(), name);
    compareErrorStarts(parsed.errors, errors);
}

void TestRequesterSchema::configHelpers()
{
    LB_REQUIRE_REQUESTERS(fixture);
    const lb::RequesterListParse parsed = lb::parseRequesterList(fixture.data.toObject());
    const RequesterSchema *ppio = lb::findRequester(parsed.requesters, u"ppio-chat-completions"_s);
    QVERIFY(ppio);
    const QJsonObject config{{u"base_url"_s, u"nope"_s},
                             {u"timeout"_s, u"x"_s},
                             {u"args"_s, QJsonObject{{u"temperature"_s, 0.2}}},
                             {u"proxy"_s, u"socks5://h"_s}};
    QCOMPARE(ppio->extraConfig(config), (QJsonObject{{u"proxy"_s, u"socks5://h"_s}}));
    const QList<lb::FieldProblem> problems = ppio->validateConfig(config, QLocale(QLocale::English));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, u"base_url"_s);
    QVERIFY(problems.at(0).message.startsWith(u"Base URL must be a web address"_s));
    QCOMPARE(problems.at(1).field, u"timeout"_s);
    QCOMPARE(problems.at(1).message, u"Timeout must be a whole number."_s);
    const QList<lb::FieldProblem> chinese
        = ppio->validateConfig(QJsonObject(), QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(chinese.size(), 3); // all three required
    QVERIFY(chinese.at(0).message.startsWith(u"基础 URL"_s));
}

void TestRequesterSchema::genericSchema_data()
{
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("textHas");
    QTest::newRow("api key only") << Reason::ApiKeyOnly << QString() << u"API key"_s;
    QTest::newRow("offline") << Reason::Offline << QString() << u"cannot be reached"_s;
    QTest::newRow("unknown requester") << Reason::UnknownRequester << QString() << u"\"my-custom-requester\""_s;
    QTest::newRow("fetch failed") << Reason::FetchFailed << u"HTTP 500"_s << u"(HTTP 500)"_s;
}

void TestRequesterSchema::genericSchema()
{
    QFETCH(Reason, reason);
    QFETCH(QString, detail);
    QFETCH(QString, textHas);
    const RequesterSchema schema = RequesterSchema::generic(u"my-custom-requester"_s, reason, detail);
    QVERIFY(schema.isGeneric());
    QVERIFY(schema.genericReason() == reason);
    QVERIFY2(schema.genericReasonText().contains(textHas), qPrintable(schema.genericReasonText()));
    QVERIFY(schema.genericReasonText().contains(u"edited as JSON"_s));
    QCOMPARE(schema.name(), u"my-custom-requester"_s);
    QCOMPARE(schema.displayName(), u"my-custom-requester"_s);
    QVERIFY(schema.supports(u"llm"_s));

    QCOMPARE(schema.fields().size(), 2);
    const FieldSpec *baseUrl = schema.field(u"base_url"_s);
    QVERIFY(baseUrl);
    QCOMPARE(baseUrl->type(), FieldSpec::Type::String);
    QVERIFY(baseUrl->isRequired());
    QVERIFY(baseUrl->isUrl());
    QCOMPARE(baseUrl->displayLabel(QLocale(QLocale::Chinese, QLocale::China)), u"基础 URL"_s);
    const FieldSpec *timeout = schema.field(u"timeout"_s);
    QVERIFY(timeout);
    QCOMPARE(timeout->type(), FieldSpec::Type::Integer);
    QCOMPARE(timeout->defaultValue(), QJsonValue(120));

    QCOMPARE(schema.defaultConfig(), (QJsonObject{{u"base_url"_s, u""_s}, {u"timeout"_s, 120}}));
    const QJsonObject stored{{u"base_url"_s, u"https://api.deepseek.com"_s},
                             {u"timeout"_s, 60},
                             {u"args"_s, QJsonObject{{u"x"_s, 1}}},
                             {u"extra"_s, true}};
    QCOMPARE(schema.extraConfig(stored), (QJsonObject{{u"args"_s, QJsonObject{{u"x"_s, 1}}}, {u"extra"_s, true}}));
    QVERIFY(schema.validateConfig(stored).isEmpty());
    const QList<lb::FieldProblem> problems = schema.validateConfig(QJsonObject(), QLocale(QLocale::English));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, u"base_url"_s);
    QCOMPARE(problems.first().message, u"Base URL is required."_s);

    // A real schema is not generic.
    QVERIFY(!RequesterSchema().isGeneric());
    QVERIFY(RequesterSchema().genericReasonText().isEmpty());
}

QTEST_GUILESS_MAIN(TestRequesterSchema)
#include "tst_requesterschema.moc"
