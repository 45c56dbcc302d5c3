// Fuzz target: the files the console keeps per profile and reads back at
// start: the test history (TestHistory), the offline model list (ModelCache)
// and the requester schemas (SchemaCache). Any content must load without a
// crash; what loads must survive saving and loading again.
#include "FuzzSupport.h"

#include "cache/ModelCache.h"
#include "schema/SchemaCache.h"
#include "testing/TestHistory.h"

#include <QFile>

using namespace lb;

namespace {

const QString kProfile = QStringLiteral("3f0e4d52-1c2b-4a39-8e7f-6a5b4c3d2e1f");
const QString kCopy = QStringLiteral("copy");

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    fuzz::scratchDir("caches");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString dir = fuzz::scratchDir("caches");
    const ModelCache models(dir);
    const SchemaCache schemas(dir);
    fuzz::writeInput(models.fileFor(kProfile), data, size);

    // The test history: never more than its depth per model.
    {
        TestHistory history(dir);
        history.setDepth(5);
        history.setProfile(kProfile);
        const QHash<QString, TestOutcome> latest = history.latestAll();
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            const QList<TestOutcome> list = history.history(it.key());
            LB_FUZZ_CHECK(!list.isEmpty() && list.size() <= 5);
            fuzz::consume(it.value().message);
        }
    }

    // The offline model list: loaded, saved, loaded again.
    const ModelCache::Snapshot cached = models.load(kProfile);
    if (cached.valid) {
        for (const LlmModel &m : cached.models)
            LB_FUZZ_CHECK(!m.uuid().isEmpty());
        LB_FUZZ_CHECK(models.save(kCopy, cached.models, cached.serverVersion));
        const ModelCache::Snapshot again = models.load(kCopy);
        LB_FUZZ_CHECK(again.valid);
        LB_FUZZ_CHECK(again.models.size() == cached.models.size());
        for (qsizetype i = 0; i < again.models.size(); ++i) {
            LB_FUZZ_CHECK(again.models.at(i) == ModelCache::redacted(cached.models.at(i)));
            for (const QString &key : again.models.at(i).apiKeys())
                LB_FUZZ_CHECK(key.isEmpty()); // never a key on disk
        }
        models.remove(kCopy);
    }

    // The requester schemas.
    const SchemaCache::Snapshot snapshot = schemas.load(kProfile);
    if (snapshot.valid) {
        for (const RequesterSchema &schema : snapshot.requesters)
            fuzz::consume(schema.displayName());
        for (const SchemaError &e : snapshot.errors)
            fuzz::consume(e.toString());
    }
    QFile::remove(models.fileFor(kProfile));
    return 0;
}
