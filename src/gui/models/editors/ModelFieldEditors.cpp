#include "ModelFieldEditors.h"

#include "schema/FieldSpec.h"
#include "settings/Appearance.h"

#include "model/ModelFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace lb::gui {

namespace {

QString numberText(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

// --- API keys ------------------------------------------------------------------------

ApiKeysEditor::ApiKeysEditor(QWidget *parent)
    : RowListEditor(tr("No keys. Providers on your own machine (such as Ollama) need none."), tr("Add Key"), parent)
{
    setObjectName(QStringLiteral("apiKeysEditor"));
    addButton()->setObjectName(QStringLiteral("addKey"));
    addButton()->setToolTip(tr("Add an API key (several keys are used in turn)"));
    connect(addButton(), &QPushButton::clicked, this, [this] { addKey(); });
    renumber();
}

void ApiKeysEditor::addKey(const QString &key)
{
    QWidget *box = newRowBox();
    box->layout()->setSpacing(2);
    auto *edit = new QLineEdit(key, box);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    edit->setPlaceholderText(tr("sk-…"));
    QToolButton *reveal = rowButton(box, QStringLiteral("show"), tr("Show the key"));
    reveal->setCheckable(true);
    auto *layout = static_cast<QHBoxLayout *>(box->layout());
    layout->addWidget(edit, 1);
    layout->addWidget(reveal);
    connect(reveal, &QToolButton::toggled, this, [edit, reveal](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(Appearance::icon(shown ? QStringLiteral("hide") : QStringLiteral("show")));
        reveal->setToolTip(shown ? tr("Hide the key") : tr("Show the key"));
        reveal->setAccessibleName(reveal->toolTip());
    });
    connect(edit, &QLineEdit::textChanged, this, &ApiKeysEditor::changed);
    appendRow(box, {edit, reveal}, tr("Remove the key"), key.isEmpty());
}

void ApiKeysEditor::nameRow(int row)
{
    QWidget *edit = widgetAt(row, 0);
    edit->setAccessibleName(tr("API key %1").arg(row + 1));
    edit->setObjectName(QStringLiteral("apiKey%1").arg(row + 1));
}

QStringList ApiKeysEditor::keys() const
{
    QStringList result;
    for (int i = 0; i < rowCount(); ++i)
        result.append(keyEdit(i)->text());
    return result;
}

void ApiKeysEditor::setKeys(const QStringList &keys)
{
    const QSignalBlocker blocker(this);
    clearRows();
    for (const QString &key : keys)
        addKey(key);
}

QString ApiKeysEditor::error() const
{
    QStringList problems;
    for (int i = 0; i < rowCount(); ++i) {
        const QString key = keyEdit(i)->text();
        if (key.trimmed().isEmpty())
            problems.append(tr("API key %1 is empty: type the key or remove the line.").arg(i + 1));
        else if (key.trimmed() != key)
            problems.append(tr("API key %1 starts or ends with a space.").arg(i + 1));
    }
    return problems.join(QLatin1Char(' '));
}

QLineEdit *ApiKeysEditor::keyEdit(int index) const
{
    return static_cast<QLineEdit *>(widgetAt(index, 0));
}

QToolButton *ApiKeysEditor::revealButton(int index) const
{
    return static_cast<QToolButton *>(widgetAt(index, 1));
}

// --- abilities ----------------------------------------------------------------------

AbilitiesEditor::AbilitiesEditor(QWidget *parent, Known knownSet)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("abilitiesEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *checks = new QHBoxLayout;
    checks->setSpacing(18);
    QList<QPair<QString, QString>> known{
        {QStringLiteral("vision"), tr("Vision (reads images)")},
        {QStringLiteral("func_call"), tr("Function calling (uses tools)")},
    };
    if (knownSet == Known::WithReasoning)
        known.append({QStringLiteral("reasoning"), tr("Reasoning (thinks before answering)")});
    for (const auto &[ability, text] : known) {
        auto *check = new QCheckBox(text, this);
        check->setObjectName(QStringLiteral("ability_%1").arg(ability));
        check->setProperty("ability", ability);
        check->setToolTip(tr("The ability “%1”").arg(ability));
        connect(check, &QCheckBox::toggled, this, &AbilitiesEditor::changed);
        checks->addWidget(check);
        m_checks.append(check);
    }
    checks->addStretch();
    layout->addLayout(checks);

    auto *otherRow = new QHBoxLayout;
    auto *otherLabel = new QLabel(tr("&Other:"), this);
    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("otherAbilities"));
    m_other->setPlaceholderText(tr("More abilities, separated by commas"));
    m_other->setToolTip(tr("Abilities this console has no check box for; they are kept as typed"));
    otherLabel->setBuddy(m_other);
    otherRow->addWidget(otherLabel);
    otherRow->addWidget(m_other, 1);
    layout->addLayout(otherRow);
    connect(m_other, &QLineEdit::textChanged, this, &AbilitiesEditor::changed);
}

QStringList AbilitiesEditor::knownAbilities()
{
    return {QStringLiteral("vision"), QStringLiteral("func_call")};
}

QCheckBox *AbilitiesEditor::checkBox(const QString &ability) const
{
    for (QCheckBox *check : m_checks) {
        if (check->property("ability").toString() == ability)
            return check;
    }
    return nullptr;
}

QStringList AbilitiesEditor::abilities() const
{
    QSet<QString> now;
    for (QCheckBox *check : m_checks) {
        if (check->isChecked())
            now.insert(check->property("ability").toString());
    }
    QStringList others;
    const QStringList typed = m_other->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &ability : typed) {
        if (!others.contains(ability))
            others.append(ability);
        now.insert(ability);
    }
    // The order they came in, then the new ones (check boxes first).
    QStringList result;
    for (const QString &ability : m_order) {
        if (now.contains(ability) && !result.contains(ability))
            result.append(ability);
    }
    for (QCheckBox *check : m_checks) {
        const QString ability = check->property("ability").toString();
        if (check->isChecked() && !result.contains(ability))
            result.append(ability);
    }
    for (const QString &ability : std::as_const(others)) {
        if (!result.contains(ability))
            result.append(ability);
    }
    return result;
}

void AbilitiesEditor::setAbilities(const QStringList &abilities)
{
    const QSignalBlocker blocker(this);
    m_order = abilities;
    QStringList known;
    for (QCheckBox *check : std::as_const(m_checks)) {
        known.append(check->property("ability").toString());
        check->setChecked(abilities.contains(known.constLast()));
    }
    QStringList others;
    for (const QString &ability : abilities) {
        if (!known.contains(ability) && !others.contains(ability))
            others.append(ability);
    }
    m_other->setText(others.join(QStringLiteral(", ")));
}

QWidget *AbilitiesEditor::firstFocusWidget() const
{
    return m_checks.constFirst();
}

QWidget *AbilitiesEditor::lastFocusWidget() const
{
    return m_other;
}

QList<QWidget *> AbilitiesEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (QCheckBox *check : m_checks)
        chain << check;
    chain << m_other;
    return chain;
}

// --- extra_args ------------------------------------------------------------------------

namespace {
constexpr int kKeyWidth = 170;
constexpr int kTypeWidth = 96;
} // namespace

ExtraArgsEditor::ExtraArgsEditor(QWidget *parent)
    : RowListEditor(tr("None. Arguments added here are sent to the provider with every request "
                       "(e.g. temperature)."),
                    tr("Add Argument"), parent)
{
    setObjectName(QStringLiteral("extraArgsEditor"));
    auto *headerBox = new QWidget(this);
    auto *header = new QHBoxLayout(headerBox);
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(4);
    const auto headerLabel = [headerBox](const QString &text) {
        auto *label = new QLabel(text, headerBox);
        QFont bold = label->font();
        bold.setWeight(QFont::DemiBold);
        label->setFont(bold);
        Appearance::dim(label);
        return label;
    };
    QLabel *keyHeader = headerLabel(tr("Key"));
    keyHeader->setFixedWidth(kKeyWidth);
    QLabel *typeHeader = headerLabel(tr("Type"));
    typeHeader->setFixedWidth(kTypeWidth);
    header->addWidget(keyHeader);
    header->addWidget(typeHeader);
    header->addWidget(headerLabel(tr("Value")), 1);
    header->addSpacing(26);
    setHeader(headerBox);
    addButton()->setObjectName(QStringLiteral("addArgument"));
    connect(addButton(), &QPushButton::clicked, this, [this] { addRow(); });
    renumber();
}

ExtraArgsEditor::Type ExtraArgsEditor::typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return Type::String;
    case QJsonValue::Double:
        return Type::Number;
    case QJsonValue::Bool:
        return Type::Boolean;
    default:
        break;
    }
    return Type::Json;
}

QString ExtraArgsEditor::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return tr("Text");
    case Type::Number:
        return tr("Number");
    case Type::Boolean:
        return tr("Boolean");
    case Type::Json:
        return tr("JSON");
    }
    return {};
}

void ExtraArgsEditor::addRow(const QString &key, Type type, const QString &initialText, bool focus)
{
    QWidget *box = newRowBox();
    auto *keyEdit = new QLineEdit(key, box);
    keyEdit->setFixedWidth(kKeyWidth);
    keyEdit->setPlaceholderText(tr("name"));
    auto *typeCombo = new QComboBox(box);
    typeCombo->setFixedWidth(kTypeWidth);
    for (Type t : {Type::String, Type::Number, Type::Boolean, Type::Json})
        typeCombo->addItem(typeName(t), int(t));
    typeCombo->setCurrentIndex(typeCombo->findData(int(type)));
    QWidget *value = makeValueEditor(box, type, initialText);
    auto *layout = static_cast<QHBoxLayout *>(box->layout());
    layout->addWidget(keyEdit);
    layout->addWidget(typeCombo);
    layout->addWidget(value, 1);

    connect(keyEdit, &QLineEdit::textChanged, this, &ExtraArgsEditor::changed);
    connect(typeCombo, &QComboBox::currentIndexChanged, this, [this, box, typeCombo] {
        const int i = rowOf(box);
        if (i < 0)
            return;
        const Type newType = Type(typeCombo->currentData().toInt());
        QString text = valueText(i);
        if (newType == Type::Boolean)
            text = text.trimmed().toLower() == QLatin1String("true") ? QStringLiteral("true") : QStringLiteral("false");
        replaceWidget(i, 2, makeValueEditor(box, newType, text));
        renumber();
        emit changed();
    });
    appendRow(box, {keyEdit, typeCombo, value}, tr("Remove the argument"), focus);
}

QWidget *ExtraArgsEditor::makeValueEditor(QWidget *box, Type type, const QString &text)
{
    if (type == Type::Boolean) {
        auto *combo = new QComboBox(box);
        combo->addItem(QStringLiteral("true"));
        combo->addItem(QStringLiteral("false"));
        combo->setCurrentIndex(text.trimmed().toLower() == QLatin1String("true") ? 0 : 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ExtraArgsEditor::changed);
        return combo;
    }
    // A secret the server masked (4.10.7+) is never shown as "***": the field
    // stays empty and says so; left empty, it reads "***" again (the server
    // keeps its stored value).
    const bool masked = type == Type::String && text == ModelFields::kMasked;
    auto *edit = new QLineEdit(masked ? QString() : text, box);
    if (masked) {
        edit->setProperty("maskedSecret", true);
        edit->setPlaceholderText(hiddenSecretText());
        edit->setToolTip(tr("Left empty, the server keeps the value it has; type to replace it"));
        connect(edit, &QLineEdit::textChanged, this, &ExtraArgsEditor::changed);
        return edit;
    }
    if (type == Type::Json)
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(type == Type::Number     ? tr("e.g. 0.7")
                                 : type == Type::Json ? tr("e.g. {\"a\": 1} or [1, 2]")
                                                      : QString());
    connect(edit, &QLineEdit::textChanged, this, &ExtraArgsEditor::changed);
    return edit;
}

void ExtraArgsEditor::nameRow(int i)
{
    keyEdit(i)->setAccessibleName(tr("Key of argument %1").arg(i + 1));
    typeCombo(i)->setAccessibleName(tr("Type of argument %1").arg(i + 1));
    valueEditor(i)->setAccessibleName(tr("Value of argument %1").arg(i + 1));
    removeButton(i)->setAccessibleName(tr("Remove argument %1").arg(i + 1));
    keyEdit(i)->setObjectName(QStringLiteral("argKey%1").arg(i + 1));
    typeCombo(i)->setObjectName(QStringLiteral("argType%1").arg(i + 1));
    valueEditor(i)->setObjectName(QStringLiteral("argValue%1").arg(i + 1));
}

QString ExtraArgsEditor::hiddenSecretText()
{
    return tr("hidden by the server (no secret permission)");
}

QString ExtraArgsEditor::valueText(int index) const
{
    const QWidget *value = valueEditor(index);
    if (const auto *combo = qobject_cast<const QComboBox *>(value))
        return combo->currentText();
    if (const auto *edit = qobject_cast<const QLineEdit *>(value)) {
        if (edit->text().isEmpty() && edit->property("maskedSecret").toBool())
            return ModelFields::kMasked;
        return edit->text();
    }
    return {};
}

void ExtraArgsEditor::setValueText(int index, const QString &text)
{
    QWidget *value = valueEditor(index);
    if (auto *combo = qobject_cast<QComboBox *>(value))
        combo->setCurrentIndex(text.trimmed().toLower() == QLatin1String("true") ? 0 : 1);
    else if (auto *edit = qobject_cast<QLineEdit *>(value))
        edit->setText(text);
}

bool ExtraArgsEditor::readRow(int index, QString *key, QJsonValue *value, QString *error) const
{
    *key = keyEdit(index)->text().trimmed();
    const QString text = valueText(index);
    const QString name = key->isEmpty() ? tr("argument %1").arg(index + 1) : QStringLiteral("“%1”").arg(*key);
    if (key->isEmpty()) {
        *error = tr("Extra argument %1 has no key.").arg(index + 1);
        return false;
    }
    switch (Type(typeCombo(index)->currentData().toInt())) {
    case Type::String:
        *value = text;
        return true;
    case Type::Number: {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            *error = tr("The value of %1 must be a number, such as 0.7.").arg(name);
            return false;
        }
        *value = number;
        return true;
    }
    case Type::Boolean:
        *value = text == QLatin1String("true");
        return true;
    case Type::Json: {
        QString why;
        if (!FieldSpec::parseJsonText(text, value, &why)) {
            *error = tr("The value of %1 is not valid JSON: %2.").arg(name, why);
            return false;
        }
        return true;
    }
    }
    return false;
}

QJsonObject ExtraArgsEditor::args() const
{
    QJsonObject result;
    for (int i = 0; i < rowCount(); ++i) {
        QString key;
        QJsonValue value;
        QString error;
        if (readRow(i, &key, &value, &error) && !result.contains(key))
            result.insert(key, value);
    }
    return result;
}

void ExtraArgsEditor::setArgs(const QJsonObject &args)
{
    const QSignalBlocker blocker(this);
    clearRows();
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        const Type type = typeOf(it.value());
        QString text;
        switch (type) {
        case Type::String:
            text = it.value().toString();
            break;
        case Type::Number:
            text = numberText(it.value().toDouble());
            break;
        case Type::Boolean:
            text = it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case Type::Json:
            text = FieldSpec::toJsonText(it.value(), false);
            break;
        }
        addRow(it.key(), type, text, false);
    }
}

QString ExtraArgsEditor::error() const
{
    QStringList problems;
    QSet<QString> seen;
    for (int i = 0; i < rowCount(); ++i) {
        QString key;
        QJsonValue value;
        QString error;
        if (!readRow(i, &key, &value, &error)) {
            problems.append(error);
            continue;
        }
        if (seen.contains(key))
            problems.append(tr("The key “%1” is given twice.").arg(key));
        seen.insert(key);
    }
    return problems.join(QLatin1Char(' '));
}

QLineEdit *ExtraArgsEditor::keyEdit(int index) const
{
    return static_cast<QLineEdit *>(widgetAt(index, 0));
}

QComboBox *ExtraArgsEditor::typeCombo(int index) const
{
    return static_cast<QComboBox *>(widgetAt(index, 1));
}

QWidget *ExtraArgsEditor::valueEditor(int index) const
{
    return widgetAt(index, 2);
}

} // namespace lb::gui
