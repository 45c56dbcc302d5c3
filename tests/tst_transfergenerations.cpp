// Export and import across LangBot generations, against the fake server:
// a 4.0–4.6 export (version 1) into an empty 4.7+ server (every model, one
// provider per requester/base URL/key set), a 4.10 export (version 2) with
// secrets round-tripping into another 4.10 server field for field, a 4.10
// export into a 4.6 server (LLM models only, with what could not be carried),
// dry-run plans with provider rows, a half-saved provider, and no secret in
// a default export.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"

#include "api/ApiClient.h"
#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"
#include "transfer/ImportRunner.h"
#include "transfer/ModelsDocument.h"
#include "transfer/ServerContents.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;

namespace {

// A fake server of `version` with its demo data, or emptied of providers and
// models; its client knows the server's features. client is null when the
// server did not start.
struct Server : FakeServerFixture
{
    FakeLangBotServer *server = nullptr;
    ApiClient *client = nullptr;

    Server(const QString &version, bool empty)
    {
        if (!startServer(version, FakeLangBotServer::demoApiKey(), empty ? Data::DemoWithoutModels : Data::Demo))
            return;
        server = m_server.get();
        client = m_client.get();
        client->setFeatures(server->features());
    }
};

// Everything on the server, through the export/import path's own reader.
std::unique_ptr<ServerContents> contentsOf(ApiClient *client)
{
    auto contents = std::make_unique<ServerContents>(client);
    QSignalSpy spy(contents.get(), &ServerContents::finished);
    contents->start();
    if (!testsupport::awaitOne(spy))
        return nullptr;
    return contents;
}

ModelsDocument exportFrom(ApiClient *client, bool includeSecrets)
{
    const auto contents = contentsOf(client);
    if (!contents || !contents->ok())
        return ModelsDocument();
    const ExportSource source{QStringLiteral("source"), client->settings().baseUrl, QStringLiteral("v4")};
    const ModelsDocument doc = client->features().hasProviders()
        ? ModelsDocument::fromServer(contents->providers(), contents->models(), source, ExportOptions{includeSecrets})
        : ModelsDocument::fromServer(contents->models(), source, ExportOptions{includeSecrets});
    // Through the file format, as a user's export would go.
    return ModelsDocument::read(doc.toJson()).document;
}

ImportPlan planFor(ApiClient *client, const ModelsDocument &doc)
{
    const auto contents = contentsOf(client);
    if (!contents)
        return ImportPlan();
    return ImportPlan::build(doc, contents->providers(), contents->models(), client->features(),
                             ImportOptions{false, ConflictPolicy::Update});
}

bool run(ImportRunner &runner, const ImportPlan &plan)
{
    QSignalSpy finished(&runner, &ImportRunner::finished);
    return runner.start(plan) && testsupport::awaitOne(finished);
}

const Provider *providerByUuid(const QList<Provider> &providers, const QString &uuid)
{
    for (const Provider &p : providers) {
        if (p.uuid() == uuid)
            return &p;
    }
    return nullptr;
}

QStringList sortedKeys(QStringList keys)
{
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace

class TestTransferGenerations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useTestPaths(); }

    void legacyExportIntoEmptyProviderServer_data();
    void legacyExportIntoEmptyProviderServer();
    void providersExportRoundTripsWithSecrets();
    void providersExportIntoLegacyServer();
    void defaultExportHasNoSecret_data();
    void defaultExportHasNoSecret();
    void keylessExportReusesTheProviders_data();
    void keylessExportReusesTheProviders();
    void halfSavedProviderIsReported();
    void halfSavedModelIsReported_data();
    void halfSavedModelIsReported();
    void version1DocumentIntoLegacyServerIsUnchanged();
};

void TestTransferGenerations::legacyExportIntoEmptyProviderServer_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("4.9") << QStringLiteral("4.9");
    QTest::newRow("4.10") << QStringLiteral("4.10");
}

void TestTransferGenerations::legacyExportIntoEmptyProviderServer()
{
    QFETCH(QString, target);
    Server source(QStringLiteral("4.6"), false);
    QVERIFY(source.client);
    // Two more models on the setup of the first one: one provider for the three.
    QList<QJsonObject> models = source.server->models();
    QVERIFY(!models.isEmpty());
    for (const QString &name : {QStringLiteral("same-setup-1"), QStringLiteral("same-setup-2")}) {
        QJsonObject copy = models.constFirst();
        copy.insert(QStringLiteral("uuid"), name);
        copy.insert(QStringLiteral("name"), name);
        models.append(copy);
    }
    source.server->setModels(models);
    const ModelsDocument doc = exportFrom(source.client, true);
    QCOMPARE(doc.version, 1);
    QVERIFY(doc.models.size() > 2);
    QList<LlmModel> legacy;
    for (const DocumentModel &d : doc.models)
        legacy.append(d.model);
    const QList<Provider> distinct = Provider::implicitProviders(legacy);
    QVERIFY(distinct.size() < legacy.size()); // the demo data has models sharing a setup

    Server into(target, true);
    QVERIFY(into.client);
    const ImportPlan plan = planFor(into.client, doc);
    // The dry run: one provider row per distinct setup, all created, before the models.
    QCOMPARE(plan.providerRows().size(), distinct.size());
    QCOMPARE(plan.providerCreateCount(), int(distinct.size()));
    QCOMPARE(plan.count(ImportAction::Create), int(doc.models.size()));
    for (const ImportProviderRow &row : plan.providerRows()) {
        QVERIFY(row.carriesKeys);
        QVERIFY2(row.warnings.isEmpty(), qPrintable(row.warnings.join(u'\n')));
    }
    for (const ImportRow &row : plan.rows()) {
        QVERIFY(row.providerRow >= 0);
        QVERIFY(!row.body.contains(QStringLiteral("requester")));
    }

    ImportRunner runner(into.client);
    QVERIFY(run(runner, plan));
    QVERIFY2(!runner.report().hasFailures(), qPrintable(runner.report().toText()));

    const auto after = contentsOf(into.client);
    QVERIFY(after && after->ok());
    QList<Provider> created;
    for (const Provider &p : after->providers()) {
        if (!p.isLangBotModels())
            created.append(p);
    }
    QCOMPARE(created.size(), distinct.size()); // no duplicate providers
    QCOMPARE(after->models().size(), doc.models.size());
    for (const LlmModel &m : legacy) {
        bool found = false;
        for (const LlmModel &t : after->models()) {
            const Provider *p = providerByUuid(after->providers(), t.providerUuid());
            QVERIFY(p);
            if (t.name() == m.name() && p->requester() == m.requester() && p->baseUrl() == m.baseUrl()
                && sortedKeys(p->apiKeys()) == sortedKeys(m.apiKeys()) && t.abilities() == m.abilities()
                && t.extraArgs() == m.extraArgs())
                found = true;
        }
        QVERIFY2(found, qPrintable(m.name()));
    }
}

void TestTransferGenerations::providersExportRoundTripsWithSecrets()
{
    Server source(QStringLiteral("4.10"), false);
    QVERIFY(source.client);
    const ModelsDocument doc = exportFrom(source.client, true);
    QCOMPARE(doc.version, 2);
    QVERIFY(!doc.providers.isEmpty());
    QVERIFY(!doc.toJson().contains("\"***\""));

    Server into(QStringLiteral("4.10"), true);
    QVERIFY(into.client);
    const ImportPlan plan = planFor(into.client, doc);
    QCOMPARE(plan.providerCreateCount(), int(doc.providers.size()));
    ImportRunner runner(into.client);
    QVERIFY(run(runner, plan));
    QVERIFY2(!runner.report().hasFailures(), qPrintable(runner.report().toText()));

    const auto before = contentsOf(source.client);
    const auto after = contentsOf(into.client);
    QVERIFY(before && after && after->ok());
    int compared = 0;
    for (const LlmModel &m : before->models()) {
        const Provider *sp = providerByUuid(before->providers(), m.providerUuid());
        QVERIFY(sp);
        if (sp->isLangBotModels())
            continue; // every server has its own
        const LlmModel *match = nullptr;
        for (const LlmModel &t : after->models()) {
            if (t.type() == m.type() && t.name() == m.name())
                match = &t;
        }
        QVERIFY2(match, qPrintable(m.name()));
        const Provider *tp = providerByUuid(after->providers(), match->providerUuid());
        QVERIFY(tp);
        QCOMPARE(tp->name(), sp->name());
        QCOMPARE(tp->requester(), sp->requester());
        QCOMPARE(tp->baseUrl(), sp->baseUrl());
        QCOMPARE(tp->apiKeys(), sp->apiKeys());
        QCOMPARE(match->abilities(), m.abilities());
        QCOMPARE(match->extraArgs(), m.extraArgs());
        QCOMPARE(match->contextLength(), m.contextLength());
        QCOMPARE(match->reasoningLevel(), m.reasoningLevel());
        QCOMPARE(match->preferredRanking(), m.preferredRanking());
        ++compared;
    }
    QCOMPARE(compared, int(doc.models.size()));
}

void TestTransferGenerations::providersExportIntoLegacyServer()
{
    Server source(QStringLiteral("4.10"), false);
    QVERIFY(source.client);
    const ModelsDocument doc = exportFrom(source.client, true);
    int llms = 0;
    bool anyOther = false;
    for (const DocumentModel &d : doc.models) {
        llms += d.model.type() == ModelType::Llm ? 1 : 0;
        anyOther = anyOther || d.model.type() != ModelType::Llm;
    }
    QVERIFY(anyOther);

    Server into(QStringLiteral("4.6"), true);
    QVERIFY(into.client);
    const ImportPlan plan = planFor(into.client, doc);
    QVERIFY(plan.providerRows().isEmpty());
    QCOMPARE(plan.count(ImportAction::Create), llms);
    bool saidType = false;
    bool saidContextLength = false;
    for (const ImportRow &row : plan.rows()) {
        saidType = saidType || row.notCarried.contains(QStringLiteral("type"));
        saidContextLength = saidContextLength || row.notCarried.contains(QStringLiteral("context_length"));
        if (row.incoming.model.type() != ModelType::Llm) {
            QCOMPARE(row.action, ImportAction::Skip);
            QVERIFY(row.reason.contains(QStringLiteral("LLM models only")));
        }
        if (!row.notCarried.isEmpty())
            QVERIFY(row.warnings.contains(ImportPlan::notCarriedText(row.notCarried)));
    }
    QVERIFY(saidType);
    QVERIFY(saidContextLength);

    ImportRunner runner(into.client);
    QVERIFY(run(runner, plan));
    QVERIFY2(!runner.report().hasFailures(), qPrintable(runner.report().toText()));
    const QList<QJsonObject> models = into.server->models();
    QCOMPARE(models.size(), llms);
    for (const QJsonObject &m : models) {
        QVERIFY(!m.value(QStringLiteral("requester")).toString().isEmpty());
        QVERIFY(!m.contains(QStringLiteral("context_length")));
    }
}

void TestTransferGenerations::defaultExportHasNoSecret_data()
{
    addVersionRows({"4.6", "4.9", "4.10"});
}

void TestTransferGenerations::defaultExportHasNoSecret()
{
    QFETCH(QString, version);
    Server source(version, false);
    QVERIFY(source.client);
    const auto contents = contentsOf(source.client);
    QVERIFY(contents && contents->ok());
    const ExportSource from{QStringLiteral("source"), source.client->settings().baseUrl, version};
    const ModelsDocument doc = source.client->features().hasProviders()
        ? ModelsDocument::fromServer(contents->providers(), contents->models(), from, ExportOptions{})
        : ModelsDocument::fromServer(contents->models(), from, ExportOptions{});
    const QByteArray json = doc.toJson();
    QStringList keys;
    for (const Provider &p : contents->providers())
        keys += p.apiKeys();
    for (const LlmModel &m : contents->models())
        keys += m.apiKeys();
    keys.removeAll(QString());
    QVERIFY(!keys.isEmpty());
    for (const QString &key : std::as_const(keys))
        QVERIFY2(!json.contains(key.toUtf8()), qPrintable(key));
    QVERIFY(json.contains("\"not_exported\": true"));
    QCOMPARE(doc.version, source.client->features().hasProviders() ? 2 : 1);
}

void TestTransferGenerations::keylessExportReusesTheProviders_data()
{
    addVersionRows({"4.9", "4.10"});
}

void TestTransferGenerations::keylessExportReusesTheProviders()
{
    // A default (keyless) export imported back into its own server: every
    // provider is found by requester and base URL; no keyless copy is made
    // and no model moves off the provider that holds its keys.
    QFETCH(QString, version);
    Server server(version, false);
    QVERIFY(server.client);
    const ModelsDocument doc = exportFrom(server.client, false);
    QCOMPARE(doc.version, 2);
    const ImportPlan plan = planFor(server.client, doc);
    QVERIFY(plan.providerRows().size() > 0);
    for (const ImportProviderRow &row : plan.providerRows())
        QVERIFY2(row.action == ImportAction::Skip, qPrintable(row.name() + QLatin1String(": ") + row.reason));
    QCOMPARE(plan.providerCreateCount(), 0);
    for (const ImportProviderRow &row : plan.providerRows()) {
        QCOMPARE(row.action, ImportAction::Skip);
        QVERIFY(!row.uuid.isEmpty());
        QCOMPARE(server.server->provider(row.uuid).value(QStringLiteral("name")).toString(), row.incoming.name());
    }
    for (qsizetype i = 0; i < plan.size(); ++i) {
        for (const FieldChange &change : plan.row(i).changes)
            QVERIFY2(change.path != QLatin1String("provider_uuid"), qPrintable(plan.row(i).name()));
    }
}

void TestTransferGenerations::halfSavedProviderIsReported()
{
    ModelsDocument doc;
    auto add = [&doc](const QString &name, const QString &requester) {
        DocumentModel d;
        d.model
            = LlmModel(QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("requester"), requester},
                                   {QStringLiteral("requester_config"),
                                    QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://x.example/v1")}}},
                                   {QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-1")}}});
        doc.models.append(d);
    };
    add(QStringLiteral("broken"), QStringLiteral("no-such-requester"));
    add(QStringLiteral("fine"), QStringLiteral("openai-chat-completions"));

    Server into(QStringLiteral("4.10"), true);
    QVERIFY(into.client);
    const ImportPlan plan = planFor(into.client, doc);
    QCOMPARE(plan.providerCreateCount(), 2);
    ImportRunner runner(into.client);
    QVERIFY(run(runner, plan));

    QCOMPARE(runner.orphanProviders().size(), 1);
    const Provider orphan = runner.orphanProviders().constFirst();
    QCOMPARE(orphan.requester(), QStringLiteral("no-such-requester"));
    const QString text = runner.report().toText();
    QVERIFY2(text.contains(orphan.name()) && text.contains(orphan.uuid()), qPrintable(text));
    QCOMPARE(runner.result(0)->outcome, ImportOutcome::Failed); // its provider failed
    QCOMPARE(runner.result(1)->outcome, ImportOutcome::Created);
    QVERIFY(!into.server->provider(orphan.uuid()).isEmpty());

    QSignalSpy cleaned(&runner, &ImportRunner::cleanUpFinished);
    QVERIFY(runner.cleanUpOrphans());
    QVERIFY(runner.isCleaningUp());
    QVERIFY(!runner.cleanUpOrphans()); // one clean-up at a time
    QVERIFY(testsupport::awaitOne(cleaned));
    QVERIFY(cleaned.constFirst().constFirst().toStringList().isEmpty());
    QVERIFY(into.server->provider(orphan.uuid()).isEmpty());
    QCOMPARE(into.server->providers().size(), 1);
    QVERIFY(!runner.hasOrphans());
    QVERIFY(!runner.cleanUpOrphans()); // nothing left to delete
}

void TestTransferGenerations::halfSavedModelIsReported_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<ModelType>("type");
    QTest::newRow("4.9 embedding") << QStringLiteral("4.9") << ModelType::Embedding;
    QTest::newRow("4.10 embedding") << QStringLiteral("4.10") << ModelType::Embedding;
    QTest::newRow("4.10 rerank") << QStringLiteral("4.10") << ModelType::Rerank;
}

// An embedding or rerank create saves its row before the provider starts
// (API.md 5): the failed row names the model left behind, and the cleanup
// deletes it.
void TestTransferGenerations::halfSavedModelIsReported()
{
    QFETCH(QString, version);
    QFETCH(ModelType, type);
    const QJsonObject broken{{QStringLiteral("uuid"), QStringLiteral("broken-provider")},
                             {QStringLiteral("name"), QStringLiteral("Broken")},
                             {QStringLiteral("requester"), QStringLiteral("no-such-requester")},
                             {QStringLiteral("base_url"), QStringLiteral("https://x.example/v1")},
                             {QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-1")}}};
    Server source(version, true);
    QVERIFY(source.client);
    source.server->setProviders({broken});
    source.server->setModels(type,
                             {QJsonObject{{QStringLiteral("uuid"), QStringLiteral("m-1")},
                                          {QStringLiteral("name"), QStringLiteral("half-saved")},
                                          {QStringLiteral("provider_uuid"), QStringLiteral("broken-provider")}}});
    const ModelsDocument doc = exportFrom(source.client, true);
    QCOMPARE(doc.models.size(), 1);

    Server into(version, true);
    QVERIFY(into.client);
    into.server->setProviders({broken}); // reused: the model create is what fails
    const ImportPlan plan = planFor(into.client, doc);
    QCOMPARE(plan.providerCreateCount(), 0);
    QCOMPARE(plan.count(ImportAction::Create), 1);
    ImportRunner runner(into.client);
    QVERIFY(run(runner, plan));

    QCOMPARE(runner.result(0)->outcome, ImportOutcome::Failed);
    QCOMPARE(runner.orphanModels().size(), 1);
    const LlmModel orphan = runner.orphanModels().constFirst();
    QCOMPARE(orphan.type(), type);
    QCOMPARE(orphan.name(), QStringLiteral("half-saved"));
    QVERIFY(runner.hasOrphans());
    const QString text = runner.report().toText();
    QVERIFY2(text.contains(orphan.uuid()), qPrintable(text));
    QCOMPARE(into.server->models(type).size(), 1);

    // A delete the server refuses: the clean-up says which and why, and the
    // orphan stays for another try.
    const QString deletePath = QStringLiteral("/api/v1/provider/models/%1/%2").arg(modelTypeId(type), orphan.uuid());
    into.server->setFault(testsupport::route("DELETE", deletePath), FakeLangBotServer::Fault::Error500Legacy, 1);
    QSignalSpy cleaned(&runner, &ImportRunner::cleanUpFinished);
    QVERIFY(runner.cleanUpOrphans());
    QVERIFY(testsupport::awaitOne(cleaned));
    const QStringList failures = cleaned.takeFirst().constFirst().toStringList();
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.constFirst().contains(orphan.uuid()), qPrintable(failures.constFirst()));
    QVERIFY(runner.hasOrphans());
    QCOMPARE(into.server->models(type).size(), 1);

    QVERIFY(runner.cleanUpOrphans());
    QVERIFY(testsupport::awaitOne(cleaned));
    QVERIFY(cleaned.constFirst().constFirst().toStringList().isEmpty());
    QVERIFY(into.server->models(type).isEmpty());
    QVERIFY(!runner.hasOrphans());
    QCOMPARE(into.server->providers().size(), 1); // the reused provider is not an orphan
}

void TestTransferGenerations::version1DocumentIntoLegacyServerIsUnchanged()
{
    Server source(QStringLiteral("4.6"), false);
    QVERIFY(source.client);
    const ModelsDocument doc = exportFrom(source.client, true);
    Server into(QStringLiteral("4.6"), true);
    QVERIFY(into.client);
    const auto contents = contentsOf(into.client);
    QVERIFY(contents);
    const ImportOptions options{false, ConflictPolicy::Update};
    const ImportPlan generic = planFor(into.client, doc);
    const ImportPlan legacy = ImportPlan::build(doc.models, contents->models(), options);
    QCOMPARE(generic.size(), legacy.size());
    for (qsizetype i = 0; i < legacy.size(); ++i) {
        QCOMPARE(generic.row(i).body, legacy.row(i).body);
        QCOMPARE(generic.row(i).action, legacy.row(i).action);
    }
    QVERIFY(generic.providerRows().isEmpty());
}

QTEST_GUILESS_MAIN(TestTransferGenerations)
#include "tst_transfergenerations.moc"
