#pragma once

#include "FieldEditors.h"

#include "schema/ConfigDraft.h"
#include "schema/RequesterSchema.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace lb::gui {

// The part of the edit dialog built from a requester's schema: one row per
// field (label with a required mark and a changed dot, the editor, notes,
// the description as help text, and the field's error right under it), plus
// "Other settings" (raw JSON) for the keys of requester_config no field
// describes, shown when there are some or the schema is the generic one.
//
// Values go into a ConfigDraft as they are typed; config() is what to send:
// the stored object with the edits applied (unknown keys survive).
class SchemaForm : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaForm(QWidget *parent = nullptr);

    // Builds the rows. New: every field at its default; Existing: the stored
    // values (a value that does not fit its type gets the raw-JSON editor).
    void setSchema(const RequesterSchema &schema, const QJsonObject &stored,
                   ConfigDraft::Mode mode = ConfigDraft::Mode::Existing);
    const RequesterSchema &schema() const { return m_draft.schema(); }
    const ConfigDraft &draft() const { return m_draft; }

    // What to send as requester_config (meaningful when problems() is empty).
    QJsonObject config() const { return m_draft.toConfig(); }
    // Sets a field's value (e.g. kept from another requester), as if typed.
    void setValue(const QString &field, const QJsonValue &value);
    // Sets Other settings (the row appears if it was not shown), as if typed.
    void setExtras(const QJsonObject &extras);

    // One problem per field whose editor's value is wrong, in field order
    // (field "" for Other settings).
    QList<FieldProblem> problems() const;
    bool isValid() const { return problems().isEmpty(); }
    bool isDirty() const;
    bool isDirty(const QString &field) const;

    QList<FieldEditor *> editors() const { return m_editors; }
    FieldEditor *editor(const QString &field) const;
    // The editor of "Other settings"; nullptr when not shown.
    JsonFieldEditor *extrasEditor() const { return m_extras; }
    // The error shown under a field ("" for Other settings); empty when none.
    QString shownError(const QString &field) const;
    QLabel *labelFor(const QString &field) const;
    QFormLayout *formLayout() const { return m_layout; }

    // Errors show once a field was changed (or at once for a stored record);
    // this shows them all.
    void revealErrors();

    // How far a label's text is indented (the changed mark before it).
    static int labelIndent();

    // For the dialog's tab order.
    QWidget *firstFocusWidget() const;
    QWidget *lastFocusWidget() const;
    QList<QWidget *> focusChain() const;

signals:
    void changed();

private:
    struct Row
    {
        QWidget *label = nullptr; // the row's label container
        QLabel *text = nullptr;   // the buddy label
        QLabel *dirtyMark = nullptr;
        QLabel *error = nullptr;
        bool touched = false;
    };
    void clear();
    void addExtrasRow();
    void addRow(FieldEditor *editor, const QString &labelText, bool required, const QString &help, const QString &note);
    void onEdited(FieldEditor *editor);
    void updateRow(FieldEditor *editor);
    QString errorOf(FieldEditor *editor) const;

    QFormLayout *m_layout;
    ConfigDraft m_draft;
    QList<FieldEditor *> m_editors;
    JsonFieldEditor *m_extras = nullptr;
    QHash<FieldEditor *, Row> m_rows;
    bool m_revealAll = false;
};

// Gives the labels of several form layouts the same width, so their fields
// line up in one column.
void alignFormLabels(const QList<QFormLayout *> &forms);

} // namespace lb::gui
