#include "ApiError.h"

namespace lb {

ApiError::ApiError(Kind kind, QByteArray method, QString path)
    : m_kind(kind)
    , m_method(std::move(method))
    , m_path(std::move(path))
{
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timeout");
    case Kind::Tls:
        return tr("TLS error");
    case Kind::Http:
        return tr("HTTP error");
    case Kind::Server:
        return tr("Server error");
    case Kind::BadResponse:
        return tr("Bad response");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ApiError::message() const
{
    if (!isError())
        return {};

    QString where = m_method.isEmpty() ? m_path : QString::fromLatin1(m_method) + QLatin1Char(' ') + m_path;
    if (!m_server.isEmpty())
        where = tr("%1 on %2").arg(where, m_server);

    QString what;
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::Network:
        what = tr("could not reach the server");
        break;
    case Kind::Timeout:
        what = tr("the server did not answer in time");
        break;
    case Kind::Tls:
        what = tr("the secure connection failed");
        break;
    case Kind::Http:
        what = tr("the server answered HTTP %1").arg(m_httpStatus);
        break;
    case Kind::Server:
        if (m_httpStatus == 401)
            what = tr("the server refused the credentials (HTTP 401)");
        else if (m_httpStatus == 403)
            what = tr("permission denied (HTTP 403)");
        else if (m_httpStatus == 404)
            what = tr("not found on the server (HTTP 404)");
        else if (m_httpStatus > 0 && m_httpStatus != 200)
            what = tr("the server reported an error (HTTP %1)").arg(m_httpStatus);
        else
            what = tr("the server reported an error");
        if (!m_serverCode.isEmpty())
            what += QLatin1Char(' ') + tr("[code %1]").arg(m_serverCode);
        break;
    case Kind::BadResponse:
        what = tr("the answer was not what a LangBot server sends");
        break;
    case Kind::Cancelled:
        what = tr("cancelled");
        break;
    }

    QString text = tr("%1 failed: %2").arg(where, what);
    const QString reason = !m_serverMessage.isEmpty() ? m_serverMessage : m_detail;
    if (!reason.isEmpty())
        text += QLatin1String(": ") + reason;
    else if (m_kind == Kind::Server || m_kind == Kind::Http)
        text += QLatin1Char('.');
    return text;
}

} // namespace lb
