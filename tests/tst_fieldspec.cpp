// Tests of lb::FieldSpec: every field type parses, malformed FIELDs give
// path-named errors and keep what is usable, defaults, load (normalise) of
// stored values, value in = value out through the text form, validation
// messages per type, dirty comparison, and unknown types kept as raw JSON.

#include "TestSupport.h"
#include "schema/FieldSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lb;
using lb::testsupport::jsonValue;
using Type = FieldSpec::Type;
using Status = FieldSpec::LoadedValue::Status;

Q_DECLARE_METATYPE(FieldSpec::Type)
Q_DECLARE_METATYPE(FieldSpec::LoadedValue::Status)

namespace {

// Any JSON value from text (scalars too); "undefined" gives Undefined.
QString show(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"undefined"_s;
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString errorsText(const SchemaErrors &errors)
{
    QStringList lines;
    for (const lb::SchemaError &error : errors)
        lines << error.toString();
    return lines.join(u" | "_s);
}

FieldSpec parse(const QString &json, SchemaErrors *errors = nullptr)
{
    SchemaErrors local;
    const std::optional<FieldSpec> field = FieldSpec::fromJson(jsonValue(json), u"f"_s, errors ? errors : &local);
    if (!field)
        qFatal("field did not parse: %s", qPrintable(json));
    return *field;
}

// A field of a type, labelled "My Field" so messages can be checked for it.
FieldSpec field(const QString &rawType, const QString &extraJson = {})
{
    QString json = u"{\"name\":\"my_field\",\"label\":{\"en_US\":\"My Field\",\"zh_Hans\":\"我的字段\"},"
                   "\"type\":\""_s
        + rawType + u"\""_s;
    if (!extraJson.isEmpty())
        json += u","_s + extraJson;
    json += u"}"_s;
    SchemaErrors errors;
    const FieldSpec spec = parse(json, &errors);
    if (!errors.isEmpty())
        qFatal("unexpected errors for %s: %s", qPrintable(json), qPrintable(errorsText(errors)));
    return spec;
}

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

class TestFieldSpec : public QObject
{
    Q_OBJECT
private slots:
    void everyTypeParses_data();
    void everyTypeParses();
    void allAttributes();
    void boundAliases_data();
    void boundAliases();
    void malformedField_data();
    void malformedField();
    void defaultValue_data();
    void defaultValue();
    void valueInValueOut_data();
    void valueInValueOut();
    void loadNormalises_data();
    void loadNormalises();
    void validation_data();
    void validation();
    void validateText_data();
    void validateText();
    void messagesUseTheUiLanguage();
    void jsonErrorNamesThePosition();
    void dirty_data();
    void dirty();
    void numericEquivalence();
    void unknownTypeKept();
    void editorHints_data();
    void editorHints();
};

void TestFieldSpec::everyTypeParses_data()
{
    QTest::addColumn<QString>("rawType");
    QTest::addColumn<Type>("type");
    QTest::newRow("string") << u"string"_s << Type::String;
    QTest::newRow("text") << u"text"_s << Type::Text;
    QTest::newRow("secret") << u"secret"_s << Type::Secret;
    QTest::newRow("password") << u"password"_s << Type::Secret;
    QTest::newRow("integer") << u"integer"_s << Type::Integer;
    QTest::newRow("int") << u"int"_s << Type::Integer;
    QTest::newRow("float") << u"float"_s << Type::Number;
    QTest::newRow("number") << u"number"_s << Type::Number;
    QTest::newRow("boolean") << u"boolean"_s << Type::Boolean;
    QTest::newRow("bool") << u"bool"_s << Type::Boolean;
    QTest::newRow("select") << u"select"_s << Type::Select;
    QTest::newRow("array[string]") << u"array[string]"_s << Type::StringList;
    QTest::newRow("object") << u"object"_s << Type::Object;
    QTest::newRow("case and spaces") << u" Integer "_s << Type::Integer;
    QTest::newRow("unknown selector") << u"llm-model-selector"_s << Type::Unknown;
    QTest::newRow("unknown array") << u"array[object]"_s << Type::Unknown;
}

void TestFieldSpec::everyTypeParses()
{
    QFETCH(QString, rawType);
    QFETCH(Type, type);
    const FieldSpec spec = field(rawType, u"\"required\":true"_s);
    QCOMPARE(spec.name(), u"my_field"_s);
    QCOMPARE(spec.type(), type);
    QCOMPARE(spec.rawType(), rawType); // kept exactly as the server spelled it
    QVERIFY(spec.isRequired());
    QCOMPARE(spec.displayLabel(kEnglish), u"My Field"_s);
    QCOMPARE(FieldSpec::typeFromString(rawType), type);
}

void TestFieldSpec::allAttributes()
{
    SchemaErrors errors;
    const FieldSpec spec = parse(uR"({"name":"mode","type":"select","required":false,"default":"fast",
        "label":{"en_US":"Mode","zh_Hans":"模式"},
        "description":{"en_US":"How to run","ja_JP":"実行方法"},
        "options":[{"name":"fast","label":{"en_US":"Fast","zh_Hans":"快"}},
                   {"name":"slow","label":{"en_US":"Slow"}},
                   "plain"],
        "x-future":{"keep":true}})"_s,
                                 &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errorsText(errors)));
    QCOMPARE(spec.type(), Type::Select);
    QVERIFY(!spec.isRequired());
    QVERIFY(spec.hasDefault());
    QCOMPARE(spec.rawDefault(), QJsonValue(u"fast"_s));
    QCOMPARE(spec.defaultValue(), QJsonValue(u"fast"_s));
    QCOMPARE(spec.displayLabel(QLocale(QLocale::Chinese, QLocale::China)), u"模式"_s);
    QCOMPARE(spec.displayDescription(QLocale(QLocale::Japanese)), u"実行方法"_s);
    QCOMPARE(spec.displayDescription(kEnglish), u"How to run"_s);
    QCOMPARE(spec.options().size(), 3);
    QCOMPARE(spec.options().at(0).name, u"fast"_s);
    QCOMPARE(spec.options().at(0).displayLabel(QLocale(QLocale::Chinese, QLocale::China)), u"快"_s);
    QCOMPARE(spec.options().at(1).displayLabel(QLocale(QLocale::Chinese, QLocale::China)), u"Slow"_s);
    QCOMPARE(spec.options().at(2).name, u"plain"_s);
    QCOMPARE(spec.options().at(2).displayLabel(kEnglish), u"plain"_s);
    QVERIFY(!spec.minimum());
    QVERIFY(!spec.maximum());
    // The FIELD as received, unknown keys included.
    QCOMPARE(spec.json().value("x-future"_L1).toObject().value("keep"_L1), QJsonValue(true));
}

void TestFieldSpec::boundAliases_data()
{
    QTest::addColumn<QString>("bounds");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::newRow("min/max") << u"\"min\":1,\"max\":600"_s << 1.0 << 600.0;
    QTest::newRow("minimum/maximum") << u"\"minimum\":0.5,\"maximum\":2"_s << 0.5 << 2.0;
    QTest::newRow("minimum wins over min") << u"\"minimum\":3,\"min\":1,\"max\":9"_s << 3.0 << 9.0;
}

void TestFieldSpec::boundAliases()
{
    QFETCH(QString, bounds);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    const FieldSpec spec = field(u"float"_s, bounds);
    QVERIFY(spec.minimum());
    QVERIFY(spec.maximum());
    QCOMPARE(*spec.minimum(), minimum);
    QCOMPARE(*spec.maximum(), maximum);
}

void TestFieldSpec::malformedField_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QString>("error"); // "<path>: <start of the message>"
    QTest::addColumn<Type>("type");

    QTest::newRow("not an object") << u"[1]"_s << false << u"f: not an object"_s << Type::Unknown;
    QTest::newRow("no name") << u"{\"type\":\"string\"}"_s << false << u"f.name: missing"_s << Type::Unknown;
    QTest::newRow("name not a string") << u"{\"name\":3,\"type\":\"string\"}"_s << false << u"f.name: not a string"_s
                                       << Type::Unknown;
    QTest::newRow("empty name") << u"{\"name\":\"\",\"type\":\"string\"}"_s << false << u"f.name: empty"_s
                                << Type::Unknown;
    QTest::newRow("type not a string") << u"{\"name\":\"a\",\"type\":5}"_s << true << u"f.type: not a string"_s
                                       << Type::Unknown;
    QTest::newRow("type missing") << u"{\"name\":\"a\"}"_s << true << u"f.type: missing"_s << Type::Unknown;
    QTest::newRow("required not a bool") << u"{\"name\":\"a\",\"type\":\"string\",\"required\":\"yes\"}"_s << true
                                         << u"f.required: not true or false"_s << Type::String;
    QTest::newRow("label a number") << u"{\"name\":\"a\",\"type\":\"string\",\"label\":7}"_s << true
                                    << u"f.label: not a text or a map"_s << Type::String;
    QTest::newRow("label entry a number")
        << u"{\"name\":\"a\",\"type\":\"string\",\"label\":{\"en_US\":\"A\",\"zh_Hans\":1}}"_s << true
        << u"f.label.zh_Hans: not a string"_s << Type::String;
    QTest::newRow("options not a list") << u"{\"name\":\"a\",\"type\":\"select\",\"options\":{}}"_s << true
                                        << u"f.options: not a list"_s << Type::Select;
    QTest::newRow("option a number") << u"{\"name\":\"a\",\"type\":\"select\",\"options\":[{\"name\":\"x\"},4]}"_s
                                     << true << u"f.options[1]: not an object"_s << Type::Select;
    QTest::newRow("option without name") << u"{\"name\":\"a\",\"type\":\"select\",\"options\":[{\"label\":\"X\"}]}"_s
                                         << true << u"f.options[0].name: missing"_s << Type::Select;
    QTest::newRow("min not a number") << u"{\"name\":\"a\",\"type\":\"integer\",\"min\":\"1\"}"_s << true
                                      << u"f.min: not a number"_s << Type::Integer;
    QTest::newRow("min above max") << u"{\"name\":\"a\",\"type\":\"integer\",\"min\":5,\"max\":1}"_s << true
                                   << u"f: the minimum is greater"_s << Type::Integer;
    QTest::newRow("default does not fit") << u"{\"name\":\"a\",\"type\":\"integer\",\"default\":\"abc\"}"_s << true
                                          << u"f.default: the text \"abc\" does not fit"_s << Type::Integer;
}

void TestFieldSpec::malformedField()
{
    QFETCH(QString, json);
    QFETCH(bool, kept);
    QFETCH(QString, error);
    QFETCH(Type, type);
    SchemaErrors errors;
    const std::optional<FieldSpec> spec = FieldSpec::fromJson(jsonValue(json), u"f"_s, &errors);
    QCOMPARE(spec.has_value(), kept);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toString().startsWith(error), qPrintable(errors.first().toString()));
    if (kept) {
        QCOMPARE(spec->name(), u"a"_s);
        QCOMPARE(spec->type(), type);
    }
}

void TestFieldSpec::defaultValue_data()
{
    QTest::addColumn<QString>("rawType");
    QTest::addColumn<QString>("defaultJson"); // "undefined": no default key
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer 120") << u"integer"_s << u"120"_s << u"120"_s;
    QTest::newRow("int as text") << u"int"_s << u"\"120\""_s << u"120"_s;
    QTest::newRow("integer unusable") << u"integer"_s << u"\"abc\""_s << u"0"_s;
    QTest::newRow("integer none") << u"integer"_s << u"undefined"_s << u"0"_s;
    QTest::newRow("integer null") << u"integer"_s << u"null"_s << u"0"_s;
    QTest::newRow("float none") << u"float"_s << u"undefined"_s << u"0"_s;
    QTest::newRow("float 0.7") << u"float"_s << u"0.7"_s << u"0.7"_s;
    QTest::newRow("string url") << u"string"_s << u"\"https://api.openai.com/v1\""_s
                                << u"\"https://api.openai.com/v1\""_s;
    QTest::newRow("string none") << u"string"_s << u"undefined"_s << u"\"\""_s;
    QTest::newRow("text none") << u"text"_s << u"undefined"_s << u"\"\""_s;
    QTest::newRow("secret none") << u"secret"_s << u"undefined"_s << u"\"\""_s;
    QTest::newRow("boolean none") << u"boolean"_s << u"undefined"_s << u"false"_s;
    QTest::newRow("boolean true") << u"boolean"_s << u"true"_s << u"true"_s;
    QTest::newRow("select none") << u"select"_s << u"undefined"_s << u"\"\""_s;
    QTest::newRow("array none") << u"array[string]"_s << u"undefined"_s << u"[]"_s;
    QTest::newRow("array given") << u"array[string]"_s << u"[\"a\"]"_s << u"[\"a\"]"_s;
    QTest::newRow("object {}") << u"object"_s << u"{}"_s << u"{}"_s;
    QTest::newRow("object none") << u"object"_s << u"undefined"_s << u"{}"_s;
    QTest::newRow("unknown none") << u"color"_s << u"undefined"_s << u"null"_s;
    QTest::newRow("unknown given") << u"color"_s << u"[1,\"x\"]"_s << u"[1,\"x\"]"_s;
}

void TestFieldSpec::defaultValue()
{
    QFETCH(QString, rawType);
    QFETCH(QString, defaultJson);
    QFETCH(QString, expected);
    QJsonObject json{{u"name"_s, u"a"_s}, {u"type"_s, rawType}};
    if (defaultJson != "undefined"_L1)
        json.insert(u"default"_s, jsonValue(defaultJson));
    const std::optional<FieldSpec> spec = FieldSpec::fromJson(json);
    QVERIFY(spec);
    const QJsonValue value = spec->defaultValue();
    QCOMPARE(show(value), show(jsonValue(expected)));
    QCOMPARE(value.type(), jsonValue(expected).type());
    // A default is always valid for an optional field of its type.
    QVERIFY2(spec->validate(value).isEmpty(), qPrintable(spec->validate(value)));
}

void TestFieldSpec::valueInValueOut_data()
{
    QTest::addColumn<QString>("rawType");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text"); // the text form shown by text editors

    QTest::newRow("string") << u"string"_s << u"\"https://api.openai.com/v1\""_s << u"https://api.openai.com/v1"_s;
    QTest::newRow("string unicode") << u"string"_s << u"\"基础 URL\""_s << u"基础 URL"_s;
    QTest::newRow("text") << u"text"_s << u"\"line 1\\nline 2\""_s << u"line 1\nline 2"_s;
    QTest::newRow("secret") << u"secret"_s << u"\"sk-abc\""_s << u"sk-abc"_s;
    QTest::newRow("integer") << u"integer"_s << u"120"_s << u"120"_s;
    QTest::newRow("int negative") << u"int"_s << u"-5"_s << u"-5"_s;
    QTest::newRow("integer large") << u"integer"_s << u"9007199254740991"_s << u"9007199254740991"_s;
    QTest::newRow("float") << u"float"_s << u"0.1"_s << u"0.1"_s;
    QTest::newRow("float integral") << u"float"_s << u"120"_s << u"120"_s;
    QTest::newRow("float small") << u"float"_s << u"1e-7"_s << u"1e-07"_s;
    QTest::newRow("boolean true") << u"boolean"_s << u"true"_s << u"true"_s;
    QTest::newRow("boolean false") << u"boolean"_s << u"false"_s << u"false"_s;
    QTest::newRow("select") << u"select"_s << u"\"b\""_s << u"b"_s;
    QTest::newRow("array[string]") << u"array[string]"_s << u"[\"a\",\"b c\",\"\",\"d\"]"_s << u"a\nb c\n\nd"_s;
    QTest::newRow("array[string] empty") << u"array[string]"_s << u"[]"_s << u""_s;
    QTest::newRow("object") << u"object"_s << u"{\"a\":1,\"b\":[true,null],\"c\":{\"d\":\"e\"}}"_s << QString();
    QTest::newRow("object empty") << u"object"_s << u"{}"_s << QString();
    QTest::newRow("unknown array") << u"llm-model-selector"_s << u"[1,\"x\"]"_s << QString();
    QTest::newRow("unknown string") << u"llm-model-selector"_s << u"\"gpt-4o\""_s << u"\"gpt-4o\""_s;
    QTest::newRow("unknown number") << u"llm-model-selector"_s << u"5"_s << u"5"_s;
    QTest::newRow("unknown bool") << u"llm-model-selector"_s << u"false"_s << u"false"_s;
    QTest::newRow("unknown null") << u"llm-model-selector"_s << u"null"_s << u"null"_s;
    QTest::newRow("unknown object") << u"llm-model-selector"_s << u"{\"k\":{}}"_s << QString();
}

void TestFieldSpec::valueInValueOut()
{
    QFETCH(QString, rawType);
    QFETCH(QString, value);
    QFETCH(QString, text);
    const FieldSpec spec = field(rawType);
    const QJsonValue in = jsonValue(value);

    // Stored value -> editor value: unchanged.
    const FieldSpec::LoadedValue loaded = spec.load(in);
    QCOMPARE(loaded.status, Status::Kept);
    QVERIFY(loaded.note.isEmpty());
    QVERIFY(!loaded.needsRawEditor());
    QCOMPARE(show(loaded.value), show(in));
    QVERIFY(loaded.value == in);

    // Editor value -> text -> editor value: unchanged.
    const QString shown = spec.toText(in);
    if (!text.isNull())
        QCOMPARE(shown, text);
    QJsonValue out;
    QString error;
    QVERIFY2(spec.fromText(shown, &out, &error), qPrintable(error));
    QCOMPARE(show(out), show(in));
    QCOMPARE(out.type(), in.type());
    QVERIFY(!spec.isDirty(out, in));
    QVERIFY2(spec.validate(out).isEmpty(), qPrintable(spec.validate(out)));
}

void TestFieldSpec::loadNormalises_data()
{
    QTest::addColumn<QString>("rawType");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("noteHas");

    QTest::newRow("integer as text") << u"integer"_s << u"\"120\""_s << Status::Converted << u"120"_s
                                     << u"the text \"120\""_s;
    QTest::newRow("integer as padded text")
        << u"int"_s << u"\" 7 \""_s << Status::Converted << u"7"_s << u"the number 7"_s;
    QTest::newRow("integer as 120.0 text")
        << u"integer"_s << u"\"120.0\""_s << Status::Converted << u"120"_s << u"the number 120"_s;
    QTest::newRow("integer fraction") << u"integer"_s << u"1.5"_s << Status::Mismatch << u"1.5"_s
                                      << u"not a whole number"_s;
    QTest::newRow("integer fraction text")
        << u"integer"_s << u"\"1.5\""_s << Status::Mismatch << u"\"1.5\""_s << u"raw JSON"_s;
    QTest::newRow("integer word") << u"integer"_s << u"\"abc\""_s << Status::Mismatch << u"\"abc\""_s << u"raw JSON"_s;
    QTest::newRow("integer object") << u"integer"_s << u"{}"_s << Status::Mismatch << u"{}"_s << u"a JSON object"_s;
    QTest::newRow("float as text") << u"float"_s << u"\"0.25\""_s << Status::Converted << u"0.25"_s
                                   << u"the text \"0.25\""_s;
    QTest::newRow("float word") << u"float"_s << u"\"abc\""_s << Status::Mismatch << u"\"abc\""_s << u"not a number"_s;
    QTest::newRow("boolean text") << u"boolean"_s << u"\"TRUE\""_s << Status::Converted << u"true"_s
                                  << u"the text \"TRUE\""_s;
    QTest::newRow("boolean 0") << u"boolean"_s << u"0"_s << Status::Converted << u"false"_s << u"the number 0"_s;
    QTest::newRow("boolean 2") << u"boolean"_s << u"2"_s << Status::Mismatch << u"2"_s << u"not true or false"_s;
    QTest::newRow("string number") << u"string"_s << u"42"_s << Status::Converted << u"\"42\""_s << u"the number 42"_s;
    QTest::newRow("string bool") << u"string"_s << u"true"_s << Status::Converted << u"\"true\""_s << u"true"_s;
    QTest::newRow("string object") << u"string"_s << u"{\"a\":1}"_s << Status::Mismatch << u"{\"a\":1}"_s
                                   << u"not a text"_s;
    QTest::newRow("object as text") << u"object"_s << u"\"{\\\"a\\\":1}\""_s << Status::Converted << u"{\"a\":1}"_s
                                    << u"a JSON object"_s;
    QTest::newRow("object list") << u"object"_s << u"[1]"_s << Status::Mismatch << u"[1]"_s << u"not a JSON object"_s;
    QTest::newRow("array mixed") << u"array[string]"_s << u"[1,\"a\"]"_s << Status::Mismatch << u"[1,\"a\"]"_s
                                 << u"not a list of texts"_s;
    QTest::newRow("array line break") << u"array[string]"_s << u"[\"a\\nb\"]"_s << Status::Mismatch << u"[\"a\\nb\"]"_s
                                      << u"raw JSON"_s;
    QTest::newRow("select number") << u"select"_s << u"3"_s << Status::Converted << u"\"3\""_s << u"the number 3"_s;
    QTest::newRow("integer missing") << u"integer"_s << u"undefined"_s << Status::Missing << u"0"_s << u"not set"_s;
    QTest::newRow("string null") << u"string"_s << u"null"_s << Status::Missing << u"\"\""_s << u"not set"_s;
    QTest::newRow("unknown missing") << u"color"_s << u"undefined"_s << Status::Missing << u"null"_s << u"not set"_s;
}

void TestFieldSpec::loadNormalises()
{
    QFETCH(QString, rawType);
    QFETCH(QString, stored);
    QFETCH(Status, status);
    QFETCH(QString, value);
    QFETCH(QString, noteHas);
    const FieldSpec spec = field(rawType);
    const FieldSpec::LoadedValue loaded = spec.load(jsonValue(stored), kEnglish);
    QCOMPARE(loaded.status, status);
    QCOMPARE(show(loaded.value), show(jsonValue(value)));
    QCOMPARE(loaded.needsRawEditor(), status == Status::Mismatch);
    QVERIFY2(loaded.note.startsWith(u"My Field "_s), qPrintable(loaded.note));
    QVERIFY2(loaded.note.contains(noteHas), qPrintable(loaded.note));
}

void TestFieldSpec::validation_data()
{
    QTest::addColumn<QString>("rawType");
    QTest::addColumn<QString>("extra");   // more FIELD keys
    QTest::addColumn<QString>("value");   // JSON or "undefined"
    QTest::addColumn<QString>("message"); // exact; empty = valid

    const QString req = u"\"required\":true"_s;
    QTest::newRow("string required empty") << u"string"_s << req << u"\"\""_s << u"My Field is required."_s;
    QTest::newRow("string required blank") << u"string"_s << req << u"\"  \""_s << u"My Field is required."_s;
    QTest::newRow("string required null") << u"string"_s << req << u"null"_s << u"My Field is required."_s;
    QTest::newRow("string required missing") << u"string"_s << req << u"undefined"_s << u"My Field is required."_s;
    QTest::newRow("string optional empty") << u"string"_s << QString() << u"\"\""_s << QString();
    QTest::newRow("string optional null") << u"string"_s << QString() << u"null"_s << QString();
    QTest::newRow("string not text") << u"string"_s << QString() << u"5"_s << u"My Field must be a text."_s;
    QTest::newRow("text required") << u"text"_s << req << u"\"\""_s << u"My Field is required."_s;
    QTest::newRow("secret required") << u"secret"_s << req << u"\"\""_s << u"My Field is required."_s;
    QTest::newRow("secret ok") << u"secret"_s << req << u"\"sk-1\""_s << QString();

    QTest::newRow("integer ok") << u"integer"_s << req << u"120"_s << QString();
    QTest::newRow("integer required null") << u"integer"_s << req << u"null"_s << u"My Field is required."_s;
    QTest::newRow("integer fraction") << u"integer"_s << QString() << u"120.5"_s
                                      << u"My Field must be a whole number, not 120.5."_s;
    QTest::newRow("integer text") << u"integer"_s << QString() << u"\"120\""_s << u"My Field must be a whole number."_s;
    QTest::newRow("integer between") << u"int"_s << u"\"min\":1,\"max\":600"_s << u"0"_s
                                     << u"My Field must be between 1 and 600."_s;
    QTest::newRow("integer between top") << u"int"_s << u"\"min\":1,\"max\":600"_s << u"601"_s
                                         << u"My Field must be between 1 and 600."_s;
    QTest::newRow("integer in range") << u"int"_s << u"\"min\":1,\"max\":600"_s << u"600"_s << QString();
    QTest::newRow("integer at least") << u"integer"_s << u"\"minimum\":1"_s << u"0"_s
                                      << u"My Field must be at least 1."_s;
    QTest::newRow("integer at most") << u"integer"_s << u"\"maximum\":10"_s << u"11"_s
                                     << u"My Field must be at most 10."_s;
    QTest::newRow("integer no bounds") << u"integer"_s << QString() << u"-100000"_s << QString();

    QTest::newRow("float ok") << u"float"_s << QString() << u"0.5"_s << QString();
    QTest::newRow("float between") << u"float"_s << u"\"min\":0,\"max\":1"_s << u"1.5"_s
                                   << u"My Field must be between 0 and 1."_s;
    QTest::newRow("float fraction bound")
        << u"number"_s << u"\"max\":0.5"_s << u"0.75"_s << u"My Field must be at most 0.5."_s;
    QTest::newRow("float text") << u"float"_s << QString() << u"\"x\""_s << u"My Field must be a number."_s;

    QTest::newRow("boolean ok") << u"boolean"_s << req << u"false"_s << QString();
    QTest::newRow("boolean text") << u"boolean"_s << QString() << u"\"true\""_s << u"My Field must be true or false."_s;

    const QString options = u"\"options\":[{\"name\":\"a\",\"label\":\"A\"},{\"name\":\"b\"}]"_s;
    QTest::newRow("select ok") << u"select"_s << options << u"\"a\""_s << QString();
    QTest::newRow("select other") << u"select"_s << options << u"\"c\""_s
                                  << u"My Field must be one of \"a\", \"b\", not \"c\"."_s;
    QTest::newRow("select required") << u"select"_s << req + u","_s + options << u"\"\""_s
                                     << u"My Field is required."_s;
    QTest::newRow("select no options") << u"select"_s << QString() << u"\"anything\""_s << QString();

    QTest::newRow("array ok") << u"array[string]"_s << req << u"[]"_s << QString();
    QTest::newRow("array item") << u"array[string]"_s << QString() << u"[\"a\",1]"_s
                                << u"My Field: item 2 must be a text."_s;
    QTest::newRow("array not list") << u"array[string]"_s << QString() << u"\"a\""_s
                                    << u"My Field must be a list of texts."_s;

    QTest::newRow("object empty required") << u"object"_s << req << u"{}"_s << QString();
    QTest::newRow("object list") << u"object"_s << QString() << u"[]"_s << u"My Field must be a JSON object."_s;
    QTest::newRow("object required null") << u"object"_s << req << u"null"_s << u"My Field is required."_s;

    QTest::newRow("unknown anything") << u"color"_s << req << u"[1,{\"a\":null}]"_s << QString();
    QTest::newRow("unknown required null") << u"color"_s << req << u"null"_s << u"My Field is required."_s;
}

void TestFieldSpec::validation()
{
    QFETCH(QString, rawType);
    QFETCH(QString, extra);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const FieldSpec spec = field(rawType, extra);
    QCOMPARE(spec.validate(jsonValue(value), kEnglish), message);
}

void TestFieldSpec::validateText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("rawType");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageStart"); // empty = valid

    const QString web = u"Setting must be a web address"_s;
    QTest::newRow("url https") << u"base_url"_s << u"string"_s << u"https://api.openai.com/v1"_s << QString();
    QTest::newRow("url http port") << u"base_url"_s << u"string"_s << u"http://127.0.0.1:11434"_s << QString();
    QTest::newRow("url ftp") << u"base_url"_s << u"string"_s << u"ftp://example.org"_s << web;
    QTest::newRow("url no scheme") << u"base_url"_s << u"string"_s << u"api.openai.com/v1"_s << web;
    QTest::newRow("url no host") << u"base_url"_s << u"string"_s << u"https://"_s << web;
    QTest::newRow("url spaces") << u"base_url"_s << u"string"_s << u"https://api.open ai.com"_s << web;
    QTest::newRow("url empty optional") << u"base_url"_s << u"string"_s << QString() << QString();
    QTest::newRow("other *url name") << u"webhook_URL"_s << u"string"_s << u"mailto:x@y.z"_s
                                     << u"Setting must be a web address"_s;
    QTest::newRow("not a url name") << u"model"_s << u"string"_s << u"gpt-4o"_s << QString();

    QTest::newRow("object syntax") << u"args"_s << u"object"_s << u"{\"a\": "_s << u"Setting is not valid JSON: "_s;
    QTest::newRow("object a list") << u"args"_s << u"object"_s << u"[1]"_s << u"Setting must be a JSON object."_s;
    QTest::newRow("object ok") << u"args"_s << u"object"_s << u"{ \"temperature\": 0.2 }"_s << QString();
    QTest::newRow("unknown two values") << u"x"_s << u"color"_s << u"1 2"_s << u"Setting is not valid JSON: "_s;
    QTest::newRow("unknown trailing comma") << u"x"_s << u"color"_s << u"[1,]"_s << u"Setting is not valid JSON: "_s;
    QTest::newRow("unknown scalar") << u"x"_s << u"color"_s << u"\"red\""_s << QString();
    QTest::newRow("unknown bare word") << u"x"_s << u"color"_s << u"red"_s << u"Setting is not valid JSON: "_s;
    QTest::newRow("integer word") << u"t"_s << u"integer"_s << u"12x"_s << u"Setting must be a whole number."_s;
    QTest::newRow("integer fraction") << u"t"_s << u"integer"_s << u"1.5"_s
                                      << u"Setting must be a whole number, not 1.5."_s;
    QTest::newRow("integer ok") << u"t"_s << u"integer"_s << u" 30 "_s << QString();
    QTest::newRow("float word") << u"t"_s << u"float"_s << u"abc"_s << u"Setting must be a number."_s;
    QTest::newRow("boolean word") << u"t"_s << u"boolean"_s << u"maybe"_s << u"Setting must be true or false."_s;
}

void TestFieldSpec::validateText()
{
    QFETCH(QString, name);
    QFETCH(QString, rawType);
    QFETCH(QString, text);
    QFETCH(QString, messageStart);
    FieldSpec spec(name, FieldSpec::typeFromString(rawType));
    spec.setLabel(lb::I18nText::plain(u"Setting"_s));
    const QString message = spec.validateText(text, kEnglish);
    if (messageStart.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.startsWith(messageStart), qPrintable(message));
}

void TestFieldSpec::messagesUseTheUiLanguage()
{
    const FieldSpec spec = field(u"string"_s, u"\"required\":true"_s);
    QVERIFY(spec.validate(QJsonValue(u""_s), QLocale(QLocale::Chinese, QLocale::China)).startsWith(u"我的字段"_s));
    QVERIFY(spec.validate(QJsonValue(u""_s), kEnglish).startsWith(u"My Field"_s));
    // No label at all: the field's key names it.
    FieldSpec bare(u"api_base"_s, Type::String);
    bare.setRequired(true);
    QCOMPARE(bare.validate(QJsonValue(u""_s), kEnglish), u"api_base is required."_s);
}

void TestFieldSpec::jsonErrorNamesThePosition()
{
    QJsonValue value;
    QString error;
    QVERIFY(!FieldSpec::parseJsonText(u"{\"a\": 1,, \"b\": 2}"_s, &value, &error));
    QVERIFY2(error.contains(u"at character 9"_s), qPrintable(error));
    QVERIFY(!FieldSpec::parseJsonText(u"   "_s, &value, &error));
    QVERIFY(FieldSpec::parseJsonText(u" 12.5 "_s, &value, &error));
    QCOMPARE(value, QJsonValue(12.5));
    QCOMPARE(FieldSpec::toJsonText(QJsonValue(u"a\"b"_s)), u"\"a\\\"b\""_s);
    QCOMPARE(FieldSpec::toJsonText(QJsonValue(QJsonValue::Undefined)), QString());
}

void TestFieldSpec::dirty_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("original");
    QTest::addColumn<bool>("dirty");
    QTest::newRow("120 vs 120.0") << u"120"_s << u"120.0"_s << false;
    QTest::newRow("120 vs 121") << u"120"_s << u"121"_s << true;
    QTest::newRow("text vs number") << u"\"120\""_s << u"120"_s << true;
    QTest::newRow("nested numbers") << u"{\"a\":[1,{\"b\":2}]}"_s << u"{\"a\":[1.0,{\"b\":2.00}]}"_s << false;
    QTest::newRow("order in list") << u"[1,2]"_s << u"[2,1]"_s << true;
    QTest::newRow("key added") << u"{\"a\":1,\"b\":null}"_s << u"{\"a\":1}"_s << true;
    QTest::newRow("null vs missing") << u"null"_s << u"undefined"_s << false;
    QTest::newRow("empty text vs null") << u"\"\""_s << u"null"_s << true;
    QTest::newRow("same text") << u"\"x\""_s << u"\"x\""_s << false;
    QTest::newRow("bool") << u"true"_s << u"false"_s << true;
}

void TestFieldSpec::dirty()
{
    QFETCH(QString, value);
    QFETCH(QString, original);
    QFETCH(bool, dirty);
    const FieldSpec spec = field(u"color"_s);
    QCOMPARE(spec.isDirty(jsonValue(value), jsonValue(original)), dirty);
    QCOMPARE(spec.isDirty(jsonValue(original), jsonValue(value)), dirty);
}

void TestFieldSpec::numericEquivalence()
{
    const FieldSpec spec = field(u"integer"_s);
    QVERIFY(!spec.isDirty(QJsonValue(qint64(120)), QJsonValue(120.0)));
    QVERIFY(!spec.isDirty(QJsonValue(120), QJsonValue(qint64(120))));
    QVERIFY(spec.isDirty(QJsonValue(qint64(120)), QJsonValue(120.5)));
    QVERIFY(!spec.isDirty(QJsonObject{{u"t"_s, 120}}, QJsonObject{{u"t"_s, 120.0}}));
}

void TestFieldSpec::unknownTypeKept()
{
    SchemaErrors errors;
    const FieldSpec spec = parse(uR"({"name":"model","type":"llm-model-selector","required":true,
        "label":{"en_US":"Model"},"default":{"uuid":"x","n":1}})"_s,
                                 &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errorsText(errors)));
    QCOMPARE(spec.type(), Type::Unknown);
    QCOMPARE(spec.rawType(), u"llm-model-selector"_s);
    QVERIFY(spec.isRawJson());
    QVERIFY(spec.isMultiLine());
    const QJsonValue def = spec.defaultValue();
    QCOMPARE(def.toObject(), (QJsonObject{{u"uuid"_s, u"x"_s}, {u"n"_s, 1}}));

    // Any stored value is kept as is, and comes back the same from its text.
    const QJsonValue stored = jsonValue(u"[\"a\",{\"b\":[1,2.5,null]},true]"_s);
    const FieldSpec::LoadedValue loaded = spec.load(stored);
    QCOMPARE(loaded.status, Status::Kept);
    QVERIFY(loaded.value == stored);
    QJsonValue back;
    QVERIFY(spec.fromText(spec.toText(loaded.value), &back));
    QVERIFY(back == stored);
    QVERIFY(spec.validate(stored).isEmpty());
}

void TestFieldSpec::editorHints_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Type>("type");
    QTest::addColumn<bool>("url");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<bool>("multiLine");
    QTest::addColumn<bool>("rawJson");
    QTest::newRow("base_url") << u"base_url"_s << Type::String << true << false << false << false;
    QTest::newRow("Proxy_URL") << u"Proxy_URL"_s << Type::String << true << false << false << false;
    QTest::newRow("url in middle") << u"url_prefix"_s << Type::String << false << false << false << false;
    QTest::newRow("integer url") << u"max_url"_s << Type::Integer << false << false << false << false;
    QTest::newRow("secret") << u"api_key"_s << Type::Secret << false << true << false << false;
    QTest::newRow("text") << u"prompt"_s << Type::Text << false << false << true << false;
    QTest::newRow("list") << u"stop"_s << Type::StringList << false << false << true << false;
    QTest::newRow("object") << u"args"_s << Type::Object << false << false << true << true;
    QTest::newRow("unknown") << u"x"_s << Type::Unknown << false << false << true << true;
}

void TestFieldSpec::editorHints()
{
    QFETCH(QString, name);
    QFETCH(Type, type);
    QFETCH(bool, url);
    QFETCH(bool, masked);
    QFETCH(bool, multiLine);
    QFETCH(bool, rawJson);
    const FieldSpec spec(name, type);
    QCOMPARE(spec.isUrl(), url);
    QCOMPARE(spec.isMasked(), masked);
    QCOMPARE(spec.isMultiLine(), multiLine);
    QCOMPARE(spec.isRawJson(), rawJson);
    QCOMPARE(spec.displayLabel(), name);
}

QTEST_GUILESS_MAIN(TestFieldSpec)
#include "tst_fieldspec.moc"
