#include "CommandLine.h"

#include "CliSupport.h"
#include "Connector.h"
#include "ModelVerbs.h"
#include "Output.h"
#include "ProviderVerbs.h"
#include "ReplaceVerbs.h"
#include "UsageVerbs.h"

#include "api/ApiClient.h"
#include "model/LlmModel.h"
#include "model/LlmTableModel.h"
#include "model/ModelFields.h"
#include "model/SecretRedaction.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "testing/TestRunner.h"
#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"
#include "transfer/ImportRunner.h"
#include "transfer/ModelsDocument.h"
#include "transfer/ServerContents.h"
#include "workspace/ServerWorkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace lb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(lb::cli::CommandLine)
};

QString environmentKey(const Profile &p)
{
    return Profile::environmentKey(p.environment);
}

struct Common
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Text::tr("Use the saved server profile NAME (as in the console)."), Text::tr("NAME")};
    QCommandLineOption url{QStringLiteral("url"),
                           Text::tr("Use the server at URL, with the API key from the environment "
                                    "variable LANGBOT_API_KEY."),
                           Text::tr("URL")};
    QCommandLineOption json{QStringLiteral("json"), Text::tr("Print machine-readable JSON.")};
};

void describe(QCommandLineParser &parser, const QString &verb, const QString &synopsis, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(verb, synopsis, verb + QLatin1Char(' ') + synopsis);
}

// ------------------------------------------------------------ export/import
struct ExportJob
{
    QString file; // "-" = stdout
    bool includeSecrets = false;
};

void runExport(ApiClient *client, const Profile &profile, Output &out, const ExportJob &job, Finish &finish)
{
    // The server version is for the document's "source"; a server that does
    // not say it still exports.
    ApiCall *info = client->systemInfo();
    QObject::connect(info, &ApiCall::finished, info, [info, client, profile, &out, job, &finish] {
        const QString version
            = info->ok() ? ApiClient::stringFromData(info->data(), QStringLiteral("version")) : QString();
        // Providers and every model type on 4.7+ (a version 2 document);
        // 4.0–4.6 servers still export version 1.
        auto *contents = new ServerContents(client, client);
        QObject::connect(
            contents, &ServerContents::finished, contents, [contents, client, profile, version, &out, job, &finish] {
                contents->deleteLater();
                if (!contents->ok()) {
                    out.error(contents->error().message());
                    finish(exitCodeFor(contents->error()));
                    return;
                }
                const ExportSource source{profile.name, client->settings().baseUrl, version};
                const ExportOptions options{job.includeSecrets};
                const ModelsDocument doc = contents->document(source, options);
                const qsizetype exported = doc.models.size();
                if (job.file == QLatin1String("-")) {
                    QTextStream(stdout) << QString::fromUtf8(doc.toJson());
                } else {
                    QString error;
                    if (!doc.writeFile(job.file, &error)) {
                        out.error(Text::tr("Could not write %1: %2").arg(job.file, error));
                        finish(SomeFailed);
                        return;
                    }
                    out.error(Text::tr("Exported %n model(s) to %1.", nullptr, int(exported)).arg(job.file));
                }
                if (job.includeSecrets)
                    out.error(Text::tr("Warning: the export holds API keys in plain text. Keep it out of "
                                       "version control and delete it when done."));
                finish(Ok);
            });
        contents->start();
    });
}

struct ImportJob
{
    QString file;
    bool dryRun = false;
    ConflictPolicy onConflict = ConflictPolicy::Update;
    bool asJson = false;
    bool confirmed = false; // --yes
    QString reportFile;
};

QString actionWord(ImportAction action)
{
    return ImportReport::actionKey(action);
}

void printPlan(Output &out, const ImportPlan &plan)
{
    for (const ImportProviderRow &row : plan.providerRows()) {
        const QString word = row.action == ImportAction::Create ? actionWord(row.action) : Text::tr("reuse");
        out.line(pad(word, 8) + Text::tr("provider %1").arg(row.name()) + QStringLiteral("  — ") + row.reason);
        for (const QString &warning : row.warnings)
            out.line(QStringLiteral("          ! ") + warning);
    }
    for (const ImportRow &row : plan.rows()) {
        QString line = pad(actionWord(row.action), 8) + row.name();
        if (!row.reason.isEmpty())
            line += QStringLiteral("  — ") + row.reason;
        out.line(line);
        if (row.action != ImportAction::Skip) {
            for (const FieldChange &change : row.changes)
                out.line(QStringLiteral("          ") + change.toString());
        }
        for (const QString &warning : row.warnings)
            out.line(QStringLiteral("          ! ") + warning);
    }
    out.line(plan.summaryText());
}

void runImport(ApiClient *client, const Profile &profile, Output &out, const ImportJob &job, const ModelsDocument &doc,
               Finish &finish)
{
    auto *contents = new ServerContents(client, client);
    QObject::connect(
        contents, &ServerContents::finished, contents, [contents, client, profile, &out, job, doc, &finish] {
            contents->deleteLater();
            if (!contents->ok()) {
                out.error(contents->error().message());
                finish(exitCodeFor(contents->error()));
                return;
            }
            const ImportOptions options{ImportPlan::isSameServer(doc.source.serverUrl, client->settings().baseUrl),
                                        job.onConflict};
            // Across generations: providers found or created on 4.7+ (ImportPlan).
            auto plan = std::make_shared<ImportPlan>(
                ImportPlan::build(doc, contents->providers(), contents->models(), client->features(), options));
            if (!job.asJson || job.dryRun)
                printPlan(out, *plan);
            if (job.dryRun) {
                finish(Ok);
                return;
            }
            if (profile.isProduction() && plan->count(ImportAction::Update) > 0 && !job.confirmed) {
                out.error(Text::tr("“%1” is a production profile and this import overwrites %n model(s). "
                                   "Check the plan with --dry-run, then run again with --yes.",
                                   nullptr, plan->count(ImportAction::Update))
                              .arg(profile.name));
                finish(Usage);
                return;
            }
            // One write at a time, in document order; a failure does not stop the
            // rest (the same runner as the GUI's import).
            auto *runner = new ImportRunner(client, client);
            runner->setSourceFile(job.file);
            runner->setTargetProfile(profile.name);
            QObject::connect(runner, &ImportRunner::progressChanged, runner, [&out](int done, int total) {
                out.progress(Text::tr("Importing %1/%2").arg(done).arg(total));
            });
            QObject::connect(runner, &ImportRunner::finished, runner, [runner, &out, job, &finish] {
                out.endProgress();
                const ImportReport &report = runner->report();
                if (job.asJson)
                    out.line(QString::fromUtf8(report.toJson()).trimmed()); // its own stable key order
                else
                    out.line(report.toText());
                if (!job.reportFile.isEmpty()) {
                    QString error;
                    if (!report.save(job.reportFile, &error))
                        out.error(Text::tr("Could not save the report to %1: %2").arg(job.reportFile, error));
                }
                const bool failed = report.hasFailures();
                runner->deleteLater();
                finish(failed ? SomeFailed : Ok);
            });
            runner->start(*plan);
        });
    contents->start();
}

// ------------------------------------------------------------------ profiles
int profilesList(Output &out, bool asJson)
{
    ProfileStore store;
    const QString last = store.lastUsedId();
    if (asJson) {
        QJsonArray list;
        for (const Profile &p : store.profiles()) {
            list.append(QJsonObject{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("url"), p.baseUrl.toString()},
                {QStringLiteral("environment"), environmentKey(p)},
                {QStringLiteral("auth"),
                 p.authMode == Profile::AuthMode::ApiKey ? QStringLiteral("api-key") : QStringLiteral("login")},
                {QStringLiteral("last_used"), p.id == last},
            });
        }
        out.json(QJsonObject{{QStringLiteral("profiles"), list}});
        return Ok;
    }
    if (store.profiles().isEmpty()) {
        out.line(Text::tr("No profiles yet. Add one: langbot-console profiles add NAME --url URL"));
        return Ok;
    }
    out.line(QStringLiteral("  ") + pad(Text::tr("NAME"), 26) + pad(Text::tr("ENVIRONMENT"), 13)
             + pad(Text::tr("AUTH"), 9) + Text::tr("URL"));
    for (const Profile &p : store.profiles()) {
        out.line((p.id == last ? QStringLiteral("* ") : QStringLiteral("  ")) + pad(p.name, 25) + QLatin1Char(' ')
                 + pad(environmentKey(p), 12) + QLatin1Char(' ')
                 + pad(p.authMode == Profile::AuthMode::ApiKey ? QStringLiteral("api-key") : QStringLiteral("login"), 8)
                 + QLatin1Char(' ') + p.baseUrl.toString());
    }
    return Ok;
}

struct ProfileOptions
{
    const QCommandLineOption &json;
    const QCommandLineOption &url;
    const QCommandLineOption &environment;
    const QCommandLineOption &auth;
    const QCommandLineOption &user;
};

// Waits for keychain requests (they are asynchronous, with a timeout) and
// returns the first failure's message, or an empty string.
QString awaitRequests(const QList<CredentialRequest *> &requests)
{
    int pending = int(requests.size());
    QString problem;
    Finish finish;
    for (CredentialRequest *request : requests) {
        QObject::connect(request, &CredentialRequest::finished, request, [&, request] {
            const auto &result = request->result();
            if (result.status != CredentialRequest::Status::Ok && result.status != CredentialRequest::Status::NotFound
                && problem.isEmpty())
                problem = result.message;
            if (--pending == 0)
                finish(Ok);
        });
    }
    if (pending > 0 && !finish.done)
        QCoreApplication::exec();
    return problem;
}

int runProfiles(Output &out, const QCommandLineParser &parser, const QStringList &positional, const ProfileOptions &o)
{
    auto usage = [&](const QString &text) {
        out.error(text + QLatin1Char('\n') + Text::tr("See: langbot-console profiles --help"));
        return int(Usage);
    };
    const QString action = positional.value(0);
    if (action == QLatin1String("list") || action.isEmpty())
        return positional.size() <= 1 ? profilesList(out, parser.isSet(o.json))
                                      : usage(Text::tr("profiles list takes no more arguments."));

    ProfileStore store;
    CredentialStore credentials;
    if (action == QLatin1String("remove")) {
        if (positional.size() != 2)
            return usage(Text::tr("profiles remove needs the profile's NAME."));
        const std::optional<Profile> p = store.profileByName(positional.at(1));
        if (!p) {
            out.error(Text::tr("No profile called “%1”.").arg(positional.at(1)));
            return SomeFailed;
        }
        store.remove(p->id);
        store.sync();
        const QString problem = awaitRequests({credentials.remove(p->id, CredentialStore::Kind::ApiKey),
                                               credentials.remove(p->id, CredentialStore::Kind::Password)});
        out.line(Text::tr("Removed profile “%1”.").arg(p->name));
        if (!problem.isEmpty()) {
            out.error(Text::tr("Its secrets could not be removed from the keychain: %1").arg(problem));
            return SomeFailed;
        }
        return Ok;
    }
    if (action != QLatin1String("add"))
        return usage(Text::tr("Unknown profiles action “%1”: use list, add or remove.").arg(action));
    if (positional.size() != 2)
        return usage(Text::tr("profiles add needs the profile's NAME."));
    if (!parser.isSet(o.url))
        return usage(Text::tr("profiles add needs --url URL."));

    Profile p;
    p.name = positional.at(1);
    p.baseUrl = QUrl::fromUserInput(parser.value(o.url));
    const QString env = parser.value(o.environment).toLower();
    p.environment = Profile::environmentFromKey(env);
    if (Profile::environmentKey(p.environment) != env)
        return usage(Text::tr("--environment takes development, staging, production or other."));
    const QString mode = parser.value(o.auth).toLower();
    if (mode == QLatin1String("login")) {
        p.authMode = Profile::AuthMode::UserLogin;
        p.userEmail = parser.value(o.user);
    } else if (mode != QLatin1String("api-key")) {
        return usage(Text::tr("--auth takes api-key or login."));
    }
    if (!store.isNameAvailable(p.name))
        return usage(Text::tr("A profile called “%1” exists already.").arg(p.name));
    const QString invalid = p.validate();
    if (!invalid.isEmpty())
        return usage(invalid);
    p.id = store.add(p);
    store.sync();
    out.line(Text::tr("Added profile “%1” (%2).").arg(p.name, p.baseUrl.toString()));

    const bool apiKey = p.authMode == Profile::AuthMode::ApiKey;
    const QString secret = qEnvironmentVariable(apiKey ? "LANGBOT_API_KEY" : "LANGBOT_PASSWORD");
    if (secret.isEmpty()) {
        out.error(apiKey
                      ? Text::tr("No API key stored: set LANGBOT_API_KEY when adding, or enter it in the console.")
                      : Text::tr("No password stored: set LANGBOT_PASSWORD when adding, or enter it in the console."));
        return Ok;
    }
    const QString problem = awaitRequests(
        {credentials.write(p.id, apiKey ? CredentialStore::Kind::ApiKey : CredentialStore::Kind::Password, secret)});
    if (!problem.isEmpty()) {
        out.error(Text::tr("The profile was saved, but its secret could not be stored: %1").arg(problem));
        return SomeFailed;
    }
    out.line(apiKey ? Text::tr("The API key is in the keychain.") : Text::tr("The password is in the keychain."));
    return Ok;
}

} // namespace

QString exitCodesHelp()
{
    const std::pair<ExitCode, QString> codes[] = {
        {Ok, Text::tr("ok")},
        {SomeFailed, Text::tr("some items failed (a test, an imported model)")},
        {Usage, Text::tr("usage, or an import document that is not valid (nothing is sent)")},
        {Authentication, Text::tr("authentication: no usable credentials, or refused (HTTP 401)")},
        {PermissionDenied,
         Text::tr("permission denied (HTTP 403, or known before sending; the message names the "
                  "missing permission)")},
        {NotFound, Text::tr("not found (HTTP 404)")},
        {Rejected,
         Text::tr("conflict or precondition: the server rejected the input (HTTP 400, 409, 412), or a delete "
                  "would break pipelines or bots (without --force)")},
        {Network, Text::tr("network, TLS or timeout: the server could not be reached")},
        {IncompatibleServer,
         Text::tr("incompatible server: not a LangBot API (route absent, not JSON), or an action "
                  "that server's generation does not have (providers on 4.0–4.6)")},
        {ServerError, Text::tr("server error (HTTP 5xx; the message ends with the request id)")},
    };
    QString text = QLatin1Char('\n') + Text::tr("Exit codes:");
    for (const auto &[code, meaning] : codes)
        text += QStringLiteral("\n  %1  %2").arg(int(code)).arg(meaning);
    return text;
}

QStringList verbs()
{
    return {QStringLiteral("info"),     QStringLiteral("providers"), QStringLiteral("list"),   QStringLiteral("models"),
            QStringLiteral("get"),      QStringLiteral("create"),    QStringLiteral("update"), QStringLiteral("delete"),
            QStringLiteral("test"),     QStringLiteral("usage"),     QStringLiteral("export"), QStringLiteral("import"),
            QStringLiteral("profiles"), QStringLiteral("replace")};
}

bool isVerb(const QString &word)
{
    return verbs().contains(word);
}

// The options of the verbs (each verb adds the ones it takes).
struct VerbOptions
{
    QCommandLineOption all{QStringLiteral("all"), Text::tr("Test every model of the server.")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   Text::tr("Run at most N tests at once (1 to 32, default 4)."), Text::tr("N"),
                                   QString::number(TestRunner::kDefaultConcurrency)};
    QCommandLineOption addUrl{QStringLiteral("url"), Text::tr("The server's base URL."), Text::tr("URL")};
    QCommandLineOption environment{QStringLiteral("environment"),
                                   Text::tr("development, staging, production or other (default)."), Text::tr("ENV"),
                                   QStringLiteral("other")};
    QCommandLineOption auth{QStringLiteral("auth"),
                            Text::tr("api-key (default; the key from LANGBOT_API_KEY is stored in the "
                                     "keychain) or login (with --user; the password from LANGBOT_PASSWORD)."),
                            Text::tr("MODE"), QStringLiteral("api-key")};
    QCommandLineOption user{QStringLiteral("user"), Text::tr("The LangBot user e-mail for --auth login."),
                            Text::tr("EMAIL")};
    QCommandLineOption outputFile{{QStringLiteral("o"), QStringLiteral("output")},
                                  Text::tr("Write the export to FILE (\"-\" for standard output)."),
                                  Text::tr("FILE")};
    QCommandLineOption includeSecrets{QStringLiteral("include-secrets"),
                                      Text::tr("Write the API keys into the export (plain text!). "
                                               "Left out by default.")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), Text::tr("Show what the import would do; send nothing.")};
    QCommandLineOption onConflict{QStringLiteral("on-conflict"),
                                  Text::tr("What to do with a model the server has already: update "
                                           "(default) or skip."),
                                  Text::tr("POLICY"), QStringLiteral("update")};
    QCommandLineOption yes{QStringLiteral("yes"),
                           Text::tr("Confirm an import that overwrites models on a production profile.")};
    QCommandLineOption reportFile{QStringLiteral("report"),
                                  Text::tr("Save the import report to FILE (JSON for *.json, else text)."),
                                  Text::tr("FILE")};
    // Models and providers.
    QCommandLineOption type{QStringLiteral("type"),
                            Text::tr("The model type: llm, embedding or rerank (list and test: also all, the "
                                     "default; create: llm by default)."),
                            Text::tr("TYPE")};
    QCommandLineOption provider{QStringLiteral("provider"), Text::tr("Only the models of the provider UUID or NAME."),
                                Text::tr("PROVIDER")};
    QCommandLineOption file{QStringLiteral("file"), Text::tr("Read the record from FILE (a JSON object)."),
                            Text::tr("FILE")};
    QCommandLineOption name{QStringLiteral("name"), Text::tr("The provider's name."), Text::tr("NAME")};
    QCommandLineOption requester{QStringLiteral("requester"),
                                 Text::tr("The provider's requester (e.g. openai-chat-completions)."),
                                 Text::tr("REQUESTER")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"), Text::tr("The provider's base URL."), Text::tr("URL")};
    QCommandLineOption apiKey{QStringLiteral("api-key"),
                              Text::tr("An API key of the provider; repeat it for several. Replaces the stored "
                                       "keys."),
                              Text::tr("KEY")};
    QCommandLineOption showSecrets{QStringLiteral("include-secrets"),
                                   Text::tr("Print the provider's keys (needs the permission "
                                            "provider_secret.manage).")};
    QCommandLineOption confirmDelete{QStringLiteral("yes"), Text::tr("Confirm the delete.")};
    QCommandLineOption force{QStringLiteral("force"),
                             Text::tr("Delete models that pipelines or knowledge bases use, too (what breaks is "
                                      "still named).")};
    QCommandLineOption unused{QStringLiteral("unused"), Text::tr("Only the models nothing uses.")};
    QCommandLineOption planOnly{QStringLiteral("dry-run"), Text::tr("Show the plan; change nothing.")};
    QCommandLineOption applyPlan{QStringLiteral("yes"), Text::tr("Apply the plan.")};
};

// The help text and the options of verb; false for an unknown verb.
bool describeVerb(QCommandLineParser &parser, const QString &verb, const Common &common, const VerbOptions &o)
{
    if (verb == QLatin1String("list") || verb == QLatin1String("models")) {
        describe(parser, verb, QString(),
                 Text::tr("List the server's models of every type, or of --type (no key values)."));
        parser.addOptions({common.profile, common.url, common.json, o.type, o.provider});
    } else if (verb == QLatin1String("get")) {
        describe(parser, verb, Text::tr("UUID"),
                 Text::tr("Print one model as JSON (key values left out). Without --type it is looked "
                          "for in every type."));
        parser.addOptions({common.profile, common.url, o.type});
    } else if (verb == QLatin1String("info")) {
        describe(parser, verb, QString(),
                 Text::tr("Show the server: URL, version, API generation, and your role and permissions."));
        parser.addOptions({common.profile, common.url, common.json});
    } else if (verb == QLatin1String("providers")) {
        describe(parser, verb, Text::tr("list | get REF | create | update REF | delete REF | scan REF"),
                 Text::tr("The providers of a LangBot 4.7+ server (REF: a UUID or a name). create and update "
                          "take --file and the flags --name, --requester, --base-url, --api-key; delete needs "
                          "--yes; scan lists the models the provider offers. Keys are never printed unless "
                          "get --include-secrets. A 4.0–4.6 server has no providers: list shows those "
                          "implied by its models, writes exit with code 8."));
        parser.addOptions({common.profile, common.url, common.json, o.file, o.name, o.requester, o.baseUrl, o.apiKey,
                           o.showSecrets, o.confirmDelete, o.type});
    } else if (verb == QLatin1String("create")) {
        describe(parser, verb, QString(),
                 Text::tr("Create a model of --type from --file (a JSON object; only the fields the server "
                          "accepts are sent)."));
        parser.addOptions({common.profile, common.url, common.json, o.type, o.file});
    } else if (verb == QLatin1String("update")) {
        describe(parser, verb, Text::tr("UUID"),
                 Text::tr("Update a model with the fields of --file (only the fields the server accepts "
                          "are sent)."));
        parser.addOptions({common.profile, common.url, o.type, o.file});
    } else if (verb == QLatin1String("delete")) {
        describe(parser, verb, Text::tr("UUID..."), Text::tr("Delete models (needs --yes)."));
        parser.addOptions({common.profile, common.url, o.type, o.confirmDelete, o.force});
    } else if (verb == QLatin1String("usage")) {
        describe(parser, verb, Text::tr("[UUID|NAME...]"),
                 Text::tr("Where the models are used (LangBot 4.7+): the pipelines that use each model as "
                          "primary, fallback or rerank model or through a knowledge base's embedding model, "
                          "and the bots that run them. --unused lists the models nothing uses. Lists the "
                          "server refuses are named on standard error."));
        parser.addOptions({common.profile, common.url, common.json, o.unused});
    } else if (verb == QLatin1String("replace")) {
        describe(parser, verb, Text::tr("OLD NEW"),
                 Text::tr("Replace the model OLD by NEW (each a UUID or a name) everywhere pipelines name it "
                          "(LangBot 4.7+): prints the plan (each pipeline and field, the bots that will notice, "
                          "the knowledge bases to recreate), then with --yes rewrites each pipeline from a fresh "
                          "read. Exit code 1 when any pipeline failed or was skipped. The old model is not "
                          "deleted."));
        parser.addOptions({common.profile, common.url, common.json, o.planOnly, o.applyPlan});
    } else if (verb == QLatin1String("export")) {
        describe(parser, verb, QString(),
                 Text::tr("Export the server's model configurations to a JSON document (see "
                          "docs/export-format.md). API keys are left out unless --include-secrets."));
        parser.addOptions({common.profile, common.url, o.outputFile, o.includeSecrets});
    } else if (verb == QLatin1String("import")) {
        describe(parser, verb, Text::tr("FILE"),
                 Text::tr("Import model configurations from an export document: shows the plan (create, "
                          "update or skip per model, with the changes), then applies it. Exit code 1 when "
                          "any model failed, 2 for a document that is not valid (nothing is sent then)."));
        parser.addOptions({common.profile, common.url, common.json, o.dryRun, o.onConflict, o.yes, o.reportFile});
    } else if (verb == QLatin1String("test")) {
        describe(parser, verb, Text::tr("[UUID...|--all]"),
                 Text::tr("Ask the server to test models against their providers; prints each result "
                          "with its round-trip time. Exit code 1 when any test failed."));
        parser.addOptions({common.profile, common.url, common.json, o.all, o.concurrency, o.type});
    } else if (verb == QLatin1String("profiles")) {
        describe(parser, verb, Text::tr("list | add NAME | remove NAME"),
                 Text::tr("The server profiles shared with the console window."));
        parser.addOptions({common.json, o.addUrl, o.environment, o.auth, o.user});
    } else {
        return false;
    }
    return true;
}

// The jobs of the model and provider verbs, from their arguments.
struct Jobs
{
    ModelJob model;
    ProviderJob provider;
    UsageJob usage;
    ReplaceJob replace;
};

// A JSON object file into *fields; an error sentence, or empty.
QString readObjectFile(const QString &path, QJsonObject *fields)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("Could not read %1: %2").arg(path, file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Text::tr("%1 is not a JSON object: %2").arg(path, error.errorString());
    *fields = doc.object();
    return {};
}

QString parseProviderJob(const QCommandLineParser &parser, const QStringList &positional, const VerbOptions &o,
                         ProviderJob *job)
{
    job->action = positional.value(0, QStringLiteral("list"));
    if (!providerActions().contains(job->action))
        return Text::tr("Unknown providers action “%1”: use %2.")
            .arg(job->action, providerActions().join(QLatin1String(", ")));
    const bool needsRef = job->action != QLatin1String("list") && job->action != QLatin1String("create");
    if (positional.size() != (needsRef ? 2 : std::min<qsizetype>(positional.size(), 1)))
        return needsRef ? Text::tr("providers %1 needs one provider UUID or NAME.").arg(job->action)
                        : Text::tr("providers %1 takes no more arguments.").arg(job->action);
    job->ref = positional.value(1);
    job->includeSecrets = parser.isSet(o.showSecrets);
    job->confirmed = parser.isSet(o.confirmDelete);
    if (job->action == QLatin1String("delete") && !job->confirmed)
        return Text::tr("providers delete needs --yes.");
    if (parser.isSet(o.type) && !parseModelType(parser.value(o.type), true, &job->type))
        return Text::tr("--type takes llm, embedding, rerank or all.");
    if (parser.isSet(o.file)) {
        if (const QString problem = readObjectFile(parser.value(o.file), &job->fields); !problem.isEmpty())
            return problem;
    }
    const std::pair<const QCommandLineOption *, QLatin1StringView> flags[]
        = {{&o.name, ModelFields::kName}, {&o.requester, ModelFields::kRequester}, {&o.baseUrl, ModelFields::kBaseUrl}};
    for (const auto &[option, key] : flags) {
        if (parser.isSet(*option))
            job->fields.insert(key, parser.value(*option));
    }
    if (parser.isSet(o.apiKey))
        job->fields.insert(ModelFields::kApiKeys, QJsonArray::fromStringList(parser.values(o.apiKey)));
    const bool writes = job->action == QLatin1String("create") || job->action == QLatin1String("update");
    if (writes && job->fields.isEmpty())
        return Text::tr("providers %1 needs --file or --name, --requester, --base-url, --api-key.").arg(job->action);
    return {};
}

QString parseModelJob(const QString &verb, const QCommandLineParser &parser, const QStringList &positional,
                      const VerbOptions &o, ModelJob *job)
{
    job->uuids = positional;
    const bool listing = verb == QLatin1String("list") || verb == QLatin1String("models");
    if (parser.isSet(o.type)
        && !parseModelType(parser.value(o.type), listing || verb == QLatin1String("test"), &job->type))
        return listing || verb == QLatin1String("test") ? Text::tr("--type takes llm, embedding, rerank or all.")
                                                        : Text::tr("--type takes llm, embedding or rerank.");
    if (listing && parser.isSet(o.provider))
        job->provider = parser.value(o.provider);
    if (listing && !positional.isEmpty())
        return Text::tr("list takes no arguments.");
    if ((verb == QLatin1String("get") || verb == QLatin1String("update")) && positional.size() != 1)
        return Text::tr("%1 needs exactly one UUID.").arg(verb);
    if (verb == QLatin1String("create") && !positional.isEmpty())
        return Text::tr("create takes no arguments; give the record with --file.");
    if (verb == QLatin1String("delete") && (positional.isEmpty() || !parser.isSet(o.confirmDelete)))
        return Text::tr("delete needs model UUIDs and --yes.");
    if (verb == QLatin1String("delete"))
        job->force = parser.isSet(o.force);
    if (verb == QLatin1String("create") || verb == QLatin1String("update")) {
        if (!parser.isSet(o.file))
            return Text::tr("%1 needs --file FILE.").arg(verb);
        if (const QString problem = readObjectFile(parser.value(o.file), &job->fields); !problem.isEmpty())
            return problem;
    }
    if (verb == QLatin1String("test")) {
        job->all = parser.isSet(o.all);
        bool ok = false;
        job->concurrency = parser.value(o.concurrency).toInt(&ok);
        if (!ok || job->concurrency < TestRunner::kMinConcurrency || job->concurrency > TestRunner::kMaxConcurrency)
            return Text::tr("--concurrency takes a number from 1 to 32.");
        if (job->all == !job->uuids.isEmpty())
            return Text::tr("test needs either model UUIDs or --all.");
    }
    return {};
}

// Fills *jobs from the arguments of verb; an error sentence, or empty.
QString parseJobs(const QString &verb, const QCommandLineParser &parser, const QStringList &positional,
                  const Common &common, const VerbOptions &o, Jobs *jobs)
{
    const bool asJson = parser.optionNames().contains(QStringLiteral("json")) && parser.isSet(common.json);
    jobs->model.asJson = asJson;
    jobs->provider.asJson = asJson;
    if (verb == QLatin1String("providers"))
        return parseProviderJob(parser, positional, o, &jobs->provider);
    if (verb == QLatin1String("info") && !positional.isEmpty())
        return Text::tr("info takes no arguments.");
    if (verb == QLatin1String("usage")) {
        jobs->usage = UsageJob{positional, parser.isSet(o.unused), asJson};
        return {};
    }
    if (verb == QLatin1String("replace")) {
        if (positional.size() != 2)
            return Text::tr("replace needs the OLD and the NEW model (UUID or name).");
        jobs->replace = ReplaceJob{positional.at(0), positional.at(1), parser.isSet(o.planOnly),
                                   parser.isSet(o.applyPlan), asJson};
        return {};
    }
    if (verb == QLatin1String("export") || verb == QLatin1String("import") || verb == QLatin1String("info"))
        return {};
    return parseModelJob(verb, parser, positional, o, &jobs->model);
}

void dispatch(const QString &verb, const Session *session, ApiClient *client, const Jobs &jobs, Output &out,
              Finish &finish)
{
    if (verb == QLatin1String("info"))
        runInfo(session, out, jobs.model.asJson, finish);
    else if (verb == QLatin1String("providers"))
        runProviders(client, out, jobs.provider, finish);
    else if (verb == QLatin1String("usage"))
        runUsage(client, out, jobs.usage, finish);
    else if (verb == QLatin1String("replace"))
        runReplace(client, out, jobs.replace, finish);
    else if (verb == QLatin1String("list") || verb == QLatin1String("models"))
        runList(client, out, jobs.model, finish);
    else if (verb == QLatin1String("get"))
        runGet(client, out, jobs.model, finish);
    else if (verb == QLatin1String("create"))
        runCreate(client, out, jobs.model, finish);
    else if (verb == QLatin1String("update"))
        runUpdate(client, out, jobs.model, finish);
    else if (verb == QLatin1String("delete"))
        runDelete(client, out, jobs.model, finish);
    else
        runTests(client, out, jobs.model, finish);
}

int run(const QStringList &arguments)
{
    Output out;
    const QString verb = arguments.value(1);
    QStringList args = arguments;
    args.removeAt(1); // the parser sees "program [options] [positional]"

    Common common;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(common.help);

    const VerbOptions o;

    if (!describeVerb(parser, verb, common, o)) {
        out.error(Text::tr("Unknown command “%1”. Commands: %2").arg(verb, verbs().join(QLatin1String(", "))));
        return Usage;
    }

    if (!parser.parse(args)) {
        out.error(parser.errorText() + QLatin1Char('\n') + Text::tr("See: langbot-console %1 --help").arg(verb));
        return Usage;
    }
    if (parser.isSet(common.help)) {
        out.line(parser.helpText().replace(QStringLiteral("[options] ") + verb, verb + QStringLiteral(" [options]"))
                 + exitCodesHelp());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    auto usage = [&](const QString &text) {
        out.error(text + QLatin1Char('\n') + Text::tr("See: langbot-console %1 --help").arg(verb));
        return int(Usage);
    };

    if (verb == QLatin1String("profiles"))
        return runProfiles(out, parser, positional,
                           ProfileOptions{common.json, o.addUrl, o.environment, o.auth, o.user});

    Jobs jobs;
    if (const QString problem = parseJobs(verb, parser, positional, common, o, &jobs); !problem.isEmpty())
        return usage(problem);
    ExportJob exportJob;
    if (verb == QLatin1String("export")) {
        if (!positional.isEmpty())
            return usage(Text::tr("export takes no arguments; name the file with -o FILE."));
        if (!parser.isSet(o.outputFile))
            return usage(Text::tr("export needs -o FILE (or -o - for standard output)."));
        exportJob.file = parser.value(o.outputFile);
        exportJob.includeSecrets = parser.isSet(o.includeSecrets);
    }
    ImportJob importJob;
    ModelsDocument document;
    if (verb == QLatin1String("import")) {
        if (positional.size() != 1)
            return usage(Text::tr("import needs exactly one FILE."));
        importJob.file = positional.at(0);
        importJob.dryRun = parser.isSet(o.dryRun);
        importJob.asJson = parser.isSet(common.json);
        importJob.confirmed = parser.isSet(o.yes);
        importJob.reportFile = parser.value(o.reportFile);
        const QString policy = parser.value(o.onConflict).toLower();
        if (policy == QLatin1String("skip"))
            importJob.onConflict = ConflictPolicy::Skip;
        else if (policy != QLatin1String("update"))
            return usage(Text::tr("--on-conflict takes update or skip."));
        // The document is checked before anything is sent.
        const ModelsDocument::ReadResult read = ModelsDocument::readFile(importJob.file);
        if (!read.ok()) {
            out.error(Text::tr("%1 is not a valid export document:").arg(importJob.file));
            out.error(read.errors.toText());
            return Usage;
        }
        document = read.document;
    }
    if (parser.isSet(common.profile) && parser.isSet(common.url))
        return usage(Text::tr("Use either --profile or --url, not both."));

    Finish finish;
    Connector connector;
    const Connector::Target target{parser.value(common.profile), parser.value(common.url)};
    connector.open(
        target,
        [&](ApiClient *client, const Profile &profile) {
            if (verb == QLatin1String("export"))
                runExport(client, profile, out, exportJob, finish);
            else if (verb == QLatin1String("import"))
                runImport(client, profile, out, importJob, document, finish);
            else
                dispatch(verb, connector.session(), client, jobs, out, finish);
        },
        [&](const QString &message, int code) {
            out.error(message);
            finish(code);
        });
    if (!finish.done)
        QCoreApplication::exec();
    return finish.code;
}

} // namespace lb::cli
