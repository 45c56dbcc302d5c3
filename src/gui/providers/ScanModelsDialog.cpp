#include "ScanModelsDialog.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "providers/ScanAddRunner.h"
#include "providers/ScannedModelList.h"
#include "testing/TestRunner.h"
#include "widgets/MessageBanner.h"
#include "workspace/ServerWorkspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace lb::gui {

namespace {

// The search text and the type the user picked.
class ScanFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString &text, const QString &type)
    {
        m_text = text.trimmed().toLower();
        m_typeId = type;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_typeId.isEmpty() && index.data(ScannedModelList::TypeRole).toString() != m_typeId)
            return false;
        return m_text.isEmpty() || index.data(ScannedModelList::SearchTextRole).toString().contains(m_text);
    }

private:
    QString m_text;
    QString m_typeId;
};

} // namespace

ScanModelsDialog::ScanModelsDialog(ServerWorkspace *workspace, const Provider &provider, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_provider(provider)
{
    setObjectName(QStringLiteral("scanModelsDialog"));
    setWindowTitle(tr("Scan Models — %1").arg(provider.name()));
    setAccessibleName(windowTitle());
    m_list = new ScannedModelList(this);
    m_list->setObjectName(QStringLiteral("scannedModelList"));
    m_runner = new ScanAddRunner(workspace ? workspace->client() : nullptr, this);
    if (workspace && workspace->testRunner())
        m_runner->setConcurrency(workspace->testRunner()->concurrency());

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The models the endpoint of “%1” offers, beside the ones already added. Check the "
                                "ones to add.")
                                 .arg(provider.name()),
                             this);
    intro->setObjectName(QStringLiteral("scanIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    buildFilters();
    buildTable();
    buildFooter();

    connect(m_runner, &ScanAddRunner::itemStarted, this,
            [this](int index) { m_list->setStatus(m_adding.value(index), ScannedModelList::Status::Adding); });
    connect(m_runner, &ScanAddRunner::itemFinished, this, &ScanModelsDialog::onItemFinished);
    connect(m_runner, &ScanAddRunner::progressChanged, this, [this](int completed, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(completed);
    });
    connect(m_runner, &ScanAddRunner::finished, this, &ScanModelsDialog::onAddFinished);
    connect(m_runner, &ScanAddRunner::progressChanged, this, &ScanModelsDialog::updateControls);
    connect(m_list, &ScannedModelList::checkedCountChanged, this, &ScanModelsDialog::updateControls);
    if (workspace) {
        connect(workspace, &ServerWorkspace::listLoaded, this, &ScanModelsDialog::onRelisted);
        connect(workspace, &ServerWorkspace::listFailed, this, &ScanModelsDialog::onRelisted);
        // The provider belongs to the server it was scanned on.
        connect(workspace, &ServerWorkspace::serverChanged, this, [this] { done(QDialog::Rejected); });
    }
    resize(820, 520);
    updateControls();
}

ScanModelsDialog::~ScanModelsDialog()
{
    if (m_scan) {
        disconnect(m_scan, nullptr, this, nullptr);
        m_scan->cancel();
    }
}

void ScanModelsDialog::buildFilters()
{
    auto *row = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("scanSearch"));
    m_search->setPlaceholderText(tr("Model id or owner"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("scanTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    const bool rerank = m_workspace && m_workspace->features().hasRerank();
    for (ModelType type : allModelTypes) {
        if (type != ModelType::Rerank || rerank)
            m_type->addItem(LlmTableModel::typeName(type), modelTypeId(type));
    }
    typeLabel->setBuddy(m_type);
    m_rescan = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Scan &Again"), this);
    m_rescan->setObjectName(QStringLiteral("scanAgainButton"));
    m_rescan->setToolTip(tr("Ask the provider's endpoint for its models again"));
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    row->addWidget(typeLabel);
    row->addWidget(m_type);
    row->addWidget(m_rescan);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);

    const auto refilter = [this] {
        static_cast<ScanFilter *>(m_proxy)->setFilter(m_search->text(), m_type->currentData().toString());
        updateControls();
    };
    connect(m_search, &QLineEdit::textChanged, this, refilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_rescan, &QPushButton::clicked, this, &ScanModelsDialog::scan);
}

void ScanModelsDialog::buildTable()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    auto *state = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("scanState"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(true);
    state->addWidget(m_state, 1);
    state->addWidget(m_progress, 1);
    layout->addLayout(state);

    m_error = new MessageBanner(this);
    m_error->setObjectName(QStringLiteral("scanError"));
    connect(m_error, &MessageBanner::retryRequested, this, &ScanModelsDialog::scan);
    m_error->hide();
    layout->addWidget(m_error);

    m_proxy = new ScanFilter(this);
    m_proxy->setObjectName(QStringLiteral("scanFilterProxy"));
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("scannedModelsView"));
    m_view->setAccessibleName(tr("Models the provider offers"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ScannedModelList::NameColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(ScannedModelList::NameColumn, 230);
    for (int column : {int(ScannedModelList::TypeColumn), int(ScannedModelList::AbilitiesColumn),
                       int(ScannedModelList::ContextColumn), int(ScannedModelList::OwnerColumn)})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_diff = new QLabel(this);
    m_diff->setObjectName(QStringLiteral("scanSavedNotOffered"));
    m_diff->setWordWrap(true);
    m_diff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff->hide();
    layout->addWidget(m_diff);
}

void ScanModelsDialog::buildFooter()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    auto *row = new QHBoxLayout;
    m_selectAll = new QPushButton(tr("Select A&ll"), this);
    m_selectAll->setObjectName(QStringLiteral("scanSelectAll"));
    m_selectAll->setToolTip(tr("Check every model shown that is not added yet"));
    m_selectNone = new QPushButton(tr("Select &None"), this);
    m_selectNone->setObjectName(QStringLiteral("scanSelectNone"));
    m_selectNone->setToolTip(tr("Uncheck every model shown"));
    m_selected = new QLabel(this);
    m_selected->setObjectName(QStringLiteral("scanSelectedCount"));
    row->addWidget(m_selectAll);
    row->addWidget(m_selectNone);
    row->addWidget(m_selected, 1);
    layout->addLayout(row);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { selectVisible(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { selectVisible(false); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scanSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("scanButtons"));
    m_add = buttons->addButton(tr("Add Models"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("scanAddButton"));
    m_add->setDefault(true);
    m_cancel = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("scanCancelButton"));
    m_cancel->setToolTip(tr("Stop scanning or adding (models already sent are still added)"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("scanCloseButton"));
    layout->addWidget(buttons);
    // The buttons act themselves: Add does not close the dialog.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_add, &QPushButton::clicked, this, &ScanModelsDialog::addChecked);
    connect(m_cancel, &QPushButton::clicked, this, &ScanModelsDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ScanModelsDialog::reject);
}

bool ScanModelsDialog::isAdding() const
{
    return m_runner->isRunning() || m_refreshing;
}

void ScanModelsDialog::scan()
{
    if (m_scan || isAdding())
        return;
    ApiClient *client = m_workspace ? m_workspace->client() : nullptr;
    m_error->hide();
    m_requestId.clear();
    m_summary->hide();
    if (!client) {
        showError(tr("Not connected."));
        emit scanFinished(false);
        return;
    }
    m_scan = client->scanProviderModels(m_provider.uuid());
    connect(m_scan, &ApiCall::finished, this, [this, call = m_scan.data()] { onScanned(call); });
    updateControls();
}

void ScanModelsDialog::onScanned(ApiCall *call)
{
    m_scan = nullptr;
    if (!call->ok()) {
        if (call->error().kind() != ApiError::Kind::Cancelled)
            showError(call->error().message(), call->error().requestId());
        updateControls();
        emit scanFinished(false);
        return;
    }
    m_list->setScan(m_provider.uuid(), ScannedModel::listFromData(call->data()),
                    m_workspace ? m_workspace->models()->models() : QList<LlmModel>());
    updateDiffNote();
    updateControls();
    emit scanFinished(true);
}

void ScanModelsDialog::selectVisible(bool checked)
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    m_list->setChecked(rows, checked);
}

void ScanModelsDialog::addChecked()
{
    if (isAdding() || m_scan)
        return;
    m_adding = m_list->checkedRows();
    if (m_adding.isEmpty())
        return;
    QList<ScannedModel> models;
    QSet<QString> known;
    for (int row : std::as_const(m_adding)) {
        models << m_list->modelAt(row);
        m_list->setStatus(row, ScannedModelList::Status::Queued);
    }
    if (m_workspace) {
        for (const LlmModel &m : m_workspace->models()->models())
            known.insert(m.uuid());
    }
    m_error->hide();
    m_summary->hide();
    m_progress->setRange(0, int(models.size()));
    m_progress->setValue(0);
    if (!m_runner->start(m_provider.uuid(), models, known)) {
        for (int row : std::as_const(m_adding))
            m_list->setStatus(row, ScannedModelList::Status::New);
        m_summary->setText(tr("Not connected."));
        m_summary->show();
    }
    updateControls();
}

void ScanModelsDialog::onItemFinished(int index, const ScanAddResult &result)
{
    const int row = m_adding.value(index, -1);
    QString message = result.message;
    if (!result.requestId.isEmpty() && result.outcome == ScanAddResult::Outcome::Failed
        && !message.contains(result.requestId))
        message = tr("%1 (request id %2)").arg(message, result.requestId);
    switch (result.outcome) {
    case ScanAddResult::Outcome::Added:
        m_list->setStatus(row, ScannedModelList::Status::Added);
        break;
    case ScanAddResult::Outcome::Failed:
        m_list->setStatus(row, ScannedModelList::Status::Failed, message);
        break;
    case ScanAddResult::Outcome::NotSent:
        m_list->setStatus(row, ScannedModelList::Status::NotSent, message);
        break;
    }
}

void ScanModelsDialog::onAddFinished()
{
    QStringList parts{tr("%n added", nullptr, m_runner->addedCount())};
    if (m_runner->failedCount() > 0)
        parts << tr("%n failed (the reason is in the Status column)", nullptr, m_runner->failedCount());
    if (m_runner->notSentCount() > 0)
        parts << tr("%n not sent", nullptr, m_runner->notSentCount());
    m_summary->setText(parts.join(QStringLiteral(", ")));
    m_summary->show();
    if (!m_workspace || m_runner->completed() == m_runner->notSentCount()) {
        updateControls();
        emit addFinished();
        return;
    }
    // The table shows the new models once the workspace lists them again.
    m_refreshing = true;
    m_workspace->refresh();
    updateControls();
}

void ScanModelsDialog::onRelisted()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    m_list->setSaved(m_workspace->models()->models());
    updateDiffNote();
    updateControls();
    emit addFinished();
}

void ScanModelsDialog::cancel()
{
    if (m_scan)
        m_scan->cancel();
    else if (m_runner->isRunning())
        m_runner->cancel();
}

void ScanModelsDialog::reject()
{
    // Escape while adding stops the adding; the dialog closes once nothing
    // is on its way. A scan just stops with it.
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    if (m_scan)
        m_scan->cancel();
    QDialog::reject();
}

void ScanModelsDialog::showError(const QString &message, const QString &requestId)
{
    m_requestId = requestId;
    m_error->showMessage(
        MessageBanner::Kind::Error, tr("The scan failed."),
        requestId.isEmpty() || message.contains(requestId) ? message : tr("%1\nRequest id: %2").arg(message, requestId),
        true);
}

void ScanModelsDialog::updateDiffNote()
{
    const QStringList missing = m_list->savedNotOffered();
    m_diff->setVisible(!missing.isEmpty());
    m_diff->setText(
        tr("Saved for this provider but not offered by its endpoint now: %1").arg(missing.join(QStringLiteral(", "))));
}

void ScanModelsDialog::updateControls()
{
    const bool scanning = m_scan != nullptr;
    const bool adding = isAdding();
    const int checked = m_list->checkedCount();
    m_state->setText(scanning ? tr("Scanning the provider's endpoint…")
                         : m_runner->isRunning()
                         ? tr("Adding %1 of %2…").arg(m_runner->completed() + 1).arg(m_runner->total())
                         : m_refreshing ? tr("Listing the models again…")
                                        : tr("%n model(s) offered", nullptr, m_list->rowCount()));
    m_progress->setVisible(scanning || adding);
    if (scanning)
        m_progress->setRange(0, 0);
    m_cancel->setEnabled(scanning || m_runner->isRunning());
    m_close->setEnabled(!m_runner->isRunning());
    m_rescan->setEnabled(!scanning && !adding);
    m_selectAll->setEnabled(!scanning && !adding && m_proxy->rowCount() > 0);
    m_selectNone->setEnabled(!scanning && !adding && checked > 0);
    m_add->setEnabled(!scanning && !adding && checked > 0);
    m_add->setText(checked > 0 ? tr("&Add %n Model(s)", nullptr, checked) : tr("&Add Models"));
    m_selected->setText(tr("%1 checked, %2 shown").arg(checked).arg(m_proxy->rowCount()));
    m_view->setEnabled(!scanning);
}

} // namespace lb::gui
