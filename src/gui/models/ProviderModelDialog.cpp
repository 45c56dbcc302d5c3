#include "ProviderModelDialog.h"

#include "RequesterIcons.h"
#include "editors/ModelFieldEditors.h"
#include "settings/Appearance.h"
#include "widgets/MessageBanner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "model/ModelEdits.h"
#include "model/ModelFields.h"
#include "model/SecretRedaction.h"
#include "schema/SchemaSource.h"
#include "workspace/ServerWorkspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace lb::gui {

namespace {

// Marks the "New provider…" entry of the provider picker.
constexpr int kNewProviderRole = Qt::UserRole + 1;
constexpr int kRequesterRole = Qt::UserRole + 2;
constexpr int kMaxContextLength = 100000000;

QString levelText(const QString &level)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("provider_default"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "Provider default")},
        {QStringLiteral("disabled"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "Disabled")},
        {QStringLiteral("enabled"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "Enabled")},
        {QStringLiteral("minimal"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "Minimal")},
        {QStringLiteral("low"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "Low")},
        {QStringLiteral("medium"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "Medium")},
        {QStringLiteral("high"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "High")},
        {QStringLiteral("xhigh"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "Extra high")},
        {QStringLiteral("max"), QT_TRANSLATE_NOOP("lb::gui::ProviderModelDialog", "Maximum")},
    };
    const char *name = names.value(level);
    return name ? QCoreApplication::translate("lb::gui::ProviderModelDialog", name) : level;
}

} // namespace

ProviderModelDialog::ProviderModelDialog(Mode mode, const LlmModel &model, const Context &context, QWidget *parent)
    : ModelDialogBase(mode, context.client, parent)
    , m_context(context)
    , m_workspace(context.workspace)
    , m_icons(context.icons)
    , m_schemas(context.schemas)
{
    setObjectName(QStringLiteral("providerModelDialog"));
    LlmModel start;
    switch (mode) {
    case Mode::Edit:
        m_original = model;
        start = model;
        setWindowTitle(tr("Edit Model — %1").arg(model.name()));
        break;
    case Mode::Duplicate:
        m_original = model;
        start = ModelEdits::duplicate(model, false, context.takenNames);
        setWindowTitle(tr("Duplicate Model — %1").arg(model.name()));
        break;
    case Mode::New:
        start.setType(model.type());
        setWindowTitle(tr("New Model"));
        break;
    }
    m_base = start;
    buildForm();
    buildButtons();
    loadRecord(start);
    m_initial = edited().json();
    // The banner's button deletes a failed create's half-saved row.
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        if (!m_orphan.isEmpty())
            cleanUpOrphan();
    });
    if (m_workspace)
        connect(m_workspace, &ServerWorkspace::providersChanged, this, &ProviderModelDialog::reloadProviders);
    if (context.schemas)
        connect(context.schemas, &SchemaSource::finished, this, &ProviderModelDialog::reloadProviders);
    if (m_icons)
        connect(m_icons, &RequesterIcons::iconReady, this, [this](const QString &requester) {
            for (int i = 0; i < m_provider->count(); ++i) {
                if (m_provider->itemData(i, kRequesterRole).toString() == requester)
                    m_provider->setItemIcon(i, m_icons->icon(requester));
            }
        });
    resize(620, sizeHint().height());
    updateState();
}

ProviderModelDialog::~ProviderModelDialog()
{
    if (m_saveCall)
        m_saveCall->cancel();
}

QString ProviderModelDialog::hiddenSecretText()
{
    return ExtraArgsEditor::hiddenSecretText();
}

ServerFeatures ProviderModelDialog::features() const
{
    if (m_workspace)
        return m_workspace->features();
    return m_context.client ? m_context.client->features() : ServerFeatures{};
}

Permissions ProviderModelDialog::permissions() const
{
    if (m_workspace)
        return m_workspace->permissions();
    return m_context.client ? m_context.client->permissions() : Permissions{};
}

// --- the form ------------------------------------------------------------------------

QLabel *ProviderModelDialog::addRow(const QString &label, QWidget *field)
{
    auto *title = new QLabel(label, this);
    title->setBuddy(field);
    m_form->addRow(title, field);
    return title;
}

void ProviderModelDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("dialogBanner"));
    layout->addWidget(m_banner);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("modelTypeCombo"));
    m_type->setAccessibleName(tr("Model type"));
    m_type->addItem(tr("LLM"), modelTypeId(ModelType::Llm));
    m_type->addItem(tr("Embedding"), modelTypeId(ModelType::Embedding));
    if (features().hasRerank())
        m_type->addItem(tr("Rerank"), modelTypeId(ModelType::Rerank));
    addRow(tr("&Type:"), m_type);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setPlaceholderText(tr("Choose a provider…"));
    addRow(tr("&Provider:"), m_provider);
    m_providerKeys = new QLabel(this);
    m_providerKeys->setObjectName(QStringLiteral("providerKeysLabel"));
    m_providerKeys->setWordWrap(true);
    m_providerKeys->setTextFormat(Qt::PlainText);
    Appearance::dim(m_providerKeys);
    m_form->addRow(QString(), m_providerKeys);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("modelNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("The model's id at the provider, e.g. gpt-4o"));
    addRow(tr("&Name:"), m_name);

    m_abilities = new AbilitiesEditor(this, AbilitiesEditor::Known::WithReasoning);
    addRow(tr("&Abilities:"), m_abilities)->setBuddy(m_abilities->firstFocusWidget());

    m_contextLength = new QSpinBox(this);
    m_contextLength->setObjectName(QStringLiteral("contextLengthSpin"));
    m_contextLength->setAccessibleName(tr("Context length"));
    m_contextLength->setRange(0, kMaxContextLength);
    m_contextLength->setSingleStep(1024);
    m_contextLength->setSpecialValueText(tr("Not set"));
    m_contextLength->setSuffix(tr(" tokens"));
    m_contextLength->setToolTip(tr("The model's context window in tokens; “Not set” leaves it unknown"));
    addRow(tr("&Context length:"), m_contextLength);

    m_reasoning = new QComboBox(this);
    m_reasoning->setObjectName(QStringLiteral("reasoningLevelCombo"));
    m_reasoning->setAccessibleName(tr("Reasoning level"));
    addRow(tr("&Reasoning level:"), m_reasoning);
    m_reasoningHint = new QLabel(this);
    m_reasoningHint->setObjectName(QStringLiteral("reasoningHint"));
    m_reasoningHint->setWordWrap(true);
    Appearance::dim(m_reasoningHint);
    m_form->addRow(QString(), m_reasoningHint);

    m_extraArgs = new ExtraArgsEditor(this);
    addRow(tr("E&xtra arguments:"), m_extraArgs)->setBuddy(m_extraArgs->firstFocusWidget());
    m_argsError = new QLabel(this);
    m_argsError->setObjectName(QStringLiteral("extraArgsError"));
    m_argsError->setWordWrap(true);
    Appearance::setTextTone(m_argsError, Appearance::Tone::Failure);
    m_form->addRow(QString(), m_argsError);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ProviderModelDialog::updateTypeRows);
    connect(m_provider, &QComboBox::activated, this, &ProviderModelDialog::onProviderActivated);
    connect(m_name, &QLineEdit::textChanged, this, &ProviderModelDialog::updateState);
    connect(m_abilities, &AbilitiesEditor::changed, this, [this] {
        updateReasoning();
        updateState();
    });
    connect(m_contextLength, &QSpinBox::valueChanged, this, &ProviderModelDialog::updateState);
    connect(m_reasoning, &QComboBox::currentIndexChanged, this, &ProviderModelDialog::updateState);
    connect(m_extraArgs, &ExtraArgsEditor::changed, this, &ProviderModelDialog::updateState);
}

void ProviderModelDialog::buildButtons()
{
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    m_testRow = new QWidget(this);
    m_testRow->setObjectName(QStringLiteral("testRow"));
    auto *testLayout = new QHBoxLayout(m_testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    m_testIcon = new QLabel(m_testRow);
    m_testText = new QLabel(m_testRow);
    m_testText->setObjectName(QStringLiteral("testResult"));
    m_testText->setWordWrap(true);
    m_testText->setTextFormat(Qt::PlainText);
    m_testText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_cancelTest = new QToolButton(m_testRow);
    m_cancelTest->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelTest->setIcon(Appearance::icon(QStringLiteral("cancel")));
    m_cancelTest->setText(tr("Stop waiting"));
    m_cancelTest->setAccessibleName(tr("Stop waiting for the test"));
    m_cancelTest->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelTest->hide();
    testLayout->addWidget(m_testIcon);
    testLayout->addWidget(m_testText, 1);
    testLayout->addWidget(m_cancelTest);
    m_testRow->hide();
    layout->addWidget(m_testRow);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    m_saveHint = new QLabel(this);
    m_saveHint->setObjectName(QStringLiteral("saveHint"));
    m_saveHint->setWordWrap(true);
    Appearance::dim(m_saveHint);
    m_test = new QPushButton(Appearance::icon(QStringLiteral("test")), tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_save = new QPushButton(m_mode == Mode::Edit ? tr("&Save") : tr("C&reate"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addWidget(m_saveHint, 1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    setFrame({m_banner, m_testRow, m_testIcon, m_testText, m_cancelTest, m_saveHint, m_test, m_cancel, m_save});
}

void ProviderModelDialog::loadRecord(const LlmModel &values)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(modelTypeId(values.type()))));
    m_type->setEnabled(m_mode == Mode::New);
    if (m_mode != Mode::New)
        m_type->setToolTip(tr("The type of a saved model is fixed"));
    m_lastProvider = values.providerUuid();
    reloadProviders();
    m_name->setText(values.name());
    m_abilities->setAbilities(values.abilities());
    m_contextLength->setValue(values.contextLength().value_or(0));

    // Only the levels the server reports for this model (a new one: none yet).
    QStringList levels = values.reasoningLevels();
    const QString providerDefault = ModelFields::kProviderDefaultLevel;
    levels.removeAll(providerDefault);
    levels.prepend(providerDefault);
    const QString level = values.reasoningLevel();
    if (!levels.contains(level))
        levels.append(level);
    const QSignalBlocker blocker(m_reasoning);
    m_reasoning->clear();
    for (const QString &entry : std::as_const(levels))
        m_reasoning->addItem(levelText(entry), entry);
    m_reasoning->setCurrentIndex(m_reasoning->findData(level));

    m_extraArgs->setArgs(values.extraArgs());
    updateTypeRows();
    updateReasoning();
}

void ProviderModelDialog::reloadProviders()
{
    const QString keep = m_lastProvider;
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    const QList<Provider> providers = m_workspace ? m_workspace->providers() : QList<Provider>();
    for (const Provider &provider : providers) {
        if (provider.isImplicit() || !providerServes(provider, modelType()))
            continue;
        const QString url = SecretRedaction::redactUrl(provider.baseUrl()); // no credentials shown
        const QString text = url.isEmpty() ? provider.name() : tr("%1 — %2").arg(provider.name(), url);
        const QIcon icon = m_icons ? m_icons->icon(provider.requester()) : QIcon();
        m_provider->addItem(icon, text, provider.uuid());
        m_provider->setItemData(m_provider->count() - 1, provider.requester(), kRequesterRole);
        m_provider->setItemData(m_provider->count() - 1, tr("Requester: %1").arg(provider.requester()),
                                Qt::ToolTipRole);
    }
    if (m_provider->count() > 0)
        m_provider->insertSeparator(m_provider->count());
    m_provider->addItem(Appearance::icon(QStringLiteral("new-model")), tr("New provider…"));
    m_provider->setItemData(m_provider->count() - 1, true, kNewProviderRole);
    m_provider->setCurrentIndex(keep.isEmpty() ? -1 : m_provider->findData(keep));
    updateProviderInfo();
    if (!m_pendingProvider.isEmpty() && m_provider->findData(m_pendingProvider) >= 0)
        selectProvider(std::exchange(m_pendingProvider, {}));
}

bool ProviderModelDialog::providerServes(const Provider &provider, ModelType type) const
{
    if (!m_schemas)
        return true;
    const RequesterSchema *requester = findRequester(m_schemas->allRequesters(), provider.requester());
    return !requester || requester->supports(requesterSupportType(type));
}

int ProviderModelDialog::newProviderIndex() const
{
    for (int i = 0; i < m_provider->count(); ++i) {
        if (m_provider->itemData(i, kNewProviderRole).toBool())
            return i;
    }
    return -1;
}

void ProviderModelDialog::selectProvider(const QString &uuid)
{
    const int index = m_provider->findData(uuid);
    if (index < 0) { // not listed yet: picked when the workspace lists it
        m_pendingProvider = uuid;
        return;
    }
    m_pendingProvider.clear();
    m_provider->setCurrentIndex(index);
    onProviderActivated(index);
}

void ProviderModelDialog::onProviderActivated(int index)
{
    if (m_provider->itemData(index, kNewProviderRole).toBool()) {
        // The entry is an action, not a pick: the previous pick stays.
        m_provider->setCurrentIndex(m_lastProvider.isEmpty() ? -1 : m_provider->findData(m_lastProvider));
        emit newProviderRequested();
        return;
    }
    m_lastProvider = m_provider->itemData(index).toString();
    updateProviderInfo();
    updateState();
}

Provider ProviderModelDialog::provider() const
{
    const QString uuid = m_provider->currentData().toString();
    if (uuid.isEmpty() || !m_workspace)
        return {};
    for (const Provider &provider : m_workspace->providers()) {
        if (provider.uuid() == uuid)
            return provider;
    }
    return {};
}

void ProviderModelDialog::updateProviderInfo()
{
    const Provider picked = provider();
    if (picked.uuid().isEmpty()) {
        m_providerKeys->setText(m_provider->count() > 1
                                    ? QString()
                                    : tr("This server has no provider yet: make one with “New provider…”."));
        return;
    }
    QString keys;
    if (picked.hasMaskedKeys())
        keys = hiddenSecretText();
    else if (picked.apiKeys().isEmpty())
        keys = tr("none");
    else
        keys = QString::number(picked.apiKeys().size());
    m_providerKeys->setText(tr("Requester: %1 · API keys: %2").arg(picked.requester(), keys));
}

ModelType ProviderModelDialog::modelType() const
{
    return modelTypeFromId(m_type->currentData().toString()).value_or(ModelType::Llm);
}

void ProviderModelDialog::updateTypeRows()
{
    reloadProviders(); // only those whose requester serves the type
    m_provider->setToolTip(tr("Providers whose requester serves %1 models; the provider holds the requester, base "
                              "URL and API keys the model uses")
                               .arg(LlmTableModel::typeName(modelType())));
    const bool llm = modelType() == ModelType::Llm;
    const ServerFeatures server = features();
    m_form->setRowVisible(m_abilities, llm);
    m_form->setRowVisible(m_contextLength, llm && server.hasContextLength());
    m_form->setRowVisible(m_reasoning, llm && server.hasReasoningConfig());
    m_form->setRowVisible(m_reasoningHint, llm && server.hasReasoningConfig());
    updateState();
}

void ProviderModelDialog::updateReasoning()
{
    const bool reasoning = m_abilities->abilities().contains(ModelFields::kReasoningAbility);
    QString hint;
    if (!reasoning) {
        // A level other than provider_default needs the ability (API.md 5).
        m_reasoning->setCurrentIndex(m_reasoning->findData(QString(ModelFields::kProviderDefaultLevel)));
        hint = tr("Levels need the reasoning ability: tick “Reasoning” to choose one.");
    } else if (m_reasoning->count() <= 1) {
        hint = tr("The server reports no other level for this model yet: save it with the reasoning ability, "
                  "then edit it again to choose one.");
    }
    m_reasoning->setEnabled(reasoning && m_reasoning->count() > 1);
    m_reasoningHint->setText(hint);
    m_reasoningHint->setVisible(!hint.isEmpty() && m_form->isRowVisible(m_reasoning));
}

// --- values and state ------------------------------------------------------------------

LlmModel ProviderModelDialog::edited() const
{
    LlmModel model = m_base;
    const ModelType type = modelType();
    const ServerFeatures server = features();
    model.setType(type);
    model.setName(m_name->text().trimmed());
    model.setProviderUuid(m_provider->currentData().toString());
    if (type == ModelType::Llm) {
        model.setAbilities(m_abilities->abilities());
        if (server.hasContextLength()) {
            const int length = m_contextLength->value();
            model.setContextLength(length > 0 ? std::optional<int>(length) : std::nullopt);
        }
        if (server.hasReasoningConfig())
            model.setReasoningLevel(m_reasoning->currentData().toString());
    }
    model.setExtraArgs(m_extraArgs->args());
    return model;
}

bool ProviderModelDialog::isDirty() const
{
    return m_mode != Mode::Edit || edited().json() != m_initial;
}

QString ProviderModelDialog::permissionReason(Permissions::Action action) const
{
    if (permissions().allows(action))
        return {};
    return tr("Needs the permission %1, which these credentials lack").arg(Permissions::requiredFor(action));
}

QString ProviderModelDialog::testBlockedReason() const
{
    if (!m_context.client)
        return tr("Not connected to a server");
    if (provider().uuid().isEmpty())
        return tr("Choose a provider");
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the model's name");
    return m_extraArgs->error();
}

QString ProviderModelDialog::saveBlockedReason() const
{
    if (m_saveCall)
        return tr("Saving…");
    if (const QString why
        = permissionReason(m_mode == Mode::Edit ? Permissions::Action::Update : Permissions::Action::Create);
        !why.isEmpty())
        return why;
    if (const QString why = testBlockedReason(); !why.isEmpty())
        return why;
    if (!isDirty())
        return tr("Nothing changed yet");
    return {};
}

void ProviderModelDialog::updateState()
{
    const QString argsError = m_extraArgs->error();
    m_argsError->setText(argsError);
    m_argsError->setVisible(!argsError.isEmpty());
    const QString saveWhy = saveBlockedReason();
    const QString testWhy = testBlockedReason();
    m_save->setEnabled(saveWhy.isEmpty());
    m_save->setToolTip(saveWhy);
    m_test->setEnabled(testWhy.isEmpty() && !m_testCall && !m_saveCall);
    m_test->setToolTip(testWhy.isEmpty() ? tr("Test the settings in the form without saving them") : testWhy);
    m_saveHint->setText(saveWhy);
}

// --- test ----------------------------------------------------------------------------

void ProviderModelDialog::test()
{
    if (m_testCall)
        return;
    if (const QString why = testBlockedReason(); !why.isEmpty()) {
        showTestResult(QStringLiteral("error"), why);
        return;
    }
    const Provider listed = provider();
    const auto masked = [](const Provider &p) { return p.hasMaskedKeys() || Provider::isMaskedUrl(p.baseUrl()); };
    const QString refusal = tr("The server hides this provider's keys (no secret permission), and a test of an "
                               "unsaved model sends them: nothing was sent. A saved model can be tested from the "
                               "model list; an unsaved one cannot.");
    if (!masked(listed)) {
        runTest(listed);
        return;
    }
    if (!permissions().allows(Permissions::Action::ReadSecrets)) {
        showTestResult(QStringLiteral("info"), refusal);
        emit testFinished(false);
        return;
    }
    // The list was masked: read the provider in plain text first.
    ApiCall *call = m_context.client->getProvider(listed.uuid());
    m_testCall = call;
    showTestResult(QStringLiteral("test"), tr("Reading the provider's keys…"));
    updateState();
    connect(call, &ApiCall::finished, this, [this, call, masked, refusal] {
        m_testCall = nullptr;
        Provider plain;
        const bool read
            = call->ok() && Provider::fromJson(call->data().toObject().value(QLatin1String("provider")), &plain);
        if (!read || masked(plain)) {
            showTestResult(QStringLiteral("info"), refusal, call->ok() ? QString() : call->error().message());
            updateState();
            emit testFinished(false);
            return;
        }
        runTest(plain);
    });
}

void ProviderModelDialog::runTest(const Provider &provider)
{
    const WriteBody body = WriteBodies::modelTest(edited(), provider, features());
    if (!body.ok()) {
        showTestResult(QStringLiteral("error"), body.error);
        updateState();
        emit testFinished(false);
        return;
    }
    runTestCall(m_context.client->testUnsavedModel(body.body, modelType()));
}

// --- save ----------------------------------------------------------------------------

QList<FieldChange> ProviderModelDialog::changes() const
{
    const QJsonObject base = m_mode == Mode::Edit ? updateBody(m_original) : QJsonObject();
    return ImportPlan::diff(base, writeBody(edited()).body);
}

WriteBody ProviderModelDialog::writeBody(const LlmModel &model) const
{
    return m_mode == Mode::Edit ? WriteBodies::modelUpdate(model, features())
                                : WriteBodies::modelCreate(model, features());
}

bool ProviderModelDialog::checkBody()
{
    const WriteBody body = writeBody(edited());
    if (!body.ok())
        refuseSave(body.error);
    return body.ok();
}

ApiCall *ProviderModelDialog::sendWrite()
{
    const LlmModel model = edited();
    const WriteBody body = writeBody(model);
    if (!body.ok()) {
        refuseSave(body.error);
        return nullptr;
    }
    m_before.clear();
    if (m_workspace) {
        for (const LlmModel &listed : m_workspace->models()->models())
            m_before.insert(listed.uuid());
    }
    return m_mode == Mode::Edit ? m_context.client->updateModel(m_original.uuid(), body.body, model.type())
                                : m_context.client->createModel(body.body, model.type());
}

QJsonObject ProviderModelDialog::updateBody(const LlmModel &model) const
{
    return WriteBodies::modelUpdate(model, features()).body;
}

void ProviderModelDialog::loadRebased(const LlmModel &theirs, const LlmModel &mine)
{
    m_original = theirs;
    m_base = theirs;
    loadRecord(theirs);
    m_initial = edited().json();
    loadRecord(mine);
}

void ProviderModelDialog::createFailed(ApiCall *call)
{
    if (call->error().category() == ApiError::Category::Server)
        findOrphan();
}

void ProviderModelDialog::findOrphan()
{
    // A create can save the row and then fail (API.md 8.4, 8.15): the
    // provider's list shows whether it did; the cleanup is one click.
    const LlmModel model = edited();
    ApiCall *call = m_context.client->listModels(model.type(), model.providerUuid());
    connect(call, &ApiCall::finished, this, [this, call, model] {
        if (!call->ok())
            return;
        for (const LlmModel &listed : ApiClient::modelsFromCall(call)) {
            if (listed.name() == model.name() && !m_before.contains(listed.uuid()))
                m_orphan = listed.uuid();
        }
        if (m_orphan.isEmpty())
            return;
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Could not create the model."),
                              m_banner->message() + QLatin1Char('\n')
                                  + tr("The server saved “%1” before it failed.").arg(model.name()),
                              tr("Delete the half-saved model"));
        emit orphanFound(m_orphan);
    });
}

void ProviderModelDialog::cleanUpOrphan()
{
    if (m_orphan.isEmpty() || !m_context.client)
        return;
    ApiCall *call = m_context.client->deleteModel(m_orphan, modelType());
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->ok()) {
            m_banner->showMessage(MessageBanner::Kind::Error, tr("Could not delete the half-saved model."),
                                  call->error().message());
            return;
        }
        m_orphan.clear();
        m_banner->showMessage(MessageBanner::Kind::Info, tr("The half-saved model was deleted."), QString());
        if (m_workspace)
            m_workspace->refresh();
        emit orphanRemoved();
    });
}

bool ProviderModelDialog::hasUnsavedChanges() const
{
    return edited().json() != m_initial;
}

} // namespace lb::gui
