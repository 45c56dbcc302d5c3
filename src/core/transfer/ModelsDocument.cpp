#include "ModelsDocument.h"

#include "model/ModelFields.h"
#include "model/SecretRedaction.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

using namespace ModelFields;

constexpr auto kSource = "source"_L1;
constexpr auto kProfile = "profile"_L1;
constexpr auto kServerUrl = "server_url"_L1;
constexpr auto kServerVersion = "server_version"_L1;
constexpr auto kSecretsIncluded = "secrets_included"_L1;
constexpr auto kModels = "models"_L1;

constexpr auto kNotExported = "not_exported"_L1;
constexpr auto kCount = "count"_L1;
constexpr auto kReason = "reason"_L1;
constexpr auto kReasonExcluded = "excluded"_L1;
constexpr auto kReasonMasked = "masked"_L1;
constexpr auto kRedacted = "redacted"_L1;

// The order of a model's known fields in the file; unknown fields follow,
// alphabetically.
const QLatin1StringView kModelKeyOrder[]
    = {kUuid, kName, kDescription, kRequester, kRequesterConfig, kApiKeys, kAbilities, kExtraArgs};

using TJ = TransferJson;

// Validates one model object; adds errors; on success fills *out.
class ModelReader
{
public:
    ModelReader(const QString &path, DocumentErrors *errors)
        : m_path(path)
        , m_errors(errors)
    {
    }

    bool read(const QJsonValue &value, DocumentModel *out)
    {
        if (!value.isObject()) {
            fail(m_path, TJ::expected(ModelsDocument::tr("an object"), value));
            return false;
        }
        QJsonObject o = value.toObject();
        requiredString(o, kName);
        requiredString(o, kRequester);
        optionalString(o, kUuid);
        optionalString(o, kDescription);
        optionalObject(o, kRequesterConfig);
        optionalObject(o, kExtraArgs);
        checkAbilities(o.value(kAbilities));

        DocumentModel model;
        checkApiKeys(o, &model);
        readRedacted(o, &model);
        if (!m_ok)
            return false;
        // Server-owned time stamps are not part of a configuration.
        o.remove(kCreatedAt);
        o.remove(kUpdatedAt);
        model.model = LlmModel(o);
        *out = model;
        return true;
    }

private:
    void fail(const QString &path, const QString &message)
    {
        m_errors->add(path, message);
        m_ok = false;
    }
    QString at(const QString &key) const { return TJ::memberPath(m_path, key); }

    void requiredString(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            fail(at(key), ModelsDocument::tr("missing; every model needs a %1").arg(key));
        else if (!v.isString())
            fail(at(key), TJ::expected(ModelsDocument::tr("a string"), v));
        else if (v.toString().trimmed().isEmpty())
            fail(at(key), ModelsDocument::tr("must not be empty"));
    }
    void optionalString(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isString())
            fail(at(key), TJ::expected(ModelsDocument::tr("a string"), v));
    }
    void optionalObject(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isObject())
            fail(at(key), TJ::expected(ModelsDocument::tr("an object"), v));
    }

    void checkAbilities(const QJsonValue &v)
    {
        if (v.isUndefined())
            return;
        const QString path = at(kAbilities);
        if (!v.isArray()) {
            fail(path, TJ::expected(ModelsDocument::tr("a list of strings"), v));
            return;
        }
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue entry = list.at(i);
            if (entry.isString())
                continue;
            if (!entry.isArray()) {
                fail(TJ::indexPath(path, i), TJ::expected(ModelsDocument::tr("a string"), entry));
                continue;
            }
            const QJsonArray inner = entry.toArray(); // the contract's nested shape
            for (qsizetype j = 0; j < inner.size(); ++j) {
                if (!inner.at(j).isString())
                    fail(TJ::indexPath(TJ::indexPath(path, i), j),
                         TJ::expected(ModelsDocument::tr("a string"), inner.at(j)));
            }
        }
    }

    // "redacted": the paths of secrets left out on export; not a field of the
    // model (never sent to a server).
    void readRedacted(QJsonObject &o, DocumentModel *model)
    {
        const QJsonValue v = o.take(kRedacted);
        if (v.isUndefined())
            return;
        const QString path = at(kRedacted);
        if (!v.isArray()) {
            fail(path, TJ::expected(ModelsDocument::tr("a list of strings"), v));
            return;
        }
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).isString())
                model->redacted << list.at(i).toString();
            else
                fail(TJ::indexPath(path, i), TJ::expected(ModelsDocument::tr("a string"), list.at(i)));
        }
    }

    // api_keys: a list (strings, or {"name", "keys": [...]} groups) or the
    // marker object. A list holding "***" counts as masked: never kept as keys.
    void checkApiKeys(QJsonObject &o, DocumentModel *model)
    {
        const QJsonValue v = o.value(kApiKeys);
        const QString path = at(kApiKeys);
        if (v.isUndefined()) {
            model->keys = DocumentModel::Keys::Absent;
            model->keyCount = -1;
            return;
        }
        if (v.isObject()) {
            const QJsonObject marker = v.toObject();
            if (marker.value(kNotExported) != QJsonValue(true)) {
                fail(path,
                     ModelsDocument::tr("expected a list of keys or a {\"not_exported\": true} marker, "
                                        "got an object without \"not_exported\": true"));
                return;
            }
            const QJsonValue count = marker.value(kCount);
            if (!count.isUndefined() && !TJ::isWholeNumber(count))
                fail(TJ::memberPath(path, kCount),
                     TJ::expected(ModelsDocument::tr("a whole number of 0 or more"), count));
            const QJsonValue reason = marker.value(kReason);
            if (!reason.isUndefined() && !reason.isString())
                fail(TJ::memberPath(path, kReason), TJ::expected(ModelsDocument::tr("a string"), reason));
            model->keys
                = reason.toString() == kReasonMasked ? DocumentModel::Keys::Masked : DocumentModel::Keys::NotExported;
            model->keyCount = count.isUndefined() ? -1 : count.toInt();
            o.remove(kApiKeys);
            return;
        }
        if (!v.isArray()) {
            fail(path, TJ::expected(ModelsDocument::tr("a list of keys"), v));
            return;
        }
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue entry = list.at(i);
            const QString entryPath = TJ::indexPath(path, i);
            if (entry.isString())
                continue;
            if (!entry.isObject()) {
                fail(entryPath, TJ::expected(ModelsDocument::tr("a string or a key group object"), entry));
                continue;
            }
            const QJsonValue keys = entry.toObject().value(kKeys);
            const QString keysPath = TJ::memberPath(entryPath, kKeys);
            if (keys.isUndefined()) {
                fail(keysPath, ModelsDocument::tr("missing; a key group needs a \"keys\" list"));
            } else if (!keys.isArray()) {
                fail(keysPath, TJ::expected(ModelsDocument::tr("a list of strings"), keys));
            } else {
                const QJsonArray inner = keys.toArray();
                for (qsizetype j = 0; j < inner.size(); ++j) {
                    if (!inner.at(j).isString())
                        fail(TJ::indexPath(keysPath, j), TJ::expected(ModelsDocument::tr("a string"), inner.at(j)));
                }
            }
        }
        if (!m_ok)
            return;
        const QStringList keys = LlmModel(o).apiKeys();
        model->keyCount = int(keys.size());
        if (keys.contains(ModelsDocument::kMaskedKey)) {
            model->keys = DocumentModel::Keys::Masked;
            o.remove(kApiKeys);
        } else {
            model->keys = DocumentModel::Keys::Included;
        }
    }

    QString m_path;
    DocumentErrors *m_errors;
    bool m_ok = true;
};

} // namespace

ModelsDocument ModelsDocument::fromServer(const QList<LlmModel> &models, const ExportSource &source,
                                          const ExportOptions &options, const QDateTime &now)
{
    ModelsDocument doc;
    doc.stamp(now);
    doc.source = source;
    doc.source.serverUrl = source.serverUrl.adjusted(QUrl::RemoveUserInfo);
    doc.secretsIncluded = options.includeSecrets;

    for (const LlmModel &m : models) {
        QJsonObject json = m.json();
        json.remove(kCreatedAt);
        json.remove(kUpdatedAt);
        DocumentModel d;
        const QStringList keys = m.apiKeys();
        d.keyCount = int(keys.size());
        if (!json.contains(kApiKeys)) {
            d.keys = DocumentModel::Keys::Absent;
            d.keyCount = -1;
        } else if (keys.contains(kMaskedKey)) {
            d.keys = DocumentModel::Keys::Masked;
            json.remove(kApiKeys);
        } else if (options.includeSecrets || keys.isEmpty()) {
            d.keys = DocumentModel::Keys::Included; // an empty list holds no secret
        } else {
            d.keys = DocumentModel::Keys::NotExported;
            json.remove(kApiKeys);
        }
        // Every other secret (a nested provider's keys, extra_args, URLs).
        SecretRedaction::Result redacted = SecretRedaction::redact(
            json, options.includeSecrets ? SecretRedaction::Keep::OwnSecrets : SecretRedaction::Keep::None);
        d.redacted = redacted.removed;
        d.model = LlmModel(redacted.record);
        doc.models.append(d);
    }
    std::stable_sort(doc.models.begin(), doc.models.end(), [](const DocumentModel &a, const DocumentModel &b) {
        const QString an = a.model.name();
        const QString bn = b.model.name();
        if (const int c = an.compare(bn, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (const int c = an.compare(bn); c != 0)
            return c < 0;
        return a.model.uuid() < b.model.uuid();
    });
    return doc;
}

QByteArray ModelsDocument::toJson() const
{
    JsonWriter w;
    beginDocument(w, TransferFormat::kModels, TransferFormat::kModelsVersion);
    w.key(kSource);
    w.beginObject();
    w.field(kProfile, source.profileName);
    w.field(kServerUrl, source.serverUrl.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded));
    w.field(kServerVersion, source.serverVersion);
    w.endObject();
    w.field(kSecretsIncluded, secretsIncluded);
    w.key(kModels);
    w.beginArray();
    for (const DocumentModel &d : models) {
        QJsonObject rest = d.model.json();
        rest.remove(kCreatedAt);
        rest.remove(kUpdatedAt);
        w.beginObject();
        for (const QLatin1StringView key : kModelKeyOrder) {
            if (key == kApiKeys) {
                DocumentModel::Keys keys = d.keys;
                int count = d.keyCount;
                // A masked "***" is never written as a key, whatever the caller built.
                if (keys == DocumentModel::Keys::Included && d.model.apiKeys().contains(kMaskedKey)) {
                    keys = DocumentModel::Keys::Masked;
                    count = d.model.apiKeyCount();
                }
                if (keys == DocumentModel::Keys::Included && rest.contains(kApiKeys)) {
                    w.field(kApiKeys, rest.value(kApiKeys));
                } else if (keys == DocumentModel::Keys::NotExported || keys == DocumentModel::Keys::Masked) {
                    w.key(kApiKeys); // the marker, in its own fixed order
                    w.beginObject();
                    w.field(kNotExported, true);
                    if (count >= 0)
                        w.field(kCount, count);
                    w.field(kReason, keys == DocumentModel::Keys::Masked ? kReasonMasked : kReasonExcluded);
                    w.endObject();
                }
            } else if (rest.contains(key)) {
                w.field(key, rest.value(key));
            }
            rest.remove(key);
        }
        for (auto it = rest.constBegin(); it != rest.constEnd(); ++it) // unknown fields, alphabetical
            w.field(it.key(), it.value());
        if (!d.redacted.isEmpty())
            w.field(kRedacted, QJsonArray::fromStringList(d.redacted));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

ModelsDocument::ReadResult ModelsDocument::read(const QByteArray &bytes, int errorCap)
{
    ReadResult result{ModelsDocument(), DocumentErrors(errorCap)};
    DocumentErrors &errors = result.errors;
    ModelsDocument &doc = result.document;

    QJsonObject root;
    if (!doc.readEnvelope(bytes, TransferFormat::kModels, TransferFormat::kModelsVersion, &root, &errors))
        return result;

    if (const QJsonValue v = root.value(kSource); !v.isUndefined()) {
        if (!v.isObject()) {
            errors.add(kSource, TJ::expected(tr("an object"), v));
        } else {
            const QJsonObject s = v.toObject();
            for (const QLatin1StringView key : {kProfile, kServerUrl, kServerVersion}) {
                const QJsonValue part = s.value(key);
                if (!part.isUndefined() && !part.isString())
                    errors.add(TJ::memberPath(kSource, key), TJ::expected(tr("a string"), part));
            }
            doc.source.profileName = s.value(kProfile).toString();
            doc.source.serverVersion = s.value(kServerVersion).toString();
            const QString url = s.value(kServerUrl).toString();
            if (!url.isEmpty()) {
                doc.source.serverUrl = QUrl(url, QUrl::StrictMode);
                if (!doc.source.serverUrl.isValid())
                    errors.add(TJ::memberPath(kSource, kServerUrl), tr("not a valid URL: \"%1\"").arg(url));
            }
        }
    }
    if (const QJsonValue v = root.value(kSecretsIncluded); !v.isUndefined() && !v.isBool())
        errors.add(kSecretsIncluded, TJ::expected(tr("true or false"), v));
    else
        doc.secretsIncluded = v.toBool();

    QJsonArray list;
    if (!readList(root, kModels, tr("a list of models"), &list, &errors))
        return result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        DocumentModel model;
        ModelReader reader(TJ::indexPath(kModels, i), &errors);
        if (reader.read(list.at(i), &model))
            doc.models.append(model);
    }
    return result;
}

} // namespace lb
