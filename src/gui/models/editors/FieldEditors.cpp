#include "FieldEditors.h"

#include "settings/Appearance.h"
#include "widgets/RevealAction.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>

namespace lb::gui {

namespace {

QIcon bundledIcon(const char *name)
{
    return Appearance::icon(QLatin1String(name));
}

QString boundText(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Sets the flag for the time of a setValue().
class Setting
{
public:
    explicit Setting(bool &flag)
        : m_flag(flag)
        , m_old(flag)
    {
        m_flag = true;
    }
    ~Setting() { m_flag = m_old; }
    Setting(const Setting &) = delete;
    Setting &operator=(const Setting &) = delete;

private:
    bool &m_flag;
    bool m_old;
};

QToolButton *smallButton(QWidget *parent, const char *iconName, const QString &text, const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setIcon(bundledIcon(iconName));
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    button->setObjectName(objectName);
    return button;
}

int linesHeight(const QWidget *widget, int lines)
{
    return widget->fontMetrics().lineSpacing() * lines + 14;
}

} // namespace

// The editors no one outside needs by their type (create() makes them).

// "text": several lines.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    TextFieldEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, Kind::Text, new QPlainTextEdit(parent))
        , m_edit(static_cast<QPlainTextEdit *>(widget()))
    {
        m_edit->setTabChangesFocus(true);
        m_edit->setFixedHeight(linesHeight(m_edit, 4));
        setFocusWidgets(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, &TextFieldEditor::notifyChanged);
    }
    QJsonValue value() const override { return m_edit->toPlainText(); }
    void setValue(const QJsonValue &value) override
    {
        Setting guard(m_setting);
        m_edit->setPlainText(m_spec.toText(value));
    }

private:
    QPlainTextEdit *m_edit;
};

// "boolean": a check box.
class BooleanFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    BooleanFieldEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, Kind::Boolean, new QCheckBox(parent))
        , m_check(static_cast<QCheckBox *>(widget()))
    {
        m_check->setText(tr("Enabled"));
        setFocusWidgets(m_check);
        connect(m_check, &QCheckBox::toggled, this, &BooleanFieldEditor::notifyChanged);
    }
    QJsonValue value() const override { return m_check->isChecked(); }
    void setValue(const QJsonValue &value) override
    {
        Setting guard(m_setting);
        m_check->setChecked(value.isBool() && value.toBool());
    }

private:
    QCheckBox *m_check;
};

namespace {

template<class Editor>
FieldEditor *make(const FieldSpec &spec, QWidget *parent)
{
    return new Editor(spec, parent);
}

// The editor of each kind, by FieldEditor::Kind's value.
constexpr FieldEditor *(*kMakers[])(const FieldSpec &, QWidget *) = {
    make<LineFieldEditor>,   make<TextFieldEditor>,       make<SecretFieldEditor>,
    make<NumberFieldEditor>, make<NumberFieldEditor>,     make<BooleanFieldEditor>,
    make<SelectFieldEditor>, make<StringListFieldEditor>, make<JsonFieldEditor>,
};
static_assert(std::size(kMakers) == int(FieldEditor::Kind::Json) + 1);

} // namespace

// --- FieldEditor ------------------------------------------------------------------

FieldEditor::FieldEditor(const FieldSpec &spec, Kind kind, QWidget *widget)
    : QObject(widget)
    , m_spec(spec)
    , m_kind(kind)
    , m_widget(widget)
{
    widget->setObjectName(QStringLiteral("field_%1").arg(spec.name()));
}

FieldEditor::Kind FieldEditor::kindFor(const FieldSpec &spec, bool rawJson)
{
    if (rawJson)
        return Kind::Json;
    switch (spec.type()) {
    case FieldSpec::Type::String:
        return Kind::Line;
    case FieldSpec::Type::Text:
        return Kind::Text;
    case FieldSpec::Type::Secret:
        return Kind::Secret;
    case FieldSpec::Type::Integer:
        return Kind::Integer;
    case FieldSpec::Type::Number:
        return Kind::Number;
    case FieldSpec::Type::Boolean:
        return Kind::Boolean;
    case FieldSpec::Type::Select:
        return Kind::Select;
    case FieldSpec::Type::StringList:
        return Kind::StringList;
    case FieldSpec::Type::Object:
    case FieldSpec::Type::Unknown:
        break;
    }
    return Kind::Json;
}

FieldEditor *FieldEditor::create(const FieldSpec &spec, bool rawJson, QWidget *parent)
{
    FieldEditor *editor = kMakers[int(kindFor(spec, rawJson))](spec, parent);
    if (spec.type() == FieldSpec::Type::Unknown) {
        editor->setNote(tr("This console does not know the type “%1”: the value is edited as JSON "
                           "and sent as typed.")
                            .arg(spec.rawType().isEmpty() ? tr("(none)") : spec.rawType()));
    }
    return editor;
}

QString FieldEditor::error() const
{
    return m_spec.validate(value(), m_locale);
}

bool FieldEditor::isDirty() const
{
    return m_spec.isDirty(value(), m_original);
}

QList<QWidget *> FieldEditor::focusChain() const
{
    return {m_focus.data()};
}

void FieldEditor::setFocusWidgets(QWidget *first, QWidget *last)
{
    m_focus = first;
    m_last = last;
    const QString description = m_spec.displayDescription(m_locale);
    QString accessible = m_spec.isRequired() ? tr("Required.") : QString();
    if (!description.isEmpty())
        accessible = accessible.isEmpty() ? description : accessible + QLatin1Char(' ') + description;
    if (!accessible.isEmpty())
        first->setAccessibleDescription(accessible);
}

void FieldEditor::notifyChanged()
{
    if (!m_setting)
        emit changed();
}

// --- string ---------------------------------------------------------------------------

LineFieldEditor::LineFieldEditor(const FieldSpec &spec, QWidget *parent)
    : LineFieldEditor(spec, Kind::Line, parent)
{
    if (spec.isUrl())
        m_edit->setPlaceholderText(tr("https://api.example.com/v1"));
}

LineFieldEditor::LineFieldEditor(const FieldSpec &spec, Kind kind, QWidget *parent)
    : FieldEditor(spec, kind, new QLineEdit(parent))
    , m_edit(static_cast<QLineEdit *>(widget()))
{
    setFocusWidgets(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &LineFieldEditor::notifyChanged);
}

QJsonValue LineFieldEditor::value() const
{
    return m_edit->text();
}

void LineFieldEditor::setValue(const QJsonValue &value)
{
    Setting guard(m_setting);
    m_edit->setText(m_spec.toText(value));
}

// --- secret ---------------------------------------------------------------------------

SecretFieldEditor::SecretFieldEditor(const FieldSpec &spec, QWidget *parent)
    : LineFieldEditor(spec, Kind::Secret, parent)
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto *reveal = new RevealAction(m_edit, tr("Show"), tr("Hide"));
    reveal->setToolTips(tr("Show the value"), tr("Hide the value"));
    m_reveal = reveal;
    m_reveal->setObjectName(QStringLiteral("revealAction"));
}

bool SecretFieldEditor::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void SecretFieldEditor::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

// --- integer and number --------------------------------------------------------------

NumberFieldEditor::NumberFieldEditor(const FieldSpec &spec, QWidget *parent)
    : LineFieldEditor(spec, spec.type() == FieldSpec::Type::Integer ? Kind::Integer : Kind::Number, parent)
{
    const bool integer = spec.type() == FieldSpec::Type::Integer;
    QString hint = integer ? tr("A whole number") : tr("A number");
    if (spec.minimum() && spec.maximum())
        hint = tr("%1 from %2 to %3").arg(hint, boundText(*spec.minimum()), boundText(*spec.maximum()));
    else if (spec.minimum())
        hint = tr("%1 of at least %2").arg(hint, boundText(*spec.minimum()));
    else if (spec.maximum())
        hint = tr("%1 of at most %2").arg(hint, boundText(*spec.maximum()));
    m_edit->setPlaceholderText(hint);
    m_edit->setInputMethodHints(integer ? Qt::ImhFormattedNumbersOnly : Qt::ImhPreferNumbers);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22 + 24);
}

QJsonValue NumberFieldEditor::value() const
{
    QJsonValue parsed;
    if (m_spec.fromText(m_edit->text(), &parsed, nullptr, m_locale))
        return parsed;
    return m_edit->text(); // not a number: kept as typed; error() says why
}

QString NumberFieldEditor::error() const
{
    return m_spec.validateText(m_edit->text(), m_locale);
}

// --- select -----------------------------------------------------------------------------

SelectFieldEditor::SelectFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec, Kind::Select, new QComboBox(parent))
    , m_combo(static_cast<QComboBox *>(widget()))
{
    const QList<FieldSpec::Option> options = spec.options();
    for (const FieldSpec::Option &option : options)
        m_combo->addItem(option.displayLabel(m_locale), option.name);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setFocusWidgets(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &SelectFieldEditor::notifyChanged);
}

QJsonValue SelectFieldEditor::value() const
{
    if (m_combo->currentIndex() < 0)
        return QString();
    return m_combo->currentData().toString();
}

void SelectFieldEditor::setValue(const QJsonValue &value)
{
    Setting guard(m_setting);
    const QString name = value.isString() ? value.toString() : m_spec.toText(value);
    int index = m_combo->findData(name);
    if (index < 0) {
        // Kept, not dropped: an empty choice, or a value the options lack.
        if (name.isEmpty()) {
            m_combo->insertItem(0, m_spec.isRequired() ? tr("Choose…") : tr("(none)"), QString());
            index = 0;
        } else {
            m_combo->addItem(tr("%1 (not an option)").arg(name), name);
            index = m_combo->count() - 1;
        }
    }
    m_combo->setCurrentIndex(index);
}

// --- array[string] ----------------------------------------------------------------------

StringListFieldEditor::StringListFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec, Kind::StringList, new QWidget(parent))
{
    QWidget *box = widget();
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_list = new QListWidget(box);
    m_list->setObjectName(QStringLiteral("items"));
    m_list->setFixedHeight(linesHeight(m_list, 4));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_list, 1);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(0);
    const QString label = spec.displayLabel(m_locale);
    m_add = smallButton(box, "add", tr("Add an item to %1").arg(label), QStringLiteral("addItem"));
    m_remove = smallButton(box, "delete", tr("Remove the selected item"), QStringLiteral("removeItem"));
    m_up = smallButton(box, "up", tr("Move the selected item up"), QStringLiteral("moveItemUp"));
    m_down = smallButton(box, "down", tr("Move the selected item down"), QStringLiteral("moveItemDown"));
    for (QToolButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] { addItem(); });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        delete m_list->takeItem(row);
        updateButtons();
        notifyChanged();
    });
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::itemChanged, this, &StringListFieldEditor::notifyChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &StringListFieldEditor::updateButtons);
    setFocusWidgets(m_list, m_down);
    updateButtons();
}

void StringListFieldEditor::addItem(const QString &text, bool edit)
{
    auto *item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->addItem(item);
    m_list->setCurrentItem(item);
    if (edit)
        m_list->editItem(item);
    updateButtons();
    notifyChanged();
}

void StringListFieldEditor::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    notifyChanged();
}

void StringListFieldEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

QList<QWidget *> StringListFieldEditor::focusChain() const
{
    return {m_list, m_add, m_remove, m_up, m_down};
}

QJsonValue StringListFieldEditor::value() const
{
    QJsonArray items;
    for (int i = 0; i < m_list->count(); ++i)
        items.append(m_list->item(i)->text());
    return items;
}

void StringListFieldEditor::setValue(const QJsonValue &value)
{
    Setting guard(m_setting);
    m_list->clear();
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        auto *entry = new QListWidgetItem(item.toString());
        entry->setFlags(entry->flags() | Qt::ItemIsEditable);
        m_list->addItem(entry);
    }
    updateButtons();
}

// --- JSON ---------------------------------------------------------------------------------

JsonFieldEditor::JsonFieldEditor(const FieldSpec &spec, QWidget *parent)
    : FieldEditor(spec, Kind::Json, new QWidget(parent))
{
    QWidget *box = widget();
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit = new QPlainTextEdit(box);
    m_edit->setObjectName(QStringLiteral("json"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFixedHeight(linesHeight(m_edit, 4));
    m_edit->setPlaceholderText(spec.type() == FieldSpec::Type::Object ? QStringLiteral("{ }")
                                                                      : tr("JSON, e.g. \"text\", 3, true, [1, 2]"));
    layout->addWidget(m_edit, 1);
    auto *side = new QVBoxLayout;
    m_format = new QToolButton(box);
    m_format->setObjectName(QStringLiteral("formatJson"));
    m_format->setText(tr("Format"));
    m_format->setToolTip(tr("Check the JSON and indent it"));
    side->addWidget(m_format);
    side->addStretch();
    layout->addLayout(side);
    connect(m_format, &QToolButton::clicked, this, [this] { prettyPrint(); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JsonFieldEditor::notifyChanged);
    setFocusWidgets(m_edit, m_format);
}

QList<QWidget *> JsonFieldEditor::focusChain() const
{
    return {m_edit, m_format};
}

bool JsonFieldEditor::parse(QJsonValue *value, QString *error) const
{
    const QString text = m_edit->toPlainText();
    if (m_spec.type() == FieldSpec::Type::Object || m_spec.type() == FieldSpec::Type::Unknown)
        return m_spec.fromText(text, value, error, m_locale);
    // A stored value that does not fit its type: any JSON; validate() says
    // whether it fits now.
    if (text.trimmed().isEmpty()) {
        *value = QJsonValue(QJsonValue::Null);
        return true;
    }
    QString why;
    if (!FieldSpec::parseJsonText(text, value, &why)) {
        if (error)
            *error = tr("%1 is not valid JSON: %2.").arg(m_spec.displayLabel(m_locale), why);
        return false;
    }
    return true;
}

QJsonValue JsonFieldEditor::value() const
{
    QJsonValue parsed;
    if (parse(&parsed, nullptr))
        return parsed;
    return QJsonValue(QJsonValue::Undefined);
}

QString JsonFieldEditor::error() const
{
    QJsonValue parsed;
    QString why;
    if (!parse(&parsed, &why))
        return why;
    return m_spec.validate(parsed, m_locale);
}

bool JsonFieldEditor::isDirty() const
{
    QJsonValue parsed;
    if (!parse(&parsed, nullptr))
        return true;
    return m_spec.isDirty(parsed, original());
}

void JsonFieldEditor::setValue(const QJsonValue &value)
{
    Setting guard(m_setting);
    m_edit->setPlainText(FieldSpec::toJsonText(value, true));
}

bool JsonFieldEditor::prettyPrint()
{
    QJsonValue parsed;
    if (!parse(&parsed, nullptr) || parsed.isUndefined())
        return false;
    const QString pretty = FieldSpec::toJsonText(parsed, true);
    if (pretty != m_edit->toPlainText())
        m_edit->setPlainText(pretty);
    return true;
}

} // namespace lb::gui

#include "FieldEditors.moc"
