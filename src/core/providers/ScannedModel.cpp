#include "ScannedModel.h"

#include <QJsonArray>
#include <QJsonValue>

namespace lb {

ScannedModel ScannedModel::fromJson(const QJsonObject &json)
{
    ScannedModel m;
    m.id = json.value(QStringLiteral("id")).toString();
    if (m.id.isEmpty())
        m.id = json.value(QStringLiteral("name")).toString();
    m.displayName = json.value(QStringLiteral("display_name")).toString();
    m.typeId = json.value(QStringLiteral("type")).toString();
    m.type = modelTypeFromId(m.typeId);
    for (const QJsonValue &a : json.value(QStringLiteral("abilities")).toArray()) {
        if (a.isString() && !m.abilities.contains(a.toString()))
            m.abilities << a.toString();
    }
    const QJsonValue context = json.value(QStringLiteral("context_length"));
    if (context.isDouble() && context.toInteger() > 0)
        m.contextLength = int(context.toInteger());
    m.ownedBy = json.value(QStringLiteral("owned_by")).toString();
    m.alreadyAdded = json.value(QStringLiteral("already_added")).toBool();
    for (const char *key : {"id", "name", "type", "abilities", "context_length", "already_added"}) {
        const QString k = QString::fromLatin1(key);
        if (json.contains(k))
            m.m_public.insert(k, json.value(k));
    }
    return m;
}

QList<ScannedModel> ScannedModel::listFromData(const QJsonValue &data)
{
    QList<ScannedModel> list;
    for (const QJsonValue &value : data.toObject().value(QStringLiteral("models")).toArray()) {
        if (!value.isObject())
            continue;
        ScannedModel m = fromJson(value.toObject());
        if (!m.id.isEmpty())
            list << m;
    }
    return list;
}

} // namespace lb
