#include "ProviderVerbs.h"

#include "CliSupport.h"
#include "Output.h"

#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "model/ModelFields.h"
#include "model/Provider.h"
#include "model/SecretRedaction.h"
#include "model/WriteBodies.h"
#include "profiles/Session.h"
#include "providers/ScannedModel.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <memory>

namespace lb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(lb::cli::CommandLine)
};

using WithProvider = std::function<void(const Provider &provider)>;
using WithProviders = std::function<void(const QList<Provider> &providers)>;

// A provider for output: no key, no "***", no credentials in its URL.
QJsonObject publicJson(const Provider &provider)
{
    QJsonObject json = SecretRedaction::forOutput(provider.json());
    if (provider.isImplicit())
        json.insert(QStringLiteral("implicit"), true);
    return json;
}

int keyCount(const Provider &provider)
{
    const QStringList keys = provider.apiKeys();
    return int(std::count_if(keys.begin(), keys.end(), [](const QString &k) { return !k.isEmpty(); }));
}

// The providers of the server; on 4.0–4.6 the implicit, read-only grouping of
// its LLM models.
void listAll(ApiClient *client, Output &out, Finish &finish, WithProviders then)
{
    if (!client->features().hasProviders()) {
        ApiCall *call = client->listModels(ModelType::Llm);
        QObject::connect(call, &ApiCall::finished, call, [call, &out, &finish, then] {
            if (!failed(call, out, finish))
                then(Provider::implicitProviders(ApiClient::modelsFromCall(call)));
        });
        return;
    }
    ApiCall *call = client->listProviders();
    QObject::connect(call, &ApiCall::finished, call, [call, &out, &finish, then] {
        if (failed(call, out, finish))
            return;
        then(ApiClient::providersFromData(call->data()));
    });
}

// The provider called ref (a uuid, else a name).
void resolve(ApiClient *client, const QString &ref, Output &out, Finish &finish, WithProvider then)
{
    listAll(client, out, finish, [ref, &out, &finish, then](const QList<Provider> &providers) {
        QList<Provider> named;
        for (const Provider &p : providers) {
            if (p.uuid() == ref) {
                then(p);
                return;
            }
            if (p.name() == ref)
                named << p;
        }
        if (named.size() == 1) {
            then(named.first());
            return;
        }
        if (named.isEmpty()) {
            out.error(Text::tr("No provider with the UUID or name “%1”.").arg(ref));
            finish(NotFound);
            return;
        }
        QStringList uuids;
        for (const Provider &p : std::as_const(named))
            uuids << p.uuid();
        out.error(Text::tr("Several providers are called “%1”; name one by its UUID: %2")
                      .arg(ref, uuids.join(QLatin1String(", "))));
        finish(Usage);
    });
}

void printList(QList<Provider> providers, Output &out, bool asJson)
{
    std::sort(providers.begin(), providers.end(),
              [](const Provider &a, const Provider &b) { return a.name().compare(b.name(), Qt::CaseInsensitive) < 0; });
    if (asJson) {
        QJsonArray list;
        for (const Provider &p : std::as_const(providers))
            list.append(publicJson(p));
        out.json(QJsonObject{{QStringLiteral("providers"), list}});
        return;
    }
    out.line(pad(Text::tr("NAME"), 24) + pad(Text::tr("REQUESTER"), 26) + pad(Text::tr("BASE URL"), 36)
             + pad(Text::tr("KEYS"), 5) + pad(Text::tr("LLM"), 5) + pad(Text::tr("EMB"), 5) + pad(Text::tr("RERANK"), 7)
             + Text::tr("UUID"));
    for (const Provider &p : std::as_const(providers)) {
        QString line = pad(p.name(), 23) + QLatin1Char(' ') + pad(p.requester(), 25) + QLatin1Char(' ')
            + pad(SecretRedaction::redactUrl(p.baseUrl()), 35) + QLatin1Char(' ');
        line += pad(QString::number(keyCount(p)), 4) + QLatin1Char(' ');
        for (ModelType type : allModelTypes)
            line += pad(QString::number(p.modelCount(type)), type == ModelType::Rerank ? 6 : 4) + QLatin1Char(' ');
        out.line(line + (p.isImplicit() ? Text::tr("(implied by its models)") : p.uuid()));
    }
}

// Writes are not possible on 4.0–4.6: there are no providers there.
bool refusedOnLegacy(const ApiClient *client, Output &out, Finish &finish)
{
    if (client->features().hasProviders())
        return false;
    out.error(Text::tr("This server (%1) has no providers: each model carries its own requester, base URL "
                       "and keys. Providers can be listed there (implied by the models), not written.")
                  .arg(generationName(client->features().generation)));
    finish(IncompatibleServer);
    return true;
}

void printGet(ApiClient *client, const Provider &provider, Output &out, const ProviderJob &job)
{
    if (!job.includeSecrets) {
        out.json(QJsonObject{{QStringLiteral("provider"), publicJson(provider)}});
        return;
    }
    // Its own keys stay, less the ones the server masked (never shown as keys).
    QJsonObject json = SecretRedaction::redact(provider.json(), SecretRedaction::Keep::OwnSecrets).record;
    QStringList keys;
    for (const QString &key : provider.apiKeys()) {
        if (!Provider::isMaskedSecret(key))
            keys << key;
    }
    json.insert(ModelFields::kApiKeys, QJsonArray::fromStringList(keys));
    out.json(QJsonObject{{QStringLiteral("provider"), json}});
    if (keys.size() != provider.apiKeys().size() || !client->permissions().allows(Permissions::Action::ReadSecrets))
        out.error(Text::tr("The server masked the keys: reading them needs the permission %1.")
                      .arg(Permissions::providerSecretManage()));
}

void runGet(ApiClient *client, Output &out, const ProviderJob &job, Finish &finish)
{
    resolve(client, job.ref, out, finish, [client, &out, job, &finish](const Provider &found) {
        if (found.isImplicit()) {
            printGet(client, found, out, job);
            finish(Ok);
            return;
        }
        ApiCall *call = client->getProvider(found.uuid());
        QObject::connect(call, &ApiCall::finished, call, [call, client, &out, job, &finish] {
            if (failed(call, out, finish))
                return;
            printGet(client, Provider(call->data().toObject().value(QStringLiteral("provider")).toObject()), out, job);
            finish(Ok);
        });
    });
}

// The fields of the job laid over provider.
Provider edited(Provider provider, const QJsonObject &fields)
{
    if (fields.contains(ModelFields::kName))
        provider.setName(fields.value(ModelFields::kName).toString());
    if (fields.contains(ModelFields::kRequester))
        provider.setRequester(fields.value(ModelFields::kRequester).toString());
    if (fields.contains(ModelFields::kBaseUrl))
        provider.setBaseUrl(fields.value(ModelFields::kBaseUrl).toString());
    if (fields.contains(ModelFields::kApiKeys)) {
        QStringList keys;
        for (const QJsonValue &key : fields.value(ModelFields::kApiKeys).toArray())
            keys << key.toString();
        provider.setApiKeys(keys);
    }
    return provider;
}

// A create that failed with the row saved (API.md 4): names the orphan.
void reportOrphan(ApiClient *client, const QSet<QString> &before, const QString &name, Output &out, Finish &finish,
                  int code)
{
    listAll(client, out, finish, [before, name, &out, &finish, code](const QList<Provider> &providers) {
        for (const Provider &p : savedBeforeFailure(before, providers, name)) {
            out.error(Text::tr("The server saved the provider “%1” (%2) before it failed. Remove it with: "
                               "langbot-console providers delete %2 --yes")
                          .arg(p.name(), p.uuid()));
        }
        finish(code);
    });
}

void runCreate(ApiClient *client, Output &out, const ProviderJob &job, Finish &finish)
{
    const Provider provider = edited(Provider(), job.fields);
    const WriteBody body = WriteBodies::providerCreate(provider, client->features());
    if (!body.ok()) {
        out.error(body.error);
        finish(Usage);
        return;
    }
    listAll(client, out, finish, [client, body, provider, &out, job, &finish](const QList<Provider> &existing) {
        const QSet<QString> before = uuidsOf(existing);
        ApiCall *call = client->createProvider(body.body);
        QObject::connect(call, &ApiCall::finished, call, [call, client, before, provider, &out, job, &finish] {
            if (!call->ok()) {
                out.error(call->error().message());
                reportOrphan(client, before, provider.name(), out, finish, exitCodeFor(call->error()));
                return;
            }
            const QString uuid = ApiClient::stringFromData(call->data(), QStringLiteral("uuid"));
            if (job.asJson)
                out.json(QJsonObject{{QStringLiteral("uuid"), uuid}});
            else
                out.line(Text::tr("Created provider “%1” (%2).").arg(provider.name(), uuid));
            finish(Ok);
        });
    });
}

void runUpdate(ApiClient *client, Output &out, const ProviderJob &job, Finish &finish)
{
    resolve(client, job.ref, out, finish, [client, &out, job, &finish](const Provider &found) {
        // The record as stored (plain text where the credentials may read it).
        ApiCall *get = client->getProvider(found.uuid());
        QObject::connect(get, &ApiCall::finished, get, [get, client, &out, job, &finish] {
            if (failed(get, out, finish))
                return;
            const Provider original(get->data().toObject().value(QStringLiteral("provider")).toObject());
            const WriteBody body
                = WriteBodies::providerUpdate(original, edited(original, job.fields), client->features());
            if (!body.ok()) {
                out.error(body.error);
                finish(Usage);
                return;
            }
            if (body.body.isEmpty()) {
                out.line(Text::tr("Nothing to change in provider “%1”.").arg(original.name()));
                finish(Ok);
                return;
            }
            ApiCall *put = client->updateProvider(original.uuid(), body.body);
            QObject::connect(put, &ApiCall::finished, put, [put, original, &out, &finish] {
                if (failed(put, out, finish))
                    return;
                out.line(Text::tr("Updated provider “%1” (%2).").arg(original.name(), original.uuid()));
                finish(Ok);
            });
        });
    });
}

// A delete the server refused while models use the provider: names them.
void reportUsers(ApiClient *client, const Provider &provider, const ApiError &error, Output &out, Finish &finish)
{
    auto names = std::make_shared<QStringList>();
    auto left = std::make_shared<int>(0);
    const bool rerank = client->features().hasRerank();
    for (ModelType type : allModelTypes) {
        if (type == ModelType::Rerank && !rerank)
            continue;
        ++*left;
        ApiCall *call = client->listModels(type, provider.uuid());
        QObject::connect(call, &ApiCall::finished, call, [call, type, provider, error, names, left, &out, &finish] {
            if (call->ok()) {
                for (const LlmModel &m : ApiClient::modelsFromCall(call))
                    *names << QStringLiteral("%1 (%2, %3)").arg(m.name(), modelTypeId(type), m.uuid());
            }
            if (--*left > 0)
                return;
            out.error(error.message());
            if (!names->isEmpty())
                out.error(Text::tr("Provider “%1” is used by these models; delete them or move them to another "
                                   "provider first:\n  %2")
                              .arg(provider.name(), names->join(QStringLiteral("\n  "))));
            finish(exitCodeFor(error));
        });
    }
}

void runDelete(ApiClient *client, Output &out, const ProviderJob &job, Finish &finish)
{
    resolve(client, job.ref, out, finish, [client, &out, &finish](const Provider &found) {
        ApiCall *call = client->deleteProvider(found.uuid());
        QObject::connect(call, &ApiCall::finished, call, [call, client, found, &out, &finish] {
            if (!call->ok()) {
                if (call->error().category() == ApiError::Category::Conflict)
                    reportUsers(client, found, call->error(), out, finish);
                else
                    failed(call, out, finish);
                return;
            }
            out.line(Text::tr("Deleted provider “%1” (%2).").arg(found.name(), found.uuid()));
            finish(Ok);
        });
    });
}

void printScan(const QList<ScannedModel> &models, Output &out, bool asJson)
{
    // Only what a person needs: never the answer's raw upstream "debug".
    QJsonArray list;
    for (const ScannedModel &m : models)
        list.append(m.publicJson());
    if (asJson) {
        out.json(QJsonObject{{QStringLiteral("models"), list}});
        return;
    }
    out.line(pad(Text::tr("ID"), 36) + pad(Text::tr("TYPE"), 11) + pad(Text::tr("ABILITIES"), 26)
             + pad(Text::tr("CONTEXT"), 9) + Text::tr("ADDED"));
    for (const QJsonValue &value : std::as_const(list)) {
        const QJsonObject m = value.toObject();
        QStringList abilities;
        for (const QJsonValue &a : m.value(QStringLiteral("abilities")).toArray())
            abilities << a.toString();
        const QJsonValue context = m.value(QStringLiteral("context_length"));
        out.line(pad(m.value(QStringLiteral("id")).toString(), 35) + QLatin1Char(' ')
                 + pad(m.value(QStringLiteral("type")).toString(), 10) + QLatin1Char(' ')
                 + pad(abilities.join(QLatin1Char(',')), 25) + QLatin1Char(' ')
                 + pad(context.isDouble() ? QString::number(context.toInteger()) : QStringLiteral("-"), 8)
                 + QLatin1Char(' ')
                 + (m.value(QStringLiteral("already_added")).toBool() ? Text::tr("yes") : Text::tr("no")));
    }
}

void runScan(ApiClient *client, Output &out, const ProviderJob &job, Finish &finish)
{
    if (!client->features().canScanModels()) {
        out.error(Text::tr("This server (%1) cannot scan a provider's models: that needs LangBot 4.9.7 or later.")
                      .arg(client->features().version.text()));
        finish(IncompatibleServer);
        return;
    }
    resolve(client, job.ref, out, finish, [client, &out, job, &finish](const Provider &found) {
        ApiCall *call = client->scanProviderModels(found.uuid(), job.type);
        QObject::connect(call, &ApiCall::finished, call, [call, &out, job, &finish] {
            if (failed(call, out, finish))
                return;
            printScan(ScannedModel::listFromData(call->data()), out, job.asJson);
            finish(Ok);
        });
    });
}

} // namespace

void runInfo(const Session *session, Output &out, bool asJson, Finish &finish)
{
    const ApiClient *client = session->client();
    const ServerFeatures &features = client->features();
    const Permissions &permissions = client->permissions();
    const QString version = features.version.isValid()
        ? features.version.text()
        : session->systemInfo().value(QStringLiteral("version")).toString();
    if (asJson) {
        out.json(QJsonObject{
            {QStringLiteral("url"), client->displayUrl()},
            {QStringLiteral("version"), version},
            {QStringLiteral("generation"), generationId(features.generation)},
            {QStringLiteral("generation_name"), generationName(features.generation)},
            {QStringLiteral("role"), permissions.role()},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions.names())},
            {QStringLiteral("permissions_source"), Permissions::sourceId(permissions.source())},
            {QStringLiteral("all_permissions"), permissions.isAssumed()},
            {QStringLiteral("features"),
             QJsonObject{{QStringLiteral("providers"), features.hasProviders()},
                         {QStringLiteral("rerank"), features.hasRerank()},
                         {QStringLiteral("scan_models"), features.canScanModels()},
                         {QStringLiteral("context_length"), features.hasContextLength()},
                         {QStringLiteral("reasoning_config"), features.hasReasoningConfig()},
                         {QStringLiteral("roles"), features.hasPermissions()}}},
        });
        finish(Ok);
        return;
    }
    out.line(Text::tr("Server:       %1").arg(client->displayUrl()));
    out.line(Text::tr("Version:      %1").arg(version));
    out.line(Text::tr("Generation:   %1").arg(generationName(features.generation)));
    out.line(Text::tr("Role:         %1").arg(permissions.role().isEmpty() ? Text::tr("(none)") : permissions.role()));
    out.line(Text::tr("Permissions:  %1")
                 .arg(permissions.isAssumed()
                          ? Text::tr("all, assumed (%1)").arg(Permissions::sourceName(permissions.source()))
                          : permissions.names().join(QLatin1String(", "))));
    finish(Ok);
}

QStringList providerActions()
{
    return {QStringLiteral("list"),   QStringLiteral("get"),    QStringLiteral("create"),
            QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("scan")};
}

void runProviders(ApiClient *client, Output &out, const ProviderJob &job, Finish &finish)
{
    if (job.action == QLatin1String("list")) {
        listAll(client, out, finish, [client, &out, job, &finish](const QList<Provider> &providers) {
            printList(providers, out, job.asJson);
            if (!client->features().hasProviders() && !job.asJson)
                out.error(Text::tr("A 4.0–4.6 server has no providers: these are implied by the models "
                                   "(read-only)."));
            finish(Ok);
        });
        return;
    }
    if (job.action == QLatin1String("get")) {
        if (!(job.includeSecrets && refusedBefore(client, Permissions::Action::ReadSecrets, out, finish)))
            runGet(client, out, job, finish);
        return;
    }
    if (refusedOnLegacy(client, out, finish))
        return;
    if (job.action == QLatin1String("create")) {
        if (!refusedBefore(client, Permissions::Action::Create, out, finish))
            runCreate(client, out, job, finish);
    } else if (job.action == QLatin1String("update")) {
        if (!refusedBefore(client, Permissions::Action::Update, out, finish))
            runUpdate(client, out, job, finish);
    } else if (job.action == QLatin1String("delete")) {
        if (!refusedBefore(client, Permissions::Action::Delete, out, finish))
            runDelete(client, out, job, finish);
    } else if (!refusedBefore(client, Permissions::Action::Scan, out, finish)) {
        runScan(client, out, job, finish);
    }
}

} // namespace lb::cli
