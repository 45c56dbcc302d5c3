#pragma once

#include "model/LlmModel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lb {

// Pure helpers of the model edit dialog (New, Edit, Duplicate), without widgets.
class ModelEdits
{
    Q_DECLARE_TR_FUNCTIONS(lb::ModelEdits)
public:
    // "GPT-4o" -> "GPT-4o (copy)"; "GPT-4o (copy)" -> "GPT-4o (copy 2)"; the
    // first of those not in takenNames (compared without case).
    static QString duplicateName(const QString &name, const QStringList &takenNames = {});

    // A new record made from source, of its type: no uuid, created_at,
    // updated_at or nested provider (4.7+); the name suffixed
    // (duplicateName); a 4.0–4.6 record's API keys only when copyKeys (else
    // an empty list); every other field, unknown ones included, as the source
    // has it.
    static LlmModel duplicate(const LlmModel &source, bool copyKeys, const QStringList &takenNames = {});

    // The server's record changed since `opened` was read: updated_at differs,
    // or (when neither has an updated_at) the editable fields differ.
    static bool changedSince(const LlmModel &opened, const LlmModel &current);

    // After a conflict, "re-edit": their record with my edits on top. base is
    // what I started from, mine what I would send, theirs the server's record
    // now (all UPDATE bodies or whole records). A field I did not change
    // (equal in base and mine) takes their value; one I changed keeps mine;
    // requester_config and extra_args are merged key by key the same way.
    // Fields only theirs has are kept. The result has their uuid and dates.
    static QJsonObject rebase(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

    // Top-level fields and keys (of requester_config / extra_args, as
    // "requester_config.base_url") that both sides changed, to different values.
    static QStringList overlappingChanges(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);
};

} // namespace lb
