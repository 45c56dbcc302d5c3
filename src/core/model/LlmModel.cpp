#include "LlmModel.h"

#include "JsonText.h"

#include "ModelFields.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMetaType>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

using namespace ModelFields;

// Registered once so LlmModel / TestOutcome travel through QVariant and
// queued connections without every user having to remember it.
[[maybe_unused]] const int kLlmModelMetaType = qRegisterMetaType<LlmModel>();
[[maybe_unused]] const int kLlmModelListMetaType = qRegisterMetaType<QList<LlmModel>>();

QString stringOf(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

// Nested when any item is of the nested type (objects in api_keys, arrays in abilities).
LlmModel::ListShape shapeOf(const QJsonArray &array, QJsonValue::Type nested)
{
    const bool any
        = std::any_of(array.begin(), array.end(), [nested](const QJsonValue &v) { return v.type() == nested; });
    return any ? LlmModel::ListShape::Nested : LlmModel::ListShape::Plain;
}

// Collects strings without duplicates, in order. A plain scan for the few
// abilities a record has; a hash only for long (hostile) lists.
class UniqueStrings
{
public:
    explicit UniqueStrings(QStringList *out)
        : m_out(out)
    {
    }
    void add(QString s)
    {
        if (s.isEmpty())
            return;
        if (m_out->size() < kScanLimit) {
            if (m_out->contains(s))
                return;
        } else {
            if (m_seen.isEmpty()) {
                for (const QString &known : std::as_const(*m_out))
                    m_seen.insert(known);
            }
            if (m_seen.contains(s))
                return;
            m_seen.insert(s);
        }
        m_out->append(std::move(s));
    }

private:
    static constexpr qsizetype kScanLimit = 16;
    QStringList *m_out;
    QSet<QString> m_seen;
};

// Appends the strings of a (possibly nested) ability list; depth-limited so a
// hostile document cannot recurse without end.
void collectStrings(const QJsonArray &array, UniqueStrings *out, int depth)
{
    for (const QJsonValue &v : array) {
        if (v.isString())
            out->add(v.toString());
        else if (v.isArray() && depth < 4)
            collectStrings(v.toArray(), out, depth + 1);
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
    , m_uuid(stringOf(m_json, kUuid))
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
        return fail(tr("a model must be a JSON object, got %1").arg(JsonText::typeName(value)));
    const QJsonObject o = value.toObject();
    const QJsonValue uuid = o.value(kUuid); // one look-up: lists hold 100,000 of these
    if (uuid.isUndefined())
        return fail(tr("the model has no \"uuid\" field"));
    if (!uuid.isString())
        return fail(tr("the model's \"uuid\" must be a string, got %1").arg(JsonText::typeName(uuid)));
    QString text = uuid.toString();
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return fail(tr("the model's \"uuid\" is empty"));
    if (out)
        *out = LlmModel(o, std::move(text));
    if (error)
        error->clear();
    return true;
}

QString LlmModel::name() const
{
    return stringOf(m_json, kName);
}
QString LlmModel::description() const
{
    return stringOf(m_json, kDescription);
}
QString LlmModel::requester() const
{
    return stringOf(m_json, kRequester);
}

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
    // Counts what apiKeys() would list, without building the list.
    int count = 0;
    const QJsonArray array = m_json.value(kApiKeys).toArray();
    for (const QJsonValue &v : array) {
        if (v.isString()) {
            ++count;
        } else if (v.isObject()) {
            const QJsonArray group = v.toObject().value(kKeys).toArray();
            for (const QJsonValue &k : group)
                count += k.isString() ? 1 : 0;
        }
    }
    return count;
}

LlmModel::ListShape LlmModel::apiKeysShape() const
{
    return shapeOf(m_json.value(kApiKeys).toArray(), QJsonValue::Object);
}

QStringList LlmModel::abilities() const
{
    QStringList out;
    UniqueStrings unique(&out);
    collectStrings(m_json.value(kAbilities).toArray(), &unique, 0);
    return out;
}

LlmModel::ListShape LlmModel::abilitiesShape() const
{
    return shapeOf(m_json.value(kAbilities).toArray(), QJsonValue::Array);
}

QJsonObject LlmModel::extraArgs() const
{
    return m_json.value(kExtraArgs).toObject();
}

QString LlmModel::createdAtText() const
{
    return stringOf(m_json, kCreatedAt);
}
QString LlmModel::updatedAtText() const
{
    return stringOf(m_json, kUpdatedAt);
}
QDateTime LlmModel::createdAt() const
{
    return parseServerTime(createdAtText());
}
QDateTime LlmModel::updatedAt() const
{
    return parseServerTime(updatedAtText());
}

QString LlmModel::providerUuid() const
{
    return stringOf(m_json, kProviderUuid);
}

QString LlmModel::workspaceUuid() const
{
    return stringOf(m_json, kWorkspaceUuid);
}

std::optional<Provider> LlmModel::nestedProvider() const
{
    const QJsonValue v = m_json.value(kProvider);
    if (!v.isObject())
        return std::nullopt;
    return Provider(v.toObject());
}

std::optional<int> LlmModel::contextLength() const
{
    const QJsonValue v = m_json.value(kContextLength);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

QString LlmModel::reasoningLevel() const
{
    const QString level = stringOf(m_json.value(kReasoningConfig).toObject(), kLevel);
    return level.isEmpty() ? QString(kProviderDefaultLevel) : level;
}

QStringList LlmModel::reasoningLevels() const
{
    QStringList out;
    const QJsonArray levels = m_json.value(kReasoningCapabilities).toObject().value(kLevels).toArray();
    for (const QJsonValue &v : levels) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

int LlmModel::preferredRanking() const
{
    const QJsonValue v = m_json.value(kPreferedRanking);
    return v.isDouble() ? v.toInt() : 0;
}

void LlmModel::setProviderUuid(const QString &uuid)
{
    m_json.insert(kProviderUuid, uuid);
}

void LlmModel::setContextLength(std::optional<int> length)
{
    m_json.insert(kContextLength, length ? QJsonValue(*length) : QJsonValue(QJsonValue::Null));
}

void LlmModel::setReasoningLevel(const QString &level)
{
    QJsonObject config = m_json.value(kReasoningConfig).toObject();
    config.insert(kLevel, level);
    m_json.insert(kReasoningConfig, config);
}

void LlmModel::setPreferredRanking(int ranking)
{
    m_json.insert(kPreferedRanking, ranking);
}

void LlmModel::setUuid(const QString &uuid)
{
    m_json.insert(kUuid, uuid);
    m_uuid = uuid;
}
void LlmModel::setName(const QString &name)
{
    m_json.insert(kName, name);
}
void LlmModel::setDescription(const QString &description)
{
    m_json.insert(kDescription, description);
}
void LlmModel::setRequester(const QString &requester)
{
    m_json.insert(kRequester, requester);
}
void LlmModel::setRequesterConfig(const QJsonObject &config)
{
    m_json.insert(kRequesterConfig, config);
}
void LlmModel::setExtraArgs(const QJsonObject &args)
{
    m_json.insert(kExtraArgs, args);
}

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

namespace {

// Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar (what
// QDate uses); H. Hinnant's days_from_civil.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// The value of text[from, from + n) when all are ASCII digits, else -1.
int digitsAt(QStringView text, qsizetype from, qsizetype n)
{
    int value = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<qint64> LlmModel::parseServerTimeMSecs(QStringView text)
{
    // The fast path: "yyyy-MM-ddTHH:mm:ss", then optionally a fraction of
    // 1-9 digits ('.' or ','), then optionally 'Z'. Qt rounds the fraction to
    // the nearest millisecond, halves up: that is the fourth digit >= 5.
    const qsizetype n = text.size();
    auto slow = [&]() -> std::optional<qint64> {
        const QDateTime dt = parseServerTime(text.toString());
        if (!dt.isValid())
            return std::nullopt;
        return dt.toMSecsSinceEpoch();
    };
    if (n < 19 || text[4] != u'-' || text[7] != u'-' || text[13] != u':' || text[16] != u':')
        return slow();
    const char16_t sep = text[10].unicode();
    if (sep != u'T' && sep != u't' && sep != u' ')
        return slow();
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
        return slow();
    }
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int monthDays = kDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
    if (day > monthDays)
        return slow();

    qsizetype i = 19;
    int msecs = 0;
    if (i < n && (text[i] == u'.' || text[i] == u',')) {
        const qsizetype start = ++i;
        while (i < n && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        const qsizetype digits = i - start;
        if (digits < 1 || digits > 9)
            return slow();
        for (qsizetype k = 0; k < 3; ++k)
            msecs = msecs * 10 + (k < digits ? text[start + k].unicode() - u'0' : 0);
        if (digits > 3 && text[start + 3] >= u'5')
            ++msecs; // may reach 1000: the next second, as Qt does
    }
    if (i < n && (text[i] == u'Z' || text[i] == u'z'))
        ++i;
    if (i != n)
        return slow(); // a zone offset, spaces, or something odd
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    return ((days * 24 + hour) * 60 + minute) * 60'000 + qint64(second) * 1000 + msecs;
}

} // namespace lb
