// ProviderListModel: the providers of a workspace with "All providers" on top,
// their model counts per type kept current as the table changes, merged by
// uuid on a refresh; on 4.0–4.6 the implicit, read-only grouping; masked keys
// and URLs of a view-only key never shown as secrets.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "model/ProviderListModel.h"
#include "workspace/ServerWorkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lb;
using lb::demo::FakeLangBotServer;
using namespace Qt::StringLiterals;

namespace {

void addVersions()
{
    lb::testsupport::addVersionRows({"4.6", "4.9", "4.10"});
}

// The server's models of a type that use the provider.
int serverCount(const FakeLangBotServer &server, const QString &providerUuid, ModelType type)
{
    int n = 0;
    for (const QJsonObject &m : server.models(type))
        n += m.value(u"provider_uuid"_s).toString() == providerUuid ? 1 : 0;
    return n;
}

} // namespace

class TestProviderListModel : public QObject, protected lb::testsupport::WorkspaceFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { lb::testsupport::useTestPaths(); }
    void cleanup();
    void listsTheProvidersWithTheirCounts_data() { addVersions(); }
    void listsTheProvidersWithTheirCounts();
    void countsFollowTheTable_data() { addVersions(); }
    void countsFollowTheTable();
    void refreshMergesByUuid();
    void maskedSecretsAreNeverShown();
    void withoutWorkspaceOnlyAll();

private:
    void useServer(const QString &version, const QString &apiKey = FakeLangBotServer::demoApiKey());

    std::unique_ptr<ProviderListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProviderListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    stopWorkspace();
}

void TestProviderListModel::useServer(const QString &version, const QString &apiKey)
{
    QVERIFY2(startWorkspace(version, apiKey), qPrintable(serverError()));
    m_model = std::make_unique<ProviderListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setWorkspace(m_workspace.get());
    QVERIFY(connectWorkspace(u"providers-test"_s));
}

void TestProviderListModel::listsTheProvidersWithTheirCounts()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    const bool providers = m_server->features().hasProviders();
    QCOMPARE(m_model->rowCount(), int(m_workspace->providers().size()) + 1);
    QVERIFY(m_model->rowCount() > 2);
    // Row 0: all providers, every model counted.
    const QModelIndex all = m_model->index(0, ProviderListModel::NameColumn);
    QVERIFY(all.data(ProviderListModel::AllRole).toBool());
    QVERIFY(all.data(ProviderListModel::UuidRole).toString().isEmpty());
    QCOMPARE(all.data().toString(), u"All providers"_s);
    QTRY_COMPARE(m_model->index(0, ProviderListModel::LlmColumn).data().toInt(),
                 int(m_server->models(ModelType::Llm).size()));
    QCOMPARE(m_model->index(0, ProviderListModel::EmbeddingColumn).data().toInt(),
             providers ? int(m_server->models(ModelType::Embedding).size()) : 0);
    int llmSum = 0;
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const lb::Provider p = m_workspace->providers().at(row - 1);
        QCOMPARE(m_model->index(row, ProviderListModel::NameColumn).data().toString(), p.name());
        QCOMPARE(m_model->index(row, 0).data(ProviderListModel::UuidRole).toString(), p.uuid());
        QCOMPARE(m_model->index(row, 0).data(ProviderListModel::RequesterRole).toString(), p.requester());
        QCOMPARE(m_model->index(row, 0).data(ProviderListModel::ImplicitRole).toBool(), !providers);
        QCOMPARE(m_model->index(row, ProviderListModel::KeysColumn).data().toInt(), ProviderListModel::keyCount(p));
        QCOMPARE(m_model->rowOf(p.uuid()), row);
        llmSum += m_model->index(row, ProviderListModel::LlmColumn).data().toInt();
        if (providers) {
            for (const ModelType type : lb::allModelTypes) {
                const int column = ProviderListModel::LlmColumn + int(type);
                QCOMPARE(m_model->index(row, column).data().toInt(), serverCount(*m_server, p.uuid(), type));
                QCOMPARE(m_model->modelCount(p.uuid(), type), serverCount(*m_server, p.uuid(), type));
            }
        } else {
            // 4.0–4.6: the implicit grouping's own count.
            QCOMPARE(m_model->index(row, ProviderListModel::LlmColumn).data().toInt(), p.modelCount(ModelType::Llm));
        }
        QCOMPARE(m_model->modelUuids(p.uuid()).size(),
                 m_model->modelCount(p.uuid(), ModelType::Llm) + m_model->modelCount(p.uuid(), ModelType::Embedding)
                     + m_model->modelCount(p.uuid(), ModelType::Rerank));
    }
    QCOMPARE(llmSum, int(m_server->models(ModelType::Llm).size()));
    QCOMPARE(m_model->providerAt(0).uuid(), QString());
    QCOMPARE(m_model->rowOf(u"no-such-provider"_s), -1);
}

void TestProviderListModel::countsFollowTheTable()
{
    QFETCH(QString, version);
    useServer(version);
    if (QTest::currentTestFailed())
        return;
    const lb::Provider first = m_workspace->providers().constFirst();
    QTRY_VERIFY(m_model->modelCount(first.uuid(), ModelType::Llm) > 0);
    const int before = m_model->modelCount(first.uuid(), ModelType::Llm);
    const int allBefore = m_model->modelCount(QString(), ModelType::Llm);
    const QStringList users = m_model->modelUuids(first.uuid());
    QVERIFY(!users.isEmpty());
    QString llm;
    for (const QString &uuid : users) {
        const int row = m_workspace->models()->rowOf(uuid);
        if (m_workspace->models()->modelAt(row).type() == ModelType::Llm)
            llm = uuid;
    }
    QVERIFY(!llm.isEmpty());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_workspace->models()->removeModel(llm));
    QTRY_COMPARE(m_model->modelCount(first.uuid(), ModelType::Llm), before - 1);
    QCOMPARE(m_model->modelCount(QString(), ModelType::Llm), allBefore - 1);
    QCOMPARE(m_model->index(m_model->rowOf(first.uuid()), ProviderListModel::LlmColumn).data().toInt(), before - 1);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!m_model->modelUuids(first.uuid()).contains(llm));
}

void TestProviderListModel::refreshMergesByUuid()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    const int rows = m_model->rowCount();
    const lb::Provider second = m_workspace->providers().at(1);
    const lb::Provider first = m_workspace->providers().at(0);
    QPersistentModelIndex kept(m_model->index(m_model->rowOf(second.uuid()), 0));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    // The server loses the first provider (with its models) and gains one; the
    // second is renamed.
    QList<QJsonObject> providers = m_server->providers();
    providers.removeFirst();
    providers.first().insert(u"name"_s, u"Renamed"_s);
    providers << QJsonObject{{u"uuid"_s, u"11111111-2222-4333-8444-555555555555"_s},
                             {u"name"_s, u"Brand new"_s},
                             {u"requester"_s, u"openai-chat-completions"_s},
                             {u"base_url"_s, u"https://new.example.com/v1"_s},
                             {u"api_keys"_s, QJsonArray{u"sk-1"_s, u"sk-2"_s}}};
    m_server->setProviders(providers);
    for (const ModelType type : lb::allModelTypes) {
        QList<QJsonObject> models;
        for (const QJsonObject &m : m_server->models(type)) {
            if (m.value(u"provider_uuid"_s).toString() != first.uuid())
                models << m;
        }
        m_server->setModels(type, models);
    }
    QVERIFY(listOnce());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), rows);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), u"Renamed"_s);
    QCOMPARE(m_model->rowOf(first.uuid()), -1);
    const int added = m_model->rowOf(u"11111111-2222-4333-8444-555555555555"_s);
    QCOMPARE(added, rows - 1);
    QCOMPARE(m_model->index(added, ProviderListModel::KeysColumn).data().toInt(), 2);
    QCOMPARE(m_model->modelCount(u"11111111-2222-4333-8444-555555555555"_s, ModelType::Llm), 0);
}

void TestProviderListModel::maskedSecretsAreNeverShown()
{
    useServer(u"4.10"_s, FakeLangBotServer::demoViewApiKey());
    if (QTest::currentTestFailed())
        return;
    bool sawMaskedUrl = false;
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const lb::Provider p = m_model->providerAt(row);
        for (int column = 0; column < ProviderListModel::ColumnCount; ++column) {
            const QModelIndex index = m_model->index(row, column);
            QVERIFY(!index.data().toString().contains(u"***"_s));
            QVERIFY(!index.data(Qt::ToolTipRole).toString().contains(u"***"_s));
        }
        if (lb::Provider::isMaskedUrl(p.baseUrl())) {
            sawMaskedUrl = true;
            QCOMPARE(m_model->index(row, ProviderListModel::BaseUrlColumn).data().toString(),
                     u"hidden by the server"_s);
        }
        if (ProviderListModel::keyCount(p) > 0) {
            QVERIFY(m_model->index(row, 0).data(ProviderListModel::MaskedKeysRole).toBool());
            QVERIFY(m_model->index(row, ProviderListModel::KeysColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"hidden by the server (no secret permission)"_s));
        }
    }
    QVERIFY(sawMaskedUrl);
}

void TestProviderListModel::withoutWorkspaceOnlyAll()
{
    ProviderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProviderListModel::LlmColumn).data().toInt(), 0);
    QCOMPARE(model.headerData(ProviderListModel::KeysColumn, Qt::Horizontal).toString(), u"Keys"_s);
}

QTEST_GUILESS_MAIN(TestProviderListModel)
#include "tst_providerlistmodel.moc"
