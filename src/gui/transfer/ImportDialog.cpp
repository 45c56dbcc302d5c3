#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "ExportDialog.h"
#include "ImportPreviewModel.h"
#include "ImportProblems.h"
#include "KeysPromptDialog.h"
#include "settings/Appearance.h"
#include "widgets/MessageBox.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "transfer/ImportRunner.h"
#include "transfer/ServerContents.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lb::gui {

ImportDialog::ImportDialog(ApiClient *client, const QString &targetName, bool production, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_client(client)
    , m_targetName(targetName)
    , m_production(production)
{
    // The frame and its tab order are in ui/ImportDialog.ui; what depends on
    // the palette, the models and the buttons' roles is set here.
    m_ui->setupUi(this);
    setWindowIcon(Appearance::icon(QStringLiteral("transfer-import")));
    setUpHeader();
    // What failed when the file or the server's models could not be read.
    m_errorPage = new ImportProblems(QStringLiteral("import"), this);
    connect(m_errorPage->retryButton(), &QPushButton::clicked, this, &ImportDialog::loadServerModels);
    m_pages = m_ui->importPages;
    m_pages->insertWidget(0, m_errorPage);
    m_previewPage = m_ui->importPreviewPage;
    setUpPreviewTable();
    setUpDetail();
    setUpBottom();
    setState(State::Empty);
}

ImportDialog::~ImportDialog()
{
    delete m_contents; // its answer no longer matters
    // The plan outlives nothing that shows it.
    m_model->setPlan(nullptr);
}

// The title, the file's name and the match rule.
void ImportDialog::setUpHeader()
{
    m_title = m_ui->importTitle;
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_source = m_ui->importSource;
    Appearance::dim(m_source);
    m_ui->importRuleIcon->setPixmap(Appearance::noticeIcon(Appearance::Notice::Info).pixmap(16, 16));
    m_rule = m_ui->importMatchRule;
    m_ui->importRuleRow->setStyleSheet(
        Appearance::noticeStyle(QStringLiteral("QWidget#importRuleRow"), Appearance::Notice::Info));
}

// The table of the file's models, the loading text and the summary.
void ImportDialog::setUpPreviewTable()
{
    m_model = new ImportPreviewModel(this);
    m_table = m_ui->importPreview;
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ImportPreviewModel::ActionColumn, new ImportActionDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ImportPreviewModel::NameColumn, 220);
    header->resizeSection(ImportPreviewModel::ActionColumn, 130);
    header->resizeSection(ImportPreviewModel::MatchColumn, 100);
    header->resizeSection(ImportPreviewModel::ChangesColumn, 130);
    header->resizeSection(ImportPreviewModel::KeysColumn, 130);
    // Type and provider beside the name (hidden for a 4.0–4.6 target).
    header->moveSection(header->visualIndex(ImportPreviewModel::TypeColumn), 1);
    header->moveSection(header->visualIndex(ImportPreviewModel::ProviderColumn), 2);
    header->resizeSection(ImportPreviewModel::TypeColumn, 90);
    header->resizeSection(ImportPreviewModel::ProviderColumn, 160);
    m_table->setColumnHidden(ImportPreviewModel::TypeColumn, true);
    m_table->setColumnHidden(ImportPreviewModel::ProviderColumn, true);
    m_table->setStyleSheet(Appearance::tableStyle(QStringLiteral("QTableView#importPreview")));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateDetail(); });
    connect(m_model, &ImportPreviewModel::actionChanged, this, [this](qsizetype row) {
        if (row == currentRow())
            updateDetail();
        updateSummary();
    });
    connect(m_model, &ImportPreviewModel::actionRefused, this,
            [this](qsizetype, const QString &why) { m_status->setText(why); });

    m_loadingLabel = m_ui->importLoading;
    Appearance::dim(m_loadingLabel);
    m_splitter = m_ui->importSplitter;
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_summary = m_ui->importSummary;
    m_reset = m_ui->importResetActions;
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_plan.resetActions();
        for (qsizetype i = 0; i < m_plan.size(); ++i)
            m_model->rowChanged(i);
        updateDetail();
        updateSummary();
    });
}

// The detail of the current row: action, target, keys, then the diff.
void ImportDialog::setUpDetail()
{
    m_detailTitle = m_ui->importDetailTitle;
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailReason = m_ui->importDetailReason;
    Appearance::dim(m_detailReason);

    m_actionCombo = m_ui->importActionCombo;
    for (const ImportAction a : {ImportAction::Create, ImportAction::Update, ImportAction::Skip})
        m_actionCombo->addItem(ImportPreviewModel::actionName(a), int(a));
    connect(m_actionCombo, &QComboBox::activated, this, &ImportDialog::onActionComboActivated);
    m_targetLabel = m_ui->importTargetLabel;
    m_targetCombo = m_ui->importTargetCombo;
    connect(m_targetCombo, &QComboBox::activated, this, &ImportDialog::onTargetComboActivated);
    m_keysInfo = m_ui->importKeysInfo;
    m_keysButton = m_ui->importKeysButton;
    m_keysButton->setIcon(Appearance::icon(QStringLiteral("key")));
    connect(m_keysButton, &QPushButton::clicked, this, [this] {
        if (const qsizetype row = currentRow(); row >= 0)
            askForKeys({row}, false);
    });
    m_form = m_ui->detailForm;

    m_warnings = m_ui->importWarnings;
    Appearance::setTextTone(m_warnings, Appearance::Tone::Warning);
    m_resultInfo = m_ui->importResultInfo;

    m_diffCaption = m_ui->importDiffCaption;
    m_diff = m_ui->importDiff;
    m_diff->header()->resizeSection(0, 190);
    m_diff->header()->resizeSection(1, 200);
    m_diff->setStyleSheet(
        Appearance::tableStyle(QStringLiteral("QTreeWidget#importDiff"))
        + QStringLiteral("QTreeWidget#importDiff::item { padding: 3px 4px; border-bottom: 1px solid %1; }")
              .arg(Appearance::name(Appearance::Tone::HeaderBackground)));
}

// The progress of the import, its status and the dialog's buttons (after the
// form's tab order).
void ImportDialog::setUpBottom()
{
    m_progress = m_ui->importProgress;
    m_status = m_ui->importStatus;

    QDialogButtonBox *buttons = m_ui->importButtons;
    m_saveReport = buttons->addButton(tr("&Save Report…"), QDialogButtonBox::ActionRole);
    m_saveReport->setObjectName(QStringLiteral("importSaveReport"));
    m_cleanUp = buttons->addButton(tr("&Delete Leftovers"), QDialogButtonBox::ActionRole);
    m_cleanUp->setObjectName(QStringLiteral("importCleanUp"));
    m_cleanUp->setToolTip(tr("Delete the providers and models a failed create left on the server"));
    m_cleanUp->hide();
    connect(m_cleanUp, &QPushButton::clicked, this, &ImportDialog::cleanUpLeftovers);
    m_apply = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("importApply"));
    m_apply->setIcon(Appearance::icon(QStringLiteral("transfer-import")));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("importClose"));
    // Not the dialog's accept(): Import starts the apply, the dialog stays.
    connect(m_apply, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportDialog::saveReportInteractively);

    setTabOrder(m_reset, m_saveReport);
    setTabOrder(m_saveReport, m_cleanUp);
    setTabOrder(m_cleanUp, m_apply);
    setTabOrder(m_apply, m_close);
}

// --- opening ---------------------------------------------------------------------

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    return openRead(ModelsDocument::readFile(path), QFileInfo(path).fileName());
}

bool ImportDialog::openDocument(const QByteArray &bytes, const QString &sourceName)
{
    m_path = sourceName;
    return openRead(ModelsDocument::read(bytes), sourceName);
}

bool ImportDialog::openRead(const ModelsDocument::ReadResult &read, const QString &sourceName)
{
    if (!read.ok()) {
        m_document = ModelsDocument();
        showErrors(tr("“%1” is not a valid export document. Nothing was sent.").arg(sourceName),
                   read.errors.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        setState(State::Invalid);
        return false;
    }
    m_document = read.document;
    updateHeader();
    loadServerModels();
    return true;
}

void ImportDialog::showErrors(const QString &title, const QStringList &lines)
{
    m_errorTitle = title;
    m_errorLines = lines;
    m_errorPage->setProblems(title, lines);
    updateHeader();
}

QString ImportDialog::errorText() const
{
    if (m_state != State::Invalid && m_state != State::LoadFailed)
        return QString();
    return (QStringList{m_errorTitle} + m_errorLines).join(QLatin1Char('\n'));
}

void ImportDialog::loadServerModels()
{
    if (!m_client) {
        showErrors(tr("There is no connection to a server."), {});
        setState(State::LoadFailed);
        return;
    }
    delete m_contents;
    setState(State::Loading);
    // Its providers (4.7+) and models of every type, as the command line reads them.
    m_contents = new ServerContents(m_client, this);
    connect(m_contents, &ServerContents::finished, this, &ImportDialog::onContentsRead);
    m_contents->start();
}

void ImportDialog::onContentsRead()
{
    ServerContents *contents = m_contents;
    m_contents = nullptr;
    contents->deleteLater();
    if (!contents->ok()) {
        if (contents->error().kind() == ApiError::Kind::Cancelled)
            return;
        showErrors(tr("Could not read the models of “%1”. Nothing was sent.").arg(m_targetName),
                   {contents->error().message()});
        setState(State::LoadFailed);
        emit previewFailed(contents->error().message());
        return;
    }
    m_onProviders = contents->hasProviders();
    buildPlan(contents->providers(), contents->models());
}

void ImportDialog::buildPlan(const QList<Provider> &providers, const QList<LlmModel> &current)
{
    m_current = current;
    const bool same = m_client && ImportPlan::isSameServer(m_document.source.serverUrl, m_client->settings().baseUrl);
    const ServerFeatures features = m_client ? m_client->features() : ServerFeatures();
    m_plan = ImportPlan::build(m_document, providers, current, features, ImportOptions{same, ConflictPolicy::Update});
    m_keysAsked.clear();
    m_table->setColumnHidden(ImportPreviewModel::TypeColumn, !m_onProviders && m_document.version < 2);
    m_table->setColumnHidden(ImportPreviewModel::ProviderColumn, !m_onProviders);
    m_model->setPlan(&m_plan);
    setState(State::Preview);
    updateHeader();
    updateSummary();
    if (m_plan.size() > 0)
        selectRow(0);
    else if (!m_plan.providerRows().isEmpty())
        selectProviderRow(0);
    else
        updateDetail();
    emit previewReady();
}

QString ImportDialog::matchRuleText() const
{
    if (m_state == State::Empty || m_state == State::Invalid)
        return QString();
    const QString from = m_document.source.serverUrl.isValid() && !m_document.source.serverUrl.isEmpty()
        ? m_document.source.serverUrl.adjusted(QUrl::RemoveUserInfo).toDisplayString()
        : QString();
    if (m_state == State::Loading || m_state == State::LoadFailed)
        return tr("Reading the models of “%1” to compare…").arg(m_targetName);
    if (m_plan.options().sameServer)
        return tr("The file comes from this server: each model is matched by its uuid, then by its name. "
                  "A match that differs is updated; one without a match is created.");
    return from.isEmpty()
        ? tr("The file does not say which server it comes from: each model is matched by its exact name. "
             "A match that differs is updated; one without a match is created.")
        : tr("The file comes from another server (%1): each model is matched by its exact name. "
             "A match that differs is updated; one without a match is created.")
              .arg(from);
}

void ImportDialog::updateHeader()
{
    m_title->setText(m_production ? tr("Import models into “%1” (production)").arg(m_targetName)
                                  : tr("Import models into “%1”").arg(m_targetName));
    if (m_state == State::Invalid || m_path.isEmpty()) {
        m_source->setText(m_path.isEmpty() ? QString() : tr("From %1").arg(QDir::toNativeSeparators(m_path)));
    } else {
        QStringList parts;
        parts << tr("From %1").arg(QFileInfo(m_path).fileName());
        if (m_document.exportedAt.isValid())
            parts
                << tr("exported %1").arg(QLocale().toString(m_document.exportedAt.toLocalTime(), QLocale::ShortFormat));
        const ExportSource &src = m_document.source;
        QString where;
        if (!src.profileName.isEmpty())
            where = tr("from “%1”").arg(src.profileName);
        QStringList details;
        if (src.serverUrl.isValid() && !src.serverUrl.isEmpty())
            details << src.serverUrl.adjusted(QUrl::RemoveUserInfo).toDisplayString();
        if (!src.serverVersion.isEmpty())
            details << tr("LangBot %1").arg(src.serverVersion);
        if (!details.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(" "))
                + QStringLiteral("(%1)").arg(details.join(QStringLiteral(", ")));
        if (!where.isEmpty())
            parts << where;
        if (m_document.version >= 2)
            parts << tr("format version 2: %1").arg(ExportDialog::contentsText(m_document));
        else
            parts << (m_document.models.size() == 1 ? tr("1 model")
                                                    : tr("%n models", nullptr, int(m_document.models.size())));
        parts << (m_document.secretsIncluded ? tr("API keys included") : tr("API keys not included"));
        m_source->setText(parts.join(QStringLiteral("  ·  ")));
    }
    const QString rule = matchRuleText();
    m_rule->setText(rule);
    m_rule->parentWidget()->setVisible(!rule.isEmpty());
}

// --- state -----------------------------------------------------------------------

void ImportDialog::setState(State state)
{
    m_state = state;
    const bool errors = state == State::Invalid || state == State::LoadFailed;
    m_pages->setCurrentWidget(errors ? m_errorPage : m_previewPage);
    m_pages->setVisible(state != State::Empty);
    m_errorPage->retryButton()->setVisible(state == State::LoadFailed);
    m_loadingLabel->setVisible(state == State::Loading);
    m_loadingLabel->setText(state == State::Loading ? tr("Reading the models of “%1”…").arg(m_targetName) : QString());
    m_splitter->setVisible(state == State::Preview || state == State::Applying || state == State::Done);
    m_reset->setVisible(state == State::Preview);

    const bool editable = state == State::Preview;
    m_model->setLocked(!editable);
    m_actionCombo->setEnabled(editable);
    m_targetCombo->setEnabled(editable);
    m_keysButton->setEnabled(editable);

    m_progress->setVisible(state == State::Applying || state == State::Done);
    m_saveReport->setVisible(state == State::Done);
    if (state != State::Done)
        m_cleanUp->hide();
    m_apply->setVisible(state != State::Done);
    m_close->setText(state == State::Applying ? tr("&Stop") : tr("&Close"));
    m_close->setToolTip(state == State::Applying ? tr("Stop after the model being sent") : QString());
    if (state == State::Invalid || state == State::LoadFailed)
        m_status->setText(QString());
    updateHeader();
    updateSummary();
}

void ImportDialog::updateSummary()
{
    const int sends = m_plan.count(ImportAction::Create) + m_plan.count(ImportAction::Update);
    m_apply->setEnabled(m_state == State::Preview && sends > 0);
    m_apply->setText(sends == 0       ? tr("&Import")
                         : sends == 1 ? tr("&Import 1 Model")
                                      : tr("&Import %n Models", nullptr, sends));
    if (m_state == State::Preview || m_state == State::Applying || m_state == State::Done)
        m_summary->setText(m_plan.size() == 0 ? tr("The file holds no models.") : summaryText());
    else
        m_summary->clear();
}

QString ImportDialog::summaryText() const
{
    QString text = m_plan.summaryText();
    if (const qsizetype providers = m_plan.providerRows().size(); providers > 0) {
        const int creates = m_plan.providerCreateCount();
        text = tr("Providers: %1 to create, %2 to reuse. Models: %3")
                   .arg(QString::number(creates), QString::number(providers - creates), text);
    }
    if (m_production && m_plan.count(ImportAction::Update) > 0 && m_state == State::Preview)
        text += QStringLiteral(" — ") + tr("overwriting models of a production server asks you to type its name");
    return text;
}

// --- rows and the diff --------------------------------------------------------------------

qsizetype ImportDialog::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->planRow(current.row()) : -1;
}

qsizetype ImportDialog::currentProviderRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->providerRow(current.row()) : -1;
}

void ImportDialog::selectRow(qsizetype row)
{
    if (row < 0 || row >= m_plan.size())
        return;
    const int view = m_model->viewRow(row);
    m_table->setCurrentIndex(m_model->index(view, ImportPreviewModel::NameColumn));
    m_table->selectRow(view);
    updateDetail();
}

void ImportDialog::selectProviderRow(qsizetype row)
{
    if (row < 0 || row >= m_plan.providerRows().size())
        return;
    m_table->setCurrentIndex(m_model->index(int(row), ImportPreviewModel::NameColumn));
    m_table->selectRow(int(row));
    updateDetail();
}

bool ImportDialog::setRowAction(qsizetype row, ImportAction action)
{
    if (m_state != State::Preview || row < 0 || row >= m_plan.size())
        return false;
    return m_model->setData(m_model->index(m_model->viewRow(row), ImportPreviewModel::ActionColumn), int(action),
                            Qt::EditRole);
}

bool ImportDialog::setRowTarget(qsizetype row, const QString &uuid)
{
    if (m_state != State::Preview)
        return false;
    QString why;
    if (!m_plan.setTarget(row, uuid, &why)) {
        m_status->setText(why);
        return false;
    }
    m_model->rowChanged(row);
    if (row == currentRow())
        updateDetail();
    updateSummary();
    return true;
}

void ImportDialog::onActionComboActivated(int index)
{
    const qsizetype row = currentRow();
    if (row < 0)
        return;
    if (!setRowAction(row, static_cast<ImportAction>(m_actionCombo->itemData(index).toInt())))
        updateDetail(); // back to what the row has
}

void ImportDialog::onTargetComboActivated(int index)
{
    const qsizetype row = currentRow();
    const QString uuid = m_targetCombo->itemData(index).toString();
    if (row < 0 || uuid.isEmpty())
        return;
    setRowTarget(row, uuid);
}

// --- keys --------------------------------------------------------------------------

void ImportDialog::askForKeys(const QList<qsizetype> &rows, bool thenApply)
{
    if (m_keysPrompt)
        return;
    QList<KeysPromptDialog::Entry> entries;
    for (const qsizetype r : rows) {
        const ImportRow &row = m_plan.row(r);
        entries.append({r, row.name(), row.incoming.model.requester(), row.incoming.keyCount});
    }
    auto *prompt = new KeysPromptDialog(entries, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowModality(Qt::WindowModal);
    m_keysPrompt = prompt;
    connect(prompt, &QDialog::accepted, this, [this, prompt, thenApply] {
        for (qsizetype i = 0; i < prompt->entries().size(); ++i) {
            const qsizetype row = prompt->entries().at(i).row;
            m_keysAsked.insert(row);
            const QStringList keys = prompt->keys(i);
            if (!keys.isEmpty())
                m_plan.setSuppliedKeys(row, keys);
            m_model->rowChanged(row);
        }
        updateDetail();
        updateSummary();
        if (thenApply)
            confirmAndRun();
    });
    connect(prompt, &QDialog::rejected, this, [this, thenApply] {
        if (thenApply)
            m_status->setText(tr("Not imported yet: the import waits for your answer about the keys."));
    });
    prompt->open();
}

// --- apply -----------------------------------------------------------------------------

void ImportDialog::apply()
{
    if (m_state != State::Preview || m_keysPrompt)
        return;
    if (m_plan.count(ImportAction::Create) + m_plan.count(ImportAction::Update) == 0)
        return;
    QList<qsizetype> ask;
    for (qsizetype i = 0; i < m_plan.size() && !m_onProviders; ++i) {
        if (m_plan.row(i).needsKeys() && !m_keysAsked.contains(i))
            ask.append(i);
    }
    if (!ask.isEmpty()) {
        askForKeys(ask, true);
        return;
    }
    confirmAndRun();
}

void ImportDialog::confirmAndRun()
{
    const int overwrites = m_plan.count(ImportAction::Update);
    if (m_production && overwrites > 0) {
        const bool confirmed = MessageBox::confirmByTyping(
            this, tr("Overwrite Models on a Production Server"),
            (overwrites == 1 ? tr("“%1” is a production profile. This import overwrites 1 model there. "
                                  "Type the profile's name to continue.")
                             : tr("“%1” is a production profile. This import overwrites %n models there. "
                                  "Type the profile's name to continue.",
                                  nullptr, overwrites))
                .arg(m_targetName),
            m_targetName, tr("&Overwrite"));
        if (!confirmed) {
            m_status->setText(tr("Not imported: the profile's name was not confirmed."));
            return;
        }
    }
    run();
}

void ImportDialog::run()
{
    if (!m_client) {
        m_status->setText(tr("There is no connection to the server any more."));
        return;
    }
    delete m_runner;
    m_runner = new ImportRunner(m_client, this);
    m_runner->setSourceFile(m_path);
    m_runner->setTargetProfile(m_targetName);
    m_model->clearResults();
    connect(m_runner, &ImportRunner::rowStarted, this, [this](qsizetype row) {
        m_model->setRunningRow(row);
        m_table->scrollTo(m_model->index(m_model->viewRow(row), 0));
        m_status->setText(tr("Sending “%1”…").arg(m_plan.row(row).name()));
    });
    connect(m_runner, &ImportRunner::rowFinished, this, [this](qsizetype row, const ImportReportEntry &entry) {
        m_model->setResult(row, entry);
        if (row == currentRow())
            updateDetail();
    });
    connect(m_runner, &ImportRunner::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::onRunnerFinished);
    m_progress->setMaximum(std::max(
        1, m_plan.count(ImportAction::Create) + m_plan.count(ImportAction::Update) + m_plan.providerCreateCount()));
    m_progress->setValue(0);
    setState(State::Applying);
    m_runner->start(m_plan);
}

void ImportDialog::stop()
{
    if (m_state != State::Applying || !m_runner)
        return;
    m_runner->cancel();
    m_close->setEnabled(false);
    m_status->setText(tr("Stopping after the model being sent…"));
}

void ImportDialog::onRunnerFinished()
{
    const ImportReport &report = m_runner->report();
    m_close->setEnabled(true);
    setState(State::Done);
    QString text = tr("Done: %1 created, %2 updated, %3 skipped, %4 failed.")
                       .arg(report.count(ImportOutcome::Created))
                       .arg(report.count(ImportOutcome::Updated))
                       .arg(report.count(ImportOutcome::Skipped))
                       .arg(report.count(ImportOutcome::Failed));
    if (m_runner->wasCancelled())
        text = tr("Stopped. %1").arg(text);
    showProviderResults();
    if (const QStringList left = leftovers(); !left.isEmpty())
        text += QLatin1Char(' ')
            + tr("The server kept what a failed create saved: %1. Delete it with Delete Leftovers before "
                 "importing again.")
                  .arg(left.join(QStringLiteral(", ")));
    m_cleanUp->setVisible(m_runner->hasOrphans());
    m_status->setText(text);
    Appearance::setTextTone(m_status, report.hasFailures() ? Appearance::Tone::Failure : Appearance::Tone::Success);
    updateDetail();
    if (report.count(ImportOutcome::Created) + report.count(ImportOutcome::Updated) > 0)
        emit modelsChanged();
    emit applyFinished();
}

// The provider rows' entries of the report, by name (providers come first).
void ImportDialog::showProviderResults()
{
    const QList<ImportProviderRow> &rows = m_plan.providerRows();
    for (const ImportReportEntry &entry : m_runner->report().entries) {
        for (qsizetype i = 0; entry.provider && i < rows.size(); ++i) {
            if (rows.at(i).action == ImportAction::Create && rows.at(i).name() == entry.name)
                m_model->setProviderResult(i, entry);
        }
    }
}

QStringList ImportDialog::leftovers() const
{
    QStringList names;
    if (!m_runner)
        return names;
    for (const Provider &p : m_runner->orphanProviders())
        names << tr("provider “%1” (%2)").arg(p.name(), p.uuid());
    for (const LlmModel &m : m_runner->orphanModels())
        names << tr("%1 model “%2” (%3)").arg(LlmTableModel::typeName(m.type()), m.name(), m.uuid());
    return names;
}

void ImportDialog::cleanUpLeftovers()
{
    const QStringList left = leftovers();
    if (!m_runner || left.isEmpty() || !m_runner->cleanUpOrphans())
        return;
    m_cleanUp->setEnabled(false);
    m_status->setText(tr("Deleting what the failed creates left behind: %1…").arg(left.join(QStringLiteral(", "))));
    Appearance::clearTone(m_status);
    // A new run deletes this runner, and the connection with it.
    connect(
        m_runner, &ImportRunner::cleanUpFinished, this,
        [this, left](const QStringList &failures) {
            m_cleanUp->setEnabled(true);
            m_cleanUp->setVisible(m_runner->hasOrphans());
            if (failures.isEmpty()) {
                m_status->setText(
                    tr("Deleted what the failed creates left behind: %1.").arg(left.join(QStringLiteral(", "))));
                Appearance::setTextTone(m_status, Appearance::Tone::Success);
            } else {
                m_status->setText(tr("Could not delete everything the failed creates left behind: %1")
                                      .arg(failures.join(QStringLiteral("; "))));
                Appearance::setTextTone(m_status, Appearance::Tone::Failure);
            }
            emit modelsChanged();
        },
        Qt::SingleShotConnection);
}

const ImportReport &ImportDialog::report() const
{
    static const ImportReport empty;
    return m_runner ? m_runner->report() : empty;
}

bool ImportDialog::saveReport(const QString &path, QString *error)
{
    QString why;
    if (!m_runner || !m_runner->isFinished()) {
        why = tr("There is no report yet.");
    } else if (m_runner->report().save(path, &why)) {
        m_status->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    m_status->setText(tr("Could not save the report: %1").arg(why));
    if (error)
        *error = why;
    return false;
}

void ImportDialog::saveReportInteractively()
{
    const QString suggested = QStringLiteral("import-report-%1.json")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString dir = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"),
                                                      dir.isEmpty() ? suggested : dir + QLatin1Char('/') + suggested,
                                                      tr("JSON report (*.json);;Text report (*.txt)"));
    if (!path.isEmpty())
        saveReport(path);
}

void ImportDialog::reject()
{
    if (m_state == State::Applying) {
        // Nothing is cut off half-way: stop before the next model, keep the dialog.
        stop();
        return;
    }
    delete m_contents;
    QDialog::reject();
}

} // namespace lb::gui
