#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QWidget>

#include "RowListEditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace lb::gui {

// api_keys: one masked line per key, each with Show and Remove, and Add key.
class ApiKeysEditor : public RowListEditor
{
    Q_OBJECT
public:
    explicit ApiKeysEditor(QWidget *parent = nullptr);

    QStringList keys() const;
    void setKeys(const QStringList &keys);
    // "API key 2 is empty…" for a blank line; empty when fine.
    QString error() const;

    int count() const { return rowCount(); }
    QLineEdit *keyEdit(int index) const;
    QToolButton *revealButton(int index) const;
    // Adds an empty line and puts the focus there.
    void addKey(const QString &key = {});
    void removeKey(int index) { removeRow(index); }

private:
    void nameRow(int row) override;
};

// abilities: the known ones (vision, func_call; and reasoning on LangBot
// 4.7+) as check boxes; any other ability the record has is kept and editable
// in a line (comma-separated).
class AbilitiesEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Known { Legacy, WithReasoning };
    explicit AbilitiesEditor(QWidget *parent = nullptr, Known known = Known::Legacy);

    static QStringList knownAbilities(); // "vision", "func_call" (Known::Legacy)

    // In the order they came; new ones at the end.
    QStringList abilities() const;
    void setAbilities(const QStringList &abilities);

    QCheckBox *checkBox(const QString &ability) const;
    QLineEdit *otherEdit() const { return m_other; }
    QWidget *firstFocusWidget() const;
    QWidget *lastFocusWidget() const;
    QList<QWidget *> focusChain() const;

signals:
    void changed();

private:
    QList<QCheckBox *> m_checks;
    QLineEdit *m_other;
    QStringList m_order; // the abilities as set, for a stable order
};

// extra_args: a table of key, type (string, number, boolean, JSON) and value,
// one row of widgets per argument, each with a Remove button, and Add argument.
class ExtraArgsEditor : public RowListEditor
{
    Q_OBJECT
public:
    enum class Type { String, Number, Boolean, Json };

    explicit ExtraArgsEditor(QWidget *parent = nullptr);

    static Type typeOf(const QJsonValue &value);
    // What a secret the server masked ("***") reads as, here and elsewhere.
    static QString hiddenSecretText();
    static QString typeName(Type type);

    // The rows as an object (rows in error are left out: see error()).
    QJsonObject args() const;
    void setArgs(const QJsonObject &args);
    // One sentence per wrong row, joined; empty when fine.
    QString error() const;

    // Adds a row; with focus, the key editor gets the focus.
    void addRow(const QString &key = {}, Type type = Type::String, const QString &valueText = {}, bool focus = true);
    QLineEdit *keyEdit(int row) const;
    QComboBox *typeCombo(int row) const;
    // The value's editor: a QLineEdit, or a QComboBox (true/false) for Boolean.
    QWidget *valueEditor(int row) const;
    void setValueText(int row, const QString &text);
    QString valueText(int row) const;

private:
    bool readRow(int row, QString *key, QJsonValue *value, QString *error) const;
    QWidget *makeValueEditor(QWidget *box, Type type, const QString &text);
    void nameRow(int row) override;
};

} // namespace lb::gui
