#pragma once

#include <QString>

namespace lb {
class ApiClient;
} // namespace lb

namespace lb::cli {

class Output;
struct Finish;

// `replace OLD NEW [--dry-run] [--yes] [--json]`: replace a model everywhere
// pipelines name it (LangBot 4.7+): prints the plan, applies it with --yes
// (a fresh read and a whole-config PUT per pipeline), one result per pipeline.
struct ReplaceJob
{
    QString oldRef; // uuid or name
    QString newRef;
    bool dryRun = false;
    bool confirmed = false; // --yes
    bool asJson = false;
};
void runReplace(ApiClient *client, Output &out, const ReplaceJob &job, Finish &finish);

} // namespace lb::cli
