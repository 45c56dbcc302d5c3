#include "SchemaForm.h"

#include "settings/Appearance.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <optional>

namespace lb::gui {

namespace {

const QString kOtherSettings = QStringLiteral("__other_settings");

// A small note under a field; tone: its colour, or none for a dimmed text.
QLabel *smallLabel(const QString &text, const QString &objectName, std::optional<Appearance::Tone> tone,
                   QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    if (tone)
        Appearance::setTextTone(label, *tone);
    else
        Appearance::dim(label);
    return label;
}

int lineEditHeight()
{
    static const int height = QLineEdit().sizeHint().height();
    return height;
}

} // namespace

SchemaForm::SchemaForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_layout->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setVerticalSpacing(10);
    m_layout->setHorizontalSpacing(16);
}

void SchemaForm::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_rows.clear();
    m_extras = nullptr;
    m_revealAll = false;
}

void SchemaForm::setSchema(const RequesterSchema &schema, const QJsonObject &stored, ConfigDraft::Mode mode)
{
    clear();
    m_draft = ConfigDraft(schema, stored, mode);
    m_revealAll = mode == ConfigDraft::Mode::Existing;
    const QLocale locale;

    for (const FieldSpec &field : schema.fields()) {
        const FieldSpec::LoadedValue loaded = m_draft.loaded(field.name());
        FieldEditor *editor = FieldEditor::create(field, loaded.needsRawEditor(), this);
        editor->setValue(m_draft.value(field.name()));
        editor->setOriginal(m_draft.originalValue(field.name()));
        QString note = editor->note();
        if (mode == ConfigDraft::Mode::Existing && !loaded.note.isEmpty())
            note = note.isEmpty() ? loaded.note : note + QLatin1Char(' ') + loaded.note;
        addRow(editor, field.displayLabel(locale), field.isRequired(), field.displayDescription(locale), note);
    }

    if (schema.isGeneric() || !m_draft.extras().isEmpty())
        addExtrasRow();
}

void SchemaForm::addExtrasRow()
{
    FieldSpec other(kOtherSettings, FieldSpec::Type::Object);
    other.setLabel(I18nText::plain(tr("Other settings")));
    auto *editor = static_cast<JsonFieldEditor *>(FieldEditor::create(other, false, this));
    editor->widget()->setObjectName(QStringLiteral("otherSettings"));
    editor->setValue(m_draft.extras());
    editor->setOriginal(m_draft.originalExtras());
    const QString help = m_draft.schema().isGeneric()
        ? tr("The rest of requester_config, as a JSON object.")
        : tr("Keys of requester_config that the requester's settings do not describe. They are "
             "kept as they are unless you change them here.");
    m_extras = editor;
    addRow(editor, tr("Other settings"), false, help, {});
}

void SchemaForm::setExtras(const QJsonObject &extras)
{
    if (!m_extras)
        addExtrasRow();
    m_extras->setValue(extras);
    onEdited(m_extras);
}

void SchemaForm::addRow(FieldEditor *editor, const QString &labelText, bool required, const QString &help,
                        const QString &note)
{
    Row row;
    auto *labelBox = new QWidget(this);
    labelBox->setObjectName(QStringLiteral("label_%1").arg(editor->key()));
    labelBox->setMinimumHeight(lineEditHeight());
    auto *labelLayout = new QHBoxLayout(labelBox);
    labelLayout->setContentsMargins(0, 0, 0, 0);
    labelLayout->setSpacing(3);
    row.dirtyMark = new QLabel(QStringLiteral("●"), labelBox);
    row.dirtyMark->setObjectName(QStringLiteral("changedMark"));
    QFont small = row.dirtyMark->font();
    small.setPointSizeF(8);
    row.dirtyMark->setFont(small);
    Appearance::setTextTone(row.dirtyMark, Appearance::Tone::Accent);
    row.dirtyMark->setFixedWidth(labelIndent() - labelLayout->spacing());
    row.dirtyMark->setToolTip(tr("Changed"));
    QSizePolicy keep = row.dirtyMark->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    row.dirtyMark->setSizePolicy(keep);
    row.dirtyMark->hide();
    row.text = new QLabel(labelText, labelBox);
    row.text->setTextFormat(Qt::PlainText);
    row.text->setBuddy(editor->focusWidget());
    // Qt finds a buddy label only among the field's siblings; this one is in
    // another box, so the field carries the label's text itself.
    if (QWidget *focus = editor->focusWidget()) {
        if (focus->accessibleName().isEmpty())
            focus->setAccessibleName(labelText);
        if (focus->accessibleDescription().isEmpty() && !help.isEmpty())
            focus->setAccessibleDescription(help);
    }
    labelLayout->addWidget(row.dirtyMark, 0, Qt::AlignVCenter);
    labelLayout->addWidget(row.text, 0, Qt::AlignVCenter);
    if (required) {
        auto *mark = new QLabel(QStringLiteral("*"), labelBox);
        mark->setObjectName(QStringLiteral("requiredMark"));
        QFont bold = mark->font();
        bold.setWeight(QFont::DemiBold);
        mark->setFont(bold);
        Appearance::setTextTone(mark, Appearance::Tone::Failure);
        mark->setToolTip(tr("Required"));
        labelLayout->addWidget(mark, 0, Qt::AlignVCenter);
    }
    labelLayout->addStretch();
    row.label = labelBox;

    auto *fieldBox = new QWidget(this);
    auto *fieldLayout = new QVBoxLayout(fieldBox);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    fieldLayout->setSpacing(3);
    editor->widget()->setParent(fieldBox);
    editor->widget()->show(); // setParent() hides it
    fieldLayout->addWidget(editor->widget());
    if (!note.isEmpty())
        fieldLayout->addWidget(smallLabel(note, QStringLiteral("note"), Appearance::Tone::Warning, fieldBox));
    if (!help.isEmpty())
        fieldLayout->addWidget(smallLabel(help, QStringLiteral("help"), std::nullopt, fieldBox));
    row.error
        = smallLabel(QString(), QStringLiteral("error_%1").arg(editor->key()), Appearance::Tone::Failure, fieldBox);
    row.error->hide();
    fieldLayout->addWidget(row.error);

    m_layout->addRow(labelBox, fieldBox);
    // Shown now, not when the layout's queued show runs (the form may be
    // visible already).
    labelBox->show();
    fieldBox->show();
    m_editors.append(editor);
    m_rows.insert(editor, row);
    connect(editor, &FieldEditor::changed, this, [this, editor] { onEdited(editor); });
    updateRow(editor);
}

void SchemaForm::onEdited(FieldEditor *editor)
{
    m_rows[editor].touched = true;
    if (editor == m_extras) {
        const QJsonValue value = editor->value();
        if (value.isObject())
            m_draft.setExtras(value.toObject());
    } else {
        m_draft.setValue(editor->key(), editor->value());
    }
    updateRow(editor);
    emit changed();
}

QString SchemaForm::errorOf(FieldEditor *editor) const
{
    return editor->error();
}

void SchemaForm::updateRow(FieldEditor *editor)
{
    Row &row = m_rows[editor];
    const QString error = errorOf(editor);
    const bool show = !error.isEmpty() && (row.touched || m_revealAll);
    row.error->setText(show ? error : QString());
    row.error->setVisible(show);
    QWidget *input = editor->focusWidget();
    if (input->property("invalid").toBool() != show) {
        input->setProperty("invalid", show);
        input->setStyleSheet(show ? QStringLiteral("border: 1px solid %1; border-radius: 3px;")
                                        .arg(Appearance::name(Appearance::Tone::Failure))
                                  : QString());
    }
    row.dirtyMark->setVisible(editor->isDirty());
}

void SchemaForm::setValue(const QString &field, const QJsonValue &value)
{
    FieldEditor *target = editor(field);
    if (!target)
        return;
    target->setValue(value);
    onEdited(target);
}

QList<FieldProblem> SchemaForm::problems() const
{
    QList<FieldProblem> result;
    for (FieldEditor *editor : m_editors) {
        const QString error = errorOf(editor);
        if (!error.isEmpty())
            result.append({editor == m_extras ? QString() : editor->key(), error});
    }
    return result;
}

bool SchemaForm::isDirty() const
{
    for (FieldEditor *editor : m_editors) {
        if (editor->isDirty())
            return true;
    }
    return false;
}

bool SchemaForm::isDirty(const QString &field) const
{
    const FieldEditor *target = field.isEmpty() ? m_extras : editor(field);
    return target && target->isDirty();
}

FieldEditor *SchemaForm::editor(const QString &field) const
{
    for (FieldEditor *editor : m_editors) {
        if (editor != m_extras && editor->key() == field)
            return editor;
    }
    return nullptr;
}

QString SchemaForm::shownError(const QString &field) const
{
    const FieldEditor *target = field.isEmpty() ? m_extras : editor(field);
    if (!target)
        return {};
    const Row row = m_rows.value(const_cast<FieldEditor *>(target));
    return row.error && !row.error->isHidden() ? row.error->text() : QString();
}

QLabel *SchemaForm::labelFor(const QString &field) const
{
    const FieldEditor *target = field.isEmpty() ? m_extras : editor(field);
    return target ? m_rows.value(const_cast<FieldEditor *>(target)).text : nullptr;
}

void SchemaForm::revealErrors()
{
    m_revealAll = true;
    for (FieldEditor *editor : std::as_const(m_editors))
        updateRow(editor);
}

int SchemaForm::labelIndent()
{
    return 12;
}

QWidget *SchemaForm::firstFocusWidget() const
{
    return m_editors.isEmpty() ? nullptr : m_editors.constFirst()->focusWidget();
}

QWidget *SchemaForm::lastFocusWidget() const
{
    return m_editors.isEmpty() ? nullptr : m_editors.constLast()->lastFocusWidget();
}

QList<QWidget *> SchemaForm::focusChain() const
{
    QList<QWidget *> chain;
    for (FieldEditor *editor : m_editors)
        chain += editor->focusChain();
    return chain;
}

void alignFormLabels(const QList<QFormLayout *> &forms)
{
    int width = 0;
    QList<QWidget *> labels;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels.append(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

} // namespace lb::gui
