#include "SecretRedaction.h"

#include "model/LlmModel.h"
#include "model/ModelFields.h"
#include "transfer/TransferJson.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace lb::SecretRedaction {

namespace {

using ModelFields::kMasked;
using ModelFields::kProvider;
constexpr auto kApiKeysCount = "api_keys_count"_L1;
constexpr auto kRedacted = "redacted"_L1;

// "token" as a word of its own: not the start of "tokens" or "tokenizer".
bool containsTokenWord(const QString &name)
{
    for (qsizetype at = name.indexOf("token"_L1); at >= 0; at = name.indexOf("token"_L1, at + 1)) {
        const QStringView rest = QStringView(name).mid(at + 5);
        if (!rest.startsWith(u's') && !rest.startsWith("iz"_L1))
            return true;
    }
    return false;
}

bool isUrlName(const QString &key)
{
    return key.compare(ModelFields::kBaseUrl, Qt::CaseInsensitive) == 0 || key.endsWith("_url"_L1, Qt::CaseInsensitive);
}

int keyCount(const QJsonValue &keys)
{
    return LlmModel(QJsonObject{{ModelFields::kApiKeys, keys}}).apiKeyCount();
}

// Walks a record; `own` is false inside the nested provider (its secrets are
// not the model's own, whatever Keep says).
class Walker
{
public:
    explicit Walker(Keep keep)
        : m_keep(keep)
    {
    }

    QJsonObject object(const QJsonObject &in, const QString &path, bool own, bool top = false)
    {
        QJsonObject out;
        // A {"name"|"key": NAME, "value": …} pair: NAME says whether the value
        // is a secret, and the naming member is none.
        const bool pair = in.contains("value"_L1) && (in.value("name"_L1).isString() || in.value("key"_L1).isString());
        const bool secretPair
            = pair && isSecretName(in.value(in.value("name"_L1).isString() ? "name"_L1 : "key"_L1).toString());
        for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
            const QString &key = it.key();
            const QJsonValue value = it.value();
            const QString at = TransferJson::memberPath(path, key);
            if (pair && (key == "name"_L1 || key == "key"_L1)) {
                out.insert(key, value);
            } else if (key == ModelFields::kApiKeys && top) {
                out.insert(key, value); // the caller's
            } else if (key == ModelFields::kApiKeys) {
                if (keepsOwn(own) && !LlmModel(QJsonObject{{key, value}}).apiKeys().contains(kMasked))
                    out.insert(key, value);
                else
                    out.insert(kApiKeysCount, keyCount(value));
            } else if (isSecretName(key) || (secretPair && key == "value"_L1)) {
                if (keepsOwn(own) && value != QJsonValue(kMasked))
                    out.insert(key, nested(value, at, own));
                else
                    m_removed << at;
            } else if (value.isString() && isUrlName(key)) {
                out.insert(key, url(value.toString(), at, own));
            } else if (value.isString() && value.toString() == kMasked) {
                m_removed << at;
            } else {
                out.insert(key, nested(value, at, own && !(top && key == kProvider)));
            }
        }
        return out;
    }

    QStringList removed() const { return m_removed; }

private:
    QJsonValue nested(const QJsonValue &value, const QString &path, bool own)
    {
        if (value.isObject())
            return object(value.toObject(), path, own);
        if (!value.isArray())
            return value;
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (qsizetype i = 0; i < in.size(); ++i) {
            const QString at = TransferJson::indexPath(path, i);
            if (in.at(i).isString() && in.at(i).toString() == kMasked)
                m_removed << at;
            else
                out.append(nested(in.at(i), at, own));
        }
        return out;
    }

    QString url(const QString &text, const QString &path, bool own)
    {
        if (keepsOwn(own) && !text.contains(kMasked))
            return text;
        bool changed = false;
        const QString clean = redactUrl(text, &changed);
        if (changed)
            m_removed << path;
        return clean;
    }

    // With Keep::OwnSecrets the record's own secrets stay (less what the
    // server masked).
    bool keepsOwn(bool own) const { return own && m_keep == Keep::OwnSecrets; }

    Keep m_keep;
    QStringList m_removed;
};

} // namespace

bool isSecretName(QStringView name)
{
    QString n = name.toString().toLower();
    n.replace(u'-', u'_');
    n.replace(u' ', u'_');
    if (n.endsWith("key"_L1) || n.endsWith("authorization"_L1) || n == "cookie"_L1)
        return true;
    for (const auto part : {"secret"_L1, "password"_L1, "passwd"_L1, "credential"_L1}) {
        if (n.contains(part))
            return true;
    }
    return containsTokenWord(n);
}

QString redactUrl(const QString &text, bool *changed)
{
    bool removed = false;
    QUrl url(text, QUrl::TolerantMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
        if (!url.userInfo().isEmpty()) {
            url.setUserInfo(QString());
            removed = true;
        }
        if (url.hasQuery()) {
            QUrlQuery query(url);
            const auto items = query.queryItems(QUrl::FullyEncoded);
            for (const auto &item : items) {
                const QString name = QUrl::fromPercentEncoding(item.first.toUtf8());
                if (isSecretName(name) || name.compare("key"_L1, Qt::CaseInsensitive) == 0) {
                    query.removeAllQueryItems(item.first);
                    removed = true;
                }
            }
            if (removed && query.isEmpty())
                url.setQuery(QString());
            else if (removed)
                url.setQuery(query);
        }
    }
    if (changed)
        *changed = removed;
    return removed ? url.toString() : text;
}

Result redact(const QJsonObject &record, Keep keep)
{
    Walker walker(keep);
    Result result;
    result.record = walker.object(record, QString(), true, true);
    result.removed = walker.removed();
    return result;
}

namespace {
QJsonValue restoreAt(const QJsonValue &value, const QJsonValue &original, const QString &path, const QStringList &paths)
{
    if (value.isObject() && original.isObject()) {
        QJsonObject out = value.toObject();
        const QJsonObject from = original.toObject();
        for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
            const QString at = TransferJson::memberPath(path, it.key());
            if (paths.contains(at))
                out.insert(it.key(), it.value());
            else if (out.contains(it.key()))
                out.insert(it.key(), restoreAt(out.value(it.key()), it.value(), at, paths));
        }
        return out;
    }
    if (value.isArray() && original.isArray() && value.toArray().size() == original.toArray().size()) {
        QJsonArray out = value.toArray();
        const QJsonArray from = original.toArray();
        for (qsizetype i = 0; i < out.size(); ++i)
            out.replace(i, restoreAt(out.at(i), from.at(i), TransferJson::indexPath(path, i), paths));
        return out;
    }
    return value;
}
} // namespace

QJsonObject restore(const QJsonObject &record, const QJsonObject &original, const QStringList &paths)
{
    if (paths.isEmpty())
        return record;
    return restoreAt(record, original, QString(), paths).toObject();
}

QJsonObject forOutput(const QJsonObject &record)
{
    Result result = redact(record, Keep::None);
    result.record.remove(ModelFields::kApiKeys);
    result.record.insert(kApiKeysCount, keyCount(record.value(ModelFields::kApiKeys)));
    if (!result.removed.isEmpty())
        result.record.insert(kRedacted, QJsonArray::fromStringList(result.removed));
    return result.record;
}

} // namespace lb::SecretRedaction
