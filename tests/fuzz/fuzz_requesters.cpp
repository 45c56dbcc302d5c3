// Fuzz target: the requester schemas behind the edit dialog. The list answer
// (parseRequesterList), one requester (parseRequester), and what the form does
// with every field a server describes: defaults, loading a stored value,
// validation, the text form and back, dirty checks.
#include "FuzzSupport.h"

#include "schema/FieldSpec.h"
#include "schema/RequesterSchema.h"

#include <QLocale>

using namespace lb;

namespace {

void exerciseField(const FieldSpec &field, const QJsonObject &storedConfig)
{
    fuzz::consume(field.displayLabel() + field.displayDescription(QLocale(QLocale::Chinese)) + field.rawType()
                  + FieldSpec::typeName(field.type()));
    for (const FieldSpec::Option &option : field.options())
        fuzz::consume(option.displayLabel(QLocale(QLocale::Japanese)));

    const QJsonValue def = field.defaultValue();
    fuzz::consume(field.validate(def));
    fuzz::consume(field.validate(field.emptyValue()));
    LB_FUZZ_CHECK(!field.isDirty(def, def));

    // A stored value (whatever the server's record holds), loaded for the editor.
    const QJsonValue stored = storedConfig.value(field.name());
    const FieldSpec::LoadedValue loaded = field.load(stored);
    // The editor says why whenever it did not keep the stored value as it was.
    LB_FUZZ_CHECK((loaded.status == FieldSpec::LoadedValue::Status::Kept) == loaded.note.isEmpty());
    fuzz::consume(field.validate(loaded.value));

    // The text form and back, as the text-based editors do it.
    for (const QJsonValue &v : {def, loaded.value, field.rawDefault()}) {
        const QString text = field.toText(v);
        QJsonValue back;
        QString error;
        if (field.fromText(text, &back, &error))
            fuzz::consume(field.validateText(text));
        else
            LB_FUZZ_CHECK(!error.isEmpty());
        fuzz::consume(FieldSpec::toJsonText(v, false));
    }
    QJsonValue parsed;
    FieldSpec::parseJsonText(FieldSpec::toJsonText(stored), &parsed);
}

void exercise(const RequesterSchema &schema, const QJsonObject &storedConfig)
{
    LB_FUZZ_CHECK(!schema.name().isEmpty());
    fuzz::consume(schema.displayName() + schema.displayDescription(QLocale(QLocale::Chinese, QLocale::Taiwan))
                  + schema.iconName() + schema.providerCategory());
    const QJsonObject defaults = schema.defaultConfig();
    for (const FieldProblem &problem : schema.validateConfig(defaults))
        fuzz::consume(problem.message);
    for (const FieldProblem &problem : schema.validateConfig(storedConfig))
        fuzz::consume(problem.message);
    const QJsonObject extras = schema.extraConfig(storedConfig);
    for (auto it = extras.begin(); it != extras.end(); ++it)
        LB_FUZZ_CHECK(!schema.hasField(it.key())); // nothing both a field and an extra
    for (const FieldSpec &field : schema.fields()) {
        LB_FUZZ_CHECK(schema.field(field.name()) != nullptr);
        exerciseField(field, storedConfig);
    }
}

} // namespace

LB_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonValue value;
    if (!fuzz::parseJson(fuzz::bytes(data, size), &value))
        return 0;
    // A stored requester_config to load into the forms: the input's own
    // "requester_config" when it has one, else the first object found.
    const QJsonObject stored = value.toObject().value(QLatin1String("requester_config")).toObject();

    for (const QJsonValue &candidate : fuzz::candidates(value, {"requesters", "requester"})) {
        const RequesterListParse list = parseRequesterList(candidate);
        for (const SchemaError &e : list.errors)
            fuzz::consume(e.toString());
        for (const RequesterSchema &schema : list.requesters)
            exercise(schema, stored);
        fuzz::consume(QString::number(requestersSupporting(list.requesters).size()));

        const RequesterParse one = parseRequester(candidate);
        for (const SchemaError &e : one.errors)
            fuzz::consume(e.toString());
        if (one.requester)
            exercise(*one.requester, stored);

        SchemaErrors errors;
        const std::optional<FieldSpec> field = FieldSpec::fromJson(candidate, QStringLiteral("field"), &errors);
        if (field)
            exerciseField(*field, stored);
    }
    return 0;
}
