#include "ModelVerbs.h"

#include "CliSupport.h"
#include "Output.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "model/LlmModel.h"
#include "model/LlmTableModel.h"
#include "model/ModelFields.h"
#include "model/Provider.h"
#include "model/SecretRedaction.h"
#include "model/WriteBodies.h"
#include "testing/TestRunner.h"
#include "usage/ModelUsage.h"
#include "workspace/ServerWorkspace.h"

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

// A model for output: everything the server sent except its secrets
// (SecretRedaction: key values replaced by their number, the rest dropped
// and named under "redacted"), with its type.
QJsonObject publicJson(const LlmModel &model)
{
    QJsonObject json = SecretRedaction::forOutput(model.json());
    json.insert(QStringLiteral("type"), modelTypeId(model.type()));
    return json;
}

// The types the server has, in order.
QList<ModelType> serverTypes(const ApiClient *client)
{
    const ServerFeatures &features = client->features();
    if (!features.hasProviders())
        return {ModelType::Llm};
    if (!features.hasRerank())
        return {ModelType::Llm, ModelType::Embedding};
    return {ModelType::Llm, ModelType::Embedding, ModelType::Rerank};
}

// The workspace of the server (no saved list, no history: the command line
// keeps nothing); it lives as long as the client.
ServerWorkspace *openWorkspace(ApiClient *client)
{
    auto *workspace = new ServerWorkspace(client);
    workspace->setServer(client, QString());
    return workspace;
}

// Lists the server's models into the workspace, then runs listed(models) with
// the models of job.type (all types when none).
void listThen(ServerWorkspace *workspace, Output &out, const ModelJob &job, Finish &finish,
              std::function<void(const QList<LlmModel> &)> listed)
{
    QObject::connect(workspace, &ServerWorkspace::listLoaded, workspace, [workspace, job, listed] {
        QList<LlmModel> models = workspace->models()->models();
        if (job.type) {
            models.erase(std::remove_if(models.begin(), models.end(),
                                        [&job](const LlmModel &m) { return m.type() != *job.type; }),
                         models.end());
        }
        listed(models);
    });
    QObject::connect(workspace, &ServerWorkspace::listFailed, workspace, [&out, &finish](const ApiError &error) {
        out.error(error.message());
        finish(exitCodeFor(error));
    });
    workspace->refresh();
}

// The provider a model uses (4.7+: its nested provider; 4.0–4.6: the implied one).
Provider providerOf(const LlmModel &model)
{
    if (const std::optional<Provider> nested = model.nestedProvider())
        return *nested;
    if (model.providerUuid().isEmpty()) {
        Provider implied = Provider::fromLegacyModel(model);
        QJsonObject json = implied.json();
        json.insert(QStringLiteral("uuid"), Provider::implicitProviderUuid(model));
        return Provider(json);
    }
    return Provider(QJsonObject{{QStringLiteral("uuid"), model.providerUuid()}});
}

void printModels(const ApiClient *client, QList<LlmModel> models, Output &out, bool asJson)
{
    std::sort(models.begin(), models.end(),
              [](const LlmModel &a, const LlmModel &b) { return a.name().compare(b.name(), Qt::CaseInsensitive) < 0; });
    if (asJson) {
        QJsonArray list;
        for (const LlmModel &m : std::as_const(models))
            list.append(publicJson(m));
        out.json(QJsonObject{{QStringLiteral("models"), list}});
    } else if (!client->features().hasProviders()) {
        out.line(pad(Text::tr("NAME"), 28) + pad(Text::tr("REQUESTER"), 28) + pad(Text::tr("BASE URL"), 40)
                 + pad(Text::tr("KEYS"), 6) + Text::tr("UUID"));
        for (const LlmModel &m : std::as_const(models)) {
            out.line(pad(m.name(), 27) + QLatin1Char(' ') + pad(m.requester(), 27) + QLatin1Char(' ')
                     + pad(m.baseUrl(), 39) + QLatin1Char(' ') + pad(QString::number(m.apiKeyCount()), 5)
                     + QLatin1Char(' ') + m.uuid());
        }
    } else {
        out.line(pad(Text::tr("TYPE"), 11) + pad(Text::tr("NAME"), 32) + pad(Text::tr("PROVIDER"), 24)
                 + Text::tr("UUID"));
        for (const LlmModel &m : std::as_const(models)) {
            const Provider p = providerOf(m);
            out.line(pad(modelTypeId(m.type()), 10) + QLatin1Char(' ') + pad(m.name(), 31) + QLatin1Char(' ')
                     + pad(p.name().isEmpty() ? p.uuid() : p.name(), 23) + QLatin1Char(' ') + m.uuid());
        }
    }
}

using WithModel = std::function<void(const LlmModel &model)>;
using WithError = std::function<void(const ApiError &error)>;

// The saved model uuid, of the first of types that has it.
void locate(ApiClient *client, const QString &uuid, QList<ModelType> types, WithModel then, WithError fail)
{
    const ModelType type = types.takeFirst();
    ApiCall *call = client->getModel(uuid, type);
    QObject::connect(call, &ApiCall::finished, call, [=] {
        if (call->ok()) {
            LlmModel model = ApiClient::modelFromData(call->data());
            model.setType(type);
            then(model);
        } else if (call->error().category() == ApiError::Category::NotFound && !types.isEmpty()) {
            locate(client, uuid, types, then, fail);
        } else {
            fail(call->error());
        }
    });
}

// The same for a verb about one model: a failure ends the run.
void locate(ApiClient *client, const QString &uuid, const QList<ModelType> &types, Output &out, Finish &finish,
            WithModel then)
{
    locate(client, uuid, types, std::move(then), [&out, &finish](const ApiError &error) {
        out.error(error.message());
        finish(exitCodeFor(error));
    });
}

QList<ModelType> typesToSearch(const ApiClient *client, const ModelJob &job)
{
    return job.type ? QList<ModelType>{*job.type} : serverTypes(client);
}

bool refusedType(const ApiClient *client, ModelType type, Output &out, Finish &finish)
{
    if (serverTypes(client).contains(type))
        return false;
    out.error(
        Text::tr("This server (%1 %2) has no %3 models.")
            .arg(generationName(client->features().generation), client->features().version.text(), modelTypeId(type)));
    finish(IncompatibleServer);
    return true;
}

// Deletes uuids[index] and the rest, one after the other; a model that cannot
// be found or deleted is reported and the rest go on. The exit code is the
// first failure's.
void deleteFrom(ApiClient *client, const ModelJob &job, int index, std::shared_ptr<int> code, Output &out,
                Finish &finish)
{
    if (index >= job.uuids.size()) {
        finish(*code);
        return;
    }
    const QString uuid = job.uuids.at(index);
    auto next = [=, &out, &finish](const ApiError &error) {
        if (error.isError()) {
            out.error(error.message());
            if (*code == Ok)
                *code = exitCodeFor(error);
        }
        deleteFrom(client, job, index + 1, code, out, finish);
    };
    const QList<ModelType> types = job.type ? QList<ModelType>{*job.type} : serverTypes(client);
    locate(
        client, uuid, types,
        [=, &out](const LlmModel &model) {
            ApiCall *call = client->deleteModel(uuid, model.type());
            QObject::connect(call, &ApiCall::finished, call, [=, &out] {
                if (call->ok())
                    out.line(
                        Text::tr("Deleted %1 model “%2” (%3).").arg(modelTypeId(model.type()), model.name(), uuid));
                next(call->error());
            });
        },
        next);
}

// A call refused for a missing permission (403).
bool forbidden(const ApiCall *call)
{
    return !call->ok() && call->error().category() == ApiError::Category::Permission;
}

// A create (body) that failed with the row saved (gotcha 4): lists the
// models of its provider again and names the new ones called as the model,
// with the command that removes each.
void reportSaved(ApiClient *client, ModelType type, const QJsonObject &body, const QSet<QString> &before, int code,
                 Output &out, Finish &finish)
{
    ApiCall *call = client->listModels(type, body.value(ModelFields::kProviderUuid).toString());
    QObject::connect(call, &ApiCall::finished, call, [call, type, body, before, code, &out, &finish] {
        const QString name = body.value(ModelFields::kName).toString();
        if (call->ok()) {
            for (const LlmModel &m : savedBeforeFailure(before, ApiClient::modelsFromCall(call), name)) {
                out.error(Text::tr("The server saved the %1 model “%2” (%3) before it failed. Remove it with: "
                                   "langbot-console delete %3 --type %1 --yes")
                              .arg(modelTypeId(type), m.name(), m.uuid()));
            }
        }
        finish(code);
    });
}

// POSTs a model's create body. before: the uuids of the models of its type on
// its provider, when a failed create may leave the row saved (else none).
void postModel(ApiClient *client, const QJsonObject &body, const LlmModel &model,
               const std::optional<QSet<QString>> &before, Output &out, const ModelJob &job, Finish &finish)
{
    ApiCall *call = client->createModel(body, model.type());
    QObject::connect(call, &ApiCall::finished, call, [call, client, body, model, before, &out, job, &finish] {
        if (!call->ok() && before) {
            out.error(call->error().message());
            reportSaved(client, model.type(), body, *before, exitCodeFor(call->error()), out, finish);
            return;
        }
        if (failed(call, out, finish))
            return;
        const QString uuid = ApiClient::stringFromData(call->data(), QStringLiteral("uuid"));
        const QString type = modelTypeId(model.type());
        if (job.asJson)
            out.json(QJsonObject{{QStringLiteral("uuid"), uuid}, {QStringLiteral("type"), type}});
        else
            out.line(Text::tr("Created %1 model “%2” (%3).").arg(type, model.name(), uuid));
        finish(Ok);
    });
}

} // namespace

bool parseModelType(const QString &text, bool allowAll, std::optional<ModelType> *type)
{
    if (allowAll && text == QLatin1String("all")) {
        type->reset();
        return true;
    }
    *type = modelTypeFromId(text);
    return type->has_value() && text != QLatin1String("text-embedding");
}

void runList(ApiClient *client, Output &out, const ModelJob &job, Finish &finish)
{
    listThen(openWorkspace(client), out, job, finish, [client, &out, job, &finish](QList<LlmModel> models) {
        if (!job.provider.isEmpty()) {
            models.erase(std::remove_if(models.begin(), models.end(),
                                        [&job](const LlmModel &m) {
                                            const Provider p = providerOf(m);
                                            return p.uuid() != job.provider && p.name() != job.provider;
                                        }),
                         models.end());
        }
        printModels(client, models, out, job.asJson);
        finish(Ok);
    });
}

void runGet(ApiClient *client, Output &out, const ModelJob &job, Finish &finish)
{
    if (job.type && refusedType(client, *job.type, out, finish))
        return;
    locate(client, job.uuids.value(0), typesToSearch(client, job), out, finish, [&out, &finish](const LlmModel &m) {
        out.json(QJsonObject{{QStringLiteral("model"), publicJson(m)}});
        finish(Ok);
    });
}

void runCreate(ApiClient *client, Output &out, const ModelJob &job, Finish &finish)
{
    const ModelType type = job.type.value_or(ModelType::Llm);
    if (refusedType(client, type, out, finish) || refusedBefore(client, Permissions::Action::Create, out, finish))
        return;
    LlmModel model(job.fields);
    model.setType(type);
    const WriteBody body = WriteBodies::modelCreate(model, client->features());
    if (!body.ok()) {
        out.error(body.error);
        finish(Usage);
        return;
    }
    if (!client->features().hasProviders()) {
        postModel(client, body.body, model, std::nullopt, out, job, finish);
        return;
    }
    // 4.7+: the provider first. 4.7–4.10.6 save a model on a missing
    // provider and then fail (gotcha 15).
    const QString providerUuid = body.body.value(ModelFields::kProviderUuid).toString();
    ApiCall *get = client->getProvider(providerUuid);
    QObject::connect(get, &ApiCall::finished, get, [get, client, body, model, providerUuid, &out, job, &finish] {
        if (!get->ok() && get->error().category() == ApiError::Category::NotFound) {
            out.error(Text::tr("No provider with the UUID “%1” on this server: the model was not created.")
                          .arg(providerUuid));
            finish(NotFound);
            return;
        }
        // Credentials that may create but not read (a 403, so 4.10.7+, which
        // refuse a missing provider themselves): the create goes unchecked.
        if (forbidden(get)) {
            postModel(client, body.body, model, std::nullopt, out, job, finish);
            return;
        }
        if (failed(get, out, finish))
            return;
        if (model.type() == ModelType::Llm) {
            postModel(client, body.body, model, std::nullopt, out, job, finish);
            return;
        }
        // An embedding or rerank row is saved before its provider starts
        // (gotcha 4): what the provider has now tells a half-saved row apart.
        ApiCall *list = client->listModels(model.type(), providerUuid);
        QObject::connect(list, &ApiCall::finished, list, [list, client, body, model, &out, job, &finish] {
            if (forbidden(list))
                postModel(client, body.body, model, std::nullopt, out, job, finish);
            else if (!failed(list, out, finish))
                postModel(client, body.body, model, uuidsOf(ApiClient::modelsFromCall(list)), out, job, finish);
        });
    });
}

void runUpdate(ApiClient *client, Output &out, const ModelJob &job, Finish &finish)
{
    if (refusedBefore(client, Permissions::Action::Update, out, finish))
        return;
    locate(
        client, job.uuids.value(0), typesToSearch(client, job), out, finish,
        [client, &out, job, &finish](const LlmModel &stored) {
            // The stored record with the file's fields laid over it; the
            // body keeps only what the server accepts.
            QJsonObject json = stored.json();
            for (auto it = job.fields.begin(); it != job.fields.end(); ++it)
                json.insert(it.key(), it.value());
            LlmModel model(json);
            model.setType(stored.type());
            const WriteBody body = WriteBodies::modelUpdate(model, client->features());
            if (!body.ok()) {
                out.error(body.error);
                finish(Usage);
                return;
            }
            ApiCall *call = client->updateModel(stored.uuid(), body.body, stored.type());
            QObject::connect(call, &ApiCall::finished, call, [call, model, &out, &finish] {
                if (failed(call, out, finish))
                    return;
                out.line(
                    Text::tr("Updated %1 model “%2” (%3).").arg(modelTypeId(model.type()), model.name(), model.uuid()));
                finish(Ok);
            });
        });
}

void runDelete(ApiClient *client, Output &out, const ModelJob &job, Finish &finish)
{
    if (refusedBefore(client, Permissions::Action::Delete, out, finish))
        return;
    if (!client->features().hasProviders()) { // 4.0–4.6: no references to read
        deleteFrom(client, job, 0, std::make_shared<int>(Ok), out, finish);
        return;
    }
    // 4.7+: what would break is named first (ModelUsage); a delete that
    // breaks anything needs --force.
    ServerWorkspace *workspace = openWorkspace(client);
    workspace->setUsageTracked(true);
    auto pending = std::make_shared<int>(2); // the list and the usage
    auto decide = [client, workspace, pending, &out, job, &finish] {
        if (--*pending != 0)
            return;
        QHash<QString, QString> names;
        QSet<QString> existing;
        for (const LlmModel &model : workspace->models()->models()) {
            names.insert(model.uuid(), model.name());
            existing.insert(model.uuid());
        }
        const ModelUsage &usage = workspace->usage();
        const QList<UsageBreak> breaks = usage.breaksIfDeleted(job.uuids, existing);
        for (const UsageBreak &b : breaks)
            out.error(Text::tr("Would break: %1").arg(b.describe(names)));
        if (!usage.isKnown() || !usage.isComplete()) {
            const QString note = workspace->usageNote();
            out.error(Text::tr("Where the models are used could not be fully checked: %1")
                          .arg(note.isEmpty() ? workspace->usageError().message() : note));
        }
        if (!breaks.isEmpty() && !job.force) {
            out.error(Text::tr("Nothing deleted: pipelines or knowledge bases use these models (above). Run "
                               "again with --force to delete them anyway."));
            finish(Rejected);
            return;
        }
        deleteFrom(client, job, 0, std::make_shared<int>(Ok), out, finish);
    };
    QObject::connect(workspace, &ServerWorkspace::listLoaded, workspace, decide);
    QObject::connect(workspace, &ServerWorkspace::usageChanged, workspace, decide);
    QObject::connect(workspace, &ServerWorkspace::listFailed, workspace, [&out, &finish](const ApiError &error) {
        out.error(error.message());
        finish(exitCodeFor(error));
    });
    workspace->refresh();
}

void runTests(ApiClient *client, Output &out, const ModelJob &job, Finish &finish)
{
    // The list gives names (and the uuids for --all); the workspace tests.
    ServerWorkspace *workspace = openWorkspace(client);
    listThen(workspace, out, job, finish, [workspace, &out, job, &finish](const QList<LlmModel> &models) {
        QStringList all;
        for (const LlmModel &m : models)
            all << m.uuid();
        const QStringList uuids = job.all ? all : job.uuids;
        if (uuids.isEmpty()) {
            out.line(Text::tr("No models to test."));
            finish(Ok);
            return;
        }
        TestRunner *runner = workspace->testRunner();
        runner->setConcurrency(job.concurrency);
        auto results = std::make_shared<QJsonArray>();
        auto failed = std::make_shared<int>(0);
        QObject::connect(workspace, &ServerWorkspace::testFinished, workspace,
                         [workspace, &out, job, results, failed](const QString &uuid, const TestOutcome &o) {
                             const bool ok = o.state == TestOutcome::State::Ok;
                             *failed += ok ? 0 : 1;
                             const int row = workspace->models()->rowOf(uuid);
                             const QString name
                                 = row >= 0 ? workspace->models()->modelAt(row).name() : Text::tr("(unknown model)");
                             const ModelType type
                                 = row >= 0 ? workspace->models()->modelAt(row).type() : ModelType::Llm;
                             QJsonObject r{{QStringLiteral("uuid"), uuid},
                                           {QStringLiteral("name"), name},
                                           {QStringLiteral("type"), modelTypeId(type)},
                                           {QStringLiteral("ok"), ok},
                                           {QStringLiteral("latency_ms"), double(o.latencyMs)}};
                             if (!ok) {
                                 r.insert(QStringLiteral("message"), o.message);
                             }
                             results->append(r);
                             if (!job.asJson) {
                                 out.line(ok ? Text::tr("✓ %1  %2 ms  (%3)").arg(name).arg(o.latencyMs).arg(uuid)
                                             : Text::tr("✗ %1  (%2)\n    %3").arg(name, uuid, o.message));
                             }
                         });
        QObject::connect(workspace, &ServerWorkspace::testProgress, workspace, [&out, runner](int done, int total) {
            const qint64 left = runner->estimatedRemainingMs();
            out.progress(left >= 0
                             ? Text::tr("Testing %1/%2, about %3 s left").arg(done).arg(total).arg((left + 999) / 1000)
                             : Text::tr("Testing %1/%2").arg(done).arg(total));
        });
        QObject::connect(workspace, &ServerWorkspace::testsFinished, workspace, [&out, job, results, failed, &finish] {
            const int total = int(results->size());
            if (job.asJson) {
                out.json(QJsonObject{{QStringLiteral("results"), *results},
                                     {QStringLiteral("total"), total},
                                     {QStringLiteral("passed"), total - *failed},
                                     {QStringLiteral("failed"), *failed}});
            } else {
                out.line(Text::tr("%1 tested, %2 passed, %3 failed.").arg(total).arg(total - *failed).arg(*failed));
            }
            finish(*failed > 0 ? SomeFailed : Ok);
        });
        workspace->test(uuids);
    });
}

} // namespace lb::cli
