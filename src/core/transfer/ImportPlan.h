#pragma once

#include "api/ServerGeneration.h"
#include "model/LlmModel.h"
#include "model/Provider.h"
#include "transfer/ModelsDocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lb {

enum class ImportAction { Create, Update, Skip };
enum class MatchRule { None, Uuid, Name, Chosen }; // Chosen: set by setTarget()
// What to do, without asking, with a document model that matches a server
// model and differs from it. (Identical ones are always skipped.)
enum class ConflictPolicy { Update, Skip };

// One difference between what would be sent and the server's current record.
// Secrets never appear as values: api_keys (and requester_config / extra_args
// entries whose names look like secrets) are shown as counts or "(changed)".
struct FieldChange
{
    enum class Kind { Added, Removed, Changed };

    QString path; // "description", "requester_config.base_url", "api_keys"
    Kind kind = Kind::Changed;
    QString oldText; // compact JSON, or a count for secrets; empty when Added
    QString newText; // empty when Removed
    bool secret = false;

    QString toString() const; // "requester_config.timeout: 120 → 60"
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct ImportOptions
{
    // The document comes from the server it is imported into (see
    // ImportPlan::isSameServer): models match by uuid first, then by name.
    // Otherwise they match by name only.
    bool sameServer = false;
    ConflictPolicy onConflict = ConflictPolicy::Update;
};

// One document model and what to do with it.
class ImportRow
{
public:
    qsizetype documentIndex = -1; // models[i] of the document
    DocumentModel incoming;
    MatchRule matchedBy = MatchRule::None;
    LlmModel target;        // the server's current record; empty when none
    bool ambiguous = false; // several server models have this name: none chosen

    ImportAction proposed = ImportAction::Skip;
    QString reason;                           // why the proposal, for people
    ImportAction action = ImportAction::Skip; // what will be done (the user may change it)

    // Derived from the action (ImportPlan keeps them up to date):
    bool identical = false;     // an update would change nothing
    QJsonObject body;           // exactly what to send; empty for Skip
    QList<FieldChange> changes; // what the action changes (Skip: what an update would)
    QStringList warnings;

    QString name() const { return incoming.model.name(); }
    bool hasTarget() const { return !target.uuid().isEmpty(); }
    QString targetUuid() const { return target.uuid(); } // for PUT .../llm/{uuid}
    // Keys are sent: the document carries them, or the caller supplied some.
    bool carriesKeys() const { return incoming.carriesKeys() || hasSuppliedKeys; }
    // A create without keys (the caller asks for them, or creates without).
    bool needsKeys() const { return action == ImportAction::Create && !carriesKeys() && incoming.keyCount != 0; }
    // An update that leaves the server's keys as they are (api_keys not sent).
    bool keepsServerKeys() const { return action == ImportAction::Update && !carriesKeys(); }

    QStringList suppliedKeys;
    bool hasSuppliedKeys = false;

    // Importing across generations: the providerRows() index of the provider
    // this model is created on (4.7+ target), or -1; and the document's fields
    // the target server cannot hold ("context_length", "type"…).
    qsizetype providerRow = -1;
    QStringList notCarried;
};

// A provider an import into a 4.7+ server needs: one per distinct (requester,
// base URL, key set) of the document. Skip = an existing server provider with
// the same setup is reused (uuid is its uuid); Create = body makes it, named
// after the document (made unique among the server's providers).
struct ImportProviderRow
{
    Provider incoming; // name (unique), requester, base_url, api_keys (when carried)
    bool carriesKeys = false;
    ImportAction action = ImportAction::Create;
    QString uuid; // the reused provider's (Skip), else empty until created
    QString reason;
    QJsonObject body; // Create only
    QStringList warnings;
    QString name() const { return incoming.name(); }
};

class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(lb::ImportPlan)
public:
    static ImportPlan build(const QList<DocumentModel> &incoming, const QList<LlmModel> &current,
                            const ImportOptions &options);

    // Any document into a server of any generation:
    //  - 4.0–4.6 target: a version 1 document as build() above; a version 2
    //    one converted by GenerationConversion::toLegacy (embedding and rerank
    //    models skipped; what is lost is in each row's notCarried);
    //  - 4.7+ target: providerRows() first (reused by setup, or created), then
    //    a row per model, matched by type and name (uuid first on the same
    //    server), bodies from WriteBodies; a version 1 model is converted by
    //    GenerationConversion::fromLegacy, models with the same requester,
    //    base URL and keys sharing one provider.
    static ImportPlan build(const ModelsDocument &document, const QList<Provider> &providers,
                            const QList<LlmModel> &current, const ServerFeatures &server, const ImportOptions &options);

    const QList<ImportProviderRow> &providerRows() const { return m_providerRows; }
    int providerCreateCount() const;
    // The warning of a row whose notCarried is not empty.
    static QString notCarriedText(const QStringList &fields);

    // Same server: same scheme, host (case-insensitive), port (default ports
    // filled in) and path prefix (trailing "/" ignored); user info ignored.
    static bool isSameServer(const QUrl &a, const QUrl &b);

    const QList<ImportRow> &rows() const { return m_rows; }
    qsizetype size() const { return m_rows.size(); }
    const ImportRow &row(qsizetype index) const { return m_rows.at(index); }
    const ImportOptions &options() const { return m_options; }

    // Changes a row's action. Update needs a target; returns false (and why) if not.
    bool setAction(qsizetype row, ImportAction action, QString *why = nullptr);
    // Points a row at another server model (e.g. to resolve an ambiguous name).
    bool setTarget(qsizetype row, const QString &uuid, QString *why = nullptr);
    // Keys the caller collected for a row (e.g. asked for a create): they are
    // sent as a plain list of strings, like a new record's.
    void setSuppliedKeys(qsizetype row, const QStringList &keys);
    // Back to the proposals, e.g. after a change of policy.
    void resetActions();

    int count(ImportAction action) const;
    int needsKeysCount() const;
    // "2 to create (1 needs keys), 1 to update, 3 to skip"
    QString summaryText() const;

    // Diff helpers, public for the GUI and tests.
    static QList<FieldChange> diff(const QJsonObject &current, const QJsonObject &body);
    static bool looksSecret(QStringView key);

private:
    void update(ImportRow &row) const;
    void updateOnProviders(ImportRow &row) const;
    qsizetype providerRowFor(const Provider &setup, bool carriesKeys, const QList<Provider> &serverProviders);
    // The proposal for a row matched to a server model (`via` says how).
    static void proposeForMatch(ImportRow &row, bool identical, ConflictPolicy onConflict, const QString &via);
    QList<ImportProviderRow> m_providerRows;
    ServerFeatures m_server;
    bool m_onProviders = false; // the target is 4.7+
    QList<LlmModel> m_current;
    QList<ImportRow> m_rows;
    ImportOptions m_options;
};

} // namespace lb
