#include "ExportDialog.h"
#include "ui_ExportDialog.h"

#include "settings/Appearance.h"
#include "widgets/MessageBox.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "transfer/ModelsDocument.h"
#include "transfer/ServerContents.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

#include <iterator>

namespace lb::gui {

// The fixed parts are in ui/ExportDialog.ui (with the tab order).
ExportDialog::ExportDialog(ApiClient *client, const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_client(client)
    , m_profileName(profileName)
{
    m_ui->setupUi(this);
    setWindowIcon(Appearance::icon(QStringLiteral("transfer-export")));
    m_path = m_ui->exportPath;
    m_browse = m_ui->exportBrowse;
    m_includeKeys = m_ui->exportIncludeKeys;
    m_warning = m_ui->exportKeysWarning;
    m_statusIcon = m_ui->exportStatusIcon;
    m_status = m_ui->exportStatus;

    m_ui->exportHeadline->setText(tr("Export the model configurations of “%1”.").arg(profileName));
    QFont bold = m_ui->exportHeadline->font();
    bold.setBold(true);
    m_ui->exportHeadline->setFont(bold);
    Appearance::dim(m_ui->exportAbout);
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = suggestedFileName(profileName, QDate::currentDate());
    m_path->setText(QDir::toNativeSeparators(docs.isEmpty() ? name : docs + QLatin1Char('/') + name));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_includeKeys, &QCheckBox::toggled, this, &ExportDialog::onIncludeKeysToggled);

    // The warning shown while keys are included.
    m_warning->setStyleSheet(
        Appearance::noticeStyle(QStringLiteral("QFrame#exportKeysWarning"), Appearance::Notice::Error));
    m_ui->exportKeysWarningIcon->setPixmap(Appearance::noticeIcon(Appearance::Notice::Warning).pixmap(20, 20));
    m_warning->hide();

    m_export = m_ui->buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setIcon(Appearance::icon(QStringLiteral("transfer-export")));
    m_export->setDefault(true);
    m_close = m_ui->buttons->button(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("exportClose"));
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (m_state != State::Exporting)
            setState(State::Ready);
    });

    setTabOrder(m_includeKeys, m_export);
    setTabOrder(m_export, m_close);
    setState(State::Ready);
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    if (m_call)
        m_call->cancel();
    delete m_contents;
}

QString ExportDialog::suggestedFileName(const QString &profileName, const QDate &date)
{
    QString slug = profileName.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return QStringLiteral("langbot-models-%1%2.json")
        .arg(slug.isEmpty() ? QString() : slug + QLatin1Char('-'), date.toString(Qt::ISODate));
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ExportDialog::setIncludeKeys(bool include)
{
    m_includeKeys->setChecked(include);
    return m_includeKeys->isChecked();
}

bool ExportDialog::includeKeys() const
{
    return m_includeKeys->isChecked();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Models"), filePath(),
                                                      tr("Model export (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::onIncludeKeysToggled(bool on)
{
    if (on) {
        const bool sure = MessageBox::confirmDestructive(
            this, tr("Include API Keys?"),
            tr("The export will contain the API keys of every model of “%1” in plain text.").arg(m_profileName),
            tr("&Include Keys"),
            tr("Anyone who can read the file can use the keys. Export without keys unless you need them, "
               "e.g. to move a server."));
        if (!sure) {
            const QSignalBlocker block(m_includeKeys);
            m_includeKeys->setChecked(false);
            on = false;
        }
    }
    m_warning->setVisible(on);
    m_export->setText(on ? tr("&Export with Keys") : tr("&Export"));
    adjustSize();
}

void ExportDialog::setState(State state, const QString &message)
{
    m_state = state;
    const bool busy = state == State::Exporting;
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_includeKeys->setEnabled(!busy);
    m_export->setEnabled(!busy);
    m_close->setText(state == State::Done ? tr("&Close") : tr("Cancel"));
    m_status->setText(message);
    QIcon icon;
    if (state == State::Done) {
        icon = Appearance::icon(QStringLiteral("success"));
        Appearance::setTextTone(m_status, Appearance::Tone::Success);
    } else if (state == State::Failed) {
        icon = Appearance::noticeIcon(Appearance::Notice::Error);
        Appearance::setTextTone(m_status, Appearance::Tone::Failure);
    } else {
        Appearance::clearTone(m_status);
    }
    m_statusIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(16, 16));
}

bool ExportDialog::startExport()
{
    if (m_state == State::Exporting)
        return false;
    const QString path = filePath();
    if (path.isEmpty()) {
        setState(State::Failed, tr("Choose the file to export to."));
        return false;
    }
    if (!m_client) {
        setState(State::Failed, tr("There is no connection to a server."));
        return false;
    }
    if (QFileInfo(path).isDir()) {
        setState(State::Failed, tr("“%1” is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_exportWithKeys = includeKeys();
    setState(State::Exporting, tr("Reading the models of “%1”…").arg(m_profileName));

    // The server version is for the document's source; a server that does
    // not say still exports.
    ApiCall *info = m_client->systemInfo();
    m_call = info;
    connect(info, &ApiCall::finished, this, [this, info] {
        if (info->error().kind() == ApiError::Kind::Cancelled)
            return;
        m_call = nullptr;
        const QString version
            = info->ok() ? ApiClient::stringFromData(info->data(), QStringLiteral("version")) : QString();
        if (!m_client) {
            setState(State::Failed, tr("There is no connection to a server."));
            emit exportFinished(false);
            return;
        }
        // Providers and every model type from 4.7+, LLM models from 4.0–4.6:
        // the reader and writer of the command line's export.
        delete m_contents;
        m_contents = new ServerContents(m_client, this);
        connect(m_contents, &ServerContents::finished, this, [this, version] { writeDocument(version); });
        m_contents->start();
    });
    return true;
}

// What a document holds, for people: "2 providers, 5 LLM models, 1 embedding model".
QString ExportDialog::contentsText(const ModelsDocument &doc)
{
    int counts[std::size(allModelTypes)] = {};
    for (const DocumentModel &m : doc.models)
        ++counts[int(m.model.type())];
    QStringList parts;
    parts << tr("providers: %1").arg(doc.providers.size());
    parts << tr("LLM models: %1").arg(counts[int(ModelType::Llm)]);
    parts << tr("embedding models: %1").arg(counts[int(ModelType::Embedding)]);
    parts << tr("rerank models: %1").arg(counts[int(ModelType::Rerank)]);
    return parts.join(QStringLiteral(", "));
}

void ExportDialog::writeDocument(const QString &serverVersion)
{
    ServerContents *contents = m_contents;
    m_contents = nullptr;
    contents->deleteLater();
    if (!contents->ok()) {
        if (contents->error().kind() == ApiError::Kind::Cancelled)
            return;
        setState(State::Failed, tr("Could not read the models: %1").arg(contents->error().message()));
        emit exportFinished(false);
        return;
    }
    const ExportSource source{m_profileName, m_client ? m_client->settings().baseUrl : QUrl(), serverVersion};
    const ModelsDocument doc = contents->document(source, ExportOptions{m_exportWithKeys});
    QString error;
    const QString path = filePath();
    if (!doc.writeFile(path, &error)) {
        setState(State::Failed, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        emit exportFinished(false);
        return;
    }
    m_count = int(doc.models.size());
    m_providerCount = int(doc.providers.size());
    QString message;
    if (doc.version >= 2)
        message = tr("Exported %1 to %2 (format version 2).").arg(contentsText(doc), QDir::toNativeSeparators(path));
    else
        message = (m_count == 1 ? tr("Exported 1 model to %1.") : tr("Exported %n models to %1.", nullptr, m_count))
                      .arg(QDir::toNativeSeparators(path));
    message += QLatin1Char(' ')
        + (m_exportWithKeys ? tr("The file holds API keys in plain text: keep it safe and delete it when done.")
                            : tr("API keys were left out."));
    setState(State::Done, message);
    emit exportFinished(true);
}

void ExportDialog::reject()
{
    if (m_call)
        m_call->cancel();
    delete m_contents; // its answer no longer matters
    QDialog::reject();
}

} // namespace lb::gui
