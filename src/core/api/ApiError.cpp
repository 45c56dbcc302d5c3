#include "ApiError.h"

#include <QRegularExpression>

namespace lb {

namespace {

bool codeIs(const QString &code, const char *name)
{
    return code == QLatin1String(name);
}

} // namespace

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
        if (const QString missing = permission(); !missing.isEmpty())
            return withRequestId(tr("%1 failed: you lack the permission %2 (HTTP 403)").arg(where, missing));
        if (codeIs(m_serverCode, "password_login_disabled"))
            what = tr("this server does not allow signing in with a password; use an API key");
        else if (isServerBusy())
            what = tr("the server is busy (HTTP 429); try again later");
        else if (m_httpStatus == 401)
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
    return withRequestId(text);
}

QString ApiError::withRequestId(const QString &text) const
{
    if (m_serverRequestId.isEmpty())
        return text;
    return text + QLatin1Char(' ') + tr("(request id %1)").arg(m_serverRequestId);
}

bool ApiError::isPermissionDenied() const
{
    return m_kind == Kind::Server && m_httpStatus == 403 && codeIs(m_serverCode, "permission_denied");
}

QString ApiError::permission() const
{
    if (!isPermissionDenied())
        return {};
    // "Missing Workspace permission: resource.manage"
    static const QRegularExpression pattern(QStringLiteral("^Missing\\b.*\\bpermission:\\s*([A-Za-z0-9_.:-]+)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(m_serverMessage);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool ApiError::isNotFound() const
{
    return m_kind == Kind::Server && m_httpStatus == 404
        && (codeIs(m_serverCode, "-1") || codeIs(m_serverCode, "resource_not_found"));
}

bool ApiError::isServerBusy() const
{
    return m_kind == Kind::Server && m_httpStatus == 429
        && (codeIs(m_serverCode, "task_capacity_exceeded") || codeIs(m_serverCode, "blocking_work_capacity_exceeded"));
}

ApiError::Category ApiError::category() const
{
    switch (m_kind) {
    case Kind::None:
        return Category::None;
    case Kind::Cancelled:
        return Category::Cancelled;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        return Category::Network;
    case Kind::BadResponse:
        return Category::Incompatible;
    case Kind::Http: // an error status without a LangBot envelope
        if (m_httpStatus == 401)
            return Category::Authentication;
        if (m_httpStatus == 403)
            return Category::Permission;
        return m_httpStatus >= 500 ? Category::Server : Category::Incompatible;
    case Kind::Server:
        break;
    }
    if (m_httpStatus == 401 || codeIs(m_serverCode, "invalid_authentication")
        || codeIs(m_serverCode, "password_login_disabled"))
        return Category::Authentication;
    // Login refused with HTTP 200 and a code (wrong password).
    if (m_httpStatus == 200 && m_path.endsWith(QLatin1String("/user/auth")))
        return Category::Authentication;
    if (m_httpStatus == 403)
        return Category::Permission;
    if (m_httpStatus == 404 || codeIs(m_serverCode, "resource_not_found"))
        return Category::NotFound;
    if (m_httpStatus >= 500 || m_httpStatus == 429 || codeIs(m_serverCode, "internal_error"))
        return Category::Server;
    // 400, 409, 412, 422, and 200 with a failure code: the server refused the input.
    return Category::Conflict;
}

QString ApiError::categoryId(Category category)
{
    switch (category) {
    case Category::None:
        return QStringLiteral("none");
    case Category::Authentication:
        return QStringLiteral("authentication");
    case Category::Permission:
        return QStringLiteral("permission");
    case Category::NotFound:
        return QStringLiteral("not_found");
    case Category::Conflict:
        return QStringLiteral("conflict");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Incompatible:
        return QStringLiteral("incompatible");
    case Category::Server:
        return QStringLiteral("server");
    case Category::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace lb
