#include "LlmModel.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMetaType>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

// Field names of the MODEL record (API.md).
constexpr auto kUuid = "uuid"_L1;
constexpr auto kName = "name"_L1;
constexpr auto kDescription = "description"_L1;
constexpr auto kRequester = "requester"_L1;
constexpr auto kRequesterConfig = "requester_config"_L1;
constexpr auto kBaseUrl = "base_url"_L1;
constexpr auto kApiKeys = "api_keys"_L1;
constexpr auto kKeys = "keys"_L1;
constexpr auto kAbilities = "abilities"_L1;
constexpr auto kExtraArgs = "extra_args"_L1;
constexpr auto kCreatedAt = "created_at"_L1;
constexpr auto kUpdatedAt = "updated_at"_L1;

// Registered once so LlmModel / TestOutcome travel through QVariant and
// queued connections without every user having to remember it.
[[maybe_unused]] const int kLlmModelMetaType = qRegisterMetaType<LlmModel>();
[[maybe_unused]] const int kLlmModelListMetaType = qRegisterMetaType<QList<LlmModel>>();

QString stringOf(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return LlmModel::tr("null");
    case QJsonValue::Bool: return LlmModel::tr("a boolean");
    case QJsonValue::Double: return LlmModel::tr("a number");
    case QJsonValue::String: return LlmModel::tr("a string");
    case QJsonValue::Array: return LlmModel::tr("an array");
    case QJsonValue::Object: return LlmModel::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return LlmModel::tr("nothing");
}

// Appends the strings of a (possibly nested) ability list; depth-limited so a
// hostile document cannot recurse without end.
void collectStrings(const QJsonArray &array, QStringList *out, QSet<QString> *seen, int depth)
{
    for (const QJsonValue &v : array) {
        if (v.isString()) {
            const QString s = v.toString();
            if (!s.isEmpty() && !seen->contains(s)) {
                seen->insert(s);
                out->append(s);
            }
        } else if (v.isArray() && depth < 4) {
            collectStrings(v.toArray(), out, seen, depth + 1);
        }
    }
}

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

LlmModel::LlmModel(QJsonObject json)
    : m_json(std::move(json))
{
}

bool LlmModel::fromJson(const QJsonValue &value, LlmModel *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!value.isObject())
        return fail(tr("a model must be a JSON object, got %1").arg(typeName(value)));
    const QJsonObject o = value.toObject();
    if (!o.contains(kUuid))
        return fail(tr("the model has no \"uuid\" field"));
    const QJsonValue uuid = o.value(kUuid);
    if (!uuid.isString())
        return fail(tr("the model's \"uuid\" must be a string, got %1").arg(typeName(uuid)));
    if (uuid.toString().trimmed().isEmpty())
        return fail(tr("the model's \"uuid\" is empty"));
    if (out)
        *out = LlmModel(o);
    if (error)
        error->clear();
    return true;
}

QString LlmModel::uuid() const { return stringOf(m_json, kUuid); }
QString LlmModel::name() const { return stringOf(m_json, kName); }
QString LlmModel::description() const { return stringOf(m_json, kDescription); }
QString LlmModel::requester() const { return stringOf(m_json, kRequester); }

QJsonObject LlmModel::requesterConfig() const
{
    return m_json.value(kRequesterConfig).toObject(); // {} when not an object
}

QString LlmModel::baseUrl() const
{
    return stringOf(requesterConfig(), kBaseUrl);
}

QStringList LlmModel::apiKeys() const
{
    QStringList keys;
    const QJsonArray array = m_json.value(kApiKeys).toArray();
    for (const QJsonValue &v : array) {
        if (v.isString()) {
            keys.append(v.toString());
        } else if (v.isObject()) {
            const QJsonArray group = v.toObject().value(kKeys).toArray();
            for (const QJsonValue &k : group) {
                if (k.isString())
                    keys.append(k.toString());
            }
        }
    }
    return keys;
}

int LlmModel::apiKeyCount() const
{
    return int(apiKeys().size());
}

LlmModel::ListShape LlmModel::apiKeysShape() const
{
    const QJsonArray array = m_json.value(kApiKeys).toArray();
    for (const QJsonValue &v : array) {
        if (v.isObject())
            return ListShape::Nested;
    }
    return ListShape::Plain;
}

QStringList LlmModel::abilities() const
{
    QStringList out;
    QSet<QString> seen;
    collectStrings(m_json.value(kAbilities).toArray(), &out, &seen, 0);
    return out;
}

LlmModel::ListShape LlmModel::abilitiesShape() const
{
    const QJsonArray array = m_json.value(kAbilities).toArray();
    for (const QJsonValue &v : array) {
        if (v.isArray())
            return ListShape::Nested;
    }
    return ListShape::Plain;
}

QJsonObject LlmModel::extraArgs() const
{
    return m_json.value(kExtraArgs).toObject();
}

QString LlmModel::createdAtText() const { return stringOf(m_json, kCreatedAt); }
QString LlmModel::updatedAtText() const { return stringOf(m_json, kUpdatedAt); }
QDateTime LlmModel::createdAt() const { return parseServerTime(createdAtText()); }
QDateTime LlmModel::updatedAt() const { return parseServerTime(updatedAtText()); }

void LlmModel::setUuid(const QString &uuid) { m_json.insert(kUuid, uuid); }
void LlmModel::setName(const QString &name) { m_json.insert(kName, name); }
void LlmModel::setDescription(const QString &description) { m_json.insert(kDescription, description); }
void LlmModel::setRequester(const QString &requester) { m_json.insert(kRequester, requester); }
void LlmModel::setRequesterConfig(const QJsonObject &config) { m_json.insert(kRequesterConfig, config); }
void LlmModel::setExtraArgs(const QJsonObject &args) { m_json.insert(kExtraArgs, args); }

void LlmModel::setApiKeys(const QStringList &keys)
{
    if (apiKeysShape() == ListShape::Plain) {
        m_json.insert(kApiKeys, toJsonArray(keys));
        return;
    }
    // Nested: one group, the first one the record had, with all the keys.
    QJsonObject group;
    const QJsonArray old = m_json.value(kApiKeys).toArray();
    for (const QJsonValue &v : old) {
        if (v.isObject()) {
            group = v.toObject();
            break;
        }
    }
    group.insert(kKeys, toJsonArray(keys));
    m_json.insert(kApiKeys, QJsonArray{group});
}

void LlmModel::setAbilities(const QStringList &abilities)
{
    const bool nested = abilitiesShape() == ListShape::Nested;
    QJsonArray a;
    QSet<QString> seen;
    for (const QString &s : abilities) {
        if (s.isEmpty() || seen.contains(s))
            continue;
        seen.insert(s);
        if (nested)
            a.append(QJsonArray{s});
        else
            a.append(s);
    }
    m_json.insert(kAbilities, a);
}

QJsonObject LlmModel::createBody() const
{
    QJsonObject body = m_json;
    body.remove(kUuid);
    body.remove(kCreatedAt);
    body.remove(kUpdatedAt);
    // Standard fields: present with the right type, or a sensible empty.
    auto ensure = [&body](QLatin1StringView key, QJsonValue::Type type, const QJsonValue &empty) {
        if (body.value(key).type() != type)
            body.insert(key, empty);
    };
    ensure(kName, QJsonValue::String, QString());
    ensure(kDescription, QJsonValue::String, QString());
    ensure(kRequester, QJsonValue::String, QString());
    ensure(kRequesterConfig, QJsonValue::Object, QJsonObject());
    ensure(kApiKeys, QJsonValue::Array, QJsonArray());
    ensure(kAbilities, QJsonValue::Array, QJsonArray());
    ensure(kExtraArgs, QJsonValue::Object, QJsonObject());
    return body;
}

QJsonObject LlmModel::updateBody() const
{
    QJsonObject body = m_json;
    body.remove(kUuid);
    body.remove(kCreatedAt);
    body.remove(kUpdatedAt);
    body.remove(kRequester);
    // Partial update: send the editable fields the record has. A standard
    // field of the wrong type (e.g. null) is left out rather than "fixed":
    // the server keeps what it has instead of the console overwriting it.
    auto dropWrong = [&body](QLatin1StringView key, QJsonValue::Type type) {
        if (body.contains(key) && body.value(key).type() != type)
            body.remove(key);
    };
    dropWrong(kName, QJsonValue::String);
    dropWrong(kDescription, QJsonValue::String);
    dropWrong(kRequesterConfig, QJsonValue::Object);
    dropWrong(kApiKeys, QJsonValue::Array);
    dropWrong(kAbilities, QJsonValue::Array);
    dropWrong(kExtraArgs, QJsonValue::Object);
    return body;
}

QDateTime LlmModel::parseServerTime(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    if (s.size() == 10) { // date only
        const QDate d = QDate::fromString(s, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    if (s.size() < 16 || s.at(4) != u'-' || s.at(7) != u'-')
        return {};
    const QChar sep = s.at(10);
    if (sep == u' ' || sep == u't')
        s[10] = u'T';
    else if (sep != u'T')
        return {};
    if (s.endsWith(u'z'))
        s[s.size() - 1] = u'Z';
    // No zone given: LangBot stores UTC.
    const QStringView timePart = QStringView(s).mid(11);
    const bool hasZone = timePart.endsWith(u'Z') || timePart.contains(u'+') || timePart.contains(u'-');
    if (!hasZone)
        s.append(u'Z');
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace lb
