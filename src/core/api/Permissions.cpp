#include "Permissions.h"

#include <QJsonArray>

#include <algorithm>

namespace lb {

Permissions Permissions::all(Source source)
{
    Permissions p;
    p.m_source = source;
    p.m_all = true;
    return p;
}

Permissions Permissions::read(const QStringList &names, const QString &role)
{
    Permissions p;
    p.m_source = Source::Read;
    p.m_all = names.contains(QStringLiteral("*"));
    for (const QString &name : names) {
        if (!name.isEmpty() && name != QLatin1String("*"))
            p.m_names.insert(name);
    }
    p.m_role = role;
    return p;
}

bool Permissions::fromData(const QJsonObject &data, Permissions *out)
{
    const QJsonValue list = data.value(QLatin1String("permissions"));
    if (!list.isArray())
        return false;
    QStringList names;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &value : array) {
        if (value.isString())
            names << value.toString();
    }
    const QString role = data.value(QLatin1String("membership")).toObject().value(QLatin1String("role")).toString();
    if (out)
        *out = read(names, role);
    return true;
}

QStringList Permissions::names() const
{
    QStringList list(m_names.cbegin(), m_names.cend());
    std::sort(list.begin(), list.end());
    return list;
}

bool Permissions::allows(const QString &permission) const
{
    return m_all || m_names.contains(permission);
}

QString Permissions::requiredFor(Action action)
{
    switch (action) {
    case Action::List:
    case Action::Get:
        return resourceView();
    case Action::Delete:
    case Action::EditPipelines:
        return resourceManage();
    case Action::Create:
    case Action::Update:
    case Action::Scan:
    case Action::Test:
    case Action::ReadSecrets:
        break;
    }
    return providerSecretManage();
}

QString Permissions::sourceId(Source source)
{
    switch (source) {
    case Source::NoRoles:
        return QStringLiteral("no_roles");
    case Source::Read:
        return QStringLiteral("read");
    case Source::Assumed:
        return QStringLiteral("assumed");
    case Source::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Permissions::sourceName(Source source)
{
    switch (source) {
    case Source::NoRoles:
        return tr("the server has no roles: everything is allowed");
    case Source::Read:
        return tr("read from the server");
    case Source::Assumed:
        return tr("not told by the server: all assumed, refusals are reported");
    case Source::Unknown:
        break;
    }
    return tr("not detected yet");
}

} // namespace lb
