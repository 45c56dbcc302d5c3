#pragma once

#include "model/LlmModel.h"
#include "schema/RequesterSchema.h"
#include "transfer/ImportPlan.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace Ui {
class ModelDialog;
}

namespace lb {
class ApiCall;
class ApiClient;
class SchemaSource;
} // namespace lb

namespace lb::gui {

class AbilitiesEditor;
class ApiKeysEditor;
class ExtraArgsEditor;
class FieldEditor;
class MessageBanner;
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
// trip, without saving. Save shows the field-level diff of what will be sent
// (ChangeReviewDialog), then, for an edit, reads the model again and compares
// updated_at: when someone changed it meanwhile, their change is shown and the
// user overwrites, re-edits on their version, or cancels. A failed save keeps
// the dialog open with every value and shows the error. Closing with unsaved
// changes asks first (MessageBox::confirmDestructive).
class ModelDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Edit, Duplicate };

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

    Mode mode() const { return m_mode; }
    // The schemas are there and the form is built.
    bool isReady() const { return m_ready; }

    // Edit: the record the edit is based on (the server's, after a re-edit).
    // Duplicate: the source. New: empty.
    LlmModel original() const { return m_original; }
    // The record with the form's values applied.
    LlmModel edited() const;
    // Exactly what Save sends: a CREATE body (New, Duplicate) or an UPDATE body (Edit).
    QJsonObject body() const;
    // The field-level diff Save shows (secrets masked).
    QList<FieldChange> changes() const;
    bool isDirty() const;
    // Why Save is disabled; empty when it is enabled.
    QString saveBlockedReason() const;
    QString testBlockedReason() const;

    QString requesterName() const { return m_requester; }
    RequesterSchema schema() const;
    QString savedUuid() const { return m_savedUuid; }
    bool isSaving() const { return m_saving; }
    bool isTesting() const { return m_testCall != nullptr; }

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
    MessageBanner *banner() const { return m_banner; }
    QLabel *testResultLabel() const { return m_testText; }
    QLabel *saveHintLabel() const { return m_saveHint; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelButton() const { return m_cancel; }
    QToolButton *cancelTestButton() const { return m_cancelTest; }
    QScrollArea *scrollArea() const { return m_scroll; }
    // The widgets in tab order.
    QList<QWidget *> focusChain() const;

public slots:
    void save();
    void test();
    void cancelTest();
    // Asks first when there are unsaved changes; ignored while saving.
    void reject() override;
    // New, Duplicate: switches the requester (as if picked).
    void setRequester(const QString &name);

signals:
    void ready();
    void saved(const QString &uuid, bool created);
    void saveFailed(const QString &message);
    // Save found the model changed on the server since it was opened.
    void conflictDetected();
    void testFinished(bool ok);

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
    void updateState();
    void updateTabOrder();
    void applyKeysCopy(bool copy);
    QString problemsText() const;
    QList<FieldChange> maskSecrets(QList<FieldChange> changes) const;

    void sendCreate();
    void checkThenUpdate();
    void sendUpdate();
    void handleConflict(const LlmModel &theirs);
    void finishSave(ApiCall *call, bool created);
    void setSaving(bool saving, const QString &what = {});
    void showTestResult(const QString &iconName, const QString &text, const QString &tip = {});

    std::unique_ptr<Ui::ModelDialog> m_ui;
    Mode m_mode;
    Context m_context;
    QPointer<SchemaSource> m_schemas;
    QPointer<RequesterIcons> m_icons; // m_context.icons, while it lives
    LlmModel m_original;              // see original()
    LlmModel m_base;                  // what edited() starts from
    QJsonObject m_initial;            // edited().json() when loaded: dirty is relative to it
    QString m_requester;
    RequesterSchema m_schema;
    bool m_ready = false;
    bool m_saving = false;
    bool m_loading = false; // loadRecord() runs: no state updates
    QString m_savedUuid;
    QPointer<ApiCall> m_saveCall;
    QPointer<ApiCall> m_testCall;

    MessageBanner *m_banner = nullptr;
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
    QWidget *m_testRow = nullptr;
    QLabel *m_testIcon = nullptr;
    QLabel *m_testText = nullptr;
    QToolButton *m_cancelTest = nullptr;
    QLabel *m_saveHint = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace lb::gui
