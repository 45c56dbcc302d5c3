#include "UsageVerbs.h"

#include "CliSupport.h"
#include "CommandLine.h"
#include "Output.h"
#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
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

QString roleId(ModelUse::Role role)
{
    switch (role) {
    case ModelUse::Role::Primary:
        return QStringLiteral("primary");
    case ModelUse::Role::Fallback:
        return QStringLiteral("fallback");
    case ModelUse::Role::Rerank:
        return QStringLiteral("rerank");
    case ModelUse::Role::Embedding:
        return QStringLiteral("embedding");
    }
    return {};
}

QJsonArray botsJson(const QList<BotRef> &bots)
{
    QJsonArray list;
    for (const BotRef &bot : bots)
        list.append(QJsonObject{{QStringLiteral("uuid"), bot.uuid}, {QStringLiteral("name"), bot.name}});
    return list;
}

QJsonObject useJson(const ModelUsage &usage, const ModelUse &use)
{
    QJsonObject json{{QStringLiteral("role"), roleId(use.role)}};
    if (!use.pipelineUuid.isEmpty()) {
        json.insert(QStringLiteral("pipeline_uuid"), use.pipelineUuid);
        json.insert(QStringLiteral("pipeline_name"), use.pipelineName);
        json.insert(QStringLiteral("bots"), botsJson(usage.botsOf(use.pipelineUuid)));
    }
    if (use.role == ModelUse::Role::Fallback)
        json.insert(QStringLiteral("fallback_index"), use.fallbackIndex + 1);
    if (!use.knowledgeBaseUuid.isEmpty()) {
        json.insert(QStringLiteral("knowledge_base_uuid"), use.knowledgeBaseUuid);
        json.insert(QStringLiteral("knowledge_base_name"), use.knowledgeBaseName);
    }
    if (!use.reasoningLevel.isEmpty())
        json.insert(QStringLiteral("reasoning_level"), use.reasoningLevel);
    return json;
}

void print(const QList<LlmModel> &models, const ModelUsage &usage, Output &out, const UsageJob &job)
{
    if (job.asJson) {
        QJsonArray list;
        for (const LlmModel &m : models) {
            QJsonArray uses;
            for (const ModelUse &use : usage.usesOf(m.uuid()))
                uses.append(useJson(usage, use));
            list.append(QJsonObject{{QStringLiteral("uuid"), m.uuid()},
                                    {QStringLiteral("name"), m.name()},
                                    {QStringLiteral("type"), modelTypeId(m.type())},
                                    {QStringLiteral("uses"), uses}});
        }
        out.json(QJsonObject{{QStringLiteral("models"), list},
                             {QStringLiteral("complete"), usage.isComplete()},
                             {QStringLiteral("gaps"), QJsonArray::fromStringList(usage.gaps())}});
        return;
    }
    for (const LlmModel &m : models) {
        const QList<ModelUse> uses = usage.usesOf(m.uuid());
        out.line(QStringLiteral("%1 (%2, %3): %4")
                     .arg(m.name(), modelTypeId(m.type()), m.uuid(),
                          !uses.isEmpty()          ? Text::tr("used %n time(s)", "", int(uses.size()))
                              : usage.isComplete() ? Text::tr("not used")
                                                   : Text::tr("no use found (some lists could not be read)")));
        for (const ModelUse &use : uses) {
            const QList<BotRef> bots = usage.botsOf(use.pipelineUuid);
            QStringList names;
            for (const BotRef &bot : bots)
                names << bot.name;
            out.line(QStringLiteral("  - ") + ModelUsage::describe(use)
                     + (names.isEmpty() ? QString() : Text::tr("; bots: %1").arg(names.join(QLatin1String(", ")))));
        }
    }
}

} // namespace

void runUsage(ApiClient *client, Output &out, const UsageJob &job, Finish &finish)
{
    if (!client->features().hasProviders()) {
        out.error(UsageLoader::legacyNote());
        finish(IncompatibleServer);
        return;
    }
    auto *workspace = new ServerWorkspace(client);
    workspace->setServer(client, QString());
    workspace->setUsageTracked(true);
    auto state = std::make_shared<int>(2); // the list and the usage
    auto done = [workspace, &out, &finish, job, state] {
        if (--*state > 0)
            return;
        QList<LlmModel> models = workspace->models()->models();
        std::sort(models.begin(), models.end(), [](const LlmModel &a, const LlmModel &b) {
            return a.name().compare(b.name(), Qt::CaseInsensitive) < 0;
        });
        const ModelUsage &usage = workspace->usage();
        QList<LlmModel> chosen;
        QStringList unknown = job.refs;
        for (const LlmModel &m : std::as_const(models)) {
            const bool named = job.refs.contains(m.uuid()) || job.refs.contains(m.name());
            unknown.removeAll(m.uuid());
            unknown.removeAll(m.name());
            if ((job.refs.isEmpty() || named) && (!job.unusedOnly || !usage.isUsed(m.uuid())))
                chosen << m;
        }
        if (!unknown.isEmpty()) {
            out.error(Text::tr("No model called “%1”.").arg(unknown.join(QLatin1String("”, “"))));
            finish(NotFound);
            return;
        }
        // What could be read is printed; a list that failed (not refused)
        // also sets the exit code. --unused needs every list: a model that
        // looks unused may be used through a list that could not be read.
        print(chosen, usage, out, job);
        for (const QString &gap : usage.gaps())
            out.error(gap);
        const ApiError error = workspace->usageError();
        if (error.isError())
            finish(exitCodeFor(error));
        else if (job.unusedOnly && !usage.isComplete())
            finish(SomeFailed);
        else
            finish(Ok);
    };
    QObject::connect(workspace, &ServerWorkspace::listLoaded, workspace, done);
    QObject::connect(workspace, &ServerWorkspace::usageChanged, workspace, done);
    QObject::connect(workspace, &ServerWorkspace::listFailed, workspace, [&out, &finish](const ApiError &error) {
        out.error(error.message());
        finish(exitCodeFor(error));
    });
    workspace->refresh();
}

} // namespace lb::cli
