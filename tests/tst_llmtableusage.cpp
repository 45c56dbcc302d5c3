// LlmTableModel's Used by column (issue 16): the count of pipelines from the
// usage index, a tooltip naming pipelines, roles and bots, "—" (not 0) while
// the index is unknown or a list is missing, sorting by the count, and the
// model's contract (QAbstractItemModelTester) while the index changes.
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "usage/ModelUsage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using lb::LlmModel;
using lb::LlmTableModel;
using lb::ModelUsage;
using namespace Qt::StringLiterals;

namespace {

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

// m-4o: primary of Support and Sales; m-mini: fallback 1 of Support (with a
// reasoning level); m-embed: the embedding model of a base Support searches;
// m-idle: used by nothing.
const char *kPipelines = R"([
 {"uuid":"p-support","name":"Support","config":{"ai":{"runner":{"runner":"local-agent"},"local-agent":{
   "model":{"primary":"m-4o","fallbacks":["m-mini"],"reasoning":{"m-mini":"high"}},"knowledge-bases":["kb-docs"]}}}},
 {"uuid":"p-sales","name":"Sales","config":{"ai":{"runner":{"runner":"local-agent"},"local-agent":{
   "model":"m-4o"}}}}
])";
const char *kBots = R"([
 {"uuid":"b-qq","name":"QQ helpdesk","use_pipeline_uuid":"p-support"},
 {"uuid":"b-tg","name":"Telegram","use_pipeline_uuid":"p-support"}
])";
const char *kBases = R"([{"uuid":"kb-docs","name":"Docs","creation_settings":{"embedding_model_uuid":"m-embed"}}])";

ModelUsage index()
{
    return ModelUsage::build(array(kPipelines), array(kBots), array(kBases));
}

QList<LlmModel> models()
{
    QList<LlmModel> list;
    for (const char *uuid : {"m-4o", "m-mini", "m-embed", "m-idle"})
        list << LlmModel(QJsonObject{{u"uuid"_s, QString::fromLatin1(uuid)},
                                     {u"name"_s, QString::fromLatin1(uuid).mid(2)},
                                     {u"requester"_s, u"openai-chat-completions"_s}});
    return list;
}

} // namespace

class TestLlmTableUsage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void unknownBeforeTheIndex();
    void countsAndToolTips();
    void missingListKeepsZeroUnknown();
    void sortsByCount();
    void headerSaysWhyUnknown();

private:
    QString cell(const QString &uuid, int role = Qt::DisplayRole) const
    {
        return m_model->index(m_model->rowOf(uuid), LlmTableModel::UsedByColumn).data(role).toString();
    }
    std::unique_ptr<LlmTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLlmTableUsage::init()
{
    m_model = std::make_unique<LlmTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setModels(models());
}

void TestLlmTableUsage::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestLlmTableUsage::unknownBeforeTheIndex()
{
    QCOMPARE(m_model->columnCount(), int(LlmTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(LlmTableModel::UsedByColumn, Qt::Horizontal).toString(), u"Used by"_s);
    for (const char *uuid : {"m-4o", "m-idle"}) {
        QCOMPARE(cell(QString::fromLatin1(uuid)), u"—"_s);
        QCOMPARE(m_model->usageCount(QString::fromLatin1(uuid)), -1);
    }
    QVERIFY(!m_model->canTellUnused());
    // A note says why (e.g. a 4.0–4.6 server).
    m_model->setUsage(ModelUsage(), u"This server keeps no references."_s);
    QCOMPARE(cell(u"m-idle"_s), u"—"_s);
    QCOMPARE(cell(u"m-idle"_s, Qt::ToolTipRole), u"This server keeps no references."_s);
}

void TestLlmTableUsage::countsAndToolTips()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setUsage(index(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(LlmTableModel::UsedByColumn));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(LlmTableModel::UsageCountRole));
    QVERIFY(m_model->canTellUnused());

    QCOMPARE(cell(u"m-4o"_s), u"2"_s);
    QCOMPARE(m_model->index(m_model->rowOf(u"m-4o"_s), 0).data(LlmTableModel::UsageCountRole).toInt(), 2);
    const QString tip = cell(u"m-4o"_s, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(u"Used by 2 pipeline(s):"_s) || tip.startsWith(u"Used by 2 pipelines:"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"primary model of pipeline “Support”"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"primary model of pipeline “Sales”"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"bots: QQ helpdesk, Telegram"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"no bot runs this pipeline"_s), qPrintable(tip)); // Sales

    const QString mini = cell(u"m-mini"_s, Qt::ToolTipRole);
    QVERIFY2(mini.contains(u"fallback 1 of pipeline “Support” (reasoning: high)"_s), qPrintable(mini));
    QVERIFY2(cell(u"m-embed"_s, Qt::ToolTipRole).contains(u"knowledge base “Docs”, searched by pipeline “Support”"_s),
             qPrintable(cell(u"m-embed"_s, Qt::ToolTipRole)));
    QCOMPARE(cell(u"m-idle"_s), u"0"_s);
    QCOMPARE(cell(u"m-idle"_s, Qt::ToolTipRole), u"No pipeline or knowledge base uses this model."_s);

    // A later read replaces it (e.g. after a refresh).
    m_model->setUsage(ModelUsage::build(QJsonArray(), QJsonArray(), QJsonArray()), QString());
    QCOMPARE(cell(u"m-4o"_s), u"0"_s);
}

void TestLlmTableUsage::missingListKeepsZeroUnknown()
{
    ModelUsage partial = ModelUsage::build(array(kPipelines), QJsonArray(), QJsonArray());
    partial.setUnavailable(ModelUsage::Source::KnowledgeBases, u"HTTP 403: resource.view"_s);
    m_model->setUsage(partial, partial.gaps().join(u'\n'));
    QVERIFY(!m_model->canTellUnused());
    QCOMPARE(cell(u"m-4o"_s), u"2"_s); // the uses found are uses
    QVERIFY(cell(u"m-4o"_s, Qt::ToolTipRole).contains(u"resource.view"_s));
    // No use found, but a list is missing: unknown, not 0.
    QCOMPARE(cell(u"m-embed"_s), u"—"_s);
    QCOMPARE(m_model->usageCount(u"m-embed"_s), -1);
    QVERIFY(cell(u"m-embed"_s, Qt::ToolTipRole).contains(u"resource.view"_s));
}

void TestLlmTableUsage::sortsByCount()
{
    lb::LlmSortFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(LlmTableModel::UsedByColumn, Qt::DescendingOrder);
    m_model->setUsage(index(), QString());
    auto order = [&] {
        QStringList uuids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            uuids << proxy.index(row, 0).data(LlmTableModel::UuidRole).toString();
        return uuids;
    };
    QCOMPARE(order().first(), u"m-4o"_s);
    QCOMPARE(order().last(), u"m-idle"_s);
    QCOMPARE(
        m_model->index(m_model->rowOf(u"m-4o"_s), LlmTableModel::UsedByColumn).data(LlmTableModel::SortRole).toInt(),
        2);
    // Unknown sorts before 0.
    m_model->setUsage(ModelUsage(), QString());
    proxy.sort(LlmTableModel::UsedByColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, LlmTableModel::UsedByColumn).data(LlmTableModel::SortRole).toInt(), -1);
}

void TestLlmTableUsage::headerSaysWhyUnknown()
{
    m_model->setUsage(ModelUsage(), u"Not on this server."_s);
    const QString tip = m_model->headerData(LlmTableModel::UsedByColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"How many pipelines use the model"_s) && tip.contains(u"Not on this server."_s),
             qPrintable(tip));
    m_model->setUsage(index(), QString());
    const QString known = m_model->headerData(LlmTableModel::UsedByColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(!known.contains(u"Not on this server."_s), qPrintable(known));
}

QTEST_GUILESS_MAIN(TestLlmTableUsage)
#include "tst_llmtableusage.moc"
