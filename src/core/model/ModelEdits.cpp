#include "ModelEdits.h"

#include "ModelFields.h"
#include "schema/FieldSpec.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

using namespace ModelFields;

bool isMergedByKey(const QString &field)
{
    return field == kRequesterConfig || field == kExtraArgs;
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    // Undefined (absent) and null are different here: absent means "not sent".
    if (a.isUndefined() || b.isUndefined())
        return a.isUndefined() && b.isUndefined();
    return FieldSpec::equivalent(a, b);
}

QJsonObject rebaseObject(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    QJsonObject result = theirs;
    QStringList keys = base.keys() + mine.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue b = base.value(key);
        const QJsonValue m = mine.value(key);
        if (same(b, m))
            continue; // untouched by me: theirs stands
        if (m.isUndefined())
            result.remove(key); // I removed it
        else
            result.insert(key, m);
    }
    return result;
}

} // namespace

QString ModelEdits::duplicateName(const QString &name, const QStringList &takenNames)
{
    QSet<QString> taken;
    for (const QString &n : takenNames)
        taken.insert(n.toCaseFolded());

    // "X (copy)" and "X (copy N)" continue the numbering of X.
    static const QRegularExpression suffix(
        u"^(.*) \\(%1(?: (\\d+))?\\)$"_s.arg(QRegularExpression::escape(tr("copy"))));
    QString stem = name.trimmed();
    int next = 1;
    const QRegularExpressionMatch match = suffix.match(stem);
    if (match.hasMatch()) {
        stem = match.captured(1);
        next = match.captured(2).isEmpty() ? 2 : match.captured(2).toInt() + 1;
    }
    for (int n = next;; ++n) {
        const QString candidate = n == 1 ? tr("%1 (copy)").arg(stem) : tr("%1 (copy %2)").arg(stem).arg(n);
        if (!taken.contains(candidate.toCaseFolded()))
            return candidate;
    }
}

LlmModel ModelEdits::duplicate(const LlmModel &source, bool copyKeys, const QStringList &takenNames)
{
    QJsonObject json = source.json();
    json.remove(kUuid);
    json.remove(kCreatedAt);
    json.remove(kUpdatedAt);
    json.remove(kProvider); // 4.7+: read-only, and it may carry the provider's keys
    LlmModel copy(json);
    copy.setType(source.type());
    copy.setName(duplicateName(source.name(), takenNames));
    // 4.7+ models hold no keys (their provider does): nothing to empty there.
    if (!copyKeys && !json.contains(kProviderUuid))
        copy.setApiKeys({});
    return copy;
}

bool ModelEdits::changedSince(const LlmModel &opened, const LlmModel &current)
{
    const QString before = opened.updatedAtText();
    const QString now = current.updatedAtText();
    if (!before.isEmpty() || !now.isEmpty())
        return before != now;
    return !FieldSpec::equivalent(opened.updateBody(), current.updateBody());
}

QJsonObject ModelEdits::rebase(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    QJsonObject result = theirs;
    QStringList keys = base.keys() + mine.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (key == kUuid || key == kCreatedAt || key == kUpdatedAt)
            continue;
        const QJsonValue b = base.value(key);
        const QJsonValue m = mine.value(key);
        if (same(b, m))
            continue;
        if (isMergedByKey(key) && m.isObject() && theirs.value(key).isObject()) {
            result.insert(key, rebaseObject(b.toObject(), m.toObject(), theirs.value(key).toObject()));
            continue;
        }
        if (m.isUndefined())
            result.remove(key);
        else
            result.insert(key, m);
    }
    return result;
}

QStringList ModelEdits::overlappingChanges(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    QStringList result;
    QStringList keys = base.keys() + mine.keys() + theirs.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (key == kUuid || key == kCreatedAt || key == kUpdatedAt)
            continue;
        const QJsonValue b = base.value(key);
        const QJsonValue m = mine.value(key);
        const QJsonValue t = theirs.value(key);
        if (same(b, m) || same(b, t) || same(m, t))
            continue;
        if (isMergedByKey(key) && b.isObject() && m.isObject() && t.isObject()) {
            const QJsonObject bo = b.toObject(), mo = m.toObject(), to = t.toObject();
            QStringList inner = bo.keys() + mo.keys() + to.keys();
            inner.removeDuplicates();
            inner.sort();
            for (const QString &k : std::as_const(inner)) {
                if (!same(bo.value(k), mo.value(k)) && !same(bo.value(k), to.value(k))
                    && !same(mo.value(k), to.value(k)))
                    result.append(key + u'.' + k);
            }
            continue;
        }
        result.append(key);
    }
    return result;
}

} // namespace lb
