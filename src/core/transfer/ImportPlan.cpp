#include "ImportPlan.h"

#include "model/ModelFields.h"
#include "model/SecretRedaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

using namespace ModelFields;

constexpr qsizetype kMaxValueText = 120;

QString valueText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    if (text.size() > kMaxValueText)
        text = text.left(kMaxValueText - 1) + u'…';
    return text;
}

QString keyCountText(qsizetype count)
{
    return count == 0 ? ImportPlan::tr("no keys") : ImportPlan::tr("%n key(s)", nullptr, int(count));
}

// What a create sends: the document's fields; api_keys and abilities as plain
// lists of strings (a new record's shape).
QJsonObject createBodyFor(const ImportRow &row)
{
    const QJsonObject source = row.incoming.model.json();
    QJsonObject json = source;
    json.remove(kApiKeys);
    json.remove(kAbilities);
    LlmModel m(json);
    if (row.hasSuppliedKeys)
        m.setApiKeys(row.suppliedKeys);
    else if (row.incoming.carriesKeys())
        m.setApiKeys(row.incoming.model.apiKeys());
    if (source.contains(kAbilities))
        m.setAbilities(row.incoming.model.abilities());
    return m.createBody();
}

// What an update sends: the fields the document has (the server applies a
// partial update), api_keys only when there are keys to send, both lists in
// the shape the server's record has.
QJsonObject updateBodyFor(const ImportRow &row)
{
    const LlmModel &incoming = row.incoming.model;
    // The secrets the export left out stay as the server has them.
    QJsonObject json = SecretRedaction::restore(incoming.json(), row.target.json(), row.incoming.redacted);
    json.remove(kApiKeys);
    if (row.carriesKeys()) {
        if (!row.hasSuppliedKeys && incoming.apiKeysShape() == row.target.apiKeysShape()) {
            json.insert(kApiKeys, incoming.json().value(kApiKeys));
        } else {
            LlmModel shaped(row.target.json());
            shaped.setApiKeys(row.hasSuppliedKeys ? row.suppliedKeys : incoming.apiKeys());
            json.insert(kApiKeys, shaped.json().value(kApiKeys));
        }
    }
    if (json.contains(kAbilities) && incoming.abilitiesShape() != row.target.abilitiesShape()) {
        LlmModel shaped(row.target.json());
        shaped.setAbilities(incoming.abilities());
        json.insert(kAbilities, shaped.json().value(kAbilities));
    }
    return LlmModel(json).updateBody();
}

bool requesterDiffers(const ImportRow &row)
{
    return row.hasTarget() && row.incoming.model.requester() != row.target.requester();
}

void diffObject(const QString &field, const QJsonObject &before, const QJsonObject &after, QList<FieldChange> *out)
{
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        const bool had = before.contains(key);
        const bool has = after.contains(key);
        const QJsonValue oldValue = before.value(key);
        const QJsonValue newValue = after.value(key);
        if (had && has && oldValue == newValue)
            continue;
        FieldChange c;
        c.path = TransferJson::memberPath(field, key);
        c.kind = !had ? FieldChange::Kind::Added : !has ? FieldChange::Kind::Removed : FieldChange::Kind::Changed;
        c.secret = ImportPlan::looksSecret(key);
        if (c.secret) {
            c.oldText = had ? ImportPlan::tr("(set)") : QString();
            c.newText = !has ? QString() : had ? ImportPlan::tr("(changed)") : ImportPlan::tr("(set)");
        } else {
            c.oldText = had ? valueText(oldValue) : QString();
            c.newText = has ? valueText(newValue) : QString();
        }
        out->append(c);
    }
}

} // namespace

QString FieldChange::toString() const
{
    const QString none = ImportPlan::tr("(none)");
    return ImportPlan::tr("%1: %2 → %3")
        .arg(path, kind == Kind::Added ? none : oldText, kind == Kind::Removed ? none : newText);
}

bool ImportPlan::looksSecret(QStringView key)
{
    return SecretRedaction::isSecretName(key);
}

QList<FieldChange> ImportPlan::diff(const QJsonObject &current, const QJsonObject &body)
{
    QList<FieldChange> changes;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue newValue = it.value();
        const bool had = current.contains(key);
        const QJsonValue oldValue = current.value(key);
        if (had && oldValue == newValue)
            continue;
        if (key == kApiKeys) {
            const qsizetype oldCount = LlmModel(current).apiKeyCount();
            const qsizetype newCount = LlmModel(body).apiKeyCount();
            FieldChange c;
            c.path = key;
            c.kind = had ? FieldChange::Kind::Changed : FieldChange::Kind::Added;
            c.secret = true;
            c.oldText = had ? keyCountText(oldCount) : QString();
            c.newText = keyCountText(newCount);
            if (had && oldCount == newCount)
                c.newText = tr("%1 (changed)").arg(c.newText);
            changes.append(c);
            continue;
        }
        if ((key == kRequesterConfig || key == kExtraArgs) && newValue.isObject() && (!had || oldValue.isObject())) {
            diffObject(key, oldValue.toObject(), newValue.toObject(), &changes);
            continue;
        }
        FieldChange c;
        c.path = key;
        c.kind = had ? FieldChange::Kind::Changed : FieldChange::Kind::Added;
        c.secret = looksSecret(key);
        if (c.secret) {
            c.oldText = had ? tr("(set)") : QString();
            c.newText = had ? tr("(changed)") : tr("(set)");
        } else {
            c.oldText = had ? valueText(oldValue) : QString();
            c.newText = valueText(newValue);
        }
        changes.append(c);
    }
    return changes;
}

bool ImportPlan::isSameServer(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty() || b.host().isEmpty())
        return false;
    auto port = [](const QUrl &u) {
        const QString scheme = u.scheme().toLower();
        return u.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
    };
    auto path = [](const QUrl &u) {
        QString p = u.path();
        while (p.endsWith(u'/'))
            p.chop(1);
        return p;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b) && path(a) == path(b);
}

ImportPlan ImportPlan::build(const QList<DocumentModel> &incoming, const QList<LlmModel> &current,
                             const ImportOptions &options)
{
    ImportPlan plan;
    plan.m_current = current;
    plan.m_options = options;

    QHash<QString, qsizetype> byUuid;
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < current.size(); ++i) {
        byUuid.insert(current.at(i).uuid(), i);
        byName[current.at(i).name()].append(i);
    }
    QHash<QString, qsizetype> claimed; // server uuid -> the document index that matched it first

    for (qsizetype i = 0; i < incoming.size(); ++i) {
        ImportRow row;
        row.documentIndex = i;
        row.incoming = incoming.at(i);
        const QString uuid = row.incoming.model.uuid();
        const QString name = row.incoming.model.name();

        if (options.sameServer && !uuid.isEmpty() && byUuid.contains(uuid)) {
            row.target = current.at(byUuid.value(uuid));
            row.matchedBy = MatchRule::Uuid;
        } else if (const QList<qsizetype> named = byName.value(name); named.size() == 1) {
            row.target = current.at(named.first());
            row.matchedBy = MatchRule::Name;
        } else if (named.size() > 1) {
            row.ambiguous = true;
        }

        if (row.ambiguous) {
            row.proposed = ImportAction::Skip;
            row.reason = tr("%1 models on the server are named \"%2\": choose the one to update, "
                            "or create a new one")
                             .arg(byName.value(name).size())
                             .arg(name);
        } else if (!row.hasTarget()) {
            row.proposed = ImportAction::Create;
            row.reason = options.sameServer && !uuid.isEmpty() ? tr("no model with this uuid or name on the server")
                                                               : tr("no model named \"%1\" on the server").arg(name);
        } else {
            const QString via = row.matchedBy == MatchRule::Uuid ? tr("matched by uuid") : tr("matched by name");
            const QJsonObject body = updateBodyFor(row);
            const bool identical = diff(row.target.json(), body).isEmpty();
            if (const auto first = claimed.constFind(row.targetUuid()); first != claimed.constEnd()) {
                row.proposed = ImportAction::Skip;
                row.reason = tr("models[%1] already matches the same server model (%2)").arg(first.value()).arg(via);
            } else if (requesterDiffers(row)) {
                row.proposed = ImportAction::Skip;
                row.reason = tr("the server's model uses the requester \"%1\", the document's \"%2\"; "
                                "an update cannot change it (%3)")
                                 .arg(row.target.requester(), row.incoming.model.requester(), via);
            } else {
                proposeForMatch(row, identical, options.onConflict, via);
            }
            claimed.insert(row.targetUuid(), i);
        }
        row.action = row.proposed;
        plan.update(row);
        plan.m_rows.append(row);
    }
    return plan;
}

void ImportPlan::update(ImportRow &row) const
{
    if (m_onProviders) {
        updateOnProviders(row);
        return;
    }
    row.warnings.clear();
    row.body = QJsonObject();
    row.changes.clear();
    row.identical = false;

    QList<FieldChange> updateChanges;
    QJsonObject updateBody;
    if (row.hasTarget()) {
        updateBody = updateBodyFor(row);
        updateChanges = diff(row.target.json(), updateBody);
        row.identical = updateChanges.isEmpty();
    }

    switch (row.action) {
    case ImportAction::Create:
        row.body = createBodyFor(row);
        row.changes = diff(QJsonObject(), row.body);
        if (row.hasTarget())
            row.warnings.append(tr("a model named \"%1\" exists on the server already; "
                                   "this creates a second one")
                                    .arg(row.target.name()));
        if (row.needsKeys())
            row.warnings.append(tr("the document carries no API keys: the model is created without keys "
                                   "unless keys are supplied"));
        if (!row.incoming.redacted.isEmpty())
            row.warnings.append(tr("secrets left out of the export are created without a value: %1")
                                    .arg(row.incoming.redacted.join(QLatin1String(", "))));
        break;
    case ImportAction::Update:
        row.body = updateBody;
        row.changes = updateChanges;
        if (requesterDiffers(row))
            row.warnings.append(tr("the requester stays \"%1\": a saved model's requester cannot change "
                                   "(the document says \"%2\")")
                                    .arg(row.target.requester(), row.incoming.model.requester()));
        break;
    case ImportAction::Skip:
        row.changes = updateChanges;
        break;
    }
    if (row.incoming.keys == DocumentModel::Keys::Masked && !row.hasSuppliedKeys)
        row.warnings.append(tr("the source server masked the API keys (\"***\"); they were not exported"));
    if (!row.notCarried.isEmpty())
        row.warnings.append(notCarriedText(row.notCarried));
}

bool ImportPlan::setAction(qsizetype index, ImportAction action, QString *why)
{
    if (index < 0 || index >= m_rows.size()) {
        if (why)
            *why = tr("no such row");
        return false;
    }
    ImportRow &row = m_rows[index];
    if (action == ImportAction::Update && !row.hasTarget()) {
        if (why)
            *why = row.ambiguous ? tr("several server models have this name: choose the one to update first")
                                 : tr("there is no server model to update: create it instead");
        return false;
    }
    row.action = action;
    update(row);
    return true;
}

bool ImportPlan::setTarget(qsizetype index, const QString &uuid, QString *why)
{
    if (index < 0 || index >= m_rows.size()) {
        if (why)
            *why = tr("no such row");
        return false;
    }
    for (const LlmModel &m : std::as_const(m_current)) {
        if (m.uuid() == uuid && !uuid.isEmpty()) {
            ImportRow &row = m_rows[index];
            row.target = m;
            row.matchedBy = MatchRule::Chosen;
            row.ambiguous = false;
            update(row);
            return true;
        }
    }
    if (why)
        *why = tr("no model with the uuid \"%1\" on the server").arg(uuid);
    return false;
}

void ImportPlan::setSuppliedKeys(qsizetype index, const QStringList &keys)
{
    if (index < 0 || index >= m_rows.size())
        return;
    ImportRow &row = m_rows[index];
    row.suppliedKeys = keys;
    row.hasSuppliedKeys = true;
    update(row);
}

void ImportPlan::resetActions()
{
    for (ImportRow &row : m_rows) {
        row.action = row.proposed;
        update(row);
    }
}

int ImportPlan::count(ImportAction action) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [action](const ImportRow &r) { return r.action == action; }));
}

int ImportPlan::needsKeysCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ImportRow &r) { return r.needsKeys(); }));
}

QString ImportPlan::summaryText() const
{
    QString create = tr("%n to create", nullptr, count(ImportAction::Create));
    if (const int n = needsKeysCount(); n > 0)
        create += u' ' + tr("(%n without keys)", nullptr, n);
    return tr("%1, %2, %3")
        .arg(create, tr("%n to update", nullptr, count(ImportAction::Update)),
             tr("%n to skip", nullptr, count(ImportAction::Skip)));
}

void ImportPlan::proposeForMatch(ImportRow &row, bool identical, ConflictPolicy onConflict, const QString &via)
{
    if (identical) {
        row.proposed = ImportAction::Skip;
        row.reason = tr("identical to the server's model (%1)").arg(via);
    } else if (onConflict == ConflictPolicy::Update) {
        row.proposed = ImportAction::Update;
        row.reason = tr("differs from the server's model (%1)").arg(via);
    } else {
        row.proposed = ImportAction::Skip;
        row.reason = tr("exists on the server and differs (%1); the on-conflict policy is skip").arg(via);
    }
}

} // namespace lb
