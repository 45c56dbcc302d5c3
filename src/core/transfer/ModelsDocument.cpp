#include "ModelsDocument.h"

#include "model/ModelFields.h"
#include "model/SecretRedaction.h"

#include <QHash>
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
constexpr auto kProviders = "providers"_L1;
constexpr auto kId = "id"_L1;
constexpr auto kType = "type"_L1;

// The order of a model's known fields in the file; unknown fields follow,
// alphabetically.
const QLatin1StringView kModelKeyOrder[]
    = {kUuid, kName, kDescription, kRequester, kRequesterConfig, kApiKeys, kAbilities, kExtraArgs};
// Version 2: a model's known fields ("type" and "provider" are written first
// after the name), and a provider's.
const QLatin1StringView kModelV2KeyOrder[]
    = {kUuid, kName, kAbilities, kContextLength, kReasoningConfig, kExtraArgs, kPreferedRanking};
const QLatin1StringView kProviderKeyOrder[] = {kName, kRequester, kBaseUrl};
// What a 4.7+ model record holds that is the server's, not a configuration.
const QLatin1StringView kServerOwnedModelKeys[]
    = {kCreatedAt, kUpdatedAt, kProviderUuid, kProvider, kWorkspaceUuid, kReasoningCapabilities};

using TJ = TransferJson;

// Validates one model object; adds errors; on success fills *out.
class ModelReader
{
public:
    ModelReader(const QString &path, DocumentErrors *errors, const QStringList *providerIds = nullptr)
        : m_path(path)
        , m_errors(errors)
        , m_providerIds(providerIds)
    {
    }

    bool read(const QJsonValue &value, DocumentModel *out)
    {
        if (!value.isObject()) {
            fail(m_path, TJ::expected(ModelsDocument::tr("an object"), value));
            return false;
        }
        QJsonObject o = value.toObject();
        DocumentModel model;
        requiredString(o, kName);
        if (m_providerIds)
            readProviderRef(o, &model);
        else
            requiredString(o, kRequester);
        optionalString(o, kUuid);
        optionalString(o, kDescription);
        optionalObject(o, kRequesterConfig);
        optionalObject(o, kExtraArgs);
        checkAbilities(o.value(kAbilities));

        checkApiKeys(o, &model);
        readRedacted(o, &model);
        if (!m_ok)
            return false;
        // Server-owned fields are not part of a configuration.
        for (const QLatin1StringView key : kServerOwnedModelKeys)
            o.remove(key);
        const ModelType type = model.model.type();
        model.model = LlmModel(o);
        model.model.setType(type);
        *out = model;
        return true;
    }

    // A version 2 provider: id (unique), name, requester, base_url, api_keys.
    bool readProvider(const QJsonValue &value, const QStringList &seenIds, DocumentProvider *out)
    {
        if (!value.isObject()) {
            fail(m_path, TJ::expected(ModelsDocument::tr("an object"), value));
            return false;
        }
        QJsonObject o = value.toObject();
        const QJsonValue id = o.take(kId);
        if (!id.isString() || id.toString().isEmpty())
            fail(at(kId), TJ::expected(ModelsDocument::tr("a non-empty string"), id));
        else if (seenIds.contains(id.toString()))
            fail(at(kId), ModelsDocument::tr("\"%1\" is the id of an earlier provider").arg(id.toString()));
        requiredString(o, kName);
        requiredString(o, kRequester);
        optionalString(o, kBaseUrl);
        DocumentModel keys;
        checkApiKeys(o, &keys);
        readRedacted(o, &keys);
        if (!m_ok)
            return false;
        out->id = id.toString();
        out->provider = Provider(o);
        out->keys = keys.keys;
        out->keyCount = keys.keyCount;
        out->redacted = keys.redacted;
        return true;
    }

private:
    // Version 2: "type" (default llm) and "provider", a providers[].id.
    void readProviderRef(QJsonObject &o, DocumentModel *model)
    {
        const QJsonValue type = o.take(kType);
        if (!type.isUndefined()) {
            const std::optional<ModelType> t = modelTypeFromId(type.toString());
            if (!t)
                fail(at(kType), ModelsDocument::tr("expected \"llm\", \"embedding\" or \"rerank\""));
            else
                model->model.setType(*t);
        }
        const QJsonValue ref = o.take(kProvider);
        if (!ref.isString())
            fail(at(kProvider), TJ::expected(ModelsDocument::tr("the id of one of \"providers\""), ref));
        else if (!m_providerIds->contains(ref.toString()))
            fail(at(kProvider), ModelsDocument::tr("no provider with the id \"%1\"").arg(ref.toString()));
        else
            model->provider = ref.toString();
    }

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
    const QStringList *m_providerIds;
    bool m_ok = true;
};

// The api_keys of an exported record: what is written and why (the one rule
// for models and providers alike).
struct ExportedKeys
{
    DocumentModel::Keys keys = DocumentModel::Keys::Absent;
    int count = -1;
};

ExportedKeys exportKeys(QJsonObject *json, const QStringList &keys, bool includeSecrets)
{
    ExportedKeys out{DocumentModel::Keys::Included, int(keys.size())};
    if (!json->contains(kApiKeys)) {
        out = ExportedKeys{};
    } else if (keys.contains(ModelsDocument::kMaskedKey)) {
        out.keys = DocumentModel::Keys::Masked;
        json->remove(kApiKeys);
    } else if (includeSecrets || keys.isEmpty()) {
        out.keys = DocumentModel::Keys::Included; // an empty list holds no secret
    } else {
        out.keys = DocumentModel::Keys::NotExported;
        json->remove(kApiKeys);
    }
    return out;
}

SecretRedaction::Keep keepFor(const ExportOptions &options)
{
    return options.includeSecrets ? SecretRedaction::Keep::OwnSecrets : SecretRedaction::Keep::None;
}

void sortByName(QList<DocumentModel> *models)
{
    std::stable_sort(models->begin(), models->end(), [](const DocumentModel &a, const DocumentModel &b) {
        const QString an = a.model.name();
        const QString bn = b.model.name();
        if (const int c = an.compare(bn, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (const int c = an.compare(bn); c != 0)
            return c < 0;
        if (a.model.type() != b.model.type())
            return a.model.type() < b.model.type();
        return a.model.uuid() < b.model.uuid();
    });
}

// The marker written instead of keys left out.
void writeKeys(JsonWriter &w, const QJsonObject &rest, DocumentModel::Keys keys, int count, const QStringList &listed)
{
    // A masked "***" is never written as a key, whatever the caller built.
    if (keys == DocumentModel::Keys::Included && listed.contains(ModelsDocument::kMaskedKey)) {
        keys = DocumentModel::Keys::Masked;
        count = int(listed.size());
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
}

// The fields of `rest` in `order`, then the unknown ones alphabetically.
void writeFields(JsonWriter &w, QJsonObject rest, const QLatin1StringView *begin, const QLatin1StringView *end)
{
    for (const QLatin1StringView *key = begin; key != end; ++key) {
        if (rest.contains(*key))
            w.field(*key, rest.take(*key));
    }
    for (auto it = rest.constBegin(); it != rest.constEnd(); ++it)
        w.field(it.key(), it.value());
}

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
        const ExportedKeys keys = exportKeys(&json, m.apiKeys(), options.includeSecrets);
        d.keys = keys.keys;
        d.keyCount = keys.count;
        // Every other secret (a nested provider's keys, extra_args, URLs).
        SecretRedaction::Result redacted = SecretRedaction::redact(json, keepFor(options));
        d.redacted = redacted.removed;
        d.model = LlmModel(redacted.record);
        doc.models.append(d);
    }
    sortByName(&doc.models);
    return doc;
}

ModelsDocument ModelsDocument::fromServer(const QList<Provider> &providers, const QList<LlmModel> &models,
                                          const ExportSource &source, const ExportOptions &options,
                                          const QDateTime &now)
{
    ModelsDocument doc = fromServer(QList<LlmModel>(), source, options, now);
    doc.version = 2;
    QHash<QString, QString> idOf; // server uuid -> document id
    for (const Provider &p : providers) {
        if (p.isLangBotModels())
            continue;
        DocumentProvider d;
        d.id = QStringLiteral("provider-%1").arg(doc.providers.size() + 1);
        QJsonObject json{{kName, p.name()}, {kRequester, p.requester()}, {kBaseUrl, p.baseUrl()}};
        if (p.json().contains(kApiKeys))
            json.insert(kApiKeys, QJsonArray::fromStringList(p.apiKeys()));
        const ExportedKeys keys = exportKeys(&json, p.apiKeys(), options.includeSecrets);
        d.keys = keys.keys;
        d.keyCount = keys.count;
        SecretRedaction::Result redacted = SecretRedaction::redact(json, keepFor(options));
        d.redacted = redacted.removed;
        d.provider = Provider(redacted.record);
        idOf.insert(p.uuid(), d.id);
        doc.providers.append(d);
    }
    for (const LlmModel &m : models) {
        DocumentModel d;
        d.provider = idOf.value(m.providerUuid());
        if (d.provider.isEmpty())
            continue; // on LangBot Models, or on a provider the server did not list
        QJsonObject json = m.json();
        for (const QLatin1StringView key : kServerOwnedModelKeys)
            json.remove(key);
        json.remove(kApiKeys);
        d.keys = DocumentModel::Keys::Absent;
        d.keyCount = -1;
        SecretRedaction::Result redacted = SecretRedaction::redact(json, keepFor(options));
        d.redacted = redacted.removed;
        d.model = LlmModel(redacted.record);
        d.model.setType(m.type());
        doc.models.append(d);
    }
    sortByName(&doc.models);
    return doc;
}

const DocumentProvider *ModelsDocument::providerOf(const DocumentModel &model) const
{
    for (const DocumentProvider &p : providers) {
        if (!model.provider.isEmpty() && p.id == model.provider)
            return &p;
    }
    return nullptr;
}

QByteArray ModelsDocument::toJson() const
{
    JsonWriter w;
    beginDocument(w, TransferFormat::kModels, version);
    w.key(kSource);
    w.beginObject();
    w.field(kProfile, source.profileName);
    w.field(kServerUrl, source.serverUrl.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded));
    w.field(kServerVersion, source.serverVersion);
    w.endObject();
    w.field(kSecretsIncluded, secretsIncluded);
    if (version >= 2) {
        w.key(kProviders);
        w.beginArray();
        for (const DocumentProvider &p : providers) {
            QJsonObject rest = p.provider.json();
            w.beginObject();
            w.field(kId, p.id);
            for (const QLatin1StringView key : kProviderKeyOrder)
                w.field(key, rest.take(key));
            writeKeys(w, rest, p.keys, p.keyCount, p.provider.apiKeys());
            rest.remove(kApiKeys);
            writeFields(w, rest, nullptr, nullptr);
            if (!p.redacted.isEmpty())
                w.field(kRedacted, QJsonArray::fromStringList(p.redacted));
            w.endObject();
        }
        w.endArray();
    }
    w.key(kModels);
    w.beginArray();
    for (const DocumentModel &d : models) {
        QJsonObject rest = d.model.json();
        rest.remove(kCreatedAt);
        rest.remove(kUpdatedAt);
        w.beginObject();
        if (version >= 2) {
            w.field(kName, rest.take(kName));
            w.field(kType, modelTypeId(d.model.type()));
            w.field(kProvider, d.provider);
            rest.remove(kApiKeys); // 4.7+ models hold no keys: their provider does
            writeFields(w, rest, std::begin(kModelV2KeyOrder), std::end(kModelV2KeyOrder));
        } else {
            for (const QLatin1StringView key : kModelKeyOrder) {
                if (key == kApiKeys)
                    writeKeys(w, rest, d.keys, d.keyCount, d.model.apiKeys());
                else if (rest.contains(key))
                    w.field(key, rest.value(key));
                rest.remove(key);
            }
            writeFields(w, rest, nullptr, nullptr);
        }
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

    doc.version = root.value("version"_L1).toInt();
    QStringList providerIds;
    if (doc.version >= 2) {
        QJsonArray providers;
        if (!readList(root, kProviders, tr("a list of providers"), &providers, &errors))
            return result;
        for (qsizetype i = 0; i < providers.size(); ++i) {
            DocumentProvider p;
            ModelReader reader(TJ::indexPath(kProviders, i), &errors);
            if (reader.readProvider(providers.at(i), providerIds, &p)) {
                providerIds.append(p.id);
                doc.providers.append(p);
            }
        }
    }

    QJsonArray list;
    if (!readList(root, kModels, tr("a list of models"), &list, &errors))
        return result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        DocumentModel model;
        ModelReader reader(TJ::indexPath(kModels, i), &errors, doc.version >= 2 ? &providerIds : nullptr);
        if (reader.read(list.at(i), &model))
            doc.models.append(model);
    }
    return result;
}

} // namespace lb
