#pragma once

#include "model/LlmModel.h"
#include "model/Provider.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lb {

// Moving models between API generations (the importer's migration paths):
// pure functions, no server involved.
class GenerationConversion
{
public:
    struct Result
    {
        LlmModel model;         // the converted record (type and fields of the target generation)
        QStringList notCarried; // the source's field names the target cannot hold (see each function)
    };

    // A 4.0–4.6 model -> a 4.7+ LLM model record on providerUuid: name,
    // abilities (plain strings) and extra_args; WriteBodies::modelCreate()
    // makes its body. The provider fields (requester, base_url from
    // requester_config, api keys) are Provider::fromLegacyModel(legacy).
    // notCarried: "description" when not empty, and requester_config keys
    // other than base_url and timeout (4.7+ providers keep only the URL; the
    // timeout there is always 120 s).
    static Result fromLegacy(const LlmModel &legacy, const QString &providerUuid);

    // A 4.7+ LLM model and its provider -> a 4.0–4.6 record whose
    // createBody() is the CREATE body: name, description "", requester,
    // requester_config {base_url, timeout 120}, api_keys, abilities,
    // extra_args. notCarried: "type" for an embedding or rerank model (4.0–4.6
    // have LLM models only: the result is then empty and must not be sent);
    // "context_length" when set; "reasoning_config" for a level other than
    // provider_default; "prefered_ranking" when not 0; "api_keys" when masked
    // keys were left out; "base_url" when a masked URL was left out.
    static Result toLegacy(const LlmModel &model, const Provider &provider);
};

} // namespace lb
