#pragma once

#include "model/ModelType.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lb {
class ApiClient;
} // namespace lb

namespace lb::cli {

class Output;
struct Finish;

// The model verbs: list (alias models), get, create, update, delete, test.
struct ModelJob
{
    QStringList uuids;             // get, update (one), delete, test
    bool force = false;            // delete: also models in use (4.7+)
    std::optional<ModelType> type; // --type; list: none = all
    QString provider;              // list --provider UUID|NAME
    QJsonObject fields;            // create, update: from --file
    bool asJson = false;
    // test
    bool all = false;
    int concurrency = 4;
};

// --type: "llm", "embedding", "rerank", or "all" when allowAll; false for
// anything else.
bool parseModelType(const QString &text, bool allowAll, std::optional<ModelType> *type);

void runList(ApiClient *client, Output &out, const ModelJob &job, Finish &finish);
void runGet(ApiClient *client, Output &out, const ModelJob &job, Finish &finish);
void runCreate(ApiClient *client, Output &out, const ModelJob &job, Finish &finish);
void runUpdate(ApiClient *client, Output &out, const ModelJob &job, Finish &finish);
void runDelete(ApiClient *client, Output &out, const ModelJob &job, Finish &finish);
void runTests(ApiClient *client, Output &out, const ModelJob &job, Finish &finish);

} // namespace lb::cli
