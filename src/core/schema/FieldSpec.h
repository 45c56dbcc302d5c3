#pragma once

#include "schema/I18nText.h"
#include "schema/SchemaError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace lb {

// One field of a requester's spec.config, as the server describes it, plus
// everything a form editor needs to delegate: default, load (normalise),
// validation, text form and dirty comparison. Pure values, no widgets; a GUI
// editor per Type is built on top (Qt Creator's BaseAspect pattern).
//
// Nothing is dropped: an unknown "type" is kept as Type::Unknown with its raw
// type string and its value is edited as raw JSON.
class FieldSpec
{
    Q_DECLARE_TR_FUNCTIONS(lb::FieldSpec)
public:
    enum class Type {
        String,     // "string": one line
        Text,       // "text": several lines
        Secret,     // "secret", "password": one line, masked
        Integer,    // "integer", "int"
        Number,     // "float", "number", "double"
        Boolean,    // "boolean", "bool"
        Select,     // "select": one of options[].name
        StringList, // "array[string]"
        Object,     // "object": a JSON object
        Unknown,    // anything else: raw JSON
    };

    struct Option
    {
        QString name;   // the stored value
        I18nText label; // may be empty: show the name
        QString displayLabel(const QLocale &locale = QLocale()) const;
        friend bool operator==(const Option &a, const Option &b) { return a.name == b.name && a.label == b.label; }
    };

    // What load() made of a stored value.
    struct LoadedValue
    {
        enum class Status {
            Kept,      // fits the type: value is the stored value, unchanged
            Converted, // e.g. "120" for an integer: value is 120; note says so
            Missing,   // undefined or null: value is defaultValue(); note says so
            Mismatch,  // cannot be read as the type: value is the stored value,
                       // to be edited with the raw-JSON editor; note says so
        };
        QJsonValue value;
        Status status = Status::Kept;
        QString note; // for people, names the field; empty when Kept

        bool needsRawEditor() const { return status == Status::Mismatch; }
    };

    FieldSpec() = default;
    // A field made in code (built-in schemas, tests).
    FieldSpec(const QString &name, Type type);

    // Parses one FIELD; path names it in errors ("requesters[3].spec.config[1]").
    // Returns nullopt only when the field is unusable (not an object, no name);
    // other problems are reported and replaced (bad type -> Unknown, bad
    // required -> false, bad bound -> none, bad option -> skipped).
    static std::optional<FieldSpec> fromJson(const QJsonValue &value, const QString &path = {},
                                             SchemaErrors *errors = nullptr);
    static Type typeFromString(const QString &rawType);
    static QString typeName(Type type); // canonical: "string", "integer", ...

    QString name() const { return m_name; }
    Type type() const { return m_type; }
    QString rawType() const { return m_rawType; } // as the server spelled it
    I18nText label() const { return m_label; }
    I18nText description() const { return m_description; }
    QString displayLabel(const QLocale &locale = QLocale()) const; // label, else name
    QString displayDescription(const QLocale &locale = QLocale()) const;
    bool isRequired() const { return m_required; }
    bool hasDefault() const; // a "default" other than null
    QJsonValue rawDefault() const { return m_default; }
    QList<Option> options() const { return m_options; }
    std::optional<double> minimum() const { return m_minimum; }
    std::optional<double> maximum() const { return m_maximum; }
    QJsonObject json() const { return m_json; } // the FIELD as received

    // Editor hints.
    bool isUrl() const; // String/Text whose name ends with "url" (base_url, ...)
    bool isMasked() const { return m_type == Type::Secret; }
    bool isMultiLine() const; // Text, StringList, Object, Unknown
    bool isRawJson() const { return m_type == Type::Object || m_type == Type::Unknown; }

    void setLabel(const I18nText &label) { m_label = label; }
    void setDescription(const I18nText &description) { m_description = description; }
    void setRequired(bool required) { m_required = required; }
    void setDefault(const QJsonValue &value) { m_default = value; }
    void setOptions(const QList<Option> &options) { m_options = options; }
    void setBounds(std::optional<double> minimum, std::optional<double> maximum);

    // --- values -----------------------------------------------------------
    // For a new record: the field's default when it fits the type, else
    // emptyValue().
    QJsonValue defaultValue() const;
    // "", 0, 0.0, false, [], {} per type; null for Unknown.
    QJsonValue emptyValue() const;
    // Normalises a value from a stored record (undefined when the key is
    // missing) for the editor of this type. See LoadedValue.
    LoadedValue load(const QJsonValue &stored, const QLocale &locale = QLocale()) const;
    // Empty when valid, else one message naming the field (its label).
    // required: undefined/null, or an empty/blank text or select, fail;
    // an empty list or object is a value. Optional fields accept null.
    QString validate(const QJsonValue &value, const QLocale &locale = QLocale()) const;
    // For text-based editors: parses the text (fromText) and validates it.
    QString validateText(const QString &text, const QLocale &locale = QLocale()) const;

    // Text form, for text-based editors and the raw-JSON fallback.
    // Integer "120", Number "0.5", Boolean "true"/"false", StringList one
    // item a line, Object/Unknown JSON text (indented); a value that does not
    // fit the type is written as JSON text.
    QString toText(const QJsonValue &value) const;
    // The inverse; false with a message naming the field in *error.
    // An empty text gives null for Integer, Number and Unknown, [] for
    // StringList, "" for text types.
    bool fromText(const QString &text, QJsonValue *value, QString *error = nullptr,
                  const QLocale &locale = QLocale()) const;

    // True when value differs from original; numbers compare by value
    // (120 == 120.0), objects and arrays element-wise, undefined == null.
    bool isDirty(const QJsonValue &value, const QJsonValue &original) const;
    static bool equivalent(const QJsonValue &a, const QJsonValue &b);

    // JSON text of any value (scalars included); "" for undefined.
    static QString toJsonText(const QJsonValue &value, bool indented = true);
    // Parses any JSON value (scalars included). On failure *error holds
    // Qt's message and the character position.
    static bool parseJsonText(const QString &text, QJsonValue *value, QString *error = nullptr);

private:
    QString typeMismatchMessage(const QString &label) const;
    QString expectedText() const;

    QString m_name;
    Type m_type = Type::Unknown;
    QString m_rawType;
    I18nText m_label;
    I18nText m_description;
    bool m_required = false;
    QJsonValue m_default = QJsonValue::Undefined;
    QList<Option> m_options;
    std::optional<double> m_minimum;
    std::optional<double> m_maximum;
    QJsonObject m_json;
};

} // namespace lb
