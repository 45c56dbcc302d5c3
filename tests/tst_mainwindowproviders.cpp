// The main window on LangBot 4.7+ beside 4.0–4.6 (the same scenarios on the
// fake server at 4.6 and 4.10, and 4.9 where it differs): the Type and
// Provider columns, the type chips and counts, the generation in the status
// bar, and a view-only key's read-only window.

#include "MainWindowTest.h"

#include "mainwindow/FilterChipBar.h"
#include "models/ModelEditing.h"

#include "model/ModelType.h"

#include "mainwindow/TestResultPanel.h"

#include <QAction>
#include <QClipboard>
#include <QPushButton>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>

using namespace lb;
Q_DECLARE_METATYPE(lb::ModelType)

class TestMainWindowProviders : public lb::testsupport::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup()
    {
        m_editing.reset();
        tearDown();
    }

    void columnsByGeneration_data();
    void columnsByGeneration();
    void typeChipsFilter_data();
    void typeChipsFilter();
    void viewOnlyWindow();
    void failedTestShowsRequestId_data();
    void failedTestShowsRequestId();
    void ownerWindowAllowsWrites();

private:
    int serverCount(ModelType type) const
    {
        return m_server->langBotVersion().startsWith(u"4.6"_s) && type != ModelType::Llm
            ? 0
            : int(m_server->models(type).size());
    }
    QTableView *table() const { return lookup<QTableView>(*m_window, u"modelTable"_s); }
    QToolButton *typeChip(ModelType type) const
    {
        return lookup<QToolButton>(*m_window, u"typeChip_"_s + lb::modelTypeId(type));
    }
    QAction *action(const QString &name) const { return lookup<QAction>(*m_window, name); }

    std::unique_ptr<lb::gui::ModelEditing> m_editing;
};

void TestMainWindowProviders::columnsByGeneration_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("providers");
    QTest::newRow("4.6") << u"4.6"_s << false;
    QTest::newRow("4.9") << u"4.9"_s << true;
    QTest::newRow("4.10") << u"4.10"_s << true;
}

void TestMainWindowProviders::columnsByGeneration()
{
    QFETCH(QString, version);
    QFETCH(bool, providers);
    serveVersion(version);
    QVERIFY(openWindow());
    const QHeaderView *header = table()->horizontalHeader();
    QCOMPARE(header->isSectionHidden(LlmTableModel::TypeColumn), !providers);
    QCOMPARE(header->isSectionHidden(LlmTableModel::ProviderColumn), !providers);
    // The 4.0–4.6 columns in the order they always had; on 4.7+ Type and
    // Provider right after the name.
    QCOMPARE(header->visualIndex(LlmTableModel::NameColumn), 0);
    QCOMPARE(header->visualIndex(LlmTableModel::TypeColumn), 1);
    QCOMPARE(header->visualIndex(LlmTableModel::ProviderColumn), 2);
    QCOMPARE(header->visualIndex(LlmTableModel::UsedByColumn), 3);
    QCOMPARE(header->isSectionHidden(LlmTableModel::UsedByColumn), !providers);
    for (int column = LlmTableModel::RequesterColumn; column <= LlmTableModel::LastTestColumn; ++column)
        QCOMPARE(header->visualIndex(column), column + 3);
    QVERIFY(header->stretchLastSection());
    QVERIFY(header->sectionSize(LlmTableModel::NameColumn) >= 200); // names are read, not cut
    for (const LlmTableModel::Column column :
         {LlmTableModel::NameColumn, LlmTableModel::RequesterColumn, LlmTableModel::BaseUrlColumn,
          LlmTableModel::AbilitiesColumn, LlmTableModel::ApiKeysColumn, LlmTableModel::UpdatedColumn,
          LlmTableModel::LastTestColumn})
        QVERIFY(!header->isSectionHidden(column));

    const LlmTableModel *model = m_window->workspace()->models();
    const int llm = serverCount(ModelType::Llm);
    const int embedding = serverCount(ModelType::Embedding);
    const int rerank = serverCount(ModelType::Rerank);
    QCOMPARE(model->rowCount(), llm + embedding + rerank);
    const QString version_ = lb::testsupport::versionText(*m_window);
    QVERIFY2(version_.contains(m_server->langBotVersion()), qPrintable(version_));
    if (!providers) {
        QCOMPARE(countText(*m_window), u"%1 models"_s.arg(llm));
        QVERIFY2(!version_.contains(u"API"_s), qPrintable(version_));
        QTest::qWait(200); // past the chips' recount
        QVERIFY(typeChip(ModelType::Llm)->isHidden());
        return;
    }
    QVERIFY(embedding > 0);
    QCOMPARE(countText(*m_window), u"%1 LLM · %2 embedding · %3 rerank"_s.arg(llm).arg(embedding).arg(rerank));
    QVERIFY2(version_.contains(u"API"_s), qPrintable(version_));
    // Every row names its type and its provider; requester, URL and keys come from it.
    const QList<QJsonObject> serverProviders = m_server->providers();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString providerUuid = model->index(row, 0).data(LlmTableModel::ProviderUuidRole).toString();
        const QJsonObject provider = m_server->provider(providerUuid);
        QVERIFY(!provider.isEmpty());
        QCOMPARE(model->index(row, LlmTableModel::ProviderColumn).data().toString(),
                 provider.value(u"name"_s).toString());
        QCOMPARE(model->index(row, LlmTableModel::RequesterColumn).data().toString(),
                 provider.value(u"requester"_s).toString());
        QCOMPARE(model->index(row, LlmTableModel::ApiKeysColumn).data().toString(),
                 QString::number(provider.value(u"api_keys"_s).toArray().size()));
        QVERIFY(!model->index(row, LlmTableModel::TypeColumn).data().toString().isEmpty());
    }
}

void TestMainWindowProviders::typeChipsFilter_data()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

void TestMainWindowProviders::typeChipsFilter()
{
    QFETCH(QString, version);
    serveVersion(version);
    QVERIFY(openWindow());
    const int embedding = serverCount(ModelType::Embedding);
    QToolButton *chip = typeChip(ModelType::Embedding);
    QTRY_VERIFY(chip->isVisible()); // the chips are recounted shortly after a list
    QCOMPARE(chip->text(), u"Embedding (%1)"_s.arg(embedding));
    QVERIFY(!chip->accessibleName().isEmpty());
    QTest::mouseClick(chip, Qt::LeftButton);
    QTRY_COMPARE(proxy()->rowCount(), embedding);
    for (int row = 0; row < proxy()->rowCount(); ++row)
        QCOMPARE(proxy()->index(row, 0).data(LlmTableModel::TypeRole).toString(), u"embedding"_s);
    QVERIFY(countText(*m_window).startsWith(u"%1 of "_s.arg(embedding)));
    QTest::mouseClick(lookup<QToolButton>(*m_window, u"clearFilters"_s), Qt::LeftButton);
    QTRY_COMPARE(proxy()->rowCount(), m_window->workspace()->models()->rowCount());
    QVERIFY(!chip->isChecked());
    // The abilities read as words, capitalised.
    if (auto *reasoning = m_window->findChild<QToolButton *>(u"abilityChip_reasoning"_s))
        QVERIFY2(reasoning->text().startsWith(u"Reasoning ("_s), qPrintable(reasoning->text()));
    QCOMPARE(lb::gui::FilterChipBar::abilityLabel(u"reasoning"_s), u"Reasoning"_s);
    QCOMPARE(lb::gui::FilterChipBar::abilityLabel(u"func_call"_s), u"Function calling"_s);
    QCOMPARE(lb::gui::FilterChipBar::abilityLabel(u"long_context"_s), u"Long context"_s);
}

void TestMainWindowProviders::viewOnlyWindow()
{
    serveVersion(u"4.10"_s, FakeLangBotServer::demoViewApiKey());
    makeWindow();
    m_editing = std::make_unique<lb::gui::ModelEditing>(m_window.get());
    QVERIFY(showAndLoad());
    QVERIFY(m_window->workspace()->models()->rowCount() > 0); // it still lists
    QVERIFY(table()->selectionModel());
    QVERIFY(m_window->selectModel(firstUuidInView()));
    const QHash<QString, QString> needs{{u"testSelectedAction"_s, u"provider_secret.manage"_s},
                                        {u"testAllAction"_s, u"provider_secret.manage"_s},
                                        {u"deleteAction"_s, u"resource.manage"_s},
                                        {u"newModelAction"_s, u"provider_secret.manage"_s},
                                        {u"editModelAction"_s, u"provider_secret.manage"_s},
                                        {u"duplicateModelAction"_s, u"provider_secret.manage"_s}};
    for (auto it = needs.cbegin(); it != needs.cend(); ++it) {
        QAction *a = action(it.key());
        QVERIFY2(!a->isEnabled(), qPrintable(it.key()));
        QVERIFY2(a->toolTip().contains(it.value()), qPrintable(it.key() + u": "_s + a->toolTip()));
    }
    // Selection changes make the editing code enable its actions: they stay off.
    QVERIFY(m_window->selectModel(proxy()->index(1, 0).data(LlmTableModel::UuidRole).toString()));
    QVERIFY(!action(u"editModelAction"_s)->isEnabled());
    QVERIFY(!action(u"deleteAction"_s)->isEnabled());
    // Double-click does not open the editor either.
    const QModelIndex first = proxy()->index(0, 0);
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(first).center());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // Copy and filter still work; the role is named.
    QVERIFY(action(u"copyNameAction"_s)->isEnabled());
    const QLabel *role = lookup<QLabel>(*m_window, u"roleLabel"_s);
    QVERIFY(role->isVisible());
    QVERIFY2(role->text().contains(u"view only"_s, Qt::CaseInsensitive), qPrintable(role->text()));
    QTRY_VERIFY(typeChip(ModelType::Llm)->isVisible());
    QTest::mouseClick(typeChip(ModelType::Llm), Qt::LeftButton);
    QTRY_COMPARE(proxy()->rowCount(), serverCount(ModelType::Llm));
    // Masked keys never show as keys.
    const LlmTableModel *model = m_window->workspace()->models();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < LlmTableModel::ColumnCount; ++column) {
            QVERIFY(!model->index(row, column).data().toString().contains(u"***"_s));
            QVERIFY(!model->index(row, column).data(Qt::ToolTipRole).toString().contains(u"***"_s));
        }
    }
}

void TestMainWindowProviders::ownerWindowAllowsWrites()
{
    serveVersion(u"4.10"_s);
    makeWindow();
    m_editing = std::make_unique<lb::gui::ModelEditing>(m_window.get());
    QVERIFY(showAndLoad());
    QVERIFY(m_window->selectModel(firstUuidInView()));
    for (const QString &name : {u"testSelectedAction"_s, u"deleteAction"_s, u"newModelAction"_s, u"editModelAction"_s})
        QVERIFY2(action(name)->isEnabled(), qPrintable(name));
    QVERIFY(!action(u"deleteAction"_s)->toolTip().contains(u"permission"_s));
    QVERIFY(!lookup<QLabel>(*m_window, u"roleLabel"_s)->text().contains(u"view only"_s, Qt::CaseInsensitive));
}

void TestMainWindowProviders::failedTestShowsRequestId_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<ModelType>("type");
    QTest::addColumn<bool>("withId");
    QTest::newRow("4.6 llm") << u"4.6"_s << ModelType::Llm << false;
    QTest::newRow("4.10 llm") << u"4.10"_s << ModelType::Llm << true;
    QTest::newRow("4.10 embedding") << u"4.10"_s << ModelType::Embedding << true;
    QTest::newRow("4.10 rerank") << u"4.10"_s << ModelType::Rerank << true;
}

void TestMainWindowProviders::failedTestShowsRequestId()
{
    QFETCH(QString, version);
    QFETCH(ModelType, type);
    QFETCH(bool, withId);
    serveVersion(version);
    QVERIFY(openWindow());
    QVERIFY(!m_server->models(type).isEmpty());
    const QString uuid = m_server->models(type).constFirst().value(u"uuid"_s).toString();
    m_server->setTestBehaviour(uuid, FakeLangBotServer::TestBehaviour::ProviderError);
    QSignalSpy finished(m_window.get(), &MainWindow::testFinished);
    QVERIFY(m_window->selectModel(uuid));
    action(u"testSelectedAction"_s)->trigger();
    QVERIFY(finished.wait(10000));
    auto *panel = lookup<lb::gui::TestResultPanel>(*m_window, u"testResultPanel"_s);
    QCOMPARE(panel->state(), lb::gui::TestResultPanel::State::Failure);
    // The test went to the model's own type's route.
    const auto requests = m_server->requests();
    auto test = std::find_if(requests.crbegin(), requests.crend(), [&](const auto &r) {
        return r.method == "POST" && r.path.endsWith(u"/"_s + uuid + u"/test"_s);
    });
    QVERIFY(test != requests.crend());
    QVERIFY2(test->path.contains(u"/models/"_s + lb::modelTypeId(type) + u"/"_s), qPrintable(test->path));
    auto *copy = lookup<QPushButton>(*m_window, u"testCopyRequestId"_s);
    QCOMPARE(!copy->isHidden(), withId);
    if (!withId)
        return;
    const QString id = QString::fromLatin1(test->headers.value("x-request-id"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(panel->requestId(), id);
    QVERIFY(copy->text().contains(id));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), id);
}

QTEST_MAIN(TestMainWindowProviders)
#include "tst_mainwindowproviders.moc"
