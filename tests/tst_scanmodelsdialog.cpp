// ScanModelsDialog clicked through against the fake server: opened from the
// providers pane (toolbar and context menu), the scan with its busy state,
// search, the type filter, select all / none of the visible rows, "Add N
// Models" with a result per row and a summary, the workspace listing the new
// models; a failed create and a failed scan (with its request id and Retry);
// Escape stops the adding; switching servers closes it; and Scan Models…
// disabled, saying why, on 4.6, on 4.9.5 and for a view-only key.

#include "FakeLangBotServer.h"
#include "DemoIds.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "providers/ProvidersPane.h"
#include "providers/ScanModelsDialog.h"
#include "widgets/MessageBanner.h"

#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "providers/ScanAddRunner.h"
#include "providers/ScannedModelList.h"
#include "workspace/ServerWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

#include <memory>

using lb::ApiClient;
using lb::ModelType;
using lb::ScannedModelList;
using lb::ServerWorkspace;
using lb::demo::FakeLangBotServer;
using lb::gui::ProvidersPane;
using lb::gui::ScanModelsDialog;
using namespace Qt::StringLiterals;
using Status = ScannedModelList::Status;

namespace {

using lb::demoids::kDeepSeekProvider;
using lb::demoids::kOpenAi;

void addVersions()
{
    lb::testsupport::addVersionRows({"4.9", "4.10"});
}

// The names of the workspace's models of that provider.
QStringList savedNames(const ServerWorkspace &workspace, const QString &provider)
{
    QStringList names;
    for (const lb::LlmModel &m : workspace.models()->models()) {
        if (m.providerUuid() == provider)
            names << m.name();
    }
    return names;
}

} // namespace

class TestScanModelsDialog : public QObject, protected lb::testsupport::WorkspaceFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        lb::testsupport::useTestPaths();
        qRegisterMetaType<lb::gui::ScanModelsDialog *>();
    }
    void cleanup();
    void searchesSelectsAndAdds_data() { addVersions(); }
    void searchesSelectsAndAdds();
    void filtersByType_data() { addVersions(); }
    void filtersByType();
    void failedCreateIsReportedPerRow();
    void failedScanShowsRequestIdAndRetries();
    void cancelStopsScanning();
    void escapeStopsAdding();
    void openScanSelectsTheProvider();
    void disabledWhereItCannotWork_data();
    void disabledWhereItCannotWork();

private:
    void useServer(const QString &version, const QString &apiKey = FakeLangBotServer::demoApiKey());
    ScanModelsDialog *openScan(bool wait = true);
    // useServer(version), then openScan(): the scanned dialog, or null.
    ScanModelsDialog *scanOn(const QString &version);

    std::unique_ptr<ProvidersPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScanModelsDialog::cleanup()
{
    m_tester.reset();
    if (m_pane && m_pane->scanDialog())
        delete m_pane->scanDialog();
    m_pane.reset();
    stopWorkspace();
}

void TestScanModelsDialog::useServer(const QString &version, const QString &apiKey)
{
    QVERIFY2(startWorkspace(version, apiKey), qPrintable(serverError()));
    m_pane = std::make_unique<ProvidersPane>(m_workspace.get());
    m_pane->show();
    QVERIFY(connectWorkspace(u"scan-dialog-test"_s));
}

ScanModelsDialog *TestScanModelsDialog::openScan(bool wait)
{
    if (!m_pane->selectProvider(kOpenAi))
        return nullptr;
    QAction *action = m_pane->scanAction();
    if (!action->isEnabled()) {
        qWarning("Scan Models… is disabled: %s", qPrintable(action->toolTip()));
        return nullptr;
    }
    // The toolbar's button, as a user clicks it.
    auto *bar = m_pane->findChild<QToolBar *>(u"providersToolBar"_s);
    QWidget *button = bar ? bar->widgetForAction(action) : nullptr;
    if (!button)
        return nullptr;
    QSignalSpy opened(m_pane.get(), &ProvidersPane::scanDialogOpened);
    QTest::mouseClick(button, Qt::LeftButton);
    ScanModelsDialog *dialog = m_pane->scanDialog();
    if (opened.count() != 1 || !dialog || dialog->providerUuid() != kOpenAi)
        return nullptr;
    m_tester = std::make_unique<QAbstractItemModelTester>(dialog->list(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (wait) {
        QSignalSpy scanned(dialog, &ScanModelsDialog::scanFinished);
        if (dialog->isScanning() && !lb::testsupport::awaitOne(scanned))
            return nullptr;
    }
    return dialog;
}

ScanModelsDialog *TestScanModelsDialog::scanOn(const QString &version)
{
    useServer(version);
    return QTest::currentTestFailed() ? nullptr : openScan();
}

void TestScanModelsDialog::searchesSelectsAndAdds()
{
    QFETCH(QString, version);
    ScanModelsDialog *dialog = scanOn(version);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorBanner()->isVisible());
    ScannedModelList *list = dialog->list();
    QVERIFY(list->rowCount() >= 4);
    QVERIFY(!dialog->addButton()->isEnabled()); // nothing checked yet

    // Search: only the matching rows are shown; Select All checks those.
    QTest::keyClicks(dialog->searchField(), u"GPT"_s);
    QSortFilterProxyModel *proxy = dialog->proxy();
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < list->rowCount());
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, 0).data().toString().contains(u"gpt"_s));
    QTest::mouseClick(dialog->selectAllButton(), Qt::LeftButton);
    QStringList wanted;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int row = proxy->mapToSource(proxy->index(r, 0)).row();
        QCOMPARE(list->isChecked(row), list->status(row) == Status::New);
        if (list->isChecked(row))
            wanted << list->modelAt(row).id;
    }
    QVERIFY2(!wanted.isEmpty(), "the demo provider lacks some gpt model");
    QCOMPARE(list->checkedCount(), int(wanted.size())); // hidden rows untouched
    // None, then All again; the button says how many.
    QTest::mouseClick(dialog->selectNoneButton(), Qt::LeftButton);
    QCOMPARE(list->checkedCount(), 0);
    QVERIFY(!dialog->addButton()->isEnabled());
    QTest::mouseClick(dialog->selectAllButton(), Qt::LeftButton);
    QCOMPARE(list->checkedCount(), int(wanted.size()));
    QVERIFY2(dialog->addButton()->text().contains(QString::number(wanted.size())),
             qPrintable(dialog->addButton()->text()));

    // One more, checked by hand in the full list (its check box).
    dialog->searchField()->clear();
    QCOMPARE(proxy->rowCount(), list->rowCount());
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex index = proxy->index(r, 0);
        const int row = proxy->mapToSource(index).row();
        if (list->status(row) == Status::New && !list->isChecked(row)) {
            QVERIFY(proxy->setData(index, Qt::Checked, Qt::CheckStateRole));
            wanted << list->modelAt(row).id;
            break;
        }
    }

    QSignalSpy finished(dialog, &ScanModelsDialog::addFinished);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(dialog->isAdding());
    QVERIFY(dialog->progressBar()->isVisible());
    QVERIFY(!dialog->addButton()->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(u"scanCloseButton"_s)->isEnabled());
    QVERIFY(lb::testsupport::awaitOne(finished));
    QVERIFY(!dialog->isAdding());
    for (int row = 0; row < list->rowCount(); ++row) {
        if (wanted.contains(list->modelAt(row).id)) {
            QCOMPARE(list->status(row), Status::Added);
            QCOMPARE(list->index(row, ScannedModelList::StatusColumn).data().toString(),
                     ScannedModelList::statusText(Status::Added));
        }
    }
    QVERIFY(dialog->summaryLabel()->isVisible());
    QVERIFY2(dialog->summaryLabel()->text().contains(u"%1 added"_s.arg(wanted.size())),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(!dialog->summaryLabel()->text().contains(u"failed"_s));
    // The workspace listed them again: the table has them.
    const QStringList names = savedNames(*m_workspace, kOpenAi);
    for (const QString &name : std::as_const(wanted))
        QVERIFY2(names.contains(name), qPrintable(name));
    QCOMPARE(list->checkedCount(), 0);

    // Close closes once nothing is on its way.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"scanCloseButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_pane->scanDialog());
}

void TestScanModelsDialog::filtersByType()
{
    QFETCH(QString, version);
    ScanModelsDialog *dialog = scanOn(version);
    QVERIFY(dialog);
    QComboBox *type = dialog->typeFilter();
    QCOMPARE(type->findData(u"rerank"_s) >= 0, m_server->features().hasRerank());
    const int embedding = type->findData(u"embedding"_s);
    QVERIFY(embedding > 0);
    type->setCurrentIndex(embedding);
    QSortFilterProxyModel *proxy = dialog->proxy();
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < dialog->list()->rowCount());
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(ScannedModelList::TypeRole).toString(), u"embedding"_s);
    // Select All checks only the embedding models.
    QTest::mouseClick(dialog->selectAllButton(), Qt::LeftButton);
    for (int row : dialog->list()->checkedRows())
        QCOMPARE(dialog->list()->modelAt(row).type, std::optional<ModelType>(ModelType::Embedding));
    type->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), dialog->list()->rowCount());
}

void TestScanModelsDialog::failedCreateIsReportedPerRow()
{
    ScanModelsDialog *dialog = scanOn(u"4.9"_s);
    QVERIFY(dialog);
    dialog->typeFilter()->setCurrentIndex(dialog->typeFilter()->findData(u"llm"_s));
    QTest::mouseClick(dialog->selectAllButton(), Qt::LeftButton);
    const QList<int> rows = dialog->list()->checkedRows();
    QVERIFY(rows.size() >= 2);
    dialog->runner()->setConcurrency(1);
    FakeLangBotServer::FaultSpec fault;
    fault.fault = FakeLangBotServer::Fault::Error500Legacy;
    fault.times = 1;
    fault.message = u"模型请求失败: NotFoundError: Model Not Exist"_s;
    m_server->setFault(u"POST /api/v1/provider/models/llm"_s, fault);

    QSignalSpy finished(dialog, &ScanModelsDialog::addFinished);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(lb::testsupport::awaitOne(finished));
    ScannedModelList *list = dialog->list();
    QCOMPARE(list->status(rows.first()), Status::Failed);
    QVERIFY(list->index(rows.first(), ScannedModelList::StatusColumn).data().toString().contains(u"Model Not Exist"_s));
    QVERIFY(list->isCheckable(rows.first())); // may be tried again
    for (int row : rows.mid(1))
        QCOMPARE(list->status(row), Status::Added);
    const QString summary = dialog->summaryLabel()->text();
    QVERIFY2(summary.contains(u"%1 added"_s.arg(rows.size() - 1)) && summary.contains(u"1 failed"_s),
             qPrintable(summary));

    // Again, for the failed one alone: now it is added.
    QVERIFY(list->setData(list->index(rows.first(), 0), Qt::Checked, Qt::CheckStateRole));
    finished.clear();
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(lb::testsupport::awaitOne(finished));
    QCOMPARE(list->status(rows.first()), Status::Added);
    QVERIFY(savedNames(*m_workspace, kOpenAi).contains(list->modelAt(rows.first()).id));
}

void TestScanModelsDialog::failedScanShowsRequestIdAndRetries()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    m_server->setFault(u"GET /api/v1/provider/providers/%1/scan-models"_s.arg(kOpenAi),
                       FakeLangBotServer::Fault::Error500New, 1);
    ScanModelsDialog *dialog = openScan();
    QVERIFY(dialog);
    QVERIFY(dialog->errorBanner()->isVisible());
    QVERIFY(!dialog->requestId().isEmpty());
    QVERIFY2(dialog->errorBanner()->text().contains(dialog->requestId()), qPrintable(dialog->errorBanner()->text()));
    QCOMPARE(dialog->list()->rowCount(), 0);
    QSignalSpy scanned(dialog, &ScanModelsDialog::scanFinished);
    QTest::mouseClick(dialog->errorBanner()->retryButton(), Qt::LeftButton);
    QVERIFY(lb::testsupport::awaitOne(scanned));
    QVERIFY(scanned.constFirst().at(0).toBool());
    QVERIFY(!dialog->errorBanner()->isVisible());
    QVERIFY(dialog->list()->rowCount() > 0);
}

void TestScanModelsDialog::cancelStopsScanning()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    m_server->setLatency(u"GET /api/v1/provider/providers/%1/scan-models"_s.arg(kOpenAi), 3000);
    ScanModelsDialog *dialog = openScan(false);
    QVERIFY(dialog);
    QVERIFY(dialog->isScanning());
    QVERIFY(dialog->progressBar()->isVisible());
    QCOMPARE(dialog->progressBar()->maximum(), 0); // busy
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(!dialog->rescanButton()->isEnabled());
    QSignalSpy scanned(dialog, &ScanModelsDialog::scanFinished);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(lb::testsupport::awaitOne(scanned, 1000));
    QVERIFY(!scanned.constFirst().at(0).toBool());
    QVERIFY(!dialog->isScanning());
    QVERIFY(!dialog->errorBanner()->isVisible()); // cancelled, not failed
    QVERIFY(dialog->rescanButton()->isEnabled());
    QVERIFY(dialog->isVisible());
    // Another server: the provider is not there, the dialog closes.
    m_workspace->setServer(nullptr, {});
    QTRY_VERIFY(!m_pane->scanDialog());
}

void TestScanModelsDialog::escapeStopsAdding()
{
    ScanModelsDialog *dialog = scanOn(u"4.10"_s);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->selectAllButton(), Qt::LeftButton);
    const QList<int> rows = dialog->list()->checkedRows();
    QVERIFY(rows.size() >= 3);
    dialog->runner()->setConcurrency(1);
    for (const ModelType type : lb::allModelTypes)
        m_server->setLatency(u"POST /api/v1/provider/models/"_s + lb::modelTypeId(type), 300);
    QSignalSpy finished(dialog, &ScanModelsDialog::addFinished);
    QSignalSpy started(dialog->runner(), &lb::ScanAddRunner::itemStarted);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(lb::testsupport::awaitOne(started));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(lb::testsupport::awaitOne(finished));
    QVERIFY(dialog->isVisible()); // Escape stopped the adding, it did not close
    ScannedModelList *list = dialog->list();
    QCOMPARE(list->status(rows.first()), Status::Added); // on its way: not aborted
    for (int row : rows.mid(1)) {
        QCOMPARE(list->status(row), Status::NotSent);
        QVERIFY(list->isCheckable(row));
    }
    QVERIFY2(dialog->summaryLabel()->text().contains(u"%1 not sent"_s.arg(rows.size() - 1)),
             qPrintable(dialog->summaryLabel()->text()));
    QCOMPARE(m_server->writeRequestCount(), 1);
    // Now Escape closes.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_pane->scanDialog());
}

void TestScanModelsDialog::disabledWhereItCannotWork_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("why");
    QTest::newRow("4.6") << u"4.6"_s << FakeLangBotServer::demoApiKey() << u"4.0–4.6"_s;
    QTest::newRow("4.9.5") << u"4.9.5"_s << FakeLangBotServer::demoApiKey() << u"4.9.7"_s;
    QTest::newRow("view-only key") << u"4.10"_s << FakeLangBotServer::demoViewApiKey() << u"provider_secret.manage"_s;
}

void TestScanModelsDialog::disabledWhereItCannotWork()
{
    QFETCH(QString, version);
    QFETCH(QString, apiKey);
    QFETCH(QString, why);
    useServer(version, apiKey);
    if (QTest::currentTestFailed())
        return;
    if (m_workspace->features().hasProviders())
        QVERIFY(m_pane->selectProvider(kOpenAi));
    else
        QVERIFY(m_pane->selectProvider(m_workspace->providers().constFirst().uuid()));
    QAction *action = m_pane->scanAction();
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(why), qPrintable(action->toolTip()));
    // In the toolbar and the context menu, named for screen readers.
    QCOMPARE(action->objectName(), u"scanModelsAction"_s);
    auto *menu = m_pane->findChild<QMenu *>(u"providersContextMenu"_s);
    QVERIFY(menu && menu->actions().contains(action));
    QVERIFY(m_pane->findChild<QToolBar *>(u"providersToolBar"_s)->actions().contains(action));
    QVERIFY(!m_pane->openScan());
    QCOMPARE(m_server->requestCount(u"GET /api/v1/provider/providers/%1/scan-models"_s.arg(kOpenAi)), 0);
}

// openScan(uuid) selects that provider itself (the action follows the
// selection); a uuid not listed opens nothing and leaves the selection.
void TestScanModelsDialog::openScanSelectsTheProvider()
{
    useServer(u"4.10"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_pane->currentUuid().isEmpty()); // "All providers"
    QVERIFY(!m_pane->scanAction()->isEnabled());
    QSignalSpy selected(m_pane.get(), &ProvidersPane::providerSelected);
    QSignalSpy opened(m_pane.get(), &ProvidersPane::scanDialogOpened);

    QVERIFY(!m_pane->openScan(u"no-such-provider"_s));
    QVERIFY(m_pane->currentUuid().isEmpty());
    QCOMPARE(selected.count(), 0);
    QCOMPARE(opened.count(), 0);

    ScanModelsDialog *dialog = m_pane->openScan(kDeepSeekProvider);
    QVERIFY(dialog);
    QCOMPARE(dialog->providerUuid(), kDeepSeekProvider);
    QCOMPARE(m_pane->currentUuid(), kDeepSeekProvider);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toString(), kDeepSeekProvider);
    QCOMPARE(opened.count(), 1);
    QVERIFY(m_pane->scanAction()->isEnabled());
    QSignalSpy scanned(dialog, &ScanModelsDialog::scanFinished);
    QVERIFY(!dialog->isScanning() || lb::testsupport::awaitOne(scanned));
    QCOMPARE(m_server->requestCount(u"GET /api/v1/provider/providers/%1/scan-models"_s.arg(kDeepSeekProvider)), 1);
    dialog->close();
    QTRY_VERIFY(!m_pane->scanDialog());

    // Unknown again, with a provider selected: the selection stays.
    QVERIFY(!m_pane->openScan(u"no-such-provider"_s));
    QCOMPARE(m_pane->currentUuid(), kDeepSeekProvider);
    QCOMPARE(opened.count(), 1);
}

QTEST_MAIN(TestScanModelsDialog)
#include "tst_scanmodelsdialog.moc"
