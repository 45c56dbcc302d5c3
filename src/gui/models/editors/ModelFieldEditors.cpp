#include "ModelFieldEditors.h"

#include "settings/Appearance.h"
#include "schema/FieldSpec.h"

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

QIcon bundledIcon(const char *name)
{
    return Appearance::icon(QLatin1String(name));
}

QToolButton *rowButton(QWidget *parent, const char *iconName, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setIcon(bundledIcon(iconName));
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    Appearance::dim(label);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

QString numberText(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

// --- API keys ------------------------------------------------------------------------

ApiKeysEditor::ApiKeysEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("apiKeysEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    m_empty = hintLabel(tr("No keys. Providers on your own machine (such as Ollama) need none."), this);
    layout->addWidget(m_empty);
    m_add = new QPushButton(bundledIcon("add"), tr("Add Key"), this);
    m_add->setObjectName(QStringLiteral("addKey"));
    m_add->setToolTip(tr("Add an API key (several keys are used in turn)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addKey(); });
    updateEmptyText();
}

void ApiKeysEditor::addKey(const QString &key)
{
    Row row;
    row.box = new QWidget(this);
    auto *layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    row.edit = new QLineEdit(key, row.box);
    row.edit->setEchoMode(QLineEdit::Password);
    row.edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    row.edit->setPlaceholderText(tr("sk-…"));
    row.reveal = rowButton(row.box, "show", tr("Show the key"));
    row.reveal->setCheckable(true);
    row.remove = rowButton(row.box, "delete", tr("Remove the key"));
    layout->addWidget(row.edit, 1);
    layout->addWidget(row.reveal);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.box);
    row.box->show();
    m_rows.append(row);

    QLineEdit *edit = row.edit;
    QToolButton *reveal = row.reveal;
    QWidget *box = row.box;
    connect(reveal, &QToolButton::toggled, this, [edit, reveal](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(bundledIcon(shown ? "hide" : "show"));
        reveal->setToolTip(shown ? tr("Hide the key") : tr("Show the key"));
        reveal->setAccessibleName(reveal->toolTip());
    });
    connect(edit, &QLineEdit::textChanged, this, &ApiKeysEditor::changed);
    connect(row.remove, &QToolButton::clicked, this, [this, box] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).box == box) {
                removeKey(i);
                return;
            }
        }
    });
    renumber();
    updateEmptyText();
    if (key.isEmpty() && isVisible())
        edit->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void ApiKeysEditor::removeKey(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    row.box->hide();
    row.box->deleteLater();
    renumber();
    updateEmptyText();
    if (!m_rows.isEmpty())
        m_rows.at(std::min<int>(index, int(m_rows.size()) - 1)).edit->setFocus(Qt::OtherFocusReason);
    else
        m_add->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void ApiKeysEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i).edit->setAccessibleName(tr("API key %1").arg(i + 1));
        m_rows.at(i).edit->setObjectName(QStringLiteral("apiKey%1").arg(i + 1));
    }
    // Tab order: each key, its Show and Remove, then Add Key.
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *widget : {static_cast<QWidget *>(row.edit), static_cast<QWidget *>(row.reveal),
                                static_cast<QWidget *>(row.remove)}) {
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (previous)
        setTabOrder(previous, m_add);
}

void ApiKeysEditor::updateEmptyText()
{
    m_empty->setVisible(m_rows.isEmpty());
}

QStringList ApiKeysEditor::keys() const
{
    QStringList result;
    for (const Row &row : m_rows)
        result.append(row.edit->text());
    return result;
}

void ApiKeysEditor::setKeys(const QStringList &keys)
{
    const QSignalBlocker blocker(this);
    while (!m_rows.isEmpty()) {
        const Row row = m_rows.takeLast();
        row.box->hide();
        row.box->deleteLater();
    }
    for (const QString &key : keys)
        addKey(key);
    updateEmptyText();
}

QString ApiKeysEditor::error() const
{
    QStringList problems;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString key = m_rows.at(i).edit->text();
        if (key.trimmed().isEmpty())
            problems.append(tr("API key %1 is empty: type the key or remove the line.").arg(i + 1));
        else if (key.trimmed() != key)
            problems.append(tr("API key %1 starts or ends with a space.").arg(i + 1));
    }
    return problems.join(QLatin1Char(' '));
}

QLineEdit *ApiKeysEditor::keyEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).edit : nullptr;
}

QToolButton *ApiKeysEditor::revealButton(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).reveal : nullptr;
}

QToolButton *ApiKeysEditor::removeButton(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).remove : nullptr;
}

QWidget *ApiKeysEditor::firstFocusWidget() const
{
    return m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.constFirst().edit;
}

QWidget *ApiKeysEditor::lastFocusWidget() const
{
    return m_add;
}

QList<QWidget *> ApiKeysEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain << row.edit << row.reveal << row.remove;
    chain << m_add;
    return chain;
}

// --- abilities ----------------------------------------------------------------------

AbilitiesEditor::AbilitiesEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("abilitiesEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *checks = new QHBoxLayout;
    checks->setSpacing(18);
    const QList<QPair<QString, QString>> known{
        {QStringLiteral("vision"), tr("Vision (reads images)")},
        {QStringLiteral("func_call"), tr("Function calling (uses tools)")},
    };
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
    const QStringList typed = m_other->text().split(QRegularExpression(QStringLiteral("[,\\s]+")),
                                                    Qt::SkipEmptyParts);
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
    const QStringList known = knownAbilities();
    for (QCheckBox *check : std::as_const(m_checks))
        check->setChecked(abilities.contains(check->property("ability").toString()));
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
    : QWidget(parent)
{
    setObjectName(QStringLiteral("extraArgsEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_header = new QWidget(this);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(4);
    const auto headerLabel = [this](const QString &text) {
        auto *label = new QLabel(text, m_header);
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
    layout->addWidget(m_header);

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    m_empty = hintLabel(tr("None. Arguments added here are sent to the provider with every request "
                           "(e.g. temperature)."),
                        this);
    layout->addWidget(m_empty);
    m_add = new QPushButton(bundledIcon("add"), tr("Add Argument"), this);
    m_add->setObjectName(QStringLiteral("addArgument"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    renumber();
}

ExtraArgsEditor::Type ExtraArgsEditor::typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return Type::String;
    case QJsonValue::Double: return Type::Number;
    case QJsonValue::Bool: return Type::Boolean;
    default: break;
    }
    return Type::Json;
}

QString ExtraArgsEditor::typeName(Type type)
{
    switch (type) {
    case Type::String: return tr("Text");
    case Type::Number: return tr("Number");
    case Type::Boolean: return tr("Boolean");
    case Type::Json: return tr("JSON");
    }
    return {};
}

void ExtraArgsEditor::addRow(const QString &key, Type type, const QString &initialText, bool focus)
{
    Row row;
    row.box = new QWidget(this);
    auto *layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    row.key = new QLineEdit(key, row.box);
    row.key->setFixedWidth(kKeyWidth);
    row.key->setPlaceholderText(tr("name"));
    row.type = new QComboBox(row.box);
    row.type->setFixedWidth(kTypeWidth);
    for (Type t : {Type::String, Type::Number, Type::Boolean, Type::Json})
        row.type->addItem(typeName(t), int(t));
    row.type->setCurrentIndex(row.type->findData(int(type)));
    row.value = nullptr;
    row.remove = rowButton(row.box, "delete", tr("Remove the argument"));
    layout->addWidget(row.key);
    layout->addWidget(row.type);
    layout->addWidget(row.remove); // the value editor goes before it (setValueEditor)
    m_rowsLayout->addWidget(row.box);
    row.box->show();
    m_rows.append(row);
    const int index = int(m_rows.size()) - 1;
    setValueEditor(index, type, initialText);

    QWidget *box = row.box;
    const auto indexOf = [this, box] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).box == box)
                return i;
        }
        return -1;
    };
    connect(row.key, &QLineEdit::textChanged, this, &ExtraArgsEditor::changed);
    connect(row.type, &QComboBox::currentIndexChanged, this, [this, indexOf] {
        const int i = indexOf();
        if (i < 0)
            return;
        const Type newType = Type(m_rows.at(i).type->currentData().toInt());
        QString text = valueText(i);
        if (newType == Type::Boolean)
            text = text.trimmed().toLower() == QLatin1String("true") ? QStringLiteral("true")
                                                                      : QStringLiteral("false");
        setValueEditor(i, newType, text);
        renumber();
        emit changed();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, indexOf] { removeRow(indexOf()); });
    renumber();
    if (focus && isVisible())
        row.key->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void ExtraArgsEditor::setValueEditor(int index, Type type, const QString &text)
{
    Row &row = m_rows[index];
    auto *layout = static_cast<QHBoxLayout *>(row.box->layout());
    if (row.value) {
        layout->removeWidget(row.value);
        row.value->hide();
        row.value->deleteLater();
    }
    if (type == Type::Boolean) {
        auto *combo = new QComboBox(row.box);
        combo->addItem(QStringLiteral("true"));
        combo->addItem(QStringLiteral("false"));
        combo->setCurrentIndex(text.trimmed().toLower() == QLatin1String("true") ? 0 : 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ExtraArgsEditor::changed);
        row.value = combo;
    } else {
        auto *edit = new QLineEdit(text, row.box);
        if (type == Type::Json)
            edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setPlaceholderText(type == Type::Number ? tr("e.g. 0.7")
                                 : type == Type::Json ? tr("e.g. {\"a\": 1} or [1, 2]")
                                                      : QString());
        connect(edit, &QLineEdit::textChanged, this, &ExtraArgsEditor::changed);
        row.value = edit;
    }
    // Before the Remove button.
    layout->insertWidget(2, row.value, 1);
    row.value->show();
}

void ExtraArgsEditor::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    row.box->hide();
    row.box->deleteLater();
    renumber();
    if (!m_rows.isEmpty())
        m_rows.at(std::min<int>(index, int(m_rows.size()) - 1)).key->setFocus(Qt::OtherFocusReason);
    else
        m_add->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void ExtraArgsEditor::renumber()
{
    QWidget *previous = nullptr;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.key->setAccessibleName(tr("Key of argument %1").arg(i + 1));
        row.type->setAccessibleName(tr("Type of argument %1").arg(i + 1));
        row.value->setAccessibleName(tr("Value of argument %1").arg(i + 1));
        row.remove->setAccessibleName(tr("Remove argument %1").arg(i + 1));
        row.key->setObjectName(QStringLiteral("argKey%1").arg(i + 1));
        row.type->setObjectName(QStringLiteral("argType%1").arg(i + 1));
        row.value->setObjectName(QStringLiteral("argValue%1").arg(i + 1));
        for (QWidget *widget : {static_cast<QWidget *>(row.key), static_cast<QWidget *>(row.type), row.value,
                                static_cast<QWidget *>(row.remove)}) {
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (previous)
        setTabOrder(previous, m_add);
    m_header->setVisible(!m_rows.isEmpty());
    m_empty->setVisible(m_rows.isEmpty());
}

QString ExtraArgsEditor::valueText(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    const QWidget *value = m_rows.at(index).value;
    if (const auto *combo = qobject_cast<const QComboBox *>(value))
        return combo->currentText();
    if (const auto *edit = qobject_cast<const QLineEdit *>(value))
        return edit->text();
    return {};
}

void ExtraArgsEditor::setValueText(int index, const QString &text)
{
    if (index < 0 || index >= m_rows.size())
        return;
    QWidget *value = m_rows.at(index).value;
    if (auto *combo = qobject_cast<QComboBox *>(value))
        combo->setCurrentIndex(text.trimmed().toLower() == QLatin1String("true") ? 0 : 1);
    else if (auto *edit = qobject_cast<QLineEdit *>(value))
        edit->setText(text);
}

bool ExtraArgsEditor::readRow(int index, QString *key, QJsonValue *value, QString *error) const
{
    const Row &row = m_rows.at(index);
    *key = row.key->text().trimmed();
    const QString text = valueText(index);
    const QString name = key->isEmpty() ? tr("argument %1").arg(index + 1) : QStringLiteral("“%1”").arg(*key);
    if (key->isEmpty()) {
        *error = tr("Extra argument %1 has no key.").arg(index + 1);
        return false;
    }
    switch (Type(row.type->currentData().toInt())) {
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
    for (int i = 0; i < m_rows.size(); ++i) {
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
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        const Type type = typeOf(it.value());
        QString text;
        switch (type) {
        case Type::String: text = it.value().toString(); break;
        case Type::Number: text = numberText(it.value().toDouble()); break;
        case Type::Boolean: text = it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
        case Type::Json: text = FieldSpec::toJsonText(it.value(), false); break;
        }
        addRow(it.key(), type, text, false);
    }
}

QString ExtraArgsEditor::error() const
{
    QStringList problems;
    QSet<QString> seen;
    for (int i = 0; i < m_rows.size(); ++i) {
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
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).key : nullptr;
}

QComboBox *ExtraArgsEditor::typeCombo(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).type : nullptr;
}

QWidget *ExtraArgsEditor::valueEditor(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).value : nullptr;
}

QToolButton *ExtraArgsEditor::removeButton(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).remove : nullptr;
}

QWidget *ExtraArgsEditor::firstFocusWidget() const
{
    return m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.constFirst().key;
}

QWidget *ExtraArgsEditor::lastFocusWidget() const
{
    return m_add;
}

QList<QWidget *> ExtraArgsEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain << row.key << row.type << row.value << row.remove;
    chain << m_add;
    return chain;
}

} // namespace lb::gui
