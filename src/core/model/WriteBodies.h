#pragma once

#include "api/ServerGeneration.h"
#include "model/LlmModel.h"
#include "model/ModelType.h"
#include "model/Provider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lb {

// A request body, or why it must not be sent.
struct WriteBody
{
    QJsonObject body;
    QString error; // empty: send body; else a sentence the caller can show, nothing to send
    bool ok() const { return error.isEmpty(); }
};

// Every body the console writes to a server, by generation (API.md 4, 5, 6
// and the gotcha list 8). On 4.7+ a body is built from the allow-lists, never
// from what a GET returned (gotcha 1): an extra key, read-only ones included,
// is an HTTP 500 there. On 4.0–4.6 (and while the generation is Unknown) the
// bodies are LlmModel::createBody()/updateBody(), as they always were.
class WriteBodies
{
    Q_DECLARE_TR_FUNCTIONS(lb::WriteBodies)
public:
    // The keys a model create or update may carry on 4.7+ (API.md 5):
    //   llm:              name, provider_uuid, abilities, context_length
    //                     (4.10.2+), reasoning_config (4.10.7+), extra_args,
    //                     prefered_ranking
    //   embedding/rerank: name, provider_uuid, extra_args, prefered_ranking
    // Never uuid, dates, workspace_uuid, provider, reasoning_capabilities nor
    // the 4.0–4.6 fields (description, requester, requester_config, api_keys).
    // Empty on 4.0–4.6, which have no allow-list.
    static QStringList modelAllowList(ModelType type, const ServerFeatures &server);

    // POST /api/v1/provider/models/{type}. 4.7+: name and provider_uuid are
    // required (a model on a missing provider is saved and then fails,
    // gotcha 15); abilities and extra_args always sent; context_length and
    // prefered_ranking when the record has them; reasoning_config {"level"}
    // on 4.10.7+ LLMs. A masked ("***") extra_args value is refused: in a
    // POST it would be stored as the value itself.
    static WriteBody modelCreate(const LlmModel &model, const ServerFeatures &server);
    // PUT /api/v1/provider/models/{type}/{uuid}: partial, the allow-listed
    // fields the record has. On 4.7–4.10.6 provider_uuid is always sent
    // (gotcha 13: without it the change is written, then a 500). On 4.10.7+
    // a "***" extra_args value keeps the stored one; elsewhere it is refused.
    // reasoning_config is always sent on 4.10.7+ LLMs: a PUT that drops the
    // reasoning ability must also send provider_default (API.md 5).
    static WriteBody modelUpdate(const LlmModel &model, const ServerFeatures &server);
    // POST /api/v1/provider/models/{type}/_/test, an unsaved model (API.md 6):
    // the type's allow-list plus "uuid": "" and "provider": {requester,
    // base_url, api_keys} only (a provider copied from GET is a 500). The
    // server sends "***" upstream as the key: a masked key or URL is refused,
    // an unsaved test needs the real ones. 4.0–4.6: the model's CREATE body
    // (the provider is not used; the model carries its own).
    static WriteBody modelTest(const LlmModel &model, const Provider &provider, const ServerFeatures &server);

    // POST /api/v1/provider/providers: name, requester, base_url, api_keys
    // only (any other key is a 500). "***" in api_keys is a 400 (gotcha 5),
    // a masked base_url would be stored as sent (gotcha 6): both refused.
    static WriteBody providerCreate(const Provider &provider, const ServerFeatures &server);
    // PUT /api/v1/provider/providers/{uuid}: partial, only the fields of
    // name, requester, base_url, api_keys that differ between original (as
    // read) and edited. In edited's keys, "***" at index i means "keep the
    // stored key i": valid only where original has "***" at i, and sent only
    // to servers that mask (4.10.7+; on 4.7–4.10.6 it would be stored as the
    // key itself, gotcha 14). A masked base URL is sent only when the user
    // replaced it by a full one (gotcha 6).
    static WriteBody providerUpdate(const Provider &original, const Provider &edited, const ServerFeatures &server);

private:
    enum class Purpose { Create, Update, Test };
    static WriteBody modelBody(const LlmModel &model, const ServerFeatures &server, Purpose purpose);
    static QString reasoningError(const LlmModel &model);
    static QString providerError(const Provider &provider, const ServerFeatures &server);
};

} // namespace lb
