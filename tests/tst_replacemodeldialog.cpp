// Model → Replace Everywhere… (issue 16), clicked through against the fake
// server at 4.9 and 4.10: the plan names each pipeline and change (computed
// from what the server serves), Apply rewrites the server's pipelines and
// nothing else, skipped and failed pipelines say why (with the request id),
// Stop and closing cancel, a production profile asks to type its name, the
// delete offer goes through ModelDeletion, a view-only key cannot replace, and
// 4.0–4.6 have no such action.

#include "MainWindowTest.h"

#include "models/ReplaceModelDialog.h"
#include "usage/ReplacePlan.h"
#include "usage/ReplaceRunner.h"
#include "Dialogs.h"
#include "widgets/RequestIdButton.h"
#include "widgets/TypedConfirmDialog.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>

using lb::ModelType;
using lb::ReplaceChange;
using lb::ReplacePlan;
using lb::gui::ReplaceModelDialog;
using lb::testsupport::kWaitMs;

namespace {

// A local-agent pipeline whose model field is modelJson (an object or a string).
QJsonObject agentPipelineJson(const QString &uuid, const QString &name, const QString &modelJson)
{
    const QString text = uR"({"uuid":"%1","name":"%2","config":{"ai":{"runner":{"runner":"local-agent"},
        "local-agent":{"model":%3,"rerank-model":"","knowledge-bases":[],
        "prompt":[{"role":"system","content":"Be brief."}]}},"output":{"misc":{"at-sender":true}}}})"_s.arg(uuid, name,
                                                                                                            modelJson);
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString kFirst = u"c0a80101-0000-4000-8000-0000000000e1"_s;
const QString kSecond = u"c0a80101-0000-4000-8000-0000000000e2"_s;

} // namespace

class TestReplaceModelDialog : public lb::testsupport::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void planNamesEachPipelineAndChange_data();
    void planNamesEachPipelineAndChange();
    void successorsAreOfTheSameType();
    void embeddingPlanListsBasesToRecreate();
    void unusedModelHasNothingToReplace();
    void applyRewritesPipelines_data();
    void applyRewritesPipelines();
    void skippedAndFailedRowsSayWhy();
    void stopCancels();
    void closingOrSwitchingServerWhileRunningCancels();
    void productionAsksToTypeTheName();
    void serverSwitchDuringConfirmationSendsNothing();
    void deleteOfferGoesThroughModelDeletion();
    void viewOnlyKeyCannotReplace();
    void hiddenOnLegacyServers();

private:
    bool serve(const QString &version, const QString &key = FakeLangBotServer::demoApiKey())
    {
        if (!m_server->setLangBotVersion(version))
            return false;
        m_server->loadDemoData();
        m_client = std::make_unique<ApiClient>(
            lb::testsupport::quickSettings(m_server->url(), lb::ConnectionSettings::AuthMode::ApiKey, key));
        return true;
    }
    // Two pipelines that both use gpt-4o (primary, fallback), instead of the demo's.
    void serveTwoPipelines()
    {
        m_server->setUsageData(
            QJsonArray{agentPipelineJson(kFirst, u"First"_s, uR"({"primary":"%1","fallbacks":[]})"_s.arg(gpt4o())),
                       agentPipelineJson(
                           kSecond, u"Second"_s,
                           uR"({"primary":"%1","fallbacks":["%2"]})"_s.arg(uuidNamed(u"deepseek-chat"_s), gpt4o()))},
            {}, {});
    }
    // Opens the window on m_client and waits for the usage lists.
    bool openWithUsage()
    {
        if (!openWindow())
            return false;
        const lb::ServerWorkspace *ws = m_window->workspace();
        return QTest::qWaitFor([ws] { return !ws->isUsageLoading() && ws->usage().isKnown(); }, kWaitMs);
    }
    QString uuidNamed(const QString &name) const
    {
        for (const ModelType type : lb::allModelTypes) {
            for (const QJsonObject &model : m_server->models(type)) {
                if (model.value(u"name"_s).toString() == name)
                    return model.value(u"uuid"_s).toString();
            }
        }
        return {};
    }
    QString gpt4o() const { return uuidNamed(u"gpt-4o"_s); }
    QString gpt41() const { return uuidNamed(u"gpt-4.1"_s); }
    QAction *replaceAction() const { return lookup<QAction>(*m_window, u"replaceModelAction"_s); }
    // Selects the model, triggers the action and returns the dialog.
    ReplaceModelDialog *openDialog(const QString &oldUuid, const QString &newUuid = {})
    {
        if (!m_window->selectModel(oldUuid) || !QTest::qWaitFor([this] { return replaceAction()->isEnabled(); }))
            return nullptr;
        replaceAction()->trigger();
        auto *dialog = m_window->findChild<ReplaceModelDialog *>(u"replaceModelDialog"_s);
        if (dialog && !newUuid.isEmpty() && !dialog->setSuccessor(newUuid))
            return nullptr;
        return dialog;
    }
    QJsonArray servedPipelines() const
    {
        const lb::testsupport::CallOutcome outcome = lb::testsupport::awaitCall(m_client->listPipelines());
        return outcome.data.toObject().value(u"pipelines"_s).toArray();
    }
    static QStringList childTexts(const QTreeWidgetItem *item, int column)
    {
        QStringList texts;
        for (int i = 0; i < item->childCount(); ++i)
            texts << item->child(i)->text(column);
        return texts;
    }
    // The dialog on the two pipelines (serveTwoPipelines), its run started
    // and held up at the first one's read; nullptr when it did not start.
    ReplaceModelDialog *startSlowRun(int latencyMs)
    {
        m_server->setLatency(u"GET /api/v1/pipelines/"_s + kFirst, latencyMs);
        ReplaceModelDialog *dialog = openDialog(gpt4o(), gpt41());
        if (!dialog)
            return nullptr;
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        return dialog->isRunning() ? dialog : nullptr;
    }
    // The PUTs the two pipelines got, after waiting past a held-up answer.
    int putsAfter(int waitMs) const
    {
        QTest::qWait(waitMs);
        return m_server->requestCount(u"PUT /api/v1/pipelines/"_s + kFirst)
            + m_server->requestCount(u"PUT /api/v1/pipelines/"_s + kSecond);
    }
    static bool runToEnd(ReplaceModelDialog *dialog)
    {
        QSignalSpy finished(dialog, &ReplaceModelDialog::runFinished);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        return lb::testsupport::awaitOne(finished);
    }
};

void TestReplaceModelDialog::planNamesEachPipelineAndChange_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("4.9") << u"4.9"_s;
    QTest::newRow("4.10") << u"4.10"_s;
}

void TestReplaceModelDialog::planNamesEachPipelineAndChange()
{
    QFETCH(QString, version);
    QVERIFY(serve(version));
    QVERIFY(openWithUsage());
    ReplaceModelDialog *dialog = openDialog(gpt4o());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(u"gpt-4o"_s));
    // No successor yet: nothing to apply.
    QVERIFY(dialog->planState().contains(u"Choose the model"_s));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(!dialog->planView()->accessibleName().isEmpty());
    QVERIFY(!dialog->progressBar()->accessibleName().isEmpty());

    QVERIFY(dialog->setSuccessor(gpt41()));
    QVERIFY2(dialog->successorCombo()->currentText().contains(u"Team gateway"_s),
             qPrintable(dialog->successorCombo()->currentText())); // the provider is shown

    // What the plan must say, from the pipelines as this server serves them.
    QHash<QString, QString> names;
    for (const lb::LlmModel &model : m_window->workspace()->models()->models())
        names.insert(model.uuid(), model.name());
    int row = 0;
    for (const QJsonValue &value : servedPipelines()) {
        QJsonObject config = value[u"config"_s].toObject();
        const QList<ReplaceChange> changes = ReplacePlan::apply(&config, gpt4o(), gpt41());
        if (changes.isEmpty())
            continue;
        QTreeWidgetItem *item = dialog->pipelineItem(row++);
        QVERIFY(item);
        QCOMPARE(item->text(0), u"Pipeline “%1”"_s.arg(value[u"name"_s].toString()));
        const QStringList texts = childTexts(item, 0);
        const QStringList paths = childTexts(item, 2);
        for (const ReplaceChange &change : changes) {
            QVERIFY2(paths.contains(change.path), qPrintable(paths.join(u'|')));
            const QString said = ReplacePlan::describe(change, names);
            QVERIFY2(texts.join(u'|').contains(said.mid(1)), qPrintable(texts.join(u'|')));
        }
        QVERIFY2(texts.last().startsWith(u"Bots that will notice"_s) || texts.last().startsWith(u"No bot"_s),
                 qPrintable(texts.last()));
    }
    QVERIFY(row > 0);
    QCOMPARE(dialog->plan().rows().size(), row);
    QVERIFY(!dialog->pipelineItem(row)); // no more pipelines than that

    // The demo's support pipeline, in plain words.
    QTreeWidgetItem *support = dialog->pipelineItem(0);
    QCOMPARE(support->text(0), u"Pipeline “Customer support”"_s);
    QVERIFY(childTexts(support, 0).contains(u"Primary model: “gpt-4o” → “gpt-4.1”"_s));
    QVERIFY(childTexts(support, 2).contains(u"ai.local-agent.model.primary"_s));
    QVERIFY(childTexts(support, 0).contains(u"Bots that will notice: QQ support"_s));
    QVERIFY(dialog->applyButton()->isEnabled());
    QVERIFY2(dialog->applyButton()->text().startsWith(u"&Replace in %1 Pipeline"_s.arg(row)),
             qPrintable(dialog->applyButton()->text()));
    QCOMPARE(m_server->requestCount(u"PUT /api/v1/pipelines/c0a80101-0000-4000-8000-00000000a001"_s), 0);
}

void TestReplaceModelDialog::successorsAreOfTheSameType()
{
    QVERIFY(serve(u"4.10"_s));
    QVERIFY(openWithUsage());
    ReplaceModelDialog *dialog = openDialog(gpt4o());
    QVERIFY(dialog);
    QComboBox *combo = dialog->successorCombo();
    QCOMPARE(combo->count(), m_server->models(ModelType::Llm).size() - 1);
    for (int i = 0; i < combo->count(); ++i) {
        const QString uuid = combo->itemData(i).toString();
        QVERIFY(uuid != gpt4o());
        QVERIFY(!m_server->model(ModelType::Llm, uuid).isEmpty());
    }
    QVERIFY(combo->isEditable()); // searchable

    // Enter in the combo picks; it neither applies nor closes.
    QVERIFY(dialog->setSuccessor(gpt41()));
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QVERIFY(!dialog->isRunning());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->successorUuid(), gpt41());
}

void TestReplaceModelDialog::embeddingPlanListsBasesToRecreate()
{
    QVERIFY(serve(u"4.10"_s));
    QVERIFY(openWithUsage());
    ReplaceModelDialog *dialog = openDialog(uuidNamed(u"BAAI/bge-m3"_s), uuidNamed(u"text-embedding-3-small"_s));
    QVERIFY(dialog);
    QCOMPARE(dialog->successorCombo()->count(), m_server->models(ModelType::Embedding).size() - 1);
    QVERIFY(dialog->plan().isValid());
    QVERIFY(!dialog->plan().basesToRecreate().isEmpty());
    const QTreeWidget *tree = dialog->planView();
    const QTreeWidgetItem *bases = tree->topLevelItem(tree->topLevelItemCount() - 1);
    QCOMPARE(bases->text(0), u"Knowledge bases to recreate (never edited)"_s);
    const QString text = childTexts(bases, 0).join(u'\n');
    QVERIFY2(text.contains(u"Knowledge base “Papers” embeds with “BAAI/bge-m3”: it is not changed"_s),
             qPrintable(text));
    // Knowledge bases are never edited: no pipeline names it, nothing to apply.
    QVERIFY(dialog->plan().isEmpty());
    QVERIFY(!dialog->applyButton()->isEnabled());
}

void TestReplaceModelDialog::unusedModelHasNothingToReplace()
{
    QVERIFY(serve(u"4.10"_s));
    QVERIFY(openWithUsage());
    ReplaceModelDialog *dialog = openDialog(uuidNamed(u"llama3.1:8b"_s), gpt41());
    QVERIFY(dialog);
    QCOMPARE(dialog->planState(), u"No pipeline uses “llama3.1:8b”: there is nothing to replace."_s);
    QVERIFY(dialog->planView()->isHidden());
    QVERIFY(!dialog->applyButton()->isEnabled());
}

void TestReplaceModelDialog::applyRewritesPipelines_data()
{
    planNamesEachPipelineAndChange_data();
}

void TestReplaceModelDialog::applyRewritesPipelines()
{
    QFETCH(QString, version);
    QVERIFY(serve(version));
    QVERIFY(openWithUsage());
    const QJsonArray before = servedPipelines();
    ReplaceModelDialog *dialog = openDialog(gpt4o(), gpt41());
    QVERIFY(dialog);
    const qsizetype rows = dialog->plan().rows().size();
    QVERIFY(rows > 0);
    QSignalSpy reread(dialog, &ReplaceModelDialog::usageReread);
    QVERIFY(runToEnd(dialog));
    for (int row = 0; row < rows; ++row)
        QCOMPARE(dialog->pipelineItem(row)->text(1), u"Changed"_s);
    QVERIFY2(dialog->summary().startsWith(u"Done: %1 changed."_s.arg(rows)), qPrintable(dialog->summary()));

    // The server's pipelines: each one the plan named rewritten field by
    // field, every other one as it was; gpt-4o is named nowhere any more.
    const QJsonArray after = servedPipelines();
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (int i = 0; i < before.size(); ++i) {
        QJsonObject expected = before.at(i).toObject();
        QJsonObject config = expected.value(u"config"_s).toObject();
        if (!ReplacePlan::apply(&config, gpt4o(), gpt41()).isEmpty()) {
            ++changed;
            QVERIFY(after.at(i) != before.at(i));
        }
        expected.insert(u"config"_s, config);
        QCOMPARE(after.at(i).toObject(), expected);
    }
    QCOMPARE(changed, rows);
    QVERIFY(!QJsonDocument(m_server->pipelines()).toJson().contains(gpt4o().toLatin1()));

    // The usage is read again: gpt-4o is unused now, and the table knows it.
    QVERIFY(lb::testsupport::awaitOne(reread));
    QVERIFY2(dialog->summary().contains(u"Nothing uses “gpt-4o” any more."_s), qPrintable(dialog->summary()));
    QCOMPARE(m_window->workspace()->models()->usageCount(gpt4o()), 0);
    QCOMPARE(dialog->applyButton()->text(), u"Plan &Again"_s);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(dialog->planState(), u"No pipeline uses “gpt-4o”: there is nothing to replace."_s);
}

void TestReplaceModelDialog::skippedAndFailedRowsSayWhy()
{
    QVERIFY(serve(u"4.10"_s));
    serveTwoPipelines();
    QVERIFY(openWithUsage());
    ReplaceModelDialog *dialog = openDialog(gpt4o(), gpt41());
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().rows().size(), 2);
    // Meanwhile someone points "First" at another model, and "Second"'s PUT fails.
    QJsonArray changed = m_server->pipelines();
    changed.replace(0,
                    agentPipelineJson(kFirst, u"First"_s,
                                      uR"({"primary":"%1","fallbacks":[]})"_s.arg(uuidNamed(u"deepseek-chat"_s))));
    m_server->setUsageData(changed, {}, {});
    m_server->setFault(u"PUT /api/v1/pipelines/"_s + kSecond, FakeLangBotServer::Fault::Error500New, 1);
    QVERIFY(runToEnd(dialog));

    QTreeWidgetItem *first = dialog->pipelineItem(0);
    QCOMPARE(first->text(1), u"Skipped"_s);
    QVERIFY2(childTexts(first, 0).last().contains(u"no longer names the old model"_s),
             qPrintable(childTexts(first, 0).join(u'|')));
    QTreeWidgetItem *second = dialog->pipelineItem(1);
    QCOMPARE(second->text(1), u"Failed"_s);
    const QString requestId = dialog->runner()->results().at(1).requestId;
    QVERIFY(!requestId.isEmpty());
    QVERIFY2(childTexts(second, 0).last().contains(u"Internal server error"_s),
             qPrintable(childTexts(second, 0).join(u'|')));
    QVERIFY(second->toolTip(1).contains(requestId));
    // The first that did not go through is shown in full, the selected one then.
    QVERIFY2(dialog->resultDetail().startsWith(u"Pipeline “First”: Skipped"_s), qPrintable(dialog->resultDetail()));
    dialog->planView()->setCurrentItem(second->child(0));
    QVERIFY2(dialog->resultDetail().startsWith(u"Pipeline “Second”: "_s)
                 && dialog->resultDetail().contains(u"Internal server error"_s)
                 && dialog->resultDetail().contains(requestId),
             qPrintable(dialog->resultDetail()));
    QCOMPARE(dialog->requestIdButton()->requestId(), requestId);
    QVERIFY(!dialog->requestIdButton()->isHidden());
    QVERIFY2(dialog->summary().contains(u"0 changed, 1 skipped, 1 failed"_s), qPrintable(dialog->summary()));
    QCOMPARE(m_server->requestCount(u"PUT /api/v1/pipelines/"_s + kFirst), 0);
    // Nothing changed: the old model is not offered for deletion.
    QVERIFY(dialog->deleteOldButton()->isHidden());
}

void TestReplaceModelDialog::stopCancels()
{
    QVERIFY(serve(u"4.10"_s));
    serveTwoPipelines();
    QVERIFY(openWithUsage());
    ReplaceModelDialog *dialog = startSlowRun(1500);
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &ReplaceModelDialog::runFinished);
    QVERIFY(dialog->stopButton()->isEnabled());
    QVERIFY(dialog->progressBar()->isVisible());
    QVERIFY(!dialog->successorCombo()->isEnabled());
    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!dialog->isRunning());
    QCOMPARE(dialog->pipelineItem(0)->text(1), u"Cancelled"_s);
    QCOMPARE(dialog->pipelineItem(1)->text(1), u"Cancelled"_s);
    QVERIFY2(dialog->summary().contains(u"2 cancelled"_s), qPrintable(dialog->summary()));
    QCOMPARE(putsAfter(1800), 0);
}

void TestReplaceModelDialog::closingOrSwitchingServerWhileRunningCancels()
{
    QVERIFY(serve(u"4.10"_s));
    serveTwoPipelines();
    QVERIFY(openWithUsage());

    // Closing: the run stops, the dialog goes.
    QPointer<ReplaceModelDialog> dialog = startSlowRun(800);
    QVERIFY(dialog);
    dialog->close();
    QTRY_VERIFY(!dialog);

    // Switching servers: the dialog closes, and the client may go.
    dialog = startSlowRun(800);
    QVERIFY(dialog);
    m_window->setClient(nullptr, QString());
    m_client.reset();
    QTRY_VERIFY(!dialog);
    QCOMPARE(putsAfter(1000), 0);
}

void TestReplaceModelDialog::productionAsksToTypeTheName()
{
    QVERIFY(serve(u"4.10"_s));
    serveTwoPipelines();
    QVERIFY(openWithUsage());
    m_window->setIdentity({.key = u"acme"_s,
                           .name = u"Acme production"_s,
                           .environmentName = u"Production"_s,
                           .color = QColor(Qt::red),
                           .production = true,
                           .storageId = QString()});
    ReplaceModelDialog *dialog = openDialog(gpt4o(), gpt41());
    QVERIFY(dialog);

    MessageBox::setNextTypedAnswer(u"Acme"_s); // not the name: refused
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"Replace “gpt-4o” by “gpt-4.1” in 2 pipeline"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"“Acme production” is a production server."_s));
    QVERIFY(!dialog->isRunning());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(u"GET /api/v1/pipelines/"_s + kFirst), 0);

    MessageBox::setNextTypedAnswer(u"Acme production"_s);
    const bool ran = runToEnd(dialog);
    MessageBox::setNextTypedAnswer(std::nullopt); // used up by now; never left for another test
    QVERIFY(ran);
    QCOMPARE(dialog->runner()->count(lb::ReplaceRunner::Result::Outcome::Changed), 2);
}

void TestReplaceModelDialog::serverSwitchDuringConfirmationSendsNothing()
{
    QVERIFY(serve(u"4.10"_s));
    serveTwoPipelines();
    QVERIFY(openWithUsage());
    QPointer<ReplaceModelDialog> dialog
        = new ReplaceModelDialog(m_window->workspace(), gpt4o(), u"Acme production"_s, true, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(dialog->setSuccessor(gpt41()));
    // While the typed confirmation is open, the window switches servers;
    // a moment later the name is typed and confirmed.
    lb::testsupport::ModalPoller poller([this](QWidget *modal) {
        auto *typed = qobject_cast<lb::gui::TypedConfirmDialog *>(modal);
        QVERIFY(typed);
        m_window->setClient(nullptr, QString());
        QTimer::singleShot(100, typed, [typed] { // events go on meanwhile
            typed->lineEdit()->setText(u"Acme production"_s);
            typed->acceptButton()->click();
        });
    });
    dialog->apply();
    QVERIFY(poller.answered());
    QTRY_VERIFY(!dialog); // closed with the server, after the question
    QCOMPARE(putsAfter(200), 0);
    QCOMPARE(m_server->requestCount(u"GET /api/v1/pipelines/"_s + kFirst), 0);
}

void TestReplaceModelDialog::deleteOfferGoesThroughModelDeletion()
{
    QVERIFY(serve(u"4.10"_s));
    QVERIFY(openWithUsage());
    ReplaceModelDialog *dialog = openDialog(gpt4o(), gpt41());
    QVERIFY(dialog);
    QVERIFY(dialog->deleteOldButton()->isHidden()); // before a run
    QSignalSpy reread(dialog, &ReplaceModelDialog::usageReread);
    QVERIFY(runToEnd(dialog));
    QVERIFY(lb::testsupport::awaitOne(reread));
    QPushButton *remove = dialog->deleteOldButton();
    QVERIFY(remove->isVisible());
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text(), u"&Delete “gpt-4o”…"_s);

    // ModelDeletion asks, with what the usage says now.
    m_server->resetCounters();
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(MessageBox::lastText(),
             u"Delete model “gpt-4o”? This cannot be undone.\n\nNo pipeline, knowledge base or bot uses it."_s);
    QTest::qWait(100);
    QCOMPARE(m_server->writeRequestCount(), 0);

    QSignalSpy deleted(m_window.get(), &MainWindow::modelDeleted);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(lb::testsupport::awaitOne(deleted));
    QVERIFY(m_server->model(gpt4o()).isEmpty());
    QVERIFY(remove->isHidden());
    QVERIFY2(dialog->summary().contains(u"“gpt-4o” was deleted."_s), qPrintable(dialog->summary()));
}

void TestReplaceModelDialog::viewOnlyKeyCannotReplace()
{
    QVERIFY(serve(u"4.10"_s, FakeLangBotServer::demoViewApiKey()));
    QVERIFY(openWithUsage());
    QTRY_VERIFY(!m_window->workspace()->permissions().isAssumed());
    QVERIFY(m_window->selectModel(gpt4o()));
    // Where Used works (the usage is readable); Replace does not.
    QTRY_VERIFY(lookup<QAction>(*m_window, u"whereUsedAction"_s)->isEnabled());
    QAction *replace = replaceAction();
    QVERIFY(replace->isVisible());
    QVERIFY(!replace->isEnabled());
    QVERIFY2(replace->toolTip().contains(u"resource.manage"_s), qPrintable(replace->toolTip()));

    // Opened anyway, the dialog shows the plan but cannot apply it.
    ReplaceModelDialog dialog(m_window->workspace(), gpt4o(), u"Test server"_s, false);
    QVERIFY(dialog.setSuccessor(gpt41()));
    QVERIFY(!dialog.plan().isEmpty());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY2(dialog.applyButton()->toolTip().contains(u"resource.manage"_s),
             qPrintable(dialog.applyButton()->toolTip()));
    QVERIFY(dialog.planState().contains(u"resource.manage"_s));
    dialog.apply();
    QVERIFY(!dialog.isRunning());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(u"GET /api/v1/pipelines/c0a80101-0000-4000-8000-00000000a001"_s), 0);
}

void TestReplaceModelDialog::hiddenOnLegacyServers()
{
    QVERIFY(openWindow()); // the fixture's server speaks 4.6
    QVERIFY(m_window->selectModel(firstUuidInView()));
    QTest::qWait(100);
    QVERIFY(!replaceAction()->isVisible());
    QVERIFY(!replaceAction()->isEnabled());
    const QList<QAction *> menu = lookup<QMenu>(*m_window, u"modelContextMenu"_s)->actions();
    QVERIFY(menu.contains(replaceAction())); // in the context menu, hidden with the action
    replaceAction()->trigger();
    QVERIFY(!m_window->findChild<ReplaceModelDialog *>());
}

QTEST_MAIN(TestReplaceModelDialog)
#include "tst_replacemodeldialog.moc"
