#include "Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace lb {

namespace {

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body");
}

} // namespace

QString sanitizedRequestId(const QString &id)
{
    if (id.isEmpty() || id.size() > kMaxRequestIdLength)
        return {};
    const bool clean = std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isPrint() && !c.isSpace() && c.category() != QChar::Other_Format;
    });
    return clean ? id : QString();
}

bool envelopeCodeIsSuccess(const QJsonValue &code)
{
    if (code.isDouble())
        return code.toDouble() == 0.0;
    if (code.isString())
        return code.toString() == QLatin1String("0");
    return false;
}

QString envelopeCodeToString(const QJsonValue &code)
{
    switch (code.type()) {
    case QJsonValue::Double: {
        const double d = code.toDouble();
        // Whole numbers print as integers. Only doubles within qint64's range
        // may be cast (a hostile 1e300 would be undefined behaviour).
        if (std::abs(d) < 9.0e18 && d == std::trunc(d))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::String:
        return code.toString();
    case QJsonValue::Bool:
        return code.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QStringLiteral("(%1)").arg(code.isArray() ? QStringLiteral("array") : QStringLiteral("object"));
    }
    return {};
}

EnvelopeResult decodeEnvelope(int httpStatus, const QByteArray &contentType, const QByteArray &body,
                              const QByteArray &method, const QString &path)
{
    EnvelopeResult result;
    const bool httpFailed = httpStatus >= 400;
    auto fail = [&](ApiError::Kind kind, const QString &detail) {
        result.error = ApiError(kind, method, path);
        result.error.setHttpStatus(httpStatus).setDetail(detail);
        return result;
    };

    if (looksLikeHtml(contentType, body)) {
        if (httpStatus == 404)
            return fail(ApiError::Kind::Http,
                        ApiError::tr("an HTML page came back instead of the LangBot API; "
                                     "check the server URL and its path prefix"));
        if (httpFailed)
            return fail(ApiError::Kind::Http,
                        ApiError::tr("an HTML error page came back (a proxy or web server in "
                                     "front of LangBot?)"));
        return fail(ApiError::Kind::BadResponse,
                    ApiError::tr("an HTML page came back instead of JSON: this is not a LangBot "
                                 "API at that URL (check the server URL and its path prefix)"));
    }

    // (Not body.trimmed(): that would copy an answer of tens of MB.)
    const bool blank = std::all_of(body.cbegin(), body.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    });
    if (blank) {
        if (httpFailed)
            return fail(ApiError::Kind::Http, {});
        return fail(ApiError::Kind::BadResponse, ApiError::tr("the answer was empty"));
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString detail = ApiError::tr("the answer is not valid JSON (%1 at byte %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset);
        return fail(httpFailed ? ApiError::Kind::Http : ApiError::Kind::BadResponse, detail);
    }
    if (!doc.isObject() || !doc.object().contains(QLatin1String("code"))) {
        return fail(httpFailed ? ApiError::Kind::Http : ApiError::Kind::BadResponse,
                    ApiError::tr("the JSON answer has no LangBot envelope (no \"code\" field)"));
    }

    const QJsonObject envelope = doc.object();
    const QJsonValue code = envelope.value(QLatin1String("code"));
    const QJsonValue msg = envelope.value(QLatin1String("msg"));
    result.msg = msg.isString() ? msg.toString() : QString();

    if (!envelopeCodeIsSuccess(code) || httpFailed) {
        result.error = ApiError(ApiError::Kind::Server, method, path);
        result.error.setHttpStatus(httpStatus).setServerCode(envelopeCodeToString(code)).setServerMessage(result.msg);
        result.error.setServerRequestId(sanitizedRequestId(envelope.value(QLatin1String("request_id")).toString()));
        return result;
    }

    result.data = envelope.value(QLatin1String("data"));
    return result;
}

} // namespace lb
