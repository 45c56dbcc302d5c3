#pragma once

#include "schema/RequesterSchema.h"
#include "schema/SchemaCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace lb {

class ApiCall;
class ApiClient;

// Where the edit dialog gets its requester schemas from, for one server.
//
//  - UserLogin: the client holds a user JWT: the list is fetched
//    (GET /api/v1/provider/requesters, every type) and saved in the SchemaCache of
//    the profile; when that fails, the cached list is used, else none.
//  - ApiKeyOnly: the server would answer 401 to an API key, so nothing is
//    asked: the cached list (from an earlier sign-in), else none.
//  - Offline: the server cannot be reached: the cached list, else none.
//  - SignIn: the client only has an API key, but a user and password are known
//    (the built-in demo server): a second client on the same URL signs in to
//    fetch the list.
// With no list, schemaFor() gives the generic schema with the reason.
class SchemaSource : public QObject
{
    Q_OBJECT
public:
    enum class Access { UserLogin, ApiKeyOnly, Offline, SignIn };
    enum class Origin { None, Server, Cache };

    // client: not owned (may be nullptr: Offline). profileId: the cache key
    // (empty: nothing cached). cacheDir: empty for the default.
    SchemaSource(ApiClient *client, const QString &profileId, Access access, const QString &cacheDir = {},
                 QObject *parent = nullptr);
    ~SchemaSource() override;

    // For Access::SignIn.
    void setSignIn(const QString &user, const QString &password);

    Access access() const { return m_access; }
    QString profileId() const { return m_profileId; }

    // Starts loading (fetch or cache); finished() follows, at once for the
    // cache-only accesses. Does nothing while loading.
    void load();
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    // Loaded from the server in this run (a later load() is then not needed).
    bool isFresh() const { return m_origin == Origin::Server; }

    Origin origin() const { return m_origin; }
    // The requesters that serve LLM models, in server order.
    const QList<RequesterSchema> &requesters() const { return m_requesters; }
    // Every requester (LLM, embedding, rerank), in server order: the types
    // of a provider. A cache written by an older console may hold LLM ones only.
    const QList<RequesterSchema> &allRequesters() const { return m_all; }
    QDateTime cachedAt() const { return m_cachedAt; }
    // Why no fresh list is shown ("this profile uses an API key", the error...).
    QString problem() const { return m_problem; }
    // One sentence for the dialog when the list is not the server's of now
    // (from the cache, or none); empty when fresh.
    QString notice() const;

    // The schema of requester name: the list's, else the generic one with the
    // reason (no list, or not in it).
    RequesterSchema schemaFor(const QString &name) const;
    bool hasSchema(const QString &name) const;

signals:
    void finished();

private:
    void fetchWith(ApiClient *client);
    void useCache(std::optional<RequesterSchema::GenericReason> reason, const QString &problem);
    void finish();

    QPointer<ApiClient> m_client;
    std::unique_ptr<ApiClient> m_signInClient;
    QString m_profileId;
    Access m_access;
    SchemaCache m_cache;
    QString m_user;
    QString m_password;
    QPointer<ApiCall> m_call;
    bool m_loading = false;
    bool m_loaded = false;
    Origin m_origin = Origin::None;
    QList<RequesterSchema> m_requesters;
    QList<RequesterSchema> m_all;
    QDateTime m_cachedAt;
    QString m_problem;
    RequesterSchema::GenericReason m_reason = RequesterSchema::GenericReason::Offline;
};

} // namespace lb
