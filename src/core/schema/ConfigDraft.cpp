#include "ConfigDraft.h"

namespace lb {

ConfigDraft::ConfigDraft(const RequesterSchema &schema, const QJsonObject &stored, Mode mode)
    : m_schema(schema)
    , m_mode(mode)
    , m_stored(stored)
{
    for (const FieldSpec &field : m_schema.fields()) {
        FieldSpec::LoadedValue loaded;
        if (mode == Mode::New)
            loaded.value = field.defaultValue();
        else
            loaded = field.load(stored.value(field.name()));
        m_loaded.insert(field.name(), loaded);
        m_values.insert(field.name(), loaded.value);
    }
    m_originalExtras = m_schema.extraConfig(stored);
    m_extras = m_originalExtras;
}

void ConfigDraft::setValue(const QString &field, const QJsonValue &value)
{
    if (m_values.contains(field))
        m_values.insert(field, value);
}

bool ConfigDraft::isDirty(const QString &field) const
{
    const FieldSpec *spec = m_schema.field(field);
    return spec && spec->isDirty(m_values.value(field), m_loaded.value(field).value);
}

void ConfigDraft::setExtras(const QJsonObject &extras)
{
    // Keys that belong to fields are edited there, not here.
    QJsonObject kept;
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it) {
        if (!m_schema.hasField(it.key()))
            kept.insert(it.key(), it.value());
    }
    m_extras = kept;
}

bool ConfigDraft::extrasDirty() const
{
    return !FieldSpec::equivalent(m_extras, m_originalExtras);
}

bool ConfigDraft::isDirty() const
{
    if (extrasDirty())
        return true;
    for (const FieldSpec &field : m_schema.fields()) {
        if (isDirty(field.name()))
            return true;
    }
    return false;
}

QList<FieldProblem> ConfigDraft::problems(const QLocale &locale) const
{
    QList<FieldProblem> result;
    for (const FieldSpec &field : m_schema.fields()) {
        const QString message = field.validate(m_values.value(field.name()), locale);
        if (!message.isEmpty())
            result.append({field.name(), message});
    }
    return result;
}

QJsonObject ConfigDraft::toConfig() const
{
    QJsonObject config = m_stored;
    for (auto it = m_originalExtras.constBegin(); it != m_originalExtras.constEnd(); ++it) {
        if (!m_extras.contains(it.key()))
            config.remove(it.key());
    }
    for (auto it = m_extras.constBegin(); it != m_extras.constEnd(); ++it)
        config.insert(it.key(), it.value());
    for (const FieldSpec &field : m_schema.fields()) {
        const QJsonValue value = m_values.value(field.name());
        const bool storedHasIt = m_stored.contains(field.name());
        if (m_mode == Mode::New || !storedHasIt || isDirty(field.name()))
            config.insert(field.name(), value);
    }
    return config;
}

} // namespace lb
