// "Replace a model everywhere" (issue 16), the plan: every reference shape of a
// pipeline config rewritten field by field and nothing else, duplicates
// dropped, the reasoning map renamed, knowledge bases listed and never edited,
// the bots behind each pipeline (routing rules, not "__discard__").
#include "model/LlmModel.h"
#include "usage/ReplacePlan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using lb::LlmModel;
using lb::ModelType;
using lb::ReplaceChange;
using lb::ReplacePlan;
using Kind = lb::ReplaceChange::Kind;

namespace {
const QString kOld = QStringLiteral("11111111-0000-4000-8000-000000000001");
const QString kNew = QStringLiteral("22222222-0000-4000-8000-000000000002");
const QString kOther = QStringLiteral("33333333-0000-4000-8000-000000000003");
const QString kRerankOld = QStringLiteral("44444444-0000-4000-8000-000000000004");
const QString kRerankNew = QStringLiteral("55555555-0000-4000-8000-000000000005");
const QString kEmbedOld = QStringLiteral("66666666-0000-4000-8000-000000000006");
const QString kEmbedNew = QStringLiteral("77777777-0000-4000-8000-000000000007");

LlmModel model(const QString &uuid, const QString &name, ModelType type = ModelType::Llm)
{
    LlmModel m(QJsonObject{{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}});
    m.setType(type);
    return m;
}

// A local-agent pipeline config with the given model value, and untouched
// other settings that must survive.
QJsonObject config(const QJsonValue &modelValue, const QString &rerank = QString())
{
    QJsonObject agent{{QStringLiteral("model"), modelValue},
                      {QStringLiteral("max-round"), 10},
                      {QStringLiteral("knowledge-bases"), QJsonArray{QStringLiteral("kb-1")}},
                      {QStringLiteral("prompt"),
                       QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                              {QStringLiteral("content"), QStringLiteral("Hi")}}}}};
    if (!rerank.isNull())
        agent.insert(QStringLiteral("rerank-model"), rerank);
    return QJsonObject{
        {QStringLiteral("ai"),
         QJsonObject{{QStringLiteral("runner"), QJsonObject{{QStringLiteral("runner"), QStringLiteral("local-agent")}}},
                     {QStringLiteral("local-agent"), agent}}},
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("misc"), QJsonObject{{QStringLiteral("x"), 1}}}}}};
}

QJsonObject chain(const QString &primary, const QStringList &fallbacks, const QJsonObject &reasoning = {})
{
    QJsonObject c{{QStringLiteral("primary"), primary},
                  {QStringLiteral("fallbacks"), QJsonArray::fromStringList(fallbacks)}};
    if (!reasoning.isEmpty())
        c.insert(QStringLiteral("reasoning"), reasoning);
    return c;
}

QJsonObject agentOf(const QJsonObject &cfg)
{
    return cfg.value(QStringLiteral("ai")).toObject().value(QStringLiteral("local-agent")).toObject();
}

QJsonObject pipeline(const QString &uuid, const QString &name, const QJsonObject &cfg)
{
    return QJsonObject{{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}, {QStringLiteral("config"), cfg}};
}
} // namespace

class TestReplacePlan : public QObject
{
    Q_OBJECT
private slots:
    void rewritesOnlyTheReferences_data();
    void rewritesOnlyTheReferences();
    void reasoningMap();
    void otherRunnersUntouched();
    void refusesSameModelAndOtherType();
    void planRowsAndBots();
    void knowledgeBasesListedNotEdited();
};

void TestReplacePlan::rewritesOnlyTheReferences_data()
{
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QList<Kind>>("kinds");
    QTest::addColumn<QStringList>("paths");

    QTest::newRow("plain string model stays a string") << config(kOld) << config(kNew) << QList<Kind>{Kind::PlainModel}
                                                       << QStringList{QStringLiteral("ai.local-agent.model")};
    QTest::newRow("primary") << config(chain(kOld, {kOther})) << config(chain(kNew, {kOther}))
                             << QList<Kind>{Kind::Primary}
                             << QStringList{QStringLiteral("ai.local-agent.model.primary")};
    QTest::newRow("fallback 2") << config(chain(kOther, {kOther + QLatin1Char('x'), kOld}))
                                << config(chain(kOther, {kOther + QLatin1Char('x'), kNew}))
                                << QList<Kind>{Kind::Fallback}
                                << QStringList{QStringLiteral("ai.local-agent.model.fallbacks[1]")};
    QTest::newRow("new already a fallback: dropped")
        << config(chain(kOld, {kNew, kOther})) << config(chain(kNew, {kOther}))
        << QList<Kind>{Kind::Primary, Kind::FallbackDropped}
        << QStringList{QStringLiteral("ai.local-agent.model.primary"),
                       QStringLiteral("ai.local-agent.model.fallbacks[0]")};
    QTest::newRow("new already primary: old fallback dropped")
        << config(chain(kNew, {kOther, kOld})) << config(chain(kNew, {kOther})) << QList<Kind>{Kind::FallbackDropped}
        << QStringList{QStringLiteral("ai.local-agent.model.fallbacks[1]")};
    QTest::newRow("old and new both fallbacks") << config(chain(kOther, {kOld, kNew})) << config(chain(kOther, {kNew}))
                                                << QList<Kind>{Kind::Fallback, Kind::FallbackDropped}
                                                << QStringList{QStringLiteral("ai.local-agent.model.fallbacks[0]"),
                                                               QStringLiteral("ai.local-agent.model.fallbacks[1]")};
    QTest::newRow("rerank") << config(chain(kOther, {}), kOld) << config(chain(kOther, {}), kNew)
                            << QList<Kind>{Kind::Rerank} << QStringList{QStringLiteral("ai.local-agent.rerank-model")};
    QTest::newRow("not named: untouched")
        << config(chain(kOther, {kNew}), QStringLiteral("__none__"))
        << config(chain(kOther, {kNew}), QStringLiteral("__none__")) << QList<Kind>{} << QStringList{};
}

void TestReplacePlan::rewritesOnlyTheReferences()
{
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QList<Kind>, kinds);
    QFETCH(QStringList, paths);
    QJsonObject cfg = before;
    const QList<ReplaceChange> changes = ReplacePlan::apply(&cfg, kOld, kNew);
    QCOMPARE(cfg, after); // the whole config: nothing else changed
    QList<Kind> gotKinds;
    QStringList gotPaths;
    for (const ReplaceChange &c : changes) {
        gotKinds << c.kind;
        gotPaths << c.path;
        QCOMPARE(c.oldValue, c.kind == Kind::FallbackDropped && c.oldValue == kNew ? kNew : kOld);
        QCOMPARE(c.newValue, c.kind == Kind::FallbackDropped ? QString() : kNew);
    }
    QCOMPARE(gotKinds, kinds);
    QCOMPARE(gotPaths, paths);
    // Applying again changes nothing: the old model is gone.
    QVERIFY(ReplacePlan::apply(&cfg, kOld, kNew).isEmpty());
    QCOMPARE(cfg, after);
}

void TestReplacePlan::reasoningMap()
{
    // The old model's level moves to the new model.
    QJsonObject cfg = config(chain(kOld, {kOther}, {{kOld, QStringLiteral("high")}, {kOther, QStringLiteral("low")}}));
    QList<ReplaceChange> changes = ReplacePlan::apply(&cfg, kOld, kNew);
    QCOMPARE(cfg, config(chain(kNew, {kOther}, {{kNew, QStringLiteral("high")}, {kOther, QStringLiteral("low")}})));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).kind, Kind::ReasoningRenamed);
    QCOMPARE(changes.at(1).level, QStringLiteral("high"));
    QVERIFY(ReplacePlan::describe(changes.at(1), {{kOld, QStringLiteral("gpt-4o")}, {kNew, QStringLiteral("gpt-4.1")}})
                .contains(QStringLiteral("gpt-4.1")));

    // The new model has its own entry: it is kept and the old one removed.
    cfg = config(chain(kOld, {kNew}, {{kOld, QStringLiteral("high")}, {kNew, QStringLiteral("minimal")}}));
    changes = ReplacePlan::apply(&cfg, kOld, kNew);
    QCOMPARE(cfg, config(chain(kNew, {}, {{kNew, QStringLiteral("minimal")}})));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(2).kind, Kind::ReasoningKept);
    QCOMPARE(changes.at(2).level, QStringLiteral("minimal"));
    QCOMPARE(changes.at(2).droppedLevel, QStringLiteral("high"));
}

void TestReplacePlan::otherRunnersUntouched()
{
    QJsonObject cfg = config(chain(kOld, {}));
    QJsonObject ai = cfg.value(QStringLiteral("ai")).toObject();
    ai.insert(QStringLiteral("runner"), QJsonObject{{QStringLiteral("runner"), QStringLiteral("dify-service-api")}});
    cfg.insert(QStringLiteral("ai"), ai);
    const QJsonObject before = cfg;
    QVERIFY(ReplacePlan::apply(&cfg, kOld, kNew).isEmpty());
    QCOMPARE(cfg, before);
}

void TestReplacePlan::refusesSameModelAndOtherType()
{
    const QJsonArray pipelines{pipeline(QStringLiteral("p1"), QStringLiteral("P1"), config(chain(kOld, {})))};
    const ReplacePlan same = ReplacePlan::make(model(kOld, QStringLiteral("gpt-4o")),
                                               model(kOld, QStringLiteral("gpt-4o")), pipelines, {}, {});
    QVERIFY(!same.isValid());
    QVERIFY(same.isEmpty());
    QVERIFY(same.error().contains(QStringLiteral("gpt-4o")));

    const ReplacePlan typed
        = ReplacePlan::make(model(kOld, QStringLiteral("gpt-4o")),
                            model(kEmbedNew, QStringLiteral("bge-m3"), ModelType::Embedding), pipelines, {}, {});
    QVERIFY(!typed.isValid());
    QVERIFY(typed.isEmpty());
    QVERIFY(typed.error().contains(QStringLiteral("embedding")));
}

void TestReplacePlan::planRowsAndBots()
{
    const QJsonArray pipelines{
        pipeline(QStringLiteral("p1"), QStringLiteral("Support"), config(chain(kOld, {kOther}))),
        pipeline(QStringLiteral("p2"), QStringLiteral("Sales"), config(chain(kOther, {}))),
        pipeline(QStringLiteral("p3"), QStringLiteral("Old FAQ"), config(kOld)),
    };
    const QJsonArray bots{
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("b1")},
                    {QStringLiteral("name"), QStringLiteral("QQ")},
                    {QStringLiteral("use_pipeline_uuid"), QStringLiteral("p2")},
                    {QStringLiteral("pipeline_routing_rules"),
                     QJsonArray{QJsonObject{{QStringLiteral("pipeline_uuid"), QStringLiteral("p1")}},
                                QJsonObject{{QStringLiteral("pipeline_uuid"), QStringLiteral("__discard__")}}}}},
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("b2")},
                    {QStringLiteral("name"), QStringLiteral("Telegram")},
                    {QStringLiteral("use_pipeline_uuid"), QStringLiteral("p3")}},
    };
    const ReplacePlan plan = ReplacePlan::make(model(kOld, QStringLiteral("gpt-4o")),
                                               model(kNew, QStringLiteral("gpt-4.1")), pipelines, bots, {});
    QVERIFY2(plan.isValid(), qPrintable(plan.error()));
    QCOMPARE(plan.rows().size(), 2); // "Sales" does not name the old model
    QCOMPARE(plan.rows().at(0).pipelineName, QStringLiteral("Support"));
    QCOMPARE(plan.rows().at(0).changes.size(), 1);
    QCOMPARE(plan.rows().at(0).bots.size(), 1); // b1 through its routing rule
    QCOMPARE(plan.rows().at(0).bots.first().name, QStringLiteral("QQ"));
    QCOMPARE(plan.rows().at(1).pipelineName, QStringLiteral("Old FAQ"));
    QCOMPARE(plan.rows().at(1).changes.first().kind, Kind::PlainModel);
    QCOMPARE(plan.rows().at(1).bots.size(), 1);
    QCOMPARE(plan.rows().at(1).bots.first().name, QStringLiteral("Telegram"));
    QVERIFY(plan.basesToRecreate().isEmpty());

    // A rerank model is replaced in the rerank field only.
    const QJsonArray reranked{
        pipeline(QStringLiteral("p4"), QStringLiteral("R"), config(chain(kOther, {}), kRerankOld))};
    const ReplacePlan rerank
        = ReplacePlan::make(model(kRerankOld, QStringLiteral("bge-reranker"), ModelType::Rerank),
                            model(kRerankNew, QStringLiteral("jina-reranker"), ModelType::Rerank), reranked, {}, {});
    QCOMPARE(rerank.rows().size(), 1);
    QCOMPARE(rerank.rows().first().changes.first().kind, Kind::Rerank);
}

void TestReplacePlan::knowledgeBasesListedNotEdited()
{
    QJsonObject searching = config(chain(kOther, {}));
    const QJsonArray pipelines{pipeline(QStringLiteral("p1"), QStringLiteral("Support"), searching)};
    const QJsonArray bases{
        QJsonObject{
            {QStringLiteral("uuid"), QStringLiteral("kb-1")},
            {QStringLiteral("name"), QStringLiteral("Handbook")},
            {QStringLiteral("creation_settings"), QJsonObject{{QStringLiteral("embedding_model_uuid"), kEmbedOld}}}},
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("kb-2")},
                    {QStringLiteral("name"), QStringLiteral("Archive")},
                    {QStringLiteral("embedding_model_uuid"), kEmbedOld}}, // 4.7–4.8 shape
        QJsonObject{
            {QStringLiteral("uuid"), QStringLiteral("kb-3")},
            {QStringLiteral("name"), QStringLiteral("Other")},
            {QStringLiteral("creation_settings"), QJsonObject{{QStringLiteral("embedding_model_uuid"), kEmbedNew}}}},
    };
    const ReplacePlan plan
        = ReplacePlan::make(model(kEmbedOld, QStringLiteral("text-embedding-3-small"), ModelType::Embedding),
                            model(kEmbedNew, QStringLiteral("bge-m3"), ModelType::Embedding), pipelines, {}, bases);
    QVERIFY(plan.isValid());
    QVERIFY(plan.isEmpty()); // no pipeline field names an embedding model
    QCOMPARE(plan.basesToRecreate().size(), 2);
    QStringList names;
    for (const lb::RecreateBase &base : plan.basesToRecreate())
        names << base.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Archive"), QStringLiteral("Handbook")}));
    for (const lb::RecreateBase &base : plan.basesToRecreate()) {
        QCOMPARE(base.pipelineNames,
                 base.uuid == QLatin1String("kb-1") ? QStringList{QStringLiteral("Support")} : QStringList{});
        QVERIFY(plan.describe(base).contains(QStringLiteral("recreated")));
    }
    QCOMPARE(agentOf(pipelines.first().toObject().value(QStringLiteral("config")).toObject()), agentOf(searching));
}

QTEST_GUILESS_MAIN(TestReplacePlan)
#include "tst_replaceplan.moc"
