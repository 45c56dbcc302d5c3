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
    ApiError &setMethodAndPath(const QByteArray &method, const QString &path)
    {
        m_method = method;
        m_path = path;
        return *this;
    }

    // One sentence or two, for people: "GET /api/v1/... on host:5300 failed:
    // the server reported an error (HTTP 500) [code -2]: model not found".
    QString message() const;
    // Short phrase for the kind, e.g. "Timeout".
    static QString kindName(Kind kind);

    // True when the answer means the credentials were missing or rejected.
    bool isAuthError() const { return m_httpStatus == 401; }

private:
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
};

} // namespace lb
