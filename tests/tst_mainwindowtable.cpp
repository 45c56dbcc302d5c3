// The main window's table against the fake LangBot server: the text filter,
// the ability and status chips, the empty filter result, the column chooser,
// sorting by every column, the context menu and copying names and UUIDs;
// the selection across refreshes, the view state per server and the
// window's remembered geometry.
// (tst_mainwindow has the rest of the window.)

#include "MainWindowTest.h"
#include "mainwindow/FilterChipBar.h"
#include "mainwindow/MainWindow.h"
#include "widgets/EnvironmentStrip.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

class TestMainWindowTable : public lb::testsupport::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void filterNarrowsTheTable();
    void filterCoversDescriptionRequesterAndUrl();
    void abilityChipsFilterRows();
    void statusChipsFilterRows();
    void emptyFilterResultOffersToClear();
    void columnChooserHidesAndRestoresPerServer();
    void everyColumnSorts();
    void contextMenuCarriesTheRowActions();
    void copyNameAndUuid();
    void refreshKeepsSelection();
    void viewStateRoundTrip();
    void windowGeometryIsRemembered();
};

void TestMainWindowTable::filterNarrowsTheTable()
{
    QVERIFY(openWindow());
    const QString uuid = firstUuidInView();
    const QString name = nameOf(uuid);
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("modelFilter"));
    QVERIFY(filter);
    QVERIFY(!filter->accessibleName().isEmpty());
    filter->setText(name);
    QVERIFY(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount() >= 1);
    QVERIFY(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount()
            < m_window->workspace()->models()->rowCount());
    filter->setText(QStringLiteral("no-such-model-anywhere"));
    QCOMPARE(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount(), 0);
    QCOMPARE(overlayText(*m_window), QStringLiteral("No models match “no-such-model-anywhere”."));
    // Any case.
    filter->setText(name.toUpper());
    QVERIFY(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount() >= 1);
    filter->clear();
    QCOMPARE(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount(),
             m_window->workspace()->models()->rowCount());
    QVERIFY(overlayText(*m_window).isEmpty());
}

void TestMainWindowTable::filterCoversDescriptionRequesterAndUrl()
{
    QJsonObject a = windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000a"), QStringLiteral("Alpha"));
    a.insert(QStringLiteral("description"), QStringLiteral("The Night Shift model"));
    QJsonObject b = windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000b"), QStringLiteral("Beta"));
    b.insert(QStringLiteral("requester"), QStringLiteral("anthropic-messages"));
    QJsonObject c = windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000c"), QStringLiteral("Gamma"));
    c.insert(QStringLiteral("requester_config"),
             QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://proxy.Corp.example/v1")}});
    m_server->setModels({a, b, c});
    QVERIFY(openWindow());
    QLineEdit *filter = lookup<QLineEdit>(*m_window, u"modelFilter"_s);
    const QAbstractItemModel *shown = lookup<QTableView>(*m_window, u"modelTable"_s)->model();
    const auto only = [shown](const QString &uuid) {
        return shown->rowCount() == 1 && shown->index(0, 0).data(LlmTableModel::UuidRole).toString() == uuid;
    };
    // As typed (each keystroke), any case.
    QTest::keyClicks(filter, QStringLiteral("night sh"));
    QVERIFY(only(a.value(QStringLiteral("uuid")).toString()));
    filter->setText(QStringLiteral("ANTHROPIC"));
    QVERIFY(only(b.value(QStringLiteral("uuid")).toString()));
    filter->setText(QStringLiteral("proxy.corp"));
    QVERIFY(only(c.value(QStringLiteral("uuid")).toString()));
    QCOMPARE(countText(*m_window), QStringLiteral("1 of 3 models"));
    filter->clear();
    QCOMPARE(shown->rowCount(), 3);
}

void TestMainWindowTable::abilityChipsFilterRows()
{
    QJsonObject vision = windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"), QStringLiteral("v"));
    vision.insert(QStringLiteral("abilities"), QJsonArray{QStringLiteral("vision")});
    QJsonObject both = windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002"), QStringLiteral("vf"));
    both.insert(QStringLiteral("abilities"), QJsonArray{QStringLiteral("vision"), QStringLiteral("func_call")});
    QJsonObject tools = windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003"), QStringLiteral("f"));
    tools.insert(QStringLiteral("abilities"), QJsonArray{QStringLiteral("func_call")});
    // The nested shape of the contract page counts the same.
    QJsonObject nested = windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000004"), QStringLiteral("n"));
    nested.insert(QStringLiteral("abilities"), QJsonArray{QJsonArray{QStringLiteral("func_call")}});
    QJsonObject plain = windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000005"), QStringLiteral("p"));
    m_server->setModels({vision, both, tools, nested, plain});
    QVERIFY(openWindow());

    lb::gui::FilterChipBar *chips = lookup<lb::gui::FilterChipBar>(*m_window, u"filterChipBar"_s);
    QTRY_VERIFY(chips->isVisible());
    QToolButton *visionChip = chips->abilityChip(QStringLiteral("vision"));
    QToolButton *toolsChip = chips->abilityChip(QStringLiteral("func_call"));
    QVERIFY(visionChip && toolsChip);
    QCOMPARE(visionChip->text(), QStringLiteral("Vision (2)"));
    QCOMPARE(toolsChip->text(), QStringLiteral("Function calling (3)"));
    QVERIFY(visionChip->isCheckable());
    QVERIFY(!visionChip->accessibleName().isEmpty());
    QVERIFY(!chips->clearButton()->isVisible());

    const QAbstractItemModel *shown = lookup<QTableView>(*m_window, u"modelTable"_s)->model();
    const auto shownNames = [shown] {
        QStringList names;
        for (int row = 0; row < shown->rowCount(); ++row)
            names << shown->index(row, LlmTableModel::NameColumn).data().toString();
        std::sort(names.begin(), names.end());
        return names;
    };
    QTest::mouseClick(visionChip, Qt::LeftButton);
    QVERIFY(visionChip->isChecked());
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("v"), QStringLiteral("vf")}));
    QCOMPARE(countText(*m_window), QStringLiteral("2 of 5 models"));
    QVERIFY(chips->clearButton()->isVisible());
    // Both chips: models with both abilities.
    QTest::mouseClick(toolsChip, Qt::LeftButton);
    QCOMPARE(shownNames(), QStringList{QStringLiteral("vf")});
    QTest::mouseClick(visionChip, Qt::LeftButton);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("f"), QStringLiteral("n"), QStringLiteral("vf")}));
    // With the text filter.
    lookup<QLineEdit>(*m_window, u"modelFilter"_s)->setText(QStringLiteral("vf"));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("vf")});
    // Clear filters: chips and text.
    QTest::mouseClick(chips->clearButton(), Qt::LeftButton);
    QVERIFY(!toolsChip->isChecked());
    QVERIFY(lookup<QLineEdit>(*m_window, u"modelFilter"_s)->text().isEmpty());
    QCOMPARE(shown->rowCount(), 5);
    QVERIFY(!chips->clearButton()->isVisible());
}

void TestMainWindowTable::statusChipsFilterRows()
{
    QVERIFY(openWindow());
    const QList<QJsonObject> models = m_server->models();
    QVERIFY(models.size() >= 3);
    const QString okUuid = models.at(0).value(QStringLiteral("uuid")).toString();
    const QString failUuid = models.at(1).value(QStringLiteral("uuid")).toString();
    m_server->setTestBehaviour(okUuid, FakeLangBotServer::TestBehaviour::Ok, 0);
    m_server->setTestBehaviour(failUuid, FakeLangBotServer::TestBehaviour::ProviderError, 0,
                               QStringLiteral("Model Not Exist"));
    QSignalSpy done(m_window.get(), &MainWindow::testsFinished);
    m_window->testModels({okUuid, failUuid});
    QVERIFY(done.wait(5000));

    lb::gui::FilterChipBar *chips = lookup<lb::gui::FilterChipBar>(*m_window, u"filterChipBar"_s);
    QToolButton *passed = chips->statusChip(lb::gui::ModelViewProxy::StatusOk);
    QToolButton *failed = chips->statusChip(lb::gui::ModelViewProxy::StatusFailed);
    QToolButton *never = chips->statusChip(lb::gui::ModelViewProxy::StatusNever);
    const int total = m_window->workspace()->models()->rowCount();
    QTRY_COMPARE(passed->text(), QStringLiteral("✓ Passed (1)"));
    QCOMPARE(failed->text(), QStringLiteral("✗ Failed (1)"));
    QCOMPARE(never->text(), QStringLiteral("Never tested (%1)").arg(total - 2));

    const QAbstractItemModel *shown = lookup<QTableView>(*m_window, u"modelTable"_s)->model();
    QTest::mouseClick(failed, Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(LlmTableModel::UuidRole).toString(), failUuid);
    QTest::mouseClick(passed, Qt::LeftButton); // ok or failed
    QCOMPARE(shown->rowCount(), 2);
    QTest::mouseClick(passed, Qt::LeftButton);

    // Re-tested, the failed model stays in the "Failed" view while it runs,
    // and leaves it once it passes.
    m_server->setTestBehaviour(failUuid, FakeLangBotServer::TestBehaviour::Ok, 300);
    m_window->testModel(failUuid);
    QTest::qWait(150);
    QCOMPARE(shown->rowCount(), 1);
    QVERIFY(done.wait(5000));
    QTRY_COMPARE(shown->rowCount(), 0);
    QCOMPARE(overlayText(*m_window), QStringLiteral("No models match the filter."));
    QTest::mouseClick(never, Qt::LeftButton);
    QCOMPARE(shown->rowCount(), total - 2);
}

void TestMainWindowTable::emptyFilterResultOffersToClear()
{
    QVERIFY(openWindow());
    lookup<QLineEdit>(*m_window, u"modelFilter"_s)->setText(QStringLiteral("nothing-like-this"));
    QCOMPARE(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount(), 0);
    QPushButton *clear = lookup<QPushButton>(*m_window, u"overlayClearFilter"_s);
    QVERIFY(clear->isVisible());
    QCOMPARE(clear->text(), QStringLiteral("Clear the filter"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(lookup<QLineEdit>(*m_window, u"modelFilter"_s)->text().isEmpty());
    QCOMPARE(lookup<QTableView>(*m_window, u"modelTable"_s)->model()->rowCount(),
             m_window->workspace()->models()->rowCount());
    QVERIFY(overlayText(*m_window).isEmpty());
    QVERIFY(!clear->isVisible());
}

void TestMainWindowTable::columnChooserHidesAndRestoresPerServer()
{
    QVERIFY(openWindow());
    QHeaderView *header = lookup<QTableView>(*m_window, u"modelTable"_s)->horizontalHeader();
    const int lastTestAt = header->visualIndex(LlmTableModel::LastTestColumn); // the default place
    QVERIFY(lastTestAt > 1);
    QMenu *menu = lookup<QMenu>(*m_window, u"columnMenu"_s);
    QVERIFY(menu);
    QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
    QList<QAction *> columns;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable())
            columns << action;
    }
    QCOMPARE(columns.size(), int(LlmTableModel::ColumnCount));
    QCOMPARE(columns.at(LlmTableModel::BaseUrlColumn)->text(), QStringLiteral("Base URL"));
    QVERIFY(!columns.at(LlmTableModel::NameColumn)->isEnabled()); // the name always shows

    // The menu is one persistent QMenu, opened with popup().
    emit header->customContextMenuRequested(QPoint(10, 5));
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(lookup<QMenu>(*m_window, u"columnMenu"_s), menu);
    menu->hide();

    columns.at(LlmTableModel::BaseUrlColumn)->trigger();
    QVERIFY(header->isSectionHidden(LlmTableModel::BaseUrlColumn));
    header->moveSection(header->visualIndex(LlmTableModel::LastTestColumn), 1);
    header->resizeSection(LlmTableModel::RequesterColumn, 260);
    const lb::ProfileStore::ViewState first = m_window->viewState();

    // Another server with its own (default) layout.
    FakeLangBotServer other;
    other.setModels({windowModel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"), QStringLiteral("one"))});
    QVERIFY(other.listen());
    ApiClient otherClient(settingsFor(other));
    m_window->setClient(&otherClient, QStringLiteral("Other"));
    m_window->restoreViewState({});
    QVERIFY(!header->isSectionHidden(LlmTableModel::BaseUrlColumn));
    QCOMPARE(header->visualIndex(LlmTableModel::LastTestColumn), lastTestAt);
    QCOMPARE(header->sectionSize(LlmTableModel::RequesterColumn), 190);

    // Back: hidden, moved and resized as it was.
    m_window->setClient(m_client.get(), QStringLiteral("Test server"));
    m_window->restoreViewState(first);
    QVERIFY(header->isSectionHidden(LlmTableModel::BaseUrlColumn));
    QCOMPARE(header->visualIndex(LlmTableModel::LastTestColumn), 1);
    QCOMPARE(header->sectionSize(LlmTableModel::RequesterColumn), 260);
    emit menu->aboutToShow();
    QVERIFY(!columns.at(LlmTableModel::BaseUrlColumn)->isChecked());
    QVERIFY(columns.at(LlmTableModel::RequesterColumn)->isChecked());

    // Shown again from the menu; Reset Columns restores the first layout.
    columns.at(LlmTableModel::BaseUrlColumn)->trigger();
    QVERIFY(!header->isSectionHidden(LlmTableModel::BaseUrlColumn));
    QAction *reset = menu->actions().last();
    QCOMPARE(reset->text(), QStringLiteral("&Reset Columns"));
    reset->trigger();
    QCOMPARE(header->visualIndex(LlmTableModel::LastTestColumn), lastTestAt);
    QCOMPARE(header->sectionSize(LlmTableModel::RequesterColumn), 190);
}

void TestMainWindowTable::everyColumnSorts()
{
    QVERIFY(openWindow());
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    QVERIFY(view->isSortingEnabled());
    QVERIFY(view->horizontalHeader()->sectionsClickable());
    const int rows = view->model()->rowCount();
    for (int column = 0; column < LlmTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view->sortByColumn(column, order);
            QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), column);
            QCOMPARE(view->model()->rowCount(), rows);
            // Non-decreasing (or non-increasing) sort values.
            for (int row = 1; row < rows; ++row) {
                const QVariant a = view->model()->index(row - 1, column).data(LlmTableModel::SortRole);
                const QVariant b = view->model()->index(row, column).data(LlmTableModel::SortRole);
                const QPartialOrdering cmp = QVariant::compare(a, b);
                if (a.typeId() == QMetaType::QString)
                    continue; // collated; checked in tst_llmtablemodel
                if (order == Qt::AscendingOrder)
                    QVERIFY(cmp != QPartialOrdering::Greater);
                else
                    QVERIFY(cmp != QPartialOrdering::Less);
            }
        }
    }
}

void TestMainWindowTable::contextMenuCarriesTheRowActions()
{
    QVERIFY(openWindow());
    QMenu *menu = lookup<QMenu>(*m_window, u"modelContextMenu"_s);
    const QList<QAction *> actions = menu->actions();
    for (QAction *action :
         {lookup<QAction>(*m_window, u"testSelectedAction"_s), lookup<QAction>(*m_window, u"retestFailedAction"_s),
          lookup<QAction>(*m_window, u"deleteAction"_s), lookup<QAction>(*m_window, u"copyNameAction"_s),
          lookup<QAction>(*m_window, u"copyUuidAction"_s), lookup<QAction>(*m_window, u"refreshAction"_s)})
        QVERIFY2(actions.contains(action), qPrintable(action->text()));
    QCOMPARE(lookup<QAction>(*m_window, u"testSelectedAction"_s)->text(), QStringLiteral("&Test Selected"));

    // Right-click on a row selects it and pops the same menu up.
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    view->clearSelection();
    const QRect second = view->visualRect(view->model()->index(1, 0));
    emit view->customContextMenuRequested(second.center());
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(m_window->currentUuid(), view->model()->index(1, 0).data(LlmTableModel::UuidRole).toString());
    QVERIFY(lookup<QAction>(*m_window, u"testSelectedAction"_s)->isEnabled());
    QVERIFY(lookup<QAction>(*m_window, u"deleteAction"_s)->isEnabled());
    menu->hide();
    QCOMPARE(lookup<QMenu>(*m_window, u"modelContextMenu"_s), menu);
}

void TestMainWindowTable::copyNameAndUuid()
{
    QVERIFY(openWindow());
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    const QModelIndex first = view->model()->index(0, 0);
    const QModelIndex third = view->model()->index(2, 0);
    view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(third, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    lookup<QAction>(*m_window, u"copyNameAction"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), first.data().toString() + QLatin1Char('\n') + third.data().toString());
    lookup<QAction>(*m_window, u"copyUuidAction"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
             first.data(LlmTableModel::UuidRole).toString() + QLatin1Char('\n')
                 + third.data(LlmTableModel::UuidRole).toString());
}

void TestMainWindowTable::refreshKeepsSelection()
{
    QVERIFY(openWindow());
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    const QString chosen = view->model()->index(2, 0).data(LlmTableModel::UuidRole).toString();
    QVERIFY(m_window->selectModel(chosen));

    // The server changes: another model is renamed, a new one appears.
    QList<QJsonObject> models = m_server->models();
    for (QJsonObject &model : models) {
        if (model.value(QStringLiteral("uuid")).toString() != chosen) {
            model.insert(QStringLiteral("name"), QStringLiteral("aaa renamed"));
            break;
        }
    }
    models << windowModel(QStringLiteral("11111111-2222-4333-8444-555555555555"), QStringLiteral("zzz new model"));
    m_server->setModels(models);

    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    lookup<QAction>(*m_window, u"refreshAction"_s)->trigger();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->workspace()->models()->rowCount(), int(models.size()));
    QCOMPARE(m_window->currentUuid(), chosen);
    QCOMPARE(m_window->selectedUuids(), QStringList{chosen});
    QVERIFY(m_window->workspace()->models()->rowOf(QStringLiteral("11111111-2222-4333-8444-555555555555")) >= 0);
}

void TestMainWindowTable::viewStateRoundTrip()
{
    QVERIFY(openWindow());
    QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    view->sortByColumn(LlmTableModel::UpdatedColumn, Qt::DescendingOrder);
    const QString uuid = view->model()->index(1, 0).data(LlmTableModel::UuidRole).toString();
    QVERIFY(m_window->selectModel(uuid));
    const lb::ProfileStore::ViewState state = m_window->viewState();
    QCOMPARE(state.currentUuid, uuid);
    QCOMPARE(state.sortColumn, int(LlmTableModel::UpdatedColumn));
    QCOMPARE(state.sortOrder, Qt::DescendingOrder);
    QVERIFY(!state.headerState.isEmpty());

    m_window->restoreViewState({});
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(LlmTableModel::NameColumn));
    QVERIFY(m_window->currentUuid().isEmpty());

    m_window->restoreViewState(state);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(LlmTableModel::UpdatedColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_window->currentUuid(), uuid);

    // A row not listed yet is selected once the list brings it.
    m_window->setClient(m_client.get(), QStringLiteral("Test server"));
    m_window->restoreViewState(state);
    QVERIFY(m_window->currentUuid().isEmpty());
    QSignalSpy loaded(m_window.get(), &MainWindow::modelsLoaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->currentUuid(), uuid);
}

void TestMainWindowTable::windowGeometryIsRemembered()
{
    QSettings().remove(QStringLiteral("window"));
    // First start: a default size that fits the screen.
    {
        MainWindow window(nullptr, QString());
        window.restoreWindowSettings();
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() <= available.height());
        QVERIFY(window.width() >= qMin(800, available.width() * 9 / 10));
        QVERIFY(available.contains(window.geometry().center()));
    }
    // Closing stores the size and the layout; the next start has them back.
    QSize size;
    {
        MainWindow window(nullptr, QString());
        window.restoreWindowSettings();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(700, 480);
        QTRY_COMPARE(window.size(), QSize(700, 480));
        size = window.size();
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("window/state")));
    {
        MainWindow window(nullptr, QString());
        window.restoreWindowSettings();
        QCOMPARE(window.size(), size);
        QVERIFY(lookup<QDockWidget>(window, u"testDock"_s)->isHidden()); // opens with a test, not with the session
    }
    QSettings().remove(QStringLiteral("window"));
}

QTEST_MAIN(TestMainWindowTable)
#include "tst_mainwindowtable.moc"
