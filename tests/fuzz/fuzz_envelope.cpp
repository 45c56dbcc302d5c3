// Fuzz target: one HTTP answer of a (hostile) server through the envelope
// decoder, then the data checks/decoders of the model calls: the list
// (ApiClient::decodeModels, modelsFromData) and one model (modelFromData).
// The input is the body; its last byte also picks the HTTP status and the
// Content-Type, so seeds can be real answers as they are.
#include "FuzzSupport.h"

#include "api/ApiClient.h"
#include "api/Envelope.h"
#include "model/LlmModel.h"

using namespace lb;

namespace {

void touch(const LlmModel &m)
{
    fuzz::consume(m.uuid() + m.name() + m.description() + m.requester() + m.baseUrl());
    fuzz::consume(m.apiKeys().join(QLatin1Char(',')));
    fuzz::consume(m.abilities().join(QLatin1Char(',')));
    fuzz::consume(m.updatedAt().toString() + m.createdAtText());
    LB_FUZZ_CHECK(m.apiKeyCount() == m.apiKeys().size());
    const QJsonObject create = m.createBody();
    LB_FUZZ_CHECK(!create.contains(QLatin1String("uuid")));
    LB_FUZZ_CHECK(!create.contains(QLatin1String("created_at")));
    LB_FUZZ_CHECK(!create.contains(QLatin1String("updated_at")));
    LB_FUZZ_CHECK(!m.updateBody().contains(QLatin1String("requester")));
}

} // namespace

LB_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int kStatuses[] = {200, 200, 200, 0, 201, 204, 302, 400, 401, 403, 404, 429, 500, 502, 503, 200};
    static const char *const kTypes[]
        = {"application/json", "text/html; charset=utf-8", "", "application/json; charset=utf-8"};
    const uint8_t selector = size > 0 ? data[size - 1] : 0;
    const int status = kStatuses[selector & 15];
    const QByteArray contentType(kTypes[(selector >> 4) & 3]);
    const QByteArray body = fuzz::bytes(data, size);

    const EnvelopeResult result
        = decodeEnvelope(status, contentType, body, "GET", QStringLiteral("/api/v1/provider/models/llm"));
    fuzz::consume(result.error.message());
    fuzz::consume(ApiError::kindName(result.error.kind()));
    if (result.error) {
        LB_FUZZ_CHECK(result.error.httpStatus() == status);
        LB_FUZZ_CHECK(!result.error.message().isEmpty());
        return 0;
    }
    LB_FUZZ_CHECK(status < 400);

    // The list: checked and decoded in one pass, as ApiCall runs it.
    QList<LlmModel> models;
    const QString problem = ApiClient::decodeModels(result.data, &models);
    fuzz::consume(problem);
    const QList<LlmModel> lenient = ApiClient::modelsFromData(result.data);
    if (problem.isEmpty()) {
        LB_FUZZ_CHECK(lenient.size() == models.size());
        for (qsizetype i = 0; i < models.size(); ++i) {
            LB_FUZZ_CHECK(!models.at(i).uuid().isEmpty());
            LB_FUZZ_CHECK(models.at(i) == lenient.at(i));
        }
    }
    for (const LlmModel &m : lenient)
        touch(m);

    // One model (GET .../llm/{uuid}), and the strings of other calls.
    touch(ApiClient::modelFromData(result.data));
    fuzz::consume(ApiClient::stringFromData(result.data, QStringLiteral("uuid")));
    fuzz::consume(ApiClient::stringFromData(result.data, QStringLiteral("token")));
    return 0;
}
