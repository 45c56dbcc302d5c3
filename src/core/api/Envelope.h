#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonValue>

namespace lb {

// Decodes one HTTP answer into the LangBot envelope {"code", "msg", "data"}.
// Pure function of its inputs: no network, no Qt event loop; fuzzable.
struct EnvelopeResult
{
    ApiError error;  // Kind::None on success
    QJsonValue data; // the envelope's data (Undefined when missing)
    QString msg;     // the envelope's msg, when there was one
};

// httpStatus: the HTTP status (0 if none); contentType: the Content-Type header
// value; body: the bytes. method/path only label the error.
EnvelopeResult decodeEnvelope(int httpStatus, const QByteArray &contentType, const QByteArray &body,
                              const QByteArray &method, const QString &path);

// A request id as a server sent it (request_id, the X-Request-Id header),
// when it is one: at most kMaxRequestIdLength printable characters without
// spaces; else empty (a hostile server's text never reaches a message).
inline constexpr int kMaxRequestIdLength = 128;
QString sanitizedRequestId(const QString &id);

// "0 or not": code may be an integer or a string on different servers.
bool envelopeCodeIsSuccess(const QJsonValue &code);
QString envelopeCodeToString(const QJsonValue &code);

} // namespace lb
