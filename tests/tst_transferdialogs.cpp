// The export and import dialogs across LangBot generations, against the fake
// server: an export from 4.10 writes version 2 (providers and every model
// type) and one from 4.6 version 1; a 4.10 export goes through the import
// dialog into an empty 4.10 server (providers as their own rows, created
// first) and into an empty 4.6 one (LLM models only, what could not be
// carried said); a 4.6 export into 4.10 creates keyless providers without
// asking, as their rows say; a half-saved provider is named and cleaned up.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"
#include "transfer/ImportPreviewModel.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "transfer/ModelsDocument.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lb;
using lb::demo::FakeLangBotServer;
using lb::gui::ExportDialog;
using lb::gui::ImportDialog;
using lb::gui::ImportPreviewModel;
using lb::gui::MessageBox;
using lb::testsupport::readFile;

namespace {

// A fake server of `version`, with its demo data or emptied of providers and
// models (its requesters stay), and a client on it; started says whether it
// listens (else serverError() says why).
struct Server : testsupport::FakeServerFixture
{
    const bool started;

    Server(const QString &version, bool empty)
        : started(startServer(version, FakeLangBotServer::demoApiKey(), empty ? Data::DemoWithoutModels : Data::Demo))
    {
    }
    FakeLangBotServer *server() const { return m_server.get(); }
    ApiClient *client() const { return m_client.get(); }

    int modelCount() const
    {
        int n = 0;
        for (ModelType type : allModelTypes) {
            if (type == ModelType::Llm || m_server->features().hasProviders())
                n += int(m_server->models(type).size());
        }
        return n;
    }
    int userProviderCount() const // LangBot Models left out: every server has its own
    {
        int n = 0;
        for (const QJsonObject &p : m_server->providers())
            n += p.value(QLatin1String("requester")).toString() == QLatin1String("space-chat-completions") ? 0 : 1;
        return n;
    }
};

bool exportTo(ExportDialog &dialog, const QString &path)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.setFilePath(path);
    return dialog.startExport() && testsupport::awaitOne(finished) && finished.constFirst().at(0).toBool();
}

bool openPreview(ImportDialog &dialog, const QString &path)
{
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    return dialog.openFile(path) && testsupport::awaitOne(ready);
}

bool applyAll(ImportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ImportDialog::applyFinished);
    dialog.apply();
    return testsupport::awaitOne(finished);
}

} // namespace

class TestTransferDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useTestPaths(); }
    void init() { MessageBox::setNextAnswer(MessageBox::Answer::Ask); }

    void exportWritesTheServersGeneration_data();
    void exportWritesTheServersGeneration();
    void providersExportThroughTheImportDialog_data();
    void providersExportThroughTheImportDialog();
    void legacyExportIntoProvidersServer();
    void halfSavedProviderIsNamedAndCleanedUp();

private:
    QTemporaryDir m_dir;
};

void TestTransferDialogs::exportWritesTheServersGeneration_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("format");
    QTest::newRow("4.6") << QStringLiteral("4.6") << 1;
    QTest::newRow("4.9") << QStringLiteral("4.9") << 2;
    QTest::newRow("4.10") << QStringLiteral("4.10") << 2;
}

void TestTransferDialogs::exportWritesTheServersGeneration()
{
    QFETCH(QString, version);
    QFETCH(int, format);
    Server source(version, false);
    QVERIFY2(source.started, qPrintable(source.serverError()));
    ExportDialog dialog(source.client(), QStringLiteral("Source"));
    const QString path = m_dir.filePath(QStringLiteral("export-%1.json").arg(version));
    QVERIFY(exportTo(dialog, path));

    const QByteArray bytes = readFile(path);
    const ModelsDocument::ReadResult read = ModelsDocument::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
    QCOMPARE(read.document.version, format);
    QCOMPARE(int(read.document.models.size()), source.modelCount());
    QCOMPARE(dialog.exportedCount(), source.modelCount());
    QCOMPARE(int(read.document.providers.size()), format == 2 ? source.userProviderCount() : 0);
    QCOMPARE(dialog.exportedProviders(), int(read.document.providers.size()));
    // Every type the server has is in the file, and the summary says so.
    if (format == 2) {
        QSet<ModelType> types;
        for (const DocumentModel &m : read.document.models)
            types.insert(m.model.type());
        QVERIFY(types.contains(ModelType::Llm) && types.contains(ModelType::Embedding));
        QCOMPARE(types.contains(ModelType::Rerank), source.server()->features().hasRerank());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("providers: %1").arg(source.userProviderCount())),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(ExportDialog::contentsText(read.document)));
    } else {
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Exported %1 models").arg(source.modelCount())),
                 qPrintable(dialog.statusText()));
    }
    // No key by default, from providers or models.
    QStringList keys;
    for (const QJsonObject &p : source.server()->providers())
        keys += p.value(QLatin1String("api_keys")).toVariant().toStringList();
    for (const QJsonObject &m : source.server()->models())
        keys += m.value(QLatin1String("api_keys")).toVariant().toStringList();
    keys.removeAll(QString());
    QVERIFY(!keys.isEmpty());
    for (const QString &key : std::as_const(keys))
        QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(key));
    QVERIFY(dialog.statusText().contains(QLatin1String("API keys were left out")));
}

void TestTransferDialogs::providersExportThroughTheImportDialog_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("into 4.10") << QStringLiteral("4.10");
    QTest::newRow("into 4.6") << QStringLiteral("4.6");
}

void TestTransferDialogs::providersExportThroughTheImportDialog()
{
    QFETCH(QString, target);
    Server source(QStringLiteral("4.10"), false);
    QVERIFY2(source.started, qPrintable(source.serverError()));
    ExportDialog exporter(source.client(), QStringLiteral("Source"));
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QVERIFY(exporter.setIncludeKeys(true));
    const QString path = m_dir.filePath(QStringLiteral("providers-%1.json").arg(target));
    QVERIFY(exportTo(exporter, path));
    const ModelsDocument doc = ModelsDocument::readFile(path).document;
    QCOMPARE(doc.version, 2);
    int llms = 0;
    for (const DocumentModel &m : doc.models)
        llms += m.model.type() == ModelType::Llm ? 1 : 0;
    QVERIFY(llms < doc.models.size());

    Server into(target, true);
    QVERIFY2(into.started, qPrintable(into.serverError()));
    ImportDialog dialog(into.client(), QStringLiteral("Fresh"), false);
    QVERIFY(openPreview(dialog, path));
    ImportPreviewModel *model = dialog.previewModel();
    QTableView *table = dialog.previewTable();
    QCOMPARE(model->rowCount(), model->providerRowCount() + int(doc.models.size()));
    QVERIFY(!table->isColumnHidden(ImportPreviewModel::TypeColumn)); // the file has several types

    if (target == QLatin1String("4.10")) {
        // The providers first, as their own rows, each to create; then the models with theirs.
        QCOMPARE(model->providerRowCount(), int(doc.providers.size()));
        QVERIFY(!table->isColumnHidden(ImportPreviewModel::ProviderColumn));
        for (int r = 0; r < model->providerRowCount(); ++r) {
            QVERIFY(model->index(r, 0).data(ImportPreviewModel::ProviderRowRole).toBool());
            QCOMPARE(model->index(r, ImportPreviewModel::ActionColumn).data().toString(),
                     QStringLiteral("Create provider"));
            QCOMPARE(model->index(r, ImportPreviewModel::TypeColumn).data().toString(), QStringLiteral("Provider"));
            QVERIFY(!(model->flags(model->index(r, ImportPreviewModel::ActionColumn)) & Qt::ItemIsEditable));
        }
        const int first = model->providerRowCount();
        QVERIFY(!model->index(first, 0).data(ImportPreviewModel::ProviderRowRole).toBool());
        QVERIFY(!model->index(first, ImportPreviewModel::ProviderColumn).data().toString().isEmpty());
        dialog.selectProviderRow(0);
        if (const QString dir = qEnvironmentVariable("LANGBOT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/import-providers.png")));
        }
        QCOMPARE(dialog.currentProviderRow(), 0);
        QVERIFY2(dialog.summaryText().startsWith(
                     QStringLiteral("Providers: %1 to create, 0 to reuse.").arg(doc.providers.size())),
                 qPrintable(dialog.summaryText()));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("importDetailTitle"))->text().isEmpty());
        QCOMPARE(dialog.currentRow(), -1);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importDetailTitle"))->text().startsWith(u"Provider "));

        QVERIFY(applyAll(dialog));
        QVERIFY(!dialog.keysPrompt());
        QVERIFY2(!dialog.report().hasFailures(), qPrintable(dialog.report().toText()));
        QCOMPARE(into.userProviderCount(), int(doc.providers.size()));
        QCOMPARE(into.modelCount(), int(doc.models.size()));
        for (int r = 0; r < model->providerRowCount(); ++r)
            QCOMPARE(model->index(r, 0).data(ImportPreviewModel::OutcomeRole).toInt(), int(ImportOutcome::Created));
        // Field for field: the keys came with the providers.
        for (const QJsonObject &p : source.server()->providers()) {
            bool found = false;
            for (const QJsonObject &q : into.server()->providers()) {
                found = found
                    || (q.value(QLatin1String("name")) == p.value(QLatin1String("name"))
                        && q.value(QLatin1String("api_keys")) == p.value(QLatin1String("api_keys"))
                        && q.value(QLatin1String("base_url")) == p.value(QLatin1String("base_url")));
            }
            QVERIFY2(found, qPrintable(p.value(QLatin1String("name")).toString()));
        }
    } else {
        // 4.6: no providers; embedding and rerank skipped; what is lost is said.
        QCOMPARE(model->providerRowCount(), 0);
        QVERIFY(table->isColumnHidden(ImportPreviewModel::ProviderColumn));
        bool saidLost = false;
        for (qsizetype i = 0; i < dialog.plan().size(); ++i) {
            const ImportRow &row = dialog.plan().row(i);
            if (row.incoming.model.type() != ModelType::Llm)
                QCOMPARE(row.action, ImportAction::Skip);
            if (!row.notCarried.isEmpty()) {
                dialog.selectRow(i);
                const QString warnings = dialog.findChild<QLabel *>(QStringLiteral("importWarnings"))->text();
                QVERIFY2(warnings.contains(ImportPlan::notCarriedText(row.notCarried)), qPrintable(warnings));
                saidLost = true;
            }
        }
        QVERIFY(saidLost);
        QVERIFY(applyAll(dialog));
        QVERIFY2(!dialog.report().hasFailures(), qPrintable(dialog.report().toText()));
        QCOMPARE(int(into.server()->models().size()), llms);
        // Each LLM model carries its provider's requester, base URL and keys.
        for (const QJsonObject &m : source.server()->models()) {
            const QJsonObject provider = source.server()->provider(m.value(QLatin1String("provider_uuid")).toString());
            QJsonObject copy;
            for (const QJsonObject &t : into.server()->models()) {
                if (t.value(QLatin1String("name")) == m.value(QLatin1String("name")))
                    copy = t;
            }
            if (provider.value(QLatin1String("requester")).toString() == QLatin1String("space-chat-completions"))
                continue; // LangBot Models: every server has its own, not exported
            QVERIFY2(!copy.isEmpty(), qPrintable(m.value(QLatin1String("name")).toString()));
            QCOMPARE(copy.value(QLatin1String("requester")), provider.value(QLatin1String("requester")));
            QCOMPARE(copy.value(QLatin1String("api_keys")), provider.value(QLatin1String("api_keys")));
        }
    }
}

// A 4.6 export without keys into an empty 4.10 server: a provider per setup,
// created without keys (no prompt), each row saying so; every model arrives.
void TestTransferDialogs::legacyExportIntoProvidersServer()
{
    Server source(QStringLiteral("4.6"), false);
    QVERIFY2(source.started, qPrintable(source.serverError()));
    ExportDialog exporter(source.client(), QStringLiteral("Old"));
    const QString path = m_dir.filePath(QStringLiteral("legacy.json"));
    QVERIFY(exportTo(exporter, path));

    Server into(QStringLiteral("4.10"), true);
    QVERIFY2(into.started, qPrintable(into.serverError()));
    ImportDialog dialog(into.client(), QStringLiteral("New"), false);
    QVERIFY(openPreview(dialog, path));
    ImportPreviewModel *model = dialog.previewModel();
    const int providers = model->providerRowCount();
    QVERIFY(providers > 0);
    QVERIFY(providers < source.modelCount()); // models sharing a setup share a provider
    int keyless = -1;
    for (int r = 0; r < providers; ++r) {
        const bool needs = !dialog.plan().providerRows().at(r).carriesKeys;
        QCOMPARE(model->index(r, 0).data(ImportPreviewModel::NeedsKeysRole).toBool(), needs);
        if (needs) {
            QCOMPARE(model->index(r, ImportPreviewModel::KeysColumn).data().toString(),
                     QStringLiteral("none: add later"));
            keyless = r;
        }
    }
    QVERIFY(keyless >= 0);
    dialog.selectProviderRow(keyless);
    const QString keysInfo = dialog.findChild<QLabel *>(QStringLiteral("importKeysInfo"))->text();
    QVERIFY2(keysInfo.contains(QLatin1String("created without keys")), qPrintable(keysInfo));

    QVERIFY(applyAll(dialog));
    QVERIFY(!dialog.keysPrompt()); // not asked: the rows said what happens
    QVERIFY2(!dialog.report().hasFailures(), qPrintable(dialog.report().toText()));
    QCOMPARE(into.userProviderCount(), providers);
    QCOMPARE(into.modelCount(), source.modelCount());
    for (const QJsonObject &p : into.server()->providers()) {
        if (p.value(QLatin1String("requester")).toString() != QLatin1String("space-chat-completions"))
            QVERIFY(p.value(QLatin1String("api_keys")).toArray().isEmpty());
    }
}

void TestTransferDialogs::halfSavedProviderIsNamedAndCleanedUp()
{
    ModelsDocument doc;
    doc.secretsIncluded = true;
    for (const auto &[name, requester] :
         {std::pair{u"broken", u"no-such-requester"}, std::pair{u"fine", u"openai-chat-completions"}}) {
        DocumentModel d;
        d.model
            = LlmModel(QJsonObject{{QStringLiteral("name"), QString::fromUtf16(name)},
                                   {QStringLiteral("requester"), QString::fromUtf16(requester)},
                                   {QStringLiteral("requester_config"),
                                    QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://x.example/v1")}}},
                                   {QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-1")}}});
        doc.models.append(d);
    }
    const QByteArray file = doc.toJson();
    Server into(QStringLiteral("4.10"), true);
    QVERIFY2(into.started, qPrintable(into.serverError()));
    ImportDialog dialog(into.client(), QStringLiteral("New"), false);
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY2(dialog.openDocument(file, QStringLiteral("half.json")), qPrintable(dialog.errorText()));
    QVERIFY(testsupport::awaitOne(ready));
    QCOMPARE(dialog.previewModel()->providerRowCount(), 2);
    QVERIFY(!dialog.cleanUpButton()->isVisibleTo(&dialog));

    QVERIFY(applyAll(dialog));
    QVERIFY(dialog.report().hasFailures());
    QString orphanUuid;
    for (const QJsonObject &p : into.server()->providers()) {
        if (p.value(QLatin1String("requester")).toString() == QLatin1String("no-such-requester"))
            orphanUuid = p.value(QLatin1String("uuid")).toString();
    }
    QVERIFY(!orphanUuid.isEmpty());
    const QStringList left = dialog.leftovers();
    QCOMPARE(left.size(), 1);
    QVERIFY(left.constFirst().contains(orphanUuid));
    QVERIFY2(dialog.statusLabel()->text().contains(orphanUuid), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.cleanUpButton()->isVisibleTo(&dialog));
    QCOMPARE(dialog.cleanUpButton()->objectName(), QStringLiteral("importCleanUp"));
    // The failed provider row says what failed; the other was created.
    ImportPreviewModel *model = dialog.previewModel();
    int failed = 0;
    for (int r = 0; r < model->providerRowCount(); ++r)
        failed += model->index(r, 0).data(ImportPreviewModel::OutcomeRole).toInt() == int(ImportOutcome::Failed);
    QCOMPARE(failed, 1);

    QTest::mouseClick(dialog.cleanUpButton(), Qt::LeftButton);
    QVERIFY(!dialog.cleanUpButton()->isEnabled()); // until the server has answered
    QTRY_VERIFY(!dialog.cleanUpButton()->isVisibleTo(&dialog));
    QVERIFY(into.server()->provider(orphanUuid).isEmpty());
    QVERIFY2(dialog.statusLabel()->text().startsWith(QLatin1String("Deleted")),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(into.userProviderCount(), 1);
}

QTEST_MAIN(TestTransferDialogs)
#include "tst_transferdialogs.moc"
