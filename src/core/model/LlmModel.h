#pragma once

#include "model/ModelType.h"
#include "model/Provider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lb {

// One model record as the server sent it (an LLM model on 4.0–4.6; an LLM,
// embedding or rerank model on 4.7+). The whole JSON object is kept;
// accessors read it and setters edit it in place, so fields this console does
// not know survive load -> edit -> save.
//
// 4.0–4.6 records carry requester, requester_config, api_keys, description;
// 4.7+ records carry provider_uuid (and a read-only nested provider),
// prefered_ranking, context_length (4.10.2+), workspace_uuid and
// reasoning_config / reasoning_capabilities (4.10.7+). Each accessor reads
// what the record has and gives an empty value otherwise. The type is not in
// the JSON: it is the route the record was listed from (set by whoever reads
// it; Llm by default) and is kept beside the JSON like the uuid.
//
// Shapes (see API.md): api_keys is a list of strings (real 4.x servers) or a
// list of {"name", "keys": [...]} groups (the contract page); abilities is a
// flat list of strings or nested lists of strings. Both are read; writing
// keeps the shape the record came in. A new record uses plain string lists.
class LlmModel
{
    Q_DECLARE_TR_FUNCTIONS(lb::LlmModel)
public:
    enum class ListShape { Plain, Nested };

    LlmModel() = default;
    explicit LlmModel(QJsonObject json);

    // Valid when it is a JSON object with a non-empty string "uuid".
    // On failure returns false and says why in *error (if given).
    static bool fromJson(const QJsonValue &value, LlmModel *out, QString *error = nullptr);

    const QJsonObject &json() const { return m_json; }

    QString uuid() const { return m_uuid; } // kept beside the JSON: tables look it up a lot
    QString name() const;
    QString description() const;
    QString requester() const;
    QJsonObject requesterConfig() const;
    QString baseUrl() const;     // requester_config.base_url
    QStringList apiKeys() const; // flattened, in order
    int apiKeyCount() const;
    ListShape apiKeysShape() const;
    QStringList abilities() const; // flattened, de-duplicated, in order
    ListShape abilitiesShape() const;
    QJsonObject extraArgs() const;
    QString createdAtText() const;
    QString updatedAtText() const;
    QDateTime createdAt() const; // invalid when missing/unparsable
    QDateTime updatedAt() const;

    // 4.7+ (API.md 5)
    ModelType type() const { return m_type; }
    QString providerUuid() const;
    QString workspaceUuid() const;
    // The provider nested in unfiltered lists and GET by uuid (no counts; keys
    // may be "***"). Read-only: no write body ever carries it.
    std::optional<Provider> nestedProvider() const;
    std::optional<int> contextLength() const; // null or absent: std::nullopt
    QString reasoningLevel() const;           // reasoning_config.level, "provider_default" by default
    QStringList reasoningLevels() const;      // reasoning_capabilities.levels
    int preferredRanking() const;             // "prefered_ranking", 0 by default

    void setType(ModelType type) { m_type = type; }
    void setProviderUuid(const QString &uuid);
    void setContextLength(std::optional<int> length); // std::nullopt writes null
    void setReasoningLevel(const QString &level);     // keeps reasoning_config's other keys
    void setPreferredRanking(int ranking);

    void setUuid(const QString &uuid);
    void setName(const QString &name);
    void setDescription(const QString &description);
    void setRequester(const QString &requester);
    void setRequesterConfig(const QJsonObject &config);
    void setApiKeys(const QStringList &keys);        // keeps the shape
    void setAbilities(const QStringList &abilities); // keeps the shape
    void setExtraArgs(const QJsonObject &args);

    // Bodies for the 4.0–4.6 API (WriteBodies picks these or the 4.7+
    // allow-lists by generation): CREATE holds name, description, requester,
    // requester_config, api_keys, abilities, extra_args plus any unknown
    // fields; UPDATE the same less requester. Neither ever holds uuid,
    // created_at or updated_at.
    QJsonObject createBody() const;
    QJsonObject updateBody() const;

    // Parses the server's ISO-8601 time (often without a time zone).
    static QDateTime parseServerTime(const QString &text);
    // The same instant as parseServerTime(text), in milliseconds since the
    // epoch, or std::nullopt when that is invalid. The usual shapes
    // (yyyy-MM-ddTHH:mm:ss[.fraction][Z]) are read without QDateTime, which
    // is what a table of 100,000 rows needs; any other shape goes through
    // parseServerTime().
    static std::optional<qint64> parseServerTimeMSecs(QStringView text);

    friend bool operator==(const LlmModel &a, const LlmModel &b)
    {
        return a.m_type == b.m_type && a.m_json == b.m_json;
    }
    friend bool operator!=(const LlmModel &a, const LlmModel &b) { return !(a == b); }

private:
    LlmModel(QJsonObject json, QString uuid)
        : m_json(std::move(json))
        , m_uuid(std::move(uuid))
    {
    }

    QJsonObject m_json;
    QString m_uuid; // m_json's "uuid" when a string, else empty
    ModelType m_type = ModelType::Llm;
};

} // namespace lb

Q_DECLARE_TYPEINFO(lb::LlmModel, Q_RELOCATABLE_TYPE);
