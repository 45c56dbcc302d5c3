#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

namespace lb::gui {

// api_keys: one masked line per key, each with Show and Remove, and Add key.
class ApiKeysEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ApiKeysEditor(QWidget *parent = nullptr);

    QStringList keys() const;
    void setKeys(const QStringList &keys);
    // "API key 2 is empty…" for a blank line; empty when fine.
    QString error() const;

    int count() const { return m_rows.size(); }
    QLineEdit *keyEdit(int index) const;
    QToolButton *revealButton(int index) const;
    QToolButton *removeButton(int index) const;
    QPushButton *addButton() const { return m_add; }
    // Adds an empty line and puts the focus there.
    void addKey(const QString &key = {});
    void removeKey(int index);

    QWidget *firstFocusWidget() const;
    QWidget *lastFocusWidget() const;
    QList<QWidget *> focusChain() const;

signals:
    void changed();

private:
    struct Row
    {
        QWidget *box;
        QLineEdit *edit;
        QToolButton *reveal;
        QToolButton *remove;
    };
    void renumber();
    void updateEmptyText();

    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QPushButton *m_add;
    QList<Row> m_rows;
};

// abilities: the known ones (vision, func_call) as check boxes; any other
// ability the record has is kept and editable in a line (comma-separated).
class AbilitiesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AbilitiesEditor(QWidget *parent = nullptr);

    static QStringList knownAbilities(); // "vision", "func_call"

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
class ExtraArgsEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Type { String, Number, Boolean, Json };

    explicit ExtraArgsEditor(QWidget *parent = nullptr);

    static Type typeOf(const QJsonValue &value);
    static QString typeName(Type type);

    // The rows as an object (rows in error are left out: see error()).
    QJsonObject args() const;
    void setArgs(const QJsonObject &args);
    // One sentence per wrong row, joined; empty when fine.
    QString error() const;

    int rowCount() const { return m_rows.size(); }
    // Adds a row; with focus, the key editor gets the focus.
    void addRow(const QString &key = {}, Type type = Type::String, const QString &valueText = {},
                bool focus = true);
    void removeRow(int row);
    QLineEdit *keyEdit(int row) const;
    QComboBox *typeCombo(int row) const;
    // The value's editor: a QLineEdit, or a QComboBox (true/false) for Boolean.
    QWidget *valueEditor(int row) const;
    void setValueText(int row, const QString &text);
    QString valueText(int row) const;
    QToolButton *removeButton(int row) const;
    QPushButton *addButton() const { return m_add; }

    QWidget *firstFocusWidget() const;
    QWidget *lastFocusWidget() const;
    QList<QWidget *> focusChain() const;

signals:
    void changed();

private:
    struct Row
    {
        QWidget *box;
        QLineEdit *key;
        QComboBox *type;
        QWidget *value;
        QToolButton *remove;
    };
    bool readRow(int row, QString *key, QJsonValue *value, QString *error) const;
    void setValueEditor(int row, Type type, const QString &text);
    void renumber();

    QWidget *m_header;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace lb::gui
