// The usage index (issue 16): which pipelines, knowledge bases and bots use a
// model, read from every pipeline shape since LangBot 4.7, and what deleting
// models would break.
#include "usage/ModelUsage.h"

#include <QJsonDocument>
#include <QTest>

using lb::BotRef;
using lb::ModelUsage;
using lb::ModelUse;
using lb::UsageBreak;

namespace {

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

// Pipelines of each shape: "support" (4.10: primary, two fallbacks, reasoning,
// rerank, a knowledge base), "legacy" (up to 4.9.0: a plain uuid), "sales"
// (primary only), "dify" (another runner: no LangBot model), "empty" ("" and
// "__none__").
const char *kPipelines = R"([
 {"uuid":"p-support","name":"Support","config":{"ai":{"runner":{"runner":"local-agent"},"local-agent":{
   "model":{"primary":"m-4o","fallbacks":["m-mini","m-deepseek"],"reasoning":{"m-deepseek":"high"}},
   "rerank-model":"m-rerank","knowledge-bases":["kb-docs"]}}}},
 {"uuid":"p-legacy","name":"Legacy","config":{"ai":{"runner":{"runner":"local-agent"},"local-agent":{
   "model":"m-mini","knowledge-bases":[]}}}},
 {"uuid":"p-sales","name":"Sales","config":{"ai":{"runner":{"runner":"local-agent"},"local-agent":{
   "model":{"primary":"m-4o","fallbacks":[]},"rerank-model":"__none__"}}}},
 {"uuid":"p-dify","name":"Dify","config":{"ai":{"runner":{"runner":"dify-service-api"},"local-agent":{
   "model":{"primary":"m-4o","fallbacks":[]}}}}},
 {"uuid":"p-empty","name":"Empty","config":{"ai":{"runner":{"runner":"local-agent"},"local-agent":{
   "model":{"primary":"","fallbacks":[]},"rerank-model":""}}}}
])";

// 4.9.0+ bases name the embedding model in creation_settings, 4.7–4.8 at the
// top level; "kb-archive" is searched by no pipeline.
const char *kBases = R"([
 {"uuid":"kb-docs","name":"Docs","creation_settings":{"embedding_model_uuid":"m-embed"}},
 {"uuid":"kb-archive","name":"Archive","embedding_model_uuid":"m-embed-old"}
])";

// Bots: one bound to Support, one routing some messages to Sales (and some
// to "__discard__", which is not a pipeline), one bound to nothing.
const char *kBots = R"([
 {"uuid":"b-qq","name":"QQ helpdesk","use_pipeline_uuid":"p-support"},
 {"uuid":"b-tg","name":"Telegram","use_pipeline_uuid":"p-legacy",
  "pipeline_routing_rules":[{"pipeline_uuid":"p-sales"},{"pipeline_uuid":"__discard__"}]},
 {"uuid":"b-idle","name":"Idle","use_pipeline_uuid":""}
])";

ModelUsage demoIndex()
{
    return ModelUsage::build(array(kPipelines), array(kBots), array(kBases));
}

QStringList roles(const QList<ModelUse> &uses)
{
    QStringList out;
    for (const ModelUse &use : uses)
        out << ModelUsage::describe(use);
    return out;
}

} // namespace

class TestModelUsage : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryShape();
    void botsThroughBindingAndRoutingRules();
    void otherRunnersAndEmptyReferencesAreNoUse();
    void unsearchedKnowledgeBaseStillUsesItsModel();
    void breaksIfDeleted_data();
    void breaksIfDeleted();
    void breaksAreOrderedBySeverity();
    void describesTheBreakWithNames();
    void missingListsAreGapsNotUnused();
    void danglingReferencesAreAlreadyGone();
};

void TestModelUsage::readsEveryShape()
{
    const ModelUsage index = demoIndex();
    QVERIFY(index.isKnown());
    QCOMPARE(roles(index.usesOf(QStringLiteral("m-4o"))),
             (QStringList{QStringLiteral("primary model of pipeline “Support”"),
                          QStringLiteral("primary model of pipeline “Sales”")}));
    // The legacy plain-uuid shape is read as the primary model.
    QCOMPARE(roles(index.usesOf(QStringLiteral("m-mini"))),
             (QStringList{QStringLiteral("fallback 1 of pipeline “Support”"),
                          QStringLiteral("primary model of pipeline “Legacy”")}));
    const QList<ModelUse> deepseek = index.usesOf(QStringLiteral("m-deepseek"));
    QCOMPARE(deepseek.size(), 1);
    QCOMPARE(deepseek.first().role, ModelUse::Role::Fallback);
    QCOMPARE(deepseek.first().fallbackIndex, 1);
    QCOMPARE(deepseek.first().reasoningLevel, QStringLiteral("high"));
    QCOMPARE(roles(index.usesOf(QStringLiteral("m-rerank"))),
             QStringList{QStringLiteral("rerank model of pipeline “Support”")});
    QCOMPARE(roles(index.usesOf(QStringLiteral("m-embed"))),
             QStringList{QStringLiteral("embedding model of knowledge base “Docs”, searched by pipeline “Support”")});
    QCOMPARE(index.useCount(QStringLiteral("m-4o")), 2);
    QCOMPARE(index.useCount(QStringLiteral("m-mini")), 2);
    QVERIFY(!index.isUsed(QStringLiteral("m-unused")));
    QCOMPARE(index.useCount(QStringLiteral("m-unused")), 0);
}

void TestModelUsage::botsThroughBindingAndRoutingRules()
{
    const ModelUsage index = demoIndex();
    QCOMPARE(index.botsOf(QStringLiteral("p-support")),
             (QList<BotRef>{{QStringLiteral("b-qq"), QStringLiteral("QQ helpdesk")}}));
    QCOMPARE(index.botsOf(QStringLiteral("p-sales")),
             (QList<BotRef>{{QStringLiteral("b-tg"), QStringLiteral("Telegram")}}));
    QCOMPARE(index.botsOf(QStringLiteral("p-legacy")),
             (QList<BotRef>{{QStringLiteral("b-tg"), QStringLiteral("Telegram")}}));
    QVERIFY(index.botsOf(QStringLiteral("__discard__")).isEmpty());
    QVERIFY(index.botsOf(QString()).isEmpty());
}

void TestModelUsage::otherRunnersAndEmptyReferencesAreNoUse()
{
    const ModelUsage index = demoIndex();
    for (const ModelUse &use : index.usesOf(QStringLiteral("m-4o")))
        QVERIFY(use.pipelineUuid != QLatin1String("p-dify"));
    QVERIFY(!index.isUsed(QString()));
    QVERIFY(!index.isUsed(QStringLiteral("__none__")));
    QCOMPARE(index.pipelineName(QStringLiteral("p-dify")), QStringLiteral("Dify"));
}

void TestModelUsage::unsearchedKnowledgeBaseStillUsesItsModel()
{
    const ModelUsage index = demoIndex();
    const QList<ModelUse> uses = index.usesOf(QStringLiteral("m-embed-old"));
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.first().role, ModelUse::Role::Embedding);
    QVERIFY(uses.first().pipelineUuid.isEmpty());
    QCOMPARE(uses.first().knowledgeBaseName, QStringLiteral("Archive"));
    QCOMPARE(index.useCount(QStringLiteral("m-embed-old")), 1);
}

void TestModelUsage::breaksIfDeleted_data()
{
    QTest::addColumn<QStringList>("deleted");
    QTest::addColumn<QStringList>("expected"); // effect:pipeline-or-base:model[:fallback]
    using S = QStringList;
    QTest::newRow("unused") << S{QStringLiteral("m-unused")} << S{};
    QTest::newRow("primary with fallbacks, primary only")
        << S{QStringLiteral("m-4o")}
        << S{QStringLiteral("stops:p-sales:m-4o"), QStringLiteral("fallsback:p-support:m-4o:m-mini")};
    QTest::newRow("primary and first fallback")
        << S{QStringLiteral("m-4o"), QStringLiteral("m-mini")}
        << S{QStringLiteral("stops:p-legacy:m-mini"), QStringLiteral("stops:p-sales:m-4o"),
             QStringLiteral("fallsback:p-support:m-4o:m-deepseek")};
    QTest::newRow("the whole chain") << S{QStringLiteral("m-4o"), QStringLiteral("m-mini"),
                                          QStringLiteral("m-deepseek")}
                                     << S{QStringLiteral("stops:p-support:m-4o"),
                                          QStringLiteral("stops:p-legacy:m-mini"),
                                          QStringLiteral("stops:p-sales:m-4o")};
    QTest::newRow("a fallback") << S{QStringLiteral("m-deepseek")}
                                << S{QStringLiteral("losesfallback:p-support:m-deepseek")};
    QTest::newRow("rerank") << S{QStringLiteral("m-rerank")} << S{QStringLiteral("losesrerank:p-support:m-rerank")};
    QTest::newRow("embedding of a searched base")
        << S{QStringLiteral("m-embed")} << S{QStringLiteral("kb:kb-docs:m-embed:p-support")};
    QTest::newRow("embedding of an unsearched base")
        << S{QStringLiteral("m-embed-old")} << S{QStringLiteral("kb:kb-archive:m-embed-old:")};
}

void TestModelUsage::breaksIfDeleted()
{
    QFETCH(QStringList, deleted);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const UsageBreak &b : demoIndex().breaksIfDeleted(deleted)) {
        switch (b.effect) {
        case UsageBreak::Effect::StopsAnswering:
            got << QStringLiteral("stops:%1:%2").arg(b.pipelineUuid, b.modelUuid);
            break;
        case UsageBreak::Effect::FallsBack:
            got << QStringLiteral("fallsback:%1:%2:%3").arg(b.pipelineUuid, b.modelUuid, b.fallbackUuid);
            break;
        case UsageBreak::Effect::LosesFallback:
            got << QStringLiteral("losesfallback:%1:%2").arg(b.pipelineUuid, b.modelUuid);
            break;
        case UsageBreak::Effect::LosesRerank:
            got << QStringLiteral("losesrerank:%1:%2").arg(b.pipelineUuid, b.modelUuid);
            break;
        case UsageBreak::Effect::KnowledgeBaseBroken:
            got << QStringLiteral("kb:%1:%2:%3").arg(b.knowledgeBaseUuid, b.modelUuid, b.pipelineUuid);
            break;
        }
    }
    QCOMPARE(got, expected);
}

void TestModelUsage::breaksAreOrderedBySeverity()
{
    const QList<UsageBreak> breaks
        = demoIndex().breaksIfDeleted({QStringLiteral("m-deepseek"), QStringLiteral("m-rerank"),
                                       QStringLiteral("m-embed"), QStringLiteral("m-mini")});
    QList<UsageBreak::Effect> effects;
    for (const UsageBreak &b : breaks)
        effects << b.effect;
    QCOMPARE(effects,
             (QList<UsageBreak::Effect>{UsageBreak::Effect::StopsAnswering, UsageBreak::Effect::KnowledgeBaseBroken,
                                        UsageBreak::Effect::LosesRerank, UsageBreak::Effect::LosesFallback,
                                        UsageBreak::Effect::LosesFallback}));
}

void TestModelUsage::describesTheBreakWithNames()
{
    const QHash<QString, QString> names{{QStringLiteral("m-4o"), QStringLiteral("gpt-4o")},
                                        {QStringLiteral("m-mini"), QStringLiteral("gpt-4o-mini")}};
    const QList<UsageBreak> breaks = demoIndex().breaksIfDeleted({QStringLiteral("m-4o")});
    QCOMPARE(breaks.size(), 2);
    QCOMPARE(breaks.at(0).describe(names),
             QStringLiteral("Pipeline “Sales” loses its model “gpt-4o” and has no fallback left: bots “Telegram” stop "
                            "answering."));
    QCOMPARE(breaks.at(1).describe(names),
             QStringLiteral("Pipeline “Support” loses its model “gpt-4o” and answers from fallback “gpt-4o-mini” (bots "
                            "“QQ helpdesk”)."));
}

void TestModelUsage::missingListsAreGapsNotUnused()
{
    ModelUsage before;
    QVERIFY(!before.isKnown());
    ModelUsage index = ModelUsage::build(array(kPipelines), {}, array(kBases));
    QVERIFY(index.isComplete());
    index.setUnavailable(ModelUsage::Source::Bots, QStringLiteral("HTTP 403: you lack the permission resource.view"));
    QVERIFY(!index.isComplete());
    QCOMPARE(index.gaps(),
             QStringList{QStringLiteral("The bots could not be read (HTTP 403: you lack the permission "
                                        "resource.view): uses through them are not known.")});
    QVERIFY(index.isUsed(QStringLiteral("m-4o"))); // what was read still counts
}

void TestModelUsage::danglingReferencesAreAlreadyGone()
{
    // m-4o was deleted before: Support already answers from m-mini, Sales
    // has no model left. Deleting m-mini now makes Support fall back to
    // m-deepseek and stops Legacy; nothing is said again about m-4o.
    const QSet<QString> existing{QStringLiteral("m-mini"), QStringLiteral("m-deepseek"), QStringLiteral("m-rerank"),
                                 QStringLiteral("m-embed"), QStringLiteral("m-embed-old")};
    const QList<UsageBreak> breaks = demoIndex().breaksIfDeleted({QStringLiteral("m-mini")}, existing);
    QCOMPARE(breaks.size(), 2);
    QCOMPARE(breaks.at(0).effect, UsageBreak::Effect::StopsAnswering);
    QCOMPARE(breaks.at(0).pipelineUuid, QStringLiteral("p-legacy"));
    QCOMPARE(breaks.at(1).effect, UsageBreak::Effect::FallsBack);
    QCOMPARE(breaks.at(1).pipelineUuid, QStringLiteral("p-support"));
    QCOMPARE(breaks.at(1).modelUuid, QStringLiteral("m-mini"));
    QCOMPARE(breaks.at(1).fallbackUuid, QStringLiteral("m-deepseek"));
    // Without the list of existing models, m-4o still counts as the primary.
    QCOMPARE(demoIndex().breaksIfDeleted({QStringLiteral("m-mini")}).at(1).effect, UsageBreak::Effect::LosesFallback);
}

QTEST_GUILESS_MAIN(TestModelUsage)
#include "tst_modelusage.moc"
