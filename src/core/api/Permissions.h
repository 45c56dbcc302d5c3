#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lb {

// What the signed-in user or API key may do on one server (API.md, "3.
// Permissions and roles"). 4.10.7+ servers have roles and permissions; older
// ones allow everything. Where the permissions could not be read (an API key on
// 4.10.7–4.10.10) all are assumed and a 403 names the missing one.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(lb::Permissions)
public:
    enum class Source {
        Unknown, // not detected yet: nothing refused before sending
        NoRoles, // a server without roles (4.0–4.10.6): everything allowed
        Read,    // read from the server (workspaces/current or system/context)
        Assumed, // a 4.10.7+ server that does not say: all assumed, 403s handled
    };

    // What a caller is about to do with models or providers.
    enum class Action { List, Get, Create, Update, Delete, Scan, Test, ReadSecrets, EditPipelines };

    Permissions() = default;
    // Everything allowed, for the reason given (NoRoles or Assumed).
    static Permissions all(Source source);
    // Read from the server: names may hold "*" (an API key's scope: all).
    static Permissions read(const QStringList &names, const QString &role = {});
    // data of GET /api/v1/workspaces/current ({permissions[], membership.role})
    // or of GET /api/v1/system/context ({permissions[]}); false when data
    // holds no permissions list.
    static bool fromData(const QJsonObject &data, Permissions *out);

    Source source() const { return m_source; }
    // True when nothing was read: everything is taken as allowed.
    bool isAssumed() const { return m_source != Source::Read; }
    QStringList names() const;              // sorted; empty when not read
    QString role() const { return m_role; } // "owner", "viewer"…; empty when unknown
    bool allows(const QString &permission) const;
    bool allows(Action action) const { return allows(requiredFor(action)); }

    // The permission each action needs: list and get "resource.view";
    // create, update, scan, test and reading secrets "provider_secret.manage";
    // delete and editing pipelines (replacing a model in them) "resource.manage".
    static QString requiredFor(Action action);
    static QString resourceView() { return QStringLiteral("resource.view"); }
    static QString resourceManage() { return QStringLiteral("resource.manage"); }
    static QString providerSecretManage() { return QStringLiteral("provider_secret.manage"); }

    // Stable id for --json output: "unknown", "no_roles", "read", "assumed".
    static QString sourceId(Source source);
    // For people: "read from the server", "assumed (the server does not say)"…
    static QString sourceName(Source source);

    bool operator==(const Permissions &other) const
    {
        return m_source == other.m_source && m_all == other.m_all && m_names == other.m_names && m_role == other.m_role;
    }
    bool operator!=(const Permissions &other) const { return !(*this == other); }

private:
    Source m_source = Source::Unknown;
    bool m_all = true;
    QSet<QString> m_names;
    QString m_role;
};

} // namespace lb
