// ImportPlan across API generations: a document into a 4.7+ server (providers
// first, then the models on them), or a version 2 document into a 4.0–4.6 one.

#include "ImportPlan.h"

#include "model/GenerationConversion.h"
#include "model/ModelFields.h"
#include "model/SecretRedaction.h"
#include "model/WriteBodies.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lb {

namespace {

using namespace ModelFields;

// name, "name (2)", "name (3)"… the first not in `taken` (case-insensitive).
QString uniqueName(const QString &name, const QSet<QString> &taken)
{
    QString candidate = name;
    for (int n = 2; taken.contains(candidate.toLower()); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    return candidate;
}

// The provider a document model needs: its version 2 provider, or the
// requester, base URL and keys of a version 1 model.
Provider setupOf(const ModelsDocument &doc, const DocumentModel &model, bool *carriesKeys)
{
    if (const DocumentProvider *p = doc.providerOf(model)) {
        *carriesKeys = p->carriesKeys();
        Provider setup(p->provider.json());
        if (!*carriesKeys)
            setup.setApiKeys({});
        return setup;
    }
    *carriesKeys = model.carriesKeys();
    Provider setup = Provider::fromLegacyModel(model.model);
    if (!*carriesKeys)
        setup.setApiKeys({});
    return setup;
}

} // namespace

int ImportPlan::providerCreateCount() const
{
    return int(std::count_if(m_providerRows.cbegin(), m_providerRows.cend(),
                             [](const ImportProviderRow &r) { return r.action == ImportAction::Create; }));
}

qsizetype ImportPlan::providerRowFor(const Provider &setup, bool carriesKeys, const QList<Provider> &serverProviders)
{
    const QByteArray identity = setup.setupIdentity();
    for (qsizetype i = 0; i < m_providerRows.size(); ++i) {
        if (m_providerRows.at(i).incoming.setupIdentity() == identity)
            return i;
    }
    ImportProviderRow row;
    row.incoming = setup;
    row.carriesKeys = carriesKeys;
    QSet<QString> taken;
    // A document without keys cannot compare them: a provider of the same
    // requester and base URL (the secrets of the URL left out, as an export
    // leaves them out) is the one (the same name first). Creating a
    // keyless copy would move the models off the provider that holds their
    // keys.
    const Provider *sameSetup = nullptr;
    for (const Provider &p : serverProviders) {
        taken.insert(p.name().toLower());
        if (p.isLangBotModels())
            continue;
        if (carriesKeys) {
            if (!sameSetup && !p.hasMaskedKeys() && p.setupIdentity() == identity)
                sameSetup = &p;
        } else if (p.requester() == setup.requester()
                   && SecretRedaction::redactUrl(p.baseUrl()) == SecretRedaction::redactUrl(setup.baseUrl())
                   && (!sameSetup || (sameSetup->name() != setup.name() && p.name() == setup.name()))) {
            sameSetup = &p;
        }
    }
    if (sameSetup) {
        row.action = ImportAction::Skip;
        row.uuid = sameSetup->uuid();
        row.reason = carriesKeys
            ? tr("the server's provider \"%1\" has the same requester, base URL and keys").arg(sameSetup->name())
            : tr("the server's provider \"%1\" has the same requester and base URL (the document carries no keys)")
                  .arg(sameSetup->name());
    }
    for (const ImportProviderRow &planned : std::as_const(m_providerRows))
        taken.insert(planned.name().toLower());
    if (row.action == ImportAction::Create) {
        row.incoming.setName(uniqueName(setup.name(), taken));
        row.reason = tr("no provider on the server has this requester, base URL and keys");
        const WriteBody body = WriteBodies::providerCreate(row.incoming, m_server);
        row.body = body.body;
        if (!body.ok())
            row.warnings.append(body.error);
        if (!carriesKeys)
            row.warnings.append(tr("the document carries no API keys: the provider is created without keys"));
    }
    m_providerRows.append(row);
    return m_providerRows.size() - 1;
}

ImportPlan ImportPlan::build(const ModelsDocument &document, const QList<Provider> &providers,
                             const QList<LlmModel> &current, const ServerFeatures &server, const ImportOptions &options)
{
    if (!server.hasProviders()) {
        if (document.version < 2)
            return build(document.models, current, options);
        // A 4.7+ document into 4.0–4.6: LLM models with their provider's setup.
        QList<DocumentModel> legacy;
        QList<QStringList> lost;
        for (const DocumentModel &d : document.models) {
            bool carriesKeys = false;
            const Provider setup = setupOf(document, d, &carriesKeys);
            const GenerationConversion::Result converted = GenerationConversion::toLegacy(d.model, setup);
            DocumentModel m = d;
            m.provider.clear();
            m.model
                = converted.model.json().isEmpty() ? LlmModel(QJsonObject{{kName, d.model.name()}}) : converted.model;
            m.keys = carriesKeys ? DocumentModel::Keys::Included : DocumentModel::Keys::NotExported;
            if (const DocumentProvider *p = document.providerOf(d); p && !carriesKeys)
                m.keys = p->keys;
            m.keyCount = carriesKeys ? int(setup.apiKeys().size()) : -1;
            legacy.append(m);
            lost.append(converted.notCarried);
        }
        ImportPlan plan = build(legacy, current, options);
        for (qsizetype i = 0; i < plan.m_rows.size(); ++i) {
            ImportRow &row = plan.m_rows[i];
            row.notCarried = lost.at(i);
            if (document.models.at(i).model.type() != ModelType::Llm) {
                row.proposed = row.action = ImportAction::Skip;
                row.reason = tr("model type “%1”: LangBot 4.0–4.6 has LLM models only")
                                 .arg(modelTypeId(document.models.at(i).model.type()));
            }
            plan.update(row);
        }
        return plan;
    }

    ImportPlan plan;
    plan.m_current = current;
    plan.m_options = options;
    plan.m_server = server;
    plan.m_onProviders = true;
    QSet<QString> claimed;
    for (qsizetype i = 0; i < document.models.size(); ++i) {
        const DocumentModel &d = document.models.at(i);
        ImportRow row;
        row.documentIndex = i;
        row.incoming = d;
        bool carriesKeys = false;
        const Provider setup = setupOf(document, d, &carriesKeys);
        row.providerRow = plan.providerRowFor(setup, carriesKeys, providers);
        const QString providerUuid = plan.m_providerRows.at(row.providerRow).uuid;
        if (document.version < 2) {
            const GenerationConversion::Result converted = GenerationConversion::fromLegacy(d.model, providerUuid);
            row.incoming.model = converted.model;
            row.notCarried = converted.notCarried;
        } else {
            row.incoming.model.setProviderUuid(providerUuid);
        }
        row.incoming.keys = DocumentModel::Keys::Absent; // the provider holds the keys
        row.incoming.keyCount = 0;
        const ModelType type = row.incoming.model.type();
        const QString name = row.incoming.model.name();
        for (const LlmModel &m : current) {
            if (m.type() != type || claimed.contains(m.uuid()))
                continue;
            if (options.sameServer && !d.model.uuid().isEmpty() && m.uuid() == d.model.uuid()) {
                row.target = m;
                row.matchedBy = MatchRule::Uuid;
                break;
            }
            if (m.name() == name && !row.hasTarget()) {
                row.target = m;
                row.matchedBy = MatchRule::Name;
            }
        }
        if (!row.hasTarget()) {
            row.proposed = ImportAction::Create;
            row.reason = tr("no %1 model named \"%2\" on the server").arg(modelTypeId(type), name);
        } else {
            claimed.insert(row.targetUuid());
            row.action = ImportAction::Update;
            plan.updateOnProviders(row);
            const QString via = row.matchedBy == MatchRule::Uuid ? tr("matched by uuid") : tr("matched by name");
            proposeForMatch(row, row.identical, options.onConflict, via);
        }
        row.action = row.proposed;
        plan.updateOnProviders(row);
        plan.m_rows.append(row);
    }
    return plan;
}

void ImportPlan::updateOnProviders(ImportRow &row) const
{
    row.warnings.clear();
    row.body = QJsonObject();
    row.changes.clear();
    row.identical = false;
    if (row.providerRow >= 0 && row.providerRow < m_providerRows.size()) {
        // A provider still to create: a stand-in the runner replaces by its uuid.
        const ImportProviderRow &provider = m_providerRows.at(row.providerRow);
        if (provider.uuid.isEmpty())
            row.incoming.model.setProviderUuid(tr("(new provider \"%1\")").arg(provider.name()));
    }
    QJsonObject updateBody;
    QList<FieldChange> updateChanges;
    QString updateError;
    if (row.hasTarget()) {
        LlmModel edited = row.incoming.model;
        edited.setUuid(row.targetUuid());
        if (edited.providerUuid().isEmpty())
            edited.setProviderUuid(row.target.providerUuid());
        const WriteBody body = WriteBodies::modelUpdate(edited, m_server);
        updateBody = body.body;
        updateError = body.error;
        updateChanges = diff(row.target.json(), updateBody);
        row.identical = body.ok() && updateChanges.isEmpty();
    }
    switch (row.action) {
    case ImportAction::Create: {
        const WriteBody body = WriteBodies::modelCreate(row.incoming.model, m_server);
        row.body = body.body;
        row.changes = diff(QJsonObject(), row.body);
        if (!body.ok())
            row.warnings.append(body.error);
        if (row.hasTarget())
            row.warnings.append(tr("a model named \"%1\" exists on the server already; "
                                   "this creates a second one")
                                    .arg(row.target.name()));
        break;
    }
    case ImportAction::Update:
        row.body = updateBody;
        row.changes = updateChanges;
        if (!updateError.isEmpty())
            row.warnings.append(updateError);
        break;
    case ImportAction::Skip:
        row.changes = updateChanges;
        break;
    }
    if (!row.incoming.redacted.isEmpty() && row.action == ImportAction::Create)
        row.warnings.append(tr("secrets left out of the export are created without a value: %1")
                                .arg(row.incoming.redacted.join(QLatin1String(", "))));
    if (!row.notCarried.isEmpty())
        row.warnings.append(notCarriedText(row.notCarried));
}

QString ImportPlan::notCarriedText(const QStringList &fields)
{
    return tr("the target server cannot hold: %1").arg(fields.join(QLatin1String(", ")));
}

} // namespace lb
