// The export dialog against the fake LangBot server: keys are left out by
// default; including them shows a warning and needs a second confirmation;
// the server's version goes into the source block; a failed write is shown.
// And the round trip: export from one server through the dialog, import into
// an empty one through the import dialog: every model comes back, field by
// field, less its secrets.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"
#include "transfer/KeysPromptDialog.h"
#include "widgets/MessageBox.h"

#include "api/ApiClient.h"
#include "transfer/ModelsDocument.h"

#include <QCheckBox>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lb;
using namespace lb::testsupport;
using lb::demo::FakeLangBotServer;
using lb::gui::ExportDialog;
using lb::gui::ImportDialog;
using lb::gui::MessageBox;

namespace {

} // namespace

class TestExportDialog : public QObject, protected lb::testsupport::FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keysAreLeftOutByDefault();
    void includingKeysNeedsSecondConfirmation();
    void maskedKeysAreNeverWritten();
    void writeFailureIsShown();
    void suggestedFileName();
    void accessibleForm();
    void roundTripThroughTheDialogs();

private:
    bool exportTo(ExportDialog &dialog, const QString &path);
    QStringList serverKeys() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportDialog::init()
{
    QVERIFY2(startServer(), qPrintable(serverError()));
    m_dir = std::make_unique<QTemporaryDir>();
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
}

void TestExportDialog::cleanup()
{
    stopServer();
    m_dir.reset();
}

bool TestExportDialog::exportTo(ExportDialog &dialog, const QString &path)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.setFilePath(path);
    if (!dialog.startExport())
        return false;
    return finished.wait(10000) && finished.constFirst().at(0).toBool();
}

QStringList TestExportDialog::serverKeys() const
{
    QStringList keys;
    for (const QJsonObject &m : m_server->models()) {
        for (const QJsonValue &k : m.value(QLatin1String("api_keys")).toArray())
            keys << k.toString();
    }
    return keys;
}

void TestExportDialog::keysAreLeftOutByDefault()
{
    ExportDialog dialog(m_client.get(), QStringLiteral("Staging"));
    QVERIFY(!dialog.includeKeys());
    QVERIFY(!dialog.keysWarning()->isVisibleTo(&dialog));
    const QString path = m_dir->filePath(QStringLiteral("models.json"));
    QVERIFY(exportTo(dialog, path));
    QCOMPARE(dialog.state(), ExportDialog::State::Done);
    QCOMPARE(dialog.exportedCount(), int(m_server->models().size()));
    QVERIFY2(dialog.statusText().contains(QLatin1String("API keys were left out")), qPrintable(dialog.statusText()));

    const QByteArray bytes = readFile(path);
    QVERIFY(!serverKeys().isEmpty());
    for (const QString &key : serverKeys())
        QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(key));
    QVERIFY(bytes.contains("\"not_exported\": true"));
    // The source block: profile, URL, and the version the server reported.
    const ModelsDocument::ReadResult read = ModelsDocument::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.errors.toText()));
    QCOMPARE(read.document.source.profileName, QStringLiteral("Staging"));
    QCOMPARE(read.document.source.serverUrl, m_server->url());
    QCOMPARE(read.document.source.serverVersion, QStringLiteral("v4.6.5"));
    QVERIFY(!read.document.secretsIncluded);
    QCOMPARE(m_server->writeRequestCount(), 0);
}

void TestExportDialog::includingKeysNeedsSecondConfirmation()
{
    ExportDialog dialog(m_client.get(), QStringLiteral("Staging"));
    // Refused: the box stays clear, no warning.
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QVERIFY(!dialog.setIncludeKeys(true));
    QVERIFY(!dialog.includeKeysBox()->isChecked());
    QVERIFY(!dialog.keysWarning()->isVisibleTo(&dialog));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("plain text")));

    // Confirmed: ticked, the warning shows, the button says so.
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QVERIFY(dialog.setIncludeKeys(true));
    QVERIFY(dialog.keysWarning()->isVisibleTo(&dialog));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("exportKeysWarningText"));
    QVERIFY(warning && warning->text().contains(QLatin1String("plain text")));
    QCOMPARE(dialog.exportButton()->text(), QStringLiteral("&Export with Keys"));
    if (const QString dir = qEnvironmentVariable("LANGBOT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/export-with-keys.png")));
    }

    const QString path = m_dir->filePath(QStringLiteral("with-keys.json"));
    QVERIFY(exportTo(dialog, path));
    const QByteArray bytes = readFile(path);
    for (const QString &key : serverKeys())
        QVERIFY2(bytes.contains(key.toUtf8()), qPrintable(key));
    QVERIFY(bytes.contains("\"secrets_included\": true"));
    QVERIFY(dialog.statusText().contains(QLatin1String("plain text")));

    // Clearing it again needs no confirmation and hides the warning.
    QVERIFY(!dialog.setIncludeKeys(false));
    QVERIFY(!dialog.keysWarning()->isVisibleTo(&dialog));
    QCOMPARE(dialog.exportButton()->text(), QStringLiteral("&Export"));
}

void TestExportDialog::maskedKeysAreNeverWritten()
{
    QList<QJsonObject> models = m_server->models();
    models[0].insert(QStringLiteral("api_keys"), QJsonArray{QStringLiteral("***")});
    m_server->setModels(models);
    ExportDialog dialog(m_client.get(), QStringLiteral("Staging"));
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QVERIFY(dialog.setIncludeKeys(true));
    const QString path = m_dir->filePath(QStringLiteral("masked.json"));
    QVERIFY(exportTo(dialog, path));
    const QByteArray bytes = readFile(path);
    QVERIFY(!bytes.contains("\"***\""));
    QVERIFY(bytes.contains("\"reason\": \"masked\""));
}

void TestExportDialog::writeFailureIsShown()
{
    ExportDialog dialog(m_client.get(), QStringLiteral("Staging"));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.setFilePath(m_dir->filePath(QStringLiteral("no/such/dir/models.json")));
    QVERIFY(dialog.startExport());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QCOMPARE(dialog.state(), ExportDialog::State::Failed);
    QVERIFY2(dialog.statusText().startsWith(QLatin1String("Could not write")), qPrintable(dialog.statusText()));
    QVERIFY(dialog.exportButton()->isEnabled()); // try again

    // A folder is not a file; no path is no file.
    dialog.setFilePath(m_dir->path());
    QVERIFY(!dialog.startExport());
    QCOMPARE(dialog.state(), ExportDialog::State::Failed);
    dialog.setFilePath(QString());
    QVERIFY(!dialog.startExport());

    // The server cannot be reached: said so, nothing written.
    m_server->setFault(QStringLiteral("GET /api/v1/provider/models/llm"), FakeLangBotServer::Fault::Error500New, 1);
    const QString path = m_dir->filePath(QStringLiteral("never.json"));
    QSignalSpy again(&dialog, &ExportDialog::exportFinished);
    dialog.setFilePath(path);
    QVERIFY(dialog.startExport());
    QVERIFY(again.wait(10000));
    QVERIFY(dialog.statusText().startsWith(QLatin1String("Could not read the models")));
    QVERIFY(!QFile::exists(path));
}

void TestExportDialog::suggestedFileName()
{
    QCOMPARE(ExportDialog::suggestedFileName(QStringLiteral("Acme Production!"), QDate(2025, 6, 10)),
             QStringLiteral("langbot-models-acme-production-2025-06-10.json"));
    QCOMPARE(ExportDialog::suggestedFileName(QString(), QDate(2025, 6, 10)),
             QStringLiteral("langbot-models-2025-06-10.json"));
    ExportDialog dialog(m_client.get(), QStringLiteral("Staging"));
    QVERIFY(dialog.filePath().endsWith(QLatin1String(".json")));
    QVERIFY(dialog.filePath().contains(QLatin1String("langbot-models-staging-")));
}

void TestExportDialog::accessibleForm()
{
    ExportDialog dialog(m_client.get(), QStringLiteral("Staging"));
    bool pathBuddy = false;
    bool keysBuddy = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        pathBuddy |= label->buddy() == dialog.pathEdit();
        keysBuddy |= label->buddy() == dialog.includeKeysBox();
    }
    QVERIFY(pathBuddy);
    QVERIFY(keysBuddy);
    // Tab order: path, Browse, the keys box, Export.
    auto next = [](QWidget *w) {
        do
            w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus));
        return w;
    };
    QWidget *browse = dialog.findChild<QPushButton *>(QStringLiteral("exportBrowse"));
    QCOMPARE(next(dialog.pathEdit()), browse);
    QCOMPARE(next(browse), static_cast<QWidget *>(dialog.includeKeysBox()));
    QCOMPARE(next(dialog.includeKeysBox()), static_cast<QWidget *>(dialog.exportButton()));
}

void TestExportDialog::roundTripThroughTheDialogs()
{
    const QList<QJsonObject> original = m_server->models();
    ExportDialog exporter(m_client.get(), QStringLiteral("Staging"));
    const QString path = m_dir->filePath(QStringLiteral("round-trip.json"));
    QVERIFY(exportTo(exporter, path));

    FakeLangBotServer empty;
    QVERIFY(empty.listen());
    empty.setModels({});
    ApiClient emptyClient(settingsFor(empty));
    ImportDialog importer(&emptyClient, QStringLiteral("Fresh"), false);
    QSignalSpy ready(&importer, &ImportDialog::previewReady);
    QVERIFY(importer.openFile(path));
    QVERIFY(ready.wait(10000));
    QCOMPARE(importer.plan().count(ImportAction::Create), int(original.size()));
    QSignalSpy finished(&importer, &ImportDialog::applyFinished);
    QSignalSpy changed(&importer, &ImportDialog::modelsChanged);
    importer.apply();
    QVERIFY(importer.keysPrompt()); // the file has no keys: asked, left empty
    importer.keysPrompt()->accept();
    QVERIFY(finished.wait(10000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(importer.report().count(ImportOutcome::Created), int(original.size()));
    QCOMPARE(empty.models().size(), original.size());
    QCOMPARE(empty.writeRequestCount(), int(original.size()));

    // Field by field, less secrets (and the server's own uuid and times).
    for (const QJsonObject &source : original) {
        const QString name = source.value(QLatin1String("name")).toString();
        QJsonObject copy;
        for (const QJsonObject &m : empty.models()) {
            if (m.value(QLatin1String("name")).toString() == name)
                copy = m;
        }
        QVERIFY2(!copy.isEmpty(), qPrintable(name));
        for (auto it = source.begin(); it != source.end(); ++it) {
            if (it.key() == QLatin1String("uuid") || it.key() == QLatin1String("created_at")
                || it.key() == QLatin1String("updated_at") || it.key() == QLatin1String("api_keys"))
                continue;
            QVERIFY2(copy.value(it.key()) == it.value(), qPrintable(name + QLatin1Char('.') + it.key()));
        }
        QVERIFY2(copy.value(QLatin1String("api_keys")).toArray().isEmpty(), qPrintable(name));
        QVERIFY(copy.value(QLatin1String("uuid")).toString() != source.value(QLatin1String("uuid")).toString());
    }
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
