#include "FieldSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace lb {

namespace {

// Integers beyond 2^53 cannot be held exactly by a JSON number in Qt.
constexpr double kMaxSafeInteger = 9007199254740992.0;

bool isIntegral(double value)
{
    return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= kMaxSafeInteger;
}

QString numberText(double value)
{
    if (isIntegral(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Parses a C-locale number, integral or not; false for text, NaN, infinity.
bool parseNumber(const QString &text, double *out)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return false;
    *out = value;
    return true;
}

bool isStringArray(const QJsonValue &value, bool allowLineBreaks)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        if (!allowLineBreaks && item.toString().contains(QLatin1Char('\n')))
            return false;
    }
    return true;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return FieldSpec::tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? FieldSpec::tr("true") : FieldSpec::tr("false");
    case QJsonValue::Double:
        return FieldSpec::tr("the number %1").arg(numberText(value.toDouble()));
    case QJsonValue::String:
        return FieldSpec::tr("the text \"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return FieldSpec::tr("a list");
    case QJsonValue::Object:
        return FieldSpec::tr("a JSON object");
    case QJsonValue::Undefined:
        break;
    }
    return FieldSpec::tr("nothing");
}

std::optional<double> readBound(const QJsonObject &json, const QString &path, SchemaErrors *errors,
                                QLatin1String longKey, QLatin1String shortKey)
{
    for (const QLatin1String key : {longKey, shortKey}) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (value.isDouble() && std::isfinite(value.toDouble()))
            return value.toDouble();
        if (errors)
            errors->append({joinPath(path, key), FieldSpec::tr("not a number")});
    }
    return std::nullopt;
}

} // namespace

QString FieldSpec::Option::displayLabel(const QLocale &locale) const
{
    const QString text = label.resolve(locale);
    return text.isEmpty() ? name : text;
}

FieldSpec::FieldSpec(const QString &name, Type type)
    : m_name(name)
    , m_type(type)
    , m_rawType(typeName(type))
{
}

FieldSpec::Type FieldSpec::typeFromString(const QString &rawType)
{
    const QString type = rawType.trimmed().toLower();
    if (type == QLatin1String("string"))
        return Type::String;
    if (type == QLatin1String("text"))
        return Type::Text;
    if (type == QLatin1String("secret") || type == QLatin1String("password"))
        return Type::Secret;
    if (type == QLatin1String("integer") || type == QLatin1String("int"))
        return Type::Integer;
    if (type == QLatin1String("float") || type == QLatin1String("number") || type == QLatin1String("double"))
        return Type::Number;
    if (type == QLatin1String("boolean") || type == QLatin1String("bool"))
        return Type::Boolean;
    if (type == QLatin1String("select"))
        return Type::Select;
    if (type == QLatin1String("array[string]"))
        return Type::StringList;
    if (type == QLatin1String("object"))
        return Type::Object;
    return Type::Unknown;
}

QString FieldSpec::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("string");
    case Type::Text:
        return QStringLiteral("text");
    case Type::Secret:
        return QStringLiteral("secret");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Number:
        return QStringLiteral("float");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Select:
        return QStringLiteral("select");
    case Type::StringList:
        return QStringLiteral("array[string]");
    case Type::Object:
        return QStringLiteral("object");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<FieldSpec> FieldSpec::fromJson(const QJsonValue &value, const QString &path, SchemaErrors *errors)
{
    const auto report = [&](const QString &subPath, const QString &message) {
        if (errors)
            errors->append({subPath, message});
    };
    if (!value.isObject()) {
        report(path, tr("not an object; the field is skipped"));
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();

    const QJsonValue name = json.value(QLatin1String("name"));
    const QString namePath = joinPath(path, QStringLiteral("name"));
    if (name.isUndefined()) {
        report(namePath, tr("missing; the field is skipped"));
        return std::nullopt;
    }
    if (!name.isString()) {
        report(namePath, tr("not a string; the field is skipped"));
        return std::nullopt;
    }
    if (name.toString().isEmpty()) {
        report(namePath, tr("empty; the field is skipped"));
        return std::nullopt;
    }

    FieldSpec field;
    field.m_json = json;
    field.m_name = name.toString();

    const QJsonValue type = json.value(QLatin1String("type"));
    const QString typePath = joinPath(path, QStringLiteral("type"));
    if (type.isString()) {
        field.m_rawType = type.toString();
        field.m_type = typeFromString(field.m_rawType);
    } else {
        report(typePath,
               type.isUndefined() ? tr("missing; edited as raw JSON") : tr("not a string; edited as raw JSON"));
        field.m_type = Type::Unknown;
    }

    field.m_label
        = I18nText::fromJson(json.value(QLatin1String("label")), joinPath(path, QStringLiteral("label")), errors);
    field.m_description = I18nText::fromJson(json.value(QLatin1String("description")),
                                             joinPath(path, QStringLiteral("description")), errors);

    const QJsonValue required = json.value(QLatin1String("required"));
    if (required.isBool())
        field.m_required = required.toBool();
    else if (!required.isUndefined() && !required.isNull())
        report(joinPath(path, QStringLiteral("required")), tr("not true or false; taken as false"));

    const QJsonValue options = json.value(QLatin1String("options"));
    const QString optionsPath = joinPath(path, QStringLiteral("options"));
    if (options.isArray()) {
        const QJsonArray list = options.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue item = list.at(i);
            const QString itemPath = indexPath(optionsPath, i);
            Option option;
            if (item.isString()) {
                option.name = item.toString();
            } else if (item.isObject()) {
                const QJsonObject object = item.toObject();
                const QJsonValue optionName = object.value(QLatin1String("name"));
                if (!optionName.isString()) {
                    report(joinPath(itemPath, QStringLiteral("name")),
                           optionName.isUndefined() ? tr("missing; the option is skipped")
                                                    : tr("not a string; the option is skipped"));
                    continue;
                }
                option.name = optionName.toString();
                option.label = I18nText::fromJson(object.value(QLatin1String("label")),
                                                  joinPath(itemPath, QStringLiteral("label")), errors);
            } else {
                report(itemPath, tr("not an object; the option is skipped"));
                continue;
            }
            field.m_options.append(option);
        }
    } else if (!options.isUndefined() && !options.isNull()) {
        report(optionsPath, tr("not a list; ignored"));
    }

    field.m_minimum = readBound(json, path, errors, QLatin1String("minimum"), QLatin1String("min"));
    field.m_maximum = readBound(json, path, errors, QLatin1String("maximum"), QLatin1String("max"));
    if (field.m_minimum && field.m_maximum && *field.m_minimum > *field.m_maximum) {
        report(path, tr("the minimum is greater than the maximum; both are ignored"));
        field.m_minimum.reset();
        field.m_maximum.reset();
    }

    if (json.contains(QLatin1String("default"))) {
        field.m_default = json.value(QLatin1String("default"));
        if (field.hasDefault() && field.m_type != Type::Unknown
            && field.load(field.m_default).status == LoadedValue::Status::Mismatch) {
            report(joinPath(path, QStringLiteral("default")),
                   tr("%1 does not fit the type \"%2\"; new records start empty")
                       .arg(describe(field.m_default), field.m_rawType));
        }
    }
    return field;
}

QString FieldSpec::displayLabel(const QLocale &locale) const
{
    const QString text = m_label.resolve(locale);
    return text.isEmpty() ? m_name : text;
}

QString FieldSpec::displayDescription(const QLocale &locale) const
{
    return m_description.resolve(locale);
}

bool FieldSpec::hasDefault() const
{
    return !m_default.isUndefined() && !m_default.isNull();
}

bool FieldSpec::isUrl() const
{
    return (m_type == Type::String || m_type == Type::Text)
        && m_name.endsWith(QLatin1String("url"), Qt::CaseInsensitive);
}

bool FieldSpec::isMultiLine() const
{
    return m_type == Type::Text || m_type == Type::StringList || m_type == Type::Object || m_type == Type::Unknown;
}

void FieldSpec::setBounds(std::optional<double> minimum, std::optional<double> maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
}

QJsonValue FieldSpec::emptyValue() const
{
    switch (m_type) {
    case Type::String:
    case Type::Text:
    case Type::Secret:
    case Type::Select:
        return QString();
    case Type::Integer:
        return 0;
    case Type::Number:
        return 0.0;
    case Type::Boolean:
        return false;
    case Type::StringList:
        return QJsonArray();
    case Type::Object:
        return QJsonObject();
    case Type::Unknown:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonValue FieldSpec::defaultValue() const
{
    if (m_type == Type::Unknown)
        return m_default.isUndefined() ? QJsonValue(QJsonValue::Null) : m_default;
    if (!hasDefault())
        return emptyValue();
    const LoadedValue loaded = load(m_default);
    if (loaded.status == LoadedValue::Status::Kept || loaded.status == LoadedValue::Status::Converted)
        return loaded.value;
    return emptyValue();
}

QString FieldSpec::expectedText() const
{
    switch (m_type) {
    case Type::String:
    case Type::Text:
    case Type::Secret:
    case Type::Select:
        return tr("a text");
    case Type::Integer:
        return tr("a whole number");
    case Type::Number:
        return tr("a number");
    case Type::Boolean:
        return tr("true or false");
    case Type::StringList:
        return tr("a list of texts");
    case Type::Object:
        return tr("a JSON object");
    case Type::Unknown:
        break;
    }
    return tr("JSON");
}

FieldSpec::LoadedValue FieldSpec::load(const QJsonValue &stored, const QLocale &locale) const
{
    using Status = LoadedValue::Status;
    const QString label = displayLabel(locale);
    const auto kept = [&]() { return LoadedValue{stored, Status::Kept, {}}; };
    const auto converted = [&](const QJsonValue &value) {
        return LoadedValue{value, Status::Converted,
                           tr("%1 was stored as %2 and is read as %3.").arg(label, describe(stored), describe(value))};
    };
    const auto mismatch = [&]() {
        return LoadedValue{
            stored, Status::Mismatch,
            tr("%1 holds %2, which is not %3; it is edited as raw JSON.").arg(label, describe(stored), expectedText())};
    };

    if (m_type == Type::Unknown && !stored.isUndefined())
        return kept(); // null included: it is a JSON value like any other
    if (stored.isUndefined() || stored.isNull()) {
        const QString note = hasDefault() ? tr("%1 is not set in this record; the default is shown.").arg(label)
                                          : tr("%1 is not set in this record.").arg(label);
        return LoadedValue{defaultValue(), Status::Missing, note};
    }

    switch (m_type) {
    case Type::String:
    case Type::Text:
    case Type::Secret:
    case Type::Select:
        if (stored.isString())
            return kept();
        if (stored.isDouble())
            return converted(numberText(stored.toDouble()));
        if (stored.isBool())
            return converted(stored.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        return mismatch();
    case Type::Integer: {
        double number = 0;
        if (stored.isDouble())
            return isIntegral(stored.toDouble()) ? kept() : mismatch();
        if (stored.isString() && parseNumber(stored.toString(), &number) && isIntegral(number))
            return converted(static_cast<qint64>(number));
        return mismatch();
    }
    case Type::Number: {
        double number = 0;
        if (stored.isDouble())
            return kept();
        if (stored.isString() && parseNumber(stored.toString(), &number))
            return converted(number);
        return mismatch();
    }
    case Type::Boolean:
        if (stored.isBool())
            return kept();
        if (stored.isString()) {
            const QString text = stored.toString().trimmed().toLower();
            if (text == QLatin1String("true"))
                return converted(true);
            if (text == QLatin1String("false"))
                return converted(false);
        }
        if (stored.isDouble() && (stored.toDouble() == 0 || stored.toDouble() == 1))
            return converted(stored.toDouble() == 1);
        return mismatch();
    case Type::StringList:
        // Items with line breaks cannot be shown one a line: raw JSON.
        return isStringArray(stored, false) ? kept() : mismatch();
    case Type::Object:
        if (stored.isObject())
            return kept();
        if (stored.isString()) {
            QJsonValue parsed;
            if (parseJsonText(stored.toString(), &parsed) && parsed.isObject())
                return converted(parsed);
        }
        return mismatch();
    case Type::Unknown:
        break;
    }
    return kept();
}

QString FieldSpec::typeMismatchMessage(const QString &label) const
{
    switch (m_type) {
    case Type::String:
    case Type::Text:
    case Type::Secret:
    case Type::Select:
        return tr("%1 must be a text.").arg(label);
    case Type::Integer:
        return tr("%1 must be a whole number.").arg(label);
    case Type::Number:
        return tr("%1 must be a number.").arg(label);
    case Type::Boolean:
        return tr("%1 must be true or false.").arg(label);
    case Type::StringList:
        return tr("%1 must be a list of texts.").arg(label);
    case Type::Object:
        return tr("%1 must be a JSON object.").arg(label);
    case Type::Unknown:
        break;
    }
    return {};
}

QString FieldSpec::validate(const QJsonValue &value, const QLocale &locale) const
{
    const QString label = displayLabel(locale);
    const QString required = tr("%1 is required.").arg(label);

    if (value.isUndefined() || value.isNull())
        return m_required ? required : QString();

    switch (m_type) {
    case Type::String:
    case Type::Text:
    case Type::Secret:
    case Type::Select: {
        if (!value.isString())
            return typeMismatchMessage(label);
        const QString text = value.toString();
        if (text.trimmed().isEmpty())
            return m_required ? required : QString();
        if (m_type == Type::Select && !m_options.isEmpty()) {
            QStringList names;
            for (const Option &option : m_options) {
                if (option.name == text)
                    return {};
                names.append(QLatin1Char('"') + option.name + QLatin1Char('"'));
            }
            return tr("%1 must be one of %2, not \"%3\".").arg(label, names.join(QStringLiteral(", ")), text);
        }
        if (isUrl()) {
            const QUrl url(text, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
                || url.host().isEmpty()) {
                return tr("%1 must be a web address that starts with http:// or https:// and names "
                          "a host, such as https://api.example.com/v1.")
                    .arg(label);
            }
        }
        return {};
    }
    case Type::Integer:
    case Type::Number: {
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return typeMismatchMessage(label);
        const double number = value.toDouble();
        if (m_type == Type::Integer && !isIntegral(number))
            return tr("%1 must be a whole number, not %2.").arg(label, numberText(number));
        const bool tooSmall = m_minimum && number < *m_minimum;
        const bool tooLarge = m_maximum && number > *m_maximum;
        if (tooSmall || tooLarge) {
            if (m_minimum && m_maximum)
                return tr("%1 must be between %2 and %3.").arg(label, numberText(*m_minimum), numberText(*m_maximum));
            if (tooSmall)
                return tr("%1 must be at least %2.").arg(label, numberText(*m_minimum));
            return tr("%1 must be at most %2.").arg(label, numberText(*m_maximum));
        }
        return {};
    }
    case Type::Boolean:
        return value.isBool() ? QString() : typeMismatchMessage(label);
    case Type::StringList: {
        if (!value.isArray())
            return typeMismatchMessage(label);
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                return tr("%1: item %2 must be a text.").arg(label).arg(i + 1);
        }
        return {};
    }
    case Type::Object:
        return value.isObject() ? QString() : typeMismatchMessage(label);
    case Type::Unknown:
        break;
    }
    return {};
}

QString FieldSpec::validateText(const QString &text, const QLocale &locale) const
{
    QJsonValue value;
    QString error;
    if (!fromText(text, &value, &error, locale))
        return error;
    return validate(value, locale);
}

QString FieldSpec::toText(const QJsonValue &value) const
{
    if (value.isUndefined() || (value.isNull() && m_type != Type::Unknown))
        return {};
    switch (m_type) {
    case Type::String:
    case Type::Text:
    case Type::Secret:
    case Type::Select:
        if (value.isString())
            return value.toString();
        break;
    case Type::Integer:
    case Type::Number:
        if (value.isDouble())
            return numberText(value.toDouble());
        break;
    case Type::Boolean:
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case Type::StringList:
        if (isStringArray(value, false)) {
            QStringList lines;
            for (const QJsonValue &item : value.toArray())
                lines.append(item.toString());
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case Type::Object:
    case Type::Unknown:
        break;
    }
    return toJsonText(value);
}

bool FieldSpec::fromText(const QString &text, QJsonValue *value, QString *error, const QLocale &locale) const
{
    const QString label = displayLabel(locale);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonValue result;
    switch (m_type) {
    case Type::String:
    case Type::Text:
    case Type::Secret:
    case Type::Select:
        result = text;
        break;
    case Type::Integer:
    case Type::Number: {
        if (text.trimmed().isEmpty()) {
            result = QJsonValue(QJsonValue::Null);
            break;
        }
        double number = 0;
        if (!parseNumber(text, &number))
            return fail(typeMismatchMessage(label));
        if (m_type == Type::Integer) {
            if (!isIntegral(number))
                return fail(tr("%1 must be a whole number, not %2.").arg(label, text.trimmed()));
            result = static_cast<qint64>(number);
        } else {
            result = number;
        }
        break;
    }
    case Type::Boolean: {
        const QString word = text.trimmed().toLower();
        if (word == QLatin1String("true"))
            result = true;
        else if (word == QLatin1String("false"))
            result = false;
        else
            return fail(typeMismatchMessage(label));
        break;
    }
    case Type::StringList: {
        QJsonArray items;
        if (!text.isEmpty()) {
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (QString line : lines) {
                if (line.endsWith(QLatin1Char('\r')))
                    line.chop(1);
                items.append(line);
            }
        }
        result = items;
        break;
    }
    case Type::Object:
    case Type::Unknown: {
        if (text.trimmed().isEmpty() && m_type == Type::Unknown) {
            result = QJsonValue(QJsonValue::Null);
            break;
        }
        QString why;
        if (!parseJsonText(text, &result, &why))
            return fail(tr("%1 is not valid JSON: %2.").arg(label, why));
        if (m_type == Type::Object && !result.isObject())
            return fail(typeMismatchMessage(label));
        break;
    }
    }
    if (value)
        *value = result;
    return true;
}

bool FieldSpec::isDirty(const QJsonValue &value, const QJsonValue &original) const
{
    return !equivalent(value, original);
}

bool FieldSpec::equivalent(const QJsonValue &a, const QJsonValue &b)
{
    const bool aEmpty = a.isUndefined() || a.isNull();
    const bool bEmpty = b.isUndefined() || b.isNull();
    if (aEmpty || bEmpty)
        return aEmpty && bEmpty;
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::Array: {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (left.size() != right.size())
            return false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (!equivalent(left.at(i), right.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        if (left.size() != right.size())
            return false;
        for (auto it = left.constBegin(); it != left.constEnd(); ++it) {
            if (!right.contains(it.key()) || !equivalent(it.value(), right.value(it.key())))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

QString FieldSpec::toJsonText(const QJsonValue &value, bool indented)
{
    const QJsonDocument::JsonFormat format = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(format)).trimmed();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(format)).trimmed();
    default: {
        // A scalar: write it as the only item of an array, then unwrap.
        const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        return text.mid(1, text.size() - 2);
    }
    }
}

bool FieldSpec::parseJsonText(const QString &text, QJsonValue *value, QString *error)
{
    // QJsonDocument reads only objects and arrays: wrap the text in an array
    // so scalars parse too, and shift error offsets back by the '['.
    QJsonParseError parseError;
    const QByteArray wrapped = "[" + text.toUtf8() + "\n]";
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            const QByteArray utf8 = text.toUtf8();
            const qsizetype offset = std::clamp(qsizetype(parseError.offset) - 1, qsizetype(0), utf8.size());
            // Qt's offset is just past the culprit: count up to it, 1-based.
            const qsizetype character = std::max<qsizetype>(1, QString::fromUtf8(utf8.left(offset)).size());
            *error = tr("%1 at character %2").arg(parseError.errorString()).arg(character);
        }
        return false;
    }
    const QJsonArray array = document.array();
    if (array.size() != 1) {
        if (error)
            *error = array.isEmpty() ? tr("no value") : tr("more than one value");
        return false;
    }
    if (value)
        *value = array.first();
    return true;
}

} // namespace lb
