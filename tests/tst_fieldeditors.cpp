// The schema-driven form engine: one editor per field type (round trip of
// every type, typing, validation messages, dirty tracking), the raw-JSON
// editor for unknown types and for stored values that do not fit their type,
// SchemaForm (labels with buddies, required marks, help text, errors under the
// field, unknown keys kept) over all 24 requesters of the 4.6 fixture, and the
// editors of the model's own parts: API keys, abilities, extra arguments.

#include "models/editors/FieldEditors.h"
#include "models/editors/ModelFieldEditors.h"
#include "models/editors/SchemaForm.h"

#include "schema/RequesterSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include "Fixtures.h"

#include <memory>

using namespace lb;
using namespace lb::gui;
using namespace Qt::StringLiterals;

namespace {

FieldSpec spec(const QString &rawType, const QJsonObject &extra = {})
{
    QJsonObject json{{u"name"_s, u"field"_s},
                     {u"label"_s, QJsonObject{{u"en_US"_s, u"Field"_s}, {u"zh_Hans"_s, u"字段"_s}}},
                     {u"type"_s, rawType}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return *FieldSpec::fromJson(json);
}

QJsonValue parsed(const char *json)
{
    QJsonValue value;
    FieldSpec::parseJsonText(QString::fromUtf8(json), &value);
    return value;
}

} // namespace

class TestFieldEditors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void kinds_data();
    void kinds();
    void roundTrip_data();
    void roundTrip();
    void typing_data();
    void typing();
    void secretIsMasked();
    void selectKeepsUnknownValue();
    void stringListButtons();
    void jsonPrettyPrint();
    void unknownTypeKeptAsJson();
    void mismatchGetsRawEditor();

    void formLabelsAndMarks();
    void formErrorsShowWhenTouched();
    void formDirtyPerField();
    void formKeepsUnknownKeys();
    void formI18nFallback();
    void allFixtureRequestersBuild();

    void apiKeys();
    void abilities();
    void extraArgs();
    void extraArgsErrors();

private:
    std::unique_ptr<QWidget> m_host;
};

void TestFieldEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_host = std::make_unique<QWidget>();
}

void TestFieldEditors::kinds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("kind");
    QTest::newRow("string") << u"string"_s << int(FieldEditor::Kind::Line);
    QTest::newRow("text") << u"text"_s << int(FieldEditor::Kind::Text);
    QTest::newRow("secret") << u"secret"_s << int(FieldEditor::Kind::Secret);
    QTest::newRow("password") << u"password"_s << int(FieldEditor::Kind::Secret);
    QTest::newRow("integer") << u"integer"_s << int(FieldEditor::Kind::Integer);
    QTest::newRow("int") << u"int"_s << int(FieldEditor::Kind::Integer);
    QTest::newRow("float") << u"float"_s << int(FieldEditor::Kind::Number);
    QTest::newRow("number") << u"number"_s << int(FieldEditor::Kind::Number);
    QTest::newRow("boolean") << u"boolean"_s << int(FieldEditor::Kind::Boolean);
    QTest::newRow("select") << u"select"_s << int(FieldEditor::Kind::Select);
    QTest::newRow("array[string]") << u"array[string]"_s << int(FieldEditor::Kind::StringList);
    QTest::newRow("object") << u"object"_s << int(FieldEditor::Kind::Json);
    QTest::newRow("unknown") << u"llm-model-selector"_s << int(FieldEditor::Kind::Json);
}

void TestFieldEditors::kinds()
{
    QFETCH(QString, type);
    QFETCH(int, kind);
    FieldEditor *editor = FieldEditor::create(spec(type), false, m_host.get());
    QCOMPARE(int(editor->kind()), kind);
    QVERIFY(editor->widget());
    QVERIFY(editor->focusWidget());
    QVERIFY(editor->focusChain().contains(editor->focusWidget()));
    delete editor->widget();
}

void TestFieldEditors::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QJsonValue>("value");
    const QJsonObject none;
    const QJsonObject options{
        {u"options"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"a"_s}},
                    QJsonObject{{u"name"_s, u"b"_s}, {u"label"_s, QJsonObject{{u"en_US"_s, u"Bee"_s}}}}}}};
    QTest::newRow("string") << u"string"_s << none << QJsonValue(u"https://api.example.com/v1"_s);
    QTest::newRow("string empty") << u"string"_s << none << QJsonValue(QString());
    QTest::newRow("string unicode") << u"string"_s << none << QJsonValue(u"模型 ✓"_s);
    QTest::newRow("text") << u"text"_s << none << QJsonValue(u"line 1\nline 2\n"_s);
    QTest::newRow("secret") << u"secret"_s << none << QJsonValue(u"sk-secret"_s);
    QTest::newRow("integer") << u"integer"_s << none << QJsonValue(120);
    QTest::newRow("integer negative") << u"int"_s << none << QJsonValue(-3);
    QTest::newRow("integer big") << u"integer"_s << none << QJsonValue(qint64(9007199254740000));
    QTest::newRow("integer null (optional)") << u"integer"_s << none << QJsonValue(QJsonValue::Null);
    QTest::newRow("float") << u"float"_s << none << QJsonValue(0.7);
    QTest::newRow("number whole") << u"number"_s << none << QJsonValue(2.0);
    QTest::newRow("boolean true") << u"boolean"_s << none << QJsonValue(true);
    QTest::newRow("boolean false") << u"boolean"_s << none << QJsonValue(false);
    QTest::newRow("select") << u"select"_s << options << QJsonValue(u"b"_s);
    QTest::newRow("array[string]") << u"array[string]"_s << none << QJsonValue(QJsonArray{u"x"_s, u"y y"_s, QString()});
    QTest::newRow("array[string] empty") << u"array[string]"_s << none << QJsonValue(QJsonArray());
    QTest::newRow("object") << u"object"_s << none << parsed(R"({"a": 1, "b": [1, "2", null], "c": {"d": true}})");
    QTest::newRow("object empty") << u"object"_s << none << QJsonValue(QJsonObject());
    QTest::newRow("unknown object") << u"llm-model-selector"_s << none << parsed(R"({"k": [true]})");
    QTest::newRow("unknown number") << u"weird"_s << none << QJsonValue(42);
    QTest::newRow("unknown text") << u"weird"_s << none << QJsonValue(u"text"_s);
    QTest::newRow("unknown null") << u"weird"_s << none << QJsonValue(QJsonValue::Null);
}

void TestFieldEditors::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, extra);
    QFETCH(QJsonValue, value);
    FieldEditor *editor = FieldEditor::create(spec(type, extra), false, m_host.get());
    editor->setValue(value);
    editor->setOriginal(value);
    QVERIFY2(FieldSpec::equivalent(editor->value(), value),
             qPrintable(FieldSpec::toJsonText(editor->value()) + u" != "_s + FieldSpec::toJsonText(value)));
    QCOMPARE(editor->value().type(), value.type());
    QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
    QVERIFY(!editor->isDirty());
    delete editor->widget();
}

void TestFieldEditors::typing_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("value"); // undefined: not checked
    QTest::addColumn<QString>("error");    // a part of the message; empty: none
    const QJsonObject required{{u"required"_s, true}};
    const QJsonObject bounds{{u"minimum"_s, 1}, {u"maximum"_s, 600}};
    const QJsonObject url{
        {u"name"_s, u"base_url"_s}, {u"label"_s, QJsonObject{{u"en_US"_s, u"Base URL"_s}}}, {u"required"_s, true}};
    QTest::newRow("string") << u"string"_s << QJsonObject() << u"hello"_s << QJsonValue(u"hello"_s) << QString();
    QTest::newRow("required empty") << u"string"_s << required << u" "_s << QJsonValue(QJsonValue::Undefined)
                                    << u"Field is required."_s;
    QTest::newRow("url ok") << u"string"_s << url << u"https://api.x.ai/v1"_s << QJsonValue(u"https://api.x.ai/v1"_s)
                            << QString();
    QTest::newRow("url scheme") << u"string"_s << url << u"ftp://x.example"_s << QJsonValue(QJsonValue::Undefined)
                                << u"Base URL must be a web address"_s;
    QTest::newRow("url no host") << u"string"_s << url << u"https://"_s << QJsonValue(QJsonValue::Undefined)
                                 << u"http:// or https://"_s;
    QTest::newRow("integer") << u"integer"_s << QJsonObject() << u"60"_s << QJsonValue(60) << QString();
    QTest::newRow("integer text") << u"integer"_s << QJsonObject() << u"abc"_s << QJsonValue(u"abc"_s)
                                  << u"Field must be a whole number."_s;
    QTest::newRow("integer fraction") << u"int"_s << QJsonObject() << u"1.5"_s << QJsonValue(QJsonValue::Undefined)
                                      << u"must be a whole number, not 1.5"_s;
    QTest::newRow("integer bounds") << u"integer"_s << bounds << u"700"_s << QJsonValue(700)
                                    << u"Field must be between 1 and 600."_s;
    QTest::newRow("integer in bounds") << u"integer"_s << bounds << u"600"_s << QJsonValue(600) << QString();
    QTest::newRow("float") << u"float"_s << QJsonObject() << u"0.25"_s << QJsonValue(0.25) << QString();
    QTest::newRow("float text") << u"float"_s << QJsonObject() << u"x"_s << QJsonValue(QJsonValue::Undefined)
                                << u"Field must be a number."_s;
    QTest::newRow("float min") << u"number"_s << QJsonObject{{u"min"_s, 0}} << u"-1"_s
                               << QJsonValue(QJsonValue::Undefined) << u"Field must be at least 0."_s;
    QTest::newRow("object syntax") << u"object"_s << QJsonObject() << u"{\"a\": "_s << QJsonValue(QJsonValue::Undefined)
                                   << u"Field is not valid JSON"_s;
    QTest::newRow("object not object") << u"object"_s << QJsonObject() << u"[1, 2]"_s
                                       << QJsonValue(QJsonValue::Undefined) << u"Field must be a JSON object."_s;
    QTest::newRow("object ok") << u"object"_s << QJsonObject() << u"{\"a\": 1}"_s
                               << QJsonValue(QJsonObject{{u"a"_s, 1}}) << QString();
    QTest::newRow("unknown syntax") << u"weird"_s << QJsonObject() << u"{nope"_s << QJsonValue(QJsonValue::Undefined)
                                    << u"not valid JSON"_s;
    QTest::newRow("unknown scalar") << u"weird"_s << QJsonObject() << u"3"_s << QJsonValue(3) << QString();
    QTest::newRow("text") << u"text"_s << QJsonObject() << u"a"_s << QJsonValue(u"a"_s) << QString();
}

void TestFieldEditors::typing()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, extra);
    QFETCH(QString, typed);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QWidget host;
    FieldEditor *editor = FieldEditor::create(spec(type, extra), false, &host);
    editor->setValue(editor->spec().emptyValue());
    editor->setOriginal(editor->value());
    host.show();
    QSignalSpy changed(editor, &FieldEditor::changed);
    QWidget *input = editor->focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(input))
        line->clear();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(input))
        text->clear();
    QTest::keyClicks(input, typed);
    QVERIFY(changed.count() > 0);
    if (!value.isUndefined())
        QVERIFY2(FieldSpec::equivalent(editor->value(), value), qPrintable(FieldSpec::toJsonText(editor->value())));
    if (error.isEmpty())
        QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
    else
        QVERIFY2(editor->error().contains(error), qPrintable(editor->error()));
    QVERIFY(editor->isDirty());
}

void TestFieldEditors::secretIsMasked()
{
    QWidget host;
    auto *editor = static_cast<SecretFieldEditor *>(FieldEditor::create(spec(u"secret"_s), false, &host));
    editor->setValue(u"sk-123"_s);
    QCOMPARE(editor->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!editor->isRevealed());
    editor->revealAction()->trigger();
    QVERIFY(editor->isRevealed());
    QCOMPARE(editor->lineEdit()->echoMode(), QLineEdit::Normal);
    editor->revealAction()->trigger();
    QCOMPARE(editor->lineEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(editor->value().toString(), u"sk-123"_s);
}

void TestFieldEditors::selectKeepsUnknownValue()
{
    QWidget host;
    const QJsonObject options{
        {u"options"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"low"_s}, {u"label"_s, QJsonObject{{u"en_US"_s, u"Low"_s}}}},
                    QJsonObject{{u"name"_s, u"high"_s}}}}};
    auto *editor = static_cast<SelectFieldEditor *>(FieldEditor::create(spec(u"select"_s, options), false, &host));
    QCOMPARE(editor->comboBox()->itemText(0), u"Low"_s);
    editor->setValue(u"medium"_s);
    QCOMPARE(editor->value().toString(), u"medium"_s);
    QVERIFY(editor->comboBox()->currentText().contains(u"not an option"_s));
    QVERIFY(editor->error().contains(u"must be one of"_s));
    editor->comboBox()->setCurrentIndex(1);
    QCOMPARE(editor->value().toString(), u"high"_s);
    QVERIFY(editor->error().isEmpty());
}

void TestFieldEditors::stringListButtons()
{
    QWidget host;
    auto *editor = static_cast<StringListFieldEditor *>(FieldEditor::create(spec(u"array[string]"_s), false, &host));
    host.show();
    editor->setValue(QJsonArray{u"a"_s, u"b"_s});
    editor->setOriginal(editor->value());
    QSignalSpy changed(editor, &FieldEditor::changed);
    editor->listWidget()->setCurrentRow(1);
    QToolButton *up = editor->widget()->findChild<QToolButton *>(u"moveItemUp"_s);
    QVERIFY(up && up->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(editor->value(), QJsonValue(QJsonArray{u"b"_s, u"a"_s}));
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QCOMPARE(editor->listWidget()->count(), 3);
    editor->listWidget()->item(2)->setText(u"c"_s);
    QCOMPARE(editor->value(), QJsonValue(QJsonArray{u"b"_s, u"a"_s, u"c"_s}));
    editor->listWidget()->setCurrentRow(0);
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    QCOMPARE(editor->value(), QJsonValue(QJsonArray{u"a"_s, u"c"_s}));
    QVERIFY(changed.count() >= 3);
    QVERIFY(editor->isDirty());
}

void TestFieldEditors::jsonPrettyPrint()
{
    QWidget host;
    auto *editor = static_cast<JsonFieldEditor *>(FieldEditor::create(spec(u"object"_s), false, &host));
    editor->textEdit()->setPlainText(u"{\"b\":[1,2],\"a\":{\"c\":true}}"_s);
    QVERIFY(editor->prettyPrint());
    QVERIFY(editor->textEdit()->toPlainText().contains(u"\n"_s));
    QCOMPARE(editor->value(), parsed(R"({"a":{"c":true},"b":[1,2]})"));
    editor->textEdit()->setPlainText(u"{broken"_s);
    QVERIFY(!editor->prettyPrint());
    QCOMPARE(editor->textEdit()->toPlainText(), u"{broken"_s); // left as typed
    QVERIFY(editor->error().contains(u"not valid JSON"_s));
    QVERIFY(editor->error().contains(u"character"_s));
    QTest::mouseClick(editor->formatButton(), Qt::LeftButton);
    QCOMPARE(editor->textEdit()->toPlainText(), u"{broken"_s);
}

void TestFieldEditors::unknownTypeKeptAsJson()
{
    const QJsonObject json{{u"name"_s, u"acme"_s},
                           {u"spec"_s,
                            QJsonObject{{u"config"_s,
                                         QJsonArray{QJsonObject{{u"name"_s, u"selector"_s},
                                                                {u"type"_s, u"model-picker"_s},
                                                                {u"label"_s, QJsonObject{{u"en_US"_s, u"Model"_s}}}}}},
                                        {u"support_type"_s, QJsonArray{u"llm"_s}}}}};
    const RequesterSchema schema = *RequesterSchema::fromJson(json);
    const QJsonObject stored{{u"selector"_s, parsed(R"({"id": "m-1", "tags": ["x"]})")}};
    SchemaForm form;
    form.setSchema(schema, stored);
    FieldEditor *editor = form.editor(u"selector"_s);
    QVERIFY(editor);
    QCOMPARE(editor->kind(), FieldEditor::Kind::Json);
    QVERIFY(editor->note().contains(u"model-picker"_s));
    QVERIFY(form.findChild<QLabel *>(u"note"_s)->text().contains(u"edited as JSON"_s));
    QCOMPARE(form.config(), stored);
    QVERIFY(form.problems().isEmpty());
    // Edited as JSON, sent as typed.
    auto *json2 = static_cast<JsonFieldEditor *>(editor);
    json2->textEdit()->setPlainText(u"[1, 2]"_s);
    QCOMPARE(form.config().value(u"selector"_s), QJsonValue(QJsonArray{1, 2}));
    QVERIFY(form.isDirty(u"selector"_s));
}

void TestFieldEditors::mismatchGetsRawEditor()
{
    RequesterSchema schema = RequesterSchema::generic(u"x"_s, RequesterSchema::GenericReason::Offline);
    const QJsonObject stored{{u"base_url"_s, u"https://a.example"_s}, {u"timeout"_s, u"soon"_s}};
    SchemaForm form;
    form.setSchema(schema, stored);
    FieldEditor *timeout = form.editor(u"timeout"_s);
    QCOMPARE(timeout->kind(), FieldEditor::Kind::Json);
    QCOMPARE(timeout->value(), QJsonValue(u"soon"_s));
    QVERIFY(timeout->error().contains(u"whole number"_s));
    // Stored records show their errors at once.
    QVERIFY(form.shownError(u"timeout"_s).contains(u"whole number"_s));
    // Untouched, the value goes back as it came.
    QCOMPARE(form.config().value(u"timeout"_s), QJsonValue(u"soon"_s));
    static_cast<JsonFieldEditor *>(timeout)->textEdit()->setPlainText(u"90"_s);
    QVERIFY(timeout->error().isEmpty());
    QCOMPARE(form.config().value(u"timeout"_s), QJsonValue(90));
}

void TestFieldEditors::formLabelsAndMarks()
{
    LB_REQUIRE_REQUESTERS(fixture);
    const QList<RequesterSchema> &all = fixture.requesters;
    const RequesterSchema *schema = findRequester(all, u"jiekouai-chat-completions"_s);
    QVERIFY(schema);
    SchemaForm form;
    form.setSchema(*schema, {}, ConfigDraft::Mode::New);
    QCOMPARE(form.editors().size(), 3);
    for (FieldEditor *editor : form.editors()) {
        QLabel *label = form.labelFor(editor->key());
        QVERIFY(label);
        QCOMPARE(label->buddy(), editor->focusWidget());
        QVERIFY(form.findChild<QWidget *>(u"label_%1"_s.arg(editor->key()))->findChild<QLabel *>(u"requiredMark"_s));
        QVERIFY(editor->focusWidget()->accessibleDescription().contains(u"Required"_s));
    }
    QCOMPARE(form.labelFor(u"base_url"_s)->text(), u"Base URL"_s);
    QCOMPARE(form.editor(u"timeout"_s)->kind(), FieldEditor::Kind::Integer); // "int"
    QCOMPARE(form.editor(u"args"_s)->kind(), FieldEditor::Kind::Json);
    QCOMPARE(form.config(), schema->defaultConfig());

    // Help text from the description.
    FieldSpec described(u"region"_s, FieldSpec::Type::String);
    described.setDescription(I18nText::plain(u"Where the provider runs."_s));
    RequesterSchema custom;
    custom.setName(u"c"_s);
    custom.setFields({described});
    form.setSchema(custom, {}, ConfigDraft::Mode::New);
    QCOMPARE(form.findChild<QLabel *>(u"help"_s)->text(), u"Where the provider runs."_s);
    QVERIFY(!form.findChild<QWidget *>(u"label_region"_s)->findChild<QLabel *>(u"requiredMark"_s));
}

void TestFieldEditors::formErrorsShowWhenTouched()
{
    RequesterSchema schema = RequesterSchema::generic(u"x"_s, RequesterSchema::GenericReason::Offline);
    SchemaForm form;
    form.setSchema(schema, {}, ConfigDraft::Mode::New);
    form.show();
    // New record: base_url (required, no default) is wrong but not shouted yet.
    QCOMPARE(form.problems().size(), 1);
    QCOMPARE(form.problems().constFirst().field, u"base_url"_s);
    QVERIFY(form.shownError(u"base_url"_s).isEmpty());
    auto *url = static_cast<LineFieldEditor *>(form.editor(u"base_url"_s));
    QTest::keyClicks(url->lineEdit(), u"not a url"_s);
    QVERIFY(form.shownError(u"base_url"_s).contains(u"web address"_s));
    QLabel *error = form.findChild<QLabel *>(u"error_base_url"_s);
    QVERIFY(error && error->isVisible());
    url->lineEdit()->clear();
    QTest::keyClicks(url->lineEdit(), u"https://api.example.com/v1"_s);
    QVERIFY(form.shownError(u"base_url"_s).isEmpty());
    QVERIFY(!error->isVisible());
    QVERIFY(form.isValid());
    // revealErrors shows every problem.
    auto *timeout = static_cast<NumberFieldEditor *>(form.editor(u"timeout"_s));
    timeout->setValue(u"x"_s);
    QVERIFY(form.shownError(u"timeout"_s).isEmpty());
    form.revealErrors();
    QVERIFY(form.shownError(u"timeout"_s).contains(u"whole number"_s));
}

void TestFieldEditors::formDirtyPerField()
{
    LB_REQUIRE_REQUESTERS(fixture);
    const QList<RequesterSchema> &all = fixture.requesters;
    const RequesterSchema schema = *findRequester(all, u"openai-chat-completions"_s);
    const QJsonObject stored{{u"base_url"_s, u"https://api.openai.com/v1"_s}, {u"timeout"_s, 120}};
    SchemaForm form;
    form.setSchema(schema, stored);
    form.show();
    QVERIFY(!form.isDirty());
    auto *url = static_cast<LineFieldEditor *>(form.editor(u"base_url"_s));
    QTest::keyClicks(url->lineEdit(), u"/x"_s);
    QVERIFY(form.isDirty());
    QVERIFY(form.isDirty(u"base_url"_s));
    QVERIFY(!form.isDirty(u"timeout"_s));
    QVERIFY(form.findChild<QWidget *>(u"label_base_url"_s)->findChild<QLabel *>(u"changedMark"_s)->isVisible());
    QVERIFY(!form.findChild<QWidget *>(u"label_timeout"_s)->findChild<QLabel *>(u"changedMark"_s)->isVisible());
    // Typing the old value back is not a change.
    url->lineEdit()->setText(u"https://api.openai.com/v1"_s);
    QVERIFY(!form.isDirty());
    QCOMPARE(form.config(), stored);
}

void TestFieldEditors::formKeepsUnknownKeys()
{
    LB_REQUIRE_REQUESTERS(fixture);
    const QList<RequesterSchema> &all = fixture.requesters;
    const RequesterSchema schema = *findRequester(all, u"openai-chat-completions"_s);
    const QJsonObject stored{{u"base_url"_s, u"https://api.openai.com/v1"_s},
                             {u"timeout"_s, u"120"_s}, // a string: converted for the editor
                             {u"proxy"_s, QJsonObject{{u"http"_s, u"http://p:3128"_s}}},
                             {u"retries"_s, 3}};
    SchemaForm form;
    form.setSchema(schema, stored);
    QVERIFY(form.extrasEditor());
    const QJsonObject extras{{u"proxy"_s, QJsonObject{{u"http"_s, u"http://p:3128"_s}}}, {u"retries"_s, 3}};
    QCOMPARE(form.extrasEditor()->value(), QJsonValue(extras));
    // Untouched: everything as it came (the "120" too).
    QCOMPARE(form.config(), stored);
    form.setValue(u"base_url"_s, u"https://proxy.example.com/v1"_s);
    QJsonObject expected = stored;
    expected.insert(u"base_url"_s, u"https://proxy.example.com/v1"_s);
    QCOMPARE(form.config(), expected);
    // Other settings edited as JSON.
    form.extrasEditor()->textEdit()->setPlainText(u"{\"retries\": 5}"_s);
    expected.remove(u"proxy"_s);
    expected.insert(u"retries"_s, 5);
    QCOMPARE(form.config(), expected);
    form.extrasEditor()->textEdit()->setPlainText(u"{oops"_s);
    QCOMPARE(form.problems().size(), 1);
    QVERIFY(form.problems().constFirst().field.isEmpty());
}

void TestFieldEditors::formI18nFallback()
{
    LB_REQUIRE_REQUESTERS(fixture);
    const QList<RequesterSchema> &all = fixture.requesters;
    const RequesterSchema schema = *findRequester(all, u"openai-chat-completions"_s);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    SchemaForm chinese;
    chinese.setSchema(schema, {}, ConfigDraft::Mode::New);
    QCOMPARE(chinese.labelFor(u"base_url"_s)->text(), u"基础 URL"_s);
    // Traditional has no text: falls back to en_US, like LangBot's web UI.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan));
    SchemaForm traditional;
    traditional.setSchema(schema, {}, ConfigDraft::Mode::New);
    QCOMPARE(traditional.labelFor(u"base_url"_s)->text(), u"Base URL"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFieldEditors::allFixtureRequestersBuild()
{
    LB_REQUIRE_REQUESTERS(fixture);
    const QList<RequesterSchema> &all = fixture.requesters;
    QCOMPARE(all.size(), 24);
    for (const RequesterSchema &schema : all) {
        SchemaForm form;
        form.setSchema(schema, {}, ConfigDraft::Mode::New);
        QCOMPARE(form.editors().size(), schema.fields().size());
        QVERIFY2(form.problems().isEmpty(), qPrintable(schema.name()));
        QCOMPARE(form.config(), schema.defaultConfig());
        for (const FieldSpec &field : schema.fields()) {
            QVERIFY2(form.editor(field.name()), qPrintable(schema.name() + u"."_s + field.name()));
            QCOMPARE(form.labelFor(field.name())->buddy(), form.editor(field.name())->focusWidget());
        }
        // The same values stored: nothing dirty, the same config.
        SchemaForm existing;
        existing.setSchema(schema, schema.defaultConfig());
        QVERIFY(!existing.isDirty());
        QCOMPARE(existing.config(), schema.defaultConfig());
    }
}

void TestFieldEditors::apiKeys()
{
    ApiKeysEditor editor;
    editor.show();
    editor.setKeys({u"sk-1"_s, u"sk-2"_s});
    QCOMPARE(editor.keys(), (QStringList{u"sk-1"_s, u"sk-2"_s}));
    QCOMPARE(editor.count(), 2);
    QCOMPARE(editor.keyEdit(0)->echoMode(), QLineEdit::Password);
    QCOMPARE(editor.keyEdit(1)->accessibleName(), u"API key 2"_s);
    QTest::mouseClick(editor.revealButton(0), Qt::LeftButton);
    QCOMPARE(editor.keyEdit(0)->echoMode(), QLineEdit::Normal);
    QCOMPARE(editor.keyEdit(1)->echoMode(), QLineEdit::Password);
    QSignalSpy changed(&editor, &ApiKeysEditor::changed);
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(editor.count(), 3);
    QVERIFY(editor.error().contains(u"API key 3 is empty"_s));
    QTest::keyClicks(editor.keyEdit(2), u"sk-3"_s);
    QVERIFY(editor.error().isEmpty());
    QTest::mouseClick(editor.removeButton(0), Qt::LeftButton);
    QCOMPARE(editor.keys(), (QStringList{u"sk-2"_s, u"sk-3"_s}));
    QVERIFY(changed.count() >= 3);
    editor.setKeys({});
    QCOMPARE(editor.keys(), QStringList());
    QVERIFY(editor.focusChain().contains(editor.addButton()));
}

void TestFieldEditors::abilities()
{
    AbilitiesEditor editor;
    editor.show();
    editor.setAbilities({u"func_call"_s, u"reasoning"_s, u"vision"_s});
    QVERIFY(editor.checkBox(u"vision"_s)->isChecked());
    QVERIFY(editor.checkBox(u"func_call"_s)->isChecked());
    QCOMPARE(editor.otherEdit()->text(), u"reasoning"_s);
    // The order they came in.
    QCOMPARE(editor.abilities(), (QStringList{u"func_call"_s, u"reasoning"_s, u"vision"_s}));
    QTest::mouseClick(editor.checkBox(u"vision"_s), Qt::LeftButton);
    QCOMPARE(editor.abilities(), (QStringList{u"func_call"_s, u"reasoning"_s}));
    editor.otherEdit()->setText(u"reasoning, audio"_s);
    QCOMPARE(editor.abilities(), (QStringList{u"func_call"_s, u"reasoning"_s, u"audio"_s}));
    QTest::mouseClick(editor.checkBox(u"vision"_s), Qt::LeftButton);
    QCOMPARE(editor.abilities(), (QStringList{u"func_call"_s, u"reasoning"_s, u"vision"_s, u"audio"_s}));
}

void TestFieldEditors::extraArgs()
{
    ExtraArgsEditor editor;
    editor.show();
    const QJsonObject args = parsed(R"({"temperature": 0.7, "max_tokens": 1024, "stream": true, "user": "u-1",
                                       "stop": ["a", "b"], "response_format": {"type": "json_object"}, "seed": null})")
                                 .toObject();
    editor.setArgs(args);
    QCOMPARE(editor.rowCount(), args.size());
    QCOMPARE(editor.args(), args);
    QVERIFY(editor.error().isEmpty());
    // Types shown per row.
    for (int row = 0; row < editor.rowCount(); ++row) {
        const QString key = editor.keyEdit(row)->text();
        QCOMPARE(editor.typeCombo(row)->currentData().toInt(), int(ExtraArgsEditor::typeOf(args.value(key))));
    }
    QSignalSpy changed(&editor, &ExtraArgsEditor::changed);
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    const int row = editor.rowCount() - 1;
    QTest::keyClicks(editor.keyEdit(row), u"top_p"_s);
    editor.typeCombo(row)->setCurrentIndex(editor.typeCombo(row)->findData(int(ExtraArgsEditor::Type::Number)));
    QTest::keyClicks(qobject_cast<QLineEdit *>(editor.valueEditor(row)), u"0.9"_s);
    QCOMPARE(editor.args().value(u"top_p"_s), QJsonValue(0.9));
    editor.typeCombo(row)->setCurrentIndex(editor.typeCombo(row)->findData(int(ExtraArgsEditor::Type::Boolean)));
    QVERIFY(qobject_cast<QComboBox *>(editor.valueEditor(row)));
    QCOMPARE(editor.args().value(u"top_p"_s), QJsonValue(false));
    editor.setValueText(row, u"true"_s);
    QCOMPARE(editor.args().value(u"top_p"_s), QJsonValue(true));
    QTest::mouseClick(editor.removeButton(row), Qt::LeftButton);
    QCOMPARE(editor.args(), args);
    QVERIFY(changed.count() >= 4);
}

void TestFieldEditors::extraArgsErrors()
{
    ExtraArgsEditor editor;
    editor.addRow(u"temperature"_s, ExtraArgsEditor::Type::Number, u"warm"_s, false);
    QVERIFY(editor.error().contains(u"must be a number"_s));
    editor.setValueText(0, u"0.3"_s);
    QVERIFY(editor.error().isEmpty());
    editor.addRow(u"temperature"_s, ExtraArgsEditor::Type::String, u"x"_s, false);
    QVERIFY(editor.error().contains(u"given twice"_s));
    editor.removeRow(1);
    editor.addRow(QString(), ExtraArgsEditor::Type::String, u"x"_s, false);
    QVERIFY(editor.error().contains(u"has no key"_s));
    editor.removeRow(1);
    editor.addRow(u"obj"_s, ExtraArgsEditor::Type::Json, u"{bad"_s, false);
    QVERIFY(editor.error().contains(u"not valid JSON"_s));
}

QTEST_MAIN(TestFieldEditors)
#include "tst_fieldeditors.moc"
