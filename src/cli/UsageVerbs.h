#pragma once

#include <QStringList>

namespace lb {
class ApiClient;
} // namespace lb

namespace lb::cli {

class Output;
struct Finish;

// `usage [UUID|NAME...] [--unused]`: where the models are used (pipelines,
// bots, knowledge bases; LangBot 4.7+), and with --unused the models nothing
// uses.
struct UsageJob
{
    QStringList refs; // models by uuid or name; none = all
    bool unusedOnly = false;
    bool asJson = false;
};
void runUsage(ApiClient *client, Output &out, const UsageJob &job, Finish &finish);

} // namespace lb::cli
