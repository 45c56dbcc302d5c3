#include "ProviderDialog.h"

#include "models/RequesterIcons.h"
#include "models/RequesterPicker.h"
#include "providers/ProviderTestPanel.h"
#include "widgets/RequestIdButton.h"
#include "widgets/RevealAction.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/Permissions.h"
#include "model/ModelFields.h"
#include "model/WriteBodies.h"
#include "workspace/ServerWorkspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace lb::gui {

namespace {

// A key row's edit keeps whether the server masked the key it shows.
const char kMaskedProperty[] = "maskedKey";

} // namespace

ProviderDialog::ProviderDialog(ServerWorkspace *workspace, const QList<RequesterSchema> &requesters,
                               RequesterIcons *icons, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_requesters(requesters)
    , m_icons(icons)
{
    setObjectName(QStringLiteral("providerDialog"));
    setAccessibleName(tr("Provider"));
    setWindowModality(Qt::WindowModal);
    buildForm(requesters);
}

ProviderDialog::~ProviderDialog() = default;

QString ProviderDialog::maskedText()
{
    return tr("hidden by the server (no secret permission)");
}

void ProviderDialog::buildForm(const QList<RequesterSchema> &requesters)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("providerName"));
    form->addRow(tr("&Name:"), m_name);

    if (requesters.isEmpty()) {
        // Without the server's list (an API key cannot read it): typed by name.
        m_requesterEdit = new QLineEdit(this);
        m_requesterEdit->setObjectName(QStringLiteral("providerRequesterName"));
        m_requesterEdit->setPlaceholderText(QStringLiteral("openai-chat-completions"));
        form->addRow(tr("&Type:"), m_requesterEdit);
    } else {
        m_picker = new RequesterPicker(this);
        m_picker->setObjectName(QStringLiteral("providerRequester"));
        m_picker->setSupportType(QString()); // a provider may serve any type
        m_picker->setRequesters(requesters, m_icons);
        form->addRow(tr("&Type:"), m_picker);
        connect(m_picker, &RequesterPicker::currentChanged, this, &ProviderDialog::onRequesterChanged);
    }

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("providerBaseUrl"));
    form->addRow(tr("&Base URL:"), m_baseUrl);

    auto *keys = new QWidget(this);
    m_keyRows = new QVBoxLayout(keys);
    m_keyRows->setContentsMargins(0, 0, 0, 0);
    m_addKey = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add key"), this);
    m_addKey->setObjectName(QStringLiteral("addProviderKey"));
    m_addKey->setToolTip(tr("The server uses the keys in turn"));
    connect(m_addKey, &QPushButton::clicked, this, [this] {
        addKeyRow(QString());
        keyEdits().constLast()->setFocus();
    });
    auto *keyBox = new QVBoxLayout;
    keyBox->addWidget(keys);
    keyBox->addWidget(m_addKey, 0, Qt::AlignLeft);
    auto *keysLabel = new QLabel(tr("API keys:"), this);
    form->addRow(keysLabel, keyBox);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("providerNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    form->addRow(m_note);

    m_testPanel = new ProviderTestPanel(
        m_workspace, [this] { return editedProvider(); }, this);
    layout->addWidget(m_testPanel);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("providerError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    m_copyRequestId = new RequestIdButton(this);
    layout->addWidget(m_copyRequestId, 0, Qt::AlignLeft);

    m_cleanup
        = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete the half-saved provider"), this);
    m_cleanup->setObjectName(QStringLiteral("providerCleanup"));
    m_cleanup->hide();
    connect(m_cleanup, &QPushButton::clicked, this, &ProviderDialog::cleanUpOrphan);
    layout->addWidget(m_cleanup, 0, Qt::AlignLeft);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    saveButton()->setObjectName(QStringLiteral("providerSave"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(600, 680); // room for the requester list and Test connection
}

void ProviderDialog::start(Mode mode, const QString &uuid)
{
    m_mode = mode;
    setWindowTitle(mode == Mode::Edit            ? tr("Edit Provider")
                       : mode == Mode::Duplicate ? tr("Duplicate Provider")
                                                 : tr("New Provider"));
    if (mode == Mode::New || !m_workspace || !m_workspace->client()) {
        addKeyRow(QString());
        if (m_picker && !m_requesters.isEmpty() && m_picker->setCurrentName(m_requesters.constFirst().name()))
            onRequesterChanged(m_requesters.constFirst().name());
        emit loaded();
        return;
    }
    setBusy(true);
    ApiCall *call = m_workspace->client()->getProvider(uuid);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        setBusy(false);
        if (!call->ok()) {
            showError(call->error().message(), call->error().serverRequestId());
        } else {
            m_original = Provider(call->data().toObject().value(QStringLiteral("provider")).toObject());
            fill(m_original);
            m_testPanel->setProviderUuid(m_original.uuid());
        }
        emit loaded();
    });
}

void ProviderDialog::fill(const Provider &provider)
{
    const bool duplicate = m_mode == Mode::Duplicate;
    m_name->setText(duplicate ? tr("%1 (copy)").arg(provider.name()) : provider.name());
    if (m_picker && !m_picker->setCurrentName(provider.requester()))
        m_picker->setSearchText(provider.requester());
    if (m_requesterEdit)
        m_requesterEdit->setText(provider.requester());
    if (Provider::isMaskedUrl(provider.baseUrl())) {
        // Never written back unless replaced (a masked URL is stored as sent).
        m_baseUrl->setPlaceholderText(maskedText());
    } else {
        m_baseUrl->setText(provider.baseUrl());
    }
    m_lastDefaultUrl.clear();
    int dropped = 0;
    for (const QString &key : provider.apiKeys()) {
        // A duplicate cannot keep a masked key: a POST refuses "***".
        if (duplicate && Provider::isMaskedSecret(key))
            ++dropped;
        else
            addKeyRow(key);
    }
    if (keyEdits().isEmpty())
        addKeyRow(QString());
    QStringList notes;
    if (dropped > 0)
        notes << tr("The server hides %n of the source's API keys (no secret permission): the copy cannot take "
                    "them. Type the keys the copy should use.",
                    nullptr, dropped);
    if (duplicate && Provider::isMaskedUrl(provider.baseUrl()))
        notes << tr("The server hides the source's base URL: type the base URL of the copy.");
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
}

void ProviderDialog::addKeyRow(const QString &key)
{
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    const int number = int(keyEdits().size()) + 1;
    edit->setObjectName(QStringLiteral("providerKey%1").arg(number));
    edit->setAccessibleName(tr("API key %1").arg(number));
    edit->setEchoMode(QLineEdit::Password);
    const bool masked = Provider::isMaskedSecret(key);
    edit->setProperty(kMaskedProperty, masked);
    if (masked) {
        edit->setPlaceholderText(maskedText());
        edit->setToolTip(tr("Kept as stored unless you type a new key"));
    } else {
        edit->setText(key);
        new RevealAction(edit, tr("Show key"), tr("Hide key"));
    }
    auto *remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("removeProviderKey%1").arg(number));
    remove->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    remove->setToolTip(tr("Remove key %1").arg(number));
    remove->setAccessibleName(tr("Remove key %1").arg(number));
    connect(remove, &QToolButton::clicked, this, [this, row] { removeKeyRow(row); });
    if (masked) {
        // The server keeps a hidden key by its index: removing a row would
        // keep the wrong one. It can be replaced, not removed.
        remove->setEnabled(false);
        remove->setToolTip(tr("A key hidden by the server can be replaced, not removed"));
    }
    rowLayout->addWidget(edit, 1);
    rowLayout->addWidget(remove);
    m_keyRows->addWidget(row);
}

void ProviderDialog::removeKeyRow(QWidget *row)
{
    m_keyRows->removeWidget(row);
    row->deleteLater();
    row->hide();
}

QList<QLineEdit *> ProviderDialog::keyEdits() const
{
    QList<QLineEdit *> edits;
    for (int i = 0; i < m_keyRows->count(); ++i) {
        if (QWidget *row = m_keyRows->itemAt(i)->widget())
            edits << row->findChild<QLineEdit *>();
    }
    return edits;
}

QToolButton *ProviderDialog::removeKeyButton(int row) const
{
    QLayoutItem *item = row >= 0 && row < m_keyRows->count() ? m_keyRows->itemAt(row) : nullptr;
    return item && item->widget() ? item->widget()->findChild<QToolButton *>() : nullptr;
}

QPushButton *ProviderDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString ProviderDialog::currentRequester() const
{
    if (m_requesterEdit)
        return m_requesterEdit->text().trimmed();
    return m_picker ? m_picker->currentName() : QString();
}

void ProviderDialog::onRequesterChanged(const QString &name)
{
    QString url;
    QStringList supportTypes;
    for (const RequesterSchema &schema : std::as_const(m_requesters)) {
        if (schema.name() == name) {
            url = schema.defaultConfig().value(ModelFields::kBaseUrl).toString();
            supportTypes = schema.supportTypes();
        }
    }
    m_testPanel->setSupportTypes(supportTypes);
    // The requester's default, unless the user typed another URL.
    const QString typed = m_baseUrl->text().trimmed();
    if (typed.isEmpty() || typed == m_lastDefaultUrl)
        m_baseUrl->setText(url);
    m_lastDefaultUrl = url;
}

Provider ProviderDialog::editedProvider() const
{
    Provider provider = m_mode == Mode::Edit ? m_original : Provider();
    provider.setName(m_name->text().trimmed());
    provider.setRequester(currentRequester());
    const QString url = m_baseUrl->text().trimmed();
    // An empty field over a masked URL keeps the stored one.
    provider.setBaseUrl(url.isEmpty() && Provider::isMaskedUrl(m_original.baseUrl()) && m_mode == Mode::Edit
                            ? m_original.baseUrl()
                            : url);
    QStringList keys;
    for (const QLineEdit *edit : keyEdits()) {
        const QString key = edit->text().trimmed();
        if (!key.isEmpty())
            keys << key;
        else if (edit->property(kMaskedProperty).toBool())
            keys << QString(ModelFields::kMasked); // keeps the stored key at this index
    }
    provider.setApiKeys(keys);
    return provider;
}

void ProviderDialog::save()
{
    if (!m_workspace || !m_workspace->client() || m_call)
        return;
    if (m_mode != Mode::New && m_original.uuid().isEmpty()) {
        refuse(tr("The provider could not be read: close this dialog and open it again."));
        return;
    }
    const Provider edited = editedProvider();
    if (m_mode == Mode::Duplicate && edited.baseUrl().isEmpty() && Provider::isMaskedUrl(m_original.baseUrl())) {
        refuse(tr("The server hides this provider's base URL: enter the base URL of the copy."));
        return;
    }
    if (edited.name().isEmpty() || edited.requester().isEmpty()) {
        refuse(tr("A provider needs a name and a type."));
        return;
    }
    const bool create = m_mode != Mode::Edit;
    const Permissions::Action action = create ? Permissions::Action::Create : Permissions::Action::Update;
    if (!m_workspace->permissions().allows(action)) {
        refuse(tr("Saving a provider needs the permission %1.").arg(Permissions::requiredFor(action)));
        return;
    }
    const ServerFeatures features = m_workspace->features();
    const WriteBody body = create ? WriteBodies::providerCreate(edited, features)
                                  : WriteBodies::providerUpdate(m_original, edited, features);
    if (!body.ok()) {
        refuse(body.error);
        return;
    }
    if (!create && body.body.isEmpty()) {
        emit saveFinished(true);
        accept();
        return;
    }
    m_before.clear();
    for (const Provider &p : m_workspace->providers())
        m_before.insert(p.uuid());
    ApiClient *client = m_workspace->client();
    ApiCall *call = create ? client->createProvider(body.body) : client->updateProvider(m_original.uuid(), body.body);
    m_call = call;
    setBusy(true);
    connect(call, &ApiCall::finished, this, [this, call, create] { onWritten(call, create); });
}

void ProviderDialog::onWritten(ApiCall *call, bool created)
{
    m_call = nullptr;
    setBusy(false);
    if (!call->ok()) {
        QString message = call->error().message();
        showError(message, call->error().serverRequestId());
        if (created && call->error().category() == ApiError::Category::Server)
            findOrphan();
        emit saveFinished(false);
        return;
    }
    const QString uuid = created ? ApiClient::stringFromData(call->data(), QStringLiteral("uuid")) : m_original.uuid();
    m_workspace->refresh();
    emit saved(uuid, created);
    emit saveFinished(true);
    accept();
}

void ProviderDialog::findOrphan()
{
    // A create can save the row and then fail (API.md 4): the refreshed list
    // shows whether it did, and the cleanup is one click.
    const QString name = m_name->text().trimmed();
    connect(
        m_workspace, &ServerWorkspace::providersChanged, this,
        [this, name] {
            for (const Provider &p : m_workspace->providers()) {
                if (!m_before.contains(p.uuid()) && p.name() == name)
                    m_orphan = p.uuid();
            }
            if (m_orphan.isEmpty())
                return;
            m_error->setText(m_error->text() + QLatin1Char('\n')
                             + tr("The server saved the provider “%1” before it failed.").arg(name));
            m_cleanup->show();
        },
        Qt::SingleShotConnection);
    m_workspace->refresh();
}

void ProviderDialog::cleanUpOrphan()
{
    if (m_orphan.isEmpty() || !m_workspace || !m_workspace->client())
        return;
    m_cleanup->setEnabled(false);
    ApiCall *call = m_workspace->client()->deleteProvider(m_orphan);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_cleanup->setEnabled(true);
        if (!call->ok()) {
            showError(call->error().message(), call->error().serverRequestId());
            return;
        }
        m_orphan.clear();
        m_cleanup->hide();
        showError(tr("The half-saved provider was deleted."));
        m_workspace->refresh();
        emit orphanRemoved();
    });
}

void ProviderDialog::refuse(const QString &message)
{
    showError(message);
    emit saveFinished(false);
}

void ProviderDialog::showError(const QString &message, const QString &requestId)
{
    // The message already ends with the request id the server logged it under.
    m_requestId = requestId;
    m_error->setText(message);
    m_error->show();
    m_copyRequestId->setRequestId(requestId);
}

void ProviderDialog::setBusy(bool busy)
{
    saveButton()->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace lb::gui
