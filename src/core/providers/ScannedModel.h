#pragma once

#include "model/ModelType.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lb {

// One model a provider's endpoint offers, from GET …/providers/{uuid}/scan-models
// (API.md 4, 4.9.7+). Only what a person needs is kept: the answer's "debug"
// (raw upstream data) never is, nor any other field.
struct ScannedModel
{
    QString id;                    // the provider's model id: the name a model is created with
    QString displayName;           // display_name when the server has one
    std::optional<ModelType> type; // the server's guess; nullopt for a type this console does not know
    QString typeId;                // as sent ("llm", "embedding", "rerank", …)
    QStringList abilities;
    std::optional<int> contextLength;
    QString ownedBy;
    bool alreadyAdded = false; // the server's flag: a model of this provider has that name

    // The name a model made from it gets (the id, else the name).
    QString modelName() const { return id; }
    // The fields a person reads, for output: id, name, type, abilities,
    // context_length, already_added (those the server sent).
    QJsonObject publicJson() const { return m_public; }

    // The models of a scan answer's data ({"models": […], "debug": …}).
    static QList<ScannedModel> listFromData(const QJsonValue &data);
    static ScannedModel fromJson(const QJsonObject &json);

private:
    QJsonObject m_public;
};

} // namespace lb
