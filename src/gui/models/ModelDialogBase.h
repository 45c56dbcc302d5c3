#pragma once

#include "model/LlmModel.h"
#include "transfer/ImportPlan.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QPushButton;
class QToolButton;

namespace lb {
class ApiCall;
class ApiClient;
class ApiError;
} // namespace lb

namespace lb::gui {

class MessageBanner;

// What the two model dialogs share (ModelDialog for 4.0–4.6,
// ProviderModelDialog for 4.7+): the frame's banner, test row and buttons,
// the test's progress and result, and the save flow. Save shows the
// field-level diff of what will be sent (ChangeReviewDialog); for an edit it
// reads the model again and compares updated_at: when someone changed it
// meanwhile, their change is shown and the user overwrites, re-edits on
// their version, or cancels. A failed save keeps the dialog open with every
// value and shows the error. Closing with unsaved changes asks first
// (MessageBox::confirmDestructive). A dialog builds its form and says, by the
// virtual functions below, how its model reads and what its bodies are.
class ModelDialogBase : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Edit, Duplicate };

    ~ModelDialogBase() override;

    Mode mode() const { return m_mode; }
    // Edit: the record the edit is based on (the server's, after a re-edit).
    // Duplicate: the source. New: empty.
    LlmModel original() const { return m_original; }
    // The record with the form's values applied.
    virtual LlmModel edited() const = 0;
    // What Save sends, field by field (the change review's list).
    virtual QList<FieldChange> changes() const = 0;
    virtual bool isDirty() const = 0;
    // Why Save / Test are disabled; empty when enabled.
    virtual QString saveBlockedReason() const = 0;
    virtual QString testBlockedReason() const = 0;
    QString savedUuid() const { return m_savedUuid; }
    bool isSaving() const { return m_saveCall != nullptr; }
    bool isTesting() const { return m_testCall != nullptr; }

    // --- widgets, for tests ---------------------------------------------------------
    MessageBanner *banner() const { return m_banner; }
    QLabel *testResultLabel() const { return m_testText; }
    QLabel *saveHintLabel() const { return m_saveHint; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelButton() const { return m_cancel; }
    QToolButton *cancelTestButton() const { return m_cancelTest; }

public slots:
    void save();
    virtual void test() = 0;
    void cancelTest();
    // Asks first when there are unsaved changes; ignored while saving.
    void reject() override;

signals:
    void saved(const QString &uuid, bool created);
    void saveFailed(const QString &message);
    // Save found the model changed on the server since it was opened.
    void conflictDetected();
    void testFinished(bool ok);

protected:
    // The frame's widgets: each dialog lays them out its own way.
    struct Frame
    {
        MessageBanner *banner = nullptr;
        QWidget *testRow = nullptr;
        QLabel *testIcon = nullptr;
        QLabel *testText = nullptr;
        QToolButton *cancelTest = nullptr;
        QLabel *saveHint = nullptr;
        QPushButton *test = nullptr;
        QPushButton *cancel = nullptr;
        QPushButton *save = nullptr;
    };

    ModelDialogBase(Mode mode, ApiClient *client, QWidget *parent);
    // Keeps the frame's widgets and connects its buttons.
    void setFrame(const Frame &frame);
    ApiClient *client() const { return m_client; }

    virtual void updateState() = 0;
    // Save was refused (saveBlockedReason()): point at the problems.
    virtual void revealProblems() { }
    // Builds the write body; false (after saying why) when it cannot.
    virtual bool checkBody() { return true; }
    // Sends the create (New, Duplicate) or the update (Edit); nullptr when
    // nothing was sent (the dialog said why).
    virtual ApiCall *sendWrite() = 0;
    // The update body of a model: what a conflict compares.
    virtual QJsonObject updateBody(const LlmModel &model) const = 0;
    // Their changes as the conflict shows them (secrets masked).
    virtual QList<FieldChange> shownChanges(QList<FieldChange> changes) const { return changes; }
    // Re-edit after a conflict: their record becomes the base, mine goes on top.
    virtual void loadRebased(const LlmModel &theirs, const LlmModel &mine) = 0;
    // A create failed (after the banner said so).
    virtual void createFailed(ApiCall *call) { Q_UNUSED(call) }
    // The failure of a test, in a few words.
    virtual QString testFailureText(const ApiError &error) const;
    // Whether closing loses changes.
    virtual bool hasUnsavedChanges() const { return isDirty(); }
    // Saving starts or ends: the dialog disables what it must.
    virtual void savingChanged(bool saving) { Q_UNUSED(saving) }

    void showTestResult(const QString &iconName, const QString &text, const QString &tip = {});
    // Shows the test's progress, then its result, and emits testFinished.
    void runTestCall(ApiCall *call);
    void setSaving(ApiCall *call, const QString &what = {});
    // Nothing was sent: the banner says why, and saveFailed is emitted.
    void refuseSave(const QString &why);
    // Sends the write and finishes the save when it answers.
    void sendSave();

    Mode m_mode;
    LlmModel m_original; // see original()
    LlmModel m_base;     // what edited() starts from
    QJsonObject m_initial;
    QPointer<ApiCall> m_saveCall;
    QPointer<ApiCall> m_testCall;
    MessageBanner *m_banner = nullptr;
    QWidget *m_testRow = nullptr;
    QLabel *m_testIcon = nullptr;
    QLabel *m_testText = nullptr;
    QToolButton *m_cancelTest = nullptr;
    QLabel *m_saveHint = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;

private:
    void checkThenUpdate();
    void handleConflict(const LlmModel &theirs);
    void finishSave(ApiCall *call, bool created);

    ApiClient *m_client = nullptr;
    QString m_savedUuid;
};

} // namespace lb::gui
