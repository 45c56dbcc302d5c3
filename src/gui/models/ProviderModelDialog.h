#pragma once

#include "ModelDialogBase.h"
#include "api/Permissions.h"
#include "api/ServerGeneration.h"
#include "model/Provider.h"
#include "model/WriteBodies.h"

#include <QSet>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lb {
class ApiClient;
class SchemaSource;
class ServerWorkspace;
} // namespace lb

namespace lb::gui {

class AbilitiesEditor;
class ExtraArgsEditor;
class RequesterIcons;

// The model dialog of a LangBot 4.7+ server (features().hasProviders()): a
// model of any type (LLM, embedding, rerank) points at a provider, which holds
// the requester, base URL and keys. The form: type (fixed when editing), the
// provider (a picker over the workspace's providers, with "New provider…"),
// name, abilities (LLMs), context length (LLMs, 4.10.2+), reasoning level
// (LLMs, 4.10.7+: only the levels the server reports for the model, and only
// with the reasoning ability), extra arguments.
//
// Save and Test send the bodies of WriteBodies through ApiClient's typed
// calls (the save flow: ModelDialogBase). Test sends the unsaved `_` body,
// which needs the provider's real keys: when the server hides them (no
// secret permission), it says so instead of sending. A failed save keeps
// every value and shows the server's message (with the request id, or the
// missing permission of a 403). The 4.0–4.6 dialog is ModelDialog.
class ProviderModelDialog : public ModelDialogBase
{
    Q_OBJECT
public:
    struct Context
    {
        ApiClient *client = nullptr;          // not owned; nullptr: nothing can be sent
        ServerWorkspace *workspace = nullptr; // not owned: providers, features, permissions
        RequesterIcons *icons = nullptr;      // not owned; may be nullptr
        // not owned; may be nullptr: the requesters' types. Only providers
        // whose requester serves the model's type are offered (all when unknown).
        SchemaSource *schemas = nullptr;
        QStringList takenNames; // names of the server's models (duplicate suffix)
    };

    // model: Edit: the record as listed; Duplicate: the source; New: only its
    // type() is used (the type the new model starts with).
    ProviderModelDialog(Mode mode, const LlmModel &model, const Context &context, QWidget *parent = nullptr);
    ~ProviderModelDialog() override;

    ServerFeatures features() const;
    Permissions permissions() const;
    LlmModel edited() const override;
    ModelType modelType() const;
    // The provider picked (an empty Provider when none).
    Provider provider() const;
    bool isDirty() const override;
    QString saveBlockedReason() const override;
    QString testBlockedReason() const override;

    // What a masked secret reads as ("hidden by the server (no secret permission)").
    static QString hiddenSecretText();

    // --- widgets, for tests -------------------------------------------------------
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *providerCombo() const { return m_provider; }
    QLabel *providerKeysLabel() const { return m_providerKeys; }
    QLineEdit *nameEdit() const { return m_name; }
    AbilitiesEditor *abilitiesEditor() const { return m_abilities; }
    QSpinBox *contextLengthSpin() const { return m_contextLength; }
    QComboBox *reasoningLevelCombo() const { return m_reasoning; }
    QLabel *reasoningHintLabel() const { return m_reasoningHint; }
    ExtraArgsEditor *extraArgsEditor() const { return m_extraArgs; }
    // The index of "New provider…" in providerCombo().
    int newProviderIndex() const;
    // Whether a provider's requester serves models of this type (true when
    // the requesters are not known, or it is not among them).
    bool providerServes(const Provider &provider, ModelType type) const;

    // What Save sends, field by field (the change review's list).
    QList<FieldChange> changes() const override;

public slots:
    // Deletes the model a failed create left behind (orphanFound()).
    void cleanUpOrphan();
    void test() override;
    // Fills the provider picker again from the workspace (a provider was
    // made or changed); the pick is kept when it is still there.
    void reloadProviders();
    // Picks the provider with this uuid (after "New provider…" made one); one
    // the workspace has not listed yet is picked once it is.
    void selectProvider(const QString &uuid);

signals:
    // "New provider…" was picked: the provider dialog is someone else's.
    void newProviderRequested();
    // A failed create left its row behind (uuid); cleaned up on request.
    void orphanFound(const QString &uuid);
    void orphanRemoved();

protected:
    void updateState() override;
    bool checkBody() override;
    ApiCall *sendWrite() override;
    QJsonObject updateBody(const LlmModel &model) const override;
    void loadRebased(const LlmModel &theirs, const LlmModel &mine) override;
    void createFailed(ApiCall *call) override;
    bool hasUnsavedChanges() const override;

private:
    void buildForm();
    void buildButtons();
    void loadRecord(const LlmModel &values);
    void onProviderActivated(int index);
    void updateTypeRows();
    void updateProviderInfo();
    void updateReasoning();
    QString permissionReason(Permissions::Action action) const;
    void runTest(const Provider &provider);
    // The create (New, Duplicate) or update (Edit) body of a model.
    WriteBody writeBody(const LlmModel &model) const;
    void findOrphan();
    QLabel *addRow(const QString &label, QWidget *field);

    Context m_context;
    QPointer<ServerWorkspace> m_workspace;
    QPointer<RequesterIcons> m_icons;
    QPointer<SchemaSource> m_schemas;
    QString m_lastProvider;    // the pick before "New provider…"
    QString m_pendingProvider; // selectProvider() before the workspace listed it
    QSet<QString> m_before;    // the models before a create
    QString m_orphan;          // a failed create's saved row

    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_providerKeys = nullptr;
    QLineEdit *m_name = nullptr;
    AbilitiesEditor *m_abilities = nullptr;
    QSpinBox *m_contextLength = nullptr;
    QComboBox *m_reasoning = nullptr;
    QLabel *m_reasoningHint = nullptr;
    ExtraArgsEditor *m_extraArgs = nullptr;
    QLabel *m_argsError = nullptr;
};

} // namespace lb::gui
