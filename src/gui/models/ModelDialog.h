#pragma once

#include "ModelDialogBase.h"
#include "schema/RequesterSchema.h"

#include <QPointer>
#include <QStringList>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace Ui {
class ModelDialog;
}

namespace lb {
class ApiClient;
class SchemaSource;
} // namespace lb

namespace lb::gui {

class AbilitiesEditor;
class ApiKeysEditor;
class ExtraArgsEditor;
class FieldEditor;
class RequesterIcons;
class RequesterPicker;
class SchemaForm;

// Creates, edits or duplicates one LLM model, with a form built from the
// requester's schema (SchemaForm) plus the model's own parts: name and
// description, API keys (masked), abilities, extra arguments.
//
//  - New / Duplicate: the requester is picked (RequesterPicker); changing it
//    rebuilds requester_config and keeps the values of fields of the same name
//    that were typed or came with the record (a value still at the old
//    requester's default takes the new one's default). A duplicate has no
//    uuid, its name is suffixed and its keys are copied only when "Copy the
//    API keys" is ticked.
//  - Edit: the requester is fixed (shown read-only); unknown fields of the
//    record survive; the update body never holds uuid, created_at, updated_at.
//
// Test posts the form to /llm/_/test and shows the result with its round
// trip, without saving. Save, conflicts and closing: ModelDialogBase.
class ModelDialog : public ModelDialogBase
{
    Q_OBJECT
public:
    struct Context
    {
        ApiClient *client = nullptr;     // not owned; nullptr: nothing can be sent
        SchemaSource *schemas = nullptr; // not owned; loaded, or loading (the form waits)
        RequesterIcons *icons = nullptr; // not owned; may be nullptr
        QStringList takenNames;          // names of the server's models (duplicate suffix)
        QStringList knownRequesters;     // requesters of the listed models (no schemas at all)
        QString defaultRequester = QStringLiteral("openai-chat-completions");
    };

    // model: Edit: the record as listed; Duplicate: the source; New: ignored.
    ModelDialog(Mode mode, const LlmModel &model, const Context &context, QWidget *parent = nullptr);
    ~ModelDialog() override;

    // The schemas are there and the form is built.
    bool isReady() const { return m_ready; }

    LlmModel edited() const override;
    // Exactly what Save sends: a CREATE body (New, Duplicate) or an UPDATE body (Edit).
    QJsonObject body() const;
    // The field-level diff Save shows (secrets masked).
    QList<FieldChange> changes() const override;
    bool isDirty() const override;
    QString saveBlockedReason() const override;
    QString testBlockedReason() const override;

    QString requesterName() const { return m_requester; }
    RequesterSchema schema() const;

    // --- widgets, for tests and the screenshot -----------------------------------------
    SchemaForm *generalForm() const { return m_general; }
    SchemaForm *configForm() const { return m_config; }
    QLineEdit *nameEdit() const;
    QLineEdit *descriptionEdit() const;
    RequesterPicker *requesterPicker() const { return m_picker; }
    // The requester typed by hand when no schema list is known (New, Duplicate).
    QComboBox *requesterNameCombo() const { return m_requesterCombo; }
    QLabel *requesterTitle() const { return m_requesterTitle; }
    QLabel *requesterFixedLabel() const { return m_requesterFixed; }
    ApiKeysEditor *keysEditor() const { return m_keys; }
    QCheckBox *copyKeysCheck() const { return m_copyKeys; }
    AbilitiesEditor *abilitiesEditor() const { return m_abilities; }
    ExtraArgsEditor *extraArgsEditor() const { return m_extraArgs; }
    QLabel *keysErrorLabel() const { return m_keysError; }
    QLabel *extraArgsErrorLabel() const { return m_argsError; }
    QLabel *schemaNotice() const { return m_notice; }
    QScrollArea *scrollArea() const { return m_scroll; }
    // The widgets in tab order.
    QList<QWidget *> focusChain() const;

public slots:
    void test() override;
    // New, Duplicate: switches the requester (as if picked).
    void setRequester(const QString &name);

signals:
    void ready();

protected:
    void updateState() override;
    void revealProblems() override;
    ApiCall *sendWrite() override;
    QJsonObject updateBody(const LlmModel &model) const override;
    QList<FieldChange> shownChanges(QList<FieldChange> changes) const override;
    void loadRebased(const LlmModel &theirs, const LlmModel &mine) override;
    QString testFailureText(const ApiError &error) const override;
    void savingChanged(bool saving) override;

private:
    void buildFrame();
    void onSchemasLoaded();
    void buildContent();
    QWidget *buildAccessSection();
    void buildRequesterCombo();
    void loadRecord(const LlmModel &base, const LlmModel &values);
    void buildConfigForm(const QJsonObject &stored, bool existing);
    void updateRequesterHeader();
    void updateNotice();
    void updateTabOrder();
    void applyKeysCopy(bool copy);
    QString problemsText() const;

    std::unique_ptr<Ui::ModelDialog> m_ui;
    Context m_context;
    QPointer<SchemaSource> m_schemas;
    QPointer<RequesterIcons> m_icons; // m_context.icons, while it lives
    QString m_requester;
    RequesterSchema m_schema;
    bool m_ready = false;
    bool m_loading = false; // loadRecord() runs: no state updates

    QLabel *m_notice = nullptr;
    RequesterPicker *m_picker = nullptr;
    QWidget *m_pickerPanel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QLabel *m_requesterIcon = nullptr;
    QLabel *m_requesterTitle = nullptr;
    QLabel *m_requesterName = nullptr;
    QLabel *m_requesterDescription = nullptr;
    QLabel *m_requesterFixed = nullptr;
    QComboBox *m_requesterCombo = nullptr;
    QLabel *m_configHeading = nullptr;
    SchemaForm *m_general = nullptr;
    SchemaForm *m_config = nullptr;
    QFormLayout *m_accessForm = nullptr;
    ApiKeysEditor *m_keys = nullptr;
    QCheckBox *m_copyKeys = nullptr;
    QLabel *m_keysError = nullptr;
    AbilitiesEditor *m_abilities = nullptr;
    ExtraArgsEditor *m_extraArgs = nullptr;
    QLabel *m_argsError = nullptr;
};

} // namespace lb::gui
