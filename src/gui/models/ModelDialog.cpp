#include "ModelDialog.h"
#include "ui_ModelDialog.h"

#include "RequesterIcons.h"
#include "RequesterPicker.h"
#include "models/editors/ModelFieldEditors.h"
#include "models/editors/SchemaForm.h"
#include "settings/Appearance.h"
#include "widgets/MessageBanner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/ModelEdits.h"
#include "schema/SchemaSource.h"
#include "transfer/TransferJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace lb::gui {

namespace {

constexpr auto kName = "name";
constexpr auto kDescription = "description";

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionHeading"));
    label->setStyleSheet(
        QStringLiteral("QLabel#sectionHeading { font-weight: 600; color: %1;"
                       " border-bottom: 1px solid %2; padding-bottom: 4px; margin-top: 10px; }")
            .arg(Appearance::name(Appearance::Tone::Heading), Appearance::name(Appearance::Tone::Border)));
    return label;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Appearance::setTextTone(label, Appearance::Tone::Failure);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    label->hide();
    return label;
}

RequesterSchema generalSchema()
{
    FieldSpec name(QLatin1String(kName), FieldSpec::Type::String);
    name.setLabel(I18nText::plain(ModelDialog::tr("Name")));
    name.setRequired(true);
    name.setDescription(
        I18nText::plain(ModelDialog::tr("The model's name at the provider, as sent in every request (e.g. gpt-4o).")));
    FieldSpec description(QLatin1String(kDescription), FieldSpec::Type::String);
    description.setLabel(I18nText::plain(ModelDialog::tr("Description")));
    RequesterSchema schema;
    schema.setName(QStringLiteral("model"));
    schema.setFields({name, description});
    return schema;
}

} // namespace

ModelDialog::ModelDialog(Mode mode, const LlmModel &model, const Context &context, QWidget *parent)
    : ModelDialogBase(mode, context.client, parent)
    , m_ui(std::make_unique<Ui::ModelDialog>())
    , m_context(context)
    , m_schemas(context.schemas)
    , m_icons(context.icons)
{
    if (mode != Mode::New)
        m_original = model;
    switch (mode) {
    case Mode::New:
        setWindowTitle(tr("New Model[*]"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit “%1”[*]").arg(model.name()));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate “%1”[*]").arg(model.name()));
        break;
    }
    m_requester = mode == Mode::New ? QString() : model.requester();
    buildFrame();

    if (m_schemas && !m_schemas->isLoaded()) {
        connect(m_schemas, &SchemaSource::finished, this, &ModelDialog::onSchemasLoaded, Qt::SingleShotConnection);
        m_schemas->load(); // does nothing while it loads already
    } else {
        onSchemasLoaded();
    }
}

ModelDialog::~ModelDialog() = default;

// The frame (ui/ModelDialog.ui): banner, requester picker, notice, the
// scroll area the form goes into, the test's result and the buttons.
void ModelDialog::buildFrame()
{
    m_ui->setupUi(this);
    setFrame({m_ui->dialogBanner, m_ui->testResultRow, m_ui->testIcon, m_ui->testResult, m_ui->cancelTest,
              m_ui->saveHint, m_ui->testButton, m_ui->cancelButton, m_ui->saveButton});
    m_pickerPanel = m_ui->requesterPanel;
    m_picker = m_ui->requesterPicker;
    m_notice = m_ui->schemaNotice;
    m_scroll = m_ui->formScroll;
    m_loadingLabel = m_ui->loadingLabel;

    m_pickerPanel->setStyleSheet(QStringLiteral("QWidget#requesterPanel { background: %1; }")
                                     .arg(Appearance::name(Appearance::Tone::PanelBackground)));
    m_pickerPanel->setVisible(m_mode != Mode::Edit);
    m_ui->pickerLine->setVisible(m_mode != Mode::Edit);
    connect(m_picker, &RequesterPicker::currentChanged, this, &ModelDialog::setRequester);
    connect(m_picker, &RequesterPicker::confirmed, this, [this] {
        if (QLineEdit *name = nameEdit())
            name->setFocus(Qt::TabFocusReason);
    });
    m_notice->setStyleSheet(QStringLiteral("QLabel#schemaNotice { background: %1; color: %2;"
                                           " border-bottom: 1px solid %3; padding: 8px 20px; }")
                                .arg(Appearance::name(Appearance::Tone::WarningBackground),
                                     Appearance::name(Appearance::Tone::WarningText),
                                     Appearance::name(Appearance::Tone::WarningEdge)));
    m_notice->hide();
    Appearance::dim(m_loadingLabel);

    m_cancelTest->setIcon(Appearance::icon(QStringLiteral("cancel")));
    m_cancelTest->hide();
    m_testRow->hide();
    m_test->setIcon(Appearance::icon(QStringLiteral("test")));
    // After the text (a mnemonic in it sets a shortcut of its own).
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_save->setText(m_mode == Mode::Edit ? tr("&Save…") : tr("&Create…"));
    m_save->setShortcut(QKeySequence::Save);

    if (m_icons) {
        connect(m_icons, &RequesterIcons::iconReady, this, [this](const QString &name) {
            if (name == m_requester)
                updateRequesterHeader();
        });
    }

    resize(m_mode == Mode::Edit ? QSize(700, 700) : QSize(960, 720));
    updateState();
}

// The form of the requester's settings, in the scroll area: the
// requester's header, General, Connection, then keys, abilities and
// extra arguments.
void ModelDialog::buildContent()
{
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("formContent"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(20, 14, 20, 16);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_requesterIcon = new QLabel(m_content);
    m_requesterIcon->setFixedSize(36, 36);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    m_requesterTitle = new QLabel(m_content);
    m_requesterTitle->setObjectName(QStringLiteral("requesterTitle"));
    QFont titleFont = m_requesterTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_requesterTitle->setFont(titleFont);
    m_requesterName = new QLabel(m_content);
    m_requesterName->setObjectName(QStringLiteral("requesterName"));
    Appearance::dim(m_requesterName);
    m_requesterName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requesterDescription = new QLabel(m_content);
    m_requesterDescription->setWordWrap(true);
    Appearance::dim(m_requesterDescription);
    titles->addWidget(m_requesterTitle);
    titles->addWidget(m_requesterName);
    titles->addWidget(m_requesterDescription);
    header->addWidget(m_requesterIcon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    m_requesterFixed = new QLabel(m_content);
    m_requesterFixed->setObjectName(QStringLiteral("requesterFixed"));
    m_requesterFixed->setWordWrap(true);
    Appearance::dim(m_requesterFixed);
    m_requesterFixed->setText(tr("A saved model keeps its requester (LangBot's update has no requester "
                                 "field). To use another one, duplicate the model and pick it there."));
    m_requesterFixed->setVisible(m_mode == Mode::Edit);
    layout->addWidget(m_requesterFixed);

    layout->addWidget(sectionHeading(tr("General"), m_content));
    m_general = new SchemaForm(m_content);
    m_general->setObjectName(QStringLiteral("generalForm"));
    layout->addWidget(m_general);

    m_configHeading = sectionHeading(tr("Connection"), m_content);
    layout->addWidget(m_configHeading);
    m_config = new SchemaForm(m_content);
    m_config->setObjectName(QStringLiteral("configForm"));
    layout->addWidget(m_config);

    layout->addWidget(sectionHeading(tr("Keys and Abilities"), m_content));
    layout->addWidget(buildAccessSection());
    layout->addStretch(1);
}

QWidget *ModelDialog::buildAccessSection()
{
    auto *access = new QWidget(m_content);
    m_accessForm = new QFormLayout(access);
    m_accessForm->setContentsMargins(0, 0, 0, 0);
    m_accessForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_accessForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_accessForm->setVerticalSpacing(12);
    m_accessForm->setHorizontalSpacing(16);

    auto *keysBox = new QWidget(access);
    auto *keysLayout = new QVBoxLayout(keysBox);
    keysLayout->setContentsMargins(0, 0, 0, 0);
    keysLayout->setSpacing(4);
    m_keys = new ApiKeysEditor(keysBox);
    keysLayout->addWidget(m_keys);
    m_copyKeys = new QCheckBox(keysBox);
    m_copyKeys->setObjectName(QStringLiteral("copyKeys"));
    const int sourceKeys = m_original.apiKeyCount();
    m_copyKeys->setText(sourceKeys == 1 ? tr("Copy the API key of “%1”").arg(m_original.name())
                                        : tr("Copy the %1 API keys of “%2”").arg(sourceKeys).arg(m_original.name()));
    m_copyKeys->setToolTip(tr("Off: the copy starts without keys, so no secret is duplicated unless you ask"));
    m_copyKeys->setVisible(m_mode == Mode::Duplicate && sourceKeys > 0);
    keysLayout->addWidget(m_copyKeys);
    m_keysError = errorLabel(QStringLiteral("keysError"), keysBox);
    keysLayout->addWidget(m_keysError);
    auto *keysLabel = new QLabel(tr("API &keys"), access);
    m_accessForm->addRow(keysLabel, keysBox);

    m_abilities = new AbilitiesEditor(access);
    auto *abilitiesLabel = new QLabel(tr("&Abilities"), access);
    abilitiesLabel->setBuddy(m_abilities->firstFocusWidget());
    m_accessForm->addRow(abilitiesLabel, m_abilities);

    auto *argsBox = new QWidget(access);
    auto *argsLayout = new QVBoxLayout(argsBox);
    argsLayout->setContentsMargins(0, 0, 0, 0);
    argsLayout->setSpacing(4);
    m_extraArgs = new ExtraArgsEditor(argsBox);
    argsLayout->addWidget(m_extraArgs);
    m_argsError = errorLabel(QStringLiteral("extraArgsError"), argsBox);
    argsLayout->addWidget(m_argsError);
    auto *argsLabel = new QLabel(tr("E&xtra arguments"), access);
    m_accessForm->addRow(argsLabel, argsBox);
    // The same indent as the schema forms' labels (room for their changed mark).
    for (QLabel *label : {keysLabel, abilitiesLabel, argsLabel})
        label->setContentsMargins(SchemaForm::labelIndent(), 0, 0, 0);

    return access;
}

// Without the server's requester list: the requester's name, typed.
void ModelDialog::buildRequesterCombo()
{
    m_requesterCombo = new QComboBox(m_content);
    m_requesterCombo->setObjectName(QStringLiteral("requesterNameCombo"));
    m_requesterCombo->setEditable(true);
    m_requesterCombo->setInsertPolicy(QComboBox::NoInsert);
    QStringList names = m_context.knownRequesters;
    if (!m_requester.isEmpty())
        names.prepend(m_requester);
    names.removeDuplicates();
    names.sort();
    m_requesterCombo->addItems(names);
    m_requesterCombo->setCurrentText(m_requester);
    m_requesterCombo->lineEdit()->setPlaceholderText(tr("e.g. openai-chat-completions"));
    connect(m_requesterCombo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        m_requester = text.trimmed();
        m_schema = m_schemas ? m_schemas->schemaFor(m_requester)
                             : RequesterSchema::generic(m_requester, RequesterSchema::GenericReason::Offline);
        updateRequesterHeader();
        updateNotice();
        updateState();
    });
}

void ModelDialog::onSchemasLoaded()
{
    const QList<RequesterSchema> requesters = m_schemas ? m_schemas->requesters() : QList<RequesterSchema>();
    const bool manual = m_mode != Mode::Edit && requesters.isEmpty();

    if (m_mode != Mode::Edit && !manual) {
        m_picker->setRequesters(requesters, m_icons);
        if (m_mode == Mode::New) {
            m_requester = findRequester(requesters, m_context.defaultRequester) ? m_context.defaultRequester
                                                                                : requesters.constFirst().name();
        }
        m_picker->setCurrentName(m_requester);
    }
    m_pickerPanel->setVisible(m_mode != Mode::Edit && !manual);
    if (m_pickerPanel->isHidden() && m_mode != Mode::Edit) {
        m_ui->pickerLine->hide();
        resize(700, height());
    }

    buildContent();
    if (manual)
        buildRequesterCombo();

    connect(m_keys, &ApiKeysEditor::changed, this, [this] {
        updateTabOrder();
        updateState();
    });
    connect(m_copyKeys, &QCheckBox::toggled, this, &ModelDialog::applyKeysCopy);
    connect(m_abilities, &AbilitiesEditor::changed, this, &ModelDialog::updateState);
    connect(m_extraArgs, &ExtraArgsEditor::changed, this, [this] {
        updateTabOrder();
        updateState();
    });
    connect(m_general, &SchemaForm::changed, this, &ModelDialog::updateState);
    connect(m_config, &SchemaForm::changed, this, &ModelDialog::updateState);

    m_scroll->setWidget(m_content); // deletes the loading label
    m_loadingLabel = nullptr;
    m_ready = true;

    LlmModel base;
    switch (m_mode) {
    case Mode::New:
        base = LlmModel(QJsonObject());
        break;
    case Mode::Edit:
        base = m_original;
        break;
    case Mode::Duplicate:
        base = ModelEdits::duplicate(m_original, false, m_context.takenNames);
        break;
    }
    loadRecord(base, base);
    if (QLineEdit *name = nameEdit())
        name->setFocus(Qt::OtherFocusReason);
    emit ready();
}

void ModelDialog::loadRecord(const LlmModel &base, const LlmModel &values)
{
    m_loading = true;
    if (m_mode == Mode::Edit)
        m_original = base;
    m_base = base;

    // General: name and description (and the requester typed by hand).
    const QJsonObject general{{QLatin1String(kName), base.name()}, {QLatin1String(kDescription), base.description()}};
    m_general->setSchema(generalSchema(), general,
                         m_mode == Mode::New ? ConfigDraft::Mode::New : ConfigDraft::Mode::Existing);
    if (m_requesterCombo && m_general->formLayout()->indexOf(m_requesterCombo) < 0) {
        auto *label = new QLabel(tr("&Requester *"), m_general);
        label->setBuddy(m_requesterCombo);
        label->setToolTip(tr("Required"));
        m_general->formLayout()->addRow(label, m_requesterCombo);
        label->show();
        m_requesterCombo->show();
    }

    // requester_config.
    m_schema = m_schemas ? m_schemas->schemaFor(m_requester)
                         : RequesterSchema::generic(m_requester, RequesterSchema::GenericReason::Offline);
    buildConfigForm(base.requesterConfig(), m_mode != Mode::New);

    m_keys->setKeys(base.apiKeys());
    if (m_copyKeys->isChecked()) {
        const QSignalBlocker blocker(m_copyKeys);
        m_copyKeys->setChecked(false);
    }
    m_abilities->setAbilities(base.abilities());
    m_extraArgs->setArgs(base.extraArgs());
    m_loading = false;
    m_initial = edited().json();

    // My values on top (after a conflict: re-edit).
    if (values.json() != base.json()) {
        if (values.name() != base.name())
            m_general->setValue(QLatin1String(kName), values.name());
        if (values.description() != base.description())
            m_general->setValue(QLatin1String(kDescription), values.description());
        const QJsonObject config = values.requesterConfig();
        for (const FieldSpec &field : m_schema.fields()) {
            const QJsonValue value = config.value(field.name());
            FieldEditor *editor = m_config->editor(field.name());
            if (!value.isUndefined() && editor && !FieldSpec::equivalent(value, editor->value()))
                m_config->setValue(field.name(), value);
        }
        const QJsonObject extras = m_schema.extraConfig(config);
        if (!FieldSpec::equivalent(extras, m_config->draft().extras()))
            m_config->setExtras(extras);
        if (values.apiKeys() != base.apiKeys())
            m_keys->setKeys(values.apiKeys());
        if (values.abilities() != base.abilities())
            m_abilities->setAbilities(values.abilities());
        if (!FieldSpec::equivalent(values.extraArgs(), base.extraArgs()))
            m_extraArgs->setArgs(values.extraArgs());
    }

    alignFormLabels({m_general->formLayout(), m_config->formLayout(), m_accessForm});
    updateRequesterHeader();
    updateNotice();
    updateTabOrder();
    updateState();
}

void ModelDialog::buildConfigForm(const QJsonObject &stored, bool existing)
{
    m_config->setSchema(m_schema, stored, existing ? ConfigDraft::Mode::Existing : ConfigDraft::Mode::New);
    alignFormLabels({m_general->formLayout(), m_config->formLayout(), m_accessForm});
}

void ModelDialog::setRequester(const QString &name)
{
    if (m_mode == Mode::Edit || !m_ready || name == m_requester || name.isEmpty())
        return;
    // What to keep: values typed or brought by the record, whose field the
    // new requester has too. A value still at the old default is not kept.
    QJsonObject kept;
    for (const FieldSpec &field : m_schema.fields()) {
        FieldEditor *editor = m_config->editor(field.name());
        if (!editor || !editor->isValid())
            continue;
        const QJsonValue value = editor->value();
        if (!FieldSpec::equivalent(value, field.defaultValue()))
            kept.insert(field.name(), value);
    }
    const QJsonObject extras = m_config->draft().extras();

    m_requester = name;
    m_schema = m_schemas ? m_schemas->schemaFor(name)
                         : RequesterSchema::generic(name, RequesterSchema::GenericReason::Offline);
    m_loading = true;
    QJsonObject stored = extras;
    buildConfigForm(stored, false);
    m_loading = false;
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        if (m_schema.hasField(it.key()))
            m_config->setValue(it.key(), it.value());
    }
    // An extra the new requester has a field for is a value of that field now.
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it) {
        if (m_schema.hasField(it.key()) && !kept.contains(it.key()))
            m_config->setValue(it.key(), it.value());
    }
    if (m_picker->currentName() != name)
        m_picker->setCurrentName(name);
    updateRequesterHeader();
    updateNotice();
    updateTabOrder();
    updateState();
}

void ModelDialog::applyKeysCopy(bool copy)
{
    m_keys->setKeys(copy ? m_original.apiKeys() : QStringList());
    updateTabOrder();
    updateState();
}

void ModelDialog::updateRequesterHeader()
{
    if (!m_requesterTitle)
        return;
    const QLocale locale;
    const QString label = m_requester.isEmpty() ? tr("No requester chosen") : m_schema.displayName(locale);
    const QIcon icon = m_requester.isEmpty() ? RequesterIcons::letterIcon(QStringLiteral("?"), QString())
        : m_icons                            ? m_icons->icon(m_requester, label)
                                             : RequesterIcons::letterIcon(label, m_requester);
    m_requesterIcon->setPixmap(icon.pixmap(QSize(36, 36)));
    m_requesterTitle->setText(label);
    QString detail = m_requester;
    if (!m_schema.providerCategory().isEmpty())
        detail += QStringLiteral(" · ") + m_schema.providerCategory();
    m_requesterName->setText(detail);
    const QString description = m_schema.displayDescription(locale);
    m_requesterDescription->setText(description);
    m_requesterDescription->setVisible(!description.isEmpty());
    m_configHeading->setText(m_requester.isEmpty() ? tr("Connection") : tr("Connection — %1").arg(label));
}

void ModelDialog::updateNotice()
{
    QString text;
    if (m_schema.isGeneric())
        text = m_schema.genericReasonText();
    else if (m_schemas)
        text = m_schemas->notice();
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QLineEdit *ModelDialog::nameEdit() const
{
    if (!m_general)
        return nullptr;
    auto *editor = qobject_cast<LineFieldEditor *>(m_general->editor(QLatin1String(kName)));
    return editor ? editor->lineEdit() : nullptr;
}

QLineEdit *ModelDialog::descriptionEdit() const
{
    if (!m_general)
        return nullptr;
    auto *editor = qobject_cast<LineFieldEditor *>(m_general->editor(QLatin1String(kDescription)));
    return editor ? editor->lineEdit() : nullptr;
}

RequesterSchema ModelDialog::schema() const
{
    return m_schema;
}

LlmModel ModelDialog::edited() const
{
    LlmModel model(m_base.json());
    if (!m_ready)
        return model;
    const bool isNew = m_mode != Mode::Edit;
    const QJsonObject base = m_base.json();
    const QString name = nameEdit() ? nameEdit()->text() : m_base.name();
    if (isNew || name != m_base.name() || !base.value(QLatin1String(kName)).isString())
        model.setName(name);
    const QString description = descriptionEdit() ? descriptionEdit()->text() : m_base.description();
    if (isNew || description != m_base.description())
        model.setDescription(description);
    if (isNew)
        model.setRequester(m_requester);
    const QJsonObject config = m_config->config();
    if (isNew || !FieldSpec::equivalent(config, base.value(QLatin1String("requester_config"))))
        model.setRequesterConfig(config);
    const QStringList keys = m_keys->keys();
    if (isNew || keys != m_base.apiKeys())
        model.setApiKeys(keys);
    const QStringList abilities = m_abilities->abilities();
    if (isNew || abilities != m_base.abilities())
        model.setAbilities(abilities);
    const QJsonObject args = m_extraArgs->args();
    if (isNew || !FieldSpec::equivalent(args, base.value(QLatin1String("extra_args"))))
        model.setExtraArgs(args);
    return model;
}

QJsonObject ModelDialog::body() const
{
    const LlmModel model = edited();
    return m_mode == Mode::Edit ? model.updateBody() : model.createBody();
}

QList<FieldChange> ModelDialog::shownChanges(QList<FieldChange> changes) const
{
    for (FieldChange &change : changes) {
        for (const FieldSpec &field : m_schema.fields()) {
            if (field.isMasked()
                && change.path == TransferJson::memberPath(QStringLiteral("requester_config"), field.name())) {
                change.secret = true;
                change.oldText = change.kind == FieldChange::Kind::Added ? QString() : tr("(set)");
                change.newText = change.kind == FieldChange::Kind::Removed ? QString()
                    : change.kind == FieldChange::Kind::Added              ? tr("(set)")
                                                                           : tr("(changed)");
            }
        }
    }
    return changes;
}

QList<FieldChange> ModelDialog::changes() const
{
    return shownChanges(ImportPlan::diff(m_mode == Mode::Edit ? m_original.json() : QJsonObject(), body()));
}

bool ModelDialog::isDirty() const
{
    return m_ready && !FieldSpec::equivalent(edited().json(), m_initial);
}

QString ModelDialog::problemsText() const
{
    QStringList problems;
    if (m_general) {
        for (const FieldProblem &problem : m_general->problems())
            problems.append(problem.message);
    }
    if (m_requesterCombo && m_requester.isEmpty())
        problems.append(tr("Type the name of a requester."));
    if (m_config) {
        for (const FieldProblem &problem : m_config->problems())
            problems.append(problem.message);
    }
    if (m_keys && !m_keys->error().isEmpty())
        problems.append(m_keys->error());
    if (m_extraArgs && !m_extraArgs->error().isEmpty())
        problems.append(m_extraArgs->error());
    if (problems.isEmpty())
        return {};
    if (problems.size() == 1)
        return problems.constFirst();
    if (problems.size() == 2)
        return tr("%1 (and 1 more problem)").arg(problems.constFirst());
    return tr("%1 (and %2 more problems)").arg(problems.constFirst()).arg(problems.size() - 1);
}

QString ModelDialog::testBlockedReason() const
{
    if (!m_ready)
        return tr("Waiting for the requester settings…");
    if (!m_context.client)
        return tr("Not connected to a server.");
    if (isSaving())
        return tr("Saving…");
    if (m_requester.isEmpty())
        return tr("Choose a requester first.");
    return problemsText();
}

QString ModelDialog::saveBlockedReason() const
{
    if (!m_ready)
        return tr("Waiting for the requester settings…");
    if (isSaving())
        return tr("Saving…");
    if (!m_context.client)
        return tr("Not connected to a server: nothing can be saved.");
    if (m_requester.isEmpty())
        return tr("Choose a requester first.");
    const QString problems = problemsText();
    if (!problems.isEmpty())
        return problems;
    if (m_mode == Mode::Edit && !isDirty())
        return tr("Nothing has changed yet.");
    return {};
}

void ModelDialog::updateState()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    setWindowModified(dirty);

    const QString reason = saveBlockedReason();
    m_save->setEnabled(reason.isEmpty());
    m_save->setToolTip(reason.isEmpty() ? tr("Review what will be sent, then save (Ctrl+S)") : reason);
    m_save->setAccessibleDescription(reason);
    m_saveHint->setText(reason);
    const bool problem = m_ready && !isSaving() && !problemsText().isEmpty();
    if (problem)
        Appearance::setTextTone(m_saveHint, Appearance::Tone::Failure);
    else
        Appearance::dim(m_saveHint);

    const QString testReason = testBlockedReason();
    m_test->setEnabled(testReason.isEmpty() && !m_testCall);
    m_test->setToolTip(testReason.isEmpty()
                           ? tr("Send the form to the server's test of unsaved settings: one small chat "
                                "request to the provider; nothing is saved (Ctrl+T)")
                           : testReason);

    if (m_keys) {
        const QString keysError = m_keys->error();
        m_keysError->setText(keysError);
        m_keysError->setVisible(!keysError.isEmpty());
        const QString argsError = m_extraArgs->error();
        m_argsError->setText(argsError);
        m_argsError->setVisible(!argsError.isEmpty());
    }
}

QList<QWidget *> ModelDialog::focusChain() const
{
    QList<QWidget *> chain;
    if (m_pickerPanel && m_pickerPanel->isVisibleTo(this))
        chain << m_picker->searchEdit() << m_picker->listView();
    if (m_general)
        chain += m_general->focusChain();
    if (m_requesterCombo)
        chain << m_requesterCombo;
    if (m_config)
        chain += m_config->focusChain();
    if (m_keys) {
        chain += m_keys->focusChain();
        if (m_copyKeys->isVisibleTo(this))
            chain << m_copyKeys;
        chain += m_abilities->focusChain();
        chain += m_extraArgs->focusChain();
    }
    chain << m_test << m_cancelTest << m_cancel << m_save;
    return chain;
}

void ModelDialog::updateTabOrder()
{
    const QList<QWidget *> chain = focusChain();
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
    // The label of API keys names the first key (or Add Key).
    if (m_accessForm) {
        if (auto *label = qobject_cast<QLabel *>(m_accessForm->itemAt(0, QFormLayout::LabelRole)->widget()))
            label->setBuddy(m_keys->firstFocusWidget());
        if (auto *label = qobject_cast<QLabel *>(m_accessForm->itemAt(2, QFormLayout::LabelRole)->widget()))
            label->setBuddy(m_extraArgs->firstFocusWidget());
    }
}

// --- test and save ----------------------------------------------------------------------

void ModelDialog::test()
{
    const QString reason = testBlockedReason();
    if (!reason.isEmpty() || m_testCall) {
        if (!reason.isEmpty()) {
            m_general->revealErrors();
            m_config->revealErrors();
            showTestResult(QStringLiteral("error"), reason);
        }
        return;
    }
    runTestCall(m_context.client->testUnsavedModel(edited().createBody()));
}

QString ModelDialog::testFailureText(const ApiError &error) const
{
    return error.serverMessage().isEmpty() ? error.message() : error.serverMessage();
}

void ModelDialog::revealProblems()
{
    if (m_general)
        m_general->revealErrors();
    if (m_config)
        m_config->revealErrors();
}

void ModelDialog::savingChanged(bool saving)
{
    m_scroll->setEnabled(!saving);
    m_pickerPanel->setEnabled(!saving);
}

ApiCall *ModelDialog::sendWrite()
{
    if (m_mode == Mode::Edit)
        return m_context.client->updateModel(m_original.uuid(), body());
    return m_context.client->createModel(body());
}

QJsonObject ModelDialog::updateBody(const LlmModel &model) const
{
    return model.updateBody();
}

void ModelDialog::loadRebased(const LlmModel &theirs, const LlmModel &mine)
{
    loadRecord(theirs, mine);
}

} // namespace lb::gui
