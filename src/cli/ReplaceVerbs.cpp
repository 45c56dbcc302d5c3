#include "ReplaceVerbs.h"

#include "CliSupport.h"
#include "CommandLine.h"
#include "Output.h"
#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "usage/ReplaceRunner.h"
#include "usage/UsageLoader.h"
#include "workspace/ServerWorkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace lb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(lb::cli::CommandLine)
};

QString kindId(ReplaceChange::Kind kind)
{
    switch (kind) {
    case ReplaceChange::Kind::Primary:
        return QStringLiteral("primary");
    case ReplaceChange::Kind::PlainModel:
        return QStringLiteral("model");
    case ReplaceChange::Kind::Fallback:
        return QStringLiteral("fallback");
    case ReplaceChange::Kind::FallbackDropped:
        return QStringLiteral("fallback_dropped");
    case ReplaceChange::Kind::ReasoningRenamed:
        return QStringLiteral("reasoning_renamed");
    case ReplaceChange::Kind::ReasoningKept:
        return QStringLiteral("reasoning_kept");
    case ReplaceChange::Kind::Rerank:
        return QStringLiteral("rerank");
    }
    return {};
}

QString outcomeId(ReplaceRunner::Result::Outcome outcome)
{
    switch (outcome) {
    case ReplaceRunner::Result::Outcome::Pending:
        return QStringLiteral("pending");
    case ReplaceRunner::Result::Outcome::Changed:
        return QStringLiteral("changed");
    case ReplaceRunner::Result::Outcome::Skipped:
        return QStringLiteral("skipped");
    case ReplaceRunner::Result::Outcome::Failed:
        return QStringLiteral("failed");
    case ReplaceRunner::Result::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

// The model called ref (a uuid, or a name only one model has); an error sentence in *problem.
std::optional<LlmModel> find(const QList<LlmModel> &models, const QString &ref, QString *problem)
{
    QList<LlmModel> named;
    for (const LlmModel &m : models) {
        if (m.uuid() == ref)
            return m;
        if (m.name() == ref)
            named << m;
    }
    if (named.size() == 1)
        return named.first();
    *problem = named.isEmpty()
        ? Text::tr("No model called “%1”.").arg(ref)
        : Text::tr("%n models are called “%1”: name it by its UUID.", "", int(named.size())).arg(ref);
    return std::nullopt;
}

QJsonObject planJson(const ReplacePlan &plan, const QHash<QString, QString> &names, const ReplaceRunner *runner)
{
    QJsonArray rows;
    for (int i = 0; i < plan.rows().size(); ++i) {
        const ReplaceRow &row = plan.rows().at(i);
        QJsonArray changes;
        for (const ReplaceChange &c : row.changes) {
            QJsonObject change{{QStringLiteral("field"), c.path},
                               {QStringLiteral("kind"), kindId(c.kind)},
                               {QStringLiteral("old"), c.oldValue},
                               {QStringLiteral("new"), c.newValue},
                               {QStringLiteral("text"), ReplacePlan::describe(c, names)}};
            if (!c.level.isEmpty())
                change.insert(QStringLiteral("level"), c.level);
            changes.append(change);
        }
        QJsonArray bots;
        for (const BotRef &bot : row.bots)
            bots.append(QJsonObject{{QStringLiteral("uuid"), bot.uuid}, {QStringLiteral("name"), bot.name}});
        QJsonObject json{{QStringLiteral("uuid"), row.pipelineUuid},
                         {QStringLiteral("name"), row.pipelineName},
                         {QStringLiteral("changes"), changes},
                         {QStringLiteral("bots"), bots}};
        if (runner && i < runner->results().size()) {
            const ReplaceRunner::Result &result = runner->results().at(i);
            QJsonObject r{{QStringLiteral("outcome"), outcomeId(result.outcome)},
                          {QStringLiteral("message"), result.message}};
            if (!result.requestId.isEmpty())
                r.insert(QStringLiteral("request_id"), result.requestId);
            json.insert(QStringLiteral("result"), r);
        }
        rows.append(json);
    }
    QJsonArray bases;
    for (const RecreateBase &base : plan.basesToRecreate())
        bases.append(QJsonObject{{QStringLiteral("uuid"), base.uuid},
                                 {QStringLiteral("name"), base.name},
                                 {QStringLiteral("pipelines"), QJsonArray::fromStringList(base.pipelineNames)}});
    return QJsonObject{
        {QStringLiteral("old"),
         QJsonObject{{QStringLiteral("uuid"), plan.oldUuid()}, {QStringLiteral("name"), plan.oldName()}}},
        {QStringLiteral("new"),
         QJsonObject{{QStringLiteral("uuid"), plan.newUuid()}, {QStringLiteral("name"), plan.newName()}}},
        {QStringLiteral("pipelines"), rows},
        {QStringLiteral("knowledge_bases_to_recreate"), bases},
        {QStringLiteral("applied"), runner != nullptr}};
}

void printPlan(const ReplacePlan &plan, const QHash<QString, QString> &names, Output &out)
{
    out.line(Text::tr("Replace “%1” (%2) by “%3” (%4):")
                 .arg(plan.oldName(), plan.oldUuid(), plan.newName(), plan.newUuid()));
    if (plan.isEmpty())
        out.line(Text::tr("  No pipeline names “%1”: nothing to change.").arg(plan.oldName()));
    for (const ReplaceRow &row : plan.rows()) {
        out.line(Text::tr("  pipeline “%1” (%2)").arg(row.pipelineName, row.pipelineUuid));
        for (const ReplaceChange &c : row.changes)
            out.line(QStringLiteral("    %1: %2").arg(c.path, ReplacePlan::describe(c, names)));
        QStringList bots;
        for (const BotRef &bot : row.bots)
            bots << bot.name;
        out.line(bots.isEmpty() ? Text::tr("    no bot runs it")
                                : Text::tr("    bots that will notice: %1").arg(bots.join(QLatin1String(", "))));
    }
    for (const RecreateBase &base : plan.basesToRecreate())
        out.line(QStringLiteral("  ") + plan.describe(base));
}

void printResults(const ReplaceRunner &runner, const QHash<QString, QString> &names, Output &out, const ReplaceJob &job)
{
    const ReplacePlan &plan = runner.plan();
    if (job.asJson) {
        out.json(planJson(plan, names, &runner));
    } else {
        for (int i = 0; i < plan.rows().size(); ++i) {
            const ReplaceRunner::Result &result = runner.results().at(i);
            out.line(Text::tr("%1: %2").arg(plan.rows().at(i).pipelineName, result.message)
                     + (result.requestId.isEmpty() ? QString() : Text::tr(" (request id %1)").arg(result.requestId)));
        }
    }
    const int bad
        = runner.count(ReplaceRunner::Result::Outcome::Failed) + runner.count(ReplaceRunner::Result::Outcome::Skipped);
    if (bad == 0)
        out.error(Text::tr("No pipeline names “%1” any more: it can be deleted with: langbot-console delete %2 --yes")
                      .arg(plan.oldName(), plan.oldUuid()));
}

void decide(ApiClient *client, ServerWorkspace *workspace, UsageLoader *loader, Output &out, const ReplaceJob &job,
            Finish &finish)
{
    const QList<LlmModel> models = workspace->models()->models();
    QString problem;
    const std::optional<LlmModel> oldModel = find(models, job.oldRef, &problem);
    const std::optional<LlmModel> newModel = oldModel ? find(models, job.newRef, &problem) : std::nullopt;
    if (!newModel) {
        out.error(problem);
        finish(NotFound);
        return;
    }
    if (loader->error().isError() || !loader->usage().isComplete()) {
        out.error(Text::tr("The plan needs the pipelines, bots and knowledge bases: %1")
                      .arg(loader->note().isEmpty() ? loader->error().message() : loader->note()));
        finish(loader->error().isError() ? exitCodeFor(loader->error()) : PermissionDenied);
        return;
    }
    const ReplacePlan plan
        = ReplacePlan::make(*oldModel, *newModel, loader->list(ModelUsage::Source::Pipelines),
                            loader->list(ModelUsage::Source::Bots), loader->list(ModelUsage::Source::KnowledgeBases));
    if (!plan.isValid()) {
        out.error(plan.error());
        finish(Usage);
        return;
    }
    QHash<QString, QString> names;
    for (const LlmModel &m : models)
        names.insert(m.uuid(), m.name());
    if (!job.confirmed || job.dryRun || plan.isEmpty()) {
        if (job.asJson)
            out.json(planJson(plan, names, nullptr));
        else
            printPlan(plan, names, out);
        if (!job.dryRun && !plan.isEmpty() && !job.confirmed) {
            out.error(Text::tr("Nothing changed: check the plan above, then run again with --yes to apply it."));
            finish(Usage);
            return;
        }
        finish(Ok);
        return;
    }
    if (!job.asJson)
        printPlan(plan, names, out);
    auto *runner = new ReplaceRunner(client, workspace);
    QObject::connect(runner, &ReplaceRunner::finished, workspace, [runner, names, &out, job, &finish] {
        printResults(*runner, names, out, job);
        finish(runner->count(ReplaceRunner::Result::Outcome::Changed) == runner->results().size() ? Ok : SomeFailed);
    });
    if (!runner->start(plan)) {
        out.error(runner->refusal());
        finish(client->permissions().allows(Permissions::Action::EditPipelines) ? Rejected : PermissionDenied);
    }
}

} // namespace

void runReplace(ApiClient *client, Output &out, const ReplaceJob &job, Finish &finish)
{
    if (!client->features().hasProviders()) {
        out.error(ReplacePlan::legacyNote());
        finish(IncompatibleServer);
        return;
    }
    auto *workspace = new ServerWorkspace(client);
    workspace->setServer(client, QString());
    auto *loader = new UsageLoader(client, workspace);
    auto pending = std::make_shared<int>(2); // the models and the usage lists
    auto done = [client, workspace, loader, pending, &out, job, &finish] {
        if (--*pending == 0)
            decide(client, workspace, loader, out, job, finish);
    };
    QObject::connect(workspace, &ServerWorkspace::listLoaded, workspace, done);
    QObject::connect(loader, &UsageLoader::finished, workspace, done);
    QObject::connect(workspace, &ServerWorkspace::listFailed, workspace, [&out, &finish](const ApiError &error) {
        out.error(error.message());
        finish(exitCodeFor(error));
    });
    workspace->refresh();
    loader->load();
}

} // namespace lb::cli
