// Tests of lb::LlmTableModel and lb::LlmSortFilterProxy on LangBot 4.7+
// records: the Type and Provider columns, the columns read from a model's
// provider (requester, base URL, key count; masked secrets never shown), and
// the type and provider filters, all under QAbstractItemModelTester.

#include "ModelFixtures.h"
#include "model/LlmModel.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"
#include "model/Provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lb;
using namespace lb::testsupport;

namespace {

Provider provider(const QString &uuid, const QString &name, const QString &baseUrl, const QStringList &keys)
{
    return Provider(QJsonObject{{u"uuid"_s, uuid},
                                {u"name"_s, name},
                                {u"requester"_s, u"openai-chat-completions"_s},
                                {u"base_url"_s, baseUrl},
                                {u"api_keys"_s, QJsonArray::fromStringList(keys)}});
}

// A 4.7+ model; nested: the provider the server nests in the list, if any.
LlmModel newModel(const QString &uuid, const QString &name, ModelType type, const QString &providerUuid,
                  const std::optional<Provider> &nested = std::nullopt)
{
    QJsonObject json{{u"uuid"_s, uuid}, {u"name"_s, name}, {u"provider_uuid"_s, providerUuid}};
    if (nested)
        json.insert(u"provider"_s, nested->json());
    LlmModel model(json);
    model.setType(type);
    return model;
}

QString cell(const LlmTableModel &table, const QString &uuid, int column, int role = Qt::DisplayRole)
{
    return table.index(table.rowOf(uuid), column).data(role).toString();
}

// rig shows, sorted by name, "chat" (an LLM, uuid "l") and "embed" (an
// embedding model, "e") of provider p1 and "rank" (a rerank model, "r") of p2.
void showThreeTypes(ModelRig &rig)
{
    rig.model.setModels({newModel(u"l"_s, u"chat"_s, ModelType::Llm, u"p1"_s),
                         newModel(u"e"_s, u"embed"_s, ModelType::Embedding, u"p1"_s),
                         newModel(u"r"_s, u"rank"_s, ModelType::Rerank, u"p2"_s)});
    rig.proxy.sort(LlmTableModel::NameColumn);
}

} // namespace

class TestLlmTableProviders : public QObject
{
    Q_OBJECT

private slots:
    void typeAndProviderColumns();
    void columnsReadTheProvider();
    void nestedProviderWhenNotListed();
    void maskedSecretsNeverShown();
    void legacyRowsUnchanged();
    void sortByTypeAndProvider();
    void typeFilter();
    void providerFilter();
};

void TestLlmTableProviders::typeAndProviderColumns()
{
    ModelRig rig;
    QCOMPARE(rig.model.headerData(LlmTableModel::TypeColumn, Qt::Horizontal).toString(), u"Type"_s);
    QCOMPARE(rig.model.headerData(LlmTableModel::ProviderColumn, Qt::Horizontal).toString(), u"Provider"_s);
    rig.model.setProviders({provider(u"p1"_s, u"OpenAI"_s, u"https://api.openai.com/v1"_s, {u"sk-1"_s})});
    rig.model.setModels({newModel(u"a"_s, u"gpt-4o"_s, ModelType::Llm, u"p1"_s),
                         newModel(u"b"_s, u"text-embedding-3"_s, ModelType::Embedding, u"p1"_s),
                         newModel(u"c"_s, u"bge-reranker"_s, ModelType::Rerank, u"p1"_s)});
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::TypeColumn), u"LLM"_s);
    QCOMPARE(cell(rig.model, u"b"_s, LlmTableModel::TypeColumn), u"Embedding"_s);
    QCOMPARE(cell(rig.model, u"c"_s, LlmTableModel::TypeColumn), u"Rerank"_s);
    for (const QString &uuid : {u"a"_s, u"b"_s, u"c"_s})
        QCOMPARE(cell(rig.model, uuid, LlmTableModel::ProviderColumn), u"OpenAI"_s);
}

void TestLlmTableProviders::columnsReadTheProvider()
{
    ModelRig rig;
    rig.model.setModels(
        {newModel(u"a"_s, u"gpt-4o"_s, ModelType::Llm, u"p1"_s), newModel(u"b"_s, u"qwen"_s, ModelType::Llm, u"p2"_s)});
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ProviderColumn), QString()); // not listed yet
    QSignalSpy changed(&rig.model, &LlmTableModel::dataChanged);
    rig.model.setProviders({provider(u"p1"_s, u"OpenAI"_s, u"https://api.openai.com/v1"_s, {u"sk-1"_s, u"sk-2"_s}),
                            provider(u"p2"_s, u"Qwen"_s, u"https://dashscope.example/v1"_s, {u"sk-3"_s})});
    QVERIFY(changed.count() > 0);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ProviderColumn), u"OpenAI"_s);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::RequesterColumn), u"openai-chat-completions"_s);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::BaseUrlColumn), u"https://api.openai.com/v1"_s);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ApiKeysColumn), u"2"_s);
    QCOMPARE(cell(rig.model, u"b"_s, LlmTableModel::ApiKeysColumn), u"1"_s);
    QCOMPARE(cell(rig.model, u"b"_s, LlmTableModel::BaseUrlColumn), u"https://dashscope.example/v1"_s);
    QVERIFY(!cell(rig.model, u"a"_s, LlmTableModel::ApiKeysColumn, Qt::ToolTipRole).contains(u"sk-"_s));
    // The search finds the provider's URL; the key count sorts.
    rig.proxy.setFilterText(u"dashscope"_s);
    QCOMPARE(uuidsOf(rig.proxy), QStringList{u"b"_s});
    rig.proxy.setFilterText(QString());
    rig.proxy.sort(LlmTableModel::ApiKeysColumn, Qt::AscendingOrder);
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"b"_s, u"a"_s}));
    // A renamed provider renames its rows.
    changed.clear();
    rig.model.setProviders({provider(u"p1"_s, u"OpenAI EU"_s, u"https://eu.openai.example/v1"_s, {u"sk-1"_s}),
                            provider(u"p2"_s, u"Qwen"_s, u"https://dashscope.example/v1"_s, {u"sk-3"_s})});
    QVERIFY(changed.count() > 0);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ProviderColumn), u"OpenAI EU"_s);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ApiKeysColumn), u"1"_s);
    // The same providers again: nothing changes.
    changed.clear();
    rig.model.setProviders({provider(u"p1"_s, u"OpenAI EU"_s, u"https://eu.openai.example/v1"_s, {u"sk-1"_s}),
                            provider(u"p2"_s, u"Qwen"_s, u"https://dashscope.example/v1"_s, {u"sk-3"_s})});
    QCOMPARE(changed.count(), 0);
}

void TestLlmTableProviders::nestedProviderWhenNotListed()
{
    ModelRig rig;
    const Provider nested = provider(u"p9"_s, u"Nested"_s, u"https://nested.example/v1"_s, {u"k1"_s, u"k2"_s, u"k3"_s});
    rig.model.setModels({newModel(u"a"_s, u"m"_s, ModelType::Embedding, u"p9"_s, nested)});
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ProviderColumn), u"Nested"_s);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::BaseUrlColumn), u"https://nested.example/v1"_s);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ApiKeysColumn), u"3"_s);
    // The listed provider wins over the nested copy.
    rig.model.setProviders({provider(u"p9"_s, u"Listed"_s, u"https://listed.example/v1"_s, {u"k1"_s})});
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ProviderColumn), u"Listed"_s);
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ApiKeysColumn), u"1"_s);
}

void TestLlmTableProviders::maskedSecretsNeverShown()
{
    ModelRig rig;
    rig.model.setProviders(
        {provider(u"p1"_s, u"Masked"_s, u"https://***@host.example/v1?token=***"_s, {u"***"_s, u"***"_s})});
    rig.model.setModels({newModel(u"a"_s, u"m"_s, ModelType::Llm, u"p1"_s)});
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::ApiKeysColumn), u"2"_s); // masked keys are keys
    QCOMPARE(cell(rig.model, u"a"_s, LlmTableModel::BaseUrlColumn), u"hidden by the server"_s);
    for (int column = 0; column < LlmTableModel::ColumnCount; ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(LlmTableModel::SearchTextRole),
                         int(LlmTableModel::SortRole)})
            QVERIFY2(!cell(rig.model, u"a"_s, column, role).contains(u"***"_s), qPrintable(QString::number(column)));
    }
    QVERIFY(cell(rig.model, u"a"_s, LlmTableModel::ApiKeysColumn, Qt::ToolTipRole).contains(u"hidden by the server"_s));
}

void TestLlmTableProviders::legacyRowsUnchanged()
{
    // A 4.0–4.6 record reads its own fields; providers (the implicit ones of
    // those servers) change nothing; the Type column says LLM, no provider.
    ModelRig rig;
    const QList<LlmModel> legacy = fiveModels();
    rig.model.setModels(legacy);
    QStringList before;
    for (int row = 0; row < rig.model.rowCount(); ++row) {
        for (int column = 0; column < LlmTableModel::TypeColumn; ++column)
            before << rig.model.index(row, column).data().toString();
    }
    QSignalSpy changed(&rig.model, &LlmTableModel::dataChanged);
    rig.model.setProviders(Provider::implicitProviders(legacy));
    QCOMPARE(changed.count(), 0);
    QStringList after;
    for (int row = 0; row < rig.model.rowCount(); ++row) {
        for (int column = 0; column < LlmTableModel::TypeColumn; ++column)
            after << rig.model.index(row, column).data().toString();
        QCOMPARE(rig.model.index(row, LlmTableModel::ProviderColumn).data().toString(), QString());
        QCOMPARE(rig.model.index(row, LlmTableModel::TypeColumn).data().toString(), u"LLM"_s);
    }
    QCOMPARE(after, before);
    const int row = rig.model.rowOf(legacy.first().uuid());
    QCOMPARE(rig.model.index(row, LlmTableModel::RequesterColumn).data().toString(), legacy.first().requester());
    QCOMPARE(rig.model.index(row, LlmTableModel::BaseUrlColumn).data().toString(), legacy.first().baseUrl());
    QCOMPARE(rig.model.index(row, LlmTableModel::ApiKeysColumn).data().toString(),
             QString::number(legacy.first().apiKeyCount()));
}

void TestLlmTableProviders::sortByTypeAndProvider()
{
    ModelRig rig;
    rig.model.setProviders({provider(u"p1"_s, u"Zeta"_s, u""_s, {}), provider(u"p2"_s, u"alpha"_s, u""_s, {})});
    rig.model.setModels({newModel(u"r"_s, u"a"_s, ModelType::Rerank, u"p2"_s),
                         newModel(u"e"_s, u"b"_s, ModelType::Embedding, u"p1"_s),
                         newModel(u"l"_s, u"c"_s, ModelType::Llm, u"p1"_s)});
    rig.proxy.sort(LlmTableModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"l"_s, u"e"_s, u"r"_s}));
    rig.proxy.sort(LlmTableModel::ProviderColumn, Qt::AscendingOrder);
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"r"_s, u"e"_s, u"l"_s})); // alpha, then Zeta by name
    for (int column : {int(LlmTableModel::TypeColumn), int(LlmTableModel::ProviderColumn)}) {
        for (int a = 0; a < 3; ++a) {
            for (int b = 0; b < 3; ++b) {
                const QVariant va = rig.model.index(a, column).data(LlmTableModel::SortRole);
                const QVariant vb = rig.model.index(b, column).data(LlmTableModel::SortRole);
                if (va != vb)
                    QCOMPARE(rig.model.compareRows(a, b, column) < 0,
                             QVariant::compare(va, vb) == QPartialOrdering::Less);
            }
        }
    }
}

void TestLlmTableProviders::typeFilter()
{
    ModelRig rig;
    showThreeTypes(rig);
    rig.proxy.setTypeFilter({ModelType::Embedding});
    QCOMPARE(uuidsOf(rig.proxy), QStringList{u"e"_s});
    QCOMPARE(rig.proxy.typeFilter(), QList<ModelType>{ModelType::Embedding});
    rig.proxy.setTypeFilter({ModelType::Rerank, ModelType::Llm});
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"l"_s, u"r"_s}));
    rig.proxy.setFilterText(u"rank"_s); // with the text filter
    QCOMPARE(uuidsOf(rig.proxy), QStringList{u"r"_s});
    rig.proxy.setFilterText(QString());
    // A row that changes type follows the filter.
    LlmModel changed = newModel(u"e"_s, u"embed"_s, ModelType::Rerank, u"p1"_s);
    rig.model.setModels({newModel(u"l"_s, u"chat"_s, ModelType::Llm, u"p1"_s), changed,
                         newModel(u"r"_s, u"rank"_s, ModelType::Rerank, u"p2"_s)});
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"l"_s, u"e"_s, u"r"_s}));
    rig.proxy.setTypeFilter({});
    QCOMPARE(rig.proxy.rowCount(), 3);
}

void TestLlmTableProviders::providerFilter()
{
    ModelRig rig;
    showThreeTypes(rig);
    rig.proxy.setProviderFilter(u"p1"_s);
    QCOMPARE(rig.proxy.providerFilter(), u"p1"_s);
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"l"_s, u"e"_s}));
    rig.proxy.setProviderFilter(u"p2"_s);
    QCOMPARE(uuidsOf(rig.proxy), QStringList{u"r"_s});
    rig.proxy.setTypeFilter({ModelType::Llm}); // both filters at once: none
    QCOMPARE(rig.proxy.rowCount(), 0);
    rig.proxy.setTypeFilter({});
    rig.proxy.setProviderFilter(u"unknown"_s);
    QCOMPARE(rig.proxy.rowCount(), 0);
    rig.proxy.setProviderFilter(QString()); // empty: all
    QCOMPARE(rig.proxy.rowCount(), 3);
    // A model moved to another provider follows the filter.
    rig.proxy.setProviderFilter(u"p2"_s);
    rig.model.setModels({newModel(u"l"_s, u"chat"_s, ModelType::Llm, u"p2"_s),
                         newModel(u"e"_s, u"embed"_s, ModelType::Embedding, u"p1"_s),
                         newModel(u"r"_s, u"rank"_s, ModelType::Rerank, u"p2"_s)});
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"l"_s, u"r"_s}));

    // 4.0–4.6: the implicit provider of a model's requester, base URL and keys.
    const QList<LlmModel> legacy = fiveModels();
    rig.model.setModels(legacy);
    const QString implicit = Provider::implicitProviderUuid(legacy.first());
    rig.proxy.setProviderFilter(implicit);
    QVERIFY(rig.proxy.rowCount() >= 1);
    QVERIFY(rig.proxy.rowCount() < int(legacy.size()));
    for (int row = 0; row < rig.proxy.rowCount(); ++row)
        QCOMPARE(
            Provider::implicitProviderUuid(rig.model.modelAt(rig.proxy.mapToSource(rig.proxy.index(row, 0)).row())),
            implicit);
}

QTEST_GUILESS_MAIN(TestLlmTableProviders)
#include "tst_llmtableproviders.moc"
