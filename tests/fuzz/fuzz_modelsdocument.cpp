// Fuzz target: the export document of models (ModelsDocument::read), what a
// user imports from a file of any origin. A readable document must survive
// writing and reading again unchanged, and an import plan must be buildable
// from it against a server that has some of its models.
#include "FuzzSupport.h"

#include "transfer/ImportPlan.h"
#include "transfer/ModelsDocument.h"

using namespace lb;

LB_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    fuzz::consume(QString::number(int(TransferFormat::detect(bytes))));
    const ModelsDocument::ReadResult read = ModelsDocument::read(bytes, 8);
    fuzz::consume(read.errors.toText());
    LB_FUZZ_CHECK(read.errors.size() <= 8);
    for (const DocumentError &e : read.errors.list())
        LB_FUZZ_CHECK(!e.message.isEmpty());
    if (!read.ok())
        return 0;

    // Written and read again: the same models.
    const ModelsDocument::ReadResult again
        = fuzz::readWrittenAgain(read, [](const QByteArray &b) { return ModelsDocument::read(b); });
    LB_FUZZ_CHECK(again.document.models == read.document.models);
    LB_FUZZ_CHECK(again.document.secretsIncluded == read.document.secretsIncluded);

    // The plan against a server holding every other model, renamed.
    QList<LlmModel> server;
    for (qsizetype i = 0; i < read.document.models.size(); i += 2) {
        LlmModel m = read.document.models.at(i).model;
        if (m.uuid().isEmpty())
            m.setUuid(QStringLiteral("server-%1").arg(i));
        if (i % 4 == 0)
            m.setDescription(m.description() + QLatin1String(" (on the server)"));
        server.append(m);
    }
    for (const bool sameServer : {true, false}) {
        ImportOptions options;
        options.sameServer = sameServer;
        ImportPlan plan = ImportPlan::build(read.document.models, server, options);
        LB_FUZZ_CHECK(plan.size() == read.document.models.size());
        fuzz::consume(plan.summaryText());
        for (qsizetype r = 0; r < plan.size(); ++r) {
            const ImportRow &row = plan.row(r);
            for (const FieldChange &change : row.changes) {
                fuzz::consume(change.toString());
                if (change.path == QLatin1String("api_keys"))
                    LB_FUZZ_CHECK(change.secret);
            }
            if (row.action != ImportAction::Skip) {
                for (const char *key : {"uuid", "created_at", "updated_at"})
                    LB_FUZZ_CHECK(!row.body.contains(QLatin1String(key)));
            }
            if (!server.isEmpty() && !row.hasTarget()) {
                QString why;
                plan.setTarget(r, server.first().uuid(), &why);
            }
        }
        plan.resetActions();
    }
    return 0;
}
