#pragma once

#include "schema/FieldSpec.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace lb::gui {

// One editor per field type (DESIGN.md habit 6, Qt Creator's BaseAspect): it
// knows its FieldSpec, makes its widget, reads and writes a QJsonValue,
// validates what is typed and says whether it changed. create() maps the type
// to the editor; an unknown type, and a stored value that does not fit its
// type, get the raw-JSON editor: nothing is dropped.
//
// The editor object is a child of its widget and goes with it.
class FieldEditor : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Line, Text, Secret, Integer, Number, Boolean, Select, StringList, Json };

    // rawJson: edit as raw JSON whatever the type (a stored value that does
    // not fit the type). The widget is made with parent.
    static FieldEditor *create(const FieldSpec &spec, bool rawJson, QWidget *parent);
    static Kind kindFor(const FieldSpec &spec, bool rawJson);

    const FieldSpec &spec() const { return m_spec; }
    QString key() const { return m_spec.name(); }
    Kind kind() const { return m_kind; }
    // The widget that goes in the form (may hold buttons besides the input).
    QWidget *widget() const { return m_widget; }
    // The input itself: the buddy of the label, the first stop in tab order.
    QWidget *focusWidget() const { return m_focus; }
    // The last widget of this editor in tab order.
    QWidget *lastFocusWidget() const { return m_last ? m_last.data() : m_focus.data(); }
    // Every widget of this editor that takes the focus, in tab order.
    virtual QList<QWidget *> focusChain() const;

    // The value as edited. A text that cannot be read as the type gives the
    // text itself (Integer, Number) or undefined (JSON); error() says why.
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    // Empty when the value is fine; else one sentence naming the field.
    virtual QString error() const;
    bool isValid() const { return error().isEmpty(); }

    // Dirty is relative to the original value (set by the form when loading).
    void setOriginal(const QJsonValue &value) { m_original = value; }
    QJsonValue original() const { return m_original; }
    virtual bool isDirty() const;

    // A note shown under the editor, e.g. why it is raw JSON; empty if none.
    QString note() const { return m_note; }
    void setNote(const QString &note) { m_note = note; }

signals:
    void changed();

protected:
    FieldEditor(const FieldSpec &spec, Kind kind, QWidget *widget);
    void setFocusWidgets(QWidget *first, QWidget *last = nullptr);
    void notifyChanged();

    FieldSpec m_spec;
    QLocale m_locale;
    bool m_setting = false; // setValue() runs: no changed()

private:
    Kind m_kind;
    QPointer<QWidget> m_widget;
    QPointer<QWidget> m_focus;
    QPointer<QWidget> m_last;
    QJsonValue m_original = QJsonValue::Undefined;
    QString m_note;
};

// "string": one line. URL fields (base_url...) show an example address.
class LineFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    LineFieldEditor(const FieldSpec &spec, QWidget *parent);
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    // For the editors that are a line edit with more (secret, number).
    LineFieldEditor(const FieldSpec &spec, Kind kind, QWidget *parent);

    QLineEdit *m_edit;
};

// "secret" / "password": one line, masked, with a Show/Hide button.
class SecretFieldEditor : public LineFieldEditor
{
    Q_OBJECT
public:
    SecretFieldEditor(const FieldSpec &spec, QWidget *parent);
    QAction *revealAction() const { return m_reveal; }
    bool isRevealed() const;
    void setRevealed(bool revealed);

private:
    QAction *m_reveal;
};

// "integer"/"int" and "float"/"number": typed as text so that a wrong entry
// is reported next to the field (not silently clamped); bounds when given.
class NumberFieldEditor : public LineFieldEditor
{
    Q_OBJECT
public:
    NumberFieldEditor(const FieldSpec &spec, QWidget *parent);
    QJsonValue value() const override;
    QString error() const override;
};

// "select": the options by their labels. A value that is not an option is
// kept as an extra entry ("x (not an option)") and reported.
class SelectFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    SelectFieldEditor(const FieldSpec &spec, QWidget *parent);
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo;
};

// "array[string]": a list with Add, Remove, Up and Down.
class StringListFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    StringListFieldEditor(const FieldSpec &spec, QWidget *parent);
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QListWidget *listWidget() const { return m_list; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    void addItem(const QString &text = {}, bool edit = true);
    QList<QWidget *> focusChain() const override;

private:
    void updateButtons();
    void move(int delta);

    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
};

// "object", an unknown type, or a value that does not fit its type: JSON text
// with a syntax check and a Format button (pretty print).
class JsonFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    JsonFieldEditor(const FieldSpec &spec, QWidget *parent);
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString error() const override;
    // A text that is not JSON is a change too.
    bool isDirty() const override;
    QPlainTextEdit *textEdit() const { return m_edit; }
    QToolButton *formatButton() const { return m_format; }
    // Re-writes the text indented; false (text unchanged) when it is not JSON.
    bool prettyPrint();
    QList<QWidget *> focusChain() const override;

private:
    bool parse(QJsonValue *value, QString *error) const;

    QPlainTextEdit *m_edit;
    QToolButton *m_format;
};

} // namespace lb::gui
