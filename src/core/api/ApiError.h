#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lb {

// The one error type of the API layer. message() is what a user reads: what
// failed, and where. It never contains a credential.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(lb::ApiError)
public:
    enum class Kind {
        None,        // no error
        Network,     // connection refused, unknown host, reset...
        Timeout,     // no answer within the time limit
        Tls,         // certificate or handshake problem
        Http,        // HTTP error status without a LangBot envelope
        Server,      // the server answered with an envelope whose code != 0
        BadResponse, // not JSON, not an envelope, wrong shape, too large, refused redirect
        Cancelled,   // the caller cancelled
    };

    // What went wrong, in the groups a caller acts on (the command line maps
    // them to exit codes).
    enum class Category {
        None,
        Authentication, // credentials missing, refused or expired; password login disabled
        Permission,     // HTTP 403: the credentials lack a permission
        NotFound,       // HTTP 404: no such model, provider…
        Conflict,       // HTTP 400, 409, 412: rejected input or precondition
        Network,        // network, TLS, timeout
        Incompatible,   // not a LangBot API, route absent, not JSON
        Server,         // HTTP 5xx, a busy server, another server-side failure
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, QByteArray method, QString path);

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString serverCode() const { return m_serverCode; }       // "-2", "internal_error"...
    QString serverMessage() const { return m_serverMessage; } // the envelope's msg
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QString server() const { return m_server; } // "host:port", for messages
    QString detail() const { return m_detail; } // low-level cause
    // Kind::Tls with a certificate problem: the server certificate, so the user
    // can decide to trust it (ConnectionSettings::pinnedCertificateSha256).
    // SHA-256 of the DER, lower-case hex without separators; empty otherwise.
    QString certificateSha256() const { return m_certificateSha256; }
    // "Subject: …; Issuer: …; valid from … to …; problem: …" for people.
    QString certificateSummary() const { return m_certificateSummary; }

    ApiError &setHttpStatus(int status)
    {
        m_httpStatus = status;
        return *this;
    }
    ApiError &setServerCode(const QString &code)
    {
        m_serverCode = code;
        return *this;
    }
    ApiError &setServerMessage(const QString &msg)
    {
        m_serverMessage = msg;
        return *this;
    }
    ApiError &setDetail(const QString &detail)
    {
        m_detail = detail;
        return *this;
    }
    ApiError &setServer(const QString &server)
    {
        m_server = server;
        return *this;
    }
    ApiError &setCertificate(const QString &sha256, const QString &summary)
    {
        m_certificateSha256 = sha256;
        m_certificateSummary = summary;
        return *this;
    }
    // Request ids. ownRequestId: the X-Request-Id the console sent (every
    // request has one). serverRequestId: the id under which the server logged
    // the request (a 4.10.7+ server: request_id of the body, else the echoed
    // header); empty when the server does not log request ids.
    ApiError &setOwnRequestId(const QString &id)
    {
        m_ownRequestId = id;
        return *this;
    }
    ApiError &setServerRequestId(const QString &id)
    {
        m_serverRequestId = id;
        return *this;
    }
    QString ownRequestId() const { return m_ownRequestId; }
    QString serverRequestId() const { return m_serverRequestId; }
    // The server's id when it has one, else ours.
    QString requestId() const { return m_serverRequestId.isEmpty() ? m_ownRequestId : m_serverRequestId; }

    ApiError &setMethodAndPath(const QByteArray &method, const QString &path)
    {
        m_method = method;
        m_path = path;
        return *this;
    }

    // One sentence or two, for people: "GET /api/v1/... on host:5300 failed:
    // the server reported an error (HTTP 500) [code -2]: model not found".
    // When the server logged the request under an id, it ends with
    // "(request id …)" so an administrator can find the server's log line.
    QString message() const;
    // Short phrase for the kind, e.g. "Timeout".
    static QString kindName(Kind kind);

    // True when the answer means the credentials were missing or rejected.
    bool isAuthError() const { return m_httpStatus == 401; }
    // HTTP 403 permission_denied (4.10.7+).
    bool isPermissionDenied() const;
    // The permission a 403 says is missing ("resource.manage"), from
    // "Missing Workspace permission: <perm>"; empty otherwise.
    QString permission() const;
    // HTTP 404 with code -1 (GET by uuid) or resource_not_found (4.10.7+).
    bool isNotFound() const;
    // HTTP 429 task_capacity_exceeded or blocking_work_capacity_exceeded.
    bool isServerBusy() const;
    Category category() const;
    // Stable id of a category for --json output: "authentication", "permission"…
    static QString categoryId(Category category);

private:
    QString withRequestId(const QString &text) const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverCode;
    QString m_serverMessage;
    QByteArray m_method;
    QString m_path;
    QString m_server;
    QString m_detail;
    QString m_certificateSha256;
    QString m_certificateSummary;
    QString m_ownRequestId;
    QString m_serverRequestId;
};

} // namespace lb
