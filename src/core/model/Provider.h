#pragma once

#include "model/ModelType.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lb {

class LlmModel;

// One provider record (LangBot 4.7+, API.md 4): the requester, base URL and
// API keys its models use. Like LlmModel, the whole JSON object is kept and
// accessors read it, so fields this console does not know survive.
//
// On 4.0–4.6 servers there are no providers: implicitProviders() makes a
// read-only one for each distinct (requester, base URL, key set) of the
// models, so callers can group legacy models the same way. Such a provider's
// uuid is derived from those three and is never sent to a server.
class Provider
{
    Q_DECLARE_TR_FUNCTIONS(lb::Provider)
public:
    // LangBot Models, the built-in provider of 4.7+ servers.
    static constexpr QLatin1StringView kLangBotModelsUuid{"00000000-0000-0000-0000-000000000000"};
    static constexpr QLatin1StringView kLangBotModelsRequester{"space-chat-completions"};

    Provider() = default;
    explicit Provider(QJsonObject json);

    // Valid when it is a JSON object with a non-empty string "uuid".
    // On failure returns false and says why in *error (if given).
    static bool fromJson(const QJsonValue &value, Provider *out, QString *error = nullptr);

    const QJsonObject &json() const { return m_json; }

    QString uuid() const;
    QString name() const;
    QString requester() const;
    QString baseUrl() const;
    QStringList apiKeys() const; // the strings of api_keys, in order
    // A key the server masked (4.10.7+, without provider_secret.manage).
    bool hasMaskedKeys() const;
    static bool isMaskedSecret(const QString &value); // exactly "***"
    // True when a base URL carries redacted credentials ("https://***@host").
    static bool isMaskedUrl(const QString &url);
    // llm_count, embedding_count, rerank_count; 0 when absent.
    int modelCount(ModelType type) const;
    QString workspaceUuid() const;
    QString createdAtText() const;
    QString updatedAtText() const;
    QDateTime createdAt() const; // invalid when missing/unparsable
    QDateTime updatedAt() const;
    // LangBot Models: its fixed uuid or its requester.
    bool isLangBotModels() const;
    // Made by implicitProviders() for a 4.0–4.6 server: read-only, never sent.
    bool isImplicit() const { return m_implicit; }

    void setName(const QString &name);
    void setRequester(const QString &requester);
    void setBaseUrl(const QString &url);
    void setApiKeys(const QStringList &keys);

    // A 4.0–4.6 model's provider fields: requester, base_url (from
    // requester_config) and api_keys, named after the URL's host (as a 4.7+
    // server names the providers it makes), else after the requester. No uuid.
    static Provider fromLegacyModel(const LlmModel &model);
    // One implicit provider per distinct (requester, base URL, key set), in
    // the order first seen, with llm_count set; the key set ignores order and
    // duplicates.
    static QList<Provider> implicitProviders(const QList<LlmModel> &models);
    // The uuid of the implicit provider a 4.0–4.6 model belongs to.
    static QString implicitProviderUuid(const LlmModel &model);
    // What makes two providers the same setup: requester, base URL and key set
    // (order and duplicates ignored), as unambiguous bytes. The importer reuses
    // a server provider with the same setup instead of making a second one.
    QByteArray setupIdentity() const;

    friend bool operator==(const Provider &a, const Provider &b)
    {
        return a.m_implicit == b.m_implicit && a.m_json == b.m_json;
    }
    friend bool operator!=(const Provider &a, const Provider &b) { return !(a == b); }

private:
    QJsonObject m_json;
    bool m_implicit = false;
};

} // namespace lb

Q_DECLARE_TYPEINFO(lb::Provider, Q_RELOCATABLE_TYPE);
