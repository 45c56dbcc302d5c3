#pragma once

#include "schema/FieldSpec.h"
#include "schema/RequesterSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace lb {

// The state behind a schema-driven edit form for one model's
// requester_config: a value per field, the extras (keys no field describes,
// edited as one JSON object), dirty tracking and validation. Field editors
// (GUI) read and write values here; the dialog saves toConfig().
//
// - New: every field starts at its defaultValue(); extras start as the given
//   config's extras (usually none).
// - Existing: every field starts at FieldSpec::load() of the stored value
//   (loaded() keeps the status and note to show next to the editor).
// toConfig() starts from the stored object, so key order and values of fields
// the user did not change are written back exactly as they came (a "120" the
// user did not touch stays "120"); changed fields, and fields missing from the
// record, get the editor's value; extras are replaced by extras().
class ConfigDraft
{
public:
    enum class Mode { New, Existing };

    ConfigDraft() = default;
    ConfigDraft(const RequesterSchema &schema, const QJsonObject &stored, Mode mode = Mode::Existing);

    const RequesterSchema &schema() const { return m_schema; }
    Mode mode() const { return m_mode; }
    QJsonObject stored() const { return m_stored; }

    // Undefined for a name the schema does not have.
    QJsonValue value(const QString &field) const { return m_values.value(field, QJsonValue(QJsonValue::Undefined)); }
    void setValue(const QString &field, const QJsonValue &value); // ignored for unknown names
    // The value the editor started with (dirty is relative to it).
    QJsonValue originalValue(const QString &field) const
    {
        return m_loaded.value(field, {QJsonValue(QJsonValue::Undefined), {}, {}}).value;
    }
    FieldSpec::LoadedValue loaded(const QString &field) const { return m_loaded.value(field); }
    bool isDirty(const QString &field) const;

    QJsonObject extras() const { return m_extras; }
    QJsonObject originalExtras() const { return m_originalExtras; }
    void setExtras(const QJsonObject &extras);
    bool extrasDirty() const;

    bool isDirty() const; // any field or the extras
    QList<FieldProblem> problems(const QLocale &locale = QLocale()) const;
    bool isValid() const { return problems().isEmpty(); }

    QJsonObject toConfig() const;

private:
    RequesterSchema m_schema;
    Mode m_mode = Mode::New;
    QJsonObject m_stored;
    QHash<QString, FieldSpec::LoadedValue> m_loaded;
    QHash<QString, QJsonValue> m_values;
    QJsonObject m_originalExtras;
    QJsonObject m_extras;
};

} // namespace lb
